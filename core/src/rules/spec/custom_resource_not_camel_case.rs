//! `CM118` custom-resource-not-camel-case: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// In spec 1.x documents, flags a custom key in `resources` (one other than `license`, `homepage`,
    /// `bugtracker`, `repository`) that is not CamelCase letters and underscores with at least one
    /// capital.
    ///
    /// ## Why it matters
    /// The 1.x spec reserves lowercase resource names for itself; `irc` or `mailing_list` are rejected.
    ///
    /// ## Example
    /// ```yaml
    /// resources:
    ///   irc: irc://irc.perl.org/#foo
    /// ```
    /// CPAN::Meta::Validator: `Custom resource 'irc' must be in CamelCase. (resources -> irc) [Validation: 1.4]`
    ///
    /// ## How to fix
    /// Rename it in CamelCase (`IRC`, `MailingList`), or move to spec 2 and use `x_irc`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 1.4, "resources".
    pub static RULE = {
        code: "CM118", name: "custom-resource-not-camel-case", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, key: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("custom resource `{key}` is not CamelCase"),
        location,
    )
    .with_help(
        "custom 1.x resources are CamelCase letters with at least one capital, e.g. `MailingList`",
    )
}
