//! `$definitions{'2'}`: CPAN::Meta::Spec version 2.

use super::shared::{NO_INDEX_2, PREREQ_MAP};
use super::{optional, other, required, Action, KeyCheck, MapSpec, ValueCheck};

const fn value(check: ValueCheck) -> Action {
    Action::Value(check)
}

const ANY_X: super::OtherKeys = other(KeyCheck::Custom2, value(ValueCheck::Anything));

static META_SPEC: MapSpec = MapSpec {
    fields: &[
        required("version", value(ValueCheck::Version)),
        optional("url", value(ValueCheck::Url)),
    ],
    other: ANY_X,
};

static FEATURE: MapSpec = MapSpec {
    fields: &[
        optional("description", value(ValueCheck::String)),
        optional("prereqs", Action::Map(&PREREQ_MAP)),
    ],
    other: ANY_X,
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
    other: ANY_X,
};

static PROVIDES: MapSpec = MapSpec {
    fields: &[],
    other: other(KeyCheck::Module, Action::Map(&PROVIDED)),
};

static BUGTRACKER: MapSpec = MapSpec {
    fields: &[
        optional("web", value(ValueCheck::Url)),
        optional("mailto", value(ValueCheck::String)),
    ],
    other: ANY_X,
};

static REPOSITORY: MapSpec = MapSpec {
    fields: &[
        optional("web", value(ValueCheck::Url)),
        optional("url", value(ValueCheck::Url)),
        optional("type", value(ValueCheck::String)),
    ],
    other: ANY_X,
};

static RESOURCES: MapSpec = MapSpec {
    fields: &[
        optional("license", Action::List(ValueCheck::Url)),
        optional("homepage", value(ValueCheck::Url)),
        optional("bugtracker", Action::Map(&BUGTRACKER)),
        optional("repository", Action::Map(&REPOSITORY)),
    ],
    other: other(KeyCheck::Custom2, value(ValueCheck::String)),
};

/// The top level of a version 2 document.
pub static SPEC: MapSpec = MapSpec {
    fields: &[
        required("abstract", value(ValueCheck::String)),
        required("author", Action::List(ValueCheck::String)),
        required("dynamic_config", value(ValueCheck::Boolean)),
        required("generated_by", value(ValueCheck::String)),
        required("license", Action::List(ValueCheck::License)),
        required("meta-spec", Action::Map(&META_SPEC)),
        required("name", value(ValueCheck::String)),
        required("release_status", value(ValueCheck::ReleaseStatus)),
        required("version", value(ValueCheck::Version)),
        optional("description", value(ValueCheck::String)),
        optional("keywords", Action::List(ValueCheck::String)),
        optional("no_index", Action::Map(&NO_INDEX_2)),
        optional("optional_features", Action::Map(&OPTIONAL_FEATURES)),
        optional("prereqs", Action::Map(&PREREQ_MAP)),
        optional("provides", Action::Map(&PROVIDES)),
        optional("resources", Action::Map(&RESOURCES)),
    ],
    other: ANY_X,
};
