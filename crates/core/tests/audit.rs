#![cfg(not(target_arch = "wasm32"))]
//! The cue audit: each figure on small hand-made banks, and the built-in bank
//! against the limits.

mod common;

use partner_radar_core::domain::audit::words::{unigrams_and_bigrams, words};
use partner_radar_core::domain::audit::{
    asks_or_finds_out, audit, Tally, Warning, ASKING_CUES, LONGEST_LIMIT, ONLY_ASKER_LIMIT,
    WORD_MODEL_LIMIT,
};
use partner_radar_core::domain::{load_bank, Bank};
use serde_json::{json, Value};

const GROUPS: [&str; 6] = [
    "direct-reports",
    "co-workers",
    "managers",
    "customers",
    "suppliers",
    "competitors",
];

/// A valid bank whose scenarios have these options (text, score), in order.
/// Scenario `i` is `q-{i+1}` and belongs to the groups in turn, so the count
/// must be a multiple of six.
fn bank_of(scenarios: &[[(&str, u8); 4]]) -> Bank {
    let questions: Vec<Value> = scenarios
        .iter()
        .enumerate()
        .map(|(i, options)| {
            let options: Vec<Value> = options
                .iter()
                .zip(["a", "b", "c", "d"])
                .map(|(&(text, score), id)| {
                    json!({ "id": id, "text": text, "score": score, "feedback": "Why." })
                })
                .collect();
            json!({
                "id": format!("q-{}", i + 1),
                "group": GROUPS[i % 6],
                "scenario": "What do you do?",
                "options": options,
            })
        })
        .collect();
    let mut v = common::small_value();
    v["questions"] = json!(questions);
    load_bank(&v.to_string()).expect("the test bank is valid")
}

/// Four texts, with the top score moving round them scenario by scenario, so
/// every text is top as often as any other and nothing about a text gives
/// the top option away.
fn rotating(texts: [&'static str; 4], scenarios: usize) -> Vec<[(&'static str, u8); 4]> {
    (0..scenarios)
        .map(|i| {
            let score = |j: usize| ((j + 4 - i % 4) % 4) as u8 ^ 3;
            [0, 1, 2, 3].map(|j| (texts[j], score(j)))
        })
        .collect()
}

fn ids(tally: &Tally) -> Vec<&str> {
    tally.ids.iter().map(String::as_str).collect()
}

#[test]
fn rotating_gives_each_scenario_one_option_per_score() {
    for s in rotating(["a", "b", "c", "d"], 8) {
        let mut scores: Vec<u8> = s.iter().map(|o| o.1).collect();
        scores.sort();
        assert_eq!(scores, [0, 1, 2, 3]);
    }
}

#[test]
fn words_are_lower_cased_and_keep_inner_apostrophes() {
    assert_eq!(
        words("She\u{2019}d ASK—then decide; long-term 'plans'."),
        ["she'd", "ask", "then", "decide", "long", "term", "plans"]
    );
    assert_eq!(
        unigrams_and_bigrams("Ask them first"),
        ["ask", "them", "first", "ask them", "them first"]
    );
}

#[test]
fn asking_cues_match_whole_words_in_any_case() {
    for text in [
        "ASK the team.",
        "Find out what matters to them.",
        "Sound her out before the meeting.",
        "Listening closely, agree a plan.",
        "Check with legal first.",
        "Learn what she needs from the role.",
        "Get their views in writing.",
        "Hear from the night shift.",
    ] {
        assert!(asks_or_finds_out(text), "{text}");
    }
    for text in [
        "Give them the task.",
        "Find the papers and set them out.",
        "Check the figures with legal.",
        "Tally their viewpoint.",
        "Decide, then tell them.",
    ] {
        assert!(!asks_or_finds_out(text), "{text}");
    }
}

#[test]
fn the_cue_list_covers_the_agreed_phrases() {
    for phrase in [
        "ask",
        "asks",
        "asking",
        "asked",
        "find out",
        "finding out",
        "enquire",
        "inquire",
        "check with",
        "consult",
        "sound out",
        "what they need",
        "what she needs",
        "what he needs",
        "their view",
        "listen",
        "survey",
        "interview",
        "hear from",
    ] {
        assert!(ASKING_CUES.contains(&phrase), "{phrase}");
    }
}

#[test]
fn longest_and_shortest_count_characters_and_ties() {
    let bank = bank_of(&[
        // Top strictly longest.
        [
            ("Short.", 0),
            ("Medium one.", 1),
            ("Tiny.", 2),
            ("The longest of all.", 3),
        ],
        // Top shortest by characters, though longest in bytes.
        [("abcd", 0), ("ééé", 3), ("abcde", 1), ("abcdef", 2)],
        // All the same length: longest and shortest at once.
        [("Same.", 3), ("Also.", 0), ("Like.", 1), ("This.", 2)],
        // Top tied for longest.
        [
            ("Longest one", 1),
            ("Longest two", 3),
            ("Short", 0),
            ("Mid one", 2),
        ],
        // Top in the middle.
        [
            ("Short.", 0),
            ("Middling.", 3),
            ("The longest one.", 1),
            ("Tiny.", 2),
        ],
        [
            ("Middling.", 3),
            ("Short.", 0),
            ("The longest one.", 1),
            ("Tiny.", 2),
        ],
    ]);
    let a = audit(&bank);
    assert_eq!(ids(&a.top_longest), ["q-1", "q-3", "q-4"]);
    assert_eq!(ids(&a.top_shortest), ["q-2", "q-3"]);
    assert_eq!(a.top_longest.to_string(), "3 of 6 (50%)");
    assert_eq!(a.top_shortest.to_string(), "2 of 6 (33%)");
}

#[test]
fn only_asker_needs_the_top_option_to_ask_alone() {
    let bank = bank_of(&[
        // Top asks alone.
        [
            ("Ask them.", 3),
            ("Decide.", 0),
            ("Delay.", 1),
            ("Delegate.", 2),
        ],
        // Top and another ask.
        [
            ("Ask them.", 3),
            ("Ask, then refuse.", 0),
            ("Delay.", 1),
            ("Delegate.", 2),
        ],
        // Only another asks.
        [
            ("Decide.", 3),
            ("Ask them.", 0),
            ("Delay.", 1),
            ("Delegate.", 2),
        ],
        // Nobody asks.
        [
            ("Decide.", 3),
            ("Refuse.", 0),
            ("Delay.", 1),
            ("Delegate.", 2),
        ],
        // Top sounds them out alone; "task" is not asking.
        [
            ("Sound them out.", 3),
            ("Set the task.", 0),
            ("Delay.", 1),
            ("Delegate.", 2),
        ],
        [
            ("Decide.", 3),
            ("Refuse.", 0),
            ("Delay.", 1),
            ("Delegate.", 2),
        ],
    ]);
    let a = audit(&bank);
    assert_eq!(ids(&a.only_asker), ["q-1", "q-5"]);
    assert_eq!(a.only_asker.to_string(), "2 of 6 (33%)");
}

#[test]
fn a_word_only_in_top_options_leads_the_list_and_the_word_model_finds_it() {
    let scenario = [
        ("Decide the plan alone.", 0),
        ("Delay the plan.", 1),
        ("Partner on the plan.", 3),
        ("Hand the plan over.", 2),
    ];
    let a = audit(&bank_of(&[scenario; 12]));
    let first = &a.top_words[0];
    assert_eq!(
        (first.word.as_str(), first.in_top, first.in_other),
        ("partner", 12, 0)
    );
    assert_eq!((a.top_options, a.other_options), (12, 36));
    // "plan" is everywhere and "the" and "on" are stop words: none is listed.
    assert!(a
        .top_words
        .iter()
        .all(|w| !["plan", "the", "on"].contains(&w.word.as_str())));
    assert_eq!(a.word_model.to_string(), "12 of 12 (100%)");
    assert_eq!(a.warnings(), [Warning::WordModel]);
}

#[test]
fn the_word_model_gets_nothing_from_words_that_carry_no_signal() {
    // Each text is top in a quarter of scenarios; leaving one out makes its
    // top text look less likely, so the model never picks it.
    let a = audit(&bank_of(&rotating(
        ["Move A.", "Move B.", "Move C.", "Move D."],
        12,
    )));
    assert_eq!(a.word_model.count(), 0);
    assert!(!a.warnings().contains(&Warning::WordModel));
}

#[test]
fn word_model_ties_go_to_the_earlier_option() {
    // Identical texts score identically, so the first option is picked: a
    // hit only where the top option comes first.
    let first = [
        ("Same move.", 3),
        ("Same move.", 0),
        ("Same move.", 1),
        ("Same move.", 2),
    ];
    let last = [
        ("Same move.", 0),
        ("Same move.", 1),
        ("Same move.", 2),
        ("Same move.", 3),
    ];
    let a = audit(&bank_of(&[first, last, first, last, last, first]));
    assert_eq!(ids(&a.word_model), ["q-1", "q-3", "q-6"]);
}

#[test]
fn a_top_option_that_is_always_longest_and_the_only_asker_warns_on_both() {
    let scenarios = rotating(
        ["Decide now.", "Refuse it.", "Delay it.", "Hand it over."],
        12,
    );
    // Replace each top option with a long, asking one.
    let scenarios: Vec<_> = scenarios
        .into_iter()
        .map(|s| {
            s.map(|(text, score)| {
                let text = if score == 3 {
                    "Ask the team what they need before you settle anything."
                } else {
                    text
                };
                (text, score)
            })
        })
        .collect();
    let a = audit(&bank_of(&scenarios));
    assert_eq!(a.top_longest.to_string(), "12 of 12 (100%)");
    assert_eq!(a.only_asker.to_string(), "12 of 12 (100%)");
    let warnings = a.warnings();
    assert!(warnings.contains(&Warning::TopLongest), "{warnings:?}");
    assert!(warnings.contains(&Warning::OnlyAsker), "{warnings:?}");
    let report = a.report();
    assert!(
        report.contains(
            "warning: the top option is the longest in 12 of 12 scenarios (100%), above the 35% limit"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "warning: the top option is the only one that asks in 12 of 12 scenarios (100%)"
        ),
        "{report}"
    );
}

#[test]
fn a_bank_without_cues_raises_no_warnings() {
    // Two options always ask, so the top is never the only asker; lengths
    // and words rotate with the top score.
    let a = audit(&bank_of(&rotating(
        [
            "Ask first.",
            "Hold the line on price.",
            "Ask them, then decide.",
            "Tally the plan openly with them.",
        ],
        12,
    )));
    assert_eq!(a.top_longest.to_string(), "3 of 12 (25%)");
    assert_eq!(a.only_asker.count(), 0);
    assert!(a.warnings().is_empty(), "{}", a.report());
    assert!(!a.report().contains("warning:"));
}

#[test]
fn the_report_gives_each_figure_as_n_of_m() {
    let a = audit(&common::small_bank());
    let report = a.report();
    for line in [
        "top option is the longest: 12 of 12 (100%)",
        "top option is the shortest: 12 of 12 (100%)",
        "top option is the only one that asks: 0 of 12 (0%)",
        "word model picks the top option: 12 of 12 (100%), chance is 25%",
        "words most over-represented in top options:",
        "  3: in 12 of 12 top options, 0 of 36 others",
    ] {
        assert!(report.contains(line), "{line}\n{report}");
    }
}

#[test]
fn limits_compare_exactly_and_percentages_round_half_up() {
    let tally = |count: usize, of: usize| Tally {
        ids: vec![String::new(); count],
        of,
    };
    assert!(!tally(7, 20).exceeds(LONGEST_LIMIT));
    assert!(tally(8, 20).exceeds(LONGEST_LIMIT));
    assert!(!tally(4, 20).exceeds(ONLY_ASKER_LIMIT));
    assert!(tally(5, 20).exceeds(ONLY_ASKER_LIMIT));
    assert!(!tally(12, 30).exceeds(WORD_MODEL_LIMIT));
    assert!(tally(13, 30).exceeds(WORD_MODEL_LIMIT));
    assert_eq!(tally(1, 8).to_string(), "1 of 8 (13%)");
    assert_eq!(tally(0, 0).percent(), 0);
}

#[test]
fn built_in_bank_passes_the_cue_audit() {
    let a = audit(&common::built_in());
    let report = a.report();
    assert!(!a.word_model.exceeds(WORD_MODEL_LIMIT), "{report}");
    assert!(!a.top_longest.exceeds(LONGEST_LIMIT), "{report}");
    assert!(!a.only_asker.exceeds(ONLY_ASKER_LIMIT), "{report}");
}
