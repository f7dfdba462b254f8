#!/usr/bin/perl
# Generates tests/oracle/json-quirks.jsonl: what Parse::CPAN::Meta->load_file("META.json") makes of
# small inputs that exercise every quirk of the JSON path (Encode PERLQQ decoding, JSON::PP 4.07
# decode_json without relaxed, Perl's number stringification, `$data || {}`).
#
# usage: perl tests/oracle/json_quirks.pl > tests/oracle/json-quirks.jsonl
#
# Made with perl 5.36, Parse::CPAN::Meta 2.150010, JSON::PP 4.07, Encode (system). One line per case:
#   name   the case's name
#   hex    the input bytes, hex
#   ok     load_file returned a HASH ref without dying
#   ref    ref() of what it returned (null when it died)
#   error  what it died with, call-site suffix removed (null when it did not)
#   data   what it returned, with numbers (IV/NV without a string value) as {"\u0000n": "<perl
#          stringification>"}, JSON::PP booleans as true/false and undef as null
use strict;
use warnings;
BEGIN {
    delete @ENV{qw(PERL_JSON_BACKEND PERL_YAML_BACKEND CPAN_META_JSON_DECODER CPAN_META_JSON_BACKEND PERL_CORE)};
}
use B ();
use File::Temp ();
use JSON::PP ();
use Parse::CPAN::Meta ();

my @cases = (
    # name => perl expression giving the bytes
    [ plain              => q("{\"name\":\"Foo\",\"version\":\"1.0\"}") ],
    [ whitespace_all     => q(" \t\r\n{ \"a\" : [ 1 , 2 ] }\r\n\t ") ],
    [ empty              => q("") ],
    [ only_space         => q("  \n") ],
    [ top_null           => q("null") ],
    [ top_false          => q("false") ],
    [ top_true           => q("true") ],
    [ top_zero           => q("0") ],
    [ top_neg_zero_float => q("-0.0") ],
    [ top_one            => q("1") ],
    [ top_empty_string   => q("\"\"") ],
    [ top_string_zero    => q("\"0\"") ],
    [ top_string_zero_zero => q("\"00\"") ],
    [ top_array          => q("[]") ],
    [ top_string         => q("\"abc\"") ],
    [ numbers            => q("{\"a\":1.40,\"b\":2.150010,\"c\":1e3,\"d\":-0,\"e\":-0.0,\"f\":0.1e1,\"g\":1.23456789012345678,\"h\":1E+2,\"i\":1e-2,\"j\":-12,\"k\":0,\"l\":5.0,\"m\":123456789012345.5,\"n\":0.000012345,\"o\":100000000000000000.0,\"p\":1e15,\"q\":1e14,\"r\":0.0001,\"s\":0.00001,\"t\":3.14159265358979323846}") ],
    [ big_numbers        => q("{\"a\":123456789012345678901,\"b\":99999999999999999999,\"c\":-9223372036854775809,\"d\":-9223372036854775808,\"e\":18446744073709551615,\"f\":18446744073709551616,\"g\":-1234567890123456789,\"h\":-12345678901234567890,\"i\":1e400,\"j\":-1e400,\"k\":1e-400}") ],
    [ exp_integers       => q("{\"a\":1e18,\"b\":1e19,\"c\":9223372036854775808e0,\"d\":18446744073709549568e0,\"e\":18446744073709551615e0,\"f\":-9223372036854775808e0,\"g\":-1e19,\"h\":15e14,\"i\":1.5e15,\"j\":1e-0,\"k\":25e-1,\"l\":-0e0,\"m\":9007199254740993e0,\"n\":12345678901234567e3}") ],
    [ duplicate_keys     => q("{\"a\":1,\"b\":2,\"a\":3}") ],
    [ duplicate_nested   => q("{\"p\":{\"x\":\"1\",\"x\":\"2\",\"x\":\"3\"}}") ],
    [ escapes            => q("{\"a\":\"\\\\b\\\\t\\\\n\\\\f\\\\r\\\\\\\\\\\\\"\\\\/\"}") ],
    [ unicode_escapes    => q("{\"a\":\"\\\\u00e9\\\\u20AC\\\\uD83D\\\\uDE00\\\\u0000\\\\uFFFF\"}") ],
    [ surrogate_overwrite => q("{\"a\":\"\\\\uD800\\\\uD800\\\\uDC00\"}") ],
    [ surrogate_split    => q("{\"a\":\"\\\\uD800x\\\\n\\\\uDC00\"}") ],
    [ lone_low           => q("{\"a\":\"\\\\uDE00\"}") ],
    [ high_then_bmp      => q("{\"a\":\"\\\\uD800\\\\u0041\"}") ],
    [ lone_high          => q("{\"a\":\"\\\\uD800\"}") ],
    [ lone_high_space    => q("{\"a\":\"\\\\uD800\"} ") ],
    [ bad_hex            => q("{\"a\":\"\\\\u00G1\"}") ],
    [ short_unicode_eof  => q("{\"a\":\"\\\\u00") ],
    [ illegal_escape     => q("{\"a\":\"\\\\q\"}") ],
    [ backslash_eof      => q("\"\\\\") ],
    [ raw_tab            => q("{\"a\":\"x\ty\"}") ],
    [ raw_newline        => q("{\"a\":\"x\ny\"}") ],
    [ raw_del            => q("{\"a\":\"x\x7fy\"}") ],
    [ utf8_string        => q("{\"a\":\"J\xC3\xBCrgen \xE2\x82\xAC \xF0\x9F\x98\x80\"}") ],
    [ latin1_in_string   => q("{\"author\":[\"J\xFCrgen\"]}") ],
    [ latin1_outside     => q("{\"a\":1}\xE9") ],
    [ truncated_seq      => q("{\"a\":\"\xE2\x82x\"}") ],
    [ overlong           => q("{\"a\":\"\xC0\xAF\"}") ],
    [ overlong3          => q("{\"a\":\"\xE0\x80\x80\"}") ],
    [ surrogate_utf8     => q("{\"a\":\"\xED\xA0\x80\"}") ],
    [ above_max          => q("{\"a\":\"\xF4\x90\x80\x80\"}") ],
    [ nonchar_ffff       => q("{\"a\":\"\xEF\xBF\xBF\"}") ],
    [ nonchar_fdd0       => q("{\"a\":\"\xEF\xB7\x90\"}") ],
    [ nonchar_1fffe      => q("{\"a\":\"\xF0\x9F\xBF\xBE\"}") ],
    [ nonchar_10ffff     => q("{\"a\":\"\xF4\x8F\xBF\xBF\"}") ],
    [ fffd_ok            => q("{\"a\":\"\xEF\xBF\xBD\"}") ],
    [ bom                => q("\xEF\xBB\xBF{\"a\":1}") ],
    [ bom_only           => q("\xEF\xBB\xBF") ],
    [ crlf               => q("{\r\n  \"a\" : 1\r\n}\r\n") ],
    [ trailing_comma_object => q("{\"a\":1,}") ],
    [ trailing_comma_array  => q("{\"a\":[1,2,]}") ],
    [ trailing_comma_ws     => q("{\"a\":1 , \n}") ],
    [ hash_comment       => q("{\"a\":1} # c") ],
    [ hash_comment_inside => q("{ # c\n\"a\":1}") ],
    [ slash_comment      => q("{\"a\":1 // c\n}") ],
    [ block_comment      => q("{/* c */\"a\":1}") ],
    [ garbage_word       => q("{\"a\":1}x") ],
    [ garbage_second     => q("{\"a\":1}{\"b\":2}") ],
    [ garbage_brace      => q("{\"a\":1}\n}\n") ],
    [ garbage_utf8       => q("{\"a\":1}\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9") ],
    [ garbage_backslashes => q("{\"a\":1}\"" . ("\\\\" x 12) . "\"") ],
    [ garbage_controls   => q("{\"a\":1}x\x07\x01\x0c\x7f") ],
    [ missing_comma      => q("{\"a\":1 \"b\":2}") ],
    [ missing_colon      => q("{\"a\" 1}") ],
    [ key_eof            => q("{\"a\"") ],
    [ value_eof          => q("{\"a\":") ],
    [ value_missing      => q("{\"a\":}") ],
    [ object_eof         => q("{\"a\":1") ],
    [ open_brace         => q("{") ],
    [ open_bracket       => q("[") ],
    [ array_eof          => q("[1") ],
    [ array_comma_eof    => q("[1,") ],
    [ array_missing_comma => q("[1 2]") ],
    [ empty_member       => q("{,}") ],
    [ bare_key           => q("{a:1}") ],
    [ single_quotes      => q("{'a':1}") ],
    [ nul_after_brace    => q("{\x00") ],
    [ word_tru           => q("{\"a\":tru}") ],
    [ word_fals          => q("fals") ],
    [ word_falsy         => q("[falsy]") ],
    [ word_nul           => q("nul") ],
    [ word_nullx         => q("nullx") ],
    [ word_True          => q("[True]") ],
    [ paren              => q("[(1)]") ],
    [ num_dot            => q("[1.]") ],
    [ num_dot_e          => q("[1.e]") ],
    [ num_minus          => q("[-]") ],
    [ num_minus_letter   => q("[-a]") ],
    [ num_minus_eof      => q("-") ],
    [ num_leading_zero   => q("[01]") ],
    [ num_neg_leading_zero => q("[-01]") ],
    [ num_zero_hexletter => q("[0a]") ],
    [ num_zero_x         => q("[0x1]") ],
    [ num_zero_e         => q("[0e1]") ],
    [ num_exp_eof        => q("[1e]") ],
    [ num_exp_sign_eof   => q("[1e+]") ],
    [ num_exp_sign_letter => q("[1e+x]") ],
    [ num_plus           => q("[+1]") ],
    [ num_dot_start      => q("[.5]") ],
    [ depth_512          => q("[" x 512 . "]" x 512) ],
    [ depth_513_arrays   => q("[" x 513 . "]" x 513) ],
    [ depth_513_objects  => q("{\"a\":" x 513 . "1" . "}" x 513) ],
    [ utf16be            => q("\x00{\x00\"\x00a\x00\"\x00:\x001\x00}") ],
    [ utf16le            => q("{\x00\"\x00a\x00\"\x00:\x001\x00}\x00") ],
    [ utf32be            => q("\x00\x00\x00{\x00\x00\x00}") ],
    [ utf16be_broken     => q("\x00{\x00\"\x00a\x00\"\x00:\x00\"\x00\xE9\x00\"\x00}") ],
    [ nul_start_short    => q("\x00{\x00") ],
    [ big_object         => q("{" . join(",", map { "\"k$_\":$_" } 1..40) . ",\"k7\":\"again\"}") ],
);

my $tmp = File::Temp->newdir;
my $file = "$tmp/META.json";
my $J = JSON::PP->new->utf8->canonical->allow_nonref->max_depth(4096);
binmode STDOUT, ':raw';
for my $case (@cases) {
    my ($name, $expr) = @$case;
    my $bytes = eval $expr;
    die "$name: $@" if $@;
    open my $fh, '>:raw', $file or die $!;
    print $fh $bytes;
    close $fh;
    my $s = eval { Parse::CPAN::Meta->load_file($file) };
    my $err = $@;
    my %r = (name => $name, hex => unpack('H*', $bytes));
    if ($err) {
        $err =~ s/\s+\z//;
        1 while $err =~ s/ at \S+\.(?:pm|pl) line \d+\.?(?:\n\s*)?\z//;
        @r{qw(ok ref error data)} = (JSON::PP::false, undef, $err, undef);
    }
    else {
        @r{qw(ok ref error data)} = (ref($s) eq 'HASH' ? JSON::PP::true : JSON::PP::false, ref($s), undef, view($s));
    }
    print $J->encode(\%r), "\n";
}

sub view {
    no warnings "recursion";
    my $v = shift;
    return undef unless defined $v;
    if (ref $v eq 'HASH') { return { map { ($_ => view($v->{$_})) } keys %$v } }
    if (ref $v eq 'ARRAY') { return [ map { view($_) } @$v ] }
    if (JSON::PP::is_bool($v)) { return $v ? JSON::PP::true : JSON::PP::false }
    my $flags = B::svref_2object(\$v)->FLAGS;
    if ($flags & (B::SVp_IOK | B::SVp_NOK) and !($flags & B::SVp_POK)) {
        return { "\0n" => "$v" };
    }
    return "$v";
}
