#![cfg(not(target_arch = "wasm32"))]
//! Fuzzes the share-link decoder: random fragments and mutated valid payloads
//! each decode to an error or to a valid sheet that re-encodes to the same
//! payload, never a panic.
//!
//! `cargo test` runs 20,000 cases; `SHARE_FUZZ_CASES=1000000` (as
//! `scripts/fuzz-share.sh` does) runs more, and `SHARE_FUZZ_SEED` another seed.

mod common;

use std::time::Instant;

use common::fuzz::{
    assert_answered, cases_and_seed, edit_bytes, random_answers, random_questions, refusal, Kind,
    Mutator, Tally, DEFAULT_CASES,
};
use partner_radar_core::domain::share::{decode, encode, payload_from_fragment};
use partner_radar_core::domain::{AnswerSheet, Bank};

const DEFAULT_SEED: u64 = 0x5eed_cafe;

/// Random text and mutations of format-1 payloads.
const FUZZ: Mutator = Mutator {
    others: &[
        '#', '&', '=', 'r', '+', '/', '%', ' ', '.', '?', '\0', '\n', 'é', '€', 'ß', '😀',
    ],
    base64_max: 80,
    lookalike_key: false,
    edit,
};

/// The byte edits both fuzzers make; the rest of the choices flip a bit
/// past the fifth byte: the mask, answers and padding.
fn edit(rng: &mut fastrand::Rng, bytes: &mut Vec<u8>) {
    let choice = rng.u8(..8);
    edit_bytes(rng, bytes, choice);
}

#[test]
fn random_and_mutated_fragments_decode_to_an_error_or_a_valid_sheet() {
    let (cases, seed) = cases_and_seed("SHARE_FUZZ", DEFAULT_SEED);
    let banks = [common::small_bank(), common::built_in()];
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut tally = Tally::default();
    let started = Instant::now();

    for _ in 0..cases {
        let (bank_index, original, payload, kind) = make_case(&mut rng, &banks);
        let fragment = FUZZ.wrap(&mut rng, "r", &payload);
        let Some(found) = payload_from_fragment(&fragment) else {
            tally.fragments_without_payload += 1;
            continue;
        };
        for (b, bank) in banks.iter().enumerate() {
            match decode(bank, found) {
                Ok(shared) => {
                    assert_valid(bank, found, &shared.asked, &shared.answers);
                    tally.accepted("share", kind, &original, &payload, found);
                }
                Err(e) => {
                    assert!(
                        !(kind == Kind::Valid && b == bank_index && found == payload),
                        "a valid payload was refused ({e:?}): {found}"
                    );
                    tally.refused(refusal(e));
                }
            }
        }
    }

    let elapsed = started.elapsed();
    println!("share fuzz: {cases} cases, seed {seed:#x}, in {elapsed:.2?}: {tally:?}");
    if cases >= DEFAULT_CASES {
        tally.assert_every_outcome();
    }
}

/// A decoded sheet is complete and valid for its bank, and is the payload's only spelling.
fn assert_valid(bank: &Bank, payload: &str, asked: &[usize], answers: &AnswerSheet) {
    assert_answered(bank, payload, asked, answers);
    assert_eq!(encode(bank, asked, answers).as_deref(), Ok(payload));
}

/// (bank it was made for, the valid payload it came from, the case, how it was made)
fn make_case(rng: &mut fastrand::Rng, banks: &[Bank]) -> (usize, String, String, Kind) {
    let b = rng.usize(..banks.len());
    let original = valid_payload(rng, &banks[b]);
    let (payload, kind) = FUZZ.mutate(rng, &original, |rng| {
        let other_bank = &banks[rng.usize(..banks.len())];
        valid_payload(rng, other_bank)
    });
    (b, original, payload, kind)
}

/// A format-1 payload of some questions, unsorted and with repeats at times.
fn valid_payload(rng: &mut fastrand::Rng, bank: &Bank) -> String {
    let asked = random_questions(rng, bank);
    let answers = random_answers(rng, bank, &asked);
    encode(bank, &asked, &answers).expect("a complete sheet encodes")
}
