#![cfg(not(target_arch = "wasm32"))]
//! The built-in bank: loads, follows the content brief, and is stable.

mod common;

use std::collections::HashMap;

use partner_radar_core::domain::validate::MODEL_GROUPS;
use partner_radar_core::domain::Side;

#[test]
fn built_in_bank_is_valid() {
    // load_bank runs every validation rule: a broken edit fails here.
    let bank = common::built_in();
    assert_eq!(bank.version, 1);
    assert_eq!(bank.locale, "en-GB");
}

#[test]
fn built_in_bank_has_the_six_groups_in_model_order() {
    let bank = common::built_in();
    let ids: Vec<(&str, Side)> = bank
        .groups
        .iter()
        .map(|g| (g.id.as_str(), g.side))
        .collect();
    assert_eq!(ids, MODEL_GROUPS.to_vec());
}

#[test]
fn built_in_bank_has_six_scenarios_per_group() {
    let bank = common::built_in();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for q in &bank.questions {
        *counts.entry(q.group.as_str()).or_default() += 1;
    }
    assert_eq!(counts.len(), 6);
    assert!(counts.values().all(|c| *c == 6), "{counts:?}");
    assert_eq!(bank.questions.len(), 36);
}

#[test]
fn built_in_bank_credits_the_article_its_basis_and_donne() {
    let c = common::built_in().credits;
    assert_eq!(c.source_author, "Andrew Cooke");
    assert_eq!(c.source_organisation, "Growth & Profit Solutions");
    assert!(c.basis.contains("Marshall Goldsmith"));
    assert!(c.quote.starts_with("No man is an island"));
    assert!(c.quote_author.contains("John Donne"));
}

#[test]
fn the_partner_answer_is_not_given_away_by_position_or_length() {
    let bank = common::built_in();
    let mut by_letter: HashMap<&str, usize> = HashMap::new();
    let mut longest = 0;
    for q in &bank.questions {
        let best = q.options.iter().find(|o| o.score == 3).unwrap();
        *by_letter.entry(best.id.as_str()).or_default() += 1;
        if q.options.iter().all(|o| o.text.len() <= best.text.len()) {
            longest += 1;
        }
    }
    let n = bank.questions.len();
    assert!(
        by_letter.values().all(|c| *c <= n / 2),
        "score 3 bunches on one letter: {by_letter:?}"
    );
    assert!(
        longest * 2 < n,
        "score 3 is the longest option in {longest} of {n} questions"
    );
}

#[test]
fn built_in_bank_uses_british_spelling() {
    let json = partner_radar_core::domain::bank::BUILT_IN_BANK_JSON.to_lowercase();
    for american in [
        "organization",
        "behavior",
        "color",
        "center ",
        "prioritize",
        "realize",
        "analyze",
    ] {
        assert!(!json.contains(american), "found \"{american}\"");
    }
}

#[test]
fn fingerprint_is_stable_ignores_wording_and_changes_with_structure() {
    let a = common::small_bank();
    assert_eq!(a.fingerprint(), common::small_bank().fingerprint());
    assert_eq!(a.fingerprint().len(), 16);
    // Stored in saved progress and share links: it must never change for a bank.
    assert_eq!(a.fingerprint(), "f5c366419776abbe");
    // A wording fix keeps saved progress and share links working.
    let reworded = common::SMALL_JSON.replacen("option scoring", "option that scores", 1);
    let b = partner_radar_core::domain::load_bank(&reworded).unwrap();
    assert_eq!(a.fingerprint(), b.fingerprint());
    // A change of what an answer means does not.
    let mut v = common::small_value();
    v["questions"][0]["options"][0]["score"] = v["questions"][0]["options"][1]["score"].take();
    v["questions"][0]["options"][1]["score"] = serde_json::json!(a.questions[0].options[0].score);
    let c = partner_radar_core::domain::load_bank(&v.to_string()).unwrap();
    assert_ne!(a.fingerprint(), c.fingerprint());
    let renamed = common::SMALL_JSON.replacen("\"co-workers-2\"", "\"co-workers-9\"", 1);
    let d = partner_radar_core::domain::load_bank(&renamed).unwrap();
    assert_ne!(a.fingerprint(), d.fingerprint());
    assert_eq!(
        a.fingerprint_value(),
        u64::from_str_radix(a.fingerprint(), 16).unwrap()
    );
}

#[test]
fn bank_lookups_find_groups_questions_and_options() {
    let bank = common::small_bank();
    assert_eq!(bank.group("managers").unwrap().name, "Managers");
    assert!(bank.group("nobody").is_none());
    assert_eq!(bank.question_index("co-workers-2"), Some(3));
    assert_eq!(bank.questions_in("suppliers").count(), 2);
    assert_eq!(bank.questions[0].option("c").unwrap().id, "c");
}

#[test]
fn every_field_of_the_json_lands_in_the_bank() {
    let bank = common::small_bank();
    let v = common::small_value();
    let s = |v: &serde_json::Value| v.as_str().unwrap().to_owned();
    assert_eq!(bank.locale, s(&v["locale"]));
    assert_eq!(bank.title, s(&v["title"]));
    assert_eq!(bank.intro, s(&v["intro"]));
    assert_eq!(
        [&bank.bands.low, &bank.bands.mid, &bank.bands.high],
        [
            &s(&v["bands"]["low"]),
            &s(&v["bands"]["mid"]),
            &s(&v["bands"]["high"])
        ]
    );
    assert_eq!(
        (bank.sides.inside.clone(), bank.sides.outside.clone()),
        (s(&v["sides"]["inside"]), s(&v["sides"]["outside"]))
    );
    let c = &bank.credits;
    let got = [
        &c.source_title,
        &c.source_author,
        &c.source_organisation,
        &c.basis,
        &c.quote,
        &c.quote_author,
    ];
    for (field, value) in [
        "source_title",
        "source_author",
        "source_organisation",
        "basis",
        "quote",
        "quote_author",
    ]
    .iter()
    .zip(got)
    {
        assert_eq!(value, &s(&v["credits"][field]), "credits.{field}");
    }
    for (g, gv) in bank.groups.iter().zip(v["groups"].as_array().unwrap()) {
        assert_eq!(
            (g.id.clone(), g.name.clone(), g.summary.clone()),
            (s(&gv["id"]), s(&gv["name"]), s(&gv["summary"]))
        );
        assert_eq!(g.side == Side::Inside, gv["side"] == "inside");
        assert_eq!(
            (
                g.advice.low.clone(),
                g.advice.mid.clone(),
                g.advice.high.clone()
            ),
            (
                s(&gv["advice"]["low"]),
                s(&gv["advice"]["mid"]),
                s(&gv["advice"]["high"])
            )
        );
    }
    assert_eq!(
        bank.questions.len(),
        v["questions"].as_array().unwrap().len()
    );
    for (q, qv) in bank
        .questions
        .iter()
        .zip(v["questions"].as_array().unwrap())
    {
        assert_eq!(
            (q.id.clone(), q.group.clone(), q.scenario.clone()),
            (s(&qv["id"]), s(&qv["group"]), s(&qv["scenario"]))
        );
        assert_eq!(q.options.len(), 4);
        for (o, ov) in q.options.iter().zip(qv["options"].as_array().unwrap()) {
            assert_eq!(
                (o.id.clone(), o.text.clone(), o.feedback.clone()),
                (s(&ov["id"]), s(&ov["text"]), s(&ov["feedback"]))
            );
            assert_eq!(u64::from(o.score), ov["score"].as_u64().unwrap());
        }
    }
}

#[test]
fn band_side_and_advice_text_is_chosen_by_band_and_side() {
    use partner_radar_core::domain::Band;
    let bank = common::small_bank();
    assert_eq!(bank.bands.name(Band::Low), "Low band");
    assert_eq!(bank.bands.name(Band::Mid), "Mid band");
    assert_eq!(bank.bands.name(Band::High), "High band");
    assert_eq!(bank.sides.name(Side::Inside), "Inside");
    assert_eq!(bank.sides.name(Side::Outside), "Outside");
    let advice = &bank.group("suppliers").unwrap().advice;
    assert_eq!(advice.for_band(Band::Low), "Suppliers low advice.");
    assert_eq!(advice.for_band(Band::Mid), "Suppliers mid advice.");
    assert_eq!(advice.for_band(Band::High), "Suppliers high advice.");
}

#[test]
fn built_in_bank_balances_women_and_men() {
    // Neither set of pronouns may pass 60% of the bank's text.
    let json = partner_radar_core::domain::bank::BUILT_IN_BANK_JSON.to_lowercase();
    let words: Vec<&str> = json
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let count = |set: &[&str]| words.iter().filter(|w| set.contains(w)).count();
    let he = count(&["he", "him", "his", "himself"]);
    let she = count(&["she", "her", "hers", "herself"]);
    let total = he + she;
    assert!(total > 100, "only {total} pronouns");
    assert!(
        he * 10 <= total * 6 && she * 10 <= total * 6,
        "he {he}, she {she}"
    );
}

#[test]
fn built_in_bank_feedback_is_not_patronising() {
    let bank = common::built_in();
    for q in &bank.questions {
        for o in &q.options {
            let f = o.feedback.to_lowercase();
            for phrase in [
                "shows maturity",
                "admirable",
                "well done",
                "good job",
                "great job",
            ] {
                assert!(!f.contains(phrase), "{}.{}: {phrase}", q.id, o.id);
            }
        }
    }
}

#[test]
fn built_in_bank_credits_the_model_honestly() {
    let c = common::built_in().credits;
    assert!(
        c.basis
            .contains("draws on the work of Marshall Goldsmith, which the article credits"),
        "{}",
        c.basis
    );
}
