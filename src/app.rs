//! The root of the user interface: loads the bank, owns the quiz reducer and
//! picks the screen. Effects (storage, focus) come from [`crate::hooks`].

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{BankProblems, Notice, QuestionScreen, ResultsScreen, WelcomeScreen};
use crate::domain::bank::BUILT_IN_BANK_JSON;
use crate::domain::{load_bank, Bank};
use crate::flow::{Action, Quiz, Screen};
use crate::hooks::{
    load_progress, random_seed, storage_available, use_autosave, use_focus_on_change,
};
use crate::settings::Settings;
use crate::strings::{Strings, EN_GB};

impl Reducible for Quiz {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    #[prop_or_default]
    pub settings: Settings,
    /// Bank JSON to use instead of the built-in one (tests, custom banks).
    #[prop_or_default]
    pub bank_json: Option<AttrValue>,
}

/// The whole app: the assessment, or a clear message if the bank is broken.
#[component]
pub fn App(props: &AppProps) -> Html {
    let json = props.bank_json.clone();
    let bank = use_memo(json, |json| {
        load_bank(json.as_deref().unwrap_or(BUILT_IN_BANK_JSON)).map(Rc::new)
    });
    let body = match &*bank {
        Ok(bank) => html! { <Assessment bank={bank.clone()} settings={props.settings.clone()} /> },
        Err(problems) => html! { <BankProblems problems={problems.clone()} /> },
    };
    html! {
        <ContextProvider<&'static Strings> context={&EN_GB}>
            <div class="pr-app">{ body }</div>
        </ContextProvider<&'static Strings>>
    }
}

#[derive(Properties, PartialEq)]
struct AssessmentProps {
    bank: Rc<Bank>,
    settings: Settings,
}

/// The quiz itself, on a valid bank.
#[component]
fn Assessment(props: &AssessmentProps) -> Html {
    let strings = crate::hooks::use_strings();
    let key = props.settings.storage_key;
    let quiz = {
        let bank = props.bank.clone();
        use_reducer(move || Quiz::new(bank.clone(), load_progress(key, &bank), random_seed()))
    };
    let can_save = use_memo((), |_| storage_available());
    use_autosave(key, quiz.progress(), *can_save);
    let root = use_node_ref();
    use_focus_on_change(root.clone(), quiz.screen);

    let send = |make: fn() -> Action| {
        let quiz = quiz.dispatcher();
        Callback::from(move |_: ()| quiz.dispatch(make()))
    };
    let on_start = {
        let quiz = quiz.dispatcher();
        Callback::from(move |_: ()| {
            quiz.dispatch(Action::Start {
                seed: random_seed(),
            })
        })
    };
    let total = props.bank.questions.len();

    let (screen, announcement) = match quiz.screen {
        Screen::Welcome => (
            html! {
                <WelcomeScreen
                    bank={props.bank.clone()}
                    has_progress={quiz.has_progress()}
                    on_start={on_start}
                    on_resume={send(|| Action::Resume)}
                />
            },
            String::new(),
        ),
        Screen::Question(index) => {
            let question = &props.bank.questions[index];
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
                html! {
                    <QuestionScreen
                        key={question.id.clone()}
                        {index}
                        {total}
                        question={question.clone()}
                        group_name={group.clone()}
                        order={crate::domain::shuffle::option_order(quiz.seed, &question.id, question.options.len())}
                        chosen={quiz.chosen_at(index).map(AttrValue::from)}
                        needs_choice={quiz.needs_choice}
                        {on_choose}
                        on_back={send(|| Action::Back)}
                        on_next={send(|| Action::Next)}
                    />
                },
                strings.announce_question(index + 1, total, &group),
            )
        }
        Screen::Results => match quiz.scores() {
            Some(scores) => (
                html! {
                    <ResultsScreen
                        bank={props.bank.clone()}
                        answers={quiz.answers.clone()}
                        {scores}
                        on_restart={send(|| Action::Restart)}
                    />
                },
                strings.results_heading.to_owned(),
            ),
            // The flow only reaches Results with every answer given.
            None => (html! {}, String::new()),
        },
    };

    let notice = quiz.notice.map(|problem| {
        html! { <Notice text={crate::components::notice_text(strings, problem)} on_dismiss={send(|| Action::DismissNotice)} /> }
    });
    let storage_notice = (!*can_save && quiz.screen == Screen::Welcome)
        .then(|| html! { <p class="pr-notice" role="status">{ strings.notice_storage_off }</p> });

    html! {
        <main class="pr-main" ref={root}>
            <p class="pr-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            { for notice }
            { for storage_notice }
            { screen }
        </main>
    }
}

/// Mounts the app into the element named by the settings (creating it at the
/// end of `<body>` if the page has none), with a panic hook that tells the
/// person what happened instead of leaving a dead page.
pub fn start() {
    let settings = Settings::default();
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id(settings.mount_id)
        .unwrap_or_else(|| {
            let div = document
                .create_element("div")
                .expect("a document can create a div");
            div.set_id(settings.mount_id);
            let _ = gloo::utils::body().append_child(&div);
            div
        });
    let mount = root.clone();
    yew::set_custom_panic_hook(Box::new(move |info| {
        gloo::console::error!(info.to_string());
        mount.set_inner_html("");
        if let Ok(p) = gloo::utils::document().create_element("p") {
            p.set_class_name("pr-notice pr-crash");
            p.set_attribute("role", "alert").ok();
            p.set_text_content(Some(EN_GB.crashed));
            let _ = mount.append_child(&p);
        }
    }));
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            settings,
            bank_json: None,
        },
    )
    .render();
}
