//! The width an element is shown at, kept up to date by a `ResizeObserver`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// The width of `node` in whole CSS pixels (rounded down), or `None` until it has
/// been measured (or where it cannot be). Stops watching on unmount.
#[hook]
pub fn use_width(node: NodeRef) -> Option<u32> {
    let width = use_state_eq(|| None);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let watch = node
                .cast::<Element>()
                .map(|element| Watch::start(element, width));
            // Dropping the watch disconnects the observer and frees its closure.
            move || drop(watch)
        });
    }
    *width
}

/// A live observation: the observer, the closure it calls, and any update
/// still waiting to be applied.
struct Watch {
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    pending: Rc<RefCell<Option<Timeout>>>,
}

impl Watch {
    fn start(element: Element, width: UseStateHandle<Option<u32>>) -> Watch {
        let measure = {
            let element = element.clone();
            // Rounded down: `clientWidth` rounds to the nearest pixel, and a
            // chart drawn half a pixel wider than its box is scaled down,
            // taking its smallest text below 13 px.
            move || {
                let width = element.get_bounding_client_rect().width().floor();
                (width >= 1.0).then_some(width as u32)
            }
        };
        let initial = measure();
        width.set(initial);
        let last = Rc::new(Cell::new(initial));
        let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
        let on_resize = {
            let pending = pending.clone();
            Closure::<dyn FnMut()>::new(move || {
                let now = measure();
                if now.is_none() || now == last.get() {
                    return;
                }
                last.set(now);
                // Redrawing changes the element's height; doing it inside the
                // observer's callback would trip the browser's "ResizeObserver
                // loop" error, so the new width is applied in a task of its own.
                let width = width.clone();
                *pending.borrow_mut() = Some(Timeout::new(0, move || width.set(now)));
            })
        };
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(&element);
        }
        Watch {
            observer,
            _on_resize: on_resize,
            pending,
        }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        // A dropped timeout never fires, so nothing is set after unmount.
        self.pending.borrow_mut().take();
    }
}
