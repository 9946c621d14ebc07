//! The reply link's payload (`#v=…`): one rater's answers to an invitation,
//! which the person who invited them lays over their own radar.
//!
//! Format 1, as bytes before base64url (no padding), framed as every payload
//! is (see [`super::payload`]); `k` is the number of scenarios in the invitation:
//!
//! | bytes    | what                                                              |
//! | -------- | ----------------------------------------------------------------- |
//! | 1        | the format, [`REPLY_FORMAT`]                                      |
//! | 4        | the low 32 bits of the bank's fingerprint, big-endian             |
//! | 6        | the invitation's id                                               |
//! | 4        | the reply's id, random, made on the rater's device                |
//! | 1        | the relationship: 0 none given, then [`Relationship::code`]       |
//! | ⌈2k / 8⌉ | per invited scenario, in bank order, the chosen option's position in 2 bits, four to a byte, least significant first |
//! | 4        | CRC-32 (IEEE) of all the bytes before it, little-endian           |
//!
//! The checksum covers the invitation's id with the answers, so answers
//! cannot be moved to another invitation without breaking it. A full
//! attempt at 36 scenarios is 29 bytes, 39 characters.

use serde::{Deserialize, Serialize};

use super::bank::Bank;
use super::invite::{Invitation, InviteId};
use super::payload::{self, Reader};
use super::scoring::AnswerSheet;
use super::share::ShareError;

/// The reply format this build writes and reads.
pub const REPLY_FORMAT: u8 = 1;

/// How a rater knows the person, if they say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relationship {
    /// The rater reports to the person.
    ReportsToThem,
    Peer,
    /// The rater is the person's manager.
    Manager,
    CustomerOrSupplier,
    Other,
}

impl Relationship {
    /// Every relationship, in the order a rater is offered them.
    pub const ALL: [Relationship; 5] = [
        Relationship::ReportsToThem,
        Relationship::Peer,
        Relationship::Manager,
        Relationship::CustomerOrSupplier,
        Relationship::Other,
    ];

    /// Its byte in a reply (1–5; 0 is "not given").
    pub fn code(self) -> u8 {
        match self {
            Relationship::ReportsToThem => 1,
            Relationship::Peer => 2,
            Relationship::Manager => 3,
            Relationship::CustomerOrSupplier => 4,
            Relationship::Other => 5,
        }
    }

    /// The relationship with this [`code`](Relationship::code).
    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// A decoded reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// The invitation it answers.
    pub invite: InviteId,
    /// Random on the rater's device: the same reply added twice is one reply.
    pub id: u32,
    pub relationship: Option<Relationship>,
    /// One answer for each of the invitation's scenarios.
    pub answers: AnswerSheet,
}

/// Why a reply could not be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyError {
    /// The link itself: malformed, damaged, another format or another bank.
    Link(ShareError),
    /// It answers an invitation this device did not make (or has deleted).
    OtherInvitation,
    /// This reply was added already.
    Duplicate,
}

/// The payload for a rater's answers to `invitation`, to follow `#v=`.
pub fn encode(
    bank: &Bank,
    invitation: &Invitation,
    id: u32,
    relationship: Option<Relationship>,
    answers: &AnswerSheet,
) -> Result<String, ShareError> {
    let mut asked = invitation.asked.clone();
    asked.sort_unstable();
    asked.dedup();
    let packed = payload::pack_answers(bank, &asked, answers)?;
    let mut bytes = vec![REPLY_FORMAT];
    bytes.extend_from_slice(&payload::fingerprint(bank));
    bytes.extend_from_slice(&invitation.id.0);
    bytes.extend_from_slice(&id.to_be_bytes());
    bytes.push(relationship.map_or(0, Relationship::code));
    bytes.extend_from_slice(&packed);
    Ok(payload::seal(bytes))
}

/// Reads a reply (the part after `#v=`) made for `bank`, answering one of
/// `invitations`: the invitation fixes how many answers it must hold.
pub fn decode(bank: &Bank, text: &str, invitations: &[Invitation]) -> Result<Reply, ReplyError> {
    let (format, body) = payload::open(text).map_err(ReplyError::Link)?;
    if format != REPLY_FORMAT {
        return Err(ReplyError::Link(ShareError::OtherFormat));
    }
    let mut reader = Reader(&body);
    reader.fingerprint_of(bank).map_err(ReplyError::Link)?;
    let invite = InviteId(
        reader
            .take(6)
            .map_err(ReplyError::Link)?
            .try_into()
            .map_err(|_| ReplyError::Link(ShareError::Malformed))?,
    );
    let id = reader
        .take(4)
        .map_err(ReplyError::Link)?
        .try_into()
        .map(u32::from_be_bytes)
        .map_err(|_| ReplyError::Link(ShareError::Malformed))?;
    let relationship = match reader.byte().map_err(ReplyError::Link)? {
        0 => None,
        code => Some(Relationship::from_code(code).ok_or(ReplyError::Link(ShareError::Malformed))?),
    };
    let invitation = invitations
        .iter()
        .find(|i| i.id == invite)
        .ok_or(ReplyError::OtherInvitation)?;
    let answers =
        payload::read_answers(bank, &invitation.asked, &mut reader).map_err(ReplyError::Link)?;
    reader.end().map_err(ReplyError::Link)?;
    Ok(Reply {
        invite,
        id,
        relationship,
        answers,
    })
}

/// The payload in a URL fragment's `v=` parameter, as
/// [`super::share::payload_from_fragment`] finds `r=`.
pub fn payload_from_fragment(fragment: &str) -> Option<&str> {
    payload::param(fragment, "v")
}
