#!/usr/bin/perl
# Times the Perl reference on META files: Parse::CPAN::Meta->load_file + CPAN::Meta::Validator
# ->is_valid, the same work `cpanmeta lint --mode compat` does. Prints one line per file
# ("<seconds>\t<path>") and a total line.
#
# Start-up is excluded, as time_lint excludes the Rust side's one-time initialisation: the
# modules, and what Parse::CPAN::Meta and the Validator `require` on first use, are loaded before
# the first file is timed, and the first JSON and the first YAML file are read and validated once,
# untimed. With --warm-only the script stops there, so scripts/bench-instructions.sh can subtract
# the start-up's instructions from a full run's.
#
# usage: perl perl_reference.pl [--warm-only] [FILE...]    (no FILE: paths on standard input)
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

my $warm_only = @ARGV && $ARGV[0] eq '--warm-only' ? shift @ARGV : 0;
# No FILE arguments: the paths come one a line on standard input (so one process reads a list of
# any length; xargs would split it over several).
if (!@ARGV) {
    @ARGV = grep { length } map { chomp; $_ } <STDIN>;
}

sub check_file {
    my ($path) = @_;
    local $SIG{__WARN__} = sub { };
    my $data = eval { Parse::CPAN::Meta->load_file($path) };
    if (ref $data eq 'HASH') {
        my $v = CPAN::Meta::Validator->new($data);
        eval { $v->is_valid };
    }
}

for my $suffix (qr/\.json\z/, qr/\.yml\z/) {
    my ($first) = grep { $_ =~ $suffix } @ARGV;
    check_file($first) if defined $first;
}
exit 0 if $warm_only;

my ($total, $n) = (0, 0);
for my $path (@ARGV) {
    my $t0 = time;
    check_file($path);
    my $dt = time - $t0;
    $total += $dt;
    $n++;
    printf "%.6f\t%s\n", $dt, $path;
}
printf "TOTAL\t%.6f\t%d\n", $total, $n;
