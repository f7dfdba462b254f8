//! Release archives: one rule per CPANTS kwalitee indicator (CM800–CM821, named after the
//! indicator), the archive's own problems (CM850–CM856) and checks across a release's files that
//! CPANTS lacks (CM880–CM883, strict mode only: compat mode is the Perl tools' judgement, which
//! includes CPANTS's indicators and the archive's reading problems). They run on release archives only, through
//! [`crate::kwalitee::lint_release`]; each rule's documentation is its doc comment.

pub mod archive_limit;
pub mod archive_link;
pub mod archive_nested;
pub mod archive_path_traversal;
pub mod archive_pax_header;
pub mod archive_truncated;
pub mod archive_unsupported_member;
pub mod distname_matches_name_in_meta;
pub mod has_contributing_doc;
pub mod has_human_readable_license;
pub mod has_known_license_in_source_file;
pub mod has_license_in_source_file;
pub mod has_meta_json;
pub mod has_meta_yml;
pub mod has_proper_version;
pub mod has_security_doc;
pub mod has_separate_license_file;
pub mod has_version;
pub mod license_file_mismatch;
pub mod meta_files_disagree;
pub mod meta_json_conforms_to_known_spec;
pub mod meta_json_is_parsable;
pub mod meta_yml_conforms_to_known_spec;
pub mod meta_yml_declares_perl_version;
pub mod meta_yml_has_license;
pub mod meta_yml_has_provides;
pub mod meta_yml_has_repository_resource;
pub mod meta_yml_is_parsable;
pub mod no_missing_files_in_provides;
pub mod no_mymeta_files;
pub mod provides_version_mismatch;
pub mod release_version_mismatch;
pub mod security_doc_contains_contact;

use crate::registry::RuleMeta;

/// Every kwalitee-group rule, in code order.
pub static RULES: &[&RuleMeta] = &[
    &has_meta_yml::RULE,
    &has_meta_json::RULE,
    &no_missing_files_in_provides::RULE,
    &meta_yml_is_parsable::RULE,
    &meta_json_is_parsable::RULE,
    &meta_yml_has_provides::RULE,
    &meta_yml_conforms_to_known_spec::RULE,
    &meta_json_conforms_to_known_spec::RULE,
    &meta_yml_declares_perl_version::RULE,
    &meta_yml_has_repository_resource::RULE,
    &meta_yml_has_license::RULE,
    &has_human_readable_license::RULE,
    &has_separate_license_file::RULE,
    &has_license_in_source_file::RULE,
    &has_known_license_in_source_file::RULE,
    &distname_matches_name_in_meta::RULE,
    &has_version::RULE,
    &has_proper_version::RULE,
    &no_mymeta_files::RULE,
    &has_security_doc::RULE,
    &security_doc_contains_contact::RULE,
    &has_contributing_doc::RULE,
    &archive_path_traversal::RULE,
    &archive_link::RULE,
    &archive_limit::RULE,
    &archive_truncated::RULE,
    &archive_nested::RULE,
    &archive_pax_header::RULE,
    &archive_unsupported_member::RULE,
    &release_version_mismatch::RULE,
    &provides_version_mismatch::RULE,
    &meta_files_disagree::RULE,
    &license_file_mismatch::RULE,
];

/// The rule of a CPANTS indicator.
pub fn for_indicator(name: &str) -> Option<&'static RuleMeta> {
    let kebab = name.replace('_', "-");
    RULES.iter().copied().find(|r| r.name == kebab)
}
