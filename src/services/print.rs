//! Printing the report: the answer review prints expanded.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Opens every answer-review group while the page prints, whether printing
/// starts from the app's button or the browser's menu, and closes again
/// those that were closed. Returns the listeners; dropping them removes them.
pub struct ExpandForPrint {
    before: Closure<dyn FnMut()>,
    after: Closure<dyn FnMut()>,
}

/// The `details` elements under `root` that print expanded.
const SELECTOR: &str = "details.pr-review-group";

impl ExpandForPrint {
    /// Listens on the window for `beforeprint` and `afterprint`.
    pub fn listen(root: web_sys::Element) -> Self {
        let opened = std::rc::Rc::new(std::cell::RefCell::new(Vec::<web_sys::Element>::new()));
        let before = {
            let (root, opened) = (root.clone(), opened.clone());
            Closure::<dyn FnMut()>::new(move || {
                let mut opened = opened.borrow_mut();
                opened.clear();
                if let Ok(list) = root.query_selector_all(SELECTOR) {
                    for i in 0..list.length() {
                        if let Some(el) = list
                            .item(i)
                            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                        {
                            if !el.has_attribute("open") {
                                let _ = el.set_attribute("open", "");
                                opened.push(el);
                            }
                        }
                    }
                }
            })
        };
        let after = Closure::<dyn FnMut()>::new(move || {
            for el in opened.borrow_mut().drain(..) {
                let _ = el.remove_attribute("open");
            }
        });
        let window = gloo::utils::window();
        let _ =
            window.add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
        let _ =
            window.add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
        Self { before, after }
    }
}

impl Drop for ExpandForPrint {
    fn drop(&mut self) {
        let window = gloo::utils::window();
        let _ = window.remove_event_listener_with_callback(
            "beforeprint",
            self.before.as_ref().unchecked_ref(),
        );
        let _ = window
            .remove_event_listener_with_callback("afterprint", self.after.as_ref().unchecked_ref());
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = gloo::utils::window().print();
}
