#!/usr/bin/perl
# Expectations for cpanmeta's schema formats `cpan-module` and `cpan-url` (core/src/schema/formats.rs),
# straight from CPAN::Meta::Validator's own `module` and `url` subs, and for `cpan-version` from
# version::is_lax.
#
# usage: perl formats.pl > formats.jsonl
# Made with perl 5.36, CPAN::Meta::Validator 2.150010, version 0.9929.
# One line per (format, input): {"format": ..., "input": ..., "valid": true|false}
use strict;
use warnings;
use CPAN::Meta::Validator ();
use JSON::PP ();
use version ();

my $json = JSON::PP->new->canonical->ascii;
my %inputs = (
    'cpan-module' => [ 'perl', 'File::Spec', 'Foo_Bar::Baz2', '0Foo', "Foo\n", '', '0', 'Foo::',
        '::Foo', 'Foo:Bar', 'Foo-Bar', 'Foo::::Bar', "Foo'Bar", "Foo\n\n", 'Foo Bar', "\x{e9}t\x{e9}" ],
    'cpan-url' => [ 'http://example.com/', 'git://github.com/dagolden/cpan-meta.git',
        'irc://irc.perl.org/#moose', 'https://h', '', 'example.com', 'mailto:bugs@example.com',
        'http:///path', '//example.com', '/a:b//c', ':x//y', 'http://', 'a:b://c', "x\n://y",
        'https://github.com/a/b?x#y', 'http:example.com' ],
    'cpan-version' => [ '0', '1.23', '1.23_04', 'v1.2.3', 'v5.20.1', '1.2.3', '1.', '', '1.2a',
        ' 1', '1.23e-2', '>= 1', 'v1', '.1', '1_2', '1.2_3_4' ],
);
for my $format (sort keys %inputs) {
    for my $input (@{ $inputs{$format} }) {
        my $ok;
        if ($format eq 'cpan-version') {
            $ok = version::is_lax($input) ? 1 : 0;
        } else {
            my $v = CPAN::Meta::Validator->new({});
            $ok = $format eq 'cpan-module' ? $v->module($input) : $v->url('key', $input);
            $ok = $ok ? 1 : 0;
        }
        print $json->encode({ format => $format, input => $input,
            valid => $ok ? JSON::PP::true : JSON::PP::false }), "\n";
    }
}
