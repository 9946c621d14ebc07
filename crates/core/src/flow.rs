//! The quiz flow as one state machine with pure transitions:
//! `Welcome → Question(n) → Results`, and `Shared` for a result someone
//! shared by link. No UI, storage or randomness here: callers bring the seed
//! and the decoded link, and persist what [`Quiz::progress`] returns.

use std::rc::Rc;

use crate::domain::invite::Invitation;
use crate::domain::order::{attempt_order, rater_order};
use crate::domain::progress::RaterSaved;
use crate::domain::reply::Relationship;
use crate::domain::share::{ShareError, Shared};
use crate::domain::{
    AnswerSheet, Bank, Length, Position, ProgressProblem, Question, SavedProgress, Scores,
};

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    /// The scenario at this position of the attempt's order.
    Question(usize),
    Results,
    /// Someone else's result from a share link, read-only.
    Shared,
}

/// Something the person is told once, at the top of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Saved progress had to be discarded at start-up.
    Progress(ProgressProblem),
    /// A share link could not be opened.
    Link(ShareError),
}

/// Something the person does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Begin a fresh attempt of this length (discarding any earlier one);
    /// the seed draws its scenarios, their order and the option order.
    Start {
        seed: u64,
        length: Length,
    },
    /// Go back to where the saved attempt left off.
    Resume,
    /// Choose an option for the scenario at this position of the attempt.
    Choose {
        question: usize,
        option: String,
    },
    Back,
    Next,
    /// Clear everything and return to the welcome screen.
    Restart,
    /// Forget everything of this person (a kiosk between visitors): answers,
    /// seed, order, notices and any shared result; back to the welcome screen.
    Reset {
        seed: u64,
    },
    /// Hide the notices.
    DismissNotice,
    /// Leave a shared result for the person's own assessment.
    LeaveShared,
    /// (A rater) say how they know the person, or take it back.
    Relate(Option<Relationship>),
}

/// A rater answering someone's invitation: the scenarios are theirs, the
/// answers are how the rater believes they would act.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rater {
    pub invitation: Invitation,
    /// The invitation's payload, as it followed `#i=`.
    pub payload: String,
    /// The reply's id, random, made once for this rater.
    pub reply_id: u32,
    pub relationship: Option<Relationship>,
}

/// The whole state of one person's attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Quiz {
    pub bank: Rc<Bank>,
    pub screen: Screen,
    pub answers: AnswerSheet,
    /// Seed of this attempt's scenarios, their order and option order.
    pub seed: u64,
    /// Quick check or full assessment.
    pub length: Length,
    /// The attempt's scenarios (indices into `bank.questions`), in asking order.
    pub order: Vec<usize>,
    /// Where "Continue" goes from the welcome screen.
    pub resume_at: Position,
    /// What to tell the person about saved progress or a link that could not be used.
    pub notices: Vec<Notice>,
    /// The result opened from a share link, shown on [`Screen::Shared`].
    pub shared: Option<Shared>,
    /// Set when Next was pressed before an option was chosen.
    pub needs_choice: bool,
    /// Set when a rater answers someone's invitation rather than their own attempt.
    pub rater: Option<Rater>,
}

impl Quiz {
    /// A quiz on the welcome screen, picking up `saved` progress when it was usable.
    pub fn new(
        bank: Rc<Bank>,
        saved: Result<Option<SavedProgress>, ProgressProblem>,
        seed: u64,
    ) -> Self {
        let fresh = (
            AnswerSheet::new(),
            seed,
            Length::Full,
            Position::Question(0),
        );
        let ((answers, seed, length, resume_at), notices) = match saved {
            Ok(Some(p)) => ((p.answers, p.seed, p.length, p.position), vec![]),
            Ok(None) => (fresh, vec![]),
            Err(problem) => (fresh, vec![Notice::Progress(problem)]),
        };
        Self {
            order: attempt_order(&bank, length, seed),
            bank,
            screen: Screen::Welcome,
            answers,
            seed,
            length,
            resume_at,
            notices,
            shared: None,
            needs_choice: false,
            rater: None,
        }
    }

    /// A rater's quiz on `invitation` (its payload text alongside), picking
    /// up `saved` progress only when it answers the same invitation.
    /// `reply_id` is used unless the saved progress has one already.
    pub fn for_rater(
        bank: Rc<Bank>,
        invitation: Invitation,
        payload: String,
        saved: Result<Option<SavedProgress>, ProgressProblem>,
        seed: u64,
        reply_id: u32,
    ) -> Self {
        let saved = match saved {
            Ok(Some(p)) if p.rater.as_ref().is_some_and(|r| r.invite == payload) => Ok(Some(p)),
            Ok(_) => Ok(None),
            Err(problem) => Err(problem),
        };
        let rater_saved = saved
            .as_ref()
            .ok()
            .and_then(|p| p.as_ref())
            .and_then(|p| p.rater.clone());
        let mut quiz = Self::new(bank, saved, seed);
        quiz.order = rater_order(&quiz.bank, &invitation.asked, quiz.seed);
        quiz.rater = Some(Rater {
            invitation,
            payload,
            reply_id: rater_saved.as_ref().map_or(reply_id, |r| r.reply_id),
            relationship: rater_saved.and_then(|r| r.relationship),
        });
        quiz
    }

    /// This attempt's order for `seed`: the invitation's scenarios for a
    /// rater, else drawn from the bank for `length`.
    fn order_for(&self, length: Length, seed: u64) -> Vec<usize> {
        match &self.rater {
            Some(rater) => rater_order(&self.bank, &rater.invitation.asked, seed),
            None => attempt_order(&self.bank, length, seed),
        }
    }

    /// The same quiz opened on a share link: its result read-only when the
    /// link decoded, or a notice on the welcome screen when it did not.
    pub fn with_link(mut self, link: Result<Shared, ShareError>) -> Self {
        match link {
            Ok(shared) => {
                self.shared = Some(shared);
                self.screen = Screen::Shared;
            }
            Err(problem) => self.notices.push(Notice::Link(problem)),
        }
        self
    }

    /// The state after `action`; `self` is unchanged.
    pub fn apply(&self, action: Action) -> Self {
        let mut next = self.clone();
        match action {
            Action::Start { seed, length } => {
                next.answers = AnswerSheet::new();
                next.seed = seed;
                next.length = length;
                next.order = self.order_for(length, seed);
                next.notices.clear();
                next.go(Screen::Question(0));
            }
            Action::Resume => {
                next.notices.clear();
                next.go(match self.resume_at {
                    Position::Question(i) => Screen::Question(i.min(self.last_index())),
                    Position::Results if self.scores().is_some() => Screen::Results,
                    Position::Results => self.first_unanswered(),
                });
            }
            Action::Choose { question, option } => {
                if let Some(q) = self.question_at(question) {
                    if q.option(&option).is_some() {
                        next.answers.answer(q.id.clone(), option);
                        next.needs_choice = false;
                    }
                }
            }
            Action::Back => match self.screen {
                Screen::Question(0) => next.go(Screen::Welcome),
                Screen::Question(i) => next.go(Screen::Question(i - 1)),
                Screen::Results => next.go(Screen::Question(self.last_index())),
                Screen::Welcome | Screen::Shared => {}
            },
            Action::Next => {
                if let Screen::Question(i) = self.screen {
                    if self.chosen_at(i).is_none() {
                        next.needs_choice = true;
                    } else if i < self.last_index() {
                        next.go(Screen::Question(i + 1));
                    } else {
                        next.go(self.first_unanswered());
                    }
                }
            }
            Action::Restart => {
                next.answers = AnswerSheet::new();
                next.notices.clear();
                next.resume_at = Position::Question(0);
                next.go(Screen::Welcome);
            }
            Action::Reset { seed } => {
                next = Self::new(self.bank.clone(), Ok(None), seed);
                next.length = self.length;
                next.order = attempt_order(&self.bank, self.length, seed);
            }
            Action::Relate(relationship) => {
                if let Some(rater) = &mut next.rater {
                    rater.relationship = relationship;
                }
            }
            Action::DismissNotice => next.notices.clear(),
            Action::LeaveShared => {
                next.shared = None;
                if self.screen == Screen::Shared {
                    next.go(Screen::Welcome);
                }
            }
        }
        next
    }

    /// Moves to a screen, remembering it as the place to resume.
    fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.needs_choice = false;
        match screen {
            Screen::Question(i) => self.resume_at = Position::Question(i),
            Screen::Results => self.resume_at = Position::Results,
            Screen::Welcome | Screen::Shared => {}
        }
    }

    fn last_index(&self) -> usize {
        self.order.len().saturating_sub(1)
    }

    /// The first scenario without an answer, or the results when there is none.
    fn first_unanswered(&self) -> Screen {
        (0..self.order.len())
            .find(|i| self.chosen_at(*i).is_none())
            .map_or(Screen::Results, Screen::Question)
    }

    /// The scenario at `position` of this attempt.
    pub fn question_at(&self, position: usize) -> Option<&Question> {
        self.bank.questions.get(*self.order.get(position)?)
    }

    /// The option id chosen for the scenario at `position`, if any.
    pub fn chosen_at(&self, position: usize) -> Option<&str> {
        let q = self.question_at(position)?;
        self.answers.chosen(&q.id).filter(|o| q.option(o).is_some())
    }

    /// True when there is an attempt worth offering to continue.
    pub fn has_progress(&self) -> bool {
        !self.answers.is_empty()
    }

    /// On the welcome screen with nothing answered: as a new visitor finds it.
    pub fn untouched(&self) -> bool {
        self.screen == Screen::Welcome && !self.has_progress()
    }

    /// The scores, once every scenario of the attempt is answered.
    pub fn scores(&self) -> Option<Scores> {
        self.answers.score(&self.bank, &self.order).ok()
    }

    /// What to store now; `None` means nothing is worth keeping. A shared
    /// result is someone else's: the person's own attempt stays as it was.
    pub fn progress(&self) -> Option<SavedProgress> {
        let position = match self.screen {
            Screen::Welcome | Screen::Shared if self.answers.is_empty() => return None,
            Screen::Welcome | Screen::Shared => self.resume_at,
            Screen::Question(i) => Position::Question(i),
            Screen::Results => Position::Results,
        };
        let mut progress = SavedProgress::new(
            &self.bank,
            self.seed,
            self.length,
            position,
            self.answers.clone(),
        );
        progress.rater = self.rater.as_ref().map(|r| RaterSaved {
            invite: r.payload.clone(),
            reply_id: r.reply_id,
            relationship: r.relationship,
        });
        Some(progress)
    }
}

/// The moments of an attempt that a host page hears about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Milestone {
    /// A fresh attempt began.
    Started,
    /// An answer was given; `answered` of the attempt's `total` now have one.
    Answered { answered: usize, total: usize },
    /// The results were reached.
    Completed,
    /// The person started again, clearing their answers.
    Restarted,
}

/// What a host page needs to know about a quiz between two renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snapshot {
    pub screen: Screen,
    pub answered: usize,
    pub total: usize,
    pub seed: u64,
}

impl Quiz {
    /// This quiz as a host page sees it.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            screen: self.screen,
            answered: self.answers.len(),
            total: self.order.len(),
            seed: self.seed,
        }
    }
}

/// The milestones passed between `before` and `after`, in order.
pub fn milestones(before: Snapshot, after: Snapshot) -> Vec<Milestone> {
    let mut passed = Vec::new();
    let fresh = after.answered == 0;
    if before.answered > 0 && fresh && after.screen == Screen::Welcome {
        passed.push(Milestone::Restarted);
    }
    if after.screen == Screen::Question(0)
        && fresh
        && (after.seed != before.seed || before.answered > 0)
    {
        passed.push(Milestone::Started);
    }
    if after.answered > before.answered && matches!(after.screen, Screen::Question(_)) {
        passed.push(Milestone::Answered {
            answered: after.answered,
            total: after.total,
        });
    }
    if after.screen == Screen::Results && before.screen != Screen::Results {
        passed.push(Milestone::Completed);
    }
    passed
}
