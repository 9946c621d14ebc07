//! What every link payload (`#r=`, `#i=`, `#v=`) shares: a format byte
//! first, a CRC-32 of everything before it last, base64url without padding
//! around the lot, and the bit packing of question sets and answers.
//!
//! Every unused bit must be zero, in the bytes and in the last base64url
//! character, so a payload has exactly one spelling and any edited character
//! changes the bytes. CRC-32 rather than a hash: it catches every change
//! confined to a short run of bits, so every one-character edit is caught for
//! certain, not just with high probability; other damage gets past it one
//! time in 2^32.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use super::bank::Bank;
use super::share::ShareError;

/// Longer input is refused before it is decoded; no real link comes near it.
pub const MAX_PAYLOAD_CHARS: usize = 4096;
/// Bytes of the bank's fingerprint a payload carries.
pub const FINGERPRINT_LEN: usize = 4;
const CHECKSUM_LEN: usize = 4;
/// Each answer is an option's position in 2 bits: banks have 4 options.
pub const ANSWERS_PER_BYTE: usize = 4;
const OPTIONS_PER_ANSWER: usize = 4;

/// `body` (which starts with its format byte) with its checksum, as base64url.
pub fn seal(mut body: Vec<u8>) -> String {
    let checksum = crc32(&body);
    body.extend_from_slice(&checksum.to_le_bytes());
    URL_SAFE_NO_PAD.encode(&body)
}

/// The format byte and the bytes after it, once the checksum matches.
pub fn open(payload: &str) -> Result<(u8, Vec<u8>), ShareError> {
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
    Ok((format, rest.to_vec()))
}

/// The payload's checksum: its last four bytes, which tell two payloads
/// apart without saying anything of what they hold.
pub fn checksum_of(payload: &str) -> Option<u32> {
    let bytes = URL_SAFE_NO_PAD.decode(payload).ok()?;
    let (_, checksum) = bytes.split_last_chunk::<CHECKSUM_LEN>()?;
    Some(u32::from_le_bytes(*checksum))
}

/// The fingerprint as stored: its low 32 bits, big-endian.
pub fn fingerprint(bank: &Bank) -> [u8; FINGERPRINT_LEN] {
    // Truncation is the point: 32 bits tell banks apart well enough for a link.
    (bank.fingerprint_value() as u32).to_be_bytes()
}

/// Reads bytes off the front of a payload's body.
pub struct Reader<'a>(pub &'a [u8]);

impl<'a> Reader<'a> {
    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], ShareError> {
        if self.0.len() < n {
            return Err(ShareError::Malformed);
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Ok(head)
    }

    /// The next byte.
    pub fn byte(&mut self) -> Result<u8, ShareError> {
        Ok(self.take(1)?[0])
    }

    /// The bank's fingerprint, which must be `bank`'s.
    pub fn fingerprint_of(&mut self, bank: &Bank) -> Result<(), ShareError> {
        if self.take(FINGERPRINT_LEN)? != fingerprint(bank) {
            return Err(ShareError::OtherBank);
        }
        Ok(())
    }

    /// Text stored as one length byte and its UTF-8.
    pub fn text(&mut self) -> Result<String, ShareError> {
        let len = usize::from(self.byte()?);
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| ShareError::Malformed)
    }

    /// Fails unless every byte was read.
    pub fn end(&self) -> Result<(), ShareError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ShareError::Malformed)
        }
    }
}

/// Appends `text` as one length byte and its UTF-8 (at most 255 bytes).
pub fn push_text(bytes: &mut Vec<u8>, text: &str) -> Result<(), ShareError> {
    let len = u8::try_from(text.len()).map_err(|_| ShareError::Incomplete)?;
    bytes.push(len);
    bytes.extend_from_slice(text.as_bytes());
    Ok(())
}

/// The asked questions of `bank` as a bit set, bit `i` (least significant
/// first) set if question `i` was asked.
pub fn mask(bank: &Bank, asked: &[usize]) -> Result<Vec<u8>, ShareError> {
    let n = bank.questions.len();
    let mut mask = vec![0u8; n.div_ceil(8)];
    for &i in asked {
        if i >= n {
            return Err(ShareError::Incomplete);
        }
        mask[i / 8] |= 1 << (i % 8);
    }
    Ok(mask)
}

/// The asked questions, ascending, from a mask read off `reader`; never empty.
pub fn read_mask(bank: &Bank, reader: &mut Reader) -> Result<Vec<usize>, ShareError> {
    let n = bank.questions.len();
    let mask = reader.take(n.div_ceil(8))?;
    if (n..mask.len() * 8).any(|i| bit(mask, i)) {
        return Err(ShareError::Malformed);
    }
    let asked: Vec<usize> = (0..n).filter(|i| bit(mask, *i)).collect();
    if asked.is_empty() {
        return Err(ShareError::Malformed);
    }
    Ok(asked)
}

/// For each of `asked` (ascending), the chosen option's position in 2 bits,
/// four to a byte, least significant first.
pub fn pack_answers(
    bank: &Bank,
    asked: &[usize],
    answers: &super::AnswerSheet,
) -> Result<Vec<u8>, ShareError> {
    let picks = asked
        .iter()
        .map(|&i| {
            let q = bank.questions.get(i)?;
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
    Ok(packed)
}

/// The answers to `asked` (ascending) read off `reader`, as [`pack_answers`] wrote them.
pub fn read_answers(
    bank: &Bank,
    asked: &[usize],
    reader: &mut Reader,
) -> Result<super::AnswerSheet, ShareError> {
    let packed = reader.take(asked.len().div_ceil(ANSWERS_PER_BYTE))?;
    let unused = (asked.len()..packed.len() * ANSWERS_PER_BYTE).any(|j| pick(packed, j) != Some(0));
    if unused {
        return Err(ShareError::Malformed);
    }
    let mut answers = super::AnswerSheet::new();
    for (j, &i) in asked.iter().enumerate() {
        let question = bank.questions.get(i).ok_or(ShareError::Malformed)?;
        let option = pick(packed, j)
            .and_then(|p| question.options.get(p))
            .ok_or(ShareError::Malformed)?;
        answers.answer(question.id.clone(), option.id.clone());
    }
    Ok(answers)
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

/// The parameter `key` in a URL fragment: with `key` `"r"`, `#r=XYZ`,
/// `r=XYZ` or `#a=1&r=XYZ&b=2` give `Some("XYZ")`. An empty value gives
/// `Some("")`, which the decoders refuse, so a link cut right after `r=`
/// still gets a notice. No such parameter gives `None`.
pub fn param<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    let params = fragment.strip_prefix('#').unwrap_or(fragment);
    params.split('&').find_map(|param| {
        param
            .strip_prefix(key)
            .and_then(|rest| rest.strip_prefix('='))
    })
}
