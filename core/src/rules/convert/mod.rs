//! Rules of the `convert` group (CM350–CM369): what CPAN::Meta::Converter loses or changes
//! without a word when it converts a document to spec 2. Only `cpanmeta convert` (the core's
//! [`crate::convert`]) reports them; `lint` does not run this group.

pub mod convert_deprecated_key_dropped;
pub mod convert_failed;
pub mod convert_field_defaulted;
pub mod convert_key_renamed;
pub mod convert_license_lost;
pub mod convert_module_as_version;
pub mod convert_optional_feature_lost;
pub mod convert_prereq_dropped;
pub mod convert_resource_dropped;
pub mod convert_value_dropped;
pub mod convert_version_changed;

use crate::registry::RuleMeta;

pub static RULES: &[&RuleMeta] = &[
    &convert_failed::RULE,
    &convert_prereq_dropped::RULE,
    &convert_version_changed::RULE,
    &convert_module_as_version::RULE,
    &convert_license_lost::RULE,
    &convert_key_renamed::RULE,
    &convert_resource_dropped::RULE,
    &convert_deprecated_key_dropped::RULE,
    &convert_optional_feature_lost::RULE,
    &convert_field_defaulted::RULE,
    &convert_value_dropped::RULE,
];
