//! The meta-spec version a document is validated against.

/// The versions of CPAN::Meta::Spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum SpecVersion {
    #[serde(rename = "1.0")]
    V1_0,
    #[serde(rename = "1.1")]
    V1_1,
    #[serde(rename = "1.2")]
    V1_2,
    #[serde(rename = "1.3")]
    V1_3,
    #[serde(rename = "1.4")]
    V1_4,
    #[serde(rename = "2")]
    V2,
}

impl SpecVersion {
    pub fn as_str(self) -> &'static str {
        match self {
            SpecVersion::V1_0 => "1.0",
            SpecVersion::V1_1 => "1.1",
            SpecVersion::V1_2 => "1.2",
            SpecVersion::V1_3 => "1.3",
            SpecVersion::V1_4 => "1.4",
            SpecVersion::V2 => "2",
        }
    }

    /// The Validator's key for a `meta-spec.version` string, exactly (`"2"`, `"1.4"` ...).
    pub fn from_validator_key(s: &str) -> Option<Self> {
        Some(match s {
            "1.0" => SpecVersion::V1_0,
            "1.1" => SpecVersion::V1_1,
            "1.2" => SpecVersion::V1_2,
            "1.3" => SpecVersion::V1_3,
            "1.4" => SpecVersion::V1_4,
            "2" => SpecVersion::V2,
            _ => return None,
        })
    }
}

/// The spec version the Validator uses for a document and the one CPAN::Meta::Converter infers.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct SpecChoice {
    /// `meta-spec.version || "1.0"` as the Validator computes it (Perl's string).
    pub declared: String,
    /// The spec the Validator validates with; `None` when it knows no such version.
    pub validator: Option<SpecVersion>,
    /// What CPAN::Meta::Converter's `_extract_spec_version` infers.
    pub converter: Option<SpecVersion>,
}

impl SpecChoice {
    /// SKELETON: computed as the Validator and Converter do (replaced by the Validator work).
    pub fn of(_map: &crate::source::Object) -> Self {
        todo!("SKELETON spec choice")
    }
}
