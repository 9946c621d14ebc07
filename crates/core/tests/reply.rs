#![cfg(not(target_arch = "wasm32"))]
//! The reply link's payload (`#v=`): round trips for every relationship,
//! the documented layout, the invitation it must answer, the checksum that
//! binds it to that invitation, and its length. Random and mutated payloads
//! are in `links_fuzz.rs`.

mod common;

use std::sync::LazyLock;

use common::share_reference::{
    crc32 as reference_crc32, one_edit_away, seal, to_bytes, to_text, unseal,
};
use common::{quick, sheet};
use partner_radar_core::domain::invite::{Invitation, InviteId};
use partner_radar_core::domain::reply::{
    decode, encode, payload_from_fragment, Relationship, Reply, ReplyError, REPLY_FORMAT,
};
use partner_radar_core::domain::share::ShareError;
use partner_radar_core::domain::Bank;

static SMALL: LazyLock<Bank> = LazyLock::new(common::small_bank);
static BUILT_IN: LazyLock<Bank> = LazyLock::new(common::built_in);

const ID: InviteId = InviteId([0x01, 0x23, 0x45, 0x67, 0x89, 0xab]);
const OTHER_ID: InviteId = InviteId([0x01, 0x23, 0x45, 0x67, 0x89, 0xac]);

fn invitation(id: InviteId, asked: &[usize]) -> Invitation {
    Invitation {
        id,
        asked: asked.to_vec(),
        name: Some("Ann".into()),
    }
}

/// A reply with id `id` to invitation `ID` of `asked`, each answered with
/// the option at position `pick(index)`.
fn reply_to(
    bank: &Bank,
    asked: &[usize],
    id: u32,
    relationship: Option<Relationship>,
    pick: impl Fn(usize) -> usize,
) -> String {
    let answers = sheet(bank, asked, pick);
    encode(bank, &invitation(ID, asked), id, relationship, &answers).unwrap()
}

/// 1 + 4 + 6 + 4 + 1 + ⌈2k/8⌉ + 4 bytes, in base64url.
fn expected_chars(asked: usize) -> usize {
    let bytes = 1 + 4 + 6 + 4 + 1 + (2 * asked).div_ceil(8) + 4;
    (bytes * 8).div_ceil(6)
}

fn relationships() -> Vec<Option<Relationship>> {
    std::iter::once(None)
        .chain(Relationship::ALL.into_iter().map(Some))
        .collect()
}

#[test]
fn replies_round_trip_for_every_relationship_and_none() {
    for bank in [&*SMALL, &*BUILT_IN] {
        let n = bank.questions.len();
        for asked in [common::all(bank), quick(bank), vec![0], vec![n - 1]] {
            let inv = invitation(ID, &asked);
            let invitations = [invitation(OTHER_ID, &[0]), inv.clone()];
            for relationship in relationships() {
                for (id, pick) in [(0u32, 0usize), (u32::MAX, 3), (0xdead_beef, 1)] {
                    let answers = sheet(bank, &asked, |i| (i + pick) % 4);
                    let payload = encode(bank, &inv, id, relationship, &answers).unwrap();
                    assert_eq!(payload.len(), expected_chars(asked.len()));
                    assert_eq!(
                        decode(bank, &payload, &invitations),
                        Ok(Reply {
                            invite: ID,
                            id,
                            relationship,
                            answers,
                        })
                    );
                }
            }
        }
    }
}

#[test]
fn relationship_codes_are_one_to_five() {
    let codes: Vec<u8> = Relationship::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes, vec![1, 2, 3, 4, 5]);
    for r in Relationship::ALL {
        assert_eq!(Relationship::from_code(r.code()), Some(r));
    }
    for code in [0, 6, 255] {
        assert_eq!(Relationship::from_code(code), None);
    }
    assert_eq!(
        serde_json::to_string(&Relationship::CustomerOrSupplier).unwrap(),
        "\"customer-or-supplier\""
    );
    assert_eq!(
        serde_json::to_string(&Relationship::ReportsToThem).unwrap(),
        "\"reports-to-them\""
    );
}

#[test]
fn payload_follows_the_documented_layout() {
    let bank = &*SMALL;
    let asked = [0, 3, 4, 11];
    // The invitation's order does not matter: answers follow bank order.
    let inv = invitation(ID, &[11, 4, 0, 3]);
    let answers = sheet(bank, &asked, |i| [1, 0, 0, 2, 3, 0, 0, 0, 0, 0, 0, 1][i]);
    let payload = encode(
        bank,
        &inv,
        0x0102_0304,
        Some(Relationship::Manager),
        &answers,
    )
    .unwrap();
    let mut expected = vec![REPLY_FORMAT];
    expected.extend_from_slice(&(bank.fingerprint_value() as u32).to_be_bytes());
    expected.extend_from_slice(&ID.0);
    expected.extend_from_slice(&[1, 2, 3, 4]);
    expected.push(3);
    expected.push(0b01_11_10_01);
    assert_eq!(unseal(&payload), expected);
    assert_eq!(payload, seal(&expected));

    let none = encode(bank, &invitation(ID, &asked), 7, None, &answers).unwrap();
    assert_eq!(unseal(&none)[11..16], [0, 0, 0, 7, 0]);
}

#[test]
fn a_full_attempt_stays_within_200_characters() {
    let bank = &*BUILT_IN;
    let all = common::all(bank);
    let payload = reply_to(
        bank,
        &all,
        u32::MAX,
        Some(Relationship::CustomerOrSupplier),
        |_| 3,
    );
    println!("#v= payload: {} characters (36 scenarios)", payload.len());
    // 1 + 4 + 6 + 4 + 1 + 9 + 4 = 29 bytes.
    assert_eq!(payload.len(), 39);
    assert!(payload.len() + "#v=".len() <= 200);
}

#[test]
fn encode_needs_an_answer_to_every_invited_scenario() {
    let bank = &*SMALL;
    let asked = quick(bank);
    let inv = invitation(ID, &asked);
    let mut answers = sheet(bank, &asked[1..], |_| 0);
    assert_eq!(
        encode(bank, &inv, 1, None, &answers),
        Err(ShareError::Incomplete)
    );
    answers.answer(bank.questions[asked[0]].id.clone(), "no-such-option");
    assert_eq!(
        encode(bank, &inv, 1, None, &answers),
        Err(ShareError::Incomplete)
    );
    assert_eq!(
        encode(bank, &invitation(ID, &[]), 1, None, &answers),
        Err(ShareError::Incomplete)
    );
    // Answers beyond the invitation are left out.
    let everything = sheet(bank, &common::all(bank), |_| 2);
    let payload = encode(bank, &inv, 1, None, &everything).unwrap();
    let reply = decode(bank, &payload, &[inv]).unwrap();
    assert_eq!(reply.answers, sheet(bank, &asked, |_| 2));
}

#[test]
fn a_reply_to_an_unknown_invitation_says_so() {
    let bank = &*SMALL;
    let asked = quick(bank);
    let payload = reply_to(bank, &asked, 9, None, |_| 1);
    assert_eq!(
        decode(bank, &payload, &[]),
        Err(ReplyError::OtherInvitation)
    );
    assert_eq!(
        decode(bank, &payload, &[invitation(OTHER_ID, &asked)]),
        Err(ReplyError::OtherInvitation)
    );
    assert!(decode(bank, &payload, &[invitation(ID, &asked)]).is_ok());
}

#[test]
fn the_answers_must_fill_the_invitation_exactly() {
    let bank = &*BUILT_IN;
    let all = common::all(bank);
    let q = quick(bank);
    let full_reply = reply_to(bank, &all, 1, None, |_| 1);
    let quick_reply = reply_to(bank, &q, 1, None, |_| 1);
    let malformed = Err(ReplyError::Link(ShareError::Malformed));
    // 36 answers for an invitation of 12: bytes too many.
    assert_eq!(decode(bank, &full_reply, &[invitation(ID, &q)]), malformed);
    // 12 answers for an invitation of 36: bytes too few.
    assert_eq!(
        decode(bank, &quick_reply, &[invitation(ID, &all)]),
        malformed
    );
    // 5 answers (2 bytes) for an invitation of 4 (1 byte).
    let five = [0, 1, 2, 3, 4];
    let reply = reply_to(bank, &five, 1, None, |_| 3);
    assert_eq!(
        decode(bank, &reply, &[invitation(ID, &five[..4])]),
        malformed
    );
    // 3 answers for an invitation of 2: the third answer is in the unused bits.
    let three = [0, 1, 2];
    let reply = reply_to(bank, &three, 1, None, |_| 3);
    assert_eq!(
        decode(bank, &reply, &[invitation(ID, &three[..2])]),
        malformed
    );
}

#[test]
fn another_bank_another_format_and_damage_say_so() {
    let asked = [0, 1, 2];
    let inv = invitation(ID, &asked);
    let payload = reply_to(&SMALL, &asked, 5, None, |_| 0);
    assert_eq!(
        decode(&BUILT_IN, &payload, std::slice::from_ref(&inv)),
        Err(ReplyError::Link(ShareError::OtherBank))
    );
    let body = unseal(&payload);
    for format in [0, 2, 255] {
        let mut other = body.clone();
        other[0] = format;
        assert_eq!(
            decode(&SMALL, &seal(&other), std::slice::from_ref(&inv)),
            Err(ReplyError::Link(ShareError::OtherFormat)),
            "{format}"
        );
    }
    let mut damaged = to_bytes(&payload);
    let last = damaged.len() - 1;
    damaged[last] ^= 0x80;
    assert_eq!(
        decode(&SMALL, &to_text(&damaged), std::slice::from_ref(&inv)),
        Err(ReplyError::Link(ShareError::Damaged))
    );
    for junk in ["", "hello world", "#v=AAAA", "AAAAAA"] {
        assert_eq!(
            decode(&SMALL, junk, std::slice::from_ref(&inv)),
            Err(ReplyError::Link(ShareError::Malformed)),
            "{junk:?}"
        );
    }
}

#[test]
fn sealed_but_misshapen_replies_are_malformed() {
    let bank = &*SMALL;
    let asked = [0, 1, 2];
    let inv = invitation(ID, &asked);
    let body = unseal(&reply_to(bank, &asked, 5, Some(Relationship::Peer), |_| 3));
    // Format, fingerprint, id, reply id, relationship, one answer byte.
    assert_eq!(body.len(), 17);
    let edit = |f: &dyn Fn(&mut Vec<u8>)| {
        let mut b = body.clone();
        f(&mut b);
        decode(bank, &seal(&b), std::slice::from_ref(&inv))
    };
    assert_eq!(
        edit(&|_| {}).unwrap().relationship,
        Some(Relationship::Peer)
    );
    assert_eq!(edit(&|b| b[15] = 0).unwrap().relationship, None);
    assert_eq!(
        edit(&|b| b[15] = 5).unwrap().relationship,
        Some(Relationship::Other)
    );
    let malformed = Err(ReplyError::Link(ShareError::Malformed));
    for (what, result) in [
        ("relationship 6", edit(&|b| b[15] = 6)),
        ("relationship 255", edit(&|b| b[15] = 255)),
        ("no answers", edit(&|b| b.truncate(16))),
        ("no relationship", edit(&|b| b.truncate(15))),
        ("half a reply id", edit(&|b| b.truncate(13))),
        ("half an invitation id", edit(&|b| b.truncate(8))),
        ("format only", edit(&|b| b.truncate(1))),
        ("nothing", edit(&|b| b.truncate(0))),
        ("a byte too many", edit(&|b| b.push(0))),
        (
            "a fourth answer in the padding",
            edit(&|b| b[16] |= 0b0100_0000),
        ),
    ] {
        assert_eq!(result, malformed, "{what}");
    }
}

#[test]
fn the_checksum_binds_the_invitation_id() {
    let bank = &*SMALL;
    let asked = quick(bank);
    let answers = sheet(bank, &asked, |i| i % 4);
    let inv = invitation(ID, &asked);
    let other = invitation(OTHER_ID, &asked);
    let both = [inv.clone(), other.clone()];
    let payload = encode(bank, &inv, 77, Some(Relationship::Peer), &answers).unwrap();
    let mut bytes = to_bytes(&payload);
    let checksum = bytes.split_off(bytes.len() - 4);
    assert_eq!(&bytes[5..11], &ID.0);

    // Another invitation's id in place of this one's, the old checksum kept.
    let mut moved = bytes.clone();
    moved[5..11].copy_from_slice(&OTHER_ID.0);
    let mut kept = moved.clone();
    kept.extend_from_slice(&checksum);
    assert_eq!(
        decode(bank, &to_text(&kept), &both),
        Err(ReplyError::Link(ShareError::Damaged))
    );
    // Resealed with any checksum but the right one.
    let right = reference_crc32(&moved);
    for wrong in [right ^ 1, right ^ 0x8000_0000, 0, reference_crc32(&bytes)] {
        let mut resealed = moved.clone();
        resealed.extend_from_slice(&wrong.to_le_bytes());
        assert_eq!(
            decode(bank, &to_text(&resealed), &both),
            Err(ReplyError::Link(ShareError::Damaged)),
            "{wrong:#x}"
        );
    }
    // Resealed correctly: a well-formed reply, to an invitation this device
    // does not have, or, if it has it, that invitation's reply.
    let resealed = seal(&moved);
    assert_eq!(
        decode(bank, &resealed, std::slice::from_ref(&inv)),
        Err(ReplyError::OtherInvitation)
    );
    assert_eq!(
        decode(bank, &resealed, &both),
        Ok(Reply {
            invite: OTHER_ID,
            id: 77,
            relationship: Some(Relationship::Peer),
            answers: answers.clone(),
        })
    );
    assert_eq!(
        encode(bank, &other, 77, Some(Relationship::Peer), &answers),
        Ok(resealed)
    );
}

#[test]
fn every_one_character_edit_is_refused() {
    let bank = &*BUILT_IN;
    let all = common::all(bank);
    let payload = reply_to(bank, &all, 0x1234_5678, Some(Relationship::Manager), |i| {
        i % 4
    });
    let invitations = [invitation(ID, &all)];
    for (edited, what) in one_edit_away(&payload) {
        let result = decode(bank, &edited, &invitations);
        assert!(
            matches!(
                result,
                Err(ReplyError::Link(
                    ShareError::Damaged | ShareError::Malformed
                ))
            ),
            "{what}: {edited} gave {result:?}"
        );
    }
}

#[test]
fn payload_from_fragment_finds_v() {
    for (fragment, payload) in [
        ("#v=abc", Some("abc")),
        ("v=abc", Some("abc")),
        ("#lang=en&v=abc&x=1", Some("abc")),
        ("#v=", Some("")),
        ("#r=abc", None),
        ("#i=abc", None),
        ("#vv=abc", None),
        ("", None),
    ] {
        assert_eq!(payload_from_fragment(fragment), payload, "{fragment:?}");
    }
}
