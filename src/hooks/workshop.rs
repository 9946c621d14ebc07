//! Yew's view of workshops: the names on this device, and one workshop
//! whose every change is saved as it happens. The rules (what a link adds,
//! the team's figures) are `domain::workshop`'s; storage is `services::workshops`.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::workshop::{check_name, AddReport, LoadProblem, NameProblem, Workshop};
use crate::domain::Bank;
use crate::services::workshops;

/// The workshops kept on this device.
#[derive(Clone, PartialEq)]
pub struct WorkshopNames {
    /// In the order they were made.
    pub names: Rc<Vec<String>>,
    /// False when the browser refuses storage: nothing will be kept.
    pub can_save: bool,
    refresh: Callback<()>,
}

impl WorkshopNames {
    /// Makes an empty workshop; its name as kept, or why it cannot be used.
    pub fn create(&self, name: &str, bank: &Bank) -> Result<String, NameProblem> {
        let name = check_name(name, &self.names)?;
        workshops::save(&Workshop::new(name.clone(), bank));
        self.refresh.emit(());
        Ok(name)
    }

    /// Deletes a workshop and everything in it.
    pub fn delete(&self, name: &str) {
        workshops::delete(name);
        self.refresh.emit(());
    }
}

/// The workshops on this device, read when the view mounts and after each change.
#[hook]
pub fn use_workshop_names() -> WorkshopNames {
    let names = use_state(|| Rc::new(workshops::names()));
    let can_save = *use_memo((), |_| workshops::available());
    let refresh = {
        let names = names.clone();
        Callback::from(move |()| names.set(Rc::new(workshops::names())))
    };
    WorkshopNames {
        names: (*names).clone(),
        can_save,
        refresh,
    }
}

/// A change to an open workshop.
pub enum WorkshopAction {
    /// Adds every link in a text (pasted, or a file's), on the day given.
    AddText { text: String, today: String },
    /// Adds the link in this page's address.
    AddPayload { payload: String, today: String },
    /// Removes the participant with this number.
    Remove(u32),
    /// Removes every participant.
    Clear,
}

/// An open workshop, and what the last addition did.
#[derive(PartialEq)]
pub struct WorkshopState {
    pub bank: Rc<Bank>,
    /// The workshop, or why the stored one cannot be opened (left untouched).
    pub workshop: Result<Workshop, LoadProblem>,
    /// What the last text added, line by line.
    pub report: Option<AddReport>,
    /// Counts changes, so each is saved once.
    pub revision: u32,
}

impl Reducible for WorkshopState {
    type Action = WorkshopAction;

    fn reduce(self: Rc<Self>, action: WorkshopAction) -> Rc<Self> {
        let Ok(workshop) = &self.workshop else {
            return self;
        };
        let mut workshop = workshop.clone();
        let mut report = self.report.clone();
        match action {
            WorkshopAction::AddText { text, today } => {
                report = Some(workshop.add_text(&self.bank, &text, &today));
            }
            WorkshopAction::AddPayload { payload, today } => {
                let outcome = workshop.add_payload(&self.bank, &payload, &today);
                report = Some(AddReport {
                    lines: vec![crate::domain::workshop::LineOutcome { line: 1, outcome }],
                });
            }
            WorkshopAction::Remove(number) => {
                workshop.remove(number);
            }
            WorkshopAction::Clear => {
                workshop.clear();
                report = None;
            }
        }
        Rc::new(WorkshopState {
            bank: self.bank.clone(),
            workshop: Ok(workshop),
            report,
            revision: self.revision + 1,
        })
    }
}

/// An open workshop and whether its last change was saved.
pub struct WorkshopHandle {
    pub state: UseReducerHandle<WorkshopState>,
    /// False when the last change could not be stored.
    pub saved: bool,
}

/// Opens the workshop `name` (a new one if none is stored) for `bank`, and
/// saves it after every change. A workshop that cannot be read is never
/// written over.
#[hook]
pub fn use_workshop(name: &str, bank: Rc<Bank>) -> WorkshopHandle {
    let state = {
        let name = name.to_owned();
        use_reducer(move || WorkshopState {
            workshop: workshops::load(&name, &bank),
            bank,
            report: None,
            revision: 0,
        })
    };
    let saved = use_state_eq(|| true);
    {
        let (state, saved) = (state.clone(), saved.clone());
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 {
                if let Ok(workshop) = &state.workshop {
                    saved.set(workshops::save(workshop));
                }
            }
        });
    }
    WorkshopHandle {
        state,
        saved: *saved,
    }
}
