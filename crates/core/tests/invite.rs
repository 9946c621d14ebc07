#![cfg(not(target_arch = "wasm32"))]
//! The invitation link's payload (`#i=`): round trips, the documented
//! layout, every way it can be wrong, and its length. Random and mutated
//! payloads are in `links_fuzz.rs`.

mod common;

use std::sync::LazyLock;

use common::quick;
use common::share_reference::{
    crc32 as reference_crc32, one_edit_away, seal, to_bytes, to_text, unseal,
};
use partner_radar_core::domain::invite::{
    decode, encode, payload_from_fragment, Invitation, InviteId, INVITE_FORMAT,
};
use partner_radar_core::domain::share::ShareError;
use partner_radar_core::domain::{load_bank, Bank};

static SMALL: LazyLock<Bank> = LazyLock::new(common::small_bank);
static BUILT_IN: LazyLock<Bank> = LazyLock::new(common::built_in);

const ID: InviteId = InviteId([0x01, 0x23, 0x45, 0x67, 0x89, 0xab]);

fn invitation(id: InviteId, asked: &[usize], name: Option<&str>) -> Invitation {
    Invitation {
        id,
        asked: asked.to_vec(),
        name: name.map(str::to_owned),
    }
}

/// 1 + 4 + ⌈n/8⌉ + 6 + 1 + name bytes + 4, in base64url.
fn expected_chars(questions: usize, name_bytes: usize) -> usize {
    let bytes = 1 + 4 + questions.div_ceil(8) + 6 + 1 + name_bytes + 4;
    (bytes * 8).div_ceil(6)
}

#[test]
fn invitations_round_trip_with_and_without_a_name() {
    for bank in [&*SMALL, &*BUILT_IN] {
        let n = bank.questions.len();
        for asked in [common::all(bank), quick(bank), vec![0], vec![n - 1]] {
            for id in [ID, InviteId([0; 6]), InviteId([0xff; 6])] {
                for name in [None, Some("Ann"), Some("Zoë Łukasz"), Some("李小龍 😀")] {
                    let inv = invitation(id, &asked, name);
                    let payload = encode(bank, &inv).unwrap();
                    assert_eq!(decode(bank, &payload), Ok(inv.clone()));
                    assert_eq!(
                        payload.len(),
                        expected_chars(n, name.map_or(0, str::len)),
                        "{payload}"
                    );
                }
            }
        }
    }
}

#[test]
fn names_are_cleaned_and_a_blank_one_is_none() {
    let bank = &*SMALL;
    let asked = quick(bank);
    let plain = encode(bank, &invitation(ID, &asked, None)).unwrap();
    for blank in ["", "  ", "\t\n", "\u{0}"] {
        let payload = encode(bank, &invitation(ID, &asked, Some(blank))).unwrap();
        assert_eq!(payload, plain, "{blank:?}");
        assert_eq!(decode(bank, &payload).unwrap().name, None);
    }
    let messy = encode(bank, &invitation(ID, &asked, Some("  Ann \n  Lee "))).unwrap();
    assert_eq!(
        decode(bank, &messy).unwrap().name.as_deref(),
        Some("Ann Lee")
    );
    let long = encode(bank, &invitation(ID, &asked, Some(&"b".repeat(60)))).unwrap();
    assert_eq!(decode(bank, &long).unwrap().name, Some("b".repeat(40)));
}

#[test]
fn the_order_and_repeats_of_asked_do_not_matter() {
    let bank = &*SMALL;
    let sorted = encode(bank, &invitation(ID, &[1, 5, 9], None)).unwrap();
    let shuffled = encode(bank, &invitation(ID, &[9, 1, 5, 1, 9], None)).unwrap();
    assert_eq!(shuffled, sorted);
    assert_eq!(decode(bank, &sorted).unwrap().asked, vec![1, 5, 9]);
}

#[test]
fn encode_refuses_what_cannot_be_an_invitation() {
    let bank = &*SMALL;
    for asked in [vec![], vec![12], vec![0, usize::MAX]] {
        assert_eq!(
            encode(bank, &invitation(ID, &asked, None)),
            Err(ShareError::Incomplete),
            "{asked:?}"
        );
    }
}

#[test]
fn payload_follows_the_documented_layout() {
    let bank = &*SMALL;
    let payload = encode(bank, &invitation(ID, &[0, 3, 4, 11], Some("Zoë"))).unwrap();
    let mut expected = vec![INVITE_FORMAT];
    expected.extend_from_slice(&(bank.fingerprint_value() as u32).to_be_bytes());
    expected.extend_from_slice(&[0b0001_1001, 0b0000_1000]);
    expected.extend_from_slice(&[0x01, 0x23, 0x45, 0x67, 0x89, 0xab]);
    expected.extend_from_slice(&[4, b'Z', b'o', 0xC3, 0xAB]);
    assert_eq!(unseal(&payload), expected);
    assert_eq!(payload, seal(&expected));

    // No name: a zero length and nothing after it.
    let payload = encode(bank, &invitation(ID, &[11], None)).unwrap();
    let mut expected = vec![INVITE_FORMAT];
    expected.extend_from_slice(&(bank.fingerprint_value() as u32).to_be_bytes());
    expected.extend_from_slice(&[0, 0b0000_1000]);
    expected.extend_from_slice(&ID.0);
    expected.push(0);
    assert_eq!(unseal(&payload), expected);
    assert_eq!(payload, seal(&expected));
}

#[test]
fn a_full_attempt_with_the_worst_name_stays_within_200_characters() {
    let bank = &*BUILT_IN;
    assert_eq!(bank.questions.len(), 36);
    let all = common::all(bank);
    let mut longest = 0;
    for name in [
        "漢".repeat(40),
        "😀".repeat(20),
        "é".repeat(40),
        "a".repeat(40),
        format!("{} {}", "漢".repeat(19), "漢".repeat(20)),
    ] {
        let inv = invitation(InviteId([0xff; 6]), &all, Some(&name));
        let payload = encode(bank, &inv).unwrap();
        assert_eq!(decode(bank, &payload), Ok(inv));
        longest = longest.max(payload.len());
    }
    println!("#i= payload: at most {longest} characters (36 scenarios, 40-unit name)");
    // 1 + 4 + 5 + 6 + 121 + 4 = 141 bytes.
    assert_eq!(longest, 188);
    assert!(longest + "#i=".len() <= 200);
}

#[test]
fn another_bank_another_format_and_damage_say_so() {
    let payload = encode(&SMALL, &invitation(ID, &[0, 1], Some("Ann"))).unwrap();
    assert_eq!(decode(&BUILT_IN, &payload), Err(ShareError::OtherBank));
    // A score swapped is another bank.
    let mut value = common::small_value();
    value["questions"][0]["options"][0]["score"] = 1.into();
    value["questions"][0]["options"][1]["score"] = 0.into();
    let rescored = load_bank(&value.to_string()).unwrap();
    assert_eq!(decode(&rescored, &payload), Err(ShareError::OtherBank));

    let body = unseal(&payload);
    for format in [0, 2, 255] {
        let mut other = body.clone();
        other[0] = format;
        assert_eq!(
            decode(&SMALL, &seal(&other)),
            Err(ShareError::OtherFormat),
            "{format}"
        );
    }
    // A share link's payload is another format of link.
    let share = partner_radar_core::domain::share::encode(
        &SMALL,
        &[0],
        &common::sheet_scoring(&SMALL, |_| 0),
    )
    .unwrap();
    assert_eq!(decode(&SMALL, &share), Err(ShareError::Malformed));

    // The right bytes with the wrong checksum.
    let mut bytes = body.clone();
    bytes.extend_from_slice(&(reference_crc32(&body) ^ 1).to_le_bytes());
    assert_eq!(decode(&SMALL, &to_text(&bytes)), Err(ShareError::Damaged));
    // An id changed, the checksum not.
    let mut bytes = to_bytes(&payload);
    bytes[8] ^= 0x10;
    assert_eq!(decode(&SMALL, &to_text(&bytes)), Err(ShareError::Damaged));
}

#[test]
fn every_one_character_edit_is_refused() {
    for (bank, inv) in [
        (&*SMALL, invitation(ID, &quick(&SMALL), Some("Ann Lee"))),
        (&*BUILT_IN, invitation(ID, &common::all(&BUILT_IN), None)),
        (&*BUILT_IN, invitation(ID, &[3], Some("李 😀"))),
    ] {
        let payload = encode(bank, &inv).unwrap();
        for (edited, what) in one_edit_away(&payload) {
            let result = decode(bank, &edited);
            assert!(
                matches!(result, Err(ShareError::Damaged | ShareError::Malformed)),
                "{what}: {edited} gave {result:?}"
            );
        }
    }
}

#[test]
fn sealed_but_misshapen_invitations_are_malformed() {
    let bank = &*SMALL;
    let body = unseal(&encode(bank, &invitation(ID, &[0, 1, 2], None)).unwrap());
    // Format, fingerprint, 2 mask bytes, 6 id bytes, a zero name length.
    assert_eq!(body.len(), 14);
    assert_eq!(
        decode(bank, &seal(&body)),
        Ok(invitation(ID, &[0, 1, 2], None))
    );
    let with_name = |name: &[u8]| {
        let mut b = body[..13].to_vec();
        b.push(name.len() as u8);
        b.extend_from_slice(name);
        decode(bank, &seal(&b))
    };
    assert_eq!(
        with_name(b"Ann Lee").unwrap().name.as_deref(),
        Some("Ann Lee")
    );
    let malformed = Err(ShareError::Malformed);
    for name in [
        &b" Ann"[..],
        b"Ann ",
        b"Ann  Lee",
        b"Ann\tLee",
        b"Ann\0",
        "Ann\u{a0}Lee".as_bytes(),
        "a".repeat(41).as_bytes(),
        "😀".repeat(21).as_bytes(),
        &[0xC3, 0x28],
        &[0xff],
    ] {
        assert_eq!(with_name(name), malformed, "{name:?}");
    }
    let edit = |f: &dyn Fn(&mut Vec<u8>)| {
        let mut b = body.clone();
        f(&mut b);
        decode(bank, &seal(&b))
    };
    for (what, result) in [
        ("no name length", edit(&|b| b.truncate(13))),
        ("half an id", edit(&|b| b.truncate(10))),
        ("no id", edit(&|b| b.truncate(7))),
        ("half a mask", edit(&|b| b.truncate(6))),
        ("format only", edit(&|b| b.truncate(1))),
        ("nothing", edit(&|b| b.truncate(0))),
        ("a byte too many", edit(&|b| b.push(0))),
        ("a name longer than what follows", edit(&|b| b[13] = 3)),
        ("nothing asked", edit(&|b| b[5] = 0)),
        ("question 12 of 12", edit(&|b| b[6] |= 0b0001_0000)),
        ("question 15 of 12", edit(&|b| b[6] |= 0b1000_0000)),
    ] {
        assert_eq!(result, malformed, "{what}");
    }
}

#[test]
fn invite_ids_are_twelve_hex_digits() {
    assert_eq!(ID.to_string(), "0123456789ab");
    assert_eq!(InviteId::parse("0123456789ab"), Some(ID));
    assert_eq!(InviteId::parse("0123456789AB"), Some(ID));
    for bad in [
        "",
        "0123456789a",
        "0123456789abc",
        "0123456789ag",
        "+123456789ab",
        "+1+1+1+1+1+1",
        "0x23456789ab",
        " 123456789ab",
        "é123456789a",
    ] {
        assert_eq!(InviteId::parse(bad), None, "{bad:?}");
    }
    assert_eq!(
        InviteId::from_random(0x0807_0605_0403_0201),
        InviteId([1, 2, 3, 4, 5, 6])
    );
    let json = serde_json::to_string(&ID).unwrap();
    assert_eq!(json, "\"0123456789ab\"");
    assert_eq!(serde_json::from_str::<InviteId>(&json).unwrap(), ID);
    assert!(serde_json::from_str::<InviteId>("\"nope\"").is_err());
    assert!(serde_json::from_str::<InviteId>("12").is_err());
}

#[test]
fn payload_from_fragment_finds_i() {
    for (fragment, payload) in [
        ("#i=abc", Some("abc")),
        ("i=abc", Some("abc")),
        ("#lang=en&i=abc", Some("abc")),
        ("#i=", Some("")),
        ("#r=abc", None),
        ("#v=abc", None),
        ("#ii=abc", None),
        ("", None),
    ] {
        assert_eq!(payload_from_fragment(fragment), payload, "{fragment:?}");
    }
    let payload = encode(&SMALL, &invitation(ID, &[2], None)).unwrap();
    let fragment = format!("#i={payload}");
    assert_eq!(
        decode(&SMALL, payload_from_fragment(&fragment).unwrap()),
        Ok(invitation(ID, &[2], None))
    );
}
