//! The workshop as CSV (RFC 4180): one row per participant with the label,
//! the date added, the length and one score per group.
//!
//! Writing CSV takes one rule, so it is written here rather than with a
//! crate: a field holding a comma, a double quote or a line break is put in
//! double quotes, with each quote doubled. A label a spreadsheet would read
//! as a formula (one beginning `=`, `+`, `-`, `@`, a tab or a carriage
//! return) gets a leading `'`, so opening the file never runs anything.

use std::borrow::Cow;

use super::Entry;
use crate::domain::bank::Bank;

/// The columns before the scores; a column per group id follows, in bank order.
pub const CSV_HEADER_FIXED: [&str; 3] = ["label", "date", "length"];

/// The CSV file: a byte order mark (so spreadsheets read it as UTF-8), a
/// header row, then one row per entry, each line ending `\r\n`.
/// `participant` is the word for unnamed entries' labels ("Participant").
pub fn to_csv(bank: &Bank, entries: &[Entry], participant: &str) -> String {
    let mut out = String::from('\u{feff}');
    let header = CSV_HEADER_FIXED
        .iter()
        .copied()
        .chain(bank.groups.iter().map(|g| g.id.as_str()))
        .map(csv_field)
        .collect::<Vec<_>>();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for entry in entries {
        let label = entry.label(participant);
        let label = neutralise(&label);
        let mut row = vec![
            csv_field(&label).into_owned(),
            csv_field(&entry.added).into_owned(),
            entry.length.name().to_owned(),
        ];
        row.extend(entry.scores.iter().map(u8::to_string));
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One field as CSV: as it is, or in double quotes with quotes doubled
/// when it holds a comma, a double quote or a line break.
pub fn csv_field(text: &str) -> Cow<'_, str> {
    if text.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", text.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(text)
    }
}

/// A label that a spreadsheet would take as a formula, with a `'` before
/// it; any other label as it is.
pub fn neutralise(label: &str) -> Cow<'_, str> {
    if label.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{label}"))
    } else {
        Cow::Borrowed(label)
    }
}
