//! The share link's payload (`#r=…`): which questions were asked and which
//! option was chosen for each, with the bank's fingerprint and a checksum,
//! and (format 2) the person's optional name and others' mean scores.
//!
//! As bytes before base64url (no padding), framed as every payload is (see
//! [`super::payload`]); `n` is the number of questions in the bank, `k` the
//! number asked and `g` the number of groups:
//!
//! | bytes          | what                                                           |
//! | -------------- | -------------------------------------------------------------- |
//! | 1              | the format: 1, or 2 when a name or others' means are carried  |
//! | 4              | the low 32 bits of [`Bank::fingerprint_value`], big-endian     |
//! | ⌈n / 8⌉        | bit `i` (least significant first) set if question `i` was asked |
//! | ⌈2k / 8⌉       | per asked question, in bank order, the chosen option's position in 2 bits, four to a byte, least significant first |
//! | 1              | (format 2) flags: 1 = a name follows, 2 = others' means follow; no other bit |
//! | 1 + length     | (format 2, flag 1) the name: its UTF-8 length, then the UTF-8  |
//! | 1 + g          | (format 2, flag 2) how many replies the means come from, then one mean (0–100) per group in bank order |
//! | 4              | CRC-32 (IEEE) of all the bytes before it, little-endian        |
//!
//! A full attempt at 36 questions is 23 bytes, 31 characters, in format 1,
//! which is still written whenever there is no name and no means, so links
//! keep their old spelling; both formats are read.

use std::fmt;

use super::bank::Bank;
use super::payload;
use super::scoring::AnswerSheet;

/// The payload format written when there is no name and no means.
pub const SHARE_FORMAT: u8 = 1;
/// The payload format that carries a name or others' means, or both.
pub const SHARE_FORMAT_EXTRAS: u8 = 2;

/// The longest name, in UTF-16 code units as a browser's `maxlength` counts
/// them, so at most 120 bytes of UTF-8.
pub const MAX_NAME: usize = 40;

const FLAG_NAME: u8 = 1;
const FLAG_OTHERS: u8 = 2;

/// Others' mean scores, carried only when the person chooses to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Others {
    /// How many replies the means come from (at least 1).
    pub replies: u8,
    /// One mean (0–100) per group, in bank order.
    pub means: Vec<u8>,
}

/// A decoded share link: which questions were asked (indices into
/// `bank.questions`, ascending) and the answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// Indices into `bank.questions`, ascending, never empty.
    pub asked: Vec<usize>,
    /// One valid answer for each asked question and nothing else.
    pub answers: AnswerSheet,
    /// The name the person gave when sharing, as [`clean_name`] left it.
    pub name: Option<String>,
    /// Others' means, when the person chose to include them.
    pub others: Option<Others>,
}

/// Why a link could not be made or read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareError {
    /// Not a payload at all: empty, too long, not base64url, or the wrong shape for its format.
    Malformed,
    /// The checksum does not match: the link was tampered with or cut short.
    Damaged,
    /// Made by another version of the app, with another payload format.
    OtherFormat,
    /// Made with another question bank, or another version of this one.
    OtherBank,
    /// (encode) Nothing asked, an index outside the bank, an asked question
    /// without a valid answer, or a name or means that cannot be carried.
    Incomplete,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ShareError::Malformed => "the share link is not a valid result",
            ShareError::Damaged => "the share link is damaged or incomplete",
            ShareError::OtherFormat => "the share link was made by another version of the app",
            ShareError::OtherBank => "the share link was made with another set of questions",
            ShareError::Incomplete => "not every asked question has an answer",
        })
    }
}

impl std::error::Error for ShareError {}

/// A name as links carry it: trimmed, control characters and runs of
/// spaces taken out, cut to [`MAX_NAME`] UTF-16 code units; `None` if
/// nothing is left.
pub fn clean_name(input: &str) -> Option<String> {
    let mut name = String::new();
    let mut units = 0;
    // White space separates words; other control characters are dropped
    // where they stand, so "Ann\u{0}e" is "Anne", not "Ann e".
    for word in input.split(char::is_whitespace) {
        let space = usize::from(!name.is_empty());
        for (k, c) in word.chars().filter(|c| !c.is_control()).enumerate() {
            let extra = if k == 0 { space } else { 0 };
            if units + extra + c.len_utf16() > MAX_NAME {
                return (!name.is_empty()).then_some(name);
            }
            if extra == 1 {
                name.push(' ');
            }
            units += extra + c.len_utf16();
            name.push(c);
        }
    }
    (!name.is_empty()).then_some(name)
}

/// The payload for a finished attempt, to follow `#r=`. `asked` may be in
/// any order and repeat; answers to questions not asked are left out.
pub fn encode(bank: &Bank, asked: &[usize], answers: &AnswerSheet) -> Result<String, ShareError> {
    encode_with(bank, asked, answers, None, None)
}

/// [`encode`], with the person's name and others' means when given (format
/// 2); without either it is format 1, exactly as [`encode`] writes it.
pub fn encode_with(
    bank: &Bank,
    asked: &[usize],
    answers: &AnswerSheet,
    name: Option<&str>,
    others: Option<&Others>,
) -> Result<String, ShareError> {
    let mask = payload::mask(bank, asked)?;
    let asked = ascending(&mask, bank.questions.len());
    let packed = payload::pack_answers(bank, &asked, answers)?;
    let name = match name {
        Some(name) => Some(clean_name(name).ok_or(ShareError::Incomplete)?),
        None => None,
    };
    let extras = name.is_some() || others.is_some();
    let mut bytes = vec![if extras {
        SHARE_FORMAT_EXTRAS
    } else {
        SHARE_FORMAT
    }];
    bytes.extend_from_slice(&payload::fingerprint(bank));
    bytes.extend_from_slice(&mask);
    bytes.extend_from_slice(&packed);
    if extras {
        let flags = if name.is_some() { FLAG_NAME } else { 0 }
            | if others.is_some() { FLAG_OTHERS } else { 0 };
        bytes.push(flags);
        if let Some(name) = &name {
            payload::push_text(&mut bytes, name)?;
        }
        if let Some(others) = others {
            let fits = others.replies > 0
                && others.means.len() == bank.groups.len()
                && others.means.iter().all(|m| *m <= 100);
            if !fits {
                return Err(ShareError::Incomplete);
            }
            bytes.push(others.replies);
            bytes.extend_from_slice(&others.means);
        }
    }
    Ok(payload::seal(bytes))
}

/// Reads a payload (the part after `#r=`) made for `bank`. Success is always
/// a complete sheet: every asked question answered with one of its options.
pub fn decode(bank: &Bank, text: &str) -> Result<Shared, ShareError> {
    let (format, body) = payload::open(text)?;
    // Later formats keep the format byte first and the checksum last, so a
    // link from a newer app is told apart from a damaged one.
    if format != SHARE_FORMAT && format != SHARE_FORMAT_EXTRAS {
        return Err(ShareError::OtherFormat);
    }
    let mut reader = payload::Reader(&body);
    reader.fingerprint_of(bank)?;
    let asked = payload::read_mask(bank, &mut reader)?;
    let answers = payload::read_answers(bank, &asked, &mut reader)?;
    let mut shared = Shared {
        asked,
        answers,
        name: None,
        others: None,
    };
    if format == SHARE_FORMAT_EXTRAS {
        let flags = reader.byte()?;
        if flags == 0 || flags & !(FLAG_NAME | FLAG_OTHERS) != 0 {
            return Err(ShareError::Malformed);
        }
        if flags & FLAG_NAME != 0 {
            let name = reader.text()?;
            // One spelling per result: only names as `clean_name` leaves them.
            if clean_name(&name).as_deref() != Some(name.as_str()) {
                return Err(ShareError::Malformed);
            }
            shared.name = Some(name);
        }
        if flags & FLAG_OTHERS != 0 {
            let replies = reader.byte()?;
            let means = reader.take(bank.groups.len())?.to_vec();
            if replies == 0 || means.iter().any(|m| *m > 100) {
                return Err(ShareError::Malformed);
            }
            shared.others = Some(Others { replies, means });
        }
    }
    reader.end()?;
    Ok(shared)
}

/// The payload in a URL fragment: `#r=XYZ`, `r=XYZ` or `#a=1&r=XYZ&b=2` give
/// `Some("XYZ")`. An empty `r=` gives `Some("")`, which [`decode`] refuses,
/// so a link cut right after `r=` still gets the notice. No `r` gives `None`.
pub fn payload_from_fragment(fragment: &str) -> Option<&str> {
    payload::param(fragment, "r")
}

/// The set bits of a mask of `n` bits, ascending.
fn ascending(mask: &[u8], n: usize) -> Vec<usize> {
    (0..n)
        .filter(|i| mask.get(i / 8).is_some_and(|b| (b >> (i % 8)) & 1 == 1))
        .collect()
}
