use super::{replace_value, Context, Facts};
use crate::diagnostic::{Applicability, Diagnostic, Location};
use crate::license::vocabulary::Reading;
use crate::model::SpecVersion;

crate::declare_rule! {
    /// ## What it does
    /// Flags a URL written in `license` instead of a license string, and names the string for
    /// the license the URL shows when cpanmeta knows the page.
    ///
    /// ## Why is this bad?
    /// `license` takes a string from the spec's list; the Validator rejects a URL (CM1xx) and
    /// CPAN::Meta reads it as `unknown`. The URL belongs in `resources.license`.
    ///
    /// ## Example
    /// ```yaml
    /// license: http://dev.perl.org/licenses/
    /// ```
    ///
    /// ## How to fix
    /// ```yaml
    /// license: perl
    /// resources:
    ///   license: http://dev.perl.org/licenses/
    /// ```
    ///
    /// `--unsafe-fixes` replaces the URL with the license string it names. The fix is *unsafe*: it
    /// drops the URL from `license` (move it to `resources/license` yourself).
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "license" and "resources"; 1.0 and 1.1 use `license_uri` for the URL.
    pub static RULE = { code: "CM503", name: "license-string-is-url", group: License, severity: Error, modes: StrictOnly, fix: Unsafe }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    if f.vocabulary.is_none() {
        return;
    }
    let old = matches!(
        cx.spec.validator,
        Some(SpecVersion::V1_0 | SpecVersion::V1_1)
    );
    let home = if old {
        "`license_uri`"
    } else {
        "`resources.license`"
    };
    for s in &f.strings {
        let Reading::Url { meant } = &s.reading else {
            continue;
        };
        let message = match meant {
            Some(m) => format!(
                "`license` holds a URL, not a license string; the page shows `{}`",
                m.string
            ),
            None => "`license` holds a URL, not a license string".to_owned(),
        };
        let mut d = Diagnostic::new(&RULE, message, Location::new(s.pointer.clone(), Some(s.node.span)))
            .with_help(format!("write a license string here and put the URL in {home}; CPAN::Meta reads a URL as `unknown`"))
            .with_spec("CPAN::Meta::Spec, \"license\"");
        if let Some(m) = meant {
            let title = format!("Replace the URL with `{}`", m.string);
            if let Some(fix) = replace_value(
                cx,
                s.node,
                &s.written,
                &m.string,
                title,
                Applicability::Unsafe,
            ) {
                d = d.with_fix(fix);
            }
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::SpecVersion;
    use crate::rules::license::testing::run;
    use serde_json::json;

    #[test]
    fn a_url_in_license_names_the_string() {
        let d = run(
            &json!({"license": "http://dev.perl.org/licenses/"}),
            Some(SpecVersion::V1_4),
        );
        let d: Vec<_> = d.iter().filter(|d| d.code == "CM503").collect();
        assert_eq!(
            d[0].message,
            "`license` holds a URL, not a license string; the page shows `perl`"
        );
        assert!(d[0]
            .help
            .as_deref()
            .unwrap()
            .contains("`resources.license`"));
    }
}
