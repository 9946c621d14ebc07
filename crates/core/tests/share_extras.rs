#![cfg(not(target_arch = "wasm32"))]
//! The share link's format 2 (`#r=` with a name and others' means): round
//! trips, the documented byte layout, `clean_name`, everything a format-2
//! payload can get wrong, and its length. Format 1 is in `share.rs`.

mod common;

use std::sync::LazyLock;

use common::share_reference::{one_edit_away, seal, unseal};
use common::{assert_refused, quick, sheet};
use partner_radar_core::domain::share::{
    clean_name, decode, encode, encode_with, Others, ShareError, Shared, MAX_NAME, SHARE_FORMAT,
    SHARE_FORMAT_EXTRAS,
};
use partner_radar_core::domain::{AnswerSheet, Bank};

static SMALL: LazyLock<Bank> = LazyLock::new(common::small_bank);
static BUILT_IN: LazyLock<Bank> = LazyLock::new(common::built_in);

fn others(replies: u8, means: &[u8]) -> Others {
    Others {
        replies,
        means: means.to_vec(),
    }
}

/// Encodes with extras, decodes, and checks the result and the re-encoding.
fn round_trip(
    bank: &Bank,
    asked: &[usize],
    answers: &AnswerSheet,
    name: Option<&str>,
    extra: Option<&Others>,
) -> String {
    let payload = encode_with(bank, asked, answers, name, extra).expect("encodes");
    let shared = decode(bank, &payload).expect("its own payload decodes");
    assert_eq!(
        shared,
        Shared {
            asked: asked.to_vec(),
            answers: answers.clone(),
            name: name.map(str::to_owned),
            others: extra.cloned(),
        }
    );
    assert_eq!(
        encode_with(
            bank,
            &shared.asked,
            &shared.answers,
            shared.name.as_deref(),
            shared.others.as_ref()
        ),
        Ok(payload.clone())
    );
    payload
}

#[test]
fn name_only_means_only_and_both_round_trip_on_both_banks() {
    for bank in [&*SMALL, &*BUILT_IN] {
        let all = common::all(bank);
        let g = bank.groups.len();
        let means: Vec<u8> = (0..g).map(|k| [0, 17, 50, 99, 100, 3][k % 6]).collect();
        for asked in [
            all.clone(),
            quick(bank),
            vec![0],
            vec![bank.questions.len() - 1],
        ] {
            let answers = sheet(bank, &asked, |i| (i * 3 + 1) % 4);
            for name in [
                None,
                Some("Ann"),
                Some("Zoë O'Brien-Łukasz"),
                Some("李小龍 😀"),
            ] {
                for extra in [None, Some(others(1, &means)), Some(others(255, &means))] {
                    let payload = round_trip(bank, &asked, &answers, name, extra.as_ref());
                    let format = unseal(&payload)[0];
                    let expected = if name.is_none() && extra.is_none() {
                        SHARE_FORMAT
                    } else {
                        SHARE_FORMAT_EXTRAS
                    };
                    assert_eq!(format, expected, "{name:?} {extra:?}");
                }
            }
        }
    }
}

#[test]
fn a_name_is_cleaned_before_it_is_written() {
    let bank = &*SMALL;
    let all = common::all(bank);
    let answers = sheet(bank, &all, |i| i % 4);
    let payload = encode_with(bank, &all, &answers, Some("  Ann \t\n Lee  "), None).unwrap();
    assert_eq!(
        decode(bank, &payload).unwrap().name.as_deref(),
        Some("Ann Lee")
    );
    assert_eq!(
        encode_with(bank, &all, &answers, Some("Ann Lee"), None),
        Ok(payload)
    );
    // A name that cleans to nothing cannot be carried.
    for blank in ["", "   ", "\t\n", "\u{0}\u{7}"] {
        assert_eq!(
            encode_with(bank, &all, &answers, Some(blank), None),
            Err(ShareError::Incomplete),
            "{blank:?}"
        );
    }
}

#[test]
fn format_1_is_still_written_without_extras() {
    for bank in [&*SMALL, &*BUILT_IN] {
        for asked in [common::all(bank), quick(bank), vec![2]] {
            let answers = sheet(bank, &asked, |i| (i + 2) % 4);
            let plain = encode(bank, &asked, &answers).unwrap();
            let with = encode_with(bank, &asked, &answers, None, None).unwrap();
            assert_eq!(with, plain);
            assert_eq!(unseal(&with)[0], SHARE_FORMAT);
            // The same attempt with a name is another, longer payload.
            let named = encode_with(bank, &asked, &answers, Some("A"), None).unwrap();
            assert_ne!(named, plain);
            assert_eq!(unseal(&named)[0], SHARE_FORMAT_EXTRAS);
            assert_eq!(unseal(&named)[1..], {
                let mut rest = unseal(&plain)[1..].to_vec();
                rest.extend_from_slice(&[1, 1, b'A']);
                rest
            });
        }
    }
    // The link made by an earlier build (share.rs) is still format 1.
    let all = common::all(&SMALL);
    let answers = common::sheet_scoring(&SMALL, |i| (i % 4) as u8);
    assert_eq!(
        encode_with(&SMALL, &all, &answers, None, None).as_deref(),
        Ok("AZd2q77_D1D6UJDgbNY")
    );
}

#[test]
fn payload_follows_the_documented_layout() {
    let bank = &*SMALL;
    let asked = [0, 3, 4, 11];
    let answers = sheet(bank, &asked, |i| [1, 0, 0, 2, 3, 0, 0, 0, 0, 0, 0, 1][i]);
    let fingerprint = (bank.fingerprint_value() as u32).to_be_bytes();
    let mut common_part = fingerprint.to_vec();
    // Asked: bits 0, 3, 4 and 11, least significant first.
    common_part.extend_from_slice(&[0b0001_1001, 0b0000_1000]);
    // Picks 1, 2, 3, 1 in 2 bits each, least significant first.
    common_part.push(0b01_11_10_01);

    let means = [0, 10, 50, 100, 99, 1];
    let cases: [(Option<&str>, Option<Others>, Vec<u8>); 3] = [
        // Flags 1, then "Zoë": 4 bytes of UTF-8.
        (Some("Zoë"), None, vec![1, 4, b'Z', b'o', 0xC3, 0xAB]),
        // Flags 2, then 3 replies and one mean per group.
        (
            None,
            Some(others(3, &means)),
            vec![2, 3, 0, 10, 50, 100, 99, 1],
        ),
        // Flags 3: the name first, then the means.
        (
            Some("Zoë"),
            Some(others(3, &means)),
            vec![3, 4, b'Z', b'o', 0xC3, 0xAB, 3, 0, 10, 50, 100, 99, 1],
        ),
    ];
    for (name, extra, tail) in cases {
        let payload = encode_with(bank, &asked, &answers, name, extra.as_ref()).unwrap();
        let mut expected = vec![SHARE_FORMAT_EXTRAS];
        expected.extend_from_slice(&common_part);
        expected.extend_from_slice(&tail);
        assert_eq!(unseal(&payload), expected, "{name:?} {extra:?}");
        assert_eq!(payload, seal(&expected));
        assert_eq!(payload.len(), ((expected.len() + 4) * 8).div_ceil(6));
    }
}

#[test]
fn clean_name_trims_joins_and_drops() {
    for (input, cleaned) in [
        ("Ann", Some("Ann")),
        ("  Ann  ", Some("Ann")),
        ("Mary   Ann", Some("Mary Ann")),
        ("Mary \t\n\r Ann", Some("Mary Ann")),
        ("Mary\u{a0}Ann", Some("Mary Ann")),
        ("Mary\u{3000}Ann", Some("Mary Ann")),
        ("\u{1}Ann\u{1b}", Some("Ann")),
        ("Ann\u{0}e", Some("Anne")),
        ("Ann\u{7f}e\u{85}Lee", Some("Anne Lee")),
        ("\u{9f}Zoë", Some("Zoë")),
        ("李 小龍", Some("李 小龍")),
        ("😀 Ann", Some("😀 Ann")),
        ("", None),
        ("   ", None),
        ("\t\r\n", None),
        ("\u{0}\u{7}\u{1b}", None),
        (" \u{0} \u{a0} ", None),
    ] {
        assert_eq!(clean_name(input).as_deref(), cleaned, "{input:?}");
    }
}

#[test]
fn clean_name_keeps_at_most_40_utf16_units() {
    assert_eq!(MAX_NAME, 40);
    let units = |s: &str| s.encode_utf16().count();
    let a40 = "a".repeat(40);
    assert_eq!(clean_name(&a40).as_deref(), Some(a40.as_str()));
    assert_eq!(clean_name(&"a".repeat(41)).as_deref(), Some(a40.as_str()));
    assert_eq!(clean_name(&"a".repeat(500)).as_deref(), Some(a40.as_str()));
    // CJK: one unit, three bytes each.
    let cjk = clean_name(&"漢".repeat(50)).unwrap();
    assert_eq!(cjk, "漢".repeat(40));
    assert_eq!(cjk.len(), 120);
    // Emoji: two units (a surrogate pair) each, never split.
    let emoji = clean_name(&"😀".repeat(30)).unwrap();
    assert_eq!(emoji, "😀".repeat(20));
    assert_eq!(units(&emoji), 40);
    let odd = clean_name(&format!("a{}", "😀".repeat(30))).unwrap();
    assert_eq!(odd, format!("a{}", "😀".repeat(19)));
    assert_eq!(units(&odd), 39);
    // Spaces count, but a cut never leaves one at the end.
    let words = clean_name(&format!("{} bc", "a".repeat(39))).unwrap();
    assert_eq!(words, "a".repeat(39));
    let words = clean_name(&format!("{} bc", "a".repeat(38))).unwrap();
    assert_eq!(words, format!("{} b", "a".repeat(38)));
    // Leading and repeated white space does not count.
    let spaced = clean_name(&format!("   {}   x", "a".repeat(38))).unwrap();
    assert_eq!(spaced, format!("{} x", "a".repeat(38)));
    // Whatever comes in, what comes out is at most 40 units and clean already.
    for input in [
        "x ".repeat(30),
        "漢😀 ".repeat(20),
        format!("{}\u{0}{}", "é".repeat(20), "ü".repeat(30)),
    ] {
        let name = clean_name(&input).unwrap();
        assert!(units(&name) <= MAX_NAME, "{name}");
        assert_eq!(clean_name(&name).as_deref(), Some(name.as_str()));
    }
}

/// A format-2 body for the small bank, its first five questions all
/// answered with option 3, before the flags.
fn small_body() -> Vec<u8> {
    let asked = [0, 1, 2, 3, 4];
    let payload = encode(&SMALL, &asked, &sheet(&SMALL, &asked, |_| 3)).unwrap();
    let mut body = unseal(&payload);
    body[0] = SHARE_FORMAT_EXTRAS;
    body
}

fn with_tail(tail: &[u8]) -> Result<Shared, ShareError> {
    let mut body = small_body();
    body.extend_from_slice(tail);
    decode(&SMALL, &seal(&body))
}

#[test]
fn sealed_format_2_bytes_that_are_well_formed_decode() {
    let shared = with_tail(&[1, 3, b'A', b'n', b'n']).unwrap();
    assert_eq!(shared.name.as_deref(), Some("Ann"));
    assert_eq!(shared.others, None);
    let shared = with_tail(&[2, 255, 100, 0, 100, 0, 100, 0]).unwrap();
    assert_eq!(shared.name, None);
    assert_eq!(shared.others, Some(others(255, &[100, 0, 100, 0, 100, 0])));
    assert_eq!(shared.asked, vec![0, 1, 2, 3, 4]);
}

#[test]
fn misshapen_format_2_payloads_are_malformed() {
    let malformed = Err(ShareError::Malformed);
    let means = [1, 2, 3, 4, 5, 6];
    let mut both = vec![3, 3, b'A', b'n', b'n', 2];
    both.extend_from_slice(&means);
    assert!(with_tail(&both).is_ok());

    let name = |text: &str| {
        let mut tail = vec![1, text.len() as u8];
        tail.extend_from_slice(text.as_bytes());
        tail
    };
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("no flags byte", vec![]),
        ("flags 0", vec![0]),
        (
            "flags 0 and a name",
            [&[0u8][..], &name("Ann")[1..]].concat(),
        ),
        ("unknown flag 4", vec![4]),
        (
            "unknown flag 4 with a name",
            [&[5u8][..], &name("Ann")[1..]].concat(),
        ),
        ("unknown flag 128", {
            let mut t = name("Ann");
            t[0] = 0x81;
            t
        }),
        ("flags 255", vec![255]),
        ("name flag, no name", vec![1]),
        ("an empty name", name("")),
        ("a name cut short", vec![1, 5, b'A', b'n', b'n']),
        ("a leading space", name(" Ann")),
        ("a trailing space", name("Ann ")),
        ("two spaces", name("Ann  Lee")),
        ("a tab", name("Ann\tLee")),
        ("a control character", name("Ann\u{0}")),
        ("a no-break space", name("Ann\u{a0}Lee")),
        ("41 units", name(&"a".repeat(41))),
        ("21 emoji", name(&"😀".repeat(21))),
        ("not UTF-8", vec![1, 2, 0xC3, 0x28]),
        ("a lone continuation byte", vec![1, 1, 0x80]),
        ("means flag, nothing after", vec![2]),
        ("replies but too few means", vec![2, 3, 1, 2, 3, 4, 5]),
        ("replies 0", [&[2u8, 0][..], &means].concat()),
        ("a mean of 101", vec![2, 3, 1, 2, 101, 4, 5, 6]),
        ("a mean of 255", vec![2, 3, 255, 2, 3, 4, 5, 6]),
        (
            "a byte after the means",
            [&[2u8, 3][..], &means, &[0]].concat(),
        ),
        ("a byte after the name", [&name("Ann")[..], &[0]].concat()),
        ("both flags, no means", {
            let mut t = name("Ann");
            t[0] = 3;
            t
        }),
        (
            "name flag, means after",
            [&name("Ann")[..], &[3], &means].concat(),
        ),
        ("a byte after both", [&both[..], &[7]].concat()),
    ];
    for (what, tail) in cases {
        assert_eq!(with_tail(&tail), malformed, "{what}: {tail:?}");
    }
    // Format 1 with format 2's extras after it has bytes too many.
    let mut body = small_body();
    body[0] = SHARE_FORMAT;
    body.extend_from_slice(&name("Ann"));
    assert_eq!(decode(&SMALL, &seal(&body)), malformed);
}

#[test]
fn encode_refuses_means_that_cannot_be_carried() {
    let bank = &*SMALL;
    let all = common::all(bank);
    let answers = sheet(bank, &all, |_| 0);
    for extra in [
        others(0, &[1, 2, 3, 4, 5, 6]),
        others(1, &[1, 2, 3, 4, 5]),
        others(1, &[1, 2, 3, 4, 5, 6, 7]),
        others(1, &[]),
        others(1, &[1, 2, 3, 4, 5, 101]),
    ] {
        assert_eq!(
            encode_with(bank, &all, &answers, Some("Ann"), Some(&extra)),
            Err(ShareError::Incomplete),
            "{extra:?}"
        );
    }
    assert_eq!(
        encode_with(bank, &[], &answers, Some("Ann"), None),
        Err(ShareError::Incomplete)
    );
}

#[test]
fn a_full_attempt_with_the_longest_name_and_means_stays_short() {
    let bank = &*BUILT_IN;
    assert_eq!(bank.questions.len(), 36);
    let all = common::all(bank);
    let answers = sheet(bank, &all, |i| i % 4);
    let means = vec![100; bank.groups.len()];
    let mut longest = (0, String::new());
    for name in [
        "漢".repeat(40),
        "€".repeat(40),
        "😀".repeat(20),
        "é".repeat(40),
        "a".repeat(40),
        format!("{} {}", "漢".repeat(19), "漢".repeat(20)),
    ] {
        assert_eq!(clean_name(&name).as_deref(), Some(name.as_str()));
        let payload = round_trip(
            bank,
            &all,
            &answers,
            Some(&name),
            Some(&others(255, &means)),
        );
        if payload.len() > longest.0 {
            longest = (payload.len(), name.clone());
        }
    }
    println!(
        "format-2 share payload: at most {} characters (name {:?}, 36 answers, 6 means)",
        longest.0, longest.1
    );
    // 1 + 4 + 5 + 9 + 1 + (1 + 120) + (1 + 6) + 4 = 152 bytes.
    assert_eq!(longest.0, 203);
    assert_eq!(longest.1, "漢".repeat(40));
    assert!(longest.0 <= 210);
}

#[test]
fn every_one_character_edit_of_a_format_2_payload_is_refused() {
    let mut samples = Vec::new();
    for bank in [&*SMALL, &*BUILT_IN] {
        let means: Vec<u8> = (0..bank.groups.len() as u8).map(|g| g * 17).collect();
        for asked in [common::all(bank), quick(bank)] {
            let answers = sheet(bank, &asked, |i| (i * 5 + 2) % 4);
            for (name, extra) in [
                (Some("Zoë 李"), None),
                (None, Some(others(4, &means))),
                (Some("Ann Lee"), Some(others(2, &means))),
            ] {
                let payload = encode_with(bank, &asked, &answers, name, extra.as_ref()).unwrap();
                samples.push((bank, payload));
            }
        }
    }
    let mut edits = 0;
    for (bank, payload) in &samples {
        assert!(decode(bank, payload).is_ok());
        for (edited, what) in one_edit_away(payload) {
            assert_refused(bank, &edited, what);
            edits += 1;
        }
    }
    assert!(edits > 60_000, "{edits}");
}
