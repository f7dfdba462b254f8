//! `check_map` and `check_list`: the Validator's walk over the data, driven by the tables.
//!
//! The walk keeps the Validator's `stack` (its `(a -> b -> c)` path: map keys, and for list items
//! the item itself, `$value || "<undef>"`) alongside the JSON pointer and spans, but only turns
//! them into text when a fault is reported, so a valid document costs no allocation but the
//! frame stack.

use super::checks::{check_key, check_value, Fault, Scope};
use super::perl::{stringify, truthy};
use super::tables::{Action, MapSpec, ValueCheck};
use crate::diagnostic::{Diagnostic, Location};
use crate::source::{escape_pointer_token, Node, Span, Value};

/// Initial capacity of the frame stack: the deepest path the tables describe is five steps
/// (`optional_features -> f -> prereqs -> runtime -> requires -> Module`, plus one). The walk
/// only descends where a table does, so its recursion is bounded by the tables, not the input.
const DEPTH: usize = 8;

/// One step of the path.
struct Frame<'a> {
    token: Token<'a>,
    label: Label<'a>,
}

enum Token<'a> {
    Key(&'a str),
    Index(usize),
}

/// What the Validator pushes on its stack.
enum Label<'a> {
    Key(&'a str),
    /// A list item: `$value || "<undef>"`.
    Item(&'a Value),
}

pub(crate) struct Walker<'a, 'o> {
    scope: Scope<'a>,
    /// `$self->{spec}`, as the Validator prints it in `[Validation: ...]`.
    spec_text: &'a str,
    frames: Vec<Frame<'a>>,
    /// Whether `$self->{stack}` exists yet: before the first push the Validator adds no path.
    stack_exists: bool,
    out: &'o mut Vec<Diagnostic>,
}

impl<'a, 'o> Walker<'a, 'o> {
    pub(crate) fn new(scope: Scope<'a>, spec_text: &'a str, out: &'o mut Vec<Diagnostic>) -> Self {
        Self {
            scope,
            spec_text,
            frames: Vec::with_capacity(DEPTH),
            stack_exists: false,
            out,
        }
    }

    /// `check_map($spec, $data)`.
    pub(crate) fn check_map(&mut self, spec: &'static MapSpec, node: &'a Node) {
        let Value::Object(map) = &node.value else {
            return self.report(Fault::ExpectedMap, node.span);
        };
        for field in spec.fields.iter().filter(|f| f.mandatory) {
            if map.get(field.key).is_none_or(|v| v.value.is_null()) {
                self.push(Token::Key(field.key), Label::Key(field.key));
                self.report(Fault::Missing { key: field.key }, node.span);
                self.frames.pop();
            }
        }
        for entry in map.iter() {
            let key = entry.key.as_str();
            self.push(Token::Key(key), Label::Key(key));
            let action = if let Some(action) = spec.lookup(key) {
                *action
            } else {
                if let Some(fault) = check_key(spec.other.name, key) {
                    self.report(fault, entry.key_span);
                }
                spec.other.action
            };
            self.run(action, key, &entry.value);
            self.frames.pop();
        }
    }

    /// `check_list($spec, $data)`; every list in the tables is `{ value => \&check }`.
    fn check_list(&mut self, check: ValueCheck, node: &'a Node) {
        let Value::Array(items) = &node.value else {
            return self.report(Fault::ExpectedList, node.span);
        };
        for (i, item) in items.iter().enumerate() {
            self.push(Token::Index(i), Label::Item(&item.value));
            self.value(check, "list", item);
            self.frames.pop();
        }
    }

    fn run(&mut self, action: Action, key: &'a str, node: &'a Node) {
        match action {
            Action::Value(check) => self.value(check, key, node),
            Action::Map(spec) => self.check_map(spec, node),
            Action::List(check) => self.check_list(check, node),
        }
    }

    fn value(&mut self, check: ValueCheck, key: &'a str, node: &'a Node) {
        let mut faults = Vec::new();
        check_value(check, key, &node.value, &self.scope, &mut |f| {
            faults.push(f);
        });
        for fault in faults {
            self.report(fault, node.span);
        }
    }

    fn push(&mut self, token: Token<'a>, label: Label<'a>) {
        self.stack_exists = true;
        self.frames.push(Frame { token, label });
    }

    /// `_error`: the message with the path and the spec version appended, as one diagnostic.
    pub(crate) fn report(&mut self, fault: Fault<'_>, span: Span) {
        let mut compat = fault.validator_text();
        if self.stack_exists {
            compat.push_str(" (");
            for (i, frame) in self.frames.iter().enumerate() {
                if i > 0 {
                    compat.push_str(" -> ");
                }
                compat.push_str(match frame.label {
                    Label::Key(k) => k,
                    Label::Item(v) if truthy(v) => stringify(v),
                    Label::Item(_) => "<undef>",
                });
            }
            compat.push(')');
        }
        compat.push_str(" [Validation: ");
        compat.push_str(self.spec_text);
        compat.push(']');
        let mut pointer = String::new();
        for frame in &self.frames {
            pointer.push('/');
            match frame.token {
                Token::Key(k) => pointer.push_str(&escape_pointer_token(k)),
                Token::Index(i) => pointer.push_str(&i.to_string()),
            }
        }
        self.emit(&fault, compat, pointer, span);
    }

    /// Reports a fault located at `pointer` although the Validator gives it no path (an unknown
    /// spec version is the `meta-spec.version` value's fault, reported before the walk starts).
    pub(crate) fn report_at(&mut self, fault: Fault<'_>, pointer: &str, span: Span) {
        let compat = format!(
            "{} [Validation: {}]",
            fault.validator_text(),
            self.spec_text
        );
        self.emit(&fault, compat, pointer.to_owned(), span);
    }

    fn emit(&mut self, fault: &Fault<'_>, compat: String, pointer: String, span: Span) {
        let location = Location::new(pointer, Some(span));
        self.out
            .push(super::faults::diagnostic(fault, location, compat));
    }
}
