//! The Converter's tables: `%up_convert` (each spec version from the one before) and
//! `%cleanup{2}` (a spec-2 document converted to spec 2).

use super::fields::{
    author_list, change_meta_spec, cleanup_optional_features_2, cleanup_prereqs,
    cleanup_resources_2, generated_by, keep, keep_or_one, keep_or_unknown, license_1, license_2,
    no_index_1_2, no_index_directory, optional_features_1_4, optional_features_as_map,
    prereqs_from_1_field, provides, release_status, resources_1_2, resources_1_3,
    upgrade_optional_features, upgrade_resources_2, url_or_drop, version_map_field,
};
use super::spec::{Custom, Spec};

const DROP_1: &[&str] = &["license_url", "private"];
const DROP_2: &[&str] = &[
    "build_requires",
    "configure_requires",
    "conflicts",
    "distribution_type",
    "license_url",
    "private",
    "recommends",
    "requires",
];

pub(super) static V1_1_FROM_1_0: Spec = Spec {
    fields: &[
        ("version", keep),
        ("name", keep),
        ("build_requires", version_map_field),
        ("conflicts", version_map_field),
        ("distribution_type", keep),
        ("dynamic_config", keep_or_one),
        ("generated_by", generated_by),
        ("license", license_1),
        ("recommends", version_map_field),
        ("requires", version_map_field),
        ("license_url", url_or_drop),
        ("private", keep),
    ],
    drop: &[],
    custom: Custom::Keep,
};

pub(super) static V1_2_FROM_1_1: Spec = Spec {
    fields: &[
        ("version", keep),
        ("license", license_1),
        ("name", keep),
        ("generated_by", generated_by),
        ("abstract", keep_or_unknown),
        ("author", author_list),
        ("meta-spec", change_meta_spec),
        ("build_requires", version_map_field),
        ("conflicts", version_map_field),
        ("distribution_type", keep),
        ("dynamic_config", keep_or_one),
        ("recommends", version_map_field),
        ("requires", version_map_field),
        ("keywords", keep),
        ("no_index", no_index_1_2),
        ("optional_features", optional_features_as_map),
        ("provides", provides),
        ("resources", resources_1_2),
    ],
    drop: DROP_1,
    custom: Custom::Keep,
};

pub(super) static V1_3_FROM_1_2: Spec = Spec {
    fields: &[
        ("abstract", keep_or_unknown),
        ("author", author_list),
        ("generated_by", generated_by),
        ("license", license_1),
        ("meta-spec", change_meta_spec),
        ("name", keep),
        ("version", keep),
        ("build_requires", version_map_field),
        ("conflicts", version_map_field),
        ("distribution_type", keep),
        ("dynamic_config", keep_or_one),
        ("keywords", keep),
        ("no_index", no_index_directory),
        ("optional_features", optional_features_as_map),
        ("provides", provides),
        ("recommends", version_map_field),
        ("requires", version_map_field),
        ("resources", resources_1_3),
    ],
    drop: DROP_1,
    custom: Custom::Keep,
};

pub(super) static V1_4_FROM_1_3: Spec = Spec {
    fields: &[
        ("abstract", keep_or_unknown),
        ("author", author_list),
        ("generated_by", generated_by),
        ("license", license_1),
        ("meta-spec", change_meta_spec),
        ("name", keep),
        ("version", keep),
        ("build_requires", version_map_field),
        ("conflicts", version_map_field),
        ("distribution_type", keep),
        ("dynamic_config", keep_or_one),
        ("keywords", keep),
        ("no_index", no_index_directory),
        ("optional_features", optional_features_1_4),
        ("provides", provides),
        ("recommends", version_map_field),
        ("requires", version_map_field),
        ("resources", resources_1_3),
        ("configure_requires", keep),
    ],
    drop: DROP_1,
    custom: Custom::Keep,
};

pub(super) static V2_FROM_1_4: Spec = Spec {
    fields: &[
        ("abstract", keep_or_unknown),
        ("author", author_list),
        ("generated_by", generated_by),
        ("license", license_2),
        ("meta-spec", change_meta_spec),
        ("name", keep),
        ("version", keep),
        ("dynamic_config", keep_or_one),
        ("release_status", release_status),
        ("keywords", keep),
        ("no_index", no_index_directory),
        ("optional_features", upgrade_optional_features),
        ("provides", provides),
        ("resources", upgrade_resources_2),
        ("description", keep),
        ("prereqs", prereqs_from_1_field),
    ],
    drop: DROP_2,
    custom: Custom::Prefix,
};

pub(super) static CLEANUP_2: Spec = Spec {
    fields: &[
        ("abstract", keep_or_unknown),
        ("author", author_list),
        ("generated_by", generated_by),
        ("license", license_2),
        ("meta-spec", change_meta_spec),
        ("name", keep),
        ("version", keep),
        ("dynamic_config", keep_or_one),
        ("release_status", release_status),
        ("keywords", keep),
        ("no_index", no_index_directory),
        ("optional_features", cleanup_optional_features_2),
        ("provides", provides),
        ("resources", cleanup_resources_2),
        ("description", keep),
        ("prereqs", cleanup_prereqs),
    ],
    drop: DROP_2,
    custom: Custom::Prefix,
};
