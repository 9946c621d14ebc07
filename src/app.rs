//! The root of the user interface: loads the bank, owns the quiz reducer and
//! picks the screen. Effects (storage, focus, the URL) come from
//! [`crate::hooks`] and [`crate::services`].

use std::rc::Rc;

use yew::prelude::*;

use crate::components::keep_result::LinkFor;
use crate::components::results::ResultsScreenProps;
use crate::components::{
    bank_loading, bank_problems, bank_unavailable, brand_bar, notice, question_screen,
    rater_thanks, rater_welcome, welcome_screen, AddReplies, AttractScreen, ByAddress, HistoryList,
    InviteRaters, QuestionScreen, RaterWelcome, RaterWording, ResultsScreen, StillThere,
    WelcomeScreen,
};
use crate::domain::bank::BUILT_IN_BANK_JSON;
use crate::domain::history::{Attempt, Invited, LineOutcome};
use crate::domain::invite::{self, Invitation, InviteId};
use crate::domain::overlay::Comparison;
use crate::domain::reply;
use crate::domain::share::{self, ShareError, Shared};
use crate::domain::{load_bank, Bank, Length};
use crate::flow::{Action, Quiz, Screen};
use crate::hooks::{
    random_seed, send_host_event, use_autosave, use_focus_on_change, use_history, use_host_events,
    use_idle_reset, use_remote_bank, use_saved_progress, HistoryHandle, HistoryNotice, RemoteBank,
};
use crate::services::{download, link, storage};
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

/// The payload that `find` sees in the page's address, decoded. A bad one
/// is reported once: the address is cleared, so a reload does not report it
/// again.
fn decoded_from_address<T, E>(
    find: fn(&str) -> Option<&str>,
    decode: impl FnOnce(&str) -> Result<T, E>,
) -> Option<Result<T, E>> {
    let fragment = link::fragment();
    let result = decode(find(&fragment)?);
    if result.is_err() {
        link::clear_fragment();
    }
    Some(result)
}

/// A `#r=` link in the page's address, decoded against `bank`.
fn link_in_address(bank: &Bank) -> Option<Result<Shared, ShareError>> {
    decoded_from_address(share::payload_from_fragment, |p| share::decode(bank, p))
}

/// An `#i=` invitation in the page's address, decoded against `bank`, with
/// its payload.
fn invitation_in_address(bank: &Bank) -> Option<Result<(Invitation, String), ShareError>> {
    decoded_from_address(invite::payload_from_fragment, |p| {
        invite::decode(bank, p).map(|i| (i, p.to_owned()))
    })
}

/// A random 32-bit id (a reply's).
fn random_u32() -> u32 {
    (js_sys::Math::random() * 4_294_967_296.0) as u32
}

/// The address links point to: the settings' `share_base_url`, or the page's own.
fn link_base(settings: &Settings) -> String {
    settings
        .share_base_url
        .clone()
        .unwrap_or_else(link::page_address)
}

/// The quiz itself, on a valid bank.
#[component]
fn Assessment(props: &AssessmentProps) -> Html {
    let strings = crate::strings::current();
    let settings = &props.settings;
    let kiosk = settings.mode == Mode::Kiosk;
    let raters_on = settings.raters_on();
    let history_on = settings.history_on();
    // An invitation in the address makes this a rater's attempt, whose
    // progress is kept apart, per invitation.
    let invitation = {
        let bank = props.bank.rc();
        use_memo((), move |_| {
            if raters_on {
                invitation_in_address(&bank)
            } else {
                None
            }
        })
    };
    let progress_key = match &*invitation {
        Some(Ok((i, _))) => format!("{}/rater/{}", props.storage_key, i.id),
        _ => props.storage_key.clone(),
    };
    // A kiosk keeps its visitor's progress in memory only.
    let saved = use_saved_progress(&progress_key, &props.bank, !kiosk);
    let quiz = {
        let (bank, initial, invitation) =
            (props.bank.rc(), saved.initial.clone(), invitation.clone());
        use_reducer(move || {
            QuizState(match &*invitation {
                Some(Ok((invitation, payload))) => Quiz::for_rater(
                    bank.clone(),
                    invitation.clone(),
                    payload.clone(),
                    initial,
                    random_seed(),
                    random_u32(),
                ),
                Some(Err(problem)) => {
                    Quiz::new(bank.clone(), initial, random_seed()).with_link(Err(*problem))
                }
                None => {
                    let quiz = Quiz::new(bank.clone(), initial, random_seed());
                    match link_in_address(&bank) {
                        Some(link) => quiz.with_link(link),
                        None => quiz,
                    }
                }
            })
        })
    };
    use_autosave(progress_key.clone(), quiz.progress(), saved.can_save);
    let root = use_node_ref();
    use_focus_on_change(root.clone(), quiz.screen);
    use_host_events(root.clone(), &quiz, settings.host_origin.clone());
    let history = use_history(&props.storage_key, props.bank.rc(), history_on || raters_on);
    let shown_earlier = use_state(|| None::<u64>);
    let reply_notice = use_state(|| None::<String>);
    let rater = quiz.rater.is_some();

    // A finished attempt of the person's own is kept (with history off but
    // raters on, only the latest, for its replies to find).
    {
        let history = history.clone();
        let quiz = quiz.clone();
        let on = (history_on || raters_on) && !rater;
        use_effect_with(
            (quiz.screen, quiz.seed, quiz.answers.clone()),
            move |(screen, _, _)| {
                if on && *screen == Screen::Results {
                    if let Some(attempt) = Attempt::new(
                        &quiz.bank,
                        quiz.seed,
                        &download::today(),
                        quiz.length,
                        &quiz.order,
                        &quiz.answers,
                    ) {
                        let seed = attempt.seed;
                        history.change(|h, _| {
                            h.record(attempt);
                            if !history_on {
                                h.attempts.retain(|a| a.seed == seed);
                            }
                        });
                    }
                }
            },
        );
    }

    // A reply link opened on this device joins the attempt it answers.
    {
        let (history, quiz, reply_notice, root) = (
            history.clone(),
            quiz.clone(),
            reply_notice.clone(),
            root.clone(),
        );
        let host_origin = settings.host_origin.clone();
        use_effect_with((), move |_| {
            let fragment = link::fragment();
            if raters_on && !rater && reply::payload_from_fragment(&fragment).is_some() {
                link::clear_fragment();
                let r = &strings.raters;
                match history.change(|h, bank| h.add_reply(bank, &fragment)) {
                    Ok(seed) => {
                        let replies = history.replies_of(seed);
                        reply_notice.set(Some(r.reply_added_notice(replies)));
                        send_host_event(&root, host_origin.as_deref(), "reply-added", replies);
                        if seed == quiz.seed && quiz.scores().is_some() {
                            quiz.dispatch(Action::Resume);
                        }
                    }
                    Err(e) => {
                        reply_notice.set(Some(crate::components::reply_problem(r, e).to_owned()))
                    }
                }
            }
        });
    }

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
        Screen::Welcome if rater => {
            let rater = quiz.rater.as_ref();
            let name = rater.and_then(|r| r.invitation.name.as_deref());
            let scenarios = quiz.order.len();
            let length = if scenarios == props.bank.questions.len() {
                Length::Full
            } else {
                Length::Quick
            };
            let on_relate = {
                let quiz = quiz.dispatcher();
                Callback::from(move |r| quiz.dispatch(Action::Relate(r)))
            };
            let start = {
                let quiz = quiz.dispatcher();
                Callback::from(move |()| {
                    quiz.dispatch(Action::Start {
                        seed: random_seed(),
                        length: Length::Full,
                    })
                })
            };
            (
                rater_welcome(
                    strings,
                    RaterWelcome {
                        name,
                        scenarios,
                        minutes: crate::domain::order::estimated_minutes(&props.bank, length),
                        relationship: rater.and_then(|r| r.relationship),
                        has_progress: quiz.has_progress(),
                        on_relate,
                        on_start: start,
                        on_resume: send(|| Action::Resume),
                    },
                ),
                String::new(),
            )
        }
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
                            rater: quiz.rater.as_ref().map(|r| {
                                let name = r.invitation.name.as_deref();
                                RaterWording {
                                    picture: strings.raters.picture(name),
                                    you_means: strings.raters.you_means(name),
                                    instruction: strings.raters.instruction(name),
                                }
                            }),
                        },
                    ),
                    strings.announce_question(index + 1, total, &group),
                )
            }
            // The flow never points past its own order.
            None => (html! {}, String::new()),
        },
        Screen::Results if rater => {
            let reply_url = quiz.rater.as_ref().and_then(|r| {
                let payload = reply::encode(
                    &props.bank,
                    &r.invitation,
                    r.reply_id,
                    r.relationship,
                    &quiz.answers,
                )
                .ok()?;
                Some(AttrValue::from(link::link_url(
                    &link_base(settings),
                    "v",
                    &payload,
                )))
            });
            (
                rater_thanks(strings, reply_url),
                strings.raters.rater_thanks_heading.to_owned(),
            )
        }
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
                let link_for: Option<LinkFor> = (settings.share && !kiosk).then(|| {
                    let (bank, order, answers, base) = (
                        props.bank.clone(),
                        quiz.order.clone(),
                        quiz.answers.clone(),
                        link_base(settings),
                    );
                    Callback::from(
                        move |(name, others): (Option<String>, Option<share::Others>)| {
                            let payload = share::encode_with(
                                &bank,
                                &order,
                                &answers,
                                name.as_deref(),
                                others.as_ref(),
                            )
                            .ok()?;
                            Some(AttrValue::from(link::share_url(&base, &payload)))
                        },
                    )
                });
                let (comparison, earlier_date) =
                    own_comparison(&history, &props.bank, &scores, quiz.seed, *shown_earlier);
                let tools = own_tools(OwnTools {
                    history: &history,
                    settings,
                    bank: &props.bank,
                    quiz: &quiz,
                    shown_earlier: &shown_earlier,
                    root: &root,
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
                        link_for,
                        comparison,
                        earlier_date,
                        tools,
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
                let comparison = shared
                    .others
                    .as_ref()
                    .map(|o| Comparison::with_means(&scores, &o.means, usize::from(o.replies)));
                (
                    results(ResultsScreenProps {
                        bank: props.bank.clone(),
                        settings: settings.clone(),
                        answers: shared.answers.clone(),
                        scores,
                        on_restart: None,
                        on_take_it: Some(on_take_it),
                        share_url: None,
                        link_for: None,
                        comparison,
                        earlier_date: None,
                        tools: Html::default(),
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
    let reply_notice = (*reply_notice).clone().map(|text| {
        let close = {
            let reply_notice = reply_notice.clone();
            Callback::from(move |_: MouseEvent| reply_notice.set(None))
        };
        html! {
            <div class="pr-notice pr-reply-notice" role="status">
                <p>{ text }</p>
                { crate::components::button(strings.dismiss, close) }
            </div>
        }
    });
    let history_notice = (!rater).then_some(history.notice).flatten().map(|notice| {
        let text = match notice {
            HistoryNotice::Unreadable => strings.raters.history_unreadable,
            HistoryNotice::Full => strings.raters.history_full,
        };
        html! { <p class="pr-notice pr-history-notice" role="status">{ text }</p> }
    });

    let content = html! {
        <>
            { for notices }
            { for storage_notice }
            { for reply_notice }
            { for history_notice }
            { screen }
            if let Some(seconds_left) = idle.seconds_left {
                <StillThere {seconds_left} on_carry_on={idle.carry_on.clone()} />
            }
        </>
    };
    main_frame(root, announcement, content)
}

/// Others' view (the replies to this attempt) and the earlier attempt
/// chosen, beside `scores`; `None` when there is neither.
fn own_comparison(
    history: &HistoryHandle,
    bank: &Bank,
    scores: &crate::domain::Scores,
    seed: u64,
    shown_earlier: Option<u64>,
) -> (Option<Comparison>, Option<AttrValue>) {
    let attempt = history.history.attempt(seed);
    let replies = attempt.map(|a| a.reply_scores(bank)).unwrap_or_default();
    let said = attempt
        .map(|a| a.replies.iter().map(|r| r.relationship).collect::<Vec<_>>())
        .unwrap_or_default();
    let earlier = shown_earlier
        .filter(|s| *s != seed)
        .and_then(|s| history.history.attempt(s));
    if replies.is_empty() && earlier.is_none() {
        return (None, None);
    }
    let comparison =
        Comparison::new(scores, &replies, earlier.map(|a| a.scores.as_slice())).from_raters(said);
    (
        Some(comparison),
        earlier.map(|a| AttrValue::from(a.date.clone())),
    )
}

/// What [`own_tools`] works with.
struct OwnTools<'a> {
    history: &'a HistoryHandle,
    settings: &'a Settings,
    bank: &'a ByAddress<Bank>,
    quiz: &'a UseReducerHandle<QuizState>,
    shown_earlier: &'a UseStateHandle<Option<u64>>,
    root: &'a NodeRef,
}

/// Inviting raters, adding their replies, and the list of earlier
/// attempts, on the person's own results, as the settings allow.
fn own_tools(t: OwnTools) -> Html {
    let seed = t.quiz.seed;
    let host_origin = t.settings.host_origin.clone();
    let invite = t.settings.raters_on().then(|| {
        let (history, bank, quiz, root, origin) = (
            t.history.clone(),
            t.bank.clone(),
            t.quiz.clone(),
            t.root.clone(),
            host_origin.clone(),
        );
        let base = link_base(t.settings);
        let on_invite = Callback::from(move |name: Option<String>| {
            let id = InviteId::from_random(random_seed());
            let invitation = Invitation {
                id,
                asked: quiz.order.clone(),
                name: name.clone(),
            };
            let payload = invite::encode(&bank, &invitation).ok()?;
            let kept = history.change(|h, _| h.invite(seed, Invited { id, name }));
            if !kept {
                return None;
            }
            send_host_event(&root, origin.as_deref(), "invite-created", 0);
            Some(AttrValue::from(link::link_url(&base, "i", &payload)))
        });
        let (history, root, host_origin) = (t.history.clone(), t.root.clone(), host_origin.clone());
        let on_add = Callback::from(move |text: String| {
            let lines = history.change(|h, bank| h.add_replies(bank, &text));
            // One event per reply, each with the count it brought the attempt to.
            let added: Vec<u64> = lines
                .iter()
                .filter_map(|l| match l.outcome {
                    LineOutcome::Added { seed } => Some(seed),
                    LineOutcome::Refused(_) => None,
                })
                .collect();
            for (j, seed) in added.iter().enumerate() {
                let later = added[j + 1..].iter().filter(|s| *s == seed).count();
                let replies = history.replies_of(*seed) - later;
                send_host_event(&root, host_origin.as_deref(), "reply-added", replies);
            }
            lines
        });
        html! {
            <>
                <InviteRaters {on_invite} />
                <AddReplies {on_add} />
            </>
        }
    });
    let list = t.settings.history_on().then(|| {
        let history = t.history.clone();
        let shown = t.shown_earlier.clone();
        let on_show = {
            let shown = shown.clone();
            Callback::from(move |s: Option<u64>| shown.set(s))
        };
        let on_delete = {
            let (history, shown) = (history.clone(), shown.clone());
            Callback::from(move |s: u64| {
                if *shown == Some(s) {
                    shown.set(None);
                }
                history.change(|h, _| h.delete(s));
            })
        };
        let on_delete_all = {
            let (history, shown) = (history.clone(), shown.clone());
            Callback::from(move |()| {
                shown.set(None);
                history.change(|h, _| h.attempts.clear());
            })
        };
        html! {
            <HistoryList attempts={history.history.attempts.clone()} current={seed} shown={*shown}
                {on_show} {on_delete} {on_delete_all} />
        }
    });
    html! { <>{ for invite }{ for list }</> }
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
