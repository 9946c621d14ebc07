#![cfg(not(target_arch = "wasm32"))]
//! The quiz flow's pure transitions.

mod common;

use std::rc::Rc;

use partner_radar_core::domain::order::attempt_order;
use partner_radar_core::domain::share::{ShareError, Shared};
use partner_radar_core::domain::{Length, Position, ProgressProblem, SavedProgress};
use partner_radar_core::flow::{Action, Notice, Quiz, Screen};

fn fresh() -> Quiz {
    Quiz::new(Rc::new(common::small_bank()), Ok(None), 42)
}

fn start(seed: u64) -> Action {
    Action::Start {
        seed,
        length: Length::Full,
    }
}

fn choose(q: &Quiz, question: usize, option: &str) -> Quiz {
    q.apply(Action::Choose {
        question,
        option: option.into(),
    })
}

/// Answers every scenario of the attempt with option "a", pressing Next after each.
fn complete(mut q: Quiz) -> Quiz {
    for i in 0..q.order.len() {
        q = choose(&q, i, "a").apply(Action::Next);
    }
    q
}

#[test]
fn starts_on_welcome_with_nothing_to_continue() {
    let q = fresh();
    assert_eq!(q.screen, Screen::Welcome);
    assert!(!q.has_progress());
    assert!(q.untouched());
    assert_eq!(q.progress(), None);
}

#[test]
fn start_goes_to_the_first_scenario_of_the_seeded_order() {
    let q = fresh().apply(start(7));
    assert_eq!(q.screen, Screen::Question(0));
    assert_eq!(q.seed, 7);
    assert_eq!(q.length, Length::Full);
    assert_eq!(q.order, attempt_order(&q.bank, Length::Full, 7));
    assert_eq!(q.order.len(), q.bank.questions.len());
    assert_eq!(
        q.question_at(0).map(|x| &x.id),
        Some(&q.bank.questions[q.order[0]].id)
    );
}

#[test]
fn a_quick_start_asks_two_scenarios_of_each_group() {
    let q = fresh().apply(Action::Start {
        seed: 3,
        length: Length::Quick,
    });
    assert_eq!(q.length, Length::Quick);
    assert_eq!(q.order.len(), 12.min(q.bank.questions.len()));
    let done = complete(q);
    assert_eq!(done.screen, Screen::Results);
    let scores = done.scores().expect("a finished quick check has scores");
    assert_eq!(scores.groups.len(), 6);
    let progress = done.progress().unwrap();
    assert_eq!(progress.length, Length::Quick);
}

#[test]
fn next_needs_a_choice_and_explains_itself() {
    let q = fresh().apply(start(1)).apply(Action::Next);
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
    let q = fresh().apply(start(1));
    assert_eq!(choose(&q, 0, "zz"), q);
    assert_eq!(choose(&q, 99, "a"), q);
}

#[test]
fn choosing_records_the_answer_for_the_scenario_at_that_position() {
    let q = choose(&fresh().apply(start(11)), 0, "c");
    let id = &q.bank.questions[q.order[0]].id;
    assert_eq!(q.answers.chosen(id), Some("c"));
    assert_eq!(q.chosen_at(0), Some("c"));
}

#[test]
fn back_keeps_answers_and_leads_to_welcome_from_the_first_scenario() {
    let q = choose(&fresh().apply(start(1)), 0, "c").apply(Action::Next);
    let back = q.apply(Action::Back);
    assert_eq!(back.screen, Screen::Question(0));
    assert_eq!(back.chosen_at(0), Some("c"));
    let welcome = back.apply(Action::Back);
    assert_eq!(welcome.screen, Screen::Welcome);
    assert!(welcome.has_progress());
    assert!(!welcome.untouched(), "answers wait on the welcome screen");
    assert_eq!(welcome.apply(Action::Resume).screen, Screen::Question(0));
}

#[test]
fn the_last_next_leads_to_results_with_scores() {
    let q = complete(fresh().apply(start(1)));
    assert_eq!(q.screen, Screen::Results);
    assert!(q.scores().is_some());
    assert_eq!(q.apply(Action::Back).screen, Screen::Question(11));
}

#[test]
fn restart_clears_everything_and_returns_to_welcome() {
    let q = complete(fresh().apply(start(1))).apply(Action::Restart);
    assert_eq!(q.screen, Screen::Welcome);
    assert!(q.answers.is_empty());
    assert!(!q.has_progress());
    assert_eq!(q.progress(), None);
}

#[test]
fn start_again_discards_the_earlier_attempt() {
    let q = choose(&fresh().apply(start(1)), 0, "a");
    let again = q.apply(Action::Start {
        seed: 2,
        length: Length::Quick,
    });
    assert!(again.answers.is_empty());
    assert_eq!(again.seed, 2);
    assert_eq!(again.length, Length::Quick);
}

#[test]
fn progress_records_position_seed_length_and_answers() {
    let q = choose(&fresh().apply(start(9)), 0, "d").apply(Action::Next);
    let p = q.progress().unwrap();
    assert_eq!(p.position, Position::Question(1));
    assert_eq!(p.seed, 9);
    assert_eq!(p.length, Length::Full);
    let first = &q.bank.questions[q.order[0]].id;
    assert_eq!(p.answers.chosen(first), Some("d"));
    assert_eq!(p.bank, q.bank.fingerprint());
}

#[test]
fn saved_progress_resumes_where_it_left_off_in_the_same_order() {
    let bank = Rc::new(common::small_bank());
    for length in [Length::Full, Length::Quick] {
        let started = Quiz::new(bank.clone(), Ok(None), 1).apply(Action::Start { seed: 5, length });
        let before = choose(&started, 0, "b").apply(Action::Next);
        let saved: SavedProgress = before.progress().unwrap();
        let after = Quiz::new(bank.clone(), Ok(Some(saved)), 999);
        assert_eq!(after.screen, Screen::Welcome);
        assert!(after.has_progress());
        assert_eq!(after.seed, 5);
        assert_eq!(after.length, length);
        assert_eq!(after.order, before.order);
        let resumed = after.apply(Action::Resume);
        assert_eq!(resumed.screen, Screen::Question(1));
        assert_eq!(resumed.chosen_at(0), Some("b"));
    }
}

#[test]
fn finished_attempts_resume_on_results() {
    let bank = Rc::new(common::small_bank());
    let done = complete(Quiz::new(bank.clone(), Ok(None), 1).apply(start(3)));
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
    assert_eq!(
        q.notices,
        vec![Notice::Progress(ProgressProblem::Unreadable)]
    );
    assert!(!q.has_progress());
    assert!(q.apply(Action::DismissNotice).notices.is_empty());
    assert!(q.apply(start(1)).notices.is_empty());
}

#[test]
fn actions_out_of_place_are_ignored() {
    let q = fresh();
    assert_eq!(q.apply(Action::Next), q);
    assert_eq!(q.apply(Action::Back), q);
}

#[test]
fn a_shared_result_opens_read_only_and_leaves_own_progress_alone() {
    let bank = Rc::new(common::small_bank());
    let mine = choose(
        &Quiz::new(bank.clone(), Ok(None), 1).apply(start(4)),
        0,
        "b",
    )
    .apply(Action::Next)
    .progress();
    let answers = common::sheet_scoring(&bank, |_| 2);
    let shared = Shared {
        asked: common::all(&bank),
        answers,
        name: None,
        others: None,
    };
    let q = Quiz::new(bank.clone(), Ok(mine.clone()), 9).with_link(Ok(shared.clone()));
    assert_eq!(q.screen, Screen::Shared);
    assert_eq!(q.shared, Some(shared));
    // Own progress is what it was, whatever happens on the shared screen.
    assert_eq!(q.progress(), mine);
    assert_eq!(q.apply(Action::Next), q);
    assert_eq!(q.apply(Action::Back), q);
    let left = q.apply(Action::LeaveShared);
    assert_eq!(left.screen, Screen::Welcome);
    assert_eq!(left.shared, None);
    assert!(left.has_progress());
    assert_eq!(left.apply(Action::Resume).screen, Screen::Question(1));
}

#[test]
fn a_bad_link_gives_a_notice_on_the_welcome_screen() {
    let q = fresh().with_link(Err(ShareError::Damaged));
    assert_eq!(q.screen, Screen::Welcome);
    assert_eq!(q.notices, vec![Notice::Link(ShareError::Damaged)]);
    assert_eq!(q.shared, None);
}

#[test]
fn reset_forgets_everything_of_the_visitor_but_keeps_the_length() {
    let bank = Rc::new(common::small_bank());
    let quick = Action::Start {
        seed: 5,
        length: Length::Quick,
    };
    let done = complete(Quiz::new(bank.clone(), Ok(None), 1).apply(quick))
        .with_link(Err(ShareError::Damaged));
    assert_eq!(done.screen, Screen::Results);
    let reset = done.apply(Action::Reset { seed: 77 });
    assert_eq!(reset.screen, Screen::Welcome);
    assert!(!reset.has_progress());
    assert!(reset.untouched());
    assert!(!done.untouched());
    assert_eq!(reset.progress(), None);
    assert_eq!(reset.seed, 77);
    assert_eq!(reset.length, Length::Quick);
    assert_eq!(reset.order, attempt_order(&bank, Length::Quick, 77));
    assert_eq!(reset.resume_at, Position::Question(0));
    assert!(reset.notices.is_empty());
    assert_eq!(reset.shared, None);
    // Nothing is left to resume: Continue starts at the first scenario, unanswered.
    assert_eq!(reset.apply(Action::Resume).chosen_at(0), None);

    // A shared result on screen goes too.
    let shared = Shared {
        asked: common::all(&bank),
        answers: common::sheet_scoring(&bank, |_| 2),
        name: None,
        others: None,
    };
    let on_link = fresh()
        .with_link(Ok(shared))
        .apply(Action::Reset { seed: 3 });
    assert_eq!((on_link.screen, on_link.shared), (Screen::Welcome, None));
}

mod milestones {
    use super::*;
    use partner_radar_core::flow::{milestones, Milestone};

    fn between(before: &Quiz, after: &Quiz) -> Vec<Milestone> {
        milestones(before.snapshot(), after.snapshot())
    }

    #[test]
    fn a_whole_attempt_reports_start_each_answer_and_completion() {
        let welcome = fresh();
        let started = welcome.apply(start(5));
        assert_eq!(between(&welcome, &started), vec![Milestone::Started]);
        let answered = choose(&started, 0, "a");
        assert_eq!(
            between(&started, &answered),
            vec![Milestone::Answered {
                answered: 1,
                total: 12
            }]
        );
        // Moving on, or changing an answer, is not news.
        let next = answered.apply(Action::Next);
        assert_eq!(between(&answered, &next), vec![]);
        assert_eq!(between(&next, &choose(&next, 0, "b")), vec![]);
        let done = complete(started.clone());
        assert_eq!(
            between(&choose(&done.apply(Action::Back), 11, "a"), &done),
            vec![Milestone::Completed]
        );
        let restarted = done.apply(Action::Restart);
        assert_eq!(between(&done, &restarted), vec![Milestone::Restarted]);
        let again = restarted.apply(start(6));
        assert_eq!(between(&restarted, &again), vec![Milestone::Started]);
    }

    #[test]
    fn starting_again_over_a_saved_attempt_restarts_then_starts() {
        let half = choose(&fresh().apply(start(1)), 0, "a").apply(Action::Next);
        let again = half.apply(start(2));
        assert_eq!(between(&half, &again), vec![Milestone::Started]);
        let discarded = half
            .apply(Action::Back)
            .apply(Action::Back)
            .apply(Action::Restart);
        assert_eq!(
            between(&half.apply(Action::Back).apply(Action::Back), &discarded),
            vec![Milestone::Restarted]
        );
    }

    #[test]
    fn resuming_is_not_a_start() {
        let half = choose(&fresh().apply(start(1)), 0, "a").apply(Action::Next);
        let welcome = half.apply(Action::Back).apply(Action::Back);
        assert_eq!(between(&welcome, &welcome.apply(Action::Resume)), vec![]);
    }
}
