//! `$definitions{'1.0'}` to `$definitions{'1.4'}`: the 1.x specs.
//!
//! 1.2, 1.3 and 1.4 differ only in `no_index` (1.2 spells it `$no_index`, a typo in the Validator
//! that leaves 1.2's `no_index` unchecked, and uses `dir` for `directory`) and in 1.4's
//! `configure_requires`. 1.0 and 1.1 make only `version` mandatory.

use super::shared::{MODULE_MAP_1, MODULE_MAP_2, NO_INDEX_1_1, NO_INDEX_1_2, NO_INDEX_1_3};
use super::{optional, other, required, Action, KeyCheck, MapSpec, OtherKeys, ValueCheck};

const fn value(check: ValueCheck) -> Action {
    Action::Value(check)
}

const ANY: OtherKeys = other(KeyCheck::String, value(ValueCheck::Anything));
const MODULES: Action = Action::Map(&MODULE_MAP_1);
const CONFLICTS: Action = Action::Map(&MODULE_MAP_2);

static META_SPEC: MapSpec = MapSpec {
    fields: &[
        required("version", value(ValueCheck::Version)),
        required("url", value(ValueCheck::UrlSpec)),
    ],
    other: ANY,
};

static FEATURE: MapSpec = MapSpec {
    fields: &[
        optional("description", value(ValueCheck::String)),
        optional("requires", MODULES),
        optional("recommends", MODULES),
        optional("build_requires", MODULES),
        optional("conflicts", CONFLICTS),
    ],
    other: ANY,
};

static OPTIONAL_FEATURES: MapSpec = MapSpec {
    fields: &[],
    other: other(KeyCheck::String, Action::Map(&FEATURE)),
};

static PROVIDED: MapSpec = MapSpec {
    fields: &[
        required("file", value(ValueCheck::File)),
        optional("version", value(ValueCheck::Version)),
    ],
    other: ANY,
};

static PROVIDES: MapSpec = MapSpec {
    fields: &[],
    other: other(KeyCheck::Module, Action::Map(&PROVIDED)),
};

static RESOURCES: MapSpec = MapSpec {
    fields: &[
        optional("license", value(ValueCheck::Url)),
        optional("homepage", value(ValueCheck::Url)),
        optional("bugtracker", value(ValueCheck::Url)),
        optional("repository", value(ValueCheck::Url)),
    ],
    other: other(KeyCheck::Custom1, value(ValueCheck::String)),
};

/// The fields 1.2, 1.3 and 1.4 share (all but `no_index` / `private` / `configure_requires`).
macro_rules! common_1_2 {
    ($($extra:expr),* $(,)?) => {
        &[
            required("meta-spec", Action::Map(&META_SPEC)),
            required("name", value(ValueCheck::String)),
            required("version", value(ValueCheck::Version)),
            required("abstract", value(ValueCheck::String)),
            required("author", Action::List(ValueCheck::String)),
            required("license", value(ValueCheck::License)),
            required("generated_by", value(ValueCheck::String)),
            optional("distribution_type", value(ValueCheck::String)),
            optional("dynamic_config", value(ValueCheck::Boolean)),
            optional("requires", MODULES),
            optional("recommends", MODULES),
            optional("build_requires", MODULES),
            optional("conflicts", CONFLICTS),
            optional("optional_features", Action::Map(&OPTIONAL_FEATURES)),
            optional("provides", Action::Map(&PROVIDES)),
            optional("keywords", Action::List(ValueCheck::String)),
            optional("resources", Action::Map(&RESOURCES)),
            $($extra),*
        ]
    };
}

/// Spec 1.4.
pub static SPEC_1_4: MapSpec = MapSpec {
    fields: common_1_2![
        optional("configure_requires", MODULES),
        optional("no_index", Action::Map(&NO_INDEX_1_3)),
        optional("private", Action::Map(&NO_INDEX_1_3)),
    ],
    other: ANY,
};

/// Spec 1.3.
pub static SPEC_1_3: MapSpec = MapSpec {
    fields: common_1_2![
        optional("no_index", Action::Map(&NO_INDEX_1_3)),
        optional("private", Action::Map(&NO_INDEX_1_3)),
    ],
    other: ANY,
};

/// Spec 1.2, with the Validator's `'$no_index'` key as written.
pub static SPEC_1_2: MapSpec = MapSpec {
    fields: common_1_2![
        optional("private", Action::Map(&NO_INDEX_1_2)),
        optional("$no_index", Action::Map(&NO_INDEX_1_2)),
    ],
    other: ANY,
};

/// The fields 1.0 and 1.1 share.
macro_rules! early {
    ($($extra:expr),* $(,)?) => {
        &[
            optional("name", value(ValueCheck::String)),
            required("version", value(ValueCheck::Version)),
            optional("license", value(ValueCheck::License)),
            optional("generated_by", value(ValueCheck::String)),
            optional("license_uri", value(ValueCheck::Url)),
            optional("distribution_type", value(ValueCheck::String)),
            optional("dynamic_config", value(ValueCheck::Boolean)),
            optional("requires", MODULES),
            optional("recommends", MODULES),
            optional("build_requires", MODULES),
            optional("conflicts", CONFLICTS),
            $($extra),*
        ]
    };
}

/// Spec 1.1.
pub static SPEC_1_1: MapSpec = MapSpec {
    fields: early![optional("private", Action::Map(&NO_INDEX_1_1))],
    other: ANY,
};

/// Spec 1.0 (also what the Validator assumes without a `meta-spec`).
pub static SPEC_1_0: MapSpec = MapSpec {
    fields: early![],
    other: ANY,
};
