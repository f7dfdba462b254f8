//! CPANTS kwalitee indicators about metadata, versions and licenses, computed from a release
//! archive exactly as Module::CPANTS::Analyse 1.01 (and the CPANTS site's
//! Module::CPANTS::SiteKwalitee plugins) compute them: same names, levels, remedies and verdicts.
//!
//! ```no_run
//! let bytes = std::fs::read("Foo-Bar-1.0.tar.gz").unwrap();
//! let archive = cpanmeta::archive::Archive::read(&bytes, "Foo-Bar-1.0.tar.gz").unwrap();
//! let report = cpanmeta::kwalitee::analyse(&archive);
//! for i in &report.indicators {
//!     println!("{} {} {}", i.name, i.level.as_str(), i.value);
//! }
//! ```
//!
//! The analysis follows CPANTS's own order: the META files ([`meta`]), the file list with
//! MANIFEST.SKIP and `no_index` ([`files`]), provided modules, licenses ([`license`]), then the
//! site's plugins (distribution name and version from the file name, MYMETA files, security and
//! contribution documents). Differences from the reference are listed in docs/kwalitee.md.

mod checks;
mod convert;
pub mod distname;
mod files;
pub mod indicators;
mod license;
mod license_names;
mod lint;
mod maniskip;
mod meta;
mod perl;
pub mod pod_license;
mod security;

use serde::Serialize;
use serde_json::Value as J;

use crate::archive::{Archive, ArchiveFinding};
use crate::source::pointer_of;
pub use checks::CheckFinding;
pub use distname::DistnameInfo;
pub use indicators::{IndicatorMeta, Level, INDICATORS};
pub use lint::{lint_release, ReleaseFile};

/// One fact behind an indicator's verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// The file concerned, relative to the distribution directory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Where in that (META) file, as an RFC 6901 pointer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    pub message: String,
}

impl Finding {
    fn new(file: Option<&str>, pointer: Option<String>, message: impl Into<String>) -> Self {
        Self {
            file: file.map(str::to_owned),
            pointer,
            message: message.into(),
        }
    }
}

/// One indicator's verdict on a release.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Indicator {
    pub name: &'static str,
    pub level: Level,
    /// CPANTS's verdict: `true` is a pass (1), `false` a fail (0).
    pub value: bool,
    pub error: &'static str,
    pub remedy: &'static str,
    /// What the verdict rests on (empty for most passes).
    pub findings: Vec<Finding>,
}

/// CPANTS's records that are not indicators.
#[derive(Clone, Debug, Default, Serialize)]
#[non_exhaustive]
pub struct Records {
    /// `meta_yml_has_duplicate_keys`: CPAN::Meta::YAML's duplicate-key warnings for the META.yml
    /// CPANTS read.
    pub meta_yml_has_duplicate_keys: Vec<String>,
    /// `no_maniskip_error`: MANIFEST.SKIP could not be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maniskip_error: Option<String>,
    /// `extracts_nicely`: one top directory.
    pub extracts_nicely: bool,
    /// `no_pax_headers`.
    pub no_pax_headers: bool,
}

/// Scores as CPANTS counts them: core passes out of core indicators, and so on.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Score {
    pub core: (usize, usize),
    pub extra: (usize, usize),
    pub experimental: (usize, usize),
}

/// Everything cpanmeta computes about a release.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct KwaliteeReport {
    /// The archive's file name.
    pub release: String,
    /// CPAN::DistnameInfo's reading of the file name.
    pub distname: DistnameInfo,
    pub dist_dir: Option<String>,
    /// The META file CPANTS reads as `meta_yml` (META.yml, else META.json, else MYMETA.yml).
    pub meta_file: Option<&'static str>,
    pub indicators: Vec<Indicator>,
    pub records: Records,
    pub score: Score,
    /// Problems of the archive itself.
    pub archive_findings: Vec<ArchiveFinding>,
    /// Checks across the release's files that CPANTS lacks (rules CM880–CM883).
    pub checks: Vec<Check>,
}

/// A finding of a check CPANTS lacks.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Check {
    pub code: &'static str,
    pub rule: &'static str,
    #[serde(flatten)]
    pub finding: Finding,
}

impl KwaliteeReport {
    pub fn indicator(&self, name: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.name == name)
    }
}

/// Computes every indicator for a release archive.
pub fn analyse(archive: &Archive) -> KwaliteeReport {
    let info = distname::parse(&archive.name);
    let info_for_checks = info.clone();
    let meta = meta::analyse(archive);
    let m = meta.meta_yml.as_ref();
    let files = files::analyse(archive, m);
    let lic = license::analyse(archive, &files, m);
    let mut out: Vec<Indicator> = Vec::new();
    let mut push = |name: &'static str, value: bool, findings: Vec<Finding>| {
        let meta = indicators::by_name(name).expect("indicator is in the table");
        out.push(Indicator {
            name,
            level: meta.level,
            value,
            error: meta.error,
            remedy: meta.remedy,
            findings: if value { Vec::new() } else { findings },
        });
    };
    let mf = meta.meta_yml_file;
    let note = |msg: &str| vec![Finding::new(None, None, msg)];

    // Files
    push(
        "has_meta_yml",
        files.has("file_meta_yml"),
        note("META.yml was not found."),
    );
    push(
        "has_meta_json",
        files.has("file_meta_json"),
        note("META.json was not found."),
    );

    // FindModules: `provides` files that are not in the release.
    let mut missing = Vec::new();
    if let Some(provides) = perl::get(m, "provides")
        .filter(|p| perl::truthy(Some(p)))
        .and_then(J::as_object)
    {
        let mut modules: Vec<_> = provides.iter().collect();
        modules.sort_by(|a, b| a.0.cmp(b.0));
        for (module, data) in modules {
            if !data.is_object() {
                continue;
            }
            let file = perl::get(Some(data), "file")
                .filter(|f| perl::truthy(Some(f)))
                .and_then(|f| perl::string(Some(f)))
                .unwrap_or_default();
            if !files.files.contains_key(&file) {
                missing.push(Finding::new(
                    mf,
                    Some(pointer_of(["provides", module, "file"])),
                    format!("{module} is provided by `{file}`, which is not in the distribution"),
                ));
            }
        }
    }
    push("no_missing_files_in_provides", missing.is_empty(), missing);

    // MetaYML. By the time CPANTS computes the indicators, `$d->{meta_yml}` is always a hash:
    // `x_opts` reads `$me->d->{meta_yml}{x_cpants}` first, which autovivifies an empty one when
    // no META file was read. So "No META.yml." never passes these indicators.
    let file_finding = |file: &str, e: &Option<String>| -> Vec<Finding> {
        e.iter()
            .map(|e| Finding::new(Some(file), None, e.clone()))
            .collect()
    };
    push(
        "meta_yml_is_parsable",
        meta.yml_parse_error.is_none(),
        file_finding(
            mf.filter(|f| f.ends_with(".yml")).unwrap_or("META.yml"),
            &meta.yml_parse_error,
        ),
    );
    push(
        "meta_json_is_parsable",
        meta.json_parse_error.is_none(),
        file_finding("META.json", &meta.json_parse_error),
    );
    push(
        "meta_yml_has_provides",
        perl::truthy(perl::get(m, "provides")),
        vec![Finding::new(
            mf,
            None,
            "No \"provides\" was found in META.yml.",
        )],
    );
    let validator = |file: &str| -> Vec<Finding> {
        meta.diagnostics
            .iter()
            .filter(|(f, d)| *f == file && d.compat_message.is_some())
            .map(|(f, d)| {
                Finding::new(
                    Some(f),
                    Some(d.location.pointer.clone()),
                    d.compat_message.clone().unwrap_or_default(),
                )
            })
            .collect()
    };
    let yml_file = if mf == Some("MYMETA.yml") {
        "MYMETA.yml"
    } else {
        "META.yml"
    };
    push(
        "meta_yml_conforms_to_known_spec",
        meta.yml_conforms_error.is_none(),
        validator(yml_file),
    );
    let json_ok = meta.json_parse_error.is_none() && meta.json_conforms_error.is_none();
    let mut json_findings = file_finding("META.json", &meta.json_parse_error);
    json_findings.extend(validator("META.json"));
    push("meta_json_conforms_to_known_spec", json_ok, json_findings);
    let requires = perl::get(m, "requires");
    push(
        "meta_yml_declares_perl_version",
        requires.is_some_and(J::is_object) && perl::truthy(perl::get(requires, "perl")),
        vec![Finding::new(
            mf,
            None,
            if requires.is_some_and(J::is_object) {
                "No \"perl\" subkey was found in META.yml."
            } else {
                "No \"requires\" was found in META.yml."
            },
        )],
    );
    let resources = perl::get(m, "resources");
    push(
        "meta_yml_has_repository_resource",
        resources.is_some_and(J::is_object) && perl::truthy(perl::get(resources, "repository")),
        vec![Finding::new(
            mf,
            None,
            "No \"repository\" subkey was found in META.yml.",
        )],
    );

    // License
    push(
        "meta_yml_has_license",
        license::meta_has_license(m),
        vec![Finding::new(
            mf,
            Some("/license".into()),
            match (m, perl::truthy(perl::get(m, "license"))) {
                (None, _) => "No META.yml.",
                (Some(_), false) => "No license was found in META.yml.",
                (Some(_), true) => "Unknown license was found in META.yml.",
            },
        )],
    );
    push(
        "has_human_readable_license",
        lic.external_license_file.is_some() || lic.license_in_pod,
        note("Neither LICENSE file nor LICENSE section in pod was found."),
    );
    push(
        "has_separate_license_file",
        lic.external_license_file.is_some(),
        note("No LICENSE file was found."),
    );
    push(
        "has_license_in_source_file",
        lic.license_in_pod,
        note("LICENSE section was not found in the pod."),
    );
    push(
        "has_known_license_in_source_file",
        lic.license_in_pod && !lic.licenses.is_empty(),
        note("LICENSE section was not found in the pod, or the license information was not recognized by Software::License."),
    );

    // SiteKwalitee
    let dist = info.dist.clone().unwrap_or_default();
    let meta_name =
        perl::string(perl::get(m, "name").filter(|n| perl::truthy(Some(n)))).unwrap_or_default();
    let empty_meta = m.is_none_or(|v| v.as_object().is_some_and(serde_json::Map::is_empty));
    push(
        "distname_matches_name_in_meta",
        empty_meta || meta_name == dist,
        vec![Finding::new(
            mf,
            Some("/name".into()),
            format!("The distribution name ({dist}) doesn't match the name in META ({meta_name})."),
        )],
    );
    push(
        "has_version",
        info.version.is_some(),
        note(&format!(
            "This distribution ({}) doesn't have a version number.",
            info.distvname.as_deref().unwrap_or(&archive.name)
        )),
    );
    let proper = info.version.as_deref().is_some_and(is_proper_version);
    push(
        "has_proper_version",
        proper,
        note(&match &info.version {
            None => "This distribution doesn't have a version number.".to_owned(),
            Some(v) => format!(
                "The version ({}) doesn't look like a number.",
                v.strip_suffix("-TRIAL").unwrap_or(v)
            ),
        }),
    );
    let mymeta: Vec<Finding> = ["file_mymeta_yml", "file_mymeta_json"]
        .iter()
        .flat_map(|k| files.special.get(k).into_iter().flatten())
        .map(|f| Finding::new(Some(f), None, format!("{f} is in the release")))
        .collect();
    push("no_mymeta_files", mymeta.is_empty(), mymeta);
    let security: Vec<&String> = files
        .files
        .keys()
        .filter(|f| security::is_security_doc(f))
        .collect();
    push(
        "has_security_doc",
        !security.is_empty(),
        note("This distribution has no documentation about security policy."),
    );
    let contact = security.iter().any(|f| {
        archive
            .content(f)
            .is_some_and(|t| !security::contacts(t).is_empty())
    });
    push(
        "security_doc_contains_contact",
        contact,
        note("This distribution has no documentation about security policy or the documentation has no contact."),
    );
    push(
        "has_contributing_doc",
        files.files.keys().any(|f| security::is_contributing_doc(f)),
        note("This distribution has no documentation about contribution."),
    );

    // Keep CPANTS's order of definition.
    out.sort_by_key(|i| INDICATORS.iter().position(|m| m.name == i.name));
    let mut score = Score::default();
    for i in &out {
        let slot = match i.level {
            Level::Core => &mut score.core,
            Level::Extra => &mut score.extra,
            Level::Experimental => &mut score.experimental,
        };
        slot.0 += usize::from(i.value);
        slot.1 += 1;
    }
    KwaliteeReport {
        release: archive.name.clone(),
        distname: info,
        dist_dir: archive.dist_dir.clone(),
        meta_file: mf,
        indicators: out,
        records: Records {
            meta_yml_has_duplicate_keys: meta.duplicate_keys.clone(),
            maniskip_error: files.maniskip_error.clone(),
            extracts_nicely: archive.dist_dir.is_some(),
            no_pax_headers: !archive
                .findings
                .iter()
                .any(|f| f.kind == crate::archive::FindingKind::PaxHeader),
        },
        score,
        archive_findings: archive.findings.clone(),
        checks: checks::run(archive, &info_for_checks)
            .into_iter()
            .map(|c| Check {
                code: c.rule.code,
                rule: c.rule.name,
                finding: Finding {
                    file: c.file,
                    pointer: c.pointer,
                    message: c.message,
                },
            })
            .collect(),
    }
}

/// `/\A v? \d+ (?:\.\d+)* (?:_\d+)? (\-TRIAL)?\z/xi`.
fn is_proper_version(v: &str) -> bool {
    let lower = v.to_ascii_lowercase();
    let v = lower.strip_suffix("-trial").unwrap_or(&lower);
    let v = v.strip_prefix('v').unwrap_or(v);
    let (main, dev) = match v.split_once('_') {
        Some((m, d)) => (m, Some(d)),
        None => (v, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    main.split('.').all(digits) && dev.is_none_or(digits)
}

#[cfg(test)]
mod tests;
