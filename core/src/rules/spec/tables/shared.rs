//! Sub-tables CPAN::Meta::Validator shares between spec versions.

use super::{optional, other, Action, KeyCheck, MapSpec, ValueCheck};

const STRINGS: Action = Action::List(ValueCheck::String);

/// `$module_map1`: module names to version ranges (`requires`, `recommends`, ...).
pub static MODULE_MAP_1: MapSpec = MapSpec {
    fields: &[],
    other: other(KeyCheck::Module, Action::Value(ValueCheck::ExVersion)),
};

/// `$module_map2`: module names to single versions (1.x `conflicts`).
pub static MODULE_MAP_2: MapSpec = MapSpec {
    fields: &[],
    other: other(KeyCheck::Module, Action::Value(ValueCheck::Version)),
};

/// `$no_index_2`.
pub static NO_INDEX_2: MapSpec = MapSpec {
    fields: &[
        optional("file", STRINGS),
        optional("directory", STRINGS),
        optional("package", STRINGS),
        optional("namespace", STRINGS),
    ],
    other: other(KeyCheck::Custom2, Action::Value(ValueCheck::Anything)),
};

/// `$no_index_1_3` (1.3 and 1.4 `no_index` and `private`).
pub static NO_INDEX_1_3: MapSpec = MapSpec {
    fields: &[
        optional("file", STRINGS),
        optional("directory", STRINGS),
        optional("package", STRINGS),
        optional("namespace", STRINGS),
    ],
    other: other(KeyCheck::String, Action::Value(ValueCheck::Anything)),
};

/// `$no_index_1_2`: like 1.3 with `dir` for `directory`.
pub static NO_INDEX_1_2: MapSpec = MapSpec {
    fields: &[
        optional("file", STRINGS),
        optional("dir", STRINGS),
        optional("package", STRINGS),
        optional("namespace", STRINGS),
    ],
    other: other(KeyCheck::String, Action::Value(ValueCheck::Anything)),
};

/// `$no_index_1_1` (1.1 `private`): any key, each a list of strings.
pub static NO_INDEX_1_1: MapSpec = MapSpec {
    fields: &[],
    other: other(KeyCheck::String, STRINGS),
};

/// The relations of one phase of `$prereq_map`.
static PREREQ_RELATIONS: MapSpec = MapSpec {
    fields: &[],
    other: other(KeyCheck::Relation, Action::Map(&MODULE_MAP_1)),
};

/// `$prereq_map` (spec 2 `prereqs`, also inside `optional_features`).
pub static PREREQ_MAP: MapSpec = MapSpec {
    fields: &[],
    other: other(KeyCheck::Phase, Action::Map(&PREREQ_RELATIONS)),
};
