use super::{span_within, Context, Facts};
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::license::expression::License;

crate::declare_rule! {
    /// ## What it does
    /// Notes `LicenseRef-` terms in `x_spdx_expression` (licenses outside the SPDX list), and
    /// warns about `DocumentRef-` prefixes, which refer to another SPDX document.
    ///
    /// ## Why it matters
    /// A `LicenseRef-` is valid SPDX, but only its name reaches an SBOM: consumers need the
    /// license text from the distribution, and cpanmeta cannot check it against `license`. A
    /// META file is not an SPDX document, so a `DocumentRef-` in it points nowhere.
    ///
    /// ## Example
    /// ```json
    /// { "license": ["restricted"], "x_spdx_expression": "DocumentRef-legal:LicenseRef-Acme" }
    /// ```
    ///
    /// ## How to fix
    /// Keep `LicenseRef-<name>` for a license that really is not on the SPDX list, and ship its
    /// text (a LICENSE file). Drop the `DocumentRef-…:` prefix.
    ///
    /// ## Reference
    /// SPDX specification, "Other licensing information detected" and Annex D.
    pub static RULE = { code: "CM513", name: "spdx-license-ref", group: License, severity: Info, modes: StrictOnly }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    let Some((node, Some(checked))) = &f.x_spdx else {
        return;
    };
    let Some(text) = node.value.as_str() else {
        return;
    };
    for t in &checked.terms {
        let License::Ref(r) = &t.license else {
            continue;
        };
        let span = span_within(cx, node, text, &t.range);
        let location = Location::new("/x_spdx_expression", Some(span));
        let d = if r.starts_with("DocumentRef-") {
            Diagnostic::new(
                &RULE,
                format!("`{r}` refers to another SPDX document, which a META file cannot carry"),
                location,
            )
            .with_severity(Severity::Warning)
            .with_help(
                "write the plain `LicenseRef-…` and ship the license text in the distribution",
            )
        } else {
            Diagnostic::new(&RULE, format!("`{r}` is a license outside the SPDX list; consumers get only its name"), location)
                .with_help("ship the license text in the distribution; use an SPDX id instead if the license is on the list")
        };
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::run;
    use crate::diagnostic::Severity;
    use crate::model::SpecVersion;
    use serde_json::json;

    #[test]
    fn references_are_noted_and_document_refs_warned() {
        let d = run(
            &json!({"license": ["restricted"], "x_spdx_expression": "LicenseRef-Acme"}),
            Some(SpecVersion::V2),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            (d[0].code.as_str(), d[0].severity),
            ("CM513", Severity::Info)
        );
        let d = run(
            &json!({"license": ["restricted"], "x_spdx_expression": "DocumentRef-x:LicenseRef-Acme"}),
            Some(SpecVersion::V2),
        );
        assert_eq!(d[0].severity, Severity::Warning);
    }
}
