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
    Ok(base64url::encode(&bytes))
}

/// Reads a payload (the part after `#r=`) made for `bank`. Success is always
/// a complete sheet: every asked question answered with one of its options.
pub fn decode(bank: &Bank, payload: &str) -> Result<Shared, ShareError> {
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::Malformed);
    }
    let bytes = base64url::decode(payload).ok_or(ShareError::Malformed)?;
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

/// CRC-32 (IEEE 802.3, as in zip and PNG), bit by bit: payloads are a few
/// dozen bytes, so a table would only add size to the wasm.
fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &b| {
        (0..8).fold(crc ^ u32::from(b), |c, _| {
            if c & 1 == 1 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            }
        })
    })
}

/// Base64url (RFC 4648 §5) without padding, strict on the way in.
mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// Four characters per three bytes; a last group of one or two bytes
    /// takes two or three characters.
    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity((bytes.len() * 4).div_ceil(3));
        for chunk in bytes.chunks(3) {
            let group = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (k, b)| n | (u32::from(*b) << (16 - 8 * k)));
            for k in 0..=chunk.len() {
                let sextet = (group >> (18 - 6 * k)) & 0x3f;
                out.push(char::from(ALPHABET[sextet as usize]));
            }
        }
        out
    }

    /// The bytes, or `None` for a character outside the alphabet (padding
    /// included), an impossible length, or unused bits that are not zero:
    /// each byte string has exactly one spelling.
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let text = text.as_bytes();
        if text.len() % 4 == 1 {
            return None;
        }
        let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
        for chunk in text.chunks(4) {
            let mut group = 0u32;
            for (k, c) in chunk.iter().enumerate() {
                group |= u32::from(value(*c)?) << (18 - 6 * k);
            }
            // 4 characters hold 3 bytes, 3 hold 2 and 2 hold 1.
            let bytes = group.to_be_bytes();
            let (kept, unused) = bytes[1..].split_at_checked(chunk.len() - 1)?;
            if unused.iter().any(|b| *b != 0) {
                return None;
            }
            out.extend_from_slice(kept);
        }
        Some(out)
    }

    fn value(c: u8) -> Option<u8> {
        match c {
            b'A'..=b'Z' => Some(c - b'A'),
            b'a'..=b'z' => Some(c - b'a' + 26),
            b'0'..=b'9' => Some(c - b'0' + 52),
            b'-' => Some(62),
            b'_' => Some(63),
            _ => None,
        }
    }
}
