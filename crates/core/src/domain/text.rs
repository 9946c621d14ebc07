//! Text helpers for messages.

/// `text` with every `from` replaced by `to`; an empty `from` replaces
/// nothing (where `str::replace` would put `to` between every character).
pub fn replace_all(text: &str, from: &str, to: &str) -> String {
    if from.is_empty() {
        return text.to_owned();
    }
    text.replace(from, to)
}

/// `text` in double quotes for a message, as it was written, where Rust's
/// `{:?}` would escape it.
pub fn quoted(text: &str) -> String {
    format!("\"{text}\"")
}
