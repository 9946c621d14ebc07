#![cfg(not(target_arch = "wasm32"))]
//! Every kind of bank problem is found, reported at its exact place, and all at once.

mod common;

use partner_radar_core::domain::{load_bank, Problem, ProblemKind};
use serde_json::{json, Value};

fn problems(value: &Value) -> Vec<Problem> {
    load_bank(&value.to_string()).expect_err("the bank should be rejected")
}

fn has(problems: &[Problem], path: &str, kind: ProblemKind) -> bool {
    problems.iter().any(|p| p.path == path && p.kind == kind)
}

#[test]
fn the_fixture_itself_is_valid() {
    common::small_bank();
}

#[test]
fn syntax_errors_name_line_and_column() {
    let p = load_bank("{\n  \"version\": 1,\n  oops\n}").unwrap_err();
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].kind, ProblemKind::Syntax);
    assert_eq!(
        p[0].to_string(),
        "line 3, column 3: not valid JSON (key must be a string at line 3 column 3)"
    );
    let p = load_bank("{\"version\": 1,}").unwrap_err();
    assert_eq!(
        p[0].to_string(),
        "line 1, column 15: not valid JSON (trailing comma at line 1 column 15)"
    );
    assert_eq!(load_bank("").unwrap_err()[0].kind, ProblemKind::Syntax);
}

#[test]
fn deep_nesting_is_one_syntax_problem_not_a_crash() {
    for depth in [128, 100_000] {
        let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let p = load_bank(&deep).unwrap_err();
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].kind, ProblemKind::Syntax);
        assert_eq!(
            p[0].to_string(),
            "line 1, column 128: not valid JSON (recursion limit exceeded at line 1 column 128)"
        );
    }
    // Nesting within the limit is read, and reported where it does not belong.
    let mut v = common::small_value();
    v["title"] = serde_json::from_str(&format!("{}{}", "[".repeat(120), "]".repeat(120))).unwrap();
    let p = problems(&v);
    assert!(has(&p, "title", ProblemKind::WrongType), "{p:?}");
}

#[test]
fn score_out_of_range_names_the_option() {
    let mut v = common::small_value();
    v["questions"][7]["options"][2]["score"] = json!(4);
    let p = problems(&v);
    let found = p
        .iter()
        .find(|p| p.kind == ProblemKind::ScoreOutOfRange)
        .unwrap();
    assert_eq!(
        found.to_string(),
        "questions[7].options[2].score: 4 is outside 0..=3 (scores are whole numbers)"
    );
    // A score that cannot be read is not reported a second time as a wrong set.
    assert!(!p.iter().any(|p| p.kind == ProblemKind::WrongScoreSet));
}

#[test]
fn fractional_and_negative_scores_are_out_of_range_and_text_scores_are_wrong_type() {
    let mut v = common::small_value();
    v["questions"][0]["options"][0]["score"] = json!(1.5);
    v["questions"][0]["options"][1]["score"] = json!(-1);
    v["questions"][0]["options"][2]["score"] = json!("2");
    let p = problems(&v);
    assert!(has(
        &p,
        "questions[0].options[0].score",
        ProblemKind::ScoreOutOfRange
    ));
    assert!(has(
        &p,
        "questions[0].options[1].score",
        ProblemKind::ScoreOutOfRange
    ));
    assert!(has(
        &p,
        "questions[0].options[2].score",
        ProblemKind::WrongType
    ));
}

#[test]
fn wrong_option_score_sets_are_reported() {
    let mut v = common::small_value();
    for (j, s) in [0, 1, 1, 3].iter().enumerate() {
        v["questions"][2]["options"][j]["score"] = json!(s);
    }
    let mut three = common::small_value();
    three["questions"][5]["options"]
        .as_array_mut()
        .unwrap()
        .pop();
    let p = problems(&v);
    assert!(
        has(&p, "questions[2].options", ProblemKind::WrongScoreSet),
        "{p:?}"
    );
    assert!(has(
        &problems(&three),
        "questions[5].options",
        ProblemKind::WrongScoreSet
    ));
}

#[test]
fn duplicate_ids_are_reported_for_groups_questions_and_options() {
    let mut v = common::small_value();
    v["questions"][1]["id"] = v["questions"][0]["id"].clone();
    v["questions"][3]["options"][1]["id"] = json!("a");
    let groups = v["groups"].as_array_mut().unwrap();
    let copy = groups[0].clone();
    groups.push(copy);
    let p = problems(&v);
    assert!(has(&p, "questions[1].id", ProblemKind::DuplicateId));
    assert!(has(
        &p,
        "questions[3].options[1].id",
        ProblemKind::DuplicateId
    ));
    assert!(has(&p, "groups[6].id", ProblemKind::DuplicateId));
}

#[test]
fn unknown_groups_are_reported_in_groups_and_in_questions() {
    let mut v = common::small_value();
    v["questions"][4]["group"] = json!("investors");
    v["groups"].as_array_mut().unwrap().push(json!({
        "id": "regulators", "name": "Regulators", "side": "outside", "summary": "s",
        "advice": { "low": "l", "mid": "m", "high": "h" }
    }));
    let p = problems(&v);
    assert!(has(&p, "questions[4].group", ProblemKind::UnknownGroup));
    assert!(has(&p, "groups[6].id", ProblemKind::UnknownGroup));
}

#[test]
fn missing_groups_and_wrong_sides_are_reported() {
    let mut v = common::small_value();
    v["groups"].as_array_mut().unwrap().remove(4);
    v["groups"][0]["side"] = json!("outside");
    let p = problems(&v);
    let missing = p
        .iter()
        .find(|p| p.kind == ProblemKind::MissingGroup)
        .unwrap();
    assert_eq!(missing.path, "groups");
    assert!(missing.message.contains("suppliers"));
    assert!(has(&p, "groups[0].side", ProblemKind::WrongSide));
    // The suppliers questions now name an undefined group.
    assert!(has(&p, "questions[8].group", ProblemKind::UnknownGroup));
}

#[test]
fn unbalanced_groups_are_reported() {
    let mut v = common::small_value();
    v["questions"].as_array_mut().unwrap().remove(0);
    let p = problems(&v);
    let u = p
        .iter()
        .find(|p| p.kind == ProblemKind::UnbalancedGroups)
        .unwrap();
    assert!(u.message.contains("direct-reports: 1"), "{}", u.message);

    let mut none = common::small_value();
    none["questions"]
        .as_array_mut()
        .unwrap()
        .retain(|q| q["group"] != "managers");
    let p = problems(&none);
    assert!(p.iter().any(|p| p.kind == ProblemKind::UnbalancedGroups
        && p.message.contains("\"managers\" has no questions")));
}

#[test]
fn empty_text_missing_fields_wrong_types_and_unknown_fields_are_reported() {
    let mut v = common::small_value();
    v["questions"][6]["scenario"] = json!("   ");
    v["groups"][2]["advice"]
        .as_object_mut()
        .unwrap()
        .remove("mid");
    v["questions"][9]["options"][3]["feedback"] = json!(7);
    v["questions"][10]["options"][0]["colour"] = json!("red");
    v["title"] = json!("");
    v["groups"][1]["side"] = json!("sideways");
    let p = problems(&v);
    assert!(has(&p, "questions[6].scenario", ProblemKind::EmptyText));
    assert!(has(&p, "title", ProblemKind::EmptyText));
    assert!(has(&p, "groups[2].advice.mid", ProblemKind::MissingField));
    assert!(has(
        &p,
        "questions[9].options[3].feedback",
        ProblemKind::WrongType
    ));
    assert!(has(
        &p,
        "questions[10].options[0].colour",
        ProblemKind::UnknownField
    ));
    assert!(has(&p, "groups[1].side", ProblemKind::WrongType));
}

#[test]
fn unsupported_version_is_reported_alone() {
    let mut v = common::small_value();
    v["version"] = json!(2);
    v["title"] = json!("");
    let p = problems(&v);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].kind, ProblemKind::UnsupportedVersion);
    assert_eq!(p[0].path, "version");
    assert_eq!(p[0].message, "2 is not supported; this app reads version 1");
    // The value is quoted as serde_json writes it.
    for (version, shown) in [
        (json!("1"), "\"1\""),
        (json!(1.0), "1.0"),
        (json!(null), "null"),
    ] {
        v["version"] = version;
        let p = problems(&v);
        assert_eq!(
            p[0].message,
            format!("{shown} is not supported; this app reads version 1")
        );
    }
}

#[test]
fn non_objects_and_non_lists_are_wrong_types() {
    let p = load_bank("[1, 2]").unwrap_err();
    assert_eq!(p[0].kind, ProblemKind::WrongType);
    let mut v = common::small_value();
    v["questions"] = json!({});
    v["groups"][3] = json!("customers");
    let p = problems(&v);
    assert!(has(&p, "questions", ProblemKind::WrongType));
    assert!(has(&p, "groups[3]", ProblemKind::WrongType));
}

#[test]
fn every_problem_is_returned_at_once() {
    let mut v = common::small_value();
    v["questions"][0]["options"][0]["score"] = json!(9);
    v["questions"][11]["scenario"] = json!("");
    v["groups"][5]["name"] = json!("");
    v["locale"] = json!(null);
    let p = problems(&v);
    assert!(p.len() >= 4, "{p:?}");
    assert!(has(
        &p,
        "questions[0].options[0].score",
        ProblemKind::ScoreOutOfRange
    ));
    assert!(has(&p, "questions[11].scenario", ProblemKind::EmptyText));
    assert!(has(&p, "groups[5].name", ProblemKind::EmptyText));
    assert!(has(&p, "locale", ProblemKind::WrongType));
}

#[test]
fn candour_threshold_is_optional_and_a_whole_per_cent_from_50_to_100() {
    assert_eq!(common::small_bank().candour_threshold, 80);
    for ok in [50, 67, 100] {
        let mut v = common::small_value();
        v["candour_threshold"] = json!(ok);
        assert_eq!(load_bank(&v.to_string()).unwrap().candour_threshold, ok);
    }
    for bad in [
        json!(49),
        json!(101),
        json!(80.5),
        json!(-1),
        json!("80"),
        json!(null),
    ] {
        let mut v = common::small_value();
        v["candour_threshold"] = bad.clone();
        let found = problems(&v);
        assert!(
            has(
                &found,
                "candour_threshold",
                ProblemKind::ThresholdOutOfRange
            ),
            "{bad}: {found:?}"
        );
        let message = &found[0].message;
        assert!(message.contains("from 50 to 100"), "{message}");
    }
}
