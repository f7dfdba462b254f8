#!/usr/bin/perl
# Generates tests/oracle/yaml-fuzz.jsonl: what Parse::CPAN::Meta->load_file makes of thousands of
# generated META.yml-like files, to hold the Rust reader to CPAN::Meta::YAML's behaviour on inputs
# no real file exercises (error paths, odd indentation, documents, quoting, block scalars).
#
# usage: perl gen_yaml_fuzz.pl > yaml-fuzz.jsonl
# Made with perl 5.36.0 (Debian), Parse::CPAN::Meta 2.150010, CPAN::Meta::YAML 0.018, Encode 3.17.
# Deterministic (fixed srand). One line per case, keys sorted:
#   id, input_base64, error (message without call site, as tests/oracle/dump_parsed.pl cuts it)
#   or data (whatever load_file returned: usually a hash, but a scalar or list document is
#   returned as is), warnings (call site removed).
use strict;
use warnings;
BEGIN {
    delete @ENV{qw(PERL_JSON_BACKEND PERL_YAML_BACKEND CPAN_META_JSON_DECODER CPAN_META_JSON_BACKEND PERL_CORE)};
}
use JSON::PP ();
use MIME::Base64 ();
use File::Temp ();
use Parse::CPAN::Meta ();

srand(424242);
sub pick { $_[int(rand(@_))] }

my @indents = ('', '', '', ' ', '  ', '  ', '   ', '    ', "\t", " \t", '      ');
my @keys = ('name', 'a', 'b', 'Foo::Bar', "'q k'", '"d\\tk"', 'x y', 'a:b', 'url', '? k', "'it''s'", 'k#1',
            "\xC3\xA9t\xC3\xA9", 'a::');
my @seps = (': ', ': ', ':', ' : ', ":  # c", ":\t");
my @values = ('Foo', '1.10', '~', '{}', '[]', '[perl]', "'It''s'", '"a\\tb\\x41\\"q\\\\"', '|', '>-', '|-', '>',
              '&a 1', '!!str x', '*a', '@x', 'a: b', 'x # c', "'bad", '"bad', '`x', '%x', '- x', '', 'yes', '0',
              'http://x.org/a:b', '-x', '{a: 1}', "'q' # c", '"d" x', "\xE9", "\xE3\x80\x80x", '#x', 'a #b');

sub soup_line {
    my $r = rand;
    my $i = pick(@indents);
    return $i . pick(@keys) . pick(@seps) . pick(@values) if $r < 0.45;
    return $i . '- ' . pick(@values) if $r < 0.58;
    return $i . '- ' . pick(@keys) . pick(@seps) . pick(@values) if $r < 0.66;
    return $i . '-' if $r < 0.70;
    return pick('---', '--- x', '--- #YAML:1.0', '...', '%YAML 1.1', '--- |', '--- %YAML:1.0', '---  ',
                '--- # c', '--- #', '...x', '--') if $r < 0.80;
    return $i . pick('# comment', '', '   ', "\t") if $r < 0.88;
    return $i . pick(@keys) . ':' if $r < 0.96;
    return $i . pick(@values);
}

sub soup {
    my $n = 1 + int(rand(8));
    return join('', map { soup_line() . pick("\n", "\n", "\n", "\r\n", "\r") } 1 .. $n);
}

# structured: nested maps and lists, with the occasional slip
sub node {
    my ($depth, $indent, $step) = @_;
    my $r = rand;
    if ($depth > 3 || $r < 0.4) {
        my $l = rand;
        if ($l < 0.08) {
            my $pad = ' ' x ($indent + pick(0, 0, 0, 1, -1));
            return ' ' . pick('|', '>', '|-', '>-') . "\n"
                . join('', map { $pad . pick('text', 'more: text', '  deeper', '- item') . "\n" } 1 .. 1 + int(rand(3)));
        }
        return ' ' . pick(@values) . "\n" if $l < 0.13;
        return ' ' . pick('Foo', '1.10', '~', '{}', '[]', '[perl]', "'It''s'", '"a\\tb\\x41\\"q\\\\"', 'v1.2.3',
                          '0.001', "'1.0'", 'x y z', 'http://x.org/a:b', 'x # c', '0', 'yes') . "\n";
    }
    my $pad = ' ' x $indent;
    my $out = "\n";
    my $n = 1 + int(rand(3));
    my $slip = rand() < 0.1 ? pick(-1, 1, -2) : 0;
    if ($r < 0.7) {
        for my $k (1 .. $n) {
            my $p = ($k == $n && $slip) ? ' ' x ($indent + $slip > 0 ? $indent + $slip : 0) : $pad;
            $out .= $p . pick(@keys[0 .. 8], 'requires', 'version') . ':' . node($depth + 1, $indent + $step, $step);
        }
    } else {
        for my $k (1 .. $n) {
            my $v = node($depth + 1, $indent + $step, $step);
            if (rand() < 0.3) {
                $out .= $pad . '- ' . pick('name', 'b') . ':' . node($depth + 1, $indent + 2 + $step, $step);
            } else {
                $out .= $pad . '-' . $v;
            }
        }
    }
    return $out;
}

sub structured {
    my $step = pick(1, 2, 2, 4);
    my $doc = pick("---\n", "--- #YAML:1.0\n", '', "---\n");
    my $n = 1 + int(rand(4));
    $doc .= pick('name', 'version', 'requires', 'author', 'x_a') . ':' . node(1, $step, $step) for 1 .. $n;
    $doc .= "---\nname: second\n" if rand() < 0.05;
    return $doc;
}

my @cases;
push @cases, soup() for 1 .. 1500;
push @cases, structured() for 1 .. 1500;
$_ = "\xEF\xBB\xBF$_" for grep { rand() < 0.03 } @cases;

my $J = JSON::PP->new->utf8->canonical->allow_nonref;
binmode STDOUT, ':raw';
my $dir = File::Temp::tempdir(CLEANUP => 1);
my $path = "$dir/META.yml";
my $id = 0;
for my $bytes (@cases) {
    open my $fh, '>:raw', $path or die "$path: $!";
    print $fh $bytes;
    close $fh;
    my @warnings;
    local $SIG{__WARN__} = sub { my $w = shift; $w =~ s/ at \S+ line \d+\.?\n?\z//; push @warnings, $w };
    my $data = eval { Parse::CPAN::Meta->load_file($path) };
    my %r = (id => $id++, input_base64 => MIME::Base64::encode_base64($bytes, ''), warnings => \@warnings);
    if (my $err = $@) {
        $err =~ s/\s+\z//;
        1 while $err =~ s/ at \S+\.(?:pm|pl) line \d+\.?(?:\n\s*)?\z//;
        $r{error} = $err;
    } else {
        $r{data} = $data;
    }
    print $J->encode(\%r), "\n";
}
