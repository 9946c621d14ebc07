//! The quiz flow as one state machine with pure transitions:
//! `Welcome → Question(n) → Results`. No UI, storage or randomness here:
//! callers bring the seed and persist what [`Quiz::progress`] returns.

use std::rc::Rc;

use crate::domain::{AnswerSheet, Bank, Position, ProgressProblem, SavedProgress, Scores};

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    /// The scenario at this index of the bank.
    Question(usize),
    Results,
}

/// Something the person does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Begin a fresh attempt (discarding any earlier one) with this option-order seed.
    Start {
        seed: u64,
    },
    /// Go back to where the saved attempt left off.
    Resume,
    /// Choose an option for the scenario at this index.
    Choose {
        question: usize,
        option: String,
    },
    Back,
    Next,
    /// Clear everything and return to the welcome screen.
    Restart,
    /// Hide the notice about saved progress that could not be used.
    DismissNotice,
}

/// The whole state of one person's attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Quiz {
    pub bank: Rc<Bank>,
    pub screen: Screen,
    pub answers: AnswerSheet,
    /// Seed of this attempt's option order.
    pub seed: u64,
    /// Where "Continue" goes from the welcome screen.
    pub resume_at: Position,
    /// Set when saved progress had to be discarded at start-up.
    pub notice: Option<ProgressProblem>,
    /// Set when Next was pressed before an option was chosen.
    pub needs_choice: bool,
}

impl Quiz {
    /// A quiz on the welcome screen, picking up `saved` progress when it was usable.
    pub fn new(
        bank: Rc<Bank>,
        saved: Result<Option<SavedProgress>, ProgressProblem>,
        seed: u64,
    ) -> Self {
        let (answers, seed, resume_at, notice) = match saved {
            Ok(Some(p)) => (p.answers, p.seed, p.position, None),
            Ok(None) => (AnswerSheet::new(), seed, Position::Question(0), None),
            Err(problem) => (
                AnswerSheet::new(),
                seed,
                Position::Question(0),
                Some(problem),
            ),
        };
        Self {
            bank,
            screen: Screen::Welcome,
            answers,
            seed,
            resume_at,
            notice,
            needs_choice: false,
        }
    }

    /// The state after `action`; `self` is unchanged.
    pub fn apply(&self, action: Action) -> Self {
        let mut next = self.clone();
        match action {
            Action::Start { seed } => {
                next.answers = AnswerSheet::new();
                next.seed = seed;
                next.notice = None;
                next.go(Screen::Question(0));
            }
            Action::Resume => {
                next.notice = None;
                next.go(match self.resume_at {
                    Position::Question(i) => Screen::Question(i.min(self.last_index())),
                    Position::Results if self.scores().is_some() => Screen::Results,
                    Position::Results => self.first_unanswered(),
                });
            }
            Action::Choose { question, option } => {
                if let Some(q) = self.bank.questions.get(question) {
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
                Screen::Welcome => {}
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
                next.notice = None;
                next.resume_at = Position::Question(0);
                next.go(Screen::Welcome);
            }
            Action::DismissNotice => next.notice = None,
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
            Screen::Welcome => {}
        }
    }

    fn last_index(&self) -> usize {
        self.bank.questions.len().saturating_sub(1)
    }

    /// The first scenario without an answer, or the results when there is none.
    fn first_unanswered(&self) -> Screen {
        (0..self.bank.questions.len())
            .find(|i| self.chosen_at(*i).is_none())
            .map_or(Screen::Results, Screen::Question)
    }

    /// The option id chosen for the scenario at `index`, if any.
    pub fn chosen_at(&self, index: usize) -> Option<&str> {
        let q = self.bank.questions.get(index)?;
        self.answers.chosen(&q.id).filter(|o| q.option(o).is_some())
    }

    /// True when there is an attempt worth offering to continue.
    pub fn has_progress(&self) -> bool {
        !self.answers.is_empty()
    }

    /// The scores, once every scenario is answered.
    pub fn scores(&self) -> Option<Scores> {
        self.answers.score(&self.bank).ok()
    }

    /// What to store now; `None` means nothing is worth keeping.
    pub fn progress(&self) -> Option<SavedProgress> {
        let position = match self.screen {
            Screen::Welcome if self.answers.is_empty() => return None,
            Screen::Welcome => self.resume_at,
            Screen::Question(i) => Position::Question(i),
            Screen::Results => Position::Results,
        };
        Some(SavedProgress::new(
            &self.bank,
            self.seed,
            position,
            self.answers.clone(),
        ))
    }
}
