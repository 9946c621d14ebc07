//! The `check-bank` command validates files and prints every problem.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check-bank"))
        .args(args)
        // Paths in these tests are from the workspace root, as a bank author types them.
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn valid_banks_pass() {
    let (code, out) = run(&[
        "content/bank.en-GB.json",
        "crates/core/tests/fixtures/bank-small.json",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("content/bank.en-GB.json: ok (6 groups, 36 questions)"),
        "{out}"
    );
}

#[test]
fn broken_banks_list_every_problem_and_fail() {
    let dir = std::env::temp_dir().join(format!("check-bank-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("broken.json");
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("../../core/tests/fixtures/bank-small.json")).unwrap();
    v["questions"][7]["options"][2]["score"] = serde_json::json!(4);
    v["questions"][1]["scenario"] = serde_json::json!("");
    std::fs::write(&path, v.to_string()).unwrap();
    let (code, out) = run(&[path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("2 problem(s)"), "{out}");
    assert!(
        out.contains("questions[7].options[2].score: 4 is outside 0..=3"),
        "{out}"
    );
    assert!(
        out.contains("questions[1].scenario: must not be empty"),
        "{out}"
    );
}

#[test]
fn unreadable_files_and_misuse_are_reported() {
    let (code, out) = run(&["no/such/file.json"]);
    assert_eq!(code, 1);
    assert!(out.contains("cannot read"));
    assert_eq!(run(&[]).0, 2);
}

#[test]
fn audit_prints_the_figures_and_still_exits_0_with_warnings() {
    let (code, out) = run(&["--audit", "crates/core/tests/fixtures/bank-small.json"]);
    assert_eq!(code, 0, "{out}");
    for line in [
        "crates/core/tests/fixtures/bank-small.json: ok (6 groups, 12 questions)",
        "top option is the longest: 12 of 12 (100%)",
        "top option is the shortest: 12 of 12 (100%)",
        "top option is the only one that asks: 0 of 12 (0%)",
        "word model picks the top option: 12 of 12 (100%), chance is 25%",
        "words most over-represented in top options",
        "warning: the word model picks the top option in 12 of 12 scenarios (100%), above the 40% limit",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
}

#[test]
fn audit_without_a_file_or_with_an_unknown_option_is_misuse() {
    assert_eq!(run(&["--audit"]).0, 2);
    assert_eq!(
        run(&["--audti", "crates/core/tests/fixtures/bank-small.json"]).0,
        2
    );
}

#[test]
fn the_candour_threshold_is_reported_with_whether_it_is_the_default() {
    let (code, out) = run(&["content/bank.en-GB.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("content/bank.en-GB.json: candour signal when 80% or more of a person's answers score highest (the default)"),
        "{out}"
    );
    let dir = std::env::temp_dir().join(format!("check-bank-candour-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut bank: serde_json::Value =
        serde_json::from_str(include_str!("../../core/tests/fixtures/bank-small.json")).unwrap();
    bank["candour_threshold"] = serde_json::json!(90);
    let path = dir.join("strict.json");
    std::fs::write(&path, bank.to_string()).unwrap();
    let (code, out) = run(&[path.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("candour signal when 90% or more of a person's answers score highest\n"),
        "{out}"
    );
}
