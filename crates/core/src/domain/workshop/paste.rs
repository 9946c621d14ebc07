//! Finding results links in any text: links one per line, a chat export, a
//! file. A link is any word with a fragment holding `r=` (the app's `#r=`
//! links, with or without the address before them).

use crate::domain::share::payload_from_fragment;

/// A line of text that is not blank, with the payload of every link on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScannedLine<'a> {
    /// 1 for the first line.
    pub line: usize,
    /// Each link's payload, in order; empty for a line of text without a link.
    pub payloads: Vec<&'a str>,
}

/// Every line of `text` that is not blank, with the links on it. Lines
/// end at `\n`, `\r\n` or `\r`, so a file from any system counts its lines
/// as an editor does.
pub fn scan(text: &str) -> Vec<ScannedLine<'_>> {
    // `str::lines` would take a lone `\r` (old Mac files) as part of a line.
    text.split('\n')
        .flat_map(|line| line.strip_suffix('\r').unwrap_or(line).split('\r'))
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| ScannedLine {
            line: i + 1,
            payloads: links_in_line(line),
        })
        .collect()
}

/// The payloads of the links in one line: in each word (split at white
/// space) with a `#`, the `r=` parameter of its fragment, cut at the
/// first character that base64url does not use, so punctuation after a
/// link in a sentence, or the `)` of a Markdown link, is left out.
pub fn links_in_line(line: &str) -> Vec<&str> {
    line.split_whitespace()
        .filter_map(|word| {
            let fragment = &word[word.find('#')?..];
            let payload = payload_from_fragment(fragment)?;
            let end = payload
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(payload.len());
            Some(&payload[..end])
        })
        .collect()
}
