//! The machinery of the link fuzzers (`share_fuzz.rs`, `links_fuzz.rs`): the
//! number of cases and the seed, how a case was made, the tally of outcomes,
//! random payloads and text, and the mutations of a valid payload. Every
//! function draws from the generator in a fixed order, so a seed makes the
//! same cases in either file.

use partner_radar_core::domain::reply::ReplyError;
use partner_radar_core::domain::share::ShareError;
use partner_radar_core::domain::{AnswerSheet, Bank};

use super::share_reference::{seal, to_bytes, ALPHABET};

/// The cases `cargo test` runs; a run of at least this many must see every outcome.
pub const DEFAULT_CASES: u64 = 20_000;

/// A whole number from the environment variable `name` (`_` allowed between
/// digits), if it is set.
pub fn env_number(name: &str) -> Option<u64> {
    let text = std::env::var(name).ok()?;
    Some(
        text.trim()
            .replace('_', "")
            .parse()
            .unwrap_or_else(|_| panic!("{name}={text:?} is not a whole number")),
    )
}

/// The cases to run and the seed: from `{prefix}_CASES` and `{prefix}_SEED`
/// when set, else [`DEFAULT_CASES`] and `default_seed`.
pub fn cases_and_seed(prefix: &str, default_seed: u64) -> (u64, u64) {
    (
        env_number(&format!("{prefix}_CASES")).unwrap_or(DEFAULT_CASES),
        env_number(&format!("{prefix}_SEED")).unwrap_or(default_seed),
    )
}

/// Why a decoder refused a payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Malformed,
    Damaged,
    OtherFormat,
    OtherBank,
    OtherInvitation,
}

pub fn refusal(e: ShareError) -> Refusal {
    match e {
        ShareError::Malformed => Refusal::Malformed,
        ShareError::Damaged => Refusal::Damaged,
        ShareError::OtherFormat => Refusal::OtherFormat,
        ShareError::OtherBank => Refusal::OtherBank,
        ShareError::Incomplete => panic!("decode never reports Incomplete"),
    }
}

pub fn reply_refusal(e: ReplyError) -> Refusal {
    match e {
        ReplyError::Link(e) => refusal(e),
        ReplyError::OtherInvitation => Refusal::OtherInvitation,
        ReplyError::Duplicate => panic!("decode never reports Duplicate"),
    }
}

/// How a case was made, to judge what it may decode to.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    /// Anything at all.
    Random,
    /// An untouched valid payload: must decode in its own bank.
    Valid,
    /// One character replaced: CRC-32 must catch it.
    OneCharacter,
    /// Otherwise changed: may decode only to a valid value.
    Mutated,
    /// Bytes changed and the checksum made again.
    Resealed,
}

#[derive(Default, Debug)]
pub struct Tally {
    pub fragments_without_payload: u64,
    pub decoded: u64,
    /// Resealed bytes that make another valid value.
    pub resealed_and_accepted: u64,
    /// Changed without resealing, yet accepted: splices that happen to
    /// spell another valid payload (or, one in 2^32, a checksum collision).
    pub changed_and_accepted: u64,
    pub malformed: u64,
    pub damaged: u64,
    pub other_format: u64,
    pub other_bank: u64,
    pub other_invitation: u64,
}

impl Tally {
    /// Counts a payload `found` in the fragment of `payload` (made from
    /// `original` as `kind` says) that decoded; a one-character change must
    /// never decode.
    pub fn accepted(&mut self, what: &str, kind: Kind, original: &str, payload: &str, found: &str) {
        self.decoded += 1;
        if found != original {
            assert!(
                !(kind == Kind::OneCharacter && found == payload),
                "{what}: a one-character change was accepted: {original} → {found}"
            );
            if kind == Kind::Resealed {
                self.resealed_and_accepted += 1;
            } else {
                self.changed_and_accepted += 1;
            }
        }
    }

    pub fn refused(&mut self, r: Refusal) {
        match r {
            Refusal::Malformed => self.malformed += 1,
            Refusal::Damaged => self.damaged += 1,
            Refusal::OtherFormat => self.other_format += 1,
            Refusal::OtherBank => self.other_bank += 1,
            Refusal::OtherInvitation => self.other_invitation += 1,
        }
    }

    /// Every outcome turned up, so the cases reached every check in decode.
    pub fn assert_every_outcome(&self) {
        assert!(
            self.decoded > 0 && self.malformed > 0 && self.damaged > 0,
            "{self:?}"
        );
        assert!(self.other_format > 0 && self.other_bank > 0, "{self:?}");
        assert!(self.fragments_without_payload > 0, "{self:?}");
    }
}

/// The asked questions are some, ascending, and all of the bank's.
pub fn assert_asked(bank: &Bank, payload: &str, asked: &[usize]) {
    assert!(!asked.is_empty(), "{payload}");
    assert!(
        asked.windows(2).all(|w| w[0] < w[1]),
        "{payload}: {asked:?}"
    );
    assert!(asked.iter().all(|i| *i < bank.questions.len()), "{payload}");
}

/// Every asked question has one of its options, and nothing else is answered.
pub fn assert_answered(bank: &Bank, payload: &str, asked: &[usize], answers: &AnswerSheet) {
    assert_asked(bank, payload, asked);
    assert_eq!(answers.len(), asked.len(), "{payload}");
    for &i in asked {
        let q = &bank.questions[i];
        let chosen = answers
            .chosen(&q.id)
            .expect("every asked question answered");
        assert!(q.option(chosen).is_some(), "{payload}: {} → {chosen}", q.id);
    }
}

/// Some of the bank's questions, as they come: all of them, a random subset,
/// or one to three drawn with repeats (so unsorted, and repeats possible).
pub fn random_questions(rng: &mut fastrand::Rng, bank: &Bank) -> Vec<usize> {
    let n = bank.questions.len();
    let mut asked: Vec<usize> = match rng.u8(..3) {
        0 => (0..n).collect(),
        1 => (0..n).filter(|_| rng.bool()).collect(),
        _ => (0..rng.usize(1..4)).map(|_| rng.usize(..n)).collect(),
    };
    if asked.is_empty() {
        asked.push(rng.usize(..n));
    }
    asked
}

/// Each of `asked` answered with a random option.
pub fn random_answers(rng: &mut fastrand::Rng, bank: &Bank, asked: &[usize]) -> AnswerSheet {
    let mut answers = AnswerSheet::new();
    for &i in asked {
        let q = &bank.questions[i];
        answers.answer(
            q.id.clone(),
            q.options[rng.usize(..q.options.len())].id.clone(),
        );
    }
    answers
}

/// Random text and the mutations of a valid payload, as one fuzzer makes them.
pub struct Mutator {
    /// Characters a pasted or hand-edited link might carry besides base64url.
    pub others: &'static [char],
    /// The longest random base64url of the common kind of random case.
    pub base64_max: usize,
    /// Whether a fragment may carry the key with a letter before it (`#xr=`).
    pub lookalike_key: bool,
    /// One change to the bytes behind the checksum, made before resealing.
    pub edit: fn(&mut fastrand::Rng, &mut Vec<u8>),
}

impl Mutator {
    /// A case made from the valid payload `original`, and how it was made;
    /// `other` makes another valid payload, to splice in.
    pub fn mutate(
        &self,
        rng: &mut fastrand::Rng,
        original: &str,
        other: impl FnOnce(&mut fastrand::Rng) -> String,
    ) -> (String, Kind) {
        match rng.u8(..100) {
            0..=4 => (self.random_text(rng, 80), Kind::Random),
            5..=9 => (random_base64(rng, self.base64_max), Kind::Random),
            10 => (random_base64(rng, 6000), Kind::Random),
            11..=15 => (original.to_owned(), Kind::Valid),
            16..=25 => (self.flip_bits(rng, original, 1), Kind::OneCharacter),
            26..=35 => {
                let flips = rng.usize(2..12);
                (self.flip_bits(rng, original, flips), Kind::Mutated)
            }
            36..=40 => (self.replace_char(rng, original), Kind::OneCharacter),
            41..=47 => (self.insert_chars(rng, original), Kind::Mutated),
            48..=54 => (delete_chars(rng, original), Kind::Mutated),
            55..=61 => {
                let len = rng.usize(..original.len());
                (original[..len].to_owned(), Kind::Mutated)
            }
            62..=68 => {
                let other = other(rng);
                let cut = rng.usize(..=original.len());
                let from = rng.usize(..=other.len());
                (
                    format!("{}{}", &original[..cut], &other[from..]),
                    Kind::Mutated,
                )
            }
            _ => (self.reseal(rng, original), Kind::Resealed),
        }
    }

    /// Puts a payload in a fragment under `key`, mostly well-formed, sometimes not.
    pub fn wrap(&self, rng: &mut fastrand::Rng, key: &str, payload: &str) -> String {
        match rng.u8(..20) {
            0..=9 => format!("#{key}={payload}"),
            10..=11 => format!("{key}={payload}"),
            12..=13 => format!("#lang=en&{key}={payload}&x"),
            14 => format!("#{key}={payload}&{key}=AAAA"),
            15 => payload.to_owned(),
            16 => format!("#{payload}"),
            17 if self.lookalike_key => format!("#x{key}={payload}"),
            _ => {
                let at = rng.usize(..=payload.len());
                let noise = self.random_text(rng, 4);
                match payload.get(..at) {
                    Some(head) => format!("#{key}={head}{noise}{}", &payload[at..]),
                    None => format!("#{key}={payload}{noise}"),
                }
            }
        }
    }

    fn random_char(&self, rng: &mut fastrand::Rng) -> char {
        if rng.u8(..4) == 0 {
            self.others[rng.usize(..self.others.len())]
        } else {
            char::from(ALPHABET.as_bytes()[rng.usize(..64)])
        }
    }

    /// Up to `max` random characters, mostly base64url.
    pub fn random_text(&self, rng: &mut fastrand::Rng, max: usize) -> String {
        let len = rng.usize(..max);
        (0..len).map(|_| self.random_char(rng)).collect()
    }

    /// Flips `flips` bits of the payload's 6-bit characters; with one flip the
    /// result always differs from the original.
    fn flip_bits(&self, rng: &mut fastrand::Rng, payload: &str, flips: usize) -> String {
        let alphabet = ALPHABET.as_bytes();
        let mut chars = payload.as_bytes().to_vec();
        for _ in 0..flips {
            let at = rng.usize(..chars.len());
            chars[at] = alphabet[sextet(chars[at]) ^ (1 << rng.usize(..6))];
        }
        String::from_utf8(chars).expect("base64url is ASCII")
    }

    fn replace_char(&self, rng: &mut fastrand::Rng, payload: &str) -> String {
        let at = rng.usize(..payload.len());
        let old = char::from(payload.as_bytes()[at]);
        let mut new = self.random_char(rng);
        while new == old {
            new = self.random_char(rng);
        }
        format!("{}{new}{}", &payload[..at], &payload[at + 1..])
    }

    fn insert_chars(&self, rng: &mut fastrand::Rng, payload: &str) -> String {
        let mut out = payload.to_owned();
        for _ in 0..rng.usize(1..4) {
            let at = rng.usize(..=out.len());
            if out.is_char_boundary(at) {
                out.insert(at, self.random_char(rng));
            }
        }
        out
    }

    /// Changes the bytes behind the checksum with [`Mutator::edit`] and seals
    /// them again, so the checks after the checksum are fuzzed too; random
    /// edits alone almost never get past the checksum.
    fn reseal(&self, rng: &mut fastrand::Rng, payload: &str) -> String {
        let mut bytes = to_bytes(payload);
        bytes.truncate(bytes.len().saturating_sub(4));
        for _ in 0..rng.usize(1..4) {
            (self.edit)(rng, &mut bytes);
        }
        seal(&bytes)
    }
}

/// The byte edits both fuzzers make when resealing, chosen by `choice`: a
/// bit flipped, a byte replaced, inserted, removed, the bytes cut short, the
/// format byte replaced, a byte added; any other choice flips a bit past the
/// fifth byte (the mask, ids, answers and padding).
pub fn edit_bytes(rng: &mut fastrand::Rng, bytes: &mut Vec<u8>, choice: u8) {
    let len = bytes.len();
    match choice {
        0 if len > 0 => bytes[rng.usize(..len)] ^= 1 << rng.u8(..8),
        1 if len > 0 => bytes[rng.usize(..len)] = rng.u8(..),
        2 => bytes.insert(rng.usize(..=len), rng.u8(..)),
        3 if len > 0 => {
            bytes.remove(rng.usize(..len));
        }
        4 => bytes.truncate(rng.usize(..=len)),
        5 if len > 0 => bytes[0] = rng.u8(..),
        6 => bytes.push(rng.u8(..)),
        _ if len > 5 => bytes[rng.usize(5..len)] ^= 1 << rng.u8(..8),
        _ => {}
    }
}

/// Up to `max` random base64url characters.
pub fn random_base64(rng: &mut fastrand::Rng, max: usize) -> String {
    let len = rng.usize(..max);
    (0..len)
        .map(|_| char::from(ALPHABET.as_bytes()[rng.usize(..64)]))
        .collect()
}

fn sextet(c: u8) -> usize {
    ALPHABET.bytes().position(|a| a == c).expect("base64url")
}

fn delete_chars(rng: &mut fastrand::Rng, payload: &str) -> String {
    let mut out = payload.to_owned();
    for _ in 0..rng.usize(1..4) {
        if out.is_empty() {
            break;
        }
        let at = rng.usize(..out.len());
        out.remove(at);
    }
    out
}
