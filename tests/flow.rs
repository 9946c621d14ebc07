#![cfg(not(target_arch = "wasm32"))]
//! The quiz flow's pure transitions.

mod common;

use std::rc::Rc;

use partner_radar::domain::{Position, ProgressProblem, SavedProgress};
use partner_radar::flow::{Action, Quiz, Screen};

fn fresh() -> Quiz {
    Quiz::new(Rc::new(common::small_bank()), Ok(None), 42)
}

fn choose(q: &Quiz, question: usize, option: &str) -> Quiz {
    q.apply(Action::Choose {
        question,
        option: option.into(),
    })
}

/// Answers every question with option "a", pressing Next after each.
fn complete(mut q: Quiz) -> Quiz {
    for i in 0..q.bank.questions.len() {
        q = choose(&q, i, "a").apply(Action::Next);
    }
    q
}

#[test]
fn starts_on_welcome_with_nothing_to_continue() {
    let q = fresh();
    assert_eq!(q.screen, Screen::Welcome);
    assert!(!q.has_progress());
    assert_eq!(q.progress(), None);
}

#[test]
fn start_goes_to_the_first_scenario_with_the_given_seed() {
    let q = fresh().apply(Action::Start { seed: 7 });
    assert_eq!(q.screen, Screen::Question(0));
    assert_eq!(q.seed, 7);
}

#[test]
fn next_needs_a_choice_and_explains_itself() {
    let q = fresh().apply(Action::Start { seed: 1 }).apply(Action::Next);
    assert_eq!(q.screen, Screen::Question(0));
    assert!(q.needs_choice);
    let q = choose(&q, 0, "b");
    assert!(!q.needs_choice);
    let q = q.apply(Action::Next);
    assert_eq!(q.screen, Screen::Question(1));
    assert!(!q.needs_choice);
}

#[test]
fn choosing_an_unknown_option_or_question_changes_nothing() {
    let q = fresh().apply(Action::Start { seed: 1 });
    assert_eq!(choose(&q, 0, "zz"), q);
    assert_eq!(choose(&q, 99, "a"), q);
}

#[test]
fn back_keeps_answers_and_leads_to_welcome_from_the_first_scenario() {
    let q = choose(&fresh().apply(Action::Start { seed: 1 }), 0, "c").apply(Action::Next);
    let back = q.apply(Action::Back);
    assert_eq!(back.screen, Screen::Question(0));
    assert_eq!(back.chosen_at(0), Some("c"));
    let welcome = back.apply(Action::Back);
    assert_eq!(welcome.screen, Screen::Welcome);
    assert!(welcome.has_progress());
    assert_eq!(welcome.apply(Action::Resume).screen, Screen::Question(0));
}

#[test]
fn the_last_next_leads_to_results_with_scores() {
    let q = complete(fresh().apply(Action::Start { seed: 1 }));
    assert_eq!(q.screen, Screen::Results);
    assert!(q.scores().is_some());
    assert_eq!(q.apply(Action::Back).screen, Screen::Question(11));
}

#[test]
fn restart_clears_everything_and_returns_to_welcome() {
    let q = complete(fresh().apply(Action::Start { seed: 1 })).apply(Action::Restart);
    assert_eq!(q.screen, Screen::Welcome);
    assert!(q.answers.is_empty());
    assert!(!q.has_progress());
    assert_eq!(q.progress(), None);
}

#[test]
fn start_again_discards_the_earlier_attempt() {
    let q = choose(&fresh().apply(Action::Start { seed: 1 }), 0, "a");
    let again = q.apply(Action::Start { seed: 2 });
    assert!(again.answers.is_empty());
    assert_eq!(again.seed, 2);
}

#[test]
fn progress_records_position_seed_and_answers() {
    let q = choose(&fresh().apply(Action::Start { seed: 9 }), 0, "d").apply(Action::Next);
    let p = q.progress().unwrap();
    assert_eq!(p.position, Position::Question(1));
    assert_eq!(p.seed, 9);
    assert_eq!(p.answers.chosen("direct-reports-1"), Some("d"));
    assert_eq!(p.bank, q.bank.fingerprint());
}

#[test]
fn saved_progress_resumes_where_it_left_off() {
    let bank = Rc::new(common::small_bank());
    let before = choose(
        &Quiz::new(bank.clone(), Ok(None), 1).apply(Action::Start { seed: 5 }),
        0,
        "b",
    )
    .apply(Action::Next);
    let saved: SavedProgress = before.progress().unwrap();
    let after = Quiz::new(bank, Ok(Some(saved)), 999);
    assert_eq!(after.screen, Screen::Welcome);
    assert!(after.has_progress());
    assert_eq!(after.seed, 5);
    let resumed = after.apply(Action::Resume);
    assert_eq!(resumed.screen, Screen::Question(1));
    assert_eq!(resumed.chosen_at(0), Some("b"));
}

#[test]
fn finished_attempts_resume_on_results() {
    let bank = Rc::new(common::small_bank());
    let done = complete(Quiz::new(bank.clone(), Ok(None), 1).apply(Action::Start { seed: 3 }));
    let again = Quiz::new(bank, Ok(done.progress()), 0).apply(Action::Resume);
    assert_eq!(again.screen, Screen::Results);
}

#[test]
fn unusable_progress_shows_a_notice_until_dismissed_or_started() {
    let q = Quiz::new(
        Rc::new(common::small_bank()),
        Err(ProgressProblem::Unreadable),
        1,
    );
    assert_eq!(q.notice, Some(ProgressProblem::Unreadable));
    assert!(!q.has_progress());
    assert_eq!(q.apply(Action::DismissNotice).notice, None);
    assert_eq!(q.apply(Action::Start { seed: 1 }).notice, None);
}

#[test]
fn actions_out_of_place_are_ignored() {
    let q = fresh();
    assert_eq!(q.apply(Action::Next), q);
    assert_eq!(q.apply(Action::Back), q);
}
