#!/usr/bin/perl
# Generates tests/oracle/json-random.jsonl: Parse::CPAN::Meta's verdict on 4,000 pseudo-random
# inputs built from JSON fragments and troublesome bytes (a differential test of the reader's
# error paths and messages).
#
# usage: perl tests/oracle/json_random.pl > tests/oracle/json-random.jsonl
#
# Made with perl 5.36, Parse::CPAN::Meta 2.150010, JSON::PP 4.07, Encode 3.17. The inputs come
# from a fixed-seed generator written here (not perl's rand), so they do not depend on the perl
# build. One line per input:
#   hex    the input bytes, hex
#   ok     load_file returned without dying
#   ref    ref() of what it returned ("" for a plain scalar), null when it died
#   error  what it died with, call-site suffix removed, or null
use strict;
use warnings;
BEGIN {
    delete @ENV{qw(PERL_JSON_BACKEND PERL_YAML_BACKEND CPAN_META_JSON_DECODER CPAN_META_JSON_BACKEND PERL_CORE)};
}
use File::Temp ();
use JSON::PP ();
use Parse::CPAN::Meta ();

my @alpha = ('{', '}', '[', ']', '"', ',', ':', '\\', 'u', '0', '1', '9', 'a', 'D', 'E', '-', '+',
    '.', 'e', 'true', 'false', 'null', 'fals', ' ', "\t", "\r\n", "\n", '#', '/', '*', "\xc3\xa9",
    "\xe9", "\xef\xbb\xbf", "\xef\xbf\xbf", "\x00", '"k"', '"v"', '\\n', '\\uD800', '\\uDC00',
    '1.5e3', '0x');
my @base = ('{"a":[1,2],"b":{"c":"d"}}', '[]', '{}');

# xorshift32: the same sequence on every perl.
my $state = 2463534242;
sub rnd {
    my $n = shift;
    $state ^= ($state << 13) & 0xFFFFFFFF;
    $state ^= $state >> 17;
    $state ^= ($state << 5) & 0xFFFFFFFF;
    return $state % $n;
}

my $tmp = File::Temp->newdir;
my $file = "$tmp/META.json";
my $J = JSON::PP->new->utf8->canonical;
binmode STDOUT, ':raw';
local $SIG{__WARN__} = sub { };
for my $i (1 .. 4000) {
    my $bytes;
    if ($i % 2) {
        $bytes = join '', map { $alpha[rnd(scalar @alpha)] } 1 .. rnd(15);
    }
    else {
        $bytes = $base[rnd(scalar @base)];
        for (0 .. rnd(3)) {
            my $p = rnd(length($bytes) + 1);
            substr($bytes, $p, 0) = $alpha[rnd(scalar @alpha)];
        }
    }
    open my $fh, '>:raw', $file or die $!;
    print $fh $bytes;
    close $fh;
    my $s = eval { Parse::CPAN::Meta->load_file($file) };
    my $err = $@;
    my %r = (hex => unpack('H*', $bytes));
    if ($err) {
        $err =~ s/\s+\z//;
        1 while $err =~ s/ at \S+\.(?:pm|pl) line \d+\.?(?:\n\s*)?\z//;
        @r{qw(ok ref error)} = (JSON::PP::false, undef, $err);
    }
    else {
        @r{qw(ok ref error)} = (JSON::PP::true, ref($s), undef);
    }
    print $J->encode(\%r), "\n";
}
