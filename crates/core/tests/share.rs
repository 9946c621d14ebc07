#![cfg(not(target_arch = "wasm32"))]
//! The share link's payload: round trips, lengths, the documented layout, and
//! every way a link can be wrong. The random and mutated inputs are in
//! `share_fuzz.rs`.

mod common;

use std::sync::LazyLock;

use common::{assert_refused, quick, sheet};
use partner_radar_core::domain::share::{
    decode, encode, payload_from_fragment, ShareError, Shared, SHARE_FORMAT,
};
use partner_radar_core::domain::{load_bank, AnswerSheet, Bank};
use proptest::prelude::*;
use proptest::sample::subsequence;

static SMALL: LazyLock<Bank> = LazyLock::new(common::small_bank);
static BUILT_IN: LazyLock<Bank> = LazyLock::new(common::built_in);

/// The documented length: 1 + 4 + ⌈n/8⌉ + ⌈2k/8⌉ + 4 bytes, in base64url.
fn expected_chars(questions: usize, asked: usize) -> usize {
    let bytes = 1 + 4 + questions.div_ceil(8) + (2 * asked).div_ceil(8) + 4;
    (bytes * 8).div_ceil(6)
}

fn round_trip(bank: &Bank, asked: &[usize], answers: &AnswerSheet) -> String {
    let payload = encode(bank, asked, answers).expect("a complete sheet encodes");
    let shared = decode(bank, &payload).expect("its own payload decodes");
    assert_eq!(
        shared,
        Shared {
            asked: asked.to_vec(),
            answers: answers.clone(),
            name: None,
            others: None,
        }
    );
    assert_eq!(
        encode(bank, &shared.asked, &shared.answers),
        Ok(payload.clone())
    );
    payload
}

// The reference codec (tests/common/share_reference.rs) checks the layout
// and seals bytes by hand.
use common::share_reference::{
    crc32 as reference_crc32, one_edit_away, seal, to_bytes, to_text, unseal, ALPHABET,
};

#[test]
fn reference_codec_matches_known_values() {
    assert_eq!(reference_crc32(b"123456789"), 0xCBF4_3926);
    for (bytes, text) in [
        (&b"f"[..], "Zg"),
        (b"fo", "Zm8"),
        (b"foo", "Zm9v"),
        (b"foob", "Zm9vYg"),
        (b"fooba", "Zm9vYmE"),
        (b"foobar", "Zm9vYmFy"),
        (&[0xfb, 0xff, 0xbf], "-_-_"),
    ] {
        assert_eq!(to_text(bytes), text);
        assert_eq!(to_bytes(text), bytes);
    }
}

/// Links written by the build before the codec used the `base64` and
/// CRC crates: the format is a contract, so they must read the same.
#[test]
fn links_made_by_earlier_builds_still_decode() {
    let bank = &*SMALL;
    let (full, partial) = ("AZd2q77_D1D6UJDgbNY", "AZd2q74pCRwDkNg2Kg");
    let every_fourth = |i: usize| i % 4;
    let some = [0, 3, 5, 8, 11];
    let all = common::all(bank);
    let expected = Shared {
        answers: common::sheet_scoring(bank, |i| every_fourth(i) as u8),
        asked: all.clone(),
        name: None,
        others: None,
    };
    assert_eq!(decode(bank, full), Ok(expected.clone()));
    assert_eq!(encode(bank, &all, &expected.answers).as_deref(), Ok(full));
    let answers = sheet(bank, &some, every_fourth);
    assert_eq!(
        decode(bank, partial),
        Ok(Shared {
            asked: some.to_vec(),
            answers,
            name: None,
            others: None,
        })
    );
}

/// Each payload has one spelling: padding, and unused bits set in the last
/// character, are refused before the checksum is looked at.
#[test]
fn non_canonical_spellings_are_malformed() {
    for (bank, payload) in samples() {
        assert!(decode(bank, &payload).is_ok());
        let spare_bits = (6 * payload.len()) % 8;
        if spare_bits == 0 {
            continue;
        }
        let padding = "=".repeat(4 - payload.len() % 4);
        assert_eq!(
            decode(bank, &format!("{payload}{padding}")),
            Err(ShareError::Malformed),
            "{payload} padded"
        );
        let last = ALPHABET.find(payload.chars().last().unwrap()).unwrap();
        for bit in 0..spare_bits {
            let other = ALPHABET.as_bytes()[last ^ (1 << bit)] as char;
            let respelled = format!("{}{other}", &payload[..payload.len() - 1]);
            assert_eq!(to_bytes(&respelled), to_bytes(&payload), "same bytes");
            assert_eq!(
                decode(bank, &respelled),
                Err(ShareError::Malformed),
                "{respelled} for {payload}"
            );
        }
    }
}

#[test]
fn full_and_quick_attempts_round_trip_on_both_banks() {
    let picks: [fn(usize) -> usize; 4] = [|_| 0, |_| 3, |i| i % 4, |i| (i * 7 + 1) % 4];
    for bank in [&*SMALL, &*BUILT_IN] {
        let n = bank.questions.len();
        let sets = [
            common::all(bank),
            quick(bank),
            vec![0],
            vec![n - 1],
            (0..n).step_by(2).collect(),
            (0..n).filter(|i| i % 3 != 1).collect(),
        ];
        for asked in &sets {
            for pick in picks {
                let answers = sheet(bank, asked, pick);
                let payload = round_trip(bank, asked, &answers);
                assert_eq!(payload.len(), expected_chars(n, asked.len()));
            }
        }
    }
}

#[test]
fn payload_follows_the_documented_layout() {
    let bank = &*SMALL;
    let asked = [0, 3, 4, 11];
    let payload = encode(
        bank,
        &asked,
        &sheet(bank, &asked, |i| [1, 0, 0, 2, 3, 0, 0, 0, 0, 0, 0, 1][i]),
    )
    .unwrap();
    let fingerprint = (bank.fingerprint_value() as u32).to_be_bytes();
    let mut expected = vec![SHARE_FORMAT];
    expected.extend_from_slice(&fingerprint);
    // Asked: bits 0, 3, 4 and 11, least significant first.
    expected.extend_from_slice(&[0b0001_1001, 0b0000_1000]);
    // Picks 1, 2, 3, 1 in 2 bits each, least significant first.
    expected.push(0b01_11_10_01);
    assert_eq!(unseal(&payload), expected);
    assert_eq!(payload, seal(&expected));
}

#[test]
fn answers_to_questions_not_asked_are_left_out() {
    let bank = &*BUILT_IN;
    let asked = quick(bank);
    let everything = sheet(bank, &common::all(bank), |i| i % 4);
    let payload = encode(bank, &asked, &everything).unwrap();
    let shared = decode(bank, &payload).unwrap();
    assert_eq!(shared.asked, asked);
    assert_eq!(shared.answers, sheet(bank, &asked, |i| i % 4));
}

#[test]
fn the_order_and_repeats_of_asked_do_not_matter() {
    let bank = &*SMALL;
    let answers = sheet(bank, &common::all(bank), |i| i % 4);
    let sorted = encode(bank, &[1, 5, 9], &answers).unwrap();
    assert_eq!(encode(bank, &[9, 1, 5, 1, 9], &answers), Ok(sorted));
}

#[test]
fn encode_refuses_what_is_not_a_finished_attempt() {
    let bank = &*SMALL;
    let all = common::all(bank);
    let answers = sheet(bank, &all, |_| 2);
    assert_eq!(encode(bank, &[], &answers), Err(ShareError::Incomplete));
    assert_eq!(
        encode(bank, &[0, 12], &answers),
        Err(ShareError::Incomplete)
    );
    assert_eq!(
        encode(bank, &[usize::MAX], &answers),
        Err(ShareError::Incomplete)
    );
    assert_eq!(
        encode(bank, &all, &AnswerSheet::new()),
        Err(ShareError::Incomplete)
    );

    let mut missing = sheet(bank, &all[1..], |_| 2);
    assert_eq!(encode(bank, &all, &missing), Err(ShareError::Incomplete));
    assert!(encode(bank, &all[1..], &missing).is_ok());
    missing.answer(bank.questions[0].id.clone(), "no-such-option");
    assert_eq!(encode(bank, &all, &missing), Err(ShareError::Incomplete));
}

#[test]
fn lengths_stay_far_under_the_limit() {
    let full = encode(
        &BUILT_IN,
        &common::all(&BUILT_IN),
        &sheet(&BUILT_IN, &common::all(&BUILT_IN), |_| 3),
    )
    .unwrap();
    let q = quick(&BUILT_IN);
    let quick_payload = encode(&BUILT_IN, &q, &sheet(&BUILT_IN, &q, |_| 3)).unwrap();
    let small = encode(
        &SMALL,
        &common::all(&SMALL),
        &sheet(&SMALL, &common::all(&SMALL), |_| 3),
    )
    .unwrap();

    // The issue's case: 36 answers, in a bank of 36 (the small bank six times over).
    let mut value = common::small_value();
    let questions = value["questions"].as_array().unwrap().clone();
    let mut more = Vec::new();
    for copy in 0..3 {
        for q in &questions {
            let mut q = q.clone();
            q["id"] = format!("{}-{copy}", q["id"].as_str().unwrap()).into();
            more.push(q);
        }
    }
    value["questions"] = more.into();
    let bank36 = load_bank(&value.to_string()).unwrap();
    assert_eq!(bank36.questions.len(), 36);
    let all36 = common::all(&bank36);
    let full36 = round_trip(&bank36, &all36, &sheet(&bank36, &all36, |i| i % 4));

    println!(
        "share payload lengths: built-in bank ({} questions) full {} chars, quick ({} asked) {}; \
         small bank (12) full {}; 36-question bank full {}",
        BUILT_IN.questions.len(),
        full.len(),
        q.len(),
        quick_payload.len(),
        small.len(),
        full36.len()
    );
    assert_eq!(
        full.len(),
        expected_chars(BUILT_IN.questions.len(), BUILT_IN.questions.len())
    );
    assert!(full.len() <= 120, "{full}");
    assert_eq!(
        quick_payload.len(),
        expected_chars(BUILT_IN.questions.len(), q.len())
    );
    assert_eq!(small.len(), 19);
    assert_eq!(full36.len(), 31);
}

/// A few payloads to break: full and quick, on both banks.
fn samples() -> Vec<(&'static Bank, String)> {
    let mut out = Vec::new();
    for bank in [&*SMALL, &*BUILT_IN] {
        for asked in [common::all(bank), quick(bank)] {
            let answers = sheet(bank, &asked, |i| (i * 5 + 2) % 4);
            out.push((bank, encode(bank, &asked, &answers).unwrap()));
        }
    }
    out
}

#[test]
fn every_one_character_edit_is_caught() {
    for (bank, payload) in samples() {
        for (edited, what) in one_edit_away(&payload) {
            assert_refused(bank, &edited, what);
        }
    }
}

#[test]
fn truncated_bytes_and_doubled_payloads_are_caught() {
    for (bank, payload) in samples() {
        // Truncated bytes, spelled canonically, so base64url alone cannot catch them.
        let bytes = to_bytes(&payload);
        for len in 0..bytes.len() {
            assert_refused(bank, &to_text(&bytes[..len]), "truncated bytes");
        }
        assert_refused(bank, &format!("{payload}{payload}"), "doubled");
    }
}

#[test]
fn a_link_for_another_bank_says_so() {
    let asked = common::all(&SMALL);
    let payload = encode(&SMALL, &asked, &sheet(&SMALL, &asked, |_| 1)).unwrap();

    // Swapping two scores changes what an answer means.
    let mut value = common::small_value();
    let options = &mut value["questions"][0]["options"];
    options[0]["score"] = 1.into();
    options[1]["score"] = 0.into();
    let rescored = load_bank(&value.to_string()).unwrap();
    assert_eq!(decode(&rescored, &payload), Err(ShareError::OtherBank));
    assert_eq!(decode(&BUILT_IN, &payload), Err(ShareError::OtherBank));

    // Fixing a typo does not.
    let mut value = common::small_value();
    value["questions"][0]["scenario"] = "A reworded scenario?".into();
    value["questions"][0]["options"][2]["text"] = "Reworded option".into();
    value["title"] = "Another title".into();
    let reworded = load_bank(&value.to_string()).unwrap();
    assert_eq!(decode(&reworded, &payload), decode(&SMALL, &payload));
}

#[test]
fn another_format_says_so() {
    let (bank, payload) = &samples()[0];
    let body = unseal(payload);
    for format in [0, 3, 255] {
        let mut other = body.clone();
        other[0] = format;
        assert_eq!(decode(bank, &seal(&other)), Err(ShareError::OtherFormat));
    }
    // Even one too short for format 1.
    assert_eq!(decode(bank, &seal(&[3])), Err(ShareError::OtherFormat));
    // Format 2 is read, so format 1's bytes under its number lack the flags.
    let mut two = body.clone();
    two[0] = 2;
    assert_eq!(decode(bank, &seal(&two)), Err(ShareError::Malformed));
}

#[test]
fn sealed_but_misshapen_payloads_are_malformed() {
    let bank = &*SMALL;
    let asked = [0, 1, 2, 3, 4];
    let body = unseal(&encode(bank, &asked, &sheet(bank, &asked, |_| 3)).unwrap());
    // Format 1, fingerprint, 2 mask bytes, 2 answer bytes.
    assert_eq!(body.len(), 9);
    let base = decode(bank, &seal(&body)).unwrap();
    assert_eq!(base.asked, asked);

    let edit = |f: &dyn Fn(&mut Vec<u8>)| {
        let mut b = body.clone();
        f(&mut b);
        decode(bank, &seal(&b))
    };
    let malformed = Err(ShareError::Malformed);
    assert_eq!(
        edit(&|b| b.truncate(0)),
        malformed,
        "nothing before the checksum"
    );
    assert_eq!(edit(&|b| b.truncate(1)), malformed, "format only");
    assert_eq!(
        edit(&|b| b.truncate(4)),
        malformed,
        "part of the fingerprint"
    );
    assert_eq!(edit(&|b| b.truncate(5)), malformed, "no mask");
    assert_eq!(edit(&|b| b.truncate(6)), malformed, "half a mask");
    assert_eq!(edit(&|b| b.truncate(7)), malformed, "no answers");
    assert_eq!(edit(&|b| b.truncate(8)), malformed, "too few answers");
    assert_eq!(edit(&|b| b.push(0)), malformed, "a byte too many");
    assert_eq!(
        edit(&|b| b[6] |= 0b0001_0000),
        malformed,
        "question 12 of 12"
    );
    assert_eq!(
        edit(&|b| b[6] |= 0b1000_0000),
        malformed,
        "question 15 of 12"
    );
    assert_eq!(
        edit(&|b| {
            b[5] = 0;
            b[6] = 0;
            b.truncate(7);
        }),
        malformed,
        "nothing asked"
    );
    assert_eq!(
        edit(&|b| b[8] |= 0b0000_0100),
        malformed,
        "a sixth answer in the padding"
    );
    assert_eq!(
        edit(&|b| b[8] |= 0b1000_0000),
        malformed,
        "the padding's last bit"
    );
    // Asking a sixth question takes its answer from the bits that were padding.
    let six = edit(&|b| {
        b[5] |= 0b0010_0000;
        b[8] |= 0b0000_1000;
    })
    .unwrap();
    assert_eq!(six.asked, vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(
        six.answers.chosen(&bank.questions[5].id),
        Some(&*bank.questions[5].options[2].id)
    );
}

#[test]
fn junk_is_malformed() {
    let bank = &*SMALL;
    let huge_valid_chars = "A".repeat(10_000_000);
    let long = "A".repeat(4097);
    for junk in [
        "",
        "A",
        "AA",
        "AAAAA",
        "====",
        "abc=",
        "ab+/cd",
        "hello world",
        "#r=AAAA",
        "r=AAAA",
        "é",
        "\0\0\0\0\0\0\0\0",
        "\u{1F600}\u{1F600}",
        long.as_str(),
        huge_valid_chars.as_str(),
    ] {
        assert_eq!(
            decode(bank, junk),
            Err(ShareError::Malformed),
            "{junk:.20?}"
        );
    }
    // Valid characters and length, but too short to hold a checksum or a format.
    assert_eq!(decode(bank, "AAAAAA"), Err(ShareError::Malformed));
    // Well-formed bytes with the wrong checksum.
    assert_eq!(decode(bank, &to_text(&[0; 20])), Err(ShareError::Damaged));
}

#[test]
fn payload_from_fragment_finds_r() {
    for (fragment, payload) in [
        ("#r=abc", Some("abc")),
        ("r=abc", Some("abc")),
        ("#r=abc&lang=en", Some("abc")),
        ("#lang=en&r=abc", Some("abc")),
        ("#a=1&r=abc&b=2", Some("abc")),
        ("#r=abc&r=def", Some("abc")),
        ("#r=", Some("")),
        ("#r=a=b", Some("a=b")),
        ("", None),
        ("#", None),
        ("#r", None),
        ("#rr=abc", None),
        ("#R=abc", None),
        ("#x=r=abc", None),
        ("#results", None),
        ("##r=abc", None),
        ("# r=abc", None),
    ] {
        assert_eq!(payload_from_fragment(fragment), payload, "{fragment:?}");
    }
    let bank = &*SMALL;
    let asked = quick(bank);
    let payload = encode(bank, &asked, &sheet(bank, &asked, |_| 0)).unwrap();
    let fragment = format!("#r={payload}");
    let found = payload_from_fragment(&fragment).unwrap();
    assert_eq!(decode(bank, found).unwrap().asked, asked);
}

#[test]
fn errors_explain_themselves() {
    for e in [
        ShareError::Malformed,
        ShareError::Damaged,
        ShareError::OtherFormat,
        ShareError::OtherBank,
        ShareError::Incomplete,
    ] {
        assert!(!e.to_string().is_empty());
    }
}

proptest! {
    #[test]
    fn every_sheet_round_trips_on_the_small_bank(
        asked in subsequence(common::all(&SMALL), 1..=SMALL.questions.len()),
        picks in proptest::collection::vec(0usize..4, SMALL.questions.len()),
    ) {
        let answers = sheet(&SMALL, &asked, |i| picks[i]);
        let payload = encode(&SMALL, &asked, &answers).unwrap();
        prop_assert_eq!(payload.len(), expected_chars(SMALL.questions.len(), asked.len()));
        prop_assert_eq!(decode(&SMALL, &payload), Ok(Shared { asked, answers, name: None, others: None }));
    }

    #[test]
    fn every_sheet_round_trips_on_the_built_in_bank(
        asked in subsequence(common::all(&BUILT_IN), 1..=BUILT_IN.questions.len()),
        picks in proptest::collection::vec(0usize..4, BUILT_IN.questions.len()),
    ) {
        let answers = sheet(&BUILT_IN, &asked, |i| picks[i]);
        let payload = encode(&BUILT_IN, &asked, &answers).unwrap();
        prop_assert!(payload.len() <= 120);
        prop_assert_eq!(decode(&BUILT_IN, &payload), Ok(Shared { asked, answers, name: None, others: None }));
    }

    #[test]
    fn any_text_decodes_to_an_error_or_its_own_sheet(text in "[A-Za-z0-9_-]{0,40}") {
        if let Ok(shared) = decode(&SMALL, &text) {
            prop_assert_eq!(encode(&SMALL, &shared.asked, &shared.answers), Ok(text));
        }
    }
}

/// Links made with the built-in bank before its scenarios were rewritten
/// (a score changed, so its fingerprint did) are well-formed and intact, and
/// are told apart as another bank's, so the reader sees that notice rather
/// than "damaged".
#[test]
fn links_made_with_the_earlier_built_in_bank_are_another_banks() {
    for link in ["AfoDXP7_____D2Xn4e8_JrUHnA8XCzA", "AfoDXP4pCQAAABwDkZv4HA"] {
        assert_eq!(decode(&BUILT_IN, link), Err(ShareError::OtherBank));
    }
}
