#![cfg(not(target_arch = "wasm32"))]
//! Earlier attempts kept per bank: recording, deleting, invitations, the
//! stored JSON (each entry read on its own, damaged ones set aside), and
//! adding reply links pasted a line at a time.

mod common;

use std::sync::LazyLock;

use common::sheet;
use partner_radar_core::domain::history::{
    reply_payload, Attempt, History, HistoryProblem, Invited, Line, LineOutcome, HISTORY_FORMAT,
};
use partner_radar_core::domain::invite::{Invitation, InviteId};
use partner_radar_core::domain::reply::{self, Relationship, ReplyError};
use partner_radar_core::domain::share::ShareError;
use partner_radar_core::domain::{AnswerSheet, Bank, Length};
use serde_json::{json, Value};

static SMALL: LazyLock<Bank> = LazyLock::new(common::small_bank);

const ID_A: InviteId = InviteId([0xa0, 0, 0, 0, 0, 1]);
const ID_A2: InviteId = InviteId([0xa0, 0, 0, 0, 0, 2]);
const ID_B: InviteId = InviteId([0xb0, 0, 0, 0, 0, 1]);
const ID_STRANGER: InviteId = InviteId([0xcc, 0, 0, 0, 0, 1]);

fn attempt(seed: u64, date: &str, asked: &[usize], pick: usize) -> Attempt {
    let bank = &*SMALL;
    Attempt::new(
        bank,
        seed,
        date,
        Length::Quick,
        asked,
        &sheet(bank, asked, |_| pick),
    )
    .expect("a complete sheet makes an attempt")
}

/// Attempt 1 (seed 1, all 12 asked, invitations A and A2) and attempt 2
/// (seed 2, six asked, invitation B).
fn two_attempts() -> History {
    let mut history = History::default();
    history.record(attempt(1, "2026-01-02", &common::all(&SMALL), 0));
    history.record(attempt(2, "2026-02-03", &[11, 0, 2, 4, 6, 8], 3));
    assert!(history.invite(1, invited(ID_A, Some("Bo"))));
    assert!(history.invite(1, invited(ID_A2, None)));
    assert!(history.invite(2, invited(ID_B, None)));
    history
}

fn invited(id: InviteId, name: Option<&str>) -> Invited {
    Invited {
        id,
        name: name.map(str::to_owned),
    }
}

/// A reply to invitation `id` of `history`'s attempt `seed`.
fn reply_link(history: &History, seed: u64, id: InviteId, reply_id: u32, pick: usize) -> String {
    let bank = &*SMALL;
    let asked = history.attempt(seed).unwrap().asked_indices(bank);
    let invitation = Invitation {
        id,
        asked: asked.clone(),
        name: None,
    };
    reply::encode(
        bank,
        &invitation,
        reply_id,
        Some(Relationship::Peer),
        &sheet(bank, &asked, |_| pick),
    )
    .unwrap()
}

#[test]
fn a_new_attempt_keeps_its_scenarios_in_order_and_its_scores() {
    let bank = &*SMALL;
    let a = attempt(9, "2026-03-04", &[11, 0, 5], 3);
    assert_eq!(a.seed, 9);
    assert_eq!(a.date, "2026-03-04");
    assert_eq!(a.length, Length::Quick);
    assert_eq!(
        a.asked,
        vec!["competitors-2", "direct-reports-1", "managers-2"]
    );
    assert_eq!(a.asked_indices(bank), vec![0, 5, 11]);
    // Option "d" scores 3 in direct-reports-1, 2 in managers-2, 1 in competitors-2.
    assert_eq!(a.scores, vec![100, 0, 67, 0, 0, 33]);
    assert_eq!(a.overall, 67);
    assert!(a.invitations.is_empty() && a.replies.is_empty());
    assert_eq!(a.rescore(bank).unwrap().overall, 67);
    // Not every asked scenario answered: no attempt.
    assert_eq!(
        Attempt::new(
            bank,
            1,
            "2026-01-01",
            Length::Full,
            &[0, 1],
            &sheet(bank, &[0], |_| 0)
        ),
        None
    );
    assert_eq!(
        Attempt::new(
            bank,
            1,
            "2026-01-01",
            Length::Full,
            &[],
            &AnswerSheet::new()
        ),
        None
    );
}

#[test]
fn recording_the_same_seed_again_replaces_it_and_keeps_date_invitations_and_replies() {
    let bank = &*SMALL;
    let mut history = two_attempts();
    let link = reply_link(&history, 1, ID_A, 5, 2);
    assert_eq!(history.add_reply(bank, &link), Ok(1));

    // The same seed asks the same scenarios; the answers changed.
    let all = common::all(bank);
    let again = Attempt::new(
        bank,
        1,
        "2026-12-31",
        Length::Full,
        &all,
        &sheet(bank, &all, |_| 3),
    )
    .unwrap();
    assert_ne!(again.scores, history.attempt(1).unwrap().scores);
    history.record(again.clone());
    assert_eq!(history.attempts.len(), 2);
    assert_eq!(history.attempts[0].seed, 1, "kept in its place");
    let kept = history.attempt(1).unwrap();
    assert_eq!(kept.date, "2026-01-02");
    assert_eq!(kept.length, Length::Full);
    assert_eq!(kept.asked, again.asked);
    assert_eq!(kept.answers, again.answers);
    assert_eq!(kept.scores, again.scores);
    assert_eq!(kept.overall, again.overall);
    assert_eq!(
        kept.invitations,
        vec![invited(ID_A, Some("Bo")), invited(ID_A2, None)]
    );
    assert_eq!(kept.replies.len(), 1);
    assert_eq!(kept.replies[0].id, 5);
    let (back, _, problem) = History::decode(&history.encode(bank).unwrap(), bank);
    assert_eq!(problem, None);
    assert_eq!(back, history);

    // Another seed is another attempt, at the end.
    history.record(attempt(3, "2026-06-01", &[1], 1));
    let seeds: Vec<u64> = history.attempts.iter().map(|a| a.seed).collect();
    assert_eq!(seeds, vec![1, 2, 3]);
}

#[test]
fn delete_and_invite() {
    let mut history = two_attempts();
    // Inviting twice with one id keeps one invitation.
    assert!(history.invite(1, invited(ID_A, Some("Someone else"))));
    assert_eq!(history.attempt(1).unwrap().invitations.len(), 2);
    assert_eq!(
        history.attempt(1).unwrap().invitations[0].name.as_deref(),
        Some("Bo")
    );
    assert!(!history.invite(99, invited(ID_STRANGER, None)));
    assert!(history
        .attempts
        .iter()
        .all(|a| a.invitations.iter().all(|i| i.id != ID_STRANGER)));

    let invitations = history.attempt(1).unwrap().invitations(&SMALL);
    assert_eq!(invitations.len(), 2);
    assert_eq!(invitations[0].id, ID_A);
    assert_eq!(invitations[0].asked, common::all(&SMALL));
    assert_eq!(invitations[0].name.as_deref(), Some("Bo"));

    history.delete(1);
    assert_eq!(history.attempts.len(), 1);
    assert_eq!(history.attempts[0].seed, 2);
    assert!(history.attempt(1).is_none());
    history.delete(1);
    history.delete(42);
    assert_eq!(history.attempts.len(), 1);
    history.delete(2);
    assert!(history.attempts.is_empty());
}

/// `two_attempts` with one reply each: to invitation A of attempt 1 and to
/// invitation B of attempt 2.
fn two_attempts_with_replies() -> History {
    let bank = &*SMALL;
    let mut history = two_attempts();
    let link = reply_link(&history, 1, ID_A, 11, 1);
    history.add_reply(bank, &link).unwrap();
    let link = reply_link(&history, 2, ID_B, 12, 3);
    history.add_reply(bank, &link).unwrap();
    history
}

#[test]
fn history_round_trips_through_its_json() {
    let bank = &*SMALL;
    let history = two_attempts_with_replies();
    let json = history.encode(bank).unwrap();
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["format"], json!(HISTORY_FORMAT));
    assert_eq!(value["bank"], json!(bank.fingerprint()));
    assert_eq!(
        value["attempts"][0]["invitations"][0]["id"],
        json!("a00000000001")
    );
    assert_eq!(
        value["attempts"][0]["replies"][0]["relationship"],
        json!("peer")
    );
    let (back, aside, problem) = History::decode(&json, bank);
    assert_eq!(back, history);
    assert!(aside.is_empty());
    assert_eq!(problem, None);

    let (empty, aside, problem) = History::decode(&History::default().encode(bank).unwrap(), bank);
    assert_eq!(empty, History::default());
    assert!(aside.is_empty());
    assert_eq!(problem, None);

    // Invitations and replies may be missing from older entries.
    let mut value = value;
    let entry = value["attempts"][1].as_object_mut().unwrap();
    entry.remove("invitations");
    entry.remove("replies");
    let (back, _, problem) = History::decode(&value.to_string(), bank);
    assert_eq!(problem, None);
    assert!(back.attempts[1].invitations.is_empty() && back.attempts[1].replies.is_empty());
}

/// The stored JSON of `two_attempts` plus one reply each, as a value to break.
fn stored() -> Value {
    let history = two_attempts_with_replies();
    serde_json::from_str(&history.encode(&SMALL).unwrap()).unwrap()
}

#[test]
fn a_damaged_entry_is_set_aside_and_counted_while_the_others_load() {
    let bank = &*SMALL;
    type Break = fn(&mut Value);
    let breaks: [(&str, Break); 12] = [
        ("not an object", |a| *a = json!("hello")),
        ("an object of another shape", |a| *a = json!({"foo": 1})),
        ("no seed", |a| {
            a.as_object_mut().unwrap().remove("seed");
        }),
        ("a seed as text", |a| a["seed"] = json!("2")),
        ("a group score off by one", |a| {
            let s = a["scores"][0].as_u64().unwrap();
            a["scores"][0] = json!(s + 1);
        }),
        ("the overall score off", |a| a["overall"] = json!(1)),
        ("a score too few", |a| {
            a["scores"].as_array_mut().unwrap().pop();
        }),
        ("an unknown question id", |a| {
            a["asked"][0] = json!("no-such-question")
        }),
        ("an answer to an unknown option", |a| {
            a["answers"]["direct-reports-1"] = json!("z")
        }),
        ("nothing asked", |a| a["asked"] = json!([])),
        ("a reply for an unknown invitation", |a| {
            a["replies"][0]["invite"] = json!("cc0000000001")
        }),
        ("a reply missing an answer", |a| {
            let answers = a["replies"][0]["answers"].as_object_mut().unwrap();
            let first = answers.keys().next().unwrap().clone();
            answers.remove(&first);
        }),
    ];
    for (what, damage) in breaks {
        let mut value = stored();
        let original = value["attempts"][1].clone();
        damage(&mut value["attempts"][1]);
        let broken = value["attempts"][1].clone();
        let (history, aside, problem) = History::decode(&value.to_string(), bank);
        assert_eq!(problem, Some(HistoryProblem::SomeUnreadable(1)), "{what}");
        assert_eq!(aside, vec![broken], "{what}");
        assert_eq!(history.attempts.len(), 1, "{what}");
        assert_eq!(history.attempts[0].seed, 1, "{what}");
        assert_ne!(
            original, value["attempts"][1],
            "{what}: the test broke something"
        );
    }

    // Two damaged of three: both set aside, in order, the third loads.
    let mut value = stored();
    let third = value["attempts"][1].clone();
    value["attempts"].as_array_mut().unwrap().push(third);
    value["attempts"][2]["seed"] = json!(3);
    value["attempts"][0]["overall"] = json!(100);
    value["attempts"][1] = json!(null);
    let (history, aside, problem) = History::decode(&value.to_string(), bank);
    assert_eq!(problem, Some(HistoryProblem::SomeUnreadable(2)));
    assert_eq!(aside.len(), 2);
    assert_eq!(aside[0]["seed"], json!(1));
    assert_eq!(aside[1], json!(null));
    assert_eq!(history.attempts.len(), 1);
    assert_eq!(history.attempts[0].seed, 3);
    assert_eq!(history.attempts[0].replies.len(), 1);
}

#[test]
fn unreadable_history_loads_nothing_and_hands_back_the_raw_text() {
    let bank = &*SMALL;
    let good = stored();
    let mut other_bank = good.clone();
    other_bank["bank"] = json!(common::built_in().fingerprint());
    let mut other_format = good.clone();
    other_format["format"] = json!(HISTORY_FORMAT + 1);
    let mut no_attempts = good.clone();
    no_attempts.as_object_mut().unwrap().remove("attempts");
    let mut attempts_not_a_list = good.clone();
    attempts_not_a_list["attempts"] = json!({"0": 1});
    for text in [
        String::new(),
        "not json".into(),
        "{".into(),
        "[]".into(),
        "null".into(),
        "{}".into(),
        other_bank.to_string(),
        other_format.to_string(),
        no_attempts.to_string(),
        attempts_not_a_list.to_string(),
    ] {
        let (history, aside, problem) = History::decode(&text, bank);
        assert_eq!(problem, Some(HistoryProblem::Unreadable), "{text}");
        assert_eq!(history, History::default(), "{text}");
        assert_eq!(aside, vec![Value::String(text.clone())]);
    }
    // The same text read with its own bank loads in full.
    let (history, _, problem) = History::decode(&good.to_string(), bank);
    assert_eq!(problem, None);
    assert_eq!(history.attempts.len(), 2);
    // And with another bank is that bank's unreadable history.
    let (history, _, problem) = History::decode(&good.to_string(), &common::built_in());
    assert_eq!(problem, Some(HistoryProblem::Unreadable));
    assert!(history.attempts.is_empty());
}

#[test]
fn add_replies_reads_each_line_and_says_what_became_of_it() {
    let bank = &*SMALL;
    let mut history = two_attempts();
    let r1 = reply_link(&history, 1, ID_A, 1, 0);
    let r2 = reply_link(&history, 1, ID_A, 2, 1);
    let r3 = reply_link(&history, 1, ID_A2, 3, 2);
    let r4 = reply_link(&history, 2, ID_B, 4, 3);
    let stranger = reply_link(&history, 1, ID_STRANGER, 5, 0);
    let mut tampered: Vec<char> = r2.chars().collect();
    tampered[6] = if tampered[6] == 'A' { 'B' } else { 'A' };
    let tampered: String = tampered.into_iter().collect();
    let share =
        partner_radar_core::domain::share::encode(bank, &[0], &sheet(bank, &[0], |_| 0)).unwrap();

    let text = [
        format!("https://x.example/tools/#v={r1}"),         // 1
        String::new(),                                      // 2
        format!("  {r2}  "),                                // 3
        format!("v={r3}\r"),                                // 4
        "   ".into(),                                       // 5
        tampered,                                           // 6
        format!("#v={r1}"),                                 // 7: r1 again
        format!("https://x.example/#lang=en&v={stranger}"), // 8
        "thanks for asking!".into(),                        // 9
        format!("https://x.example/#r={share}"),            // 10
        format!("https://x.example/tools/?v={r4}"),         // 11: no fragment
        format!("#v={r4}"),                                 // 12
        "#v=".into(),                                       // 13
    ]
    .join("\n");
    let lines = history.add_replies(bank, &text);
    let refused = |e| LineOutcome::Refused(e);
    let expected = [
        (1, LineOutcome::Added { seed: 1 }),
        (3, LineOutcome::Added { seed: 1 }),
        (4, LineOutcome::Added { seed: 1 }),
        (6, refused(ReplyError::Link(ShareError::Damaged))),
        (7, refused(ReplyError::Duplicate)),
        (8, refused(ReplyError::OtherInvitation)),
        (9, refused(ReplyError::Link(ShareError::Malformed))),
        (10, refused(ReplyError::Link(ShareError::Malformed))),
        (11, refused(ReplyError::Link(ShareError::Malformed))),
        (12, LineOutcome::Added { seed: 2 }),
        (13, refused(ReplyError::Link(ShareError::Malformed))),
    ]
    .map(|(number, outcome)| Line { number, outcome });
    assert_eq!(lines, expected);

    let first = history.attempt(1).unwrap();
    let ids: Vec<(InviteId, u32)> = first.replies.iter().map(|r| (r.invite, r.id)).collect();
    assert_eq!(ids, vec![(ID_A, 1), (ID_A, 2), (ID_A2, 3)]);
    assert_eq!(history.attempt(2).unwrap().replies.len(), 1);
    assert_eq!(history.attempt(1).unwrap().reply_scores(bank).len(), 3);
    assert_eq!(
        history.attempt(2).unwrap().reply_scores(bank)[0].overall,
        history.attempt(2).unwrap().rescore(bank).unwrap().overall
    );

    // All of it again: every reply a duplicate now, nothing added.
    let again = history.add_replies(bank, &text);
    let added = again
        .iter()
        .filter(|l| matches!(l.outcome, LineOutcome::Added { .. }))
        .count();
    assert_eq!(added, 0);
    assert_eq!(again[0].outcome, refused(ReplyError::Duplicate));
    assert_eq!(history.attempt(1).unwrap().replies.len(), 3);
    // The history with its replies survives storage.
    let (back, _, problem) = History::decode(&history.encode(bank).unwrap(), bank);
    assert_eq!(problem, None);
    assert_eq!(back, history);

    // Nothing but blank lines: nothing to say.
    assert!(history.add_replies(bank, "\n \n\t\n").is_empty());
}

#[test]
fn a_deleted_attempt_takes_its_invitations_with_it() {
    let bank = &*SMALL;
    let mut history = two_attempts();
    let link = reply_link(&history, 2, ID_B, 9, 1);
    history.delete(2);
    assert_eq!(
        history.add_reply(bank, &link),
        Err(ReplyError::OtherInvitation)
    );
}

#[test]
fn a_reply_with_the_wrong_number_of_answers_is_refused() {
    let bank = &*SMALL;
    let mut history = two_attempts();
    // Made as if the invitation asked all 12, but attempt 2 asked 6.
    let wrong = reply::encode(
        bank,
        &Invitation {
            id: ID_B,
            asked: common::all(bank),
            name: None,
        },
        1,
        None,
        &sheet(bank, &common::all(bank), |_| 1),
    )
    .unwrap();
    assert_eq!(
        history.add_reply(bank, &wrong),
        Err(ReplyError::Link(ShareError::Malformed))
    );
    assert!(history.attempt(2).unwrap().replies.is_empty());
}

#[test]
fn reply_payload_finds_the_payload_in_a_line() {
    for (line, payload) in [
        ("https://x.example/tools/#v=ABC", Some("ABC")),
        ("https://x.example/tools/#lang=en&v=ABC", Some("ABC")),
        ("https://x.example/tools/#v=ABC&x=1", Some("ABC")),
        ("  https://x.example/#v=ABC  ", Some("ABC")),
        ("#v=ABC", Some("ABC")),
        ("v=ABC", Some("ABC")),
        ("ABC", Some("ABC")),
        ("  ABC\t", Some("ABC")),
        ("ABC-_09", Some("ABC-_09")),
        ("#v=", Some("")),
        ("", Some("")),
        ("https://x.example/tools/#r=ABC", None),
        ("https://x.example/tools/#i=ABC", None),
        ("https://x.example/tools/", None),
        ("https://x.example/tools/?v=ABC", None),
        ("x.example/tools/v=ABC", None),
        ("r=ABC", None),
        ("i=ABC", None),
        ("vv=ABC", None),
        ("hello world", None),
        ("ABC DEF", None),
        ("a:b", None),
    ] {
        assert_eq!(reply_payload(line), payload, "{line:?}");
    }
}
