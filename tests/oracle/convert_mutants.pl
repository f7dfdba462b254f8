#!/usr/bin/perl
# Differential cases for `cpanmeta convert`: small corpus META files with random damage (a value
# replaced by one of the shapes the Converter treats specially, a key renamed to one it renames or
# drops, a key deleted), each written out as JSON (JSON::PP) or YAML (CPAN::Meta::YAML), then read
# and converted as `CPAN::Meta->load_json_string` / `load_yaml_string` do. One JSON line per
# case: `id`, `format`, `input` (the text), `ok`, `error` (first line), `document` (as_string
# decoded, without `x_serialization_backend`).
#
#   perl tests/oracle/convert_mutants.pl ../shared/corpus/files > tests/oracle/convert-mutants.jsonl
#
# Seeded (srand 20261204) and hash-order pinned, so the output is reproducible.
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
use CPAN::Meta ();
use CPAN::Meta::YAML ();
use Parse::CPAN::Meta ();
use Encode ();

my $dir = shift @ARGV or die "usage: $0 CORPUS_FILES_DIR\n";
srand(20261204);
opendir(my $dh, $dir) or die "$dir: $!";
my @files;
for my $d (sort grep { !/^\./ } readdir $dh) {
    for my $f (qw(META.json META.yml)) {
        my $p = "$dir/$d/$f";
        push @files, $p if -f $p && -s $p < 1200;
    }
}
my @bases = grep { defined } map {
    my $s = eval { local $SIG{__WARN__} = sub { }; Parse::CPAN::Meta->load_file($_) };
    ref $s eq 'HASH' ? $s : undef
} @files[0 .. ($#files < 79 ? $#files : 79)];

my @values = (undef, '', '0', '1.2beta', 'Foo::Bar', 'Foo-Bar', 'http://example.org/x', 'not a url',
    'mailto:a@example.org', 'git://example.org/r.git', [], ['a', undef, 'http://x.org'], {},
    { a => 'b' }, { 'Foo::Bar' => '1.0', 'Bad-Name' => '2', 'Baz' => 'Qux::Quux' }, 'v1.2.3', '.5',
    '>= 2, < 1', '>= 1.0, != 1.5', 'gpl', 'perl', 'GPL', 'artistic2', 'unknown', 'testing', 'x_y',
    '1.2_01', 'undef');
my @keys = qw(X-Foo xfoo requires test_requires build_requires Foo-Bar files dir modules
    license_url private distribution_type Runtime develop suggests MailingList repository
    optional_features description release_status);

sub paths {
    my ($v, $at, $out) = @_;
    push @$out, $at;
    if (ref $v eq 'HASH') { paths($v->{$_}, [@$at, $_], $out) for sort keys %$v }
    elsif (ref $v eq 'ARRAY') { paths($v->[$_], [@$at, $_], $out) for 0 .. $#$v }
    return $out;
}

sub clone { JSON::PP->new->allow_nonref->decode(JSON::PP->new->allow_nonref->canonical->encode($_[0])) }

sub mutate {
    my ($doc) = @_;
    my @p = grep { @$_ } @{ paths($doc, [], []) };
    my $path = $p[int rand @p];
    my $parent = $doc;
    $parent = ref $parent eq 'HASH' ? $parent->{$_} : $parent->[$_] for @$path[0 .. $#$path - 1];
    my $last = $path->[-1];
    my $op = int rand 3;
    if (ref $parent eq 'HASH') {
        if ($op == 0) { $parent->{$last} = clone($values[int rand @values]) }
        elsif ($op == 1) { $parent->{ $keys[int rand @keys] } = delete $parent->{$last} }
        else { delete $parent->{$last} }
    } elsif (ref $parent eq 'ARRAY') {
        $parent->[$last] = clone($values[int rand @values]);
    }
}

my $J = JSON::PP->new->canonical->utf8;
my $id = 0;
for my $base (@bases) {
    for (1 .. 8) {
        my $doc = clone($base);
        mutate($doc) for 1 .. 1 + int rand 3;
        my $format = rand() < 0.5 ? 'json' : 'yaml';
        my $text = $format eq 'json'
            ? JSON::PP->new->canonical->pretty->encode($doc)
            : eval { CPAN::Meta::YAML::Dump($doc) };
        next unless defined $text;
        my %r = (id => $id++, format => $format, input => $text);
        my $m = eval {
            local $SIG{__WARN__} = sub { };
            $format eq 'json' ? CPAN::Meta->load_json_string($text) : CPAN::Meta->load_yaml_string($text);
        };
        if (!$m) {
            (my $e = $@ || 'false') =~ s/\n.*//s;
            $e =~ s/\(0x[0-9a-f]+\)/(0xADDR)/g;
            @r{qw(ok error)} = (JSON::PP::false, $e);
        } else {
            my $out = JSON::PP->new->utf8->decode(do { local $SIG{__WARN__} = sub { }; Encode::encode('UTF-8', $m->as_string) });
            delete $out->{x_serialization_backend};
            @r{qw(ok document)} = (JSON::PP::true, $out);
        }
        # A reference the Converter stringifies (`HASH(0x55...)`) differs run to run.
        (my $line = $J->encode(\%r)) =~ s/\((0x[0-9a-f]+)\)/(0xADDR)/g;
        print $line, "\n";
    }
}
