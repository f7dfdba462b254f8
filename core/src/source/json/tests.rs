//! The reader as a specification. Perl's messages quoted here come from perl 5.36 /
//! JSON::PP 4.07 (see tests/oracle/json-quirks.jsonl for the full set, checked by
//! tests/json_quirks.rs).

use std::fmt::Write as _;

use super::read;
use crate::source::{Span, Value};

fn codes(bytes: &[u8]) -> Vec<String> {
    read(bytes)
        .diagnostics
        .into_iter()
        .map(|d| d.code)
        .collect()
}

fn text(bytes: &[u8], span: Span) -> &str {
    std::str::from_utf8(&bytes[span.range()]).unwrap()
}

#[test]
fn every_value_and_key_has_the_span_of_its_source_text() {
    let src = br#"{ "name" : "Foo-Bar", "v": [1.40, true, null], "o": {} }"#;
    let root = read(src).root.unwrap();
    assert_eq!(text(src, root.span), std::str::from_utf8(src).unwrap());
    let map = root.value.as_object().unwrap();
    let name = map.entry("name").unwrap();
    assert_eq!(text(src, name.key_span), r#""name""#);
    assert_eq!(text(src, name.value.span), r#""Foo-Bar""#);
    let v = map.get("v").unwrap();
    assert_eq!(text(src, v.span), "[1.40, true, null]");
    let items = v.value.as_array().unwrap();
    assert_eq!(text(src, items[0].span), "1.40");
    assert_eq!(text(src, items[1].span), "true");
    assert_eq!(text(src, items[2].span), "null");
    let Value::Number(n) = &items[0].value else {
        panic!("number")
    };
    assert_eq!((n.raw.as_str(), n.perl.as_str()), ("1.40", "1.4"));
    assert_eq!(text(src, map.get("o").unwrap().span), "{}");
}

#[test]
fn a_well_formed_file_has_no_error_and_no_diagnostics() {
    let r = read(br#"{"name":"Foo-Bar","version":"1.0"}"#);
    assert_eq!(r.perl_error, None);
    assert!(r.diagnostics.is_empty());
}

#[test]
fn duplicate_keys_keep_the_last_value_and_point_at_the_first() {
    let src = br#"{"p":{"x":"1","x":"2","x":"3"}}"#;
    let r = read(src);
    assert_eq!(r.perl_error, None);
    let root = r.root.unwrap();
    assert_eq!(root.pointer("/p/x").unwrap().value.as_str(), Some("3"));
    assert_eq!(r.diagnostics.len(), 2);
    for d in &r.diagnostics {
        assert_eq!(d.code, "CM002");
        assert_eq!(d.location.pointer, "/p/x");
        assert_eq!(d.related[0].location.span, Some(Span::new(6, 9)));
    }
    assert_eq!(r.diagnostics[1].location.span, Some(Span::new(22, 25)));
}

#[test]
fn duplicate_keys_are_found_in_large_objects_too() {
    let mut src = String::from("{");
    for i in 0..100 {
        let _ = write!(src, "\"k{i}\":{i},");
    }
    src.push_str("\"k7\":\"again\"}");
    let r = read(src.as_bytes());
    let root = r.root.unwrap();
    assert_eq!(root.pointer("/k7").unwrap().value.as_str(), Some("again"));
    assert_eq!(root.value.as_object().unwrap().len(), 100);
    assert_eq!(codes(src.as_bytes()), ["CM002"]);
}

/// perl: `malformed JSON string, neither array, object, number, string or atom, at character
/// offset 0 (before "\x{ef}\x{bb}\x{bf}{"...")`.
#[test]
fn a_bom_is_fatal_in_perl_but_the_tree_is_recovered() {
    let src = b"\xEF\xBB\xBF{\"a\":1}";
    let r = read(src);
    assert!(r.perl_error.unwrap().starts_with("malformed JSON string"));
    assert!(r.root.unwrap().pointer("/a").is_some());
    assert_eq!(r.diagnostics.len(), 1);
    let d = &r.diagnostics[0];
    assert_eq!(d.code, "CM003");
    assert!(d.compat_message.as_deref().unwrap().contains("\\x{ef}"));
    assert_eq!(d.location.span, Some(Span::new(0, 3)));
}

/// perl: `unexpected end of string while parsing JSON string, at character offset 8 (before
/// "(end of string)")` — decode_json does not enable `relaxed`.
#[test]
fn trailing_commas_and_comments_are_fatal_but_recovered() {
    let src = b"{\"a\":[1,2,], # note\n \"b\":1,}";
    let r = read(src);
    assert_eq!(
        r.perl_error.as_deref(),
        Some(
            "malformed JSON string, neither array, object, number, string or atom, at character \
             offset 10 (before \"], # note\\n \"b\":1,}\")"
        )
    );
    let root = r.root.unwrap();
    assert_eq!(root.value.as_object().unwrap().len(), 2);
    let spans: Vec<_> = r
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str(), text(src, d.location.span.unwrap())))
        .collect();
    assert_eq!(spans, [("CM008", ","), ("CM008", "# note"), ("CM008", ",")]);
    assert!(r.diagnostics[0].compat_message.is_some());
    assert!(r.diagnostics[1].compat_message.is_none());
    assert_eq!(r.diagnostics[0].location.pointer, "/a");
}

/// perl: `garbage after JSON object, at character offset 9 (before "\n")`.
#[test]
fn trailing_garbage_is_fatal_but_the_object_is_kept() {
    let src = b"{\"a\":1}\n}\n";
    let r = read(src);
    assert_eq!(
        r.perl_error.as_deref(),
        Some("garbage after JSON object, at character offset 9 (before \"\\n\")")
    );
    assert!(r.root.is_some());
    assert_eq!(codes(src), ["CM006"]);
    assert_eq!(r.diagnostics[0].location.span, Some(Span::new(8, 10)));
}

/// perl: `illegal backslash escape sequence in string, at character offset 13 (before
/// "\\xFCrgen"]}")`: Encode's PERLQQ turned the byte 0xFC into the text `\xFC`.
#[test]
fn invalid_utf8_is_reported_at_the_original_byte() {
    let src = b"{\"author\":[\"J\xFCrgen\"]}";
    let r = read(src);
    assert_eq!(
        r.perl_error.as_deref(),
        Some(
            "illegal backslash escape sequence in string, at character offset 13 (before \
             \"\\\\xFCrgen\"]}\")"
        )
    );
    let root = r.root.unwrap();
    assert_eq!(
        root.pointer("/author/0").unwrap().value.as_str(),
        Some("J\u{FFFD}rgen")
    );
    assert_eq!(r.diagnostics.len(), 1);
    assert_eq!(r.diagnostics[0].code, "CM005");
    assert_eq!(r.diagnostics[0].location.span, Some(Span::new(13, 14)));
    assert_eq!(r.diagnostics[0].location.pointer, "/author/0");
    assert!(r.diagnostics[0].compat_message.is_some());
}

#[test]
fn a_noncharacter_is_rejected_like_invalid_utf8() {
    let src = "{\"a\":\"x\u{FFFF}\"}".as_bytes();
    let r = read(src);
    assert!(r.perl_error.is_some());
    assert_eq!(codes(src), ["CM005"]);
    assert!(r.diagnostics[0].message.contains("U+FFFF"));
}

#[test]
fn a_plain_syntax_error_carries_perls_message_at_the_offending_byte() {
    let src = br#"{"name":"Foo-Bar","version":"1.0" "abstract":"x"}"#;
    let r = read(src);
    assert!(r.root.is_none());
    let want = ", or } expected while parsing object/hash, at character offset 34 (before \
                \"\"abstract\":\"x\"}\")";
    assert_eq!(r.perl_error.as_deref(), Some(want));
    let d = &r.diagnostics[0];
    assert_eq!(d.code, "CM001");
    assert_eq!(d.compat_message.as_deref(), Some(want));
    assert_eq!(d.location.span, Some(Span::new(34, 35)));
}

#[test]
fn nesting_deeper_than_512_is_its_own_rule() {
    let deep = format!("{}{}", "[".repeat(513), "]".repeat(513));
    let r = read(deep.as_bytes());
    assert!(r.root.is_none());
    assert_eq!(codes(deep.as_bytes()), ["CM007"]);
    let ok = format!("{}{}", "[".repeat(512), "]".repeat(512));
    assert!(read(ok.as_bytes()).perl_error.is_none());
}

#[test]
fn crlf_line_endings_are_one_note() {
    let src = b"{\r\n  \"a\": 1\r\n}\r\n";
    let r = read(src);
    assert_eq!(r.perl_error, None);
    assert_eq!(codes(src), ["CM004"]);
    assert!(r.diagnostics[0].message.contains("3 of them"));
}

/// Parse::CPAN::Meta: `return $data || {}`.
#[test]
fn a_false_document_reads_as_an_empty_hash() {
    for src in [&b"null"[..], b"false", b"0", b"-0.0", b"\"\"", b"\"0\""] {
        let r = read(src);
        assert_eq!(r.perl_error, None);
        let root = r.root.unwrap();
        assert_eq!(
            root.value.as_object().map(crate::source::Object::len),
            Some(0)
        );
        assert_eq!(codes(src), ["CM009"]);
    }
    let r = read(b"\"00\"");
    assert_eq!(r.root.unwrap().value.as_str(), Some("00"));
}

#[test]
fn utf16_text_reads_like_perl_with_spans_in_the_original_bytes() {
    let src = b"{\0\"\0a\0\"\0:\x001\0}\0";
    let r = read(src);
    assert_eq!(r.perl_error, None);
    let root = r.root.unwrap();
    assert_eq!(root.span, Span::new(0, 14));
    assert_eq!(root.pointer("/a").unwrap().span, Span::new(10, 12));
}

/// Bad input never panics: every prefix and a few mutations of a real file.
#[test]
fn no_input_panics() {
    let base: &[u8] =
        b"\xEF\xBB\xBF{\"a\":[1,-2.5e3,\"\\u00e9\\uD83D\\uDE00\\n\",true,false,null],\r\n\
        \"b\":{\"c\":\"\xC3\xA9\xFF\"},# c\n\"d\":0,}\x00\"";
    for end in 0..=base.len() {
        let _ = read(&base[..end]);
        let _ = read(&base[end..]);
    }
    for (i, b) in base.iter().enumerate() {
        for replacement in [
            b'"',
            b'\\',
            b'{',
            b'[',
            b']',
            b'}',
            b',',
            b':',
            0,
            0xFF,
            b.wrapping_add(1),
        ] {
            let mut mutated = base.to_vec();
            mutated[i] = replacement;
            let _ = read(&mutated);
        }
    }
}

#[test]
fn large_inputs_take_linear_time() {
    // 200k keys in one object and 200k items in one array: quadratic work would not finish.
    let mut src = String::from("{\"o\":{");
    for i in 0..200_000 {
        let _ = write!(src, "\"k{i}\":{i},");
    }
    src.push_str("\"end\":1},\"a\":[");
    src.push_str(&"1,".repeat(200_000));
    src.push_str("1]}");
    let r = read(src.as_bytes());
    assert_eq!(r.perl_error, None);
    assert_eq!(
        r.root
            .unwrap()
            .pointer("/o")
            .unwrap()
            .value
            .as_object()
            .unwrap()
            .len(),
        200_001
    );
}

#[test]
fn the_word_at_a_time_string_scan_stops_where_a_byte_at_a_time_scan_would() {
    // Every special byte at every position of a 20-byte run, after every kind of plain byte.
    let naive = |src: &[u8], j: usize, high: bool| {
        (j..src.len())
            .find(|&i| matches!(src[i], b'"' | b'\\' | 0..=0x1f) || (high && src[i] >= 0x80))
            .unwrap_or(src.len())
    };
    for special in [b'"', b'\\', 0x00, 0x1f, b'\n', 0x80, 0xff] {
        for plain in [b'a', b' ', 0x20, 0x7f, b'!', b'#', b'[', 0xc3] {
            for at in 0..20 {
                let mut src = vec![plain; 20];
                src[at] = special;
                for start in [0, 1, 7] {
                    for high in [false, true] {
                        // It stops at the first special byte, or earlier where fewer than eight
                        // bytes are left (the caller goes on a byte at a time).
                        let got = super::scan::skip_plain(&src, start, high);
                        let want = naive(&src, start, high);
                        assert!(
                            got == want || (got < want && got + 8 > src.len()),
                            "{src:?} from {start}, high {high}: {got} vs {want}"
                        );
                    }
                }
            }
        }
    }
}
