#!/usr/bin/perl
# What CPAN::Meta::Validator says of every strict-rule fixture, to show that each fail-* fixture
# demonstrates something the Validator lets through (or reports only as a symptom).
# usage (from tests/fixtures/rules): perl ../../oracle/strict_fixtures_validator.pl */* > ../../oracle/strict_fixtures_validator.txt
use strict; use warnings;
use Parse::CPAN::Meta; use CPAN::Meta::Validator; use JSON::PP;
for my $f (@ARGV) {
  my $d = eval { Parse::CPAN::Meta->load_file($f) };
  if (!$d) { print "$f PARSE-ERROR $@\n"; next }
  my $v = CPAN::Meta::Validator->new($d);
  my $ok = $v->is_valid;
  print "$f ", ($ok ? "valid" : "INVALID: ".join(" | ", $v->errors)), "\n";
}
