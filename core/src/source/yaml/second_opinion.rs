//! Whether a real YAML 1.2 parser accepts the stream, for files CPAN::Meta::YAML rejects.
//!
//! Uses `saphyr-parser` (see the `## Decision` in the module docs of `source::yaml`). Only the
//! event stream is checked: a stream that parses is valid YAML syntax, whatever a loader would
//! make of its contents.

/// What the second opinion says.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Opinion {
    /// A YAML 1.2 parser reads the stream.
    Valid,
    /// It does not either: its message and the byte offset (in `text`) where it stopped.
    Invalid { message: String, at: usize },
}

/// Runs the parser to the end of the stream.
pub(crate) fn check(text: &str) -> Opinion {
    let mut parser = saphyr_parser::Parser::new_from_str(text);
    while let Some(event) = parser.next_event() {
        if let Err(e) = event {
            // the marker counts characters; turn it into a byte offset
            let at = text
                .char_indices()
                .nth(e.marker().index())
                .map_or(text.len(), |(i, _)| i);
            return Opinion::Invalid {
                message: e.info().to_owned(),
                at,
            };
        }
    }
    Opinion::Valid
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_tags_and_json_are_valid_yaml() {
        assert_eq!(check("---\nname: Foo\nx: &a 1\ny: *a\n"), Opinion::Valid);
        assert_eq!(check("---\nname: !!str Foo\n"), Opinion::Valid);
        assert_eq!(
            check("{\"name\":\"Foo\",\"version\":\"1.0\"}\n"),
            Opinion::Valid
        );
    }

    #[test]
    fn a_colon_and_space_inside_a_plain_value_is_invalid_yaml_too() {
        assert!(matches!(
            check("---\nname: Foo\nabstract: a: b\n"),
            Opinion::Invalid { .. }
        ));
        assert!(matches!(
            check("---\nauthor:\n  - @foo\n"),
            Opinion::Invalid { .. }
        ));
    }
}
