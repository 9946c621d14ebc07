#![cfg(not(target_arch = "wasm32"))]
//! Fuzzes the invitation (`#i=`), reply (`#v=`) and format-2 share (`#r=`)
//! decoders as `share_fuzz.rs` fuzzes format 1: random fragments and mutated
//! valid payloads each decode to an error or to a value that re-encodes to
//! the same payload, never a panic; a valid payload always decodes, and a
//! one-character change never does.
//!
//! `cargo test` runs 20,000 cases of each; `LINK_FUZZ_CASES=1000000` (as
//! `scripts/fuzz-share.sh` does) runs more, and `LINK_FUZZ_SEED` another seed.

mod common;

use std::time::Instant;

use partner_radar_core::domain::invite::{self, Invitation, InviteId};
use partner_radar_core::domain::reply::{self, Relationship, ReplyError};
use partner_radar_core::domain::share::{self, clean_name, Others, ShareError, MAX_NAME};
use partner_radar_core::domain::{AnswerSheet, Bank};

const DEFAULT_CASES: u64 = 20_000;
const DEFAULT_SEED: u64 = 0x0114_c55e_ed00;

const ALPHABET: &[u8] = common::share_reference::ALPHABET.as_bytes();
/// Characters a pasted or hand-edited link might carry besides base64url.
const OTHERS: &[char] = &[
    '#',
    '&',
    '=',
    'r',
    'i',
    'v',
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
/// What names are made of: letters, white space, control characters, and
/// characters of two, three and four bytes.
const NAME_CHARS: &[char] = &[
    'a', 'Z', ' ', ' ', '\t', '\u{0}', '\u{a0}', '-', 'é', 'ß', '漢', '€', '😀', '\u{7f}',
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

/// Why a decoder refused a payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    Malformed,
    Damaged,
    OtherFormat,
    OtherBank,
    OtherInvitation,
}

fn refusal(e: ShareError) -> Refusal {
    match e {
        ShareError::Malformed => Refusal::Malformed,
        ShareError::Damaged => Refusal::Damaged,
        ShareError::OtherFormat => Refusal::OtherFormat,
        ShareError::OtherBank => Refusal::OtherBank,
        ShareError::Incomplete => panic!("decode never reports Incomplete"),
    }
}

fn reply_refusal(e: ReplyError) -> Refusal {
    match e {
        ReplyError::Link(e) => refusal(e),
        ReplyError::OtherInvitation => Refusal::OtherInvitation,
        ReplyError::Duplicate => panic!("decode never reports Duplicate"),
    }
}

#[derive(Default, Debug)]
struct Tally {
    fragments_without_payload: u64,
    decoded: u64,
    /// Resealed bytes that make another valid value.
    resealed_and_accepted: u64,
    /// Changed without resealing, yet accepted: splices that happen to
    /// spell another valid payload (or, one in 2^32, a checksum collision).
    changed_and_accepted: u64,
    malformed: u64,
    damaged: u64,
    other_format: u64,
    other_bank: u64,
    other_invitation: u64,
}

impl Tally {
    fn refused(&mut self, r: Refusal) {
        match r {
            Refusal::Malformed => self.malformed += 1,
            Refusal::Damaged => self.damaged += 1,
            Refusal::OtherFormat => self.other_format += 1,
            Refusal::OtherBank => self.other_bank += 1,
            Refusal::OtherInvitation => self.other_invitation += 1,
        }
    }
}

/// How a case was made, to judge what it may decode to.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Random,
    /// An untouched valid payload: must decode in its own bank.
    Valid,
    /// One character replaced: CRC-32 must catch it.
    OneCharacter,
    Mutated,
    /// Bytes changed and the checksum made again.
    Resealed,
}

/// Makes a valid payload for bank `b`, and says whether bank `b`'s device
/// must accept it (a reply to an invitation it never made is refused).
type Make<'a> = Box<dyn Fn(&mut fastrand::Rng, usize) -> (String, bool) + 'a>;
/// Decodes in bank `b`; on success checks the value and returns its
/// payload as encoded again.
type Decode<'a> = Box<dyn Fn(usize, &str) -> Result<String, Refusal> + 'a>;

/// One kind of link under test.
struct Link<'a> {
    what: &'static str,
    key: &'static str,
    make: Make<'a>,
    decode: Decode<'a>,
}

fn cases_and_seed() -> (u64, u64) {
    (
        env_number("LINK_FUZZ_CASES").unwrap_or(DEFAULT_CASES),
        env_number("LINK_FUZZ_SEED").unwrap_or(DEFAULT_SEED),
    )
}

fn run(link: &Link, banks: usize, salt: u64) -> Tally {
    let (cases, seed) = cases_and_seed();
    let mut rng = fastrand::Rng::with_seed(seed ^ salt);
    let mut tally = Tally::default();
    let started = Instant::now();
    for _ in 0..cases {
        let b = rng.usize(..banks);
        let (original, accepted) = (link.make)(&mut rng, b);
        let (payload, kind) = mutate(&mut rng, link, banks, &original);
        let fragment = wrap(&mut rng, link.key, &payload);
        let Some(found) = partner_radar_core::domain::payload::param(&fragment, link.key) else {
            tally.fragments_without_payload += 1;
            continue;
        };
        for bank in 0..banks {
            match (link.decode)(bank, found) {
                Ok(again) => {
                    tally.decoded += 1;
                    assert_eq!(
                        again, found,
                        "{}: not the payload's only spelling",
                        link.what
                    );
                    if found != original {
                        assert!(
                            !(kind == Kind::OneCharacter && found == payload),
                            "{}: a one-character change was accepted: {original} → {found}",
                            link.what
                        );
                        if kind == Kind::Resealed {
                            tally.resealed_and_accepted += 1;
                        } else {
                            tally.changed_and_accepted += 1;
                        }
                    }
                }
                Err(r) => {
                    assert!(
                        !(kind == Kind::Valid && accepted && bank == b && found == payload),
                        "{}: a valid payload was refused ({r:?}): {found}",
                        link.what
                    );
                    tally.refused(r);
                }
            }
        }
    }
    let elapsed = started.elapsed();
    println!(
        "{} fuzz: {cases} cases, seed {seed:#x}, in {elapsed:.2?}: {tally:?}",
        link.what
    );
    if cases >= DEFAULT_CASES {
        // Every outcome turns up, so the cases reach every check in decode.
        assert!(
            tally.decoded > 0 && tally.malformed > 0 && tally.damaged > 0,
            "{tally:?}"
        );
        assert!(tally.other_format > 0 && tally.other_bank > 0, "{tally:?}");
        assert!(tally.fragments_without_payload > 0, "{tally:?}");
        assert!(tally.resealed_and_accepted > 0, "{tally:?}");
    }
    tally
}

fn banks() -> [Bank; 2] {
    [common::small_bank(), common::built_in()]
}

#[test]
fn invitations_decode_to_an_error_or_their_own_payload() {
    let banks = banks();
    let link = Link {
        what: "#i=",
        key: "i",
        make: Box::new(|rng, b| {
            let bank = &banks[b];
            let invitation = Invitation {
                id: random_id(rng),
                asked: random_asked(rng, bank),
                name: random_name(rng),
            };
            (
                invite::encode(bank, &invitation).expect("an invitation encodes"),
                true,
            )
        }),
        decode: Box::new(|b, payload| {
            let bank = &banks[b];
            let invitation = invite::decode(bank, payload).map_err(refusal)?;
            assert_asked(bank, payload, &invitation.asked);
            if let Some(name) = &invitation.name {
                assert_eq!(
                    clean_name(name).as_deref(),
                    Some(name.as_str()),
                    "{payload}"
                );
            }
            Ok(invite::encode(bank, &invitation).expect("a decoded invitation encodes"))
        }),
    };
    run(&link, banks.len(), 0x11);
}

#[test]
fn replies_decode_to_an_error_or_their_own_payload() {
    let banks = banks();
    let mut rng = fastrand::Rng::with_seed(7);
    // Each device's invitations: a full, a quick-sized, a single and a random set.
    let invitations: Vec<Vec<Invitation>> = banks
        .iter()
        .map(|bank| {
            let n = bank.questions.len();
            [
                (0..n).collect(),
                (0..n).step_by(3).collect(),
                vec![n - 1],
                random_asked(&mut rng, bank),
            ]
            .into_iter()
            .map(|asked| Invitation {
                id: random_id(&mut rng),
                asked,
                name: None,
            })
            .collect()
        })
        .collect();
    let link = Link {
        what: "#v=",
        key: "v",
        make: Box::new(|rng, b| {
            let bank = &banks[b];
            // Now and then a reply to an invitation this device never made.
            let stranger = Invitation {
                id: random_id(rng),
                asked: random_asked(rng, bank),
                name: None,
            };
            let known = rng.u8(..20) != 0;
            let invitation = if known {
                &invitations[b][rng.usize(..invitations[b].len())]
            } else {
                &stranger
            };
            let relationship = match rng.usize(..=Relationship::ALL.len()) {
                0 => None,
                k => Some(Relationship::ALL[k - 1]),
            };
            let answers = random_answers(rng, bank, &invitation.asked);
            let payload = reply::encode(bank, invitation, rng.u32(..), relationship, &answers)
                .expect("a reply encodes");
            (payload, known)
        }),
        decode: Box::new(|b, payload| {
            let bank = &banks[b];
            let reply = reply::decode(bank, payload, &invitations[b]).map_err(reply_refusal)?;
            let invitation = invitations[b]
                .iter()
                .find(|i| i.id == reply.invite)
                .expect("a reply decodes only for a known invitation");
            assert_answered(bank, payload, &invitation.asked, &reply.answers);
            Ok(reply::encode(
                bank,
                invitation,
                reply.id,
                reply.relationship,
                &reply.answers,
            )
            .expect("a decoded reply encodes"))
        }),
    };
    let tally = run(&link, banks.len(), 0x22);
    if cases_and_seed().0 >= DEFAULT_CASES {
        assert!(tally.other_invitation > 0, "{tally:?}");
    }
}

#[test]
fn format_2_share_links_decode_to_an_error_or_their_own_payload() {
    let banks = banks();
    let link = Link {
        what: "#r= (format 2)",
        key: "r",
        make: Box::new(|rng, b| {
            let bank = &banks[b];
            let asked = random_asked(rng, bank);
            let answers = random_answers(rng, bank, &asked);
            let name = random_name(rng).and_then(|n| clean_name(&n));
            let others = (rng.u8(..3) != 0).then(|| Others {
                replies: rng.u8(1..),
                means: (0..bank.groups.len()).map(|_| rng.u8(..=100)).collect(),
            });
            // Mostly format 2; format 1 now and then, which must read alike.
            let (name, others) = match (name, others) {
                (None, None) if rng.bool() => (Some("A".to_owned()), None),
                pair => pair,
            };
            let payload =
                share::encode_with(bank, &asked, &answers, name.as_deref(), others.as_ref())
                    .expect("a share link encodes");
            (payload, true)
        }),
        decode: Box::new(|b, payload| {
            let bank = &banks[b];
            let shared = share::decode(bank, payload).map_err(refusal)?;
            assert_answered(bank, payload, &shared.asked, &shared.answers);
            if let Some(name) = &shared.name {
                assert_eq!(
                    clean_name(name).as_deref(),
                    Some(name.as_str()),
                    "{payload}"
                );
                assert!(name.encode_utf16().count() <= MAX_NAME, "{payload}");
            }
            if let Some(others) = &shared.others {
                assert!(others.replies > 0, "{payload}");
                assert_eq!(others.means.len(), bank.groups.len(), "{payload}");
                assert!(others.means.iter().all(|m| *m <= 100), "{payload}");
            }
            Ok(share::encode_with(
                bank,
                &shared.asked,
                &shared.answers,
                shared.name.as_deref(),
                shared.others.as_ref(),
            )
            .expect("a decoded share link encodes"))
        }),
    };
    run(&link, banks.len(), 0x33);
}

fn assert_asked(bank: &Bank, payload: &str, asked: &[usize]) {
    assert!(!asked.is_empty(), "{payload}");
    assert!(
        asked.windows(2).all(|w| w[0] < w[1]),
        "{payload}: {asked:?}"
    );
    assert!(asked.iter().all(|i| *i < bank.questions.len()), "{payload}");
}

/// Every asked question has one of its options, and nothing else is answered.
fn assert_answered(bank: &Bank, payload: &str, asked: &[usize], answers: &AnswerSheet) {
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

fn random_id(rng: &mut fastrand::Rng) -> InviteId {
    InviteId::from_random(rng.u64(..))
}

fn random_asked(rng: &mut fastrand::Rng, bank: &Bank) -> Vec<usize> {
    let n = bank.questions.len();
    let mut asked: Vec<usize> = match rng.u8(..3) {
        0 => (0..n).collect(),
        1 => (0..n).filter(|_| rng.bool()).collect(),
        _ => (0..rng.usize(1..4)).map(|_| rng.usize(..n)).collect(),
    };
    if asked.is_empty() {
        asked.push(rng.usize(..n));
    }
    asked.sort_unstable();
    asked.dedup();
    asked
}

fn random_answers(rng: &mut fastrand::Rng, bank: &Bank, asked: &[usize]) -> AnswerSheet {
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

/// A name as a person might type it, up to a little over the limit; at
/// times none, or the longest of three-byte characters.
fn random_name(rng: &mut fastrand::Rng) -> Option<String> {
    match rng.u8(..10) {
        0..=2 => None,
        3 => Some("漢".repeat(MAX_NAME)),
        _ => {
            let len = rng.usize(..MAX_NAME + 8);
            Some(
                (0..len)
                    .map(|_| NAME_CHARS[rng.usize(..NAME_CHARS.len())])
                    .collect(),
            )
        }
    }
}

fn mutate(rng: &mut fastrand::Rng, link: &Link, banks: usize, original: &str) -> (String, Kind) {
    match rng.u8(..100) {
        0..=4 => (random_text(rng, 80), Kind::Random),
        5..=9 => (random_base64(rng, 220), Kind::Random),
        10 => (random_base64(rng, 6000), Kind::Random),
        11..=15 => (original.to_owned(), Kind::Valid),
        16..=25 => (flip_bits(rng, original, 1), Kind::OneCharacter),
        26..=35 => {
            let flips = rng.usize(2..12);
            (flip_bits(rng, original, flips), Kind::Mutated)
        }
        36..=40 => (replace_char(rng, original), Kind::OneCharacter),
        41..=47 => (insert_chars(rng, original), Kind::Mutated),
        48..=54 => (delete_chars(rng, original), Kind::Mutated),
        55..=61 => {
            let len = rng.usize(..original.len());
            (original[..len].to_owned(), Kind::Mutated)
        }
        62..=68 => {
            let other_bank = rng.usize(..banks);
            let (other, _) = (link.make)(rng, other_bank);
            let cut = rng.usize(..=original.len());
            let from = rng.usize(..=other.len());
            (
                format!("{}{}", &original[..cut], &other[from..]),
                Kind::Mutated,
            )
        }
        _ => (reseal(rng, original), Kind::Resealed),
    }
}

/// Puts a payload in a fragment, mostly well-formed, sometimes not.
fn wrap(rng: &mut fastrand::Rng, key: &str, payload: &str) -> String {
    match rng.u8(..20) {
        0..=9 => format!("#{key}={payload}"),
        10..=11 => format!("{key}={payload}"),
        12..=13 => format!("#lang=en&{key}={payload}&x"),
        14 => format!("#{key}={payload}&{key}=AAAA"),
        15 => payload.to_owned(),
        16 => format!("#{payload}"),
        17 => format!("#x{key}={payload}"),
        _ => {
            let at = rng.usize(..=payload.len());
            let noise = random_text(rng, 4);
            match payload.get(..at) {
                Some(head) => format!("#{key}={head}{noise}{}", &payload[at..]),
                None => format!("#{key}={payload}{noise}"),
            }
        }
    }
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
    for _ in 0..flips {
        let at = rng.usize(..chars.len());
        chars[at] = ALPHABET[sextet(chars[at]) ^ (1 << rng.usize(..6))];
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
/// checks after the checksum (format, fingerprint, mask, ids, names,
/// relationship, answers, means) are fuzzed too.
fn reseal(rng: &mut fastrand::Rng, payload: &str) -> String {
    let mut bytes = to_bytes(payload);
    bytes.truncate(bytes.len().saturating_sub(4));
    for _ in 0..rng.usize(1..4) {
        let len = bytes.len();
        match rng.u8(..10) {
            0 if len > 0 => bytes[rng.usize(..len)] ^= 1 << rng.u8(..8),
            1 if len > 0 => bytes[rng.usize(..len)] = rng.u8(..),
            2 => bytes.insert(rng.usize(..=len), rng.u8(..)),
            3 if len > 0 => {
                bytes.remove(rng.usize(..len));
            }
            4 => bytes.truncate(rng.usize(..=len)),
            5 if len > 0 => bytes[0] = rng.u8(..),
            6 => bytes.push(rng.u8(..)),
            // A byte near the end: names, means, answers, padding.
            7 if len > 0 => {
                let at = len - 1 - rng.usize(..len.min(8));
                bytes[at] = rng.u8(..);
            }
            // A small byte (a flag, a length, a relationship) anywhere.
            8 if len > 0 => bytes[rng.usize(..len)] = rng.u8(..8),
            // Flip a bit past the fifth byte.
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
