#![cfg(not(target_arch = "wasm32"))]
//! Workshop mode's domain: finding links in pasted text with their line
//! numbers, what each link adds or why not, the team's figures, the CSV,
//! the stored form, and the bank's optional team advice.

mod common;

use std::sync::LazyLock;

use common::{quick, sheet};
use partner_radar_core::domain::share::{encode, encode_with};
use partner_radar_core::domain::workshop::{
    check_name, csv_field, decode, decode_index, encode as store, encode_index, links_in_line,
    neutralise, result_key, scan, storage_key, to_csv, AddReport, Entry, LoadProblem, NameProblem,
    Outcome, Team, Workshop, MAX_PARTICIPANTS, WORKSHOP_INDEX_KEY,
};
use partner_radar_core::domain::{load_bank, Band, Bank, Length};
use proptest::prelude::*;
use serde_json::json;

static BUILT_IN: LazyLock<Bank> = LazyLock::new(common::built_in);
static SMALL: LazyLock<Bank> = LazyLock::new(common::small_bank);

const TODAY: &str = "2025-03-14";

/// A finished attempt's link payload: the asked questions answered with
/// the option scoring `score(question index)`.
fn payload(bank: &Bank, asked: &[usize], score: impl Fn(usize) -> u8) -> String {
    let scoring = |i: usize| {
        let options = &bank.questions[i].options;
        options.iter().position(|o| o.score == score(i)).unwrap()
    };
    encode(bank, asked, &sheet(bank, asked, scoring)).expect("a complete sheet encodes")
}

fn link(payload: &str) -> String {
    format!("https://example.com/tools/partner-radar/#r={payload}")
}

/// Person `p`'s score for question `i`: mixed bits, so groups and people differ.
fn pattern(p: usize) -> impl Fn(usize) -> u8 {
    move |i| {
        let x = (p as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ (i as u64 + 1).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
        let x = (x ^ (x >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        ((x >> 40) % 4) as u8
    }
}

/// Group scores as the app computes them for a person.
fn scores_of(bank: &Bank, payload: &str) -> Vec<u8> {
    let shared = partner_radar_core::domain::share::decode(bank, payload).unwrap();
    let scores = shared.answers.score(bank, &shared.asked).unwrap();
    scores.groups.iter().map(|g| g.score).collect()
}

fn empty() -> Workshop {
    Workshop::new("Leadership 2027", &BUILT_IN)
}

fn outcomes(report: &AddReport) -> Vec<(usize, Outcome)> {
    report.lines.iter().map(|l| (l.line, l.outcome)).collect()
}

// ------------------------------------------------------------ finding links

#[test]
fn links_are_found_in_any_text_with_their_line_numbers() {
    let text = "Chat export, 14 March\n\
                \n\
                [10:02] Ana: https://a.example/pr/#r=AAAA mine!\r\n\
                [10:03] Ben: here it is (https://a.example/pr/#r=BBBB).\r\
                two: #r=CCCC, #x=1&r=DDDD\n\
                [mine](https://a.example/#r=EEEE) and #general #r\n   \n";
    let lines = scan(text);
    let found: Vec<(usize, Vec<&str>)> =
        lines.iter().map(|l| (l.line, l.payloads.clone())).collect();
    assert_eq!(
        found,
        [
            (1, vec![]),
            (3, vec!["AAAA"]),
            (4, vec!["BBBB"]),
            (5, vec!["CCCC", "DDDD"]),
            (6, vec!["EEEE"]),
        ]
    );
}

#[test]
fn line_numbers_count_every_kind_of_line_break_once() {
    for text in [
        "a\nb\nc #r=X",
        "a\r\nb\r\nc #r=X",
        "a\rb\rc #r=X",
        "a\r\nb\nc #r=X",
    ] {
        let lines = scan(text);
        assert_eq!(lines.last().map(|l| l.line), Some(3), "{text:?}");
    }
    assert!(scan("").is_empty());
    assert!(scan(" \n\t\r\n").is_empty());
}

#[test]
fn a_link_cut_to_nothing_is_still_a_link() {
    // It is reported as damaged, not passed over as text.
    assert_eq!(links_in_line("https://a.example/#r="), vec![""]);
    assert_eq!(links_in_line("https://a.example/#r=!!x"), vec![""]);
    assert!(links_in_line("see #general or r=ABC").is_empty());
}

// ----------------------------------------------------------- adding results

/// Twenty people's links with noise between them, and every kind of bad line.
struct Paste {
    text: String,
    payloads: Vec<String>,
}

fn twenty_with_noise(bank: &Bank) -> Paste {
    let mut lines = vec!["Links from the leadership programme, day 2".to_owned()];
    let mut payloads = Vec::new();
    for p in 0..20 {
        let asked = if p % 3 == 0 {
            (0..bank.questions.len()).collect()
        } else {
            quick(bank)
        };
        let payload = payload(bank, &asked, pattern(p));
        lines.push(format!("[09:{p:02}] Person {p}: {}", link(&payload)));
        if p % 5 == 4 {
            lines.push("thanks, see you after lunch".to_owned());
        }
        payloads.push(payload);
    }
    Paste {
        text: lines.join("\n"),
        payloads,
    }
}

#[test]
fn twenty_links_between_noise_lines_all_count() {
    let bank = &*BUILT_IN;
    let paste = twenty_with_noise(bank);
    let mut w = empty();
    let report = w.add_text(bank, &paste.text, TODAY);
    assert_eq!(report.added(), 20);
    assert_eq!(report.problems().count(), 0);
    assert_eq!(report.lines_without_links(), [1, 7, 13, 19, 25]);
    assert_eq!(w.entries.len(), 20);
    for (p, entry) in w.entries.iter().enumerate() {
        assert_eq!(entry.number as usize, p + 1);
        assert_eq!(entry.label("Participant"), format!("Participant {}", p + 1));
        assert_eq!(entry.added, TODAY);
        let length = if p % 3 == 0 {
            Length::Full
        } else {
            Length::Quick
        };
        assert_eq!(entry.length, length);
        assert_eq!(entry.scores, scores_of(bank, &paste.payloads[p]));
    }

    // The team: means rounded half away from zero, band from low to high, n.
    let team = w.team(bank).unwrap();
    assert_eq!(team.n, 20);
    for g in 0..6 {
        let scores: Vec<u32> = w.entries.iter().map(|e| u32::from(e.scores[g])).collect();
        let exact = scores.iter().sum::<u32>() as f64 / 20.0;
        assert_eq!(u32::from(team.groups[g].mean), (exact + 0.5).floor() as u32);
        assert_eq!(u32::from(team.groups[g].low), *scores.iter().min().unwrap());
        assert_eq!(
            u32::from(team.groups[g].high),
            *scores.iter().max().unwrap()
        );
    }
}

#[test]
fn duplicates_other_banks_tampered_and_other_formats_are_reported_by_line() {
    let bank = &*BUILT_IN;
    let mine = payload(bank, &quick(bank), pattern(1));
    let theirs = payload(bank, &quick(bank), pattern(2));
    let small = payload(&SMALL, &common::all(&SMALL), pattern(3));
    let flip = |c: char| if c == 'A' { 'B' } else { 'A' };
    let tampered: String = mine
        .char_indices()
        .map(|(i, c)| if i == 8 { flip(c) } else { c })
        .collect();
    // The same bytes under a later format number, sealed properly.
    let mut bytes = common::share_reference::to_bytes(&mine);
    bytes.truncate(bytes.len() - 4);
    bytes[0] = 99;
    let crc = common::share_reference::crc32(&bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    let newer = common::share_reference::to_text(&bytes);

    let text = [
        link(&mine),                      // 1 added as 1
        "hello".to_owned(),               // 2 not a link
        link(&small),                     // 3 another bank
        link(&tampered),                  // 4 damaged
        String::new(),                    // 5 blank: nothing
        format!("again {}", link(&mine)), // 6 duplicate of 1
        link(&newer),                     // 7 other format
        link(&mine[..mine.len() - 2]),    // 8 cut short
        link(&theirs),                    // 9 added as 2
    ]
    .join("\n");
    let mut w = empty();
    let report = w.add_text(bank, &text, TODAY);
    assert_eq!(
        outcomes(&report),
        [
            (1, Outcome::Added(1)),
            (2, Outcome::NotALink),
            (3, Outcome::OtherBank),
            (4, Outcome::Damaged),
            (6, Outcome::Duplicate(1)),
            (7, Outcome::OtherFormat),
            (8, Outcome::Damaged),
            (9, Outcome::Added(2)),
        ]
    );
    assert_eq!(report.added(), 2);
    assert_eq!(
        report.problems().map(|l| l.line).collect::<Vec<_>>(),
        [3, 4, 6, 7, 8]
    );
    // Pasted again later: both are duplicates, and nothing changes.
    let again = w.add_text(bank, &format!("{}\n{}", link(&theirs), link(&mine)), TODAY);
    assert_eq!(
        outcomes(&again),
        [(1, Outcome::Duplicate(2)), (2, Outcome::Duplicate(1))]
    );
    assert_eq!(w.entries.len(), 2);
}

#[test]
fn numbers_stay_with_their_entries_after_a_removal() {
    let bank = &*BUILT_IN;
    let mut w = empty();
    let links: Vec<String> = (0..4)
        .map(|p| link(&payload(bank, &quick(bank), pattern(p))))
        .collect();
    w.add_text(bank, &links[..3].join("\n"), TODAY);
    assert!(w.remove(2));
    assert!(!w.remove(2));
    w.add_text(bank, &links[3], TODAY);
    let numbers: Vec<u32> = w.entries.iter().map(|e| e.number).collect();
    assert_eq!(numbers, [1, 3, 4]);
    // A removed result can come back, under a new number.
    let report = w.add_text(bank, &links[1], TODAY);
    assert_eq!(outcomes(&report), [(1, Outcome::Added(5))]);
    w.clear();
    assert!(w.entries.is_empty());
    assert_eq!(
        w.add_payload(bank, &payload(bank, &quick(bank), pattern(9)), TODAY),
        Outcome::Added(1)
    );
}

#[test]
fn a_workshop_holds_at_most_500_participants_and_says_so() {
    let bank = &*BUILT_IN;
    let mut w = empty();
    let text: String = (0..MAX_PARTICIPANTS + 2)
        .map(|p| {
            // Distinct results: person p's pattern, and the quick draw's scores vary with it.
            let asked: Vec<usize> = (0..bank.questions.len()).collect();
            let picks = |i: usize| (((p >> (i % 9)) + i) % 4) as u8;
            link(&payload(bank, &asked, picks)) + "\n"
        })
        .collect();
    let report = w.add_text(bank, &text, TODAY);
    assert_eq!(w.entries.len(), MAX_PARTICIPANTS);
    assert_eq!(report.added(), MAX_PARTICIPANTS);
    let last: Vec<Outcome> = report
        .lines
        .iter()
        .skip(MAX_PARTICIPANTS)
        .map(|l| l.outcome)
        .collect();
    assert_eq!(last, [Outcome::Full, Outcome::Full]);
}

#[test]
fn the_duplicate_key_is_the_result_not_the_link_and_holds_no_answers() {
    let bank = &*BUILT_IN;
    let p = payload(bank, &quick(bank), pattern(4));
    let shared = partner_radar_core::domain::share::decode(bank, &p).unwrap();
    let key = result_key(bank, &shared);
    assert_eq!(key.len(), 16 + 1 + 8, "{key}");
    assert!(key.starts_with(bank.fingerprint()));
    for (q, o) in shared.answers.iter() {
        assert!(!key.contains(&format!("{q}={o}")));
    }
    let other =
        partner_radar_core::domain::share::decode(bank, &payload(bank, &quick(bank), pattern(5)))
            .unwrap();
    assert_ne!(result_key(bank, &other), key);
}

#[test]
fn a_name_given_when_sharing_is_the_label() {
    let bank = &*BUILT_IN;
    let asked = quick(bank);
    let answers = sheet(bank, &asked, |i| i % 4);
    let named = encode_with(bank, &asked, &answers, Some("  =SUM(A1)  Ana "), None).unwrap();
    let plain = encode(bank, &asked, &answers).unwrap();
    let mut w = empty();
    assert_eq!(w.add_payload(bank, &named, TODAY), Outcome::Added(1));
    assert_eq!(w.entries[0].name.as_deref(), Some("=SUM(A1) Ana"));
    assert_eq!(w.entries[0].label("Participant"), "=SUM(A1) Ana");
    // The same result without the name is the same result.
    assert_eq!(w.add_payload(bank, &plain, TODAY), Outcome::Duplicate(1));
    // Stored and read back, the name is kept; a name the share flow could not have made is not.
    let json = store(&w).unwrap();
    assert_eq!(
        decode(&json, bank).unwrap().entries[0].name.as_deref(),
        Some("=SUM(A1) Ana")
    );
    let json = json.replace("=SUM(A1) Ana", "=SUM(A1)   Ana");
    assert_eq!(decode(&json, bank).unwrap().unreadable.len(), 1);
}

proptest! {
    #[test]
    fn any_text_is_reported_line_by_line_and_never_panics(text in "(\\PC{0,30}(#r=[A-Za-z0-9_!-]{0,40})?[\\r\\n]{0,2}){0,12}") {
        let mut w = empty();
        let report = w.add_text(&BUILT_IN, &text, TODAY);
        let lines = scan(&text);
        // Every line that is not blank is reported, in order.
        let mut reported: Vec<usize> = report.lines.iter().map(|l| l.line).collect();
        reported.dedup();
        prop_assert_eq!(reported, lines.iter().map(|l| l.line).collect::<Vec<_>>());
        prop_assert_eq!(report.added(), w.entries.len());
    }
}

// ---------------------------------------------------------------- the team

fn entry(number: u32, scores: [u8; 6]) -> Entry {
    Entry {
        number,
        name: None,
        added: TODAY.to_owned(),
        length: Length::Full,
        scores: scores.to_vec(),
        key: format!("k{number}"),
    }
}

#[test]
fn team_means_round_halves_away_from_zero() {
    let bank = &*BUILT_IN;
    let entries = [
        entry(1, [50, 0, 33, 100, 17, 83]),
        entry(2, [51, 1, 34, 100, 17, 84]),
    ];
    let team = Team::of(bank, &entries).unwrap();
    let means: Vec<u8> = team.groups.iter().map(|g| g.mean).collect();
    assert_eq!(means, [51, 1, 34, 100, 17, 84]); // 50.5, 0.5, 33.5, 100, 17, 83.5
    let bands: Vec<(u8, u8)> = team.groups.iter().map(|g| (g.low, g.high)).collect();
    assert_eq!(
        bands,
        [(50, 51), (0, 1), (33, 34), (100, 100), (17, 17), (83, 84)]
    );
    assert_eq!(team.groups[0].band, Band::Mid);
    assert_eq!(team.groups[1].band, Band::Low);
    assert_eq!(team.groups[3].band, Band::High);
    // Inside: (50+0+33+51+1+34) / 6 = 28.17; outside: (100+17+83+100+17+84) / 6 = 66.83.
    assert_eq!((team.inside, team.outside), (28, 67));
    assert_eq!(team.strongest, 3);
    assert_eq!(team.to_work_on, [1, 4]);
    assert!(Team::of(bank, &[]).is_none());
}

#[test]
fn ties_go_to_the_group_first_in_the_bank_and_use_exact_means() {
    let bank = &*BUILT_IN;
    let team = Team::of(bank, &[entry(1, [60, 60, 40, 60, 40, 40])]).unwrap();
    assert_eq!(team.strongest, 0);
    assert_eq!(team.to_work_on, [2, 4]);
    // 40.5 and 41 both round to 41, but the exact mean tells them apart.
    let team = Team::of(
        bank,
        &[
            entry(1, [40, 41, 90, 90, 90, 90]),
            entry(2, [41, 41, 90, 90, 90, 90]),
        ],
    )
    .unwrap();
    assert_eq!((team.groups[0].mean, team.groups[1].mean), (41, 41));
    assert_eq!(team.to_work_on, [0, 1]);
}

// ------------------------------------------------------------------ the CSV

/// RFC 4180 as a spreadsheet reads it, for checking what `to_csv` wrote.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn the_csv_has_a_row_per_participant_quoted_and_neutralised() {
    let bank = &*BUILT_IN;
    let mut entries = vec![
        entry(1, [50, 0, 33, 100, 17, 83]),
        entry(4, [1, 2, 3, 4, 5, 6]),
    ];
    entries[1].name = Some("=HYPERLINK(\"x\",\"y\"), then\nmore".to_owned());
    entries[1].length = Length::Quick;
    let csv = to_csv(bank, &entries, "Participant");
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.ends_with("\r\n"));
    assert_eq!(
        csv.lines().next().unwrap().trim_start_matches('\u{feff}'),
        "label,date,length,direct-reports,co-workers,managers,customers,suppliers,competitors\r"
            .trim_end()
    );
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[1],
        [
            "Participant 1",
            TODAY,
            "full",
            "50",
            "0",
            "33",
            "100",
            "17",
            "83"
        ]
    );
    assert_eq!(
        rows[2],
        [
            "'=HYPERLINK(\"x\",\"y\"), then\nmore",
            TODAY,
            "quick",
            "1",
            "2",
            "3",
            "4",
            "5",
            "6"
        ]
    );
}

#[test]
fn fields_are_quoted_only_when_they_need_it_and_formulas_are_neutralised() {
    assert_eq!(csv_field("Ana"), "Ana");
    assert_eq!(csv_field("Smith, Ana"), "\"Smith, Ana\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("a\nb"), "\"a\nb\"");
    assert_eq!(csv_field("a\rb"), "\"a\rb\"");
    for risky in ["=1+1", "+44 20", "-2", "@SUM(A1)", "\tx", "\rx"] {
        assert_eq!(neutralise(risky), format!("'{risky}"), "{risky:?}");
    }
    for safe in ["Ana", "1+1", "a=b", "O'Neil", ""] {
        assert_eq!(neutralise(safe), safe);
    }
}

// ------------------------------------------------------------------ storage

#[test]
fn a_workshop_is_stored_without_answers_and_read_back() {
    let bank = &*BUILT_IN;
    let mut w = empty();
    let p = payload(bank, &quick(bank), pattern(1));
    w.add_text(bank, &link(&p), TODAY);
    let json = store(&w).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["format"], 1);
    assert_eq!(value["name"], "Leadership 2027");
    assert_eq!(value["bank"], bank.fingerprint());
    assert_eq!(value["next"], 2);
    let stored = &value["entries"][0];
    let mut keys: Vec<&str> = stored
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["added", "key", "length", "number", "scores"]);
    assert!(!json.contains(&p), "the link itself is not kept");
    assert!(
        !json.contains("\"dr-1\"")
            && !bank
                .questions
                .iter()
                .any(|q| json.contains(&format!("\"{}\"", q.id)))
    );
    assert_eq!(decode(&json, bank), Ok(w));
    assert_eq!(
        storage_key("Leadership 2027"),
        "partner-radar/workshop/Leadership 2027"
    );
    assert_eq!(WORKSHOP_INDEX_KEY, "partner-radar/workshops");
}

#[test]
fn a_damaged_entry_is_kept_aside_and_the_rest_load() {
    let bank = &*BUILT_IN;
    let good = json!({"number": 1, "added": TODAY, "length": "quick", "scores": [1, 2, 3, 4, 5, 6], "key": "a"});
    let bad = [
        json!("not an entry"),
        json!({"number": 2, "added": TODAY, "length": "quick", "scores": [1, 2, 3], "key": "b"}),
        json!({"number": 3, "added": TODAY, "length": "quick", "scores": [1, 2, 3, 4, 5, 101], "key": "c"}),
        json!({"number": 4, "added": "14/03/2025", "length": "quick", "scores": [1, 2, 3, 4, 5, 6], "key": "d"}),
        json!({"number": 5, "added": TODAY, "length": "medium", "scores": [1, 2, 3, 4, 5, 6], "key": "e"}),
        json!({"number": 1, "added": TODAY, "length": "full", "scores": [1, 2, 3, 4, 5, 6], "key": "f"}),
        json!({"number": 7, "added": TODAY, "length": "full", "scores": [1, 2, 3, 4, 5, 6], "key": "g", "answers": {}}),
        json!({"number": 8, "name": " padded ", "added": TODAY, "length": "full", "scores": [1, 2, 3, 4, 5, 6], "key": "h"}),
    ];
    let mut entries = vec![good.clone()];
    entries.extend(bad.iter().cloned());
    let json = json!({"format": 1, "name": "W", "bank": bank.fingerprint(), "next": 1, "entries": entries}).to_string();
    let w = decode(&json, bank).unwrap();
    assert_eq!(w.entries.len(), 1);
    assert_eq!(w.unreadable, bad);
    // Numbers go on from the highest readable one, and saving keeps the rest as they were.
    assert_eq!(w.next, 2);
    let again: serde_json::Value = serde_json::from_str(&store(&w).unwrap()).unwrap();
    assert_eq!(again["entries"].as_array().unwrap().len(), 1 + bad.len());
    assert_eq!(again["entries"][0], good);
}

#[test]
fn a_workshop_that_cannot_be_used_says_why() {
    let bank = &*BUILT_IN;
    assert_eq!(decode("{", bank), Err(LoadProblem::Unreadable));
    assert_eq!(decode("[]", bank), Err(LoadProblem::Unreadable));
    assert_eq!(
        decode(r#"{"format":1}"#, bank),
        Err(LoadProblem::Unreadable)
    );
    let shaped = |format: u32, fingerprint: &str| {
        json!({"format": format, "name": "W", "bank": fingerprint, "next": 1, "entries": []})
            .to_string()
    };
    assert_eq!(
        decode(&shaped(2, bank.fingerprint()), bank),
        Err(LoadProblem::OtherFormat(2))
    );
    assert_eq!(
        decode(&shaped(1, SMALL.fingerprint()), bank),
        Err(LoadProblem::OtherBank)
    );
    assert!(decode(&shaped(1, bank.fingerprint()), bank).is_ok());
}

#[test]
fn the_list_of_names_round_trips_and_names_are_checked() {
    let names = vec!["A".to_owned(), "Team \"B\"".to_owned()];
    assert_eq!(
        decode_index(&encode_index(&names).unwrap()),
        Some(names.clone())
    );
    assert_eq!(decode_index("{"), None);
    assert_eq!(decode_index("[1]"), None);
    assert_eq!(
        check_name("  New team \n", &names),
        Ok("New team".to_owned())
    );
    assert_eq!(check_name("   ", &names), Err(NameProblem::Empty));
    assert_eq!(check_name(" A ", &names), Err(NameProblem::Taken));
    assert_eq!(
        check_name(&"x".repeat(61), &names),
        Err(NameProblem::TooLong)
    );
    assert!(check_name(&"x".repeat(60), &names).is_ok());
}

// -------------------------------------------------------------- team advice

#[test]
fn team_advice_is_optional_and_falls_back_to_the_groups_advice() {
    let bank = &*SMALL;
    let g = &bank.groups[0];
    assert!(g.team_advice.is_none());
    assert_eq!(g.team_advice_for(Band::Low), g.advice.low);
    let mut v = common::small_value();
    v["groups"][0]["team_advice"] =
        json!({"low": "Team low.", "mid": "Team mid.", "high": "Team high."});
    let bank = load_bank(&v.to_string()).unwrap();
    assert_eq!(bank.groups[0].team_advice_for(Band::Mid), "Team mid.");
    assert_eq!(
        bank.groups[1].team_advice_for(Band::Mid),
        bank.groups[1].advice.mid
    );
    // Team advice does not change what answers mean: links keep working.
    assert_eq!(bank.fingerprint(), SMALL.fingerprint());
}

#[test]
fn team_advice_is_validated_at_its_exact_place() {
    let cases = [
        (
            json!({"low": "a", "mid": "b"}),
            "groups[0].team_advice.high",
            "is required",
        ),
        (
            json!({"low": "a", "mid": " ", "high": "c"}),
            "groups[0].team_advice.mid",
            "must not be empty",
        ),
        (
            json!({"low": "a", "mid": "b", "high": "c", "hihg": "d"}),
            "groups[0].team_advice.hihg",
            "is not a field",
        ),
        (
            json!("advice"),
            "groups[0].team_advice",
            "must be an object",
        ),
    ];
    for (value, path, message) in cases {
        let mut v = common::small_value();
        v["groups"][0]["team_advice"] = value;
        let problems = load_bank(&v.to_string()).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.path == path && p.message.starts_with(message)),
            "{path}: {problems:?}"
        );
    }
}

#[test]
fn the_built_in_bank_has_team_advice_for_every_group_and_band() {
    for g in &BUILT_IN.groups {
        let team = g
            .team_advice
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no team advice", g.id));
        for text in [&team.low, &team.mid, &team.high] {
            assert!(text.split_whitespace().count() >= 15, "{}: {text}", g.id);
        }
    }
}
