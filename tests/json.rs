#![cfg(not(target_arch = "wasm32"))]
//! The app's JSON reader against serde_json, which it replaced in the wasm.
//!
//! Banks, saved progress and the settings block were read by serde_json, and
//! its error messages were shown to bank editors and host pages. So the two
//! must agree on every text: the same verdict, the same value, and for a
//! refusal the same message, line and column.

use partner_radar::domain::json::{parse, to_json, Number, Value};
use proptest::prelude::*;

/// Where the two readers differ on `text`, if anywhere.
fn disagreement(text: &str) -> Option<String> {
    let ours = parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    let agree = match (&ours, &theirs) {
        (Ok(a), Ok(b)) => same(a, b),
        (Err(a), Err(b)) => {
            a.to_string() == b.to_string() && (a.line(), a.column()) == (b.line(), b.column())
        }
        _ => false,
    };
    (!agree).then(|| format!("{text:?}\n  ours:       {ours:?}\n  serde_json: {theirs:?}"))
}

fn check(text: &str) {
    if let Some(difference) = disagreement(text) {
        panic!("{difference}");
    }
}

fn same(ours: &Value, theirs: &serde_json::Value) -> bool {
    use serde_json::Value as S;
    match (ours, theirs) {
        (Value::Null, S::Null) => true,
        (Value::Bool(a), S::Bool(b)) => a == b,
        (Value::String(a), S::String(b)) => a == b,
        (Value::Number(a), S::Number(b)) => same_number(a, b),
        (Value::Array(a), S::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
        }
        // In the same order too: messages follow it.
        (Value::Object(a), S::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
        }
        _ => false,
    }
}

fn same_number(ours: &Number, theirs: &serde_json::Number) -> bool {
    if ours.as_u64() != theirs.as_u64() {
        return false;
    }
    if theirs.is_u64() {
        return true;
    }
    if let Some(i) = theirs.as_i64() {
        return ours.as_str().parse::<i64>() == Ok(i);
    }
    // A float there. Rust's own reading rounds correctly; serde_json's quicker
    // one may be a few units in the last place away, or zero for a tiny value.
    let (Ok(a), Some(b)) = (ours.as_str().parse::<f64>(), theirs.as_f64()) else {
        return false;
    };
    a == b || (a - b).abs() <= 1e-12 * a.abs().max(b.abs()) || a.abs().max(b.abs()) < 1e-300
}

const VALID: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-0",
    "7",
    "-7",
    "1.5",
    "-1.5e10",
    "1E+2",
    "1e-2",
    "0.0",
    "0e0",
    "2.50",
    "1e308",
    "-1e308",
    "1.7976931348623157e308",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "-9223372036854775809",
    "1e-400",
    "4.9e-324",
    "123456789012345678901234567890",
    "0.000000000000000000000000000001",
    "1e-99999999999",
    "0e99999999999",
    "\"\"",
    r#""a\"b\\c\/d\b\f\n\r\t""#,
    r#""\u00e9\u20AC\ud83d\ude00\uDBFF\uDFFF""#,
    "\"é日本😀\u{7f}\"",
    r#""\u0000\u001f""#,
    "[]",
    "{}",
    "[1,[2,[3,[]]]]",
    r#"{"b":1,"a":2,"c":{"z":[],"y":{}}}"#,
    r#"{"a":1,"a":2}"#,
    r#"{"b":1,"a":2,"b":3,"a":{"x":null}}"#,
    r#"{"":0," ":1,"é":2,"Z":3,"a":4}"#,
    " \n\t\r 1 \n",
    "[ 1 , 2 ,\n3 ]",
    "{ \"a\" : 1 , \"b\" : [ true , false , null ] }",
];

const INVALID: &[&str] = &[
    "",
    " ",
    "\n\n  ",
    "nul",
    "nulx",
    "tru",
    "True",
    "fals",
    "NaN",
    "Infinity",
    "-Infinity",
    "-",
    "-a",
    "--1",
    "01",
    "-01",
    "00",
    "1.",
    "1.e5",
    "1.]",
    ".5",
    "1e",
    "1e+",
    "1e+x",
    "1ex",
    "+1",
    "0x10",
    "1.5.5",
    "1e5e5",
    "1e309",
    "-1e309",
    "1e999",
    "2e308",
    "1.8e308",
    "1e99999999999",
    "-1e99999999999",
    "[",
    "[1",
    "[1,",
    "[1,]",
    "[,1]",
    "[1 2]",
    "[1,,2]",
    "[1]]",
    "{",
    "{\"a\"",
    "{\"a\":",
    "{\"a\":1",
    "{\"a\":1,",
    "{\"a\":1,}",
    "{\"a\" 1}",
    "{a:1}",
    "{1:1}",
    "{,}",
    "{\"a\":1 \"b\":2}",
    "{\"a\":1,2}",
    "{\"a\"}",
    "\"abc",
    "\"a\nb\"",
    "\"\t\"",
    "\"\u{0}\"",
    "\"\u{1f}\"",
    "\"\\",
    "\"\\x\"",
    "\"\\é\"",
    "\"\\U0041\"",
    "\"\\u12\"",
    "\"\\u12",
    "\"\\u123",
    "\"\\uZZZZ\"",
    "\"\\u00g0\"",
    "\"\\u00é\"",
    "\"\\ud800\"",
    "\"\\ud800x\"",
    "\"\\ud800\\n\"",
    "\"\\ud800\\u0041\"",
    "\"\\ud800\\ud800\"",
    "\"\\udc00\"",
    "\"\\udfff\\ud800\"",
    "\"\\ud800\\",
    "\"\\ud800",
    "\"\\ud800\\u",
    "\"\\ud800\\udc0",
    "\"\\ud800\n",
    "1 2",
    "[] []",
    "{}x",
    "nullnull",
    "// comment\n1",
    "/* comment */ 1",
    "1 // comment",
    "\u{feff}1",
    "'a'",
    "[é]",
    "é",
    "{\n  \"version\": 1,\n  oops\n}",
    "[\n1,\n2\n",
    "{\n\"a\":\n",
    "[1,\n\n   ]",
    "\n\n\"one\ntwo\"",
];

#[test]
fn valid_documents_read_as_serde_json_reads_them() {
    for text in VALID {
        assert!(parse(text).is_ok(), "{text:?}: {:?}", parse(text));
        check(text);
    }
}

#[test]
fn invalid_documents_fail_with_serde_json_s_message_line_and_column() {
    for text in INVALID {
        assert!(parse(text).is_err(), "{text:?} was accepted");
        check(text);
    }
}

#[test]
fn errors_name_the_place_in_serde_json_s_words() {
    let message = |text: &str| parse(text).unwrap_err().to_string();
    assert_eq!(
        message("{\n  \"a\": 1\n  \"b\": 2\n}"),
        "expected `,` or `}` at line 3 column 3"
    );
    assert_eq!(
        message("\"12345678"),
        "EOF while parsing a string at line 1 column 9"
    );
    assert_eq!(message("[1,]"), "trailing comma at line 1 column 4");
    assert_eq!(message("1 2"), "trailing characters at line 1 column 3");
    assert_eq!(
        message("\"\\ud800\""),
        "unexpected end of hex escape at line 1 column 8"
    );
}

/// Every file the app or its tests read as JSON.
fn json_files() -> Vec<(String, String)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files = Vec::new();
    for dir in ["content", "examples/banks", "tests/fixtures"] {
        let entries = std::fs::read_dir(format!("{root}/{dir}")).unwrap();
        for entry in entries {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                files.push((path.display().to_string(), text));
            }
        }
    }
    assert!(files.len() >= 4, "{files:?}");
    files
}

#[test]
fn the_project_s_json_files_read_the_same_and_write_back_the_same() {
    for (name, text) in json_files() {
        let ours = parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        check(&text);
        let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(to_json(&ours), theirs.to_string(), "{name}");
    }
}

#[test]
fn objects_keep_serde_json_s_order_and_its_last_duplicate() {
    let value = parse(r#"{"b":1,"a":2,"b":3}"#).unwrap();
    let map = value.as_object().unwrap();
    assert_eq!(map.keys().collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(map.len(), 2);
    assert_eq!(value.get("b").and_then(Value::as_u64), Some(3));
    assert!(map.contains_key("a") && !map.contains_key("c"));
    assert_eq!(to_json(&value), r#"{"a":2,"b":3}"#);
}

#[test]
fn only_integers_are_u64s() {
    let u64_of = |text: &str| parse(text).unwrap().as_u64();
    assert_eq!(u64_of("3"), Some(3));
    assert_eq!(u64_of("0"), Some(0));
    assert_eq!(u64_of("18446744073709551615"), Some(u64::MAX));
    for text in [
        "3.0",
        "3e0",
        "-1",
        "-0",
        "18446744073709551616",
        "\"3\"",
        "null",
    ] {
        assert_eq!(u64_of(text), None, "{text}");
    }
}

#[test]
fn numbers_are_written_as_they_were_read() {
    let value = parse("[1e3, 2.50, -0, 1E+2, 0.5]").unwrap();
    assert_eq!(to_json(&value), "[1e3,2.50,-0,1E+2,0.5]");
    assert_eq!(
        value.as_array().unwrap()[0].to_owned(),
        parse("1e3").unwrap()
    );
}

#[test]
fn strings_are_written_as_serde_json_writes_them() {
    let text = r#"["a\"b\\c/d\b\f\n\r\t", "\u0000\u0001\u001f\u007f", "é😀"]"#;
    let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(to_json(&parse(text).unwrap()), theirs.to_string());
}

#[test]
fn nesting_stops_where_serde_json_s_does() {
    for open in ["[", "{\"a\":"] {
        let close = if open == "[" { "]" } else { "}" };
        for depth in [126, 127, 128, 129] {
            check(&format!("{}1{}", open.repeat(depth), close.repeat(depth)));
        }
    }
    let ok = format!("{}{}", "[".repeat(127), "]".repeat(127));
    assert!(parse(&ok).is_ok());
    let deep = format!("{}{}", "[".repeat(128), "]".repeat(128));
    assert_eq!(
        parse(&deep).unwrap_err().to_string(),
        "recursion limit exceeded at line 1 column 128"
    );
}

#[test]
fn hostile_nesting_is_refused_without_exhausting_the_stack() {
    for open in ["[", "{\"a\":", "[{\"a\":"] {
        let text = open.repeat(1_000_000);
        assert_eq!(
            parse(&text).unwrap_err().reason(),
            "recursion limit exceeded"
        );
    }
}

/// The least significand serde_json finds out of range at `10^exponent`
/// (an infinite `f64`), found by bisection: the largest finite number is where
/// a reader that got its float arithmetic slightly wrong would differ.
#[test]
fn numbers_near_the_largest_f64_are_refused_exactly_where_serde_json_refuses_them() {
    let refused =
        |s: u64, e: i32| serde_json::from_str::<serde_json::Value>(&format!("{s}e{e}")).is_err();
    for exponent in 288..=309 {
        let (mut low, mut high) = (0u64, u64::MAX);
        if !refused(high, exponent) {
            assert!(exponent < 289, "{exponent}");
            check(&format!("{high}e{exponent}"));
            continue;
        }
        while high - low > 1 {
            let mid = low + (high - low) / 2;
            if refused(mid, exponent) {
                high = mid;
            } else {
                low = mid;
            }
        }
        for s in [low.saturating_sub(1), low, high, high.saturating_add(1)] {
            check(&format!("{s}e{exponent}"));
            check(&format!("-{s}e{exponent}"));
            check(&format!("{s}.0e{exponent}"));
            check(&format!("{s}0e{}", exponent - 1));
            check(&format!("{s}9999e{}", exponent - 4));
        }
    }
    let max = "17976931348623157";
    for (digits, exponent) in [
        (max, 292),
        ("1797693134862315807", 290),
        ("1797693134862315808", 290),
    ] {
        check(&format!("{digits}e{exponent}"));
        check(&format!(
            "[{digits}{}]",
            "0".repeat(usize::try_from(exponent).unwrap())
        ));
    }
}

/// Pieces of JSON and of near-JSON, so random texts hit the edges of the
/// grammar far more often than random characters would.
const PIECES: &[&str] = &[
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "\"",
    "\\",
    "\\u",
    "d83d",
    "de00",
    "00e9",
    "dc00",
    "null",
    "true",
    "false",
    "nul",
    "0",
    "1",
    "9",
    "19",
    "-",
    ".",
    "e",
    "E",
    "+",
    "308",
    " ",
    "\n",
    "\t",
    "\r",
    "\u{0}",
    "\u{1f}",
    "é",
    "😀",
    "a",
    "\"a\"",
    "\"k\":",
    "1e308",
    "1e309",
    "18446744073709551615",
    "99999999999999999999",
    "/",
    "//",
    "/*",
    "x",
    "\\n",
    "\\\"",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
}

/// A JSON value to write out, with keys and numbers of every kind.
fn values() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as S;
    let leaf = prop_oneof![
        Just(S::Null),
        any::<bool>().prop_map(S::Bool),
        any::<u64>().prop_map(S::from),
        any::<i64>().prop_map(S::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(S::from),
        any::<String>().prop_map(S::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(S::Array),
            prop::collection::vec((any::<String>(), inner), 0..8)
                .prop_map(|fields| S::Object(fields.into_iter().collect())),
        ]
    })
}

/// `text` changed in one place, on character boundaries.
fn mutate(text: &str, at: usize, cut: usize, insert: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = at % (chars.len() + 1);
    let end = (at + cut).min(chars.len());
    chars[..at]
        .iter()
        .chain(insert.chars().collect::<Vec<_>>().iter())
        .chain(chars[end..].iter())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_text_never_panics_and_agrees(text in any::<String>()) {
        let difference = disagreement(&text);
        prop_assert!(difference.is_none(), "{}", difference.unwrap_or_default());
    }

    #[test]
    fn random_pieces_of_json_agree(text in pieces()) {
        let difference = disagreement(&text);
        prop_assert!(difference.is_none(), "{}", difference.unwrap_or_default());
    }

    #[test]
    fn written_values_read_back_alike(value in values(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            value.to_string()
        };
        let difference = disagreement(&text);
        prop_assert!(difference.is_none(), "{}", difference.unwrap_or_default());
    }

    #[test]
    fn numbers_agree(
        sign in prop::sample::select(&["", "-", "+", "--"][..]),
        int in "[0-9]{0,25}",
        fraction in prop::option::of("[0-9]{0,25}"),
        exponent in prop::option::of(("[eE]", "[+-]?", "[0-9]{0,12}")),
        after in prop::sample::select(&["", " ", "x", ".", "]", "e", ","][..]),
    ) {
        let mut text = format!("{sign}{int}");
        if let Some(fraction) = fraction {
            text += &format!(".{fraction}");
        }
        if let Some((e, s, digits)) = exponent {
            text += &format!("{e}{s}{digits}");
        }
        for text in [format!("{text}{after}"), format!("[{text}{after}]")] {
            let difference = disagreement(&text);
            prop_assert!(difference.is_none(), "{}", difference.unwrap_or_default());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_project_s_files_changed_in_one_place_agree(
        file in 0usize..16,
        at in any::<usize>(),
        cut in 0usize..4,
        insert in prop::sample::select(PIECES),
    ) {
        let files = json_files();
        let (_, text) = &files[file % files.len()];
        let changed = mutate(text, at, cut, insert);
        let difference = disagreement(&changed);
        prop_assert!(difference.is_none(), "{}", difference.unwrap_or_default());
    }
}
