#!/usr/bin/perl
# Dumps, for every license-rule fixture (tests/fixtures/rules/CM5*/), what the Perl reference makes
# of it: Parse::CPAN::Meta's data, CPAN::Meta::Validator's spec version and errors, and the
# Converter's v2 license list. Run from the repository root:
#
#   perl tests/oracle/license_fixtures.pl > tests/oracle/license-fixtures.jsonl
#
# Generated with perl 5.36, CPAN::Meta 2.150010 (Validator, Converter), Parse::CPAN::Meta 2.150010,
# CPAN::Meta::YAML 0.018, JSON::PP 4.07. Hash seed pinned so the error order is stable.
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
use JSON::PP ();
use Parse::CPAN::Meta ();
use CPAN::Meta::Validator ();
use CPAN::Meta::Converter ();

my $J = JSON::PP->new->utf8->canonical->allow_nonref->allow_blessed->convert_blessed;
binmode STDOUT, ':raw';
for my $path (sort glob 'tests/fixtures/rules/CM5*/*') {
    next unless $path =~ /\.(?:json|ya?ml)\z/;
    my $data = eval { Parse::CPAN::Meta->load_file($path) };
    die "$path: $@" if $@ || ref $data ne 'HASH';
    my $v = CPAN::Meta::Validator->new({%$data});
    my $valid = $v->is_valid ? JSON::PP::true : JSON::PP::false;
    my $spec = $v->{spec};
    my $converted = eval { CPAN::Meta::Converter->new({%$data})->convert(version => 2) };
    print $J->encode({
        path => $path, data => $data, validator_spec => "$spec", valid => $valid,
        errors => [$v->errors], converted_license => $converted ? $converted->{license} : undef,
    }), "\n";
}
