#![cfg(not(target_arch = "wasm32"))]
//! The `check-bank` command validates files and prints every problem.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check-bank"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn valid_banks_pass() {
    let (code, out) = run(&["content/bank.en-GB.json", "tests/fixtures/bank-small.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("content/bank.en-GB.json: ok (6 groups, 30 questions)"),
        "{out}"
    );
}

#[test]
fn broken_banks_list_every_problem_and_fail() {
    let dir = std::env::temp_dir().join(format!("check-bank-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("broken.json");
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/bank-small.json")).unwrap();
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
