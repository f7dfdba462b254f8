#!/usr/bin/perl
# Differential oracle for tests/version_differential.rs: reads one JSON request per line on
# stdin and answers one JSON line each, using the system perl's version.pm and
# CPAN::Meta::Requirements (written against perl 5.36, version.pm 0.9929,
# CPAN::Meta::Requirements 2.140).
#
# Requests:
#   {"k":"v","s":STR}            version::is_lax/is_strict, version->parse, methods, warnings, CMR view
#   {"k":"c","a":STR,"b":STR}    version->parse(a) <=> version->parse(b)
#   {"k":"n","raw":JSON_NUMBER}  version->parse(JSON::PP-decoded number, never stringified)
#   {"k":"r","a":STR,"b":STR,"probe":[STR...]}
#                                CMR: add_string_requirement(a), then b (if defined): ok/string,
#                                and accepts_module for each probe version
use strict;
use warnings;
use JSON::PP ();
use version ();
use CPAN::Meta::Requirements ();

my $J = JSON::PP->new->utf8->canonical->allow_nonref;
binmode STDOUT, ':raw';
$| = 1;

sub b { $_[0] ? JSON::PP::true : JSON::PP::false }
sub clean { my $e = shift; chomp $e; $e =~ s/ at \S+ line \d+.*\z//s; $e }

sub parse_info {
    my ($in) = @_;
    my @w;
    local $SIG{__WARN__} = sub { push @w, clean($_[0]) };
    my %r;
    my $v = eval { version->parse($in) };
    if (!defined $v) {
        $r{error} = clean($@);
    }
    else {
        $r{stringify} = "$v";
        $r{normal} = $v->normal;
        $r{numify} = do { local $SIG{__WARN__} = sub {}; $v->numify };
        $r{is_alpha} = b($v->is_alpha);
        $r{is_qv} = b($v->is_qv);
    }
    $r{warnings} = scalar @w;
    return (\%r, $v);
}

sub cmr {
    my ($a, $b, $probe) = @_;
    my $req = CPAN::Meta::Requirements->new;
    my %r;
    local $SIG{__WARN__} = sub {};
    my $ok = eval {
        $req->add_string_requirement('M' => $a);
        if (defined $b) {
            my $other = CPAN::Meta::Requirements->new;
            $other->add_string_requirement('M' => $b);
            $req->add_requirements($other);
        }
        1;
    };
    if (!$ok) {
        $r{ok} = JSON::PP::false;
        $r{error} = clean($@);
        return \%r;
    }
    $r{ok} = JSON::PP::true;
    $r{string} = $req->requirements_for_module('M');
    if ($probe) {
        $r{accepts} = [ map { my $p = $_; b(eval { $req->accepts_module('M' => $p) }) } @$probe ];
    }
    return \%r;
}

while (my $line = <STDIN>) {
    my $q = $J->decode($line);
    my $out;
    if ($q->{k} eq 'v') {
        my $s = $q->{s};
        my ($info) = parse_info($s);
        $info->{is_lax} = b(version::is_lax($s));
        $info->{is_strict} = b(version::is_strict($s));
        $info->{cmr} = cmr($s);
        $out = $info;
    }
    elsif ($q->{k} eq 'c') {
        my $c = eval { no warnings; version->parse($q->{a}) <=> version->parse($q->{b}) };
        $out = { cmp => $c };
    }
    elsif ($q->{k} eq 'n') {
        my $n = $J->decode($q->{raw});
        ($out) = parse_info($n);
    }
    elsif ($q->{k} eq 'r') {
        $out = cmr($q->{a}, $q->{b}, $q->{probe});
    }
    print $J->encode($out), "\n";
}
