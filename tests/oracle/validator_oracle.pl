#!/usr/bin/perl
# CPAN::Meta::Validator (and the Converter's spec-version guess) on META files or on synthetic
# structures, as JSON lines, for the Validator port's tests.
#
# Made with: perl 5.36.0, CPAN::Meta / CPAN::Meta::Validator / Parse::CPAN::Meta 2.150010,
# CPAN::Meta::YAML 0.018, JSON::PP 4.07 (Debian 12 system perl).
#
# usage: perl validator_oracle.pl files DIR [FILE...] > out.jsonl   (every *.json / *.yml below DIR)
#        perl validator_oracle.pl cases FILE.jsonl      > out.jsonl   (lines {"id":..,"input":..})
#
# One line per input, keys sorted:
#   path | id        the file (relative to DIR) or the case id
#   ok               Parse::CPAN::Meta->load_file returned a HASH ref (files; always true for cases)
#   error            its error, call-site suffix removed, or null
#   data             what Perl parsed (numbers in Perl's stringification, booleans true/false)
#   validator_spec   $validator->{spec} ("meta-spec.version || 1.0", stringified)
#   converter_spec   CPAN::Meta::Converter::_extract_spec_version($data), stringified
#   valid            $validator->is_valid
#   errors           sorted $validator->errors, reference addresses written HASH(0xADDR)
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
use CPAN::Meta::Validator ();
use CPAN::Meta::Converter ();

my $J = JSON::PP->new->utf8->canonical->allow_nonref->allow_blessed->convert_blessed;
binmode STDOUT, ':raw';

sub canon {
    my $e = shift;
    $e =~ s/\b(HASH|ARRAY|CODE|SCALAR|GLOB|REF)\(0x[0-9a-f]+\)/$1(0xADDR)/g;
    return $e;
}

# Validates $data (and a second, untouched copy for the Converter: the Validator autovivifies
# meta-spec). Returns the result fields.
sub judge {
    my ($data, $copy) = @_;
    my $v = CPAN::Meta::Validator->new($data);
    my $spec = canon("$v->{spec}");
    my $valid = $v->is_valid;
    my $conv = eval { CPAN::Meta::Converter::_extract_spec_version($copy) };
    return (
        validator_spec => $spec,
        converter_spec => defined $conv ? "$conv" : undef,
        valid          => $valid ? JSON::PP::true : JSON::PP::false,
        errors         => [ sort map { canon($_) } $v->errors ],
    );
}

my $mode = shift @ARGV or die "usage: $0 files DIR [FILE...] | cases FILE\n";
local $SIG{__WARN__} = sub { };
if ($mode eq 'files') {
    my $dir = shift @ARGV or die "usage: $0 files DIR [FILE...]\n";
    chdir $dir or die "chdir $dir: $!\n";
    my @files = @ARGV;
    if (!@files) {
        File::Find::find({ no_chdir => 1, wanted => sub {
            return unless -f $_ && /\.(?:json|ya?ml)\z/i;
            (my $p = $File::Find::name) =~ s{^\./}{};
            push @files, $p;
        } }, '.');
    }
    for my $path (sort @files) {
        my %r = (path => $path);
        my $s = eval { Parse::CPAN::Meta->load_file($path) };
        my $err = $@;
        if ($err || ref($s) ne 'HASH') {
            $err ||= "parse result is not a hash (ref: '" . ref($s) . "')";
            $err =~ s/\s+\z//;
            1 while $err =~ s/ at \S+\.(?:pm|pl) line \d+\.?(?:\n\s*)?\z//;
            @r{qw(ok error data)} = (JSON::PP::false, canon($err), undef);
        }
        else {
            @r{qw(ok error)} = (JSON::PP::true, undef);
            $r{data} = Parse::CPAN::Meta->load_file($path);
            %r = (%r, judge($s, Parse::CPAN::Meta->load_file($path)));
        }
        print $J->encode(\%r), "\n";
    }
}
elsif ($mode eq 'cases') {
    my $file = shift @ARGV or die "usage: $0 cases FILE\n";
    open my $fh, '<:raw', $file or die "$file: $!\n";
    my $D = JSON::PP->new->utf8;
    while (my $line = <$fh>) {
        next unless $line =~ /\S/;
        my $case = $D->decode($line);
        my ($data, $copy, $shown) = map { $D->decode($D->encode($case->{input})) } 1 .. 3;
        my %r = (id => $case->{id}, ok => JSON::PP::true, error => undef, data => $shown);
        %r = (%r, judge($data, $copy));
        print $J->encode(\%r), "\n";
    }
}
else {
    die "unknown mode $mode\n";
}
