//! The invitation link's payload (`#i=…`): a person asks others to answer
//! the scenarios they answered, as the others believe the person would act.
//!
//! Format 1, as bytes before base64url (no padding), framed as every payload
//! is (see [`super::payload`]); `n` is the number of questions in the bank:
//!
//! | bytes      | what                                                              |
//! | ---------- | ----------------------------------------------------------------- |
//! | 1          | the format, [`INVITE_FORMAT`]                                     |
//! | 4          | the low 32 bits of the bank's fingerprint, big-endian             |
//! | ⌈n / 8⌉    | bit `i` (least significant first) set if the person answered question `i` |
//! | 6          | the invitation's id, random, made on the person's device          |
//! | 1 + length | the person's first name: its UTF-8 length (0 for none), then the UTF-8 |
//! | 4          | CRC-32 (IEEE) of all the bytes before it, little-endian           |
//!
//! A full attempt at 36 questions with a 40-character name is at most
//! 1 + 4 + 5 + 6 + 121 + 4 = 141 bytes, 188 characters.

use std::fmt;

use super::bank::Bank;
use super::payload::{self, Reader};
use super::share::{clean_name, ShareError};

/// The invitation format this build writes and reads.
pub const INVITE_FORMAT: u8 = 1;
const ID_LEN: usize = 6;

/// An invitation's id: random bytes made on the inviting device, which
/// replies carry back so they find the attempt they answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InviteId(pub [u8; ID_LEN]);

impl InviteId {
    /// An id from random bits (the app passes `Math.random()`'s).
    pub fn from_random(bits: u64) -> Self {
        let bytes = bits.to_le_bytes();
        InviteId([bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5]])
    }

    /// The id as written in storage and storage keys: 12 hex digits.
    pub fn parse(text: &str) -> Option<Self> {
        // `from_str_radix` takes a leading `+` too: only hex digits spell an id.
        if text.len() != 2 * ID_LEN || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let mut id = [0u8; ID_LEN];
        for (k, byte) in id.iter_mut().enumerate() {
            *byte = u8::from_str_radix(text.get(2 * k..2 * k + 2)?, 16).ok()?;
        }
        Some(InviteId(id))
    }
}

impl fmt::Display for InviteId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl serde::Serialize for InviteId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for InviteId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        InviteId::parse(&text).ok_or_else(|| serde::de::Error::custom("not an invitation id"))
    }
}

/// A decoded invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: InviteId,
    /// The scenarios the person answered (indices into `bank.questions`), ascending, never empty.
    pub asked: Vec<usize>,
    /// The person's first name, as [`clean_name`] leaves it.
    pub name: Option<String>,
}

/// The payload for an invitation, to follow `#i=`. `asked` may be in any
/// order and repeat; a name is cleaned first, and a blank one is no name.
pub fn encode(bank: &Bank, invitation: &Invitation) -> Result<String, ShareError> {
    let mask = payload::mask(bank, &invitation.asked)?;
    if invitation.asked.is_empty() {
        return Err(ShareError::Incomplete);
    }
    let mut bytes = vec![INVITE_FORMAT];
    bytes.extend_from_slice(&payload::fingerprint(bank));
    bytes.extend_from_slice(&mask);
    bytes.extend_from_slice(&invitation.id.0);
    let name = invitation.name.as_deref().and_then(clean_name);
    payload::push_text(&mut bytes, name.as_deref().unwrap_or(""))?;
    Ok(payload::seal(bytes))
}

/// Reads an invitation's payload (the part after `#i=`) made for `bank`.
pub fn decode(bank: &Bank, text: &str) -> Result<Invitation, ShareError> {
    let (format, body) = payload::open(text)?;
    if format != INVITE_FORMAT {
        return Err(ShareError::OtherFormat);
    }
    let mut reader = Reader(&body);
    reader.fingerprint_of(bank)?;
    let asked = payload::read_mask(bank, &mut reader)?;
    let id = InviteId(
        reader
            .take(ID_LEN)?
            .try_into()
            .map_err(|_| ShareError::Malformed)?,
    );
    let name = reader.text()?;
    reader.end()?;
    let name = if name.is_empty() {
        None
    } else if clean_name(&name).as_deref() == Some(name.as_str()) {
        Some(name)
    } else {
        // One spelling per invitation: only names as `clean_name` leaves them.
        return Err(ShareError::Malformed);
    };
    Ok(Invitation { id, asked, name })
}

/// The payload in a URL fragment's `i=` parameter, as
/// [`super::share::payload_from_fragment`] finds `r=`.
pub fn payload_from_fragment(fragment: &str) -> Option<&str> {
    payload::param(fragment, "i")
}
