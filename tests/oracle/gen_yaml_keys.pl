#!/usr/bin/perl
# Generates tests/oracle/yaml-keys.jsonl: how CPAN::Meta::YAML 0.018 strips a mapping key off a
# line, for thousands of generated lines over an alphabet of the characters that matter
# (colon, space, tab, quotes, '#', '?', '-', U+3000).
#
# usage: perl gen_yaml_keys.pl > yaml-keys.jsonl
# Made with perl 5.36.0 (Debian) and CPAN::Meta::YAML 0.018; the regexes below are copied from
# CPAN::Meta::YAML 0.018 (_load_hash), run on character strings as that module does.
# One line per case: {"line": ..., "key": ... or null, "rest": ... or null}
use strict;
use warnings;
use utf8;
use JSON::PP ();

my $re_capture_double_quoted = qr/\"([^\\"]*(?:\\.[^\\"]*)*)\"/;
my $re_capture_single_quoted = qr/\'([^\']*(?:\'\'[^\']*)*)\'/;
my $re_capture_unquoted_key  = qr/([^:]+(?::+\S(?:[^:]*|.*?(?=:)))*)(?=\s*\:(?:\s+|$))/;
my $re_key_value_separator   = qr/\s*:(?:\s+(?:\#.*)?|$)/;

sub unq1 { my $s = shift; $s =~ s/\'\'/\'/g; $s }
my %UNESCAPES = (
    0 => "\x00", z => "\x00", N    => "\x85",
    a => "\x07", b => "\x08", t    => "\x09",
    n => "\x0a", v => "\x0b", f    => "\x0c",
    r => "\x0d", e => "\x1b", '\\' => '\\',
);
sub unq2 {
    my $s = shift;
    $s =~ s/\\"/"/g;
    $s =~ s{\\([Nnever\\fartz0b]|x([0-9a-fA-F]{2}))}{(length($1)>1)?pack("H2",$2):$UNESCAPES{$1}}gex;
    $s
}

srand(20260520);
my @alphabet = ('a', 'b', ':', ':', ':', ' ', ' ', "\t", "'", '"', '#', '\\', '-', '?', "\x{3000}");
my %seen;
my @lines = ('name: Foo', 'Foo::Bar: 1', 'a::: b', 'a:b:: c: d', '  :a: b', 'url: http://x: y');
while (@lines < 4000) {
    my $len = 1 + int(rand(12));
    my $s = join '', map { $alphabet[int(rand(@alphabet))] } 1 .. $len;
    next if $seen{$s}++;
    push @lines, $s;
}
my $J = JSON::PP->new->utf8->canonical;
binmode STDOUT, ':raw';
for my $line (@lines) {
    my ($key, $rest);
    my $l = $line;
    if ($l =~ s/^\s*$re_capture_single_quoted$re_key_value_separator//) {
        $key = unq1($1);
    } elsif ($l =~ s/^\s*$re_capture_double_quoted$re_key_value_separator//) {
        $key = unq2($1);
    } elsif ($l =~ s/^\s*$re_capture_unquoted_key$re_key_value_separator//) {
        $key = $1;
        $key =~ s/\s+$//;
    }
    $rest = $l if defined $key;
    print $J->encode({ line => $line, key => $key, rest => $rest }), "\n";
}
