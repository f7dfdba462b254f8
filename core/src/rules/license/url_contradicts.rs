use super::{Context, Facts};
use crate::diagnostic::{Diagnostic, Location};
use crate::license::expression::License;
use crate::license::urls;
use crate::source::Node;

crate::declare_rule! {
    /// ## What it does
    /// Recognises common license URLs in `resources.license` (and 1.x `license_uri`) — Perl's
    /// license page, the OSI, GNU, Apache, Mozilla, Perl Foundation and SPDX list pages — and
    /// flags a URL whose license none of the `license` strings (nor `x_spdx_expression`) allows.
    ///
    /// ## Why is this bad?
    /// A link to the GPL text beside `license: [artistic_2]` leaves readers unsure which applies;
    /// usually one of them was copied from another distribution and not updated.
    ///
    /// ## Example
    /// ```json
    /// { "license": ["artistic_2"], "resources": { "license": ["http://dev.perl.org/licenses/"] } }
    /// ```
    ///
    /// ## How to fix
    /// Link the license you declare (`https://www.perlfoundation.org/artistic-license-20.html`
    /// for `artistic_2`), or correct `license`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "resources" ("license: a list of URLs for the license(s) the
    /// distribution is released under").
    pub static RULE = { code: "CM520", name: "license-url-contradicts-license", group: License, severity: Warning, modes: StrictOnly }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    if f.entries.is_empty() {
        return;
    }
    let mut urls: Vec<(String, &Node)> = Vec::new();
    if let Some(node) = cx
        .map
        .get("resources")
        .and_then(|r| r.value.as_object())
        .and_then(|r| r.get("license"))
    {
        match &node.value {
            crate::source::Value::Array(items) => {
                urls.extend(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, n)| (format!("/resources/license/{i}"), n)),
                );
            }
            _ => urls.push(("/resources/license".to_owned(), node)),
        }
    }
    if let Some(node) = cx.map.get("license_uri") {
        urls.push(("/license_uri".to_owned(), node));
    }
    let expression_ids: Vec<&str> = match &f.x_spdx {
        Some((_, Some(c))) if c.normalised.is_some() => c
            .terms
            .iter()
            .filter_map(|t| match &t.license {
                License::Spdx(id) => Some(id.as_str()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    for (pointer, node) in urls {
        let Some(url) = node.value.as_str() else {
            continue;
        };
        let Some(shown) = urls::recognise(url) else {
            continue;
        };
        if f.entries.iter().any(|e| urls::agrees(&shown, e)) {
            continue;
        }
        if urls::ids(&shown).any(|id| expression_ids.contains(&id)) {
            continue;
        }
        let names: Vec<String> = shown
            .patterns
            .iter()
            .map(|p| p.trim_end_matches('*').trim_end_matches('-').to_owned())
            .collect();
        let declared: Vec<String> = f
            .entries
            .iter()
            .map(|e| format!("`{}` ({})", e.string, e.spdx))
            .collect();
        let mut d = Diagnostic::new(
            &RULE,
            format!(
                "the license URL shows {} but `license` says {}",
                names.join(" / "),
                declared.join(", ")
            ),
            Location::new(pointer, Some(node.span)),
        )
        .with_help("link the license the distribution declares, or correct `license`");
        if let Some(l) = cx.map.get("license") {
            d = d.with_related(
                "`license` declared here",
                Location::new("/license", Some(l.span)),
            );
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::run;
    use crate::model::SpecVersion;
    use serde_json::json;

    #[test]
    fn urls_of_other_licenses_contradict() {
        let d = run(
            &json!({"license": ["artistic_2"], "resources": {"license": ["http://dev.perl.org/licenses/"]}}),
            Some(SpecVersion::V2),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].message, "the license URL shows Artistic-1.0-Perl / GPL-1.0-or-later but `license` says `artistic_2` (Artistic-2.0)");
        assert_eq!(d[0].location.pointer, "/resources/license/0");
        assert!(run(
            &json!({"license": "perl", "resources": {"license": "http://dev.perl.org/licenses/"}}),
            Some(SpecVersion::V1_4)
        )
        .is_empty());
        assert!(run(&json!({"license": "gpl", "license_uri": "http://www.gnu.org/licenses/gpl.html", "x_spdx_expression": "GPL-3.0-only"}), Some(SpecVersion::V1_1)).is_empty());
    }
}
