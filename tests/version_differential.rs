//! Differential property test: random version strings, pairs, JSON numbers and ranges, generated
//! by a fixed-seed PRNG, answered by the system perl (version.pm + CPAN::Meta::Requirements via
//! tests/oracle/version_differential.pl, one perl process for the whole run) and by our
//! implementation. Every answer must agree. Skips with a message when perl or its modules are
//! absent.

use std::io::Write;
use std::process::{Command, Stdio};

use cpanmeta::version::{is_lax, is_strict, Range, Version, VersionWarning};
use cpanmeta_tests::repo_root;
use serde_json::{json, Value};

/// splitmix64: small, deterministic, good enough to spread cases.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
    fn digits(&mut self, max: u64) -> String {
        let n = 1 + self.below(max);
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
}

/// A string made of the characters version.pm cares about, and a few it does not.
fn noisy_version(rng: &mut Rng) -> String {
    const ALPHABET: &[&str] = &[
        "0", "1", "2", "3", "5", "9", "0", "1", "4", "7", ".", ".", ".", "_", "v", " ", "a", "-",
        ",", "\t", "e", ";", "{",
    ];
    match rng.below(10) {
        0 => {
            ["undef", "", "0", "v", ".", "1.", ".5", "00", "0.0"][rng.below(9) as usize].to_owned()
        }
        1 => format!("{}.{}", rng.digits(12), rng.digits(12)),
        2 => format!("v{}", rng.digits(12)),
        3..=6 => valid_version(rng),
        _ => {
            let len = 1 + rng.below(9);
            (0..len).map(|_| rng.pick(ALPHABET)).collect()
        }
    }
}

/// A version version.pm (usually) accepts: decimal or dotted, sometimes alpha or with leading
/// zeros.
fn valid_version(rng: &mut Rng) -> String {
    let int = if rng.below(8) == 0 {
        format!("0{}", rng.digits(2))
    } else {
        rng.digits(3)
    };
    match rng.below(4) {
        0 => int,
        1 => {
            let frac = rng.digits(7);
            if rng.below(4) == 0 && frac.len() > 1 {
                let cut = 1 + rng.below(frac.len() as u64 - 1) as usize;
                format!("{int}.{}_{}", &frac[..cut], &frac[cut..])
            } else {
                format!("{int}.{frac}")
            }
        }
        _ => {
            let n = 1 + rng.below(4);
            let mut s = if rng.below(2) == 0 {
                format!("v{int}")
            } else {
                int
            };
            for i in 0..n {
                let sep = if i + 1 == n && rng.below(6) == 0 {
                    "_"
                } else {
                    "."
                };
                s.push_str(sep);
                s.push_str(&rng.digits(4));
            }
            s
        }
    }
}

fn json_number(rng: &mut Rng) -> String {
    let sign = if rng.below(10) == 0 { "-" } else { "" };
    match rng.below(6) {
        0 => format!("{sign}{}{}", 1 + rng.below(9), rng.digits(21)),
        1 => format!("{sign}{}e{}", rng.below(10), rng.below(25)),
        2 => format!(
            "{sign}{}.{}e-{}",
            rng.below(10),
            rng.digits(3),
            rng.below(5)
        ),
        _ => format!("{sign}{}.{}", rng.below(100), rng.digits(13)),
    }
}

fn range_string(rng: &mut Rng) -> String {
    const OPS: &[&str] = &["", ">= ", ">=", "> ", "<= ", "< ", "== ", "!= ", " >= "];
    let n = 1 + rng.below(3);
    (0..n)
        .map(|_| {
            let v = if rng.below(5) == 0 {
                "0".to_owned()
            } else {
                small_version(rng)
            };
            format!("{}{v}", rng.pick(OPS))
        })
        .collect::<Vec<_>>()
        .join(if rng.below(3) == 0 { "," } else { ", " })
}

/// Versions from a small pool, so ranges often touch and contradict each other.
fn small_version(rng: &mut Rng) -> String {
    [
        "1", "1.0", "1.5", "1.50", "2", "2.0.0", "v1.5.0", "0.9", "1.10", "1.9", "3", ".5", "1.2.3",
    ][rng.below(13) as usize]
        .to_owned()
}

fn parse_info(r: Result<(Version, Vec<VersionWarning>), cpanmeta::version::VersionError>) -> Value {
    match r {
        Ok((v, w)) => json!({
            "stringify": v.stringify(), "normal": v.normal(), "numify": v.numify(),
            "is_alpha": v.is_alpha(), "is_qv": v.is_qv(), "warnings": w.len(),
        }),
        Err(e) => json!({ "error": e.to_string(), "warnings": 0 }),
    }
}

fn cmr(a: &str, b: Option<&str>, probe: Option<&[String]>) -> Value {
    let range = Range::parse(a).and_then(|r| match b {
        Some(b) => Range::parse(b).map(|o| r.intersect(&o)),
        None => Ok(r),
    });
    match range {
        Err(e) => json!({ "ok": false, "error": e.message }),
        Ok(r) if r.is_empty() => {
            json!({ "ok": false, "reason": r.empty_reason().unwrap_or_default() })
        }
        Ok(r) => {
            let string = r.constraint().map(|_| r.to_string());
            let mut out = json!({ "ok": true, "string": string });
            if let Some(p) = probe {
                let acc: Vec<bool> = p
                    .iter()
                    .map(|v| Version::parse(v).is_ok_and(|v| r.accepts(&v)))
                    .collect();
                out["accepts"] = json!(acc);
            }
            out
        }
    }
}

/// Whether perl's answer and ours agree. CPAN::Meta::Requirements' "illegal requirements" error
/// carries a stack trace, so for those only the reason is compared.
fn agrees(perl: &Value, ours: &Value) -> bool {
    if let Some(reason) = ours.get("reason").and_then(Value::as_str) {
        return perl["ok"] == json!(false)
            && perl["error"]
                .as_str()
                .is_some_and(|e| e.contains(&format!(": {reason}")));
    }
    let strip = |v: &Value| {
        let mut v = v.clone();
        if let Some(o) = v.as_object_mut() {
            o.retain(|_, x| !x.is_null());
        }
        v
    };
    strip(perl) == strip(ours)
}

#[test]
fn random_versions_and_ranges_agree_with_perl() {
    let script = repo_root().join("tests/oracle/version_differential.pl");
    let child = Command::new("perl")
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("SKIPPED version differential: no perl on PATH");
        return;
    };
    let mut rng = Rng(0x00C0_FFEE_2025);
    let mut requests: Vec<Value> = Vec::new();
    for _ in 0..8000 {
        requests.push(json!({"k": "v", "s": noisy_version(&mut rng)}));
    }
    for _ in 0..4000 {
        requests
            .push(json!({"k": "c", "a": valid_version(&mut rng), "b": valid_version(&mut rng)}));
    }
    for _ in 0..2000 {
        requests.push(json!({"k": "n", "raw": json_number(&mut rng)}));
    }
    for _ in 0..2000 {
        let a = range_string(&mut rng);
        let b = if rng.below(2) == 0 {
            Some(range_string(&mut rng))
        } else {
            None
        };
        let probe: Vec<String> = (0..4).map(|_| small_version(&mut rng)).collect();
        requests.push(json!({"k": "r", "a": a, "b": b, "probe": probe}));
    }
    let mut input = String::new();
    for r in &requests {
        input.push_str(&r.to_string());
        input.push('\n');
    }
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("perl ran");
    let wrote = writer.join().expect("writer");
    if !output.status.success() || wrote.is_err() {
        let err = String::from_utf8_lossy(&output.stderr);
        if err.contains("Can't locate") {
            eprintln!("SKIPPED version differential: perl lacks version.pm or CPAN::Meta ({err})");
            return;
        }
        panic!("perl oracle failed: {err}");
    }
    let answers: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("perl answer is JSON"))
        .collect();
    assert_eq!(answers.len(), requests.len(), "one answer per request");

    let mut failures = Vec::new();
    for (q, perl) in requests.iter().zip(&answers) {
        let str_of = |k: &str| q[k].as_str().unwrap_or_default().to_owned();
        let ours = match q["k"].as_str() {
            Some("v") => {
                let s = str_of("s");
                let mut o = parse_info(Version::parse_with_warnings(&s));
                o["is_lax"] = is_lax(&s).into();
                o["is_strict"] = is_strict(&s).into();
                o["cmr"] = cmr(&s, None, None);
                if let (Some(p), Some(c)) = (perl.get("cmr"), o.get("cmr")) {
                    if agrees(p, c) {
                        o["cmr"] = p.clone();
                    }
                }
                o
            }
            Some("c") => match (Version::parse(&str_of("a")), Version::parse(&str_of("b"))) {
                (Ok(a), Ok(b)) => json!({"cmp": a.cmp(&b) as i8}),
                _ => json!({"cmp": null}),
            },
            Some("n") => parse_info(Version::parse_json_number(&str_of("raw"))),
            _ => {
                let probe: Vec<String> = q["probe"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|v| v.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default();
                cmr(&str_of("a"), q["b"].as_str(), Some(&probe))
            }
        };
        if !agrees(perl, &ours) {
            failures.push(format!("{q}\n  perl: {perl}\n  ours: {ours}"));
        }
    }
    eprintln!(
        "version differential: {}/{} random cases agree with perl (version.pm, CPAN::Meta::Requirements)",
        requests.len() - failures.len(),
        requests.len()
    );
    let shown: Vec<_> = failures.iter().take(25).cloned().collect();
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        shown.join("\n")
    );
}
