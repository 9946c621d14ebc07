//! JSON read and written by hand: the app's own [`Value`], in place of serde_json's.
//!
//! The app reads JSON in three places (a bank, saved progress and the settings
//! block) and writes it in two (saved progress, and the value quoted when a
//! bank's version is not supported). serde_json brought its deserializer, a
//! float parser, a float formatter and the `BTreeMap` behind its objects into
//! the wasm for that; this reader in their place made the gzipped wasm 9.2 KB
//! smaller.
//!
//! Nothing a person sees changed with the switch, so this reader copies
//! serde_json (1.0, without `float_roundtrip`), which reads RFC 8259 strictly
//! (no comments, trailing commas, leading zeros, raw control characters in
//! strings or lone surrogates, and nothing but white space after the value):
//! - it accepts exactly what serde_json accepts, and refuses the rest with the
//!   same message, line and column (``expected `,` or `}` at line 3 column 5``),
//!   since bank editors and host pages are shown those words;
//! - objects keep their keys sorted, the last of a duplicated key winning, as
//!   serde_json's `Map` (a `BTreeMap`) does: unknown bank fields and settings
//!   warnings are reported in that order;
//! - arrays and objects nest at most 127 deep, so no input can exhaust the stack;
//! - a number whose value would be infinite as an `f64` is refused, as there.
//!
//! A number is kept as the text written, never converted to a float: reading
//! and writing floats is much of what serde_json cost, and the app only ever
//! needs whole numbers ([`Number::as_u64`]). Messages and [`to_json`] therefore
//! show a number as written (`1e3`, `2.50`), where serde_json wrote the float it
//! had read (`1000.0`, `2.5`).

use std::cmp::Ordering;
use std::fmt::{self, Write};

/// A JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON number, as the text written: `3`, `-0.5`, `1e3`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number(String);

/// A JSON object: its keys sorted and unique, as serde_json's `Map`.
///
/// A sorted list rather than a `BTreeMap`, which would cost more wasm: the
/// reader sorts each object once, and a lookup is a binary search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Map(Vec<(String, Value)>);

/// Why text is not JSON, and where: 1-based line, and the column counted in
/// bytes from the start of that line, as serde_json counts them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    reason: &'static str,
    line: usize,
    column: usize,
}

impl Value {
    /// The field `key` of an object; `None` for a missing key or any other value.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// A number written as a whole number that fits a `u64`; see [`Number::as_u64`].
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

impl Number {
    /// The value when the number is written as an integer from 0 to `u64::MAX`.
    /// Like serde_json, `3.0`, `3e0` and `-0` are not integers: they were floats there.
    pub fn as_u64(&self) -> Option<u64> {
        self.0.bytes().try_fold(0u64, |n, b| {
            let digit = b.is_ascii_digit().then(|| u64::from(b - b'0'))?;
            n.checked_mul(10)?.checked_add(digit)
        })
    }

    /// The number as it was written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Map {
    pub fn get(&self, key: &str) -> Option<&Value> {
        let i = self.find(key).ok()?;
        self.0.get(i).map(|(_, value)| value)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fields in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.into_iter()
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(key, _)| key)
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }
}

/// `fields` (in the order written) sorted by key, keeping the later of two
/// fields with one key. A merge sort of our own: the standard library's stable
/// sort costs about 2 KB more gzip of wasm, and inserting each field in its
/// place as it is read takes seconds for a hostile object of 50,000 keys.
fn sorted(mut fields: Vec<(String, Value)>) -> Vec<(String, Value)> {
    if fields.len() < 2 {
        return fields;
    }
    let later = sorted(fields.split_off(fields.len() / 2));
    let earlier = sorted(fields);
    let mut out = Vec::with_capacity(earlier.len() + later.len());
    let mut earlier = earlier.into_iter().peekable();
    let mut later = later.into_iter().peekable();
    loop {
        let order = match (earlier.peek(), later.peek()) {
            (Some(a), Some(b)) => a.0.cmp(&b.0),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => return out,
        };
        if order == Ordering::Equal {
            earlier.next();
        }
        out.extend(if order == Ordering::Less {
            earlier.next()
        } else {
            later.next()
        });
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a String, &'a Value),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(key, value)| (key, value))
    }
}

impl Error {
    pub fn line(&self) -> usize {
        self.line
    }

    pub fn column(&self) -> usize {
        self.column
    }

    /// What is wrong, without the place: `expected value`.
    pub fn reason(&self) -> &'static str {
        self.reason
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.reason, self.line, self.column
        )
    }
}

impl std::error::Error for Error {}

/// Reads `text` as one JSON value, with nothing but white space around it.
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        index: 0,
        depth_left: MAX_DEPTH,
    };
    let value = reader.value()?;
    match reader.skip_space() {
        Some(_) => Err(reader.peek_error(TRAILING_CHARACTERS)),
        None => Ok(value),
    }
}

/// One more than the deepest nesting allowed, as serde_json counts it.
const MAX_DEPTH: u8 = 128;

// serde_json's words for each error, so messages read as they always have.
const EOF_LIST: &str = "EOF while parsing a list";
const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_STRING: &str = "EOF while parsing a string";
const EOF_VALUE: &str = "EOF while parsing a value";
const EXPECTED_COLON: &str = "expected `:`";
const EXPECTED_LIST_COMMA_OR_END: &str = "expected `,` or `]`";
const EXPECTED_OBJECT_COMMA_OR_END: &str = "expected `,` or `}`";
const EXPECTED_IDENT: &str = "expected ident";
const EXPECTED_VALUE: &str = "expected value";
const INVALID_ESCAPE: &str = "invalid escape";
const INVALID_NUMBER: &str = "invalid number";
const NUMBER_OUT_OF_RANGE: &str = "number out of range";
const CONTROL_CHARACTER: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const KEY_MUST_BE_A_STRING: &str = "key must be a string";
const LONE_SURROGATE: &str = "lone leading surrogate in hex escape";
const TRAILING_COMMA: &str = "trailing comma";
const TRAILING_CHARACTERS: &str = "trailing characters";
const UNEXPECTED_END_OF_HEX_ESCAPE: &str = "unexpected end of hex escape";
const RECURSION_LIMIT: &str = "recursion limit exceeded";

/// A recursive-descent reader over the bytes of the text. It follows
/// serde_json's own steps, so that each error is found at the same byte.
struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The next byte to read.
    index: usize,
    /// Arrays and objects that may still be opened inside the current one.
    depth_left: u8,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.index).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.index += 1;
        Some(byte)
    }

    /// The next digit's value, not yet taken.
    fn digit(&self) -> Option<u64> {
        self.peek()
            .filter(u8::is_ascii_digit)
            .map(|b| u64::from(b - b'0'))
    }

    /// Skips white space; the first byte after it, not yet taken.
    fn skip_space(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.index += 1;
        }
        self.peek()
    }

    /// The text from `start` to here, which the reader has already checked.
    fn since(&self, start: usize) -> &str {
        self.text.get(start..self.index).unwrap_or_default()
    }

    /// An error at the byte just taken.
    #[cold]
    fn error(&self, reason: &'static str) -> Error {
        self.error_at(self.index, reason)
    }

    /// An error at the byte looked at but not taken.
    #[cold]
    fn peek_error(&self, reason: &'static str) -> Error {
        self.error_at((self.index + 1).min(self.bytes.len()), reason)
    }

    /// `end` is one past the byte at fault, so its column is 1-based (0 for a
    /// line break itself, as in serde_json).
    fn error_at(&self, end: usize, reason: &'static str) -> Error {
        let before = self.bytes.get(..end).unwrap_or(self.bytes);
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        Error {
            reason,
            line: 1 + before.iter().filter(|&&b| b == b'\n').count(),
            column: end - line_start,
        }
    }

    fn value(&mut self) -> Result<Value, Error> {
        let Some(first) = self.skip_space() else {
            return Err(self.peek_error(EOF_VALUE));
        };
        match first {
            b'n' => self.word(b"null", Value::Null),
            b't' => self.word(b"true", Value::Bool(true)),
            b'f' => self.word(b"false", Value::Bool(false)),
            b'-' | b'0'..=b'9' => self.number().map(Value::Number),
            b'"' => {
                self.index += 1;
                self.string().map(Value::String)
            }
            b'[' | b'{' => {
                self.depth_left -= 1;
                if self.depth_left == 0 {
                    return Err(self.peek_error(RECURSION_LIMIT));
                }
                self.index += 1;
                let value = if first == b'[' {
                    self.array()
                } else {
                    self.object()
                };
                self.depth_left += 1;
                value
            }
            _ => Err(self.peek_error(EXPECTED_VALUE)),
        }
    }

    /// `null`, `true` or `false`, whose first byte has been seen.
    fn word(&mut self, word: &[u8], value: Value) -> Result<Value, Error> {
        self.index += 1;
        for &expected in word.get(1..).unwrap_or_default() {
            match self.next() {
                None => return Err(self.error(EOF_VALUE)),
                Some(byte) if byte != expected => return Err(self.error(EXPECTED_IDENT)),
                Some(_) => {}
            }
        }
        Ok(value)
    }

    /// The items after `[`, and the `]`.
    fn array(&mut self) -> Result<Value, Error> {
        let mut items = Vec::new();
        loop {
            let Some(byte) = self.skip_space() else {
                return Err(self.peek_error(EOF_LIST));
            };
            if byte == b']' {
                self.index += 1;
                return Ok(Value::Array(items));
            }
            if !items.is_empty() {
                if byte != b',' {
                    return Err(self.peek_error(EXPECTED_LIST_COMMA_OR_END));
                }
                self.index += 1;
                match self.skip_space() {
                    Some(b']') => return Err(self.peek_error(TRAILING_COMMA)),
                    Some(_) => {}
                    None => return Err(self.peek_error(EOF_VALUE)),
                }
            }
            items.push(self.value()?);
        }
    }

    /// The fields after `{`, and the `}`.
    fn object(&mut self) -> Result<Value, Error> {
        let mut fields = Vec::new();
        let mut first = true;
        loop {
            let Some(byte) = self.skip_space() else {
                return Err(self.peek_error(EOF_OBJECT));
            };
            if byte == b'}' {
                self.index += 1;
                return Ok(Value::Object(Map(sorted(fields))));
            }
            if first {
                first = false;
                if byte != b'"' {
                    return Err(self.peek_error(KEY_MUST_BE_A_STRING));
                }
            } else {
                if byte != b',' {
                    return Err(self.peek_error(EXPECTED_OBJECT_COMMA_OR_END));
                }
                self.index += 1;
                match self.skip_space() {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.peek_error(TRAILING_COMMA)),
                    Some(_) => return Err(self.peek_error(KEY_MUST_BE_A_STRING)),
                    None => return Err(self.peek_error(EOF_VALUE)),
                }
            }
            self.index += 1;
            let key = self.string()?;
            match self.skip_space() {
                Some(b':') => self.index += 1,
                Some(_) => return Err(self.peek_error(EXPECTED_COLON)),
                None => return Err(self.peek_error(EOF_OBJECT)),
            }
            let value = self.value()?;
            fields.push((key, value));
        }
    }

    /// A string's contents after its opening quote, and the closing quote.
    fn string(&mut self) -> Result<String, Error> {
        let mut out = String::new();
        let mut start = self.index;
        loop {
            while let Some(byte) = self.peek() {
                if byte == b'"' || byte == b'\\' || byte < b' ' {
                    break;
                }
                self.index += 1;
            }
            // Every stop is at an ASCII byte, so `since` never splits a character.
            out.push_str(self.since(start));
            match self.next() {
                None => return Err(self.error(EOF_STRING)),
                Some(b'"') => return Ok(out),
                Some(b'\\') => self.escape(&mut out)?,
                Some(_) => return Err(self.error(CONTROL_CHARACTER)),
            }
            start = self.index;
        }
    }

    /// One escape, after its backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        let c = match self.next() {
            None => return Err(self.error(EOF_STRING)),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => self.unicode_escape()?,
            Some(_) => return Err(self.error(INVALID_ESCAPE)),
        };
        out.push(c);
        Ok(())
    }

    /// `\uXXXX` after its `\u`, or a surrogate pair `\uD83D\uDE00`. A lone
    /// surrogate is refused: it is no character, and a Rust string cannot hold it.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let high = self.hex4()?;
        if (0xDC00..=0xDFFF).contains(&high) {
            return Err(self.error(LONE_SURROGATE));
        }
        let code = if (0xD800..=0xDBFF).contains(&high) {
            for expected in [b'\\', b'u'] {
                match self.next() {
                    None => return Err(self.error(EOF_STRING)),
                    Some(byte) if byte != expected => {
                        return Err(self.error(UNEXPECTED_END_OF_HEX_ESCAPE))
                    }
                    Some(_) => {}
                }
            }
            let low = self.hex4()?;
            if !(0xDC00..=0xDFFF).contains(&low) {
                return Err(self.error(LONE_SURROGATE));
            }
            0x1_0000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    /// Four hex digits; fewer than four bytes left is the end of the text.
    fn hex4(&mut self) -> Result<u32, Error> {
        let Some(digits) = self.bytes.get(self.index..self.index + 4) else {
            self.index = self.bytes.len();
            return Err(self.error(EOF_STRING));
        };
        self.index += 4;
        digits
            .iter()
            .try_fold(0, |n, &b| Some(n * 16 + char::from(b).to_digit(16)?))
            .ok_or_else(|| self.error(INVALID_ESCAPE))
    }

    /// A number, checked as serde_json reads it: the first 19 or 20 significant
    /// digits as a `u64`, the rest only counted, and a power of ten.
    fn number(&mut self) -> Result<Number, Error> {
        let start = self.index;
        if self.peek() == Some(b'-') {
            self.index += 1;
        }
        let mut significand = match self.next() {
            None => return Err(self.error(EOF_VALUE)),
            Some(b'0') if self.digit().is_some() => return Err(self.peek_error(INVALID_NUMBER)),
            Some(d @ b'0'..=b'9') => u64::from(d - b'0'),
            Some(_) => return Err(self.error(INVALID_NUMBER)),
        };
        let mut exponent: i32 = 0;
        while let Some(d) = self.digit() {
            // Once one digit did not fit, every later one only raises the exponent.
            if exponent > 0 || overflows(significand, d) {
                exponent = exponent.saturating_add(1);
            } else {
                significand = significand * 10 + d;
            }
            self.index += 1;
        }
        if self.peek() == Some(b'.') {
            self.index += 1;
            let mut any = false;
            let mut full = false;
            while let Some(d) = self.digit() {
                any = true;
                full = full || overflows(significand, d);
                if !full {
                    significand = significand * 10 + d;
                    exponent = exponent.saturating_sub(1);
                }
                self.index += 1;
            }
            if !any {
                return Err(match self.peek() {
                    Some(_) => self.peek_error(INVALID_NUMBER),
                    None => self.peek_error(EOF_VALUE),
                });
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.index += 1;
            let positive = match self.peek() {
                Some(b'-') => {
                    self.index += 1;
                    false
                }
                Some(b'+') => {
                    self.index += 1;
                    true
                }
                _ => true,
            };
            let mut power: i32 = match self.next() {
                None => return Err(self.error(EOF_VALUE)),
                Some(d @ b'0'..=b'9') => i32::from(d - b'0'),
                Some(_) => return Err(self.error(INVALID_NUMBER)),
            };
            while let Some(d) = self.digit() {
                self.index += 1;
                let d = d as i32;
                if power >= i32::MAX / 10 && (power > i32::MAX / 10 || d > i32::MAX % 10) {
                    // serde_json stops reading such an exponent: infinite
                    // unless the number is zero or the exponent negative.
                    if significand != 0 && positive {
                        return Err(self.error(NUMBER_OUT_OF_RANGE));
                    }
                    while self.digit().is_some() {
                        self.index += 1;
                    }
                    return Ok(Number(self.since(start).to_owned()));
                }
                power = power * 10 + d;
            }
            exponent = if positive {
                exponent.saturating_add(power)
            } else {
                exponent.saturating_sub(power)
            };
        }
        if out_of_range(significand, exponent) {
            return Err(self.error(NUMBER_OUT_OF_RANGE));
        }
        Ok(Number(self.since(start).to_owned()))
    }
}

/// Whether `n * 10 + digit` would not fit a `u64`.
fn overflows(n: u64, digit: u64) -> bool {
    n >= u64::MAX / 10 && (n > u64::MAX / 10 || digit > u64::MAX % 10)
}

/// Whether serde_json would find `significand × 10^exponent` infinite. It
/// multiplies the significand, as an `f64`, by the `f64` nearest the power of
/// ten, so this does the same; a product is below `f64::MAX` for any exponent
/// under 289, since the significand is below 2^64. Two native instructions:
/// no float parsing or formatting code is needed.
fn out_of_range(significand: u64, exponent: i32) -> bool {
    const POWERS: [f64; 20] = [
        1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301,
        1e302, 1e303, 1e304, 1e305, 1e306, 1e307, 1e308,
    ];
    if significand == 0 || exponent < 289 {
        return false;
    }
    usize::try_from(exponent - 289)
        .ok()
        .and_then(|i| POWERS.get(i))
        .is_none_or(|power| (significand as f64 * power).is_infinite())
}

/// `value` as compact JSON, as serde_json's `value.to_string()` writes it
/// (numbers as written; see the module's notes).
pub fn to_json(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value);
    out
}

/// `text` as a JSON string, exactly as serde_json quotes and escapes it.
pub fn string_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    write_string(&mut out, text);
    out
}

fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n.as_str()),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(fields) => {
            out.push('{');
            for (i, (key, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                write_value(out, item);
            }
            out.push('}');
        }
    }
}

/// Quotes, backslashes and control characters escaped, the common ones by
/// their short forms; everything else, DEL and non-ASCII included, as it is.
fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
