//! Focus management between screens.

use yew::prelude::*;

/// When `key` changes (not on the first render, so an embedded app never
/// steals the host page's focus), focuses the element marked
/// `data-focus-target` inside `root`: each screen marks its heading or legend.
#[hook]
pub fn use_focus_on_change<K: PartialEq + Clone + 'static>(root: NodeRef, key: K) {
    let first = use_mut_ref(|| true);
    use_effect_with(key, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        let target = root
            .cast::<web_sys::Element>()
            .and_then(|r| r.query_selector("[data-focus-target]").ok().flatten())
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    });
}
