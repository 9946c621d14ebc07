//! The root of the user interface: loads the bank, owns the quiz reducer and
//! picks the screen. Effects (storage, focus, the URL) come from
//! [`crate::hooks`] and [`crate::services`].

use std::rc::Rc;

use yew::prelude::*;

use crate::components::results::ResultsScreenProps;
use crate::components::{
    bank_loading, bank_problems, bank_unavailable, brand_bar, notice, question_screen,
    welcome_screen, AttractScreen, ByAddress, QuestionScreen, ResultsScreen, StillThere,
    WelcomeScreen,
};
use crate::domain::bank::BUILT_IN_BANK_JSON;
use crate::domain::share::{self, ShareError, Shared};
use crate::domain::{load_bank, Bank, Length};
use crate::flow::{Action, Quiz, Screen};
use crate::hooks::{
    random_seed, use_autosave, use_focus_on_change, use_host_events, use_idle_reset,
    use_remote_bank, use_saved_progress, RemoteBank,
};
use crate::services::{link, storage};
use crate::settings::{LengthSetting, Mode, Settings};

/// The quiz as Yew's reducer holds it: the flow's pure transitions
/// ([`Quiz::apply`]) behind Yew's `Reducible`, which the core crate does not know.
#[derive(PartialEq)]
pub struct QuizState(Quiz);

impl std::ops::Deref for QuizState {
    type Target = Quiz;

    fn deref(&self) -> &Quiz {
        &self.0
    }
}

impl Reducible for QuizState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(QuizState(self.0.apply(action)))
    }
}

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    #[prop_or_default]
    pub settings: ByAddress<Settings>,
    /// Bank JSON to use instead of the built-in one (tests, custom banks).
    #[prop_or_default]
    pub bank_json: Option<AttrValue>,
}

/// The whole app: the assessment, or a clear message if the bank is broken
/// or cannot be fetched.
#[component]
pub fn App(props: &AppProps) -> Html {
    // A bank named by the settings is fetched; tests pass their JSON directly.
    let url = props
        .bank_json
        .is_none()
        .then(|| props.settings.bank.clone())
        .flatten();
    let (remote, retry) = use_remote_bank(url);
    let strings = crate::strings::current();
    let json = match &remote {
        RemoteBank::Fetched(json) => Some(json.clone()),
        _ => props.bank_json.clone(),
    };
    let bank = use_memo(json, |json| {
        load_bank(json.as_deref().unwrap_or(BUILT_IN_BANK_JSON)).map(Rc::new)
    });
    let body = match (&remote, &*bank) {
        (RemoteBank::Loading, _) => bank_loading(strings),
        (RemoteBank::Failed(reason), _) => bank_unavailable(strings, reason, &retry),
        // A facilitator's device shows its workshops, unless it opens a shared result.
        (_, Ok(bank))
            if props.settings.mode == Mode::Workshop
                && share::payload_from_fragment(&link::fragment()).is_none() =>
        {
            html! { <crate::components::workshop::WorkshopScreen bank={bank.clone()} /> }
        }
        // Keyed by the bank, so a different bank never meets an old reducer.
        (_, Ok(bank)) => {
            // Each bank loaded at run time keeps its own progress, so switching
            // banks never deletes another bank's answers.
            let storage_key = match remote {
                RemoteBank::Fetched(_) => {
                    format!("{}/{}", props.settings.storage_key, bank.fingerprint())
                }
                _ => props.settings.storage_key.clone(),
            };
            html! { <Assessment key={bank.fingerprint().to_owned()} bank={bank.clone()} settings={props.settings.clone()} {storage_key} /> }
        }
        (_, Err(problems)) => bank_problems(strings, problems),
    };
    // The app's text is in the bank's language, whatever the host page's is.
    let lang = match &*bank {
        Ok(bank) => Some(AttrValue::from(bank.locale.clone())),
        Err(_) => None,
    };
    // The welcome screen that index.html paints before the wasm arrives
    // (see `FirstPaint`) gives way to this render before the next paint.
    use_effect_with((), |_| remove_first_paint());
    let top = html! {
        <>
            { brand_bar(&props.settings) }
            // A kiosk keeps progress in memory only, so a reload would lose
            // a visitor's answers: it updates by itself between visitors.
            if props.settings.mode != Mode::Kiosk {
                <crate::components::UpdateNotice />
            }
        </>
    };
    app_frame(props.settings.mode == Mode::Kiosk, lang, top, body)
}

/// The app's outer element: the brand and notices above the screen.
fn app_frame(kiosk: bool, lang: Option<AttrValue>, top: Html, body: Html) -> Html {
    let inside = html! { <>{ top }{ body }</> };
    if kiosk {
        html! { <div {lang} class="pr-app pr-kiosk">{ inside }</div> }
    } else {
        html! { <div {lang} class="pr-app">{ inside }</div> }
    }
}

/// The main area: a live region that announces each new screen, then the screen.
fn main_frame(root: NodeRef, announcement: String, content: Html) -> Html {
    html! {
        <main class="pr-main" ref={root}>
            <p class="pr-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            { content }
        </main>
    }
}

/// The attribute that marks the welcome screen written into index.html at build time.
pub const FIRST_PAINT_MARK: &str = "data-first-paint";

/// Removes the build-time welcome screen, now that the app has rendered its own.
fn remove_first_paint() {
    if let Ok(Some(early)) =
        gloo::utils::document().query_selector(&format!("[{FIRST_PAINT_MARK}]"))
    {
        early.remove();
    }
}

/// The welcome screen exactly as the app first renders it on a page with no
/// settings and no saved progress, made of the same views. The build
/// renders it natively into index.html (`src/bin/prerender.rs`), so its text
/// and Start buttons paint before the wasm arrives; the app replaces it with
/// identical markup (an end-to-end test compares them). A Start pressed before
/// then is kept by the entry module and honoured (see `take_early_start`).
#[component]
pub fn FirstPaint() -> Html {
    let bank = match load_bank(BUILT_IN_BANK_JSON) {
        Ok(bank) => Rc::new(bank),
        Err(_) => return html! {},
    };
    let lang = Some(AttrValue::from(bank.locale.clone()));
    let welcome = welcome_screen(
        crate::strings::current(),
        &Settings::default(),
        WelcomeScreen {
            bank: &bank,
            has_progress: false,
            on_start: Callback::noop(),
            on_resume: Callback::noop(),
            on_discard: Callback::noop(),
        },
    );
    app_frame(
        false,
        lang,
        html! {},
        main_frame(NodeRef::default(), String::new(), welcome),
    )
}

/// The length of a Start pressed on the build-time welcome screen before the
/// app was ready, which the entry module leaves on the mount element as
/// `data-early-start`; read once, and removed.
fn take_early_start(mount_id: &str) -> Option<Length> {
    let mount = gloo::utils::document().get_element_by_id(mount_id)?;
    let length = mount.get_attribute("data-early-start")?;
    let _ = mount.remove_attribute("data-early-start");
    Length::from_name(&length)
}

#[derive(Properties, PartialEq)]
struct AssessmentProps {
    bank: ByAddress<Bank>,
    settings: ByAddress<Settings>,
    /// Where this bank's progress is saved.
    storage_key: String,
}

/// A `#r=` link in the page's address, decoded against `bank`.
fn link_in_address(bank: &Bank) -> Option<Result<Shared, ShareError>> {
    let fragment = link::fragment();
    let payload = share::payload_from_fragment(&fragment)?;
    let result = share::decode(bank, payload);
    if result.is_err() {
        // A bad link is reported once; a reload should not report it again.
        link::clear_fragment();
    }
    Some(result)
}

/// The quiz itself, on a valid bank.
#[component]
fn Assessment(props: &AssessmentProps) -> Html {
    let strings = crate::strings::current();
    let settings = &props.settings;
    let kiosk = settings.mode == Mode::Kiosk;
    // A kiosk keeps its visitor's progress in memory only.
    let saved = use_saved_progress(&props.storage_key, &props.bank, !kiosk);
    let quiz = {
        let (bank, initial) = (props.bank.rc(), saved.initial.clone());
        use_reducer(move || {
            let quiz = Quiz::new(bank.clone(), initial, random_seed());
            QuizState(match link_in_address(&bank) {
                Some(link) => quiz.with_link(link),
                None => quiz,
            })
        })
    };
    use_autosave(props.storage_key.clone(), quiz.progress(), saved.can_save);
    let root = use_node_ref();
    use_focus_on_change(root.clone(), quiz.screen);
    use_host_events(root.clone(), &quiz, settings.host_origin.clone());

    let send = |make: fn() -> Action| {
        let quiz = quiz.dispatcher();
        Callback::from(move |_: ()| quiz.dispatch(make()))
    };
    let on_start = {
        let quiz = quiz.dispatcher();
        Callback::from(move |length: Length| {
            quiz.dispatch(Action::Start {
                seed: random_seed(),
                length,
            })
        })
    };
    let total = quiz.order.len();

    // A Start pressed on the build-time welcome screen, before the app was
    // ready, counts, unless there is saved progress (that screen had no
    // Continue) or the settings changed the first screen.
    {
        let (quiz, mount_id) = (quiz.clone(), settings.mount_id.clone());
        use_effect_with((), move |_| {
            if let Some(length) = take_early_start(&mount_id) {
                if quiz.untouched() && !kiosk {
                    quiz.dispatch(Action::Start {
                        seed: random_seed(),
                        length,
                    });
                }
            }
        });
    }

    // A kiosk between visitors: wipe the attempt, the link in the address,
    // the scroll position and anything stored, and show the attract screen.
    let reset = {
        let (quiz, storage_key) = (quiz.dispatcher(), settings.storage_key.clone());
        Callback::from(move |()| {
            link::clear_fragment();
            storage::wipe(&storage_key);
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            quiz.dispatch(Action::Reset {
                seed: random_seed(),
            });
        })
    };
    // A kiosk takes a waiting new version at once on a clean attract screen
    // (after a reset, or while nobody is there), where there is nothing to lose.
    let update_ready = crate::hooks::use_update_ready();
    use_effect_with(kiosk && update_ready && quiz.untouched(), |&now| {
        if now {
            crate::hooks::request_reload();
        }
    });
    let idle = use_idle_reset(
        kiosk
            .then(|| idle_wait(&quiz, settings.idle_seconds))
            .flatten(),
        reset.clone(),
    );

    // One place that renders the results, the person's own or someone
    // else's, which differ only in their props.
    let results = |props: ResultsScreenProps| html! { <ResultsScreen ..props /> };
    let (screen, announcement) = match quiz.screen {
        Screen::Welcome if kiosk => (
            html! {
                <AttractScreen
                    bank={props.bank.clone()}
                    length={if settings.length == LengthSetting::Full { Length::Full } else { Length::Quick }}
                    has_progress={quiz.has_progress()}
                    on_start={on_start}
                    on_resume={send(|| Action::Resume)}
                />
            },
            String::new(),
        ),
        Screen::Welcome => (
            welcome_screen(
                strings,
                settings,
                WelcomeScreen {
                    bank: &props.bank,
                    has_progress: quiz.has_progress(),
                    on_start,
                    on_resume: send(|| Action::Resume),
                    on_discard: send(|| Action::Restart),
                },
            ),
            String::new(),
        ),
        Screen::Question(index) => match quiz.question_at(index) {
            Some(question) => {
                let group = props
                    .bank
                    .group(&question.group)
                    .map(|g| g.name.clone())
                    .unwrap_or_default();
                let on_choose = {
                    let quiz = quiz.dispatcher();
                    Callback::from(move |option: String| {
                        quiz.dispatch(Action::Choose {
                            question: index,
                            option,
                        })
                    })
                };
                (
                    question_screen(
                        strings,
                        QuestionScreen {
                            index,
                            total,
                            question,
                            group_name: &group,
                            order: crate::domain::shuffle::option_order(
                                quiz.seed,
                                &question.id,
                                question.options.len(),
                            ),
                            chosen: quiz.chosen_at(index),
                            needs_choice: quiz.needs_choice,
                            on_choose,
                            on_back: send(|| Action::Back),
                            on_next: send(|| Action::Next),
                        },
                    ),
                    strings.announce_question(index + 1, total, &group),
                )
            }
            // The flow never points past its own order.
            None => (html! {}, String::new()),
        },
        Screen::Results => match quiz.scores() {
            Some(scores) => {
                let share_url = settings
                    .share
                    .then(|| share::encode(&props.bank, &quiz.order, &quiz.answers).ok())
                    .flatten()
                    .and_then(|payload| {
                        // A kiosk's own address is of no use on a visitor's
                        // phone: it links only to the public address it is given.
                        let base = match (&settings.share_base_url, kiosk) {
                            (Some(base), _) => base.clone(),
                            (None, false) => link::page_address(),
                            (None, true) => return None,
                        };
                        Some(AttrValue::from(link::share_url(&base, &payload)))
                    });
                (
                    results(ResultsScreenProps {
                        bank: props.bank.clone(),
                        settings: settings.clone(),
                        answers: quiz.answers.clone(),
                        scores,
                        on_restart: Some(if kiosk {
                            reset.clone()
                        } else {
                            send(|| Action::Restart)
                        }),
                        on_take_it: None,
                        share_url,
                    }),
                    strings.results_heading.to_owned(),
                )
            }
            // The flow only reaches Results with every answer given.
            None => (html! {}, String::new()),
        },
        Screen::Shared => match quiz.shared.as_ref().and_then(|s| {
            s.answers
                .score(&props.bank, &s.asked)
                .ok()
                .map(|scores| (s, scores))
        }) {
            Some((shared, scores)) => {
                let on_take_it = {
                    let quiz = quiz.dispatcher();
                    Callback::from(move |()| {
                        link::clear_fragment();
                        quiz.dispatch(Action::LeaveShared);
                    })
                };
                (
                    results(ResultsScreenProps {
                        bank: props.bank.clone(),
                        settings: settings.clone(),
                        answers: shared.answers.clone(),
                        scores,
                        on_restart: None,
                        on_take_it: Some(on_take_it),
                        share_url: None,
                    }),
                    strings.shared_banner.to_owned(),
                )
            }
            // share::decode only yields complete sheets.
            None => (html! {}, String::new()),
        },
    };

    let dismiss = send(|| Action::DismissNotice);
    let notices = quiz
        .notices
        .iter()
        .map(|kind| notice(strings, *kind, &dismiss));
    let storage_notice = (!kiosk && !saved.can_save && quiz.screen == Screen::Welcome)
        .then(|| html! { <p class="pr-notice" role="status">{ strings.notice_storage_off }</p> });

    let content = html! {
        <>
            { for notices }
            { for storage_notice }
            { screen }
            if let Some(seconds_left) = idle.seconds_left {
                <StillThere {seconds_left} on_carry_on={idle.carry_on.clone()} />
            }
        </>
    };
    main_frame(root, announcement, content)
}

/// How long a kiosk waits without input before asking "Still there?", in
/// seconds: the setting, or 60 on the scenarios and 120 on a result. `None`
/// on a clean attract screen, where there is nothing to wipe.
fn idle_wait(quiz: &Quiz, setting: Option<u32>) -> Option<u32> {
    if quiz.untouched() {
        return None;
    }
    let default = match quiz.screen {
        Screen::Welcome | Screen::Question(_) => 60,
        Screen::Results | Screen::Shared => 120,
    };
    Some(setting.unwrap_or(default))
}

/// Mounts the app into the element named by the settings (creating it at the
/// end of `<body>` if the page has none), with the page's settings applied
/// and a panic hook that tells the person what happened instead of leaving a
/// dead page.
pub fn start() {
    let defaults = Settings::default();
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id(&defaults.mount_id)
        .unwrap_or_else(|| {
            let div = document
                .create_element("div")
                .expect("a document can create a div");
            div.set_id(&defaults.mount_id);
            let _ = gloo::utils::body().append_child(&div);
            div
        });
    // One app per page: it owns a single mount element and storage key.
    if document
        .query_selector_all(&format!("#{}", defaults.mount_id))
        .is_ok_and(|all| all.length() > 1)
    {
        gloo::console::error!(format!(
            "Partner Radar: more than one element has the id \"{}\"; the app runs in the first and ignores the others.",
            defaults.mount_id
        ));
    }
    let _ = root.class_list().add_1("pr-root");
    let settings = crate::services::settings::read_page_settings(&root);
    if let Some(html) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&root) {
        crate::services::settings::apply_colours(html, &settings.colours);
    }
    let mount = root.clone();
    yew::set_custom_panic_hook(Box::new(move |info| {
        gloo::console::error!(info.to_string());
        mount.set_inner_html("");
        if let Ok(p) = gloo::utils::document().create_element("p") {
            p.set_class_name("pr-notice pr-crash");
            p.set_attribute("role", "alert").ok();
            p.set_text_content(Some(crate::strings::current().crashed));
            let _ = mount.append_child(&p);
        }
    }));
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            settings: ByAddress(Rc::new(settings)),
            bank_json: None,
        },
    )
    .render();
}
