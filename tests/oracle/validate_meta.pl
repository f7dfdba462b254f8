# Reads a META.json on stdin and prints CPAN::Meta::Validator's verdict: `valid`, or `invalid` and
# the errors, one a line. Used by tests/external_extension.rs.
use strict; use warnings; use CPAN::Meta::Validator; use JSON::PP;
local $/; my $data = JSON::PP->new->decode(<STDIN>);
my $v = CPAN::Meta::Validator->new($data);
print $v->is_valid ? "valid\n" : join("\n", "invalid", $v->errors), "\n";
