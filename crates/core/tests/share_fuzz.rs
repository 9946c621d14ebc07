#![cfg(not(target_arch = "wasm32"))]
//! Fuzzes the share-link decoder: random fragments and mutated valid payloads
//! each decode to an error or to a valid sheet that re-encodes to the same
//! payload, never a panic.
//!
//! `cargo test` runs 20,000 cases; `SHARE_FUZZ_CASES=1000000` (as
//! `scripts/fuzz-share.sh` does) runs more, and `SHARE_FUZZ_SEED` another seed.

mod common;

use std::time::Instant;

use partner_radar_core::domain::share::{decode, encode, payload_from_fragment, ShareError};
use partner_radar_core::domain::{AnswerSheet, Bank};

const DEFAULT_CASES: u64 = 20_000;
const DEFAULT_SEED: u64 = 0x5eed_cafe;

const ALPHABET: &[u8] = common::share_reference::ALPHABET.as_bytes();
/// Characters a pasted or hand-edited link might carry besides base64url.
const OTHERS: &[char] = &[
    '#',
    '&',
    '=',
    'r',
    '+',
    '/',
    '%',
    ' ',
    '.',
    '?',
    '\0',
    '\n',
    'é',
    '€',
    'ß',
    '\u{1F600}',
];

fn env_number(name: &str) -> Option<u64> {
    let text = std::env::var(name).ok()?;
    Some(
        text.trim()
            .replace('_', "")
            .parse()
            .unwrap_or_else(|_| panic!("{name}={text:?} is not a whole number")),
    )
}

#[derive(Default, Debug)]
struct Tally {
    fragments_without_payload: u64,
    decoded: u64,
    /// Resealed bytes that make another valid sheet.
    resealed_and_accepted: u64,
    /// Changed without resealing, yet accepted: splices that happen to
    /// spell another valid payload (or, one in 2^32, a checksum collision).
    changed_and_accepted: u64,
    malformed: u64,
    damaged: u64,
    other_format: u64,
    other_bank: u64,
}

impl Tally {
    fn error(&mut self, e: ShareError) {
        match e {
            ShareError::Malformed => self.malformed += 1,
            ShareError::Damaged => self.damaged += 1,
            ShareError::OtherFormat => self.other_format += 1,
            ShareError::OtherBank => self.other_bank += 1,
            ShareError::Incomplete => panic!("decode never reports Incomplete"),
        }
    }
}

/// How a case was made, to judge what it may decode to.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// Anything at all.
    Random,
    /// An untouched valid payload: must decode to its own sheet.
    Valid,
    /// One character replaced: CRC-32 must catch it.
    OneCharacter,
    /// Otherwise changed: may decode only to a valid sheet.
    Mutated,
    /// Bytes changed and the checksum made again.
    Resealed,
}

#[test]
fn random_and_mutated_fragments_decode_to_an_error_or_a_valid_sheet() {
    let cases = env_number("SHARE_FUZZ_CASES").unwrap_or(DEFAULT_CASES);
    let seed = env_number("SHARE_FUZZ_SEED").unwrap_or(DEFAULT_SEED);
    let banks = [common::small_bank(), common::built_in()];
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut tally = Tally::default();
    let started = Instant::now();

    for _ in 0..cases {
        let (bank_index, original, payload, kind) = make_case(&mut rng, &banks);
        let fragment = wrap(&mut rng, &payload);
        let Some(found) = payload_from_fragment(&fragment) else {
            tally.fragments_without_payload += 1;
            continue;
        };
        for (b, bank) in banks.iter().enumerate() {
            match decode(bank, found) {
                Ok(shared) => {
                    tally.decoded += 1;
                    assert_valid(bank, found, &shared.asked, &shared.answers);
                    if found != original {
                        assert!(
                            !(kind == Kind::OneCharacter && found == payload),
                            "a one-character change was accepted: {original} → {found}"
                        );
                        if kind == Kind::Resealed {
                            tally.resealed_and_accepted += 1;
                        } else {
                            tally.changed_and_accepted += 1;
                        }
                    }
                }
                Err(e) => {
                    assert!(
                        !(kind == Kind::Valid && b == bank_index && found == payload),
                        "a valid payload was refused ({e:?}): {found}"
                    );
                    tally.error(e);
                }
            }
        }
    }

    let elapsed = started.elapsed();
    println!("share fuzz: {cases} cases, seed {seed:#x}, in {elapsed:.2?}: {tally:?}");
    if cases >= DEFAULT_CASES {
        // Every outcome turns up, so the cases reach every check in decode.
        assert!(
            tally.decoded > 0 && tally.malformed > 0 && tally.damaged > 0,
            "{tally:?}"
        );
        assert!(tally.other_format > 0 && tally.other_bank > 0, "{tally:?}");
        assert!(tally.fragments_without_payload > 0, "{tally:?}");
    }
}

/// A decoded sheet is complete and valid for its bank, and is the payload's only spelling.
fn assert_valid(bank: &Bank, payload: &str, asked: &[usize], answers: &AnswerSheet) {
    assert!(!asked.is_empty(), "{payload}");
    assert!(
        asked.windows(2).all(|w| w[0] < w[1]),
        "{payload}: {asked:?}"
    );
    assert!(asked.iter().all(|i| *i < bank.questions.len()), "{payload}");
    assert_eq!(answers.len(), asked.len(), "{payload}");
    for &i in asked {
        let q = &bank.questions[i];
        let chosen = answers
            .chosen(&q.id)
            .expect("every asked question answered");
        assert!(q.option(chosen).is_some(), "{payload}: {} → {chosen}", q.id);
    }
    assert_eq!(encode(bank, asked, answers).as_deref(), Ok(payload));
}

/// (bank it was made for, the valid payload it came from, the case, how it was made)
fn make_case(rng: &mut fastrand::Rng, banks: &[Bank]) -> (usize, String, String, Kind) {
    let b = rng.usize(..banks.len());
    let original = valid_payload(rng, &banks[b]);
    let (payload, kind) = match rng.u8(..100) {
        0..=4 => (random_text(rng, 80), Kind::Random),
        5..=9 => (random_base64(rng, 80), Kind::Random),
        10 => (random_base64(rng, 6000), Kind::Random),
        11..=15 => (original.clone(), Kind::Valid),
        16..=25 => (flip_bits(rng, &original, 1), Kind::OneCharacter),
        26..=35 => {
            let flips = rng.usize(2..12);
            (flip_bits(rng, &original, flips), Kind::Mutated)
        }
        36..=40 => (replace_char(rng, &original), Kind::OneCharacter),
        41..=47 => (insert_chars(rng, &original), Kind::Mutated),
        48..=54 => (delete_chars(rng, &original), Kind::Mutated),
        55..=61 => {
            let len = rng.usize(..original.len());
            (original[..len].to_owned(), Kind::Mutated)
        }
        62..=68 => {
            let other_bank = &banks[rng.usize(..banks.len())];
            let other = valid_payload(rng, other_bank);
            let cut = rng.usize(..=original.len());
            let from = rng.usize(..=other.len());
            (
                format!("{}{}", &original[..cut], &other[from..]),
                Kind::Mutated,
            )
        }
        _ => (reseal(rng, &original), Kind::Resealed),
    };
    (b, original, payload, kind)
}

/// Puts a payload in a fragment, mostly well-formed, sometimes not.
fn wrap(rng: &mut fastrand::Rng, payload: &str) -> String {
    match rng.u8(..20) {
        0..=9 => format!("#r={payload}"),
        10..=11 => format!("r={payload}"),
        12..=13 => format!("#lang=en&r={payload}&x"),
        14 => format!("#r={payload}&r=AAAA"),
        15 => payload.to_owned(),
        16 => format!("#{payload}"),
        _ => {
            let at = rng.usize(..=payload.len());
            let noise = random_text(rng, 4);
            match payload.get(..at) {
                Some(head) => format!("#r={head}{noise}{}", &payload[at..]),
                None => format!("#r={payload}{noise}"),
            }
        }
    }
}

fn valid_payload(rng: &mut fastrand::Rng, bank: &Bank) -> String {
    let n = bank.questions.len();
    let mut asked: Vec<usize> = match rng.u8(..3) {
        0 => (0..n).collect(),
        1 => (0..n).filter(|_| rng.bool()).collect(),
        _ => (0..rng.usize(1..4)).map(|_| rng.usize(..n)).collect(),
    };
    if asked.is_empty() {
        asked.push(rng.usize(..n));
    }
    let mut answers = AnswerSheet::new();
    for &i in &asked {
        let q = &bank.questions[i];
        answers.answer(
            q.id.clone(),
            q.options[rng.usize(..q.options.len())].id.clone(),
        );
    }
    encode(bank, &asked, &answers).expect("a complete sheet encodes")
}

/// Up to `max` random base64url characters.
fn random_base64(rng: &mut fastrand::Rng, max: usize) -> String {
    let len = rng.usize(..max);
    (0..len)
        .map(|_| char::from(ALPHABET[rng.usize(..64)]))
        .collect()
}

fn random_char(rng: &mut fastrand::Rng) -> char {
    if rng.u8(..4) == 0 {
        OTHERS[rng.usize(..OTHERS.len())]
    } else {
        char::from(ALPHABET[rng.usize(..64)])
    }
}

/// Up to `max` random characters, mostly base64url.
fn random_text(rng: &mut fastrand::Rng, max: usize) -> String {
    let len = rng.usize(..max);
    (0..len).map(|_| random_char(rng)).collect()
}

fn sextet(c: u8) -> usize {
    ALPHABET.iter().position(|a| *a == c).expect("base64url")
}

/// Flips `flips` bits of the payload's 6-bit characters; with one flip the
/// result always differs from the original.
fn flip_bits(rng: &mut fastrand::Rng, payload: &str, flips: usize) -> String {
    let mut chars = payload.as_bytes().to_vec();
    if flips == 1 {
        let at = rng.usize(..chars.len());
        chars[at] = ALPHABET[sextet(chars[at]) ^ (1 << rng.usize(..6))];
    } else {
        for _ in 0..flips {
            let at = rng.usize(..chars.len());
            chars[at] = ALPHABET[sextet(chars[at]) ^ (1 << rng.usize(..6))];
        }
    }
    String::from_utf8(chars).expect("base64url is ASCII")
}

fn replace_char(rng: &mut fastrand::Rng, payload: &str) -> String {
    let at = rng.usize(..payload.len());
    let old = char::from(payload.as_bytes()[at]);
    let mut new = random_char(rng);
    while new == old {
        new = random_char(rng);
    }
    format!("{}{new}{}", &payload[..at], &payload[at + 1..])
}

fn insert_chars(rng: &mut fastrand::Rng, payload: &str) -> String {
    let mut out = payload.to_owned();
    for _ in 0..rng.usize(1..4) {
        let at = rng.usize(..=out.len());
        if out.is_char_boundary(at) {
            out.insert(at, random_char(rng));
        }
    }
    out
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

/// Changes the bytes behind the checksum and seals them again, so the
/// checks after the checksum (format, fingerprint, mask, answers) are fuzzed
/// too; random edits alone almost never get past the checksum.
fn reseal(rng: &mut fastrand::Rng, payload: &str) -> String {
    let mut bytes = to_bytes(payload);
    bytes.truncate(bytes.len().saturating_sub(4));
    for _ in 0..rng.usize(1..4) {
        let len = bytes.len();
        match rng.u8(..8) {
            0 if len > 0 => bytes[rng.usize(..len)] ^= 1 << rng.u8(..8),
            1 if len > 0 => bytes[rng.usize(..len)] = rng.u8(..),
            2 => bytes.insert(rng.usize(..=len), rng.u8(..)),
            3 if len > 0 => {
                bytes.remove(rng.usize(..len));
            }
            4 => bytes.truncate(rng.usize(..=len)),
            5 if len > 0 => bytes[0] = rng.u8(..),
            6 => bytes.push(rng.u8(..)),
            // Flip a bit past the fifth byte: the mask, answers and padding.
            _ if len > 5 => bytes[rng.usize(5..len)] ^= 1 << rng.u8(..8),
            _ => {}
        }
    }
    let sum = crc32(&bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());
    to_text(&bytes)
}

// The reference base64url and CRC-32 (tests/common/share_reference.rs).
use common::share_reference::{crc32, to_bytes, to_text};
