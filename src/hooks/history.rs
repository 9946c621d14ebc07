//! Yew's view of the attempts kept on the device: read once, changed by
//! pure steps from the domain, written back after each.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::history::{History, HistoryProblem};
use crate::domain::Bank;
use crate::services::{history as store, storage};

/// What the person is told about kept attempts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryNotice {
    /// Some (or all) of what was kept could not be read, and was set aside.
    Unreadable,
    /// The browser refused the last write: storage is full.
    Full,
}

/// The kept attempts, and a way to change them.
#[derive(Clone)]
pub struct HistoryHandle {
    /// The attempts as they are now.
    pub history: Rc<History>,
    pub notice: Option<HistoryNotice>,
    /// False when nothing is kept (kiosk, settings, or storage refused).
    pub enabled: bool,
    store: Rc<RefCell<History>>,
    storage_key: Rc<str>,
    bank: Rc<Bank>,
    refresh: UseStateSetter<(Rc<History>, Option<HistoryNotice>)>,
}

impl PartialEq for HistoryHandle {
    fn eq(&self, other: &Self) -> bool {
        self.history == other.history
            && self.notice == other.notice
            && self.enabled == other.enabled
    }
}

impl HistoryHandle {
    /// How many replies the attempt with this seed has now.
    pub fn replies_of(&self, seed: u64) -> usize {
        self.store
            .borrow()
            .attempt(seed)
            .map_or(0, |a| a.replies.len())
    }

    /// Applies `change` to the attempts, stores them and re-renders; the
    /// change's own result is returned. A write the browser refuses keeps
    /// the change on screen for this visit and says storage is full.
    pub fn change<T>(&self, change: impl FnOnce(&mut History, &Bank) -> T) -> T {
        let out = change(&mut self.store.borrow_mut(), &self.bank);
        let now = self.store.borrow().clone();
        let notice = if self.enabled {
            store::save(&self.storage_key, &self.bank, &now)
                .err()
                .map(|_| HistoryNotice::Full)
        } else {
            None
        };
        self.refresh.set((Rc::new(now), notice));
        out
    }
}

/// The attempts kept for `bank` under `storage_key`, read on the first
/// render. Unless `enabled`, nothing is read or written: changes live only
/// as long as the page.
#[hook]
pub fn use_history(storage_key: &str, bank: Rc<Bank>, enabled: bool) -> HistoryHandle {
    let initial = {
        let (storage_key, bank) = (storage_key.to_owned(), bank.clone());
        use_memo((), move |_| {
            if !(enabled && storage::available(&storage_key)) {
                return (History::default(), None, false);
            }
            let (history, problem) = store::load(&storage_key, &bank);
            let notice = problem.map(|p| match p {
                HistoryProblem::Unreadable | HistoryProblem::SomeUnreadable(_) => {
                    HistoryNotice::Unreadable
                }
            });
            (history, notice, true)
        })
    };
    let enabled = initial.2;
    let store = use_mut_ref(|| initial.0.clone());
    let state = {
        let initial = initial.clone();
        use_state(move || (Rc::new(initial.0.clone()), initial.1))
    };
    HistoryHandle {
        history: state.0.clone(),
        notice: state.1,
        enabled,
        store,
        storage_key: Rc::from(storage_key),
        bank,
        refresh: state.setter(),
    }
}
