//! Props that hold the bank or the settings compare them by address.

use std::ops::Deref;
use std::rc::Rc;

use yew::html::IntoPropValue;

/// An `Rc` that is equal to another only when both point at the same value.
///
/// The app reads the settings once and loads a bank once, then hands the same
/// `Rc` down, so the same address means the same value. Comparing them field by
/// field instead would add about 0.7 KB of gzipped wasm. Props hold this, so
/// they can derive `PartialEq` and never miss a field added later.
#[derive(Debug)]
pub struct ByAddress<T>(pub Rc<T>);

impl<T> ByAddress<T> {
    /// The `Rc` itself, for what keeps one.
    pub fn rc(&self) -> Rc<T> {
        Rc::clone(&self.0)
    }
}

impl<T> Clone for ByAddress<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for ByAddress<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: Default> Default for ByAddress<T> {
    fn default() -> Self {
        Self(Rc::default())
    }
}

impl<T> Deref for ByAddress<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for ByAddress<T> {
    fn from(rc: Rc<T>) -> Self {
        Self(rc)
    }
}

impl<T> IntoPropValue<ByAddress<T>> for Rc<T> {
    fn into_prop_value(self) -> ByAddress<T> {
        ByAddress(self)
    }
}
