#!/usr/bin/perl
# The reference side of the kwalitee comparison: runs Module::CPANTS::Analyse on each release
# and prints one JSON line per release with every indicator's value and the analysis's error
# record, e.g.
#   {"file":"Foo-1.0.tar.gz","kwalitee":{"has_meta_yml":1,...},"error":{...},"seconds":0.12}
#
# Made with: perl 5.36.0, Module::CPANTS::Analyse 1.01 (Debian libmodule-cpants-analyse-perl
# 1.01-1+deb12u1), CPAN::Meta 2.150010, Software::License 0.104002, CPAN::DistnameInfo 0.12,
# Regexp::Common 2017060201, Email::Address 1.912.
#
# Module::CPANTS::Analyse 1.01 does not ship the indicators that live in
# Module::CPANTS::SiteKwalitee (the cpants.cpanauthors.org site's own plugins, which are not
# packaged): distname_matches_name_in_meta, has_version, has_proper_version, no_mymeta_files,
# has_security_doc, security_doc_contains_contact, has_contributing_doc. This script computes them
# from the same analysis stash, following the published logic of those plugins (restated here,
# not copied): see README.md in this directory.
#
# usage: cpants.pl TARBALL...   (or file names on standard input, one per line, with -)
use strict;
use warnings;
use Module::CPANTS::Analyse;
use JSON::PP;
use Time::HiRes qw(time);
use File::Spec::Functions qw(catfile);
use Regexp::Common qw(Email::Address URI);

my $json = JSON::PP->new->canonical->utf8;

sub site_indicators {
    my ($me) = @_;
    my $d = $me->d;
    my %k;
    my %files = %{ $d->{files_hash} || {} };
    # Distname: the META name (of the file CPANTS reads as meta_yml) against CPAN::DistnameInfo's.
    my $meta = $d->{meta_yml};
    $k{distname_matches_name_in_meta} =
        (!$meta || ref $meta ne 'HASH' || !%$meta) ? 1
        : (($meta->{name} || '') eq ($d->{dist} // '')) ? 1 : 0;
    # DistVersion
    my $v = $d->{version};
    $k{has_version} = defined $v ? 1 : 0;
    $k{has_proper_version} =
        (defined $v && $v =~ /\A v? \d+ (?:\.\d+)* (?:_\d+)? (\-TRIAL)?\z/xi) ? 1 : 0;
    # MyMeta
    $k{no_mymeta_files} = ($d->{file_mymeta_yml} || $d->{file_mymeta_json}) ? 0 : 1;
    # Security
    my @security = grep { m!^(docs?/)?SECURITY(?:.(?:pod|md))?$!i } keys %files;
    $k{has_security_doc} = @security ? 1 : 0;
    my $contact = 0;
    for my $doc (@security) {
        my $path = catfile($me->distdir, $doc);
        next unless -f $path;
        my $content = do { open my $fh, '<', $path or next; local $/; <$fh> };
        $contact += 1 if $content =~ /$RE{Email}{Address}/;
        $contact += 2 if $content =~ /$RE{URI}{HTTP}{-scheme => 'https'}/;
        last if $contact;
    }
    $k{security_doc_contains_contact} = $contact ? 1 : 0;
    $k{has_contributing_doc} =
        (grep { m!^(?:docs?/)?CONTRIBUTING(?:.(?:pod|md))?$!i } keys %files) ? 1 : 0;
    return \%k;
}

my @files = @ARGV == 1 && $ARGV[0] eq '-' ? map { chomp; $_ } <STDIN> : @ARGV;
for my $file (@files) {
    my $start = time;
    my ($result, $site, $me);
    my $ok = eval {
        local $SIG{__WARN__} = sub {};
        $me = Module::CPANTS::Analyse->new({ dist => $file });
        $result = $me->run;
        $site = site_indicators($me);
        1;
    };
    my $seconds = time - $start;
    (my $name = $file) =~ s{.*/}{};
    if (!$ok) {
        print $json->encode({ file => $name, died => "$@", seconds => $seconds }), "\n";
        next;
    }
    my %kw = %{ $result->{kwalitee} || {} };
    delete $kw{kwalitee};
    %kw = (%kw, %$site);
    my %err;
    for my $k (keys %{ $result->{error} || {} }) {
        my $e = $result->{error}{$k};
        $err{$k} = ref $e ? $json->encode($e) : "$e";
    }
    my %facts = map { $_ => $result->{$_} }
        grep { defined $result->{$_} && !ref $result->{$_} }
        qw(dist version vname extracts_nicely meta_yml_is_meta_json meta_yml_spec_version
           meta_json_spec_version license license_in_pod external_license_file license_type);
    print $json->encode({ file => $name, kwalitee => \%kw, error => \%err, facts => \%facts,
                          seconds => $seconds }), "\n";
}
