//! Finding and replacing text without core's general string search.
//!
//! `str::find` and `str::replace` with a text pattern bring in core's two-way
//! search, 2 KB of wasm. The app's few such searches (a tag in its own SVG,
//! a misspelling in a settings key) are short, so a plain scan does.

/// Byte offset of the first `needle` in `haystack`, as `haystack.find(needle)`.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    // A UTF-8 needle can only match where a character starts, so the offset
    // is always a char boundary.
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window == needle.as_bytes())
}

/// `text` with every `from` replaced by `to`, as `text.replace(from, to)`
/// does; an empty `from` replaces nothing.
pub fn replace_all(text: &str, from: &str, to: &str) -> String {
    if from.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = find(rest, from) {
        out.push_str(&rest[..at]);
        out.push_str(to);
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// `text` in double quotes for a message, as it was written: Rust's `{:?}`
/// would escape it, but its Debug machinery costs the wasm about 2 KB.
pub fn quoted(text: &str) -> String {
    format!("\"{text}\"")
}
