#![cfg(target_arch = "wasm32")]
//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown --test browser`).
//! Each test renders into its own fresh element and waits with `scheduler::flush`, never a sleep.

use std::rc::Rc;

use gloo::storage::Storage;
use partner_radar::app::{App, AppProps};
use partner_radar::components::results::ResultsScreenProps;
use partner_radar::components::{question_screen, QuestionScreen, ResultsScreen};
use partner_radar::domain::{load_bank, AnswerSheet, Bank, Scores};
use partner_radar::settings::Settings;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::{AttrValue, Callback, Html, Properties};

wasm_bindgen_test_configure!(run_in_browser);

const SMALL: &str = include_str!("../../crates/core/tests/fixtures/bank-small.json");

fn bank() -> Rc<Bank> {
    Rc::new(load_bank(SMALL).unwrap())
}

/// The results screen's props for `answers` and `scores`, with nothing
/// else: no restart, no share link, no overlay. Tests set what they check.
fn results_props(bank: &Rc<Bank>, answers: AnswerSheet, scores: Scores) -> ResultsScreenProps {
    ResultsScreenProps {
        bank: bank.clone().into(),
        settings: Default::default(),
        answers,
        scores,
        on_restart: None,
        on_take_it: None,
        share_url: None,
        link_for: None,
        comparison: None,
        earlier_date: None,
        tools: Html::default(),
    }
}

fn fresh_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector)
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().click();
}

fn button(root: &Element, starts_with: &str) -> Element {
    all(root, "button")
        .into_iter()
        .find(|b| {
            b.text_content()
                .unwrap_or_default()
                .trim()
                .starts_with(starts_with)
        })
        .unwrap_or_else(|| panic!("no button starting {starts_with}"))
}

/// A storage key no other test uses, so tests cannot see each other's progress.
fn settings(key: &str) -> Rc<Settings> {
    let _ = gloo::storage::LocalStorage::raw().remove_item(key);
    Rc::new(Settings {
        storage_key: key.to_owned(),
        ..Settings::default()
    })
}

/// Renders the whole app on `bank_json` into a fresh root and waits for it.
async fn render_app(settings: Rc<Settings>, bank_json: String) -> Element {
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            settings: settings.into(),
            bank_json: Some(bank_json.into()),
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

/// Every question of the bank: what a full attempt asks.
fn all_questions(bank: &Bank) -> Vec<usize> {
    (0..bank.questions.len()).collect()
}

/// Options scoring 3 for the inside groups and 0 outside: 100,100,100,0,0,0.
fn inside_sheet(bank: &Bank) -> AnswerSheet {
    let mut answers = AnswerSheet::new();
    for q in &bank.questions {
        let want = if bank.group(&q.group).unwrap().side == partner_radar::domain::Side::Inside {
            3
        } else {
            0
        };
        let o = q.options.iter().find(|o| o.score == want).unwrap();
        answers.answer(q.id.clone(), o.id.clone());
    }
    answers
}

/// What a test varies on the fifth of twelve scenarios, of the Managers group.
#[derive(Properties, PartialEq)]
struct QuestionProps {
    chosen: Option<AttrValue>,
    order: Vec<usize>,
    on_choose: Callback<String>,
}

fn question_props(chosen: Option<&str>, order: Vec<usize>) -> QuestionProps {
    QuestionProps {
        chosen: chosen.map(|c| AttrValue::from(c.to_owned())),
        order,
        on_choose: Callback::noop(),
    }
}

/// The question screen alone: in the app it is a plain function that the
/// assessment calls, so a test needs a component around it to render it.
#[yew::component]
fn Question(props: &QuestionProps) -> Html {
    let bank = bank();
    question_screen(
        partner_radar::strings::current(),
        QuestionScreen {
            index: 4,
            total: 12,
            question: &bank.questions[4],
            group_name: "Managers",
            order: props.order.clone(),
            chosen: props.chosen.as_deref(),
            needs_choice: false,
            on_choose: props.on_choose.clone(),
            on_back: Callback::noop(),
            on_next: Callback::noop(),
            rater: None,
        },
    )
}

#[wasm_bindgen_test]
async fn question_shows_scenario_as_legend_and_options_as_labelled_radios_in_order() {
    let root = fresh_root();
    yew::Renderer::<Question>::with_root_and_props(
        root.clone(),
        question_props(None, vec![2, 0, 3, 1]),
    )
    .render();
    yew::scheduler::flush().await;

    assert_eq!(text(&root, "fieldset legend"), "Scenario 1 about Managers?");
    assert_eq!(text(&root, "h1"), "Scenario 5 of 12");
    assert!(text(&root, ".pr-group-tag").contains("Managers"));
    let progress = one(&root, "progress");
    assert_eq!(progress.get_attribute("value").as_deref(), Some("5"));
    assert_eq!(progress.get_attribute("max").as_deref(), Some("12"));

    let radios = all(&root, "fieldset input[type=radio]");
    let ids: Vec<String> = radios
        .iter()
        .map(|r| r.get_attribute("value").unwrap())
        .collect();
    assert_eq!(ids, ["c", "a", "d", "b"]);
    for radio in &radios {
        let label = one(&root, &format!("label[for='{}']", radio.id()));
        assert!(label
            .text_content()
            .unwrap()
            .starts_with("Managers 1 option scoring"));
    }
    let next = button(&root, "Next");
    assert_eq!(next.get_attribute("aria-disabled").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn question_marks_the_chosen_option_and_reports_choices() {
    let root = fresh_root();
    let chosen = Rc::new(std::cell::RefCell::new(None));
    let mut props = question_props(Some("b"), vec![0, 1, 2, 3]);
    props.on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |id: String| *chosen.borrow_mut() = Some(id))
    };
    yew::Renderer::<Question>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let b = one(&root, "input[value=b]")
        .dyn_into::<HtmlInputElement>()
        .unwrap();
    assert!(b.checked());
    assert!(button(&root, "Next")
        .get_attribute("aria-disabled")
        .is_none());
    click(&one(&root, "input[value=d]"));
    yew::scheduler::flush().await;
    assert_eq!(chosen.borrow().as_deref(), Some("d"));
}

#[wasm_bindgen_test]
async fn results_render_scores_chart_advice_review_and_credits_from_a_known_sheet() {
    let bank = bank();
    let answers = inside_sheet(&bank);
    let scores = answers.score(&bank, &all_questions(&bank)).unwrap();
    let root = fresh_root();
    yew::Renderer::<ResultsScreen>::with_root_and_props(
        root.clone(),
        ResultsScreenProps {
            on_restart: Some(Callback::noop()),
            share_url: Some("https://example.com/radar/#r=abc".into()),
            ..results_props(&bank, answers, scores)
        },
    )
    .render();
    yew::scheduler::flush().await;

    let rows: Vec<(String, String, String)> = all(&root, "table.pr-scores tbody tr")
        .iter()
        .map(|r| {
            (
                text(r, "th"),
                text(r, "td.pr-num"),
                text(r, "td:last-child"),
            )
        })
        .collect();
    assert_eq!(rows.len(), 6);
    assert_eq!(
        rows[0],
        ("Direct reports".into(), "100".into(), "High band".into())
    );
    assert_eq!(rows[3], ("Customers".into(), "0".into(), "Low band".into()));

    let svg = one(&root, "svg.radar-chart");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(svg
        .get_attribute("aria-label")
        .unwrap()
        .to_lowercase()
        .contains("radar"));
    assert!(svg
        .get_attribute("aria-label")
        .unwrap()
        .contains("Direct reports 100"));
    assert_eq!(all(&root, "svg .radar-score polygon").len(), 1);
    assert_eq!(all(&root, "svg .radar-grid circle").len(), 4);
    let labels: String = all(&root, "svg .radar-labels text")
        .iter()
        .map(|t| t.text_content().unwrap())
        .collect();
    for name in [
        "Direct",
        "Co-workers",
        "Managers",
        "Customers",
        "Suppliers",
        "Competitors",
    ] {
        assert!(labels.contains(name), "{name} not on the chart");
    }

    assert_eq!(text(&root, ".pr-highlight.pr-inside dd"), "100");
    assert_eq!(text(&root, ".pr-highlight.pr-outside dd"), "0");
    assert_eq!(text(&root, ".pr-strongest dd"), "Direct reports");
    assert_eq!(text(&root, ".pr-weakest dd"), "Customers");
    assert_eq!(
        text(&root, "#pr-advice-managers .pr-advice"),
        "Managers high advice."
    );
    assert_eq!(
        text(&root, "#pr-advice-suppliers .pr-advice"),
        "Suppliers low advice."
    );
    let review = text(&root, "#pr-review-title + p + details");
    assert!(
        review.contains("Feedback for direct-reports-1 score 3."),
        "{review}"
    );
    let credits = text(&root, ".pr-credits");
    assert!(
        credits.contains("Author")
            && credits.contains("Quote line.")
            && credits.contains("Quote author")
            && credits.contains("not a validated psychometric test")
    );
    // The person's own results: start again and share, no shared-result banner.
    assert!(all(&root, ".pr-shared-banner").is_empty());
    button(&root, "Start again");
    button(&root, "Copy link to my results");
    button(&root, "Download chart (SVG)");
    button(&root, "Print or save as PDF");
}

#[wasm_bindgen_test]
async fn a_shared_result_is_read_only_with_a_way_in() {
    let bank = bank();
    let answers = inside_sheet(&bank);
    let scores = answers.score(&bank, &all_questions(&bank)).unwrap();
    let taken = Rc::new(std::cell::Cell::new(false));
    let root = fresh_root();
    yew::Renderer::<ResultsScreen>::with_root_and_props(
        root.clone(),
        ResultsScreenProps {
            on_take_it: Some({
                let taken = taken.clone();
                Callback::from(move |()| taken.set(true))
            }),
            ..results_props(&bank, answers, scores)
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".pr-shared-title"), "Shared result");
    assert!(all(&root, "button").iter().all(|b| !b
        .text_content()
        .unwrap()
        .starts_with("Start again")
        && !b.text_content().unwrap().starts_with("Copy link")));
    assert_eq!(text(&root, "table.pr-scores tbody tr td.pr-num"), "100");
    click(&button(&root, "Take the assessment yourself"));
    yew::scheduler::flush().await;
    assert!(taken.get());
}

#[wasm_bindgen_test]
async fn a_fixed_length_offers_one_way_in() {
    let mut settings = (*settings("test/fixed-length")).clone();
    settings.length = partner_radar::settings::LengthSetting::Quick;
    let root = render_app(Rc::new(settings), SMALL.to_owned()).await;
    button(&root, "Start the quick check");
    assert!(all(&root, "button")
        .iter()
        .all(|b| !b.text_content().unwrap().starts_with("Start the full")));
    click(&button(&root, "Start the quick check"));
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "Scenario 1 of 12");
    assert_eq!(
        text(&root, ".pr-instruction"),
        "What would you most likely do?"
    );
}

#[wasm_bindgen_test]
async fn the_app_runs_a_whole_attempt_and_restarts_after_confirmation() {
    let root = fresh_root();
    let props = AppProps {
        settings: settings("test/whole-attempt").into(),
        bank_json: Some(SMALL.into()),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(text(&root, "h1"), "Test Radar");
    button(&root, "Start the quick check");
    click(&button(&root, "Start the full assessment"));
    yew::scheduler::flush().await;
    // Next before choosing explains itself and stays put.
    click(&button(&root, "Next"));
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "Scenario 1 of 12");
    assert!(text(&root, "[role=alert]").starts_with("Choose"));

    for n in 1..=12 {
        assert_eq!(text(&root, "h1"), format!("Scenario {n} of 12"));
        click(&all(&root, "input[type=radio]")[0]);
        yew::scheduler::flush().await;
        click(&button(&root, if n == 12 { "See results" } else { "Next" }));
        yew::scheduler::flush().await;
    }
    assert_eq!(text(&root, "h1"), "Your partnership radar");
    assert_eq!(all(&root, "table.pr-scores tbody tr").len(), 6);
    let saved = gloo::storage::LocalStorage::raw()
        .get_item("test/whole-attempt")
        .unwrap()
        .unwrap();
    assert!(saved.contains("\"at\":\"results\""), "{saved}");

    click(&button(&root, "Start again"));
    yew::scheduler::flush().await;
    click(&button(&root, "Yes"));
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "Test Radar");
    button(&root, "Start the full assessment");
    assert!(gloo::storage::LocalStorage::raw()
        .get_item("test/whole-attempt")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn corrupt_saved_progress_gives_a_notice_and_a_working_app() {
    let settings = settings("test/corrupt");
    gloo::storage::LocalStorage::raw()
        .set_item("test/corrupt", "{not json")
        .unwrap();
    let root = render_app(settings, SMALL.to_owned()).await;
    assert!(text(&root, ".pr-notice").contains("could not be read"));
    click(&button(&root, "Start the full assessment"));
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "Scenario 1 of 12");
}

#[wasm_bindgen_test]
async fn a_broken_bank_lists_its_problems_instead_of_crashing() {
    let broken = SMALL.replacen("\"score\": 0", "\"score\": 7", 1);
    let root = render_app(settings("test/broken"), broken).await;
    let problems = text(&root, ".pr-problems");
    assert!(
        problems.contains("questions[0].options[0].score"),
        "{problems}"
    );
    assert!(problems.contains("7 is outside 0..=3"));
}

#[wasm_bindgen_test]
async fn the_app_speaks_the_banks_language() {
    let other = SMALL.replacen("\"en-GB\"", "\"de-DE\"", 1);
    let root = render_app(settings("test/lang"), other).await;
    assert_eq!(
        one(&root, ".pr-app").get_attribute("lang").as_deref(),
        Some("de-DE")
    );
}

#[wasm_bindgen_test]
async fn a_new_version_is_offered_on_the_signal_and_reloads_only_on_request() {
    use partner_radar::components::UpdateNotice;
    use std::cell::Cell;
    let document = gloo::utils::document();
    let html = gloo::utils::document_element();
    let requests = Rc::new(Cell::new(0));
    let _heard = {
        let requests = requests.clone();
        gloo::events::EventListener::new(&document, "partner-radar-reload", move |_| {
            requests.set(requests.get() + 1)
        })
    };

    // Nothing until the entry module signals a waiting version.
    let root = fresh_root();
    yew::Renderer::<UpdateNotice>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert!(all(&root, ".pr-notice").is_empty());
    document
        .dispatch_event(&web_sys::Event::new("partner-radar-update").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".pr-notice p"), "A new version is ready.");
    assert_eq!(requests.get(), 0);
    click(&button(&root, "Reload"));
    yew::scheduler::flush().await;
    assert_eq!(requests.get(), 1);

    // Signalled before the app mounted: the mark on <html> says so.
    html.set_attribute("data-partner-radar-update", "ready")
        .unwrap();
    let later = fresh_root();
    yew::Renderer::<UpdateNotice>::with_root(later.clone()).render();
    yew::scheduler::flush().await;
    html.remove_attribute("data-partner-radar-update").unwrap();
    assert_eq!(
        one(&later, ".pr-notice").get_attribute("role").as_deref(),
        Some("status")
    );
}

// ------------------------------------------- settings, as the browser judges them

/// The URL table the native tests run with the `url` crate, here with the browser's own `URL`.
#[path = "../../crates/core/tests/support/url_cases.rs"]
mod url_cases;

#[wasm_bindgen_test]
fn url_settings_get_the_verdict_of_the_browsers_own_url_parser() {
    use partner_radar::services::settings::Browser;
    assert_eq!(url_cases::failures(&Browser), Vec::<String>::new());
}

#[wasm_bindgen_test]
fn any_colour_the_browser_reads_is_a_colour_and_nothing_else_is() {
    use partner_radar::services::settings::Browser;
    use partner_radar::settings::Platform;
    for colour in [
        "#7a1f5c",
        "#7a1f5c80",
        "rgb(15 118 110)",
        "rgba(154, 74, 7, 0.5)",
        "hsl(322 60% 30%)",
        "hwb(322 10% 50%)",
        "lab(40% 50 -20)",
        "oklch(45% 0.15 340)",
        "color-mix(in srgb, red 40%, blue)",
        "rebeccapurple",
        "transparent",
    ] {
        assert!(Browser.is_colour(colour), "{colour} is a colour");
    }
    for not_colour in [
        "oklch(nonsense)",
        "#12345",
        "bleu",
        "",
        "12px",
        "var(--x)",
        "inherit",
        "red; background: url(x)",
        "red }",
    ] {
        assert!(!Browser.is_colour(not_colour), "{not_colour} is no colour");
    }
}

#[wasm_bindgen_test]
fn brand_colours_become_custom_properties_on_the_mount_exactly_as_given() {
    use partner_radar::services::settings::apply_colours;
    use partner_radar::settings::Colours;
    let root = fresh_root();
    let mount = root.dyn_ref::<HtmlElement>().unwrap();
    apply_colours(
        mount,
        &Colours {
            primary: Some("oklch(45% 0.15 340)".to_owned()),
            inside: Some("color-mix(in srgb, red 40%, blue)".to_owned()),
            outside: None,
        },
    );
    let style = mount.style();
    assert_eq!(
        style.get_property_value("--pr-primary").unwrap(),
        "oklch(45% 0.15 340)"
    );
    assert_eq!(
        style.get_property_value("--pr-inside").unwrap(),
        "color-mix(in srgb, red 40%, blue)"
    );
    assert_eq!(style.get_property_value("--pr-outside").unwrap(), "");
}

#[wasm_bindgen_test]
async fn results_with_others_list_every_series_the_gaps_and_the_blind_spots() {
    use partner_radar::domain::overlay::Comparison;
    let bank = bank();
    let answers = inside_sheet(&bank);
    let scores = answers.score(&bank, &all_questions(&bank)).unwrap();
    // Others see every group 20 points lower than the person does, or 20
    // higher where the person scored under 50.
    let means: Vec<u8> = scores
        .groups
        .iter()
        .map(|g| {
            if g.score >= 50 {
                g.score - 20
            } else {
                g.score + 20
            }
        })
        .collect();
    let comparison = Comparison::with_means(&scores, &means, 2);
    let root = fresh_root();
    yew::Renderer::<ResultsScreen>::with_root_and_props(
        root.clone(),
        ResultsScreenProps {
            comparison: Some(comparison),
            ..results_props(&bank, answers, scores.clone())
        },
    )
    .render();
    yew::scheduler::flush().await;
    let heads: Vec<String> = all(&root, "table.pr-comparison thead th")
        .iter()
        .map(|h| h.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        heads,
        ["Partnership", "You", "Others (n = 2)", "Others − you"]
    );
    let rows = all(&root, "table.pr-comparison tbody tr");
    assert_eq!(rows.len(), bank.groups.len());
    for ((row, g), mean) in rows.iter().zip(&scores.groups).zip(&means) {
        let cells: Vec<String> = (0..3)
            .map(|k| {
                row.query_selector_all("td")
                    .unwrap()
                    .item(k)
                    .unwrap()
                    .text_content()
                    .unwrap()
            })
            .collect();
        let gap = i16::from(*mean) - i16::from(g.score);
        let gap = if gap > 0 {
            format!("+{gap}")
        } else {
            gap.to_string()
        };
        assert_eq!(cells, [g.score.to_string(), mean.to_string(), gap]);
    }
    let blind: Vec<String> = all(&root, ".pr-blind-spots li")
        .iter()
        .map(|l| l.text_content().unwrap_or_default())
        .collect();
    let expected: Vec<String> = bank
        .groups
        .iter()
        .zip(&scores.groups)
        .filter(|(_, s)| s.score >= 50)
        .map(|(g, _)| g.name.clone())
        .collect();
    assert_eq!(blind, expected);
    assert_eq!(all(&root, ".pr-few-replies").len(), 1);
    assert_eq!(all(&root, ".pr-legend .pr-line-others").len(), 1);
}
