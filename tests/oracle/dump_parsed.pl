#!/usr/bin/perl
# Dumps what Parse::CPAN::Meta->load_file returns for every META file below DIR, as JSON lines.
#
# usage: perl dump_parsed.pl DIR > parsed.jsonl
#
# Derived from ../shared/oracle/oracle.pl (same backends, same hash seed pinning). One line per file,
# keys sorted:
#   path      path relative to DIR
#   ok        load_file succeeded and returned a HASH ref
#   error     the error text (call-site suffix " at X line N." removed), or null
#   data      the parsed structure. JSON::PP keeps Perl's view of each scalar: a JSON number comes
#             out as a number in Perl's own stringification (1.40 -> 1.4), a string as a string,
#             JSON::PP::Boolean as true/false, undef as null. CPAN::Meta::YAML yields only strings,
#             hashes, arrays and undef (for ~).
#   warnings  perl warnings raised while loading (e.g. CPAN::Meta::YAML's duplicate keys)
use strict;
use warnings;
BEGIN {
    delete @ENV{qw(PERL_JSON_BACKEND PERL_YAML_BACKEND CPAN_META_JSON_DECODER CPAN_META_JSON_BACKEND PERL_CORE)};
    if (!defined $ENV{PERL_HASH_SEED} || $ENV{PERL_HASH_SEED} ne '0') {
        $ENV{PERL_HASH_SEED} = '0';
        $ENV{PERL_PERTURB_KEYS} = '0';
        exec $^X, $0, @ARGV or die "re-exec failed: $!\n";
    }
}
use File::Find ();
use JSON::PP ();
use Parse::CPAN::Meta ();

my $dir = shift @ARGV or die "usage: $0 DIR [FILE...]\n";
chdir $dir or die "chdir $dir: $!\n";
my @files = @ARGV;
if (!@files) {
    File::Find::find({ no_chdir => 1, wanted => sub {
        return unless -f $_ && /\.(?:json|ya?ml)\z/i;
        (my $p = $File::Find::name) =~ s{^\./}{};
        push @files, $p;
    } }, '.');
}
my $J = JSON::PP->new->utf8->canonical->allow_nonref->allow_blessed->convert_blessed;
binmode STDOUT, ':raw';
for my $path (sort @files) {
    my @warnings;
    local $SIG{__WARN__} = sub { my $w = shift; chomp $w; push @warnings, $w };
    my $s = eval { Parse::CPAN::Meta->load_file($path) };
    my $err = $@;
    my %r = (path => $path, warnings => \@warnings);
    if ($err || ref($s) ne 'HASH') {
        $err ||= "parse result is not a hash (ref: '" . ref($s) . "')";
        $err =~ s/\s+\z//;
        1 while $err =~ s/ at \S+\.(?:pm|pl) line \d+\.?(?:\n\s*)?\z//;
        @r{qw(ok error data)} = (JSON::PP::false, $err, undef);
    }
    else {
        @r{qw(ok error data)} = (JSON::PP::true, undef, $s);
    }
    print $J->encode(\%r), "\n";
}
