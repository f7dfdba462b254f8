#!/usr/bin/perl
# Times the Perl reference on META files: Parse::CPAN::Meta->load_file + CPAN::Meta::Validator
# ->is_valid, the same work `cpanmeta lint --mode compat` does. Prints one line per file
# ("<seconds>\t<path>") and a total line. Module loading is excluded: the modules, and the JSON and
# YAML backends Parse::CPAN::Meta would otherwise load on first use, are loaded before the first
# file is timed (so a run without files measures the loading alone; scripts/bench-instructions.sh
# subtracts it).
#
# usage: perl perl_reference.pl FILE...
use strict;
use warnings;
BEGIN { delete @ENV{qw(PERL_JSON_BACKEND PERL_YAML_BACKEND CPAN_META_JSON_DECODER CPAN_META_JSON_BACKEND)} }
use Time::HiRes qw(time);
use Parse::CPAN::Meta ();
use CPAN::Meta::Validator ();
# What load_file and is_valid would `require` on first use (found with %INC).
Parse::CPAN::Meta->json_backend;
Parse::CPAN::Meta->yaml_backend;
require Encode;
require Storable;
require Fcntl;

my ($total, $n) = (0, 0);
for my $path (@ARGV) {
    local $SIG{__WARN__} = sub { };
    my $t0 = time;
    my $data = eval { Parse::CPAN::Meta->load_file($path) };
    if (ref $data eq 'HASH') {
        my $v = CPAN::Meta::Validator->new($data);
        eval { $v->is_valid };
    }
    my $dt = time - $t0;
    $total += $dt;
    $n++;
    printf "%.6f\t%s\n", $dt, $path;
}
printf "TOTAL\t%.6f\t%d\n", $total, $n;
