//! Bank validation: reads bank JSON and reports every problem at once.
//!
//! The JSON is walked as a `serde_json::Value` first, rather than handed
//! straight to serde, so that one bad field does not hide the next: a
//! consultancy editing its own bank sees the whole list in one go, each
//! problem naming the exact place, e.g. `questions[7].options[2].score`.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde_json::{Map, Value};

use super::bank::{fingerprint_of, Bank, Side, SUPPORTED_VERSION};

/// The six partnerships of the model, with the half each belongs to.
pub const MODEL_GROUPS: [(&str, Side); 6] = [
    ("direct-reports", Side::Inside),
    ("co-workers", Side::Inside),
    ("managers", Side::Inside),
    ("customers", Side::Outside),
    ("suppliers", Side::Outside),
    ("competitors", Side::Outside),
];

/// The scores a question's options must use, one option each.
pub const OPTION_SCORES: [u8; 4] = [0, 1, 2, 3];

/// What kind of problem a bank has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// The text is not valid JSON.
    Syntax,
    /// `version` is not one this build reads.
    UnsupportedVersion,
    /// A required field is absent.
    MissingField,
    /// A field holds the wrong JSON type (e.g. a number where text belongs).
    WrongType,
    /// A field the format does not define (often a typo).
    UnknownField,
    /// A text field is empty or only white space.
    EmptyText,
    /// An option score outside 0..=3 or not a whole number.
    ScoreOutOfRange,
    /// A question's options do not score exactly 0, 1, 2 and 3 once each.
    WrongScoreSet,
    /// Two groups, questions or options (within a question) share an id.
    DuplicateId,
    /// A group id outside the model, or a question naming an undefined group.
    UnknownGroup,
    /// One of the model's six groups is not defined.
    MissingGroup,
    /// A group is on the wrong side (inside/outside) of the model.
    WrongSide,
    /// Groups do not all have the same number of questions (or one has none).
    UnbalancedGroups,
}

/// One problem in a bank, with the place it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: a path such as `questions[7].options[2].score`, or `line 3, column 9`.
    pub path: String,
    pub kind: ProblemKind,
    /// What is wrong, in words a content editor understands.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Parses and validates bank JSON, returning every problem found.
pub fn load_bank(json: &str) -> Result<Bank, Vec<Problem>> {
    let value: Value = serde_json::from_str(json).map_err(|e| {
        vec![Problem {
            path: format!("line {}, column {}", e.line(), e.column()),
            kind: ProblemKind::Syntax,
            message: format!("not valid JSON ({e})"),
        }]
    })?;
    let mut check = Checker::default();
    check.bank(&value);
    if !check.problems.is_empty() {
        return Err(check.problems);
    }
    // Every rule serde relies on has been checked above, so this only fails
    // if the checker and the types drift apart; report that rather than panic.
    let mut bank: Bank = serde_json::from_value(value).map_err(|e| {
        vec![Problem {
            path: "(bank)".into(),
            kind: ProblemKind::WrongType,
            message: e.to_string(),
        }]
    })?;
    bank.fingerprint = fingerprint_of(json);
    Ok(bank)
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, path: &str, kind: ProblemKind, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_owned(),
            kind,
            message: message.into(),
        });
    }

    fn bank(&mut self, root: &Value) {
        let Some(map) = self.object(root, "(bank)") else {
            return;
        };
        match map.get("version") {
            None => self.report("version", ProblemKind::MissingField, "is required"),
            Some(v) if v.as_u64() != Some(u64::from(SUPPORTED_VERSION)) => {
                self.report(
                    "version",
                    ProblemKind::UnsupportedVersion,
                    format!("{v} is not supported; this app reads version {SUPPORTED_VERSION}"),
                );
                // Another version may be shaped differently: the rest would be noise.
                return;
            }
            Some(_) => {}
        }
        self.known_fields(
            map,
            "",
            &[
                "version",
                "locale",
                "title",
                "intro",
                "bands",
                "sides",
                "credits",
                "groups",
                "questions",
            ],
        );
        for key in ["locale", "title", "intro"] {
            self.text(map, key, "");
        }
        self.text_object(map, "bands", &["low", "mid", "high"]);
        self.text_object(map, "sides", &["inside", "outside"]);
        self.text_object(
            map,
            "credits",
            &[
                "source_title",
                "source_author",
                "source_organisation",
                "basis",
                "quote",
                "quote_author",
            ],
        );
        let groups = self.groups(map);
        self.questions(map, &groups);
    }

    /// Checks `groups` and returns the ids it defines, in order.
    fn groups(&mut self, map: &Map<String, Value>) -> Vec<String> {
        let mut ids = Vec::new();
        let mut seen = HashSet::new();
        let Some(items) = self.array(map, "groups", "") else {
            return ids;
        };
        for (i, item) in items.iter().enumerate() {
            let path = format!("groups[{i}]");
            let Some(group) = self.object(item, &path) else {
                continue;
            };
            self.known_fields(group, &path, &["id", "name", "side", "summary", "advice"]);
            self.text(group, "name", &path);
            self.text(group, "summary", &path);
            self.text_object_at(group, "advice", &path, &["low", "mid", "high"]);
            let side = self.text(group, "side", &path).and_then(|s| match s {
                "inside" => Some(Side::Inside),
                "outside" => Some(Side::Outside),
                other => {
                    self.report(
                        &format!("{path}.side"),
                        ProblemKind::WrongType,
                        format!("\"{other}\" must be \"inside\" or \"outside\""),
                    );
                    None
                }
            });
            let Some(id) = self.text(group, "id", &path) else {
                continue;
            };
            match MODEL_GROUPS.iter().find(|(model_id, _)| *model_id == id) {
                None => self.report(
                    &format!("{path}.id"),
                    ProblemKind::UnknownGroup,
                    format!(
                        "\"{id}\" is not one of the model's groups ({})",
                        model_ids()
                    ),
                ),
                Some((_, model_side)) => {
                    if side.is_some_and(|s| s != *model_side) {
                        self.report(
                            &format!("{path}.side"),
                            ProblemKind::WrongSide,
                            format!("\"{id}\" belongs {}", side_word(*model_side)),
                        );
                    }
                }
            }
            if self.unique(&mut seen, id, &path, "group") {
                ids.push(id.to_owned());
            }
        }
        for (model_id, _) in MODEL_GROUPS {
            if !ids.iter().any(|id| id == model_id) {
                self.report(
                    "groups",
                    ProblemKind::MissingGroup,
                    format!("the group \"{model_id}\" is missing"),
                );
            }
        }
        ids
    }

    fn questions(&mut self, map: &Map<String, Value>, groups: &[String]) {
        let Some(items) = self.array(map, "questions", "") else {
            return;
        };
        let mut seen_ids = HashSet::new();
        let mut per_group: BTreeMap<&str, usize> = groups.iter().map(|g| (g.as_str(), 0)).collect();
        for (i, item) in items.iter().enumerate() {
            let path = format!("questions[{i}]");
            let Some(question) = self.object(item, &path) else {
                continue;
            };
            self.known_fields(question, &path, &["id", "group", "scenario", "options"]);
            self.text(question, "scenario", &path);
            if let Some(id) = self.text(question, "id", &path) {
                self.unique(&mut seen_ids, id, &path, "question");
            }
            if let Some(group) = self.text(question, "group", &path) {
                match per_group.get_mut(group) {
                    Some(count) => *count += 1,
                    None => self.report(
                        &format!("{path}.group"),
                        ProblemKind::UnknownGroup,
                        format!("\"{group}\" is not a group defined in \"groups\""),
                    ),
                }
            }
            self.options(question, &path);
        }
        self.balance(&per_group);
    }

    fn options(&mut self, question: &Map<String, Value>, path: &str) {
        let Some(options) = self.array(question, "options", path) else {
            return;
        };
        let mut ids = HashSet::new();
        let mut scores = Vec::new();
        for (j, item) in options.iter().enumerate() {
            let path = format!("{path}.options[{j}]");
            let Some(option) = self.object(item, &path) else {
                continue;
            };
            self.known_fields(option, &path, &["id", "text", "score", "feedback"]);
            self.text(option, "text", &path);
            self.text(option, "feedback", &path);
            if let Some(id) = self.text(option, "id", &path) {
                self.unique(&mut ids, id, &path, "option of this question");
            }
            match option.get("score") {
                None => self.report(
                    &format!("{path}.score"),
                    ProblemKind::MissingField,
                    "is required",
                ),
                Some(Value::Number(n)) => match n.as_u64() {
                    Some(s) if s <= 3 => scores.push(s as u8),
                    _ => self.report(
                        &format!("{path}.score"),
                        ProblemKind::ScoreOutOfRange,
                        format!("{n} is outside 0..=3 (scores are whole numbers)"),
                    ),
                },
                Some(other) => self.report(
                    &format!("{path}.score"),
                    ProblemKind::WrongType,
                    format!("must be a whole number 0..=3, not {}", type_name(other)),
                ),
            }
        }
        // Only judge the set when every score was readable, so a single bad
        // score is reported once rather than twice.
        if scores.len() == options.len() {
            let mut sorted = scores.clone();
            sorted.sort_unstable();
            if sorted != OPTION_SCORES {
                self.report(
                    &format!("{path}.options"),
                    ProblemKind::WrongScoreSet,
                    format!(
                        "scores are {scores:?}; a question needs four options scoring 0, 1, 2 and 3, one each"
                    ),
                );
            }
        }
    }

    fn balance(&mut self, per_group: &BTreeMap<&str, usize>) {
        for (group, count) in per_group {
            if *count == 0 {
                self.report(
                    "questions",
                    ProblemKind::UnbalancedGroups,
                    format!("the group \"{group}\" has no questions"),
                );
            }
        }
        let counts: HashSet<usize> = per_group.values().copied().collect();
        if counts.len() > 1 {
            let list: Vec<String> = per_group.iter().map(|(g, n)| format!("{g}: {n}")).collect();
            self.report(
                "questions",
                ProblemKind::UnbalancedGroups,
                format!(
                    "every group needs the same number of questions, but they have {}",
                    list.join(", ")
                ),
            );
        }
    }

    /// Reports `id` (of the item at `path`) if an earlier `what` had it; true when new.
    fn unique(&mut self, seen: &mut HashSet<String>, id: &str, path: &str, what: &str) -> bool {
        let new = seen.insert(id.to_owned());
        if !new {
            self.report(
                &format!("{path}.id"),
                ProblemKind::DuplicateId,
                format!("\"{id}\" is used by an earlier {what}"),
            );
        }
        new
    }

    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        let object = value.as_object();
        if object.is_none() {
            self.report(
                path,
                ProblemKind::WrongType,
                format!("must be an object, not {}", type_name(value)),
            );
        }
        object
    }

    fn array<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        key: &str,
        parent: &str,
    ) -> Option<&'v Vec<Value>> {
        let path = join(parent, key);
        match map.get(key) {
            None => {
                self.report(&path, ProblemKind::MissingField, "is required");
                None
            }
            Some(Value::Array(items)) => Some(items),
            Some(other) => {
                self.report(
                    &path,
                    ProblemKind::WrongType,
                    format!("must be a list, not {}", type_name(other)),
                );
                None
            }
        }
    }

    /// Checks a required, non-empty text field and returns it when usable.
    fn text<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        key: &str,
        parent: &str,
    ) -> Option<&'v str> {
        let path = join(parent, key);
        match map.get(key) {
            None => {
                self.report(&path, ProblemKind::MissingField, "is required");
                None
            }
            Some(Value::String(s)) if s.trim().is_empty() => {
                self.report(&path, ProblemKind::EmptyText, "must not be empty");
                None
            }
            Some(Value::String(s)) => Some(s),
            Some(other) => {
                self.report(
                    &path,
                    ProblemKind::WrongType,
                    format!("must be text, not {}", type_name(other)),
                );
                None
            }
        }
    }

    fn text_object(&mut self, map: &Map<String, Value>, key: &str, fields: &[&str]) {
        self.text_object_at(map, key, "", fields);
    }

    fn text_object_at(
        &mut self,
        map: &Map<String, Value>,
        key: &str,
        parent: &str,
        fields: &[&str],
    ) {
        let path = join(parent, key);
        let Some(value) = map.get(key) else {
            self.report(&path, ProblemKind::MissingField, "is required");
            return;
        };
        let Some(inner) = self.object(value, &path) else {
            return;
        };
        self.known_fields(inner, &path, fields);
        for field in fields {
            self.text(inner, field, &path);
        }
    }

    fn known_fields(&mut self, map: &Map<String, Value>, path: &str, allowed: &[&str]) {
        for key in map.keys() {
            if !allowed.contains(&key.as_str()) {
                self.report(
                    &join(path, key),
                    ProblemKind::UnknownField,
                    format!(
                        "is not a field of this format (expected one of: {})",
                        allowed.join(", ")
                    ),
                );
            }
        }
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn model_ids() -> String {
    MODEL_GROUPS
        .iter()
        .map(|(id, _)| *id)
        .collect::<Vec<_>>()
        .join(", ")
}

fn side_word(side: Side) -> &'static str {
    match side {
        Side::Inside => "inside the organisation (\"inside\")",
        Side::Outside => "outside the organisation (\"outside\")",
    }
}
