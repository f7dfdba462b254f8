#!/usr/bin/perl
# What `CPAN::Meta->load_file($path)->as_string` (CPAN::Meta 2.150010, JSON::PP 4.07, the system
# perl 5.36) makes of each META file under DIR: one JSON line per file with `path`, `ok`,
# `error` (the first line of what load_file died with) and `document` (the as_string output
# decoded again, so it can be compared structurally; as_string is JSON::PP `pretty->canonical`).
# `text_sha256` is the SHA-256 of the exact as_string bytes (UTF-8 encoded), for byte parity.
#
#   perl tests/oracle/convert.pl ../shared/corpus/files > tests/oracle/convert-corpus.jsonl
#   perl tests/oracle/convert.pl --any tests/fixtures/rules > tests/oracle/convert-fixtures.jsonl
#
# Without --any only files named META.json / META.yml / MYMETA.* are read; with it, every *.json
# and *.yml (the rule fixtures are named fail-*.yml, pass-*.json, ...).
#
# The hash seed is pinned (the Converter iterates hashes; conversion errors list in hash order).
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
use CPAN::Meta ();
use Digest::SHA ();
use Encode ();

my $any = @ARGV && $ARGV[0] eq '--any' ? shift @ARGV : 0;
my $dir = shift @ARGV or die "usage: $0 [--any] DIR\n";
my $want = $any ? qr{\.(?:json|yml)\z} : qr{/(?:MY)?META\.(?:json|yml)\z};
my @files;
File::Find::find({ no_chdir => 1, wanted => sub {
    push @files, $File::Find::name if -f $_ && $_ =~ $want;
} }, $dir);
my $J = JSON::PP->new->canonical->utf8;

sub depth {
    my ($v) = @_;
    my $max = 0;
    for my $x (ref $v eq 'HASH' ? values %$v : ref $v eq 'ARRAY' ? @$v : ()) {
        my $d = depth($x);
        $max = $d if $d > $max;
    }
    return ref $v ? 1 + $max : 0;
}
for my $path (sort @files) {
    (my $rel = $path) =~ s{\A\Q$dir\E/?}{};
    my %r = (path => $rel);
    my $m = eval { local $SIG{__WARN__} = sub { }; CPAN::Meta->load_file($path) };
    if ($@ || !$m) {
        my $e = $@ || 'load_file returned false';
        $e =~ s/\n.*//s;
        $e =~ s/\(0x[0-9a-f]+\)/(0xADDR)/g;
        $r{ok} = JSON::PP::false;
        $r{error} = $e;
    } else {
        my $text = eval { local $SIG{__WARN__} = sub { }; $m->as_string };
        if (!defined $text) {
            (my $e = $@) =~ s/\n.*//s;
            $r{ok} = JSON::PP::false;
            $r{error} = "as_string: $e";
        } else {
            $r{ok} = JSON::PP::true;
            my $bytes = Encode::encode('UTF-8', $text);
            $r{text_sha256} = Digest::SHA::sha256_hex($bytes);
            my $doc = JSON::PP->new->utf8->max_depth(100_000)->decode($bytes);
            # Documents nested deeper than 100 levels (two fixtures) are recorded without their
            # body, so that every reader of this file can parse it.
            if (depth($doc) > 100) { $r{too_deep} = JSON::PP::true } else { $r{document} = $doc }
        }
    }
    print $J->encode(\%r), "\n";
}
