//! Yew's view of the host page: events as the attempt moves on, and the
//! app's height when it is framed, through `services::host`.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

use crate::domain::{Bank, Length};
use crate::flow::{milestones, Milestone, Quiz, Snapshot};
use crate::services::host::{self, HostEvent};

/// The element the app is mounted in (`.pr-root`), found from any node inside it.
fn mount_of(node: &NodeRef) -> Option<Element> {
    node.cast::<Element>()?.closest(".pr-root").ok().flatten()
}

/// Sends `ready` once, keeps a framing page told of the app's height, and
/// sends `start`, `progress`, `complete` and `restart` as the quiz passes them.
#[hook]
pub fn use_host_events(node: NodeRef, quiz: &Quiz, host_origin: Option<String>) {
    let previous = use_mut_ref(|| None::<Snapshot>);
    {
        let node = node.clone();
        let host_origin = host_origin.clone();
        use_effect_with((), move |_| {
            let mount = mount_of(&node);
            host::send(
                mount.as_ref(),
                host_origin.as_deref(),
                &HostEvent::new("ready", vec![]),
            );
            let watch = host::is_framed().then(HeightWatch::start);
            move || drop(watch)
        });
    }
    let snapshot = quiz.snapshot();
    let complete = (snapshot.screen == crate::flow::Screen::Results)
        .then(|| {
            quiz.scores()
                .map(|s| complete_fields(&quiz.bank, &s, quiz.length))
        })
        .flatten();
    // A rater answers about someone else: the host hears nothing of it.
    let rater = quiz.rater.is_some();
    use_effect_with(snapshot, move |now| {
        let before = previous.borrow_mut().replace(*now);
        if let (Some(before), false) = (before, rater) {
            let mount = mount_of(&node);
            for milestone in milestones(before, *now) {
                let event = match milestone {
                    Milestone::Started => HostEvent::new("start", vec![]),
                    Milestone::Answered { answered, total } => HostEvent::new(
                        "progress",
                        vec![("answered", answered.into()), ("total", total.into())],
                    ),
                    Milestone::Completed => {
                        HostEvent::new("complete", complete.clone().unwrap_or_default())
                    }
                    Milestone::Restarted => HostEvent::new("restart", vec![]),
                };
                host::send(mount.as_ref(), host_origin.as_deref(), &event);
            }
        }
    });
}

/// The `complete` event's fields: scores by group id, the averages, the length.
fn complete_fields(
    bank: &Bank,
    scores: &crate::domain::Scores,
    length: Length,
) -> Vec<(&'static str, JsValue)> {
    let by_group = Object::new();
    for (group, score) in scores.by_group(bank) {
        let _ = Reflect::set(&by_group, &group.id.as_str().into(), &score.score.into());
    }
    let length = length.name();
    vec![
        ("scores", by_group.into()),
        ("inside", scores.inside.into()),
        ("outside", scores.outside.into()),
        ("overall", scores.overall.into()),
        ("length", length.into()),
    ]
}

/// Watches the document's height and tells the framing page when it changes,
/// and answers the page's `hello` (sent by embed.js when it starts, which may
/// be after the app's first `ready`) with `ready` and the current height.
struct HeightWatch {
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

/// The document's height in whole CSS px.
fn document_height() -> f64 {
    gloo::utils::document()
        .document_element()
        .map_or(0.0, |root| root.get_bounding_client_rect().height().ceil())
}

impl HeightWatch {
    fn start() -> Self {
        let root = gloo::utils::document().document_element();
        let last = Rc::new(Cell::new(0.0_f64));
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
                let window = gloo::utils::window();
                let from_parent = match (event.source(), window.parent()) {
                    (Some(source), Ok(Some(parent))) => js_sys::Object::is(&source, &parent),
                    _ => false,
                };
                let data = event.data();
                let field = |key: &str| {
                    Reflect::get(&data, &key.into())
                        .ok()
                        .and_then(|v| v.as_string())
                };
                if from_parent
                    && field("source").as_deref() == Some("partner-radar-host")
                    && field("type").as_deref() == Some("hello")
                {
                    host::send(None, None, &HostEvent::new("ready", vec![]));
                    let height = document_height();
                    host::send(
                        None,
                        None,
                        &HostEvent::new("resize", vec![("height", height.into())]),
                    );
                }
            });
        let _ = gloo::utils::window()
            .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        let on_resize = {
            let root = root.clone();
            Closure::<dyn FnMut()>::new(move || {
                let Some(root) = root.as_ref() else { return };
                let height = root.get_bounding_client_rect().height().ceil();
                if height > 0.0 && height != last.get() {
                    last.set(height);
                    host::send(
                        None,
                        None,
                        &HostEvent::new("resize", vec![("height", height.into())]),
                    );
                }
            })
        };
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let (Some(observer), Some(root)) = (&observer, &root) {
            observer.observe(root);
        }
        Self {
            observer,
            _on_resize: on_resize,
            on_message,
        }
    }
}

impl Drop for HeightWatch {
    fn drop(&mut self) {
        let _ = gloo::utils::window().remove_event_listener_with_callback(
            "message",
            self.on_message.as_ref().unchecked_ref(),
        );
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}

/// Sends a personal event of `kind` for the app around `node`, with the
/// count of replies (`reply-added`) or nothing else (`invite-created`, when
/// `replies` is 0): never a name, an id or an answer.
pub fn send_host_event(
    node: &NodeRef,
    host_origin: Option<&str>,
    kind: &'static str,
    replies: usize,
) {
    let fields = if replies > 0 {
        vec![("replies", JsValue::from(replies))]
    } else {
        vec![]
    };
    host::send(
        mount_of(node).as_ref(),
        host_origin,
        &HostEvent::new(kind, fields),
    );
}
