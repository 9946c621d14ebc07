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

use common::fuzz::{
    assert_answered, assert_asked, edit_bytes, random_answers, random_questions, refusal,
    reply_refusal, Kind, Mutator, Refusal, Tally, DEFAULT_CASES,
};
use partner_radar_core::domain::invite::{self, Invitation, InviteId};
use partner_radar_core::domain::reply::{self, Relationship};
use partner_radar_core::domain::share::{self, clean_name, Others, MAX_NAME};
use partner_radar_core::domain::Bank;

const DEFAULT_SEED: u64 = 0x0114_c55e_ed00;

/// Random text and mutations, with the keys of all three links among the
/// stray characters.
const FUZZ: Mutator = Mutator {
    others: &[
        '#', '&', '=', 'r', 'i', 'v', '+', '/', '%', ' ', '.', '?', '\0', '\n', 'é', '€', 'ß', '😀',
    ],
    base64_max: 220,
    lookalike_key: true,
    edit,
};

/// What names are made of: letters, white space, control characters, and
/// characters of two, three and four bytes.
const NAME_CHARS: &[char] = &[
    'a', 'Z', ' ', ' ', '\t', '\u{0}', '\u{a0}', '-', 'é', 'ß', '漢', '€', '😀', '\u{7f}',
];

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
    common::fuzz::cases_and_seed("LINK_FUZZ", DEFAULT_SEED)
}

fn run(link: &Link, banks: usize, salt: u64) -> Tally {
    let (cases, seed) = cases_and_seed();
    let mut rng = fastrand::Rng::with_seed(seed ^ salt);
    let mut tally = Tally::default();
    let started = Instant::now();
    for _ in 0..cases {
        let b = rng.usize(..banks);
        let (original, accepted) = (link.make)(&mut rng, b);
        let (payload, kind) = FUZZ.mutate(&mut rng, &original, |rng| {
            let other_bank = rng.usize(..banks);
            (link.make)(rng, other_bank).0
        });
        let fragment = FUZZ.wrap(&mut rng, link.key, &payload);
        let Some(found) = partner_radar_core::domain::payload::param(&fragment, link.key) else {
            tally.fragments_without_payload += 1;
            continue;
        };
        for bank in 0..banks {
            match (link.decode)(bank, found) {
                Ok(again) => {
                    assert_eq!(
                        again, found,
                        "{}: not the payload's only spelling",
                        link.what
                    );
                    tally.accepted(link.what, kind, &original, &payload, found);
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
        tally.assert_every_outcome();
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

fn random_id(rng: &mut fastrand::Rng) -> InviteId {
    InviteId::from_random(rng.u64(..))
}

/// Some of the bank's questions, ascending and each once, as an invitation has them.
fn random_asked(rng: &mut fastrand::Rng, bank: &Bank) -> Vec<usize> {
    let mut asked = random_questions(rng, bank);
    asked.sort_unstable();
    asked.dedup();
    asked
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

/// The byte edits of both fuzzers, and some more for what these links carry
/// near their end (names, means, answers, padding) and in small bytes.
fn edit(rng: &mut fastrand::Rng, bytes: &mut Vec<u8>) {
    let len = bytes.len();
    match rng.u8(..10) {
        // A byte near the end: names, means, answers, padding.
        7 if len > 0 => {
            let at = len - 1 - rng.usize(..len.min(8));
            bytes[at] = rng.u8(..);
        }
        // A small byte (a flag, a length, a relationship) anywhere.
        8 if len > 0 => bytes[rng.usize(..len)] = rng.u8(..8),
        choice => edit_bytes(rng, bytes, choice),
    }
}
