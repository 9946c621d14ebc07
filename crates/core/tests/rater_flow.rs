#![cfg(not(target_arch = "wasm32"))]
//! A rater answering someone's invitation: the quiz asks exactly the
//! invitation's scenarios, records the relationship, and saves and resumes
//! progress that belongs to that invitation only.

mod common;

use std::rc::Rc;

use partner_radar_core::domain::invite::{self, Invitation, InviteId};
use partner_radar_core::domain::order::{attempt_order, rater_order};
use partner_radar_core::domain::progress::{RaterSaved, PROGRESS_FORMAT};
use partner_radar_core::domain::reply::Relationship;
use partner_radar_core::domain::{
    AnswerSheet, Bank, Length, Position, ProgressProblem, SavedProgress,
};
use partner_radar_core::flow::{Action, Notice, Quiz, Rater, Screen};

const ASKED: [usize; 7] = [0, 2, 3, 5, 7, 8, 11];
const ID: InviteId = InviteId([1, 2, 3, 4, 5, 6]);

fn bank() -> Rc<Bank> {
    Rc::new(common::small_bank())
}

fn invitation(asked: &[usize]) -> Invitation {
    Invitation {
        id: ID,
        asked: asked.to_vec(),
        name: Some("Ann".into()),
    }
}

/// The invitation and its payload, as the page finds them after `#i=`.
fn invited(bank: &Bank, asked: &[usize]) -> (Invitation, String) {
    let inv = invitation(asked);
    let payload = invite::encode(bank, &inv).unwrap();
    (invite::decode(bank, &payload).unwrap(), payload)
}

fn rater_quiz(saved: Result<Option<SavedProgress>, ProgressProblem>, seed: u64) -> Quiz {
    let bank = bank();
    let (inv, payload) = invited(&bank, &ASKED);
    Quiz::for_rater(bank, inv, payload, saved, seed, 0xfeed)
}

fn choose(q: &Quiz, question: usize, option: &str) -> Quiz {
    q.apply(Action::Choose {
        question,
        option: option.into(),
    })
}

fn sorted(order: &[usize]) -> Vec<usize> {
    let mut v = order.to_vec();
    v.sort_unstable();
    v
}

#[test]
fn a_rater_is_asked_exactly_the_invitations_scenarios() {
    let q = rater_quiz(Ok(None), 42);
    assert_eq!(q.screen, Screen::Welcome);
    assert_eq!(q.seed, 42);
    assert_eq!(q.order.len(), ASKED.len());
    assert_eq!(sorted(&q.order), ASKED.to_vec());
    assert_eq!(q.order, rater_order(&q.bank, &ASKED, 42));
    let (inv, payload) = invited(&q.bank, &ASKED);
    assert_eq!(
        q.rater,
        Some(Rater {
            invitation: inv,
            payload,
            reply_id: 0xfeed,
            relationship: None,
        })
    );
    assert_eq!(q.progress(), None, "nothing answered, nothing to keep");
}

#[test]
fn start_draws_again_within_the_invitations_set() {
    let q = rater_quiz(Ok(None), 42);
    let mut orders = Vec::new();
    for seed in 1..20 {
        for length in [Length::Full, Length::Quick] {
            let started = q.apply(Action::Start { seed, length });
            assert_eq!(started.screen, Screen::Question(0));
            assert_eq!(started.seed, seed);
            assert_eq!(started.order, rater_order(&q.bank, &ASKED, seed));
            assert_eq!(sorted(&started.order), ASKED.to_vec(), "seed {seed}");
            assert_eq!(started.rater, q.rater, "the invitation stays");
            orders.push(started.order);
        }
    }
    orders.sort();
    orders.dedup();
    assert!(orders.len() > 5, "the seed mixes the order: {orders:?}");
}

#[test]
fn relate_sets_and_clears_the_relationship() {
    let q = rater_quiz(Ok(None), 1).apply(Action::Start {
        seed: 1,
        length: Length::Full,
    });
    for r in Relationship::ALL {
        let related = q.apply(Action::Relate(Some(r)));
        assert_eq!(related.rater.as_ref().unwrap().relationship, Some(r));
        assert_eq!(related.screen, q.screen);
        assert_eq!(related.answers, q.answers);
        let cleared = related.apply(Action::Relate(None));
        assert_eq!(cleared.rater.as_ref().unwrap().relationship, None);
    }
    // On a person's own quiz there is nobody to relate to.
    let own = Quiz::new(bank(), Ok(None), 1);
    assert_eq!(own.apply(Action::Relate(Some(Relationship::Peer))), own);
}

#[test]
fn a_raters_progress_carries_the_invitation_and_round_trips() {
    let q = rater_quiz(Ok(None), 5).apply(Action::Start {
        seed: 5,
        length: Length::Full,
    });
    let q = choose(&q, 0, "b").apply(Action::Next);
    let q = choose(&q, 1, "c").apply(Action::Relate(Some(Relationship::Manager)));
    let progress = q.progress().unwrap();
    let (_, payload) = invited(&q.bank, &ASKED);
    assert_eq!(
        progress.rater,
        Some(RaterSaved {
            invite: payload.clone(),
            reply_id: 0xfeed,
            relationship: Some(Relationship::Manager),
        })
    );
    assert_eq!(progress.position, Position::Question(1));
    assert_eq!(progress.seed, 5);
    assert_eq!(progress.answers.len(), 2);
    let json = progress.encode().unwrap();
    assert!(json.contains("\"rater\":{"), "{json}");
    assert!(json.contains("\"relationship\":\"manager\""), "{json}");
    let back = SavedProgress::decode(&json, &q.bank).unwrap();
    assert_eq!(back, progress);

    // Picked up again by the same invitation, with its reply id kept.
    let bank = q.bank.clone();
    let (inv, payload) = invited(&bank, &ASKED);
    let resumed = Quiz::for_rater(bank, inv, payload, Ok(Some(back)), 999, 0x1111);
    assert_eq!(resumed.seed, 5);
    assert_eq!(resumed.order, q.order);
    assert_eq!(resumed.answers, q.answers);
    assert_eq!(resumed.resume_at, Position::Question(1));
    let rater = resumed.rater.as_ref().unwrap();
    assert_eq!(rater.reply_id, 0xfeed);
    assert_eq!(rater.relationship, Some(Relationship::Manager));
    let on = resumed.apply(Action::Resume);
    assert_eq!(on.screen, Screen::Question(1));
    assert_eq!(on.chosen_at(0), Some("b"));
    assert_eq!(on.chosen_at(1), Some("c"));
}

#[test]
fn a_finished_raters_progress_is_on_the_results_and_round_trips() {
    let mut q = rater_quiz(Ok(None), 8).apply(Action::Start {
        seed: 8,
        length: Length::Full,
    });
    for i in 0..q.order.len() {
        q = choose(&q, i, "d").apply(Action::Next);
    }
    assert_eq!(q.screen, Screen::Results);
    assert_eq!(q.scores().unwrap().answered, ASKED.len());
    let progress = q.progress().unwrap();
    assert_eq!(progress.position, Position::Results);
    assert_eq!(progress.answers.len(), ASKED.len());
    assert_eq!(
        SavedProgress::decode(&progress.encode().unwrap(), &q.bank),
        Ok(progress)
    );
}

#[test]
fn progress_for_another_invitation_or_of_ones_own_is_not_picked_up() {
    let bank = bank();
    // A rater's progress on another invitation (other scenarios).
    let other_asked = [1, 4, 6];
    let (other_inv, other_payload) = invited(&bank, &other_asked);
    let theirs = Quiz::for_rater(bank.clone(), other_inv, other_payload, Ok(None), 3, 0xaaaa)
        .apply(Action::Start {
            seed: 3,
            length: Length::Full,
        });
    let theirs = choose(&theirs, 0, "a")
        .apply(Action::Relate(Some(Relationship::Peer)))
        .progress()
        .unwrap();
    let decoded = SavedProgress::decode(&theirs.encode().unwrap(), &bank).unwrap();
    // A person's own progress.
    let own = choose(
        &Quiz::new(bank.clone(), Ok(None), 4).apply(Action::Start {
            seed: 4,
            length: Length::Full,
        }),
        0,
        "a",
    )
    .progress()
    .unwrap();
    assert_eq!(own.rater, None);

    for saved in [decoded, own] {
        let q = rater_quiz(Ok(Some(saved)), 77);
        assert_eq!(q.seed, 77);
        assert!(q.answers.is_empty());
        assert_eq!(q.resume_at, Position::Question(0));
        assert!(q.notices.is_empty());
        assert_eq!(sorted(&q.order), ASKED.to_vec());
        let rater = q.rater.as_ref().unwrap();
        assert_eq!(rater.reply_id, 0xfeed);
        assert_eq!(rater.relationship, None);
    }
    // A problem with saved progress is still told.
    let q = rater_quiz(Err(ProgressProblem::OtherBank), 77);
    assert_eq!(
        q.notices,
        vec![Notice::Progress(ProgressProblem::OtherBank)]
    );
    assert!(q.answers.is_empty());
}

#[test]
fn old_progress_without_a_rater_still_decodes_as_a_normal_quiz() {
    let bank = bank();
    let order = attempt_order(&bank, Length::Full, 5);
    let first = &bank.questions[order[0]].id;
    let json = format!(
        r#"{{"format":{PROGRESS_FORMAT},"bank":"{}","seed":5,"length":"full","position":{{"at":"question","index":1}},"answers":{{"{first}":"c"}}}}"#,
        bank.fingerprint()
    );
    let saved = SavedProgress::decode(&json, &bank).unwrap();
    assert_eq!(saved.rater, None);
    assert_eq!(saved.position, Position::Question(1));
    assert_eq!(saved.answers.chosen(first), Some("c"));
    // Written again, it has no rater field at all.
    assert!(!saved.encode().unwrap().contains("rater"));
    let q = Quiz::new(bank, Ok(Some(saved)), 9);
    assert_eq!(q.rater, None);
    assert_eq!(q.seed, 5);
    assert_eq!(q.order, order);
    assert_eq!(q.apply(Action::Resume).screen, Screen::Question(1));
}

/// A rater's saved progress (answered one scenario) as a JSON value to break.
fn rater_progress_value() -> (Rc<Bank>, serde_json::Value) {
    let q = rater_quiz(Ok(None), 6).apply(Action::Start {
        seed: 6,
        length: Length::Full,
    });
    let p = choose(&q, 0, "a").progress().unwrap();
    (q.bank.clone(), serde_json::to_value(&p).unwrap())
}

#[test]
fn a_raters_progress_with_an_unusable_invitation_is_unreadable() {
    let (bank, good) = rater_progress_value();
    assert!(SavedProgress::decode(&good.to_string(), &bank).is_ok());
    let built_in = common::built_in();
    let other_bank_invite =
        invite::encode(&built_in, &invitation(&common::all(&built_in))).unwrap();
    let damaged = {
        let text = good["rater"]["invite"].as_str().unwrap().to_owned();
        let mut chars: Vec<char> = text.chars().collect();
        chars[4] = if chars[4] == 'A' { 'B' } else { 'A' };
        chars.into_iter().collect::<String>()
    };
    for invite in [
        serde_json::json!("garbage!"),
        serde_json::json!(""),
        serde_json::json!(damaged),
        serde_json::json!(other_bank_invite),
        serde_json::json!(42),
    ] {
        let mut value = good.clone();
        value["rater"]["invite"] = invite.clone();
        assert_eq!(
            SavedProgress::decode(&value.to_string(), &bank),
            Err(ProgressProblem::Unreadable),
            "{invite}"
        );
    }
    // An answer to a scenario the invitation did not ask.
    let (_, payload) = invited(&bank, &ASKED);
    let mut answers = AnswerSheet::new();
    answers.answer(bank.questions[1].id.clone(), "a");
    let mut p = SavedProgress::new(&bank, 6, Length::Full, Position::Question(0), answers);
    p.rater = Some(RaterSaved {
        invite: payload,
        reply_id: 1,
        relationship: None,
    });
    assert_eq!(
        SavedProgress::decode(&p.encode().unwrap(), &bank),
        Err(ProgressProblem::Unreadable)
    );
    // A position past the invitation's scenarios.
    let mut value = good.clone();
    value["position"] = serde_json::json!({"at": "question", "index": ASKED.len()});
    assert_eq!(
        SavedProgress::decode(&value.to_string(), &bank),
        Err(ProgressProblem::Unreadable)
    );
    let mut value = good;
    value["position"] = serde_json::json!({"at": "question", "index": ASKED.len() - 1});
    assert!(SavedProgress::decode(&value.to_string(), &bank).is_ok());
}
