//! The share link's payload (`#r=…`): which questions were asked and which
//! option was chosen for each, with the bank's fingerprint and a checksum.
//!
//! Format 1, as bytes before base64url (no padding); `n` is the number of
//! questions in the bank and `k` the number asked:
//!
//! | bytes          | what                                                           |
//! | -------------- | -------------------------------------------------------------- |
//! | 1              | the format, [`SHARE_FORMAT`]                                   |
//! | 4              | the low 32 bits of [`Bank::fingerprint_value`], big-endian     |
//! | ⌈n / 8⌉        | bit `i` (least significant first) set if question `i` was asked |
//! | ⌈2k / 8⌉       | per asked question, in bank order, the chosen option's position in 2 bits, four to a byte, least significant first |
//! | 4              | CRC-32 (IEEE) of all the bytes before it, little-endian        |
//!
//! A full attempt at 36 questions is 23 bytes, 31 characters. Every unused
//! bit must be zero, in the bytes and in the last base64url character, so a
//! sheet has exactly one payload and any edited character changes the bytes.
//! CRC-32 rather than a hash: it catches every change confined to a short
//! run of bits, so every one-character edit is caught for certain, not just
//! with high probability; other damage gets past it one time in 2^32.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use super::bank::Bank;
use super::scoring::AnswerSheet;

/// The payload format this build writes and reads; bump when the layout changes.
pub const SHARE_FORMAT: u8 = 1;

/// Longer input is refused before it is decoded. A format-1 payload needs
/// about 0.5 characters per question in the bank, so this is never reached
/// by a real link.
const MAX_PAYLOAD_CHARS: usize = 4096;
const FINGERPRINT_LEN: usize = 4;
const CHECKSUM_LEN: usize = 4;
/// Each answer is an option's position in 2 bits: banks have 4 options.
const ANSWERS_PER_BYTE: usize = 4;
const OPTIONS_PER_ANSWER: usize = 4;

/// A decoded share link: which questions were asked (indices into
/// `bank.questions`, ascending) and the answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// Indices into `bank.questions`, ascending, never empty.
    pub asked: Vec<usize>,
    /// One valid answer for each asked question and nothing else.
    pub answers: AnswerSheet,
}

/// Why a share link could not be made or read.
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
    /// (encode) Nothing asked, an index outside the bank, or an asked question without a valid answer.
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

/// The payload for a finished attempt, to follow `#r=`. `asked` may be in
/// any order and repeat; answers to questions not asked are left out.
pub fn encode(bank: &Bank, asked: &[usize], answers: &AnswerSheet) -> Result<String, ShareError> {
    let n = bank.questions.len();
    let mut mask = vec![0u8; n.div_ceil(8)];
    for &i in asked {
        if i >= n {
            return Err(ShareError::Incomplete);
        }
        mask[i / 8] |= 1 << (i % 8);
    }
    let picks = bank
        .questions
        .iter()
        .enumerate()
        .filter(|(i, _)| bit(&mask, *i))
        .map(|(_, q)| {
            let chosen = answers.chosen(&q.id)?;
            q.options
                .iter()
                .position(|o| o.id == chosen)
                .filter(|p| *p < OPTIONS_PER_ANSWER)
        })
        .collect::<Option<Vec<usize>>>()
        .ok_or(ShareError::Incomplete)?;
    if picks.is_empty() {
        return Err(ShareError::Incomplete);
    }
    let mut packed = vec![0u8; picks.len().div_ceil(ANSWERS_PER_BYTE)];
    for (j, pick) in picks.iter().enumerate() {
        // `pick` < 4, so the cast keeps every bit.
        packed[j / ANSWERS_PER_BYTE] |= (*pick as u8) << (2 * (j % ANSWERS_PER_BYTE));
    }
    let mut bytes =
        Vec::with_capacity(1 + FINGERPRINT_LEN + mask.len() + packed.len() + CHECKSUM_LEN);
    bytes.push(SHARE_FORMAT);
    bytes.extend_from_slice(&fingerprint(bank));
    bytes.extend_from_slice(&mask);
    bytes.extend_from_slice(&packed);
    let checksum = crc32(&bytes);
    bytes.extend_from_slice(&checksum.to_le_bytes());
    Ok(URL_SAFE_NO_PAD.encode(&bytes))
}

/// Reads a payload (the part after `#r=`) made for `bank`. Success is always
/// a complete sheet: every asked question answered with one of its options.
pub fn decode(bank: &Bank, payload: &str) -> Result<Shared, ShareError> {
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::Malformed);
    }
    // The engine refuses padding, any character outside the URL-safe alphabet
    // and unused bits that are not zero, so each byte string has one spelling.
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| ShareError::Malformed)?;
    let (body, checksum) = bytes
        .split_last_chunk::<CHECKSUM_LEN>()
        .ok_or(ShareError::Malformed)?;
    let (&format, rest) = body.split_first().ok_or(ShareError::Malformed)?;
    if crc32(body).to_le_bytes() != *checksum {
        return Err(ShareError::Damaged);
    }
    // Later formats keep the format byte first and the checksum last, so a
    // link from a newer app is told apart from a damaged one.
    if format != SHARE_FORMAT {
        return Err(ShareError::OtherFormat);
    }
    let (print, rest) = rest
        .split_first_chunk::<FINGERPRINT_LEN>()
        .ok_or(ShareError::Malformed)?;
    if *print != fingerprint(bank) {
        return Err(ShareError::OtherBank);
    }

    // The bank fixes the mask's length; the mask fixes the answers' length.
    let n = bank.questions.len();
    let mask_len = n.div_ceil(8);
    if rest.len() < mask_len {
        return Err(ShareError::Malformed);
    }
    let (mask, packed) = rest.split_at(mask_len);
    if (n..mask_len * 8).any(|i| bit(mask, i)) {
        return Err(ShareError::Malformed);
    }
    let asked: Vec<usize> = (0..n).filter(|i| bit(mask, *i)).collect();
    if asked.is_empty() || packed.len() != asked.len().div_ceil(ANSWERS_PER_BYTE) {
        return Err(ShareError::Malformed);
    }
    let unused = (asked.len()..packed.len() * ANSWERS_PER_BYTE).any(|j| pick(packed, j) != Some(0));
    if unused {
        return Err(ShareError::Malformed);
    }

    let mut answers = AnswerSheet::new();
    for (j, &i) in asked.iter().enumerate() {
        let question = bank.questions.get(i).ok_or(ShareError::Malformed)?;
        let option = pick(packed, j)
            .and_then(|p| question.options.get(p))
            .ok_or(ShareError::Malformed)?;
        answers.answer(question.id.clone(), option.id.clone());
    }
    Ok(Shared { asked, answers })
}

/// The payload in a URL fragment: `#r=XYZ`, `r=XYZ` or `#a=1&r=XYZ&b=2` give
/// `Some("XYZ")`. An empty `r=` gives `Some("")`, which [`decode`] refuses,
/// so a link cut right after `r=` still gets the notice. No `r` gives `None`.
pub fn payload_from_fragment(fragment: &str) -> Option<&str> {
    let params = fragment.strip_prefix('#').unwrap_or(fragment);
    params.split('&').find_map(|param| param.strip_prefix("r="))
}

/// The fingerprint as stored: its low 32 bits, big-endian.
fn fingerprint(bank: &Bank) -> [u8; FINGERPRINT_LEN] {
    // Truncation is the point: 32 bits tell banks apart well enough for a link.
    (bank.fingerprint_value() as u32).to_be_bytes()
}

/// Bit `i` of a little-endian bit set; false past its end.
fn bit(bytes: &[u8], i: usize) -> bool {
    bytes.get(i / 8).is_some_and(|b| (b >> (i % 8)) & 1 == 1)
}

/// The `j`th 2-bit answer; `None` past the end.
fn pick(packed: &[u8], j: usize) -> Option<usize> {
    let byte = packed.get(j / ANSWERS_PER_BYTE)?;
    Some(usize::from((byte >> (2 * (j % ANSWERS_PER_BYTE))) & 0b11))
}

/// The payload's CRC-32 (ISO-HDLC, as zlib and PNG compute it).
fn crc32(bytes: &[u8]) -> u32 {
    const CRC_32: crc::Crc<u32, crc::NoTable> =
        crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);
    CRC_32.checksum(bytes)
}
