//! Reading a bank: parses bank JSON into a [`Bank`], or reports every problem at once.
//!
//! serde_json reads the text into a [`Value`], and the walk here checks each
//! field and builds the bank in the same pass, rather than deriving
//! `Deserialize` for the bank, which would stop at the first problem: a
//! consultancy editing its own bank sees the whole list in one go, each
//! problem naming the exact place, e.g. `questions[7].options[2].score`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::{Map, Value};

/// A JSON object as serde_json reads it: keys in sorted order, so unknown
/// fields are reported in that order.
type Object = Map<String, Value>;

use super::bank::{
    fingerprint_of, Advice, AnswerOption, BandNames, Bank, Credits, Group, Question, Side,
    SideNames, CANDOUR_THRESHOLDS, DEFAULT_CANDOUR_THRESHOLD, SUPPORTED_VERSION,
};

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
    /// `candour_threshold` is not a whole number of per cent in 50..=100.
    ThresholdOutOfRange,
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
    // serde_json refuses nesting deeper than 128 arrays and objects with
    // "recursion limit exceeded", so no input can exhaust the stack.
    let value: Value = serde_json::from_str(json).map_err(|e| {
        vec![Problem {
            path: format!("line {}, column {}", e.line(), e.column()),
            kind: ProblemKind::Syntax,
            message: format!("not valid JSON ({e})"),
        }]
    })?;
    let mut check = Checker::default();
    let bank = check.bank(&value);
    match bank {
        Some(mut bank) if check.problems.is_empty() => {
            bank.fingerprint = fingerprint_of(&bank);
            Ok(bank)
        }
        _ => {
            debug_assert!(
                !check.problems.is_empty(),
                "every path that yields no bank reports why"
            );
            Err(check.problems)
        }
    }
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

    /// Checks the whole bank; builds it when every part is usable.
    fn bank(&mut self, root: &Value) -> Option<Bank> {
        let map = self.object(root, "(bank)")?;
        match map.get("version") {
            None => self.report("version", ProblemKind::MissingField, "is required"),
            Some(v) if v.as_u64() != Some(u64::from(SUPPORTED_VERSION)) => {
                self.report(
                    "version",
                    ProblemKind::UnsupportedVersion,
                    format!("{v} is not supported; this app reads version {SUPPORTED_VERSION}"),
                );
                // Another version may be shaped differently: the rest would be noise.
                return None;
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
                "candour_threshold",
            ],
        );
        let candour_threshold = self.candour_threshold(map);
        let locale = self.owned_text(map, "locale", "");
        let title = self.owned_text(map, "title", "");
        let intro = self.owned_text(map, "intro", "");
        let bands = self
            .texts(map, "bands", "", ["low", "mid", "high"])
            .map(|[low, mid, high]| BandNames { low, mid, high });
        let sides = self
            .texts(map, "sides", "", ["inside", "outside"])
            .map(|[inside, outside]| SideNames { inside, outside });
        let credits = self
            .texts(
                map,
                "credits",
                "",
                [
                    "source_title",
                    "source_author",
                    "source_organisation",
                    "basis",
                    "quote",
                    "quote_author",
                ],
            )
            .map(
                |[source_title, source_author, source_organisation, basis, quote, quote_author]| {
                    Credits {
                        source_title,
                        source_author,
                        source_organisation,
                        basis,
                        quote,
                        quote_author,
                    }
                },
            );
        let (ids, groups) = self.groups(map);
        let questions = self.questions(map, &ids)?;
        Some(Bank {
            version: SUPPORTED_VERSION,
            locale: locale?,
            title: title?,
            intro: intro?,
            bands: bands?,
            sides: sides?,
            credits: credits?,
            groups,
            questions,
            candour_threshold: candour_threshold?,
            fingerprint: String::new(),
        })
    }

    /// The optional `candour_threshold`, or the default.
    fn candour_threshold(&mut self, map: &Object) -> Option<u8> {
        let Some(value) = map.get("candour_threshold") else {
            return Some(DEFAULT_CANDOUR_THRESHOLD);
        };
        let threshold = value
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .filter(|n| CANDOUR_THRESHOLDS.contains(n));
        if threshold.is_none() {
            self.report(
                "candour_threshold",
                ProblemKind::ThresholdOutOfRange,
                format!(
                    "{value} must be a whole number of per cent from {} to {}",
                    CANDOUR_THRESHOLDS.start(),
                    CANDOUR_THRESHOLDS.end()
                ),
            );
        }
        threshold
    }

    /// Checks `groups`; returns every id it defines, in order, and the
    /// groups that are wholly usable.
    fn groups(&mut self, map: &Object) -> (Vec<String>, Vec<Group>) {
        let mut ids = Vec::new();
        let mut groups = Vec::new();
        let mut seen = BTreeSet::new();
        let Some(items) = self.array(map, "groups", "") else {
            return (ids, groups);
        };
        for (i, item) in items.iter().enumerate() {
            let path = format!("groups[{i}]");
            let Some(group) = self.object(item, &path) else {
                continue;
            };
            self.known_fields(
                group,
                &path,
                &["id", "name", "side", "summary", "advice", "team_advice"],
            );
            let name = self.owned_text(group, "name", &path);
            let summary = self.owned_text(group, "summary", &path);
            let advice = self
                .texts(group, "advice", &path, ["low", "mid", "high"])
                .map(|[low, mid, high]| Advice { low, mid, high });
            // Optional: `Some(None)` when absent, `None` when present but unusable.
            let team_advice = match group.get("team_advice") {
                None => Some(None),
                Some(_) => self
                    .texts(group, "team_advice", &path, ["low", "mid", "high"])
                    .map(|[low, mid, high]| Some(Advice { low, mid, high })),
            };
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
            if let (Some(name), Some(side), Some(summary), Some(advice), Some(team_advice)) =
                (name, side, summary, advice, team_advice)
            {
                groups.push(Group {
                    id: id.to_owned(),
                    name,
                    side,
                    summary,
                    advice,
                    team_advice,
                });
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
        (ids, groups)
    }

    /// Checks `questions`; returns them all when every one is usable.
    fn questions(&mut self, map: &Object, groups: &[String]) -> Option<Vec<Question>> {
        let items = self.array(map, "questions", "")?;
        let mut questions = Vec::new();
        let mut seen_ids = BTreeSet::new();
        // Questions per group id, in id order for the report.
        let mut per_group: BTreeMap<&str, usize> =
            groups.iter().map(|id| (id.as_str(), 0)).collect();
        for (i, item) in items.iter().enumerate() {
            let path = format!("questions[{i}]");
            let Some(question) = self.object(item, &path) else {
                continue;
            };
            self.known_fields(question, &path, &["id", "group", "scenario", "options"]);
            let scenario = self.owned_text(question, "scenario", &path);
            let id = self.text(question, "id", &path);
            if let Some(id) = id {
                self.unique(&mut seen_ids, id, &path, "question");
            }
            let group = self.text(question, "group", &path);
            if let Some(group) = group {
                match per_group.get_mut(group) {
                    Some(count) => *count += 1,
                    None => self.report(
                        &format!("{path}.group"),
                        ProblemKind::UnknownGroup,
                        format!("\"{group}\" is not a group defined in \"groups\""),
                    ),
                }
            }
            let options = self.options(question, &path);
            if let (Some(id), Some(group), Some(scenario), Some(options)) =
                (id, group, scenario, options)
            {
                questions.push(Question {
                    id: id.to_owned(),
                    group: group.to_owned(),
                    scenario,
                    options,
                });
            }
        }
        self.balance(&per_group);
        (questions.len() == items.len()).then_some(questions)
    }

    /// Checks a question's options; returns them all when every one is usable.
    fn options(&mut self, question: &Object, path: &str) -> Option<Vec<AnswerOption>> {
        let options = self.array(question, "options", path)?;
        let mut ids = BTreeSet::new();
        let mut built = Vec::new();
        let mut scores = Vec::new();
        for (j, item) in options.iter().enumerate() {
            let path = format!("{path}.options[{j}]");
            let Some(option) = self.object(item, &path) else {
                continue;
            };
            self.known_fields(option, &path, &["id", "text", "score", "feedback"]);
            let text = self.owned_text(option, "text", &path);
            let feedback = self.owned_text(option, "feedback", &path);
            let id = self.text(option, "id", &path);
            if let Some(id) = id {
                self.unique(&mut ids, id, &path, "option of this question");
            }
            let score = self.score(option, &path);
            scores.extend(score);
            if let (Some(id), Some(text), Some(score), Some(feedback)) = (id, text, score, feedback)
            {
                built.push(AnswerOption {
                    id: id.to_owned(),
                    text,
                    score,
                    feedback,
                });
            }
        }
        // Only judge the set when every score was readable, so a single bad
        // score is reported once rather than twice.
        if scores.len() == options.len() {
            let one_each = scores.len() == OPTION_SCORES.len()
                && OPTION_SCORES.iter().all(|s| scores.contains(s));
            if !one_each {
                self.report(
                    &format!("{path}.options"),
                    ProblemKind::WrongScoreSet,
                    format!(
                        "scores are [{}]; a question needs four options scoring 0, 1, 2 and 3, one each",
                        scores.iter().map(u8::to_string).collect::<Vec<_>>().join(", ")
                    ),
                );
                return None;
            }
        }
        (built.len() == options.len()).then_some(built)
    }

    /// An option's score, if it is a whole number 0..=3.
    fn score(&mut self, option: &Object, path: &str) -> Option<u8> {
        let path = format!("{path}.score");
        match option.get("score") {
            None => self.report(&path, ProblemKind::MissingField, "is required"),
            Some(Value::Number(n)) => match n.as_u64() {
                Some(s) if s <= 3 => return Some(s as u8),
                _ => self.report(
                    &path,
                    ProblemKind::ScoreOutOfRange,
                    format!("{n} is outside 0..=3 (scores are whole numbers)"),
                ),
            },
            Some(other) => self.report(
                &path,
                ProblemKind::WrongType,
                format!("must be a whole number 0..=3, not {}", type_name(other)),
            ),
        }
        None
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
        let mut counts = per_group.values();
        let first = counts.next();
        if counts.any(|n| Some(n) != first) {
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
    fn unique<'v>(
        &mut self,
        seen: &mut BTreeSet<&'v str>,
        id: &'v str,
        path: &str,
        what: &str,
    ) -> bool {
        let new = seen.insert(id);
        if !new {
            self.report(
                &format!("{path}.id"),
                ProblemKind::DuplicateId,
                format!("\"{id}\" is used by an earlier {what}"),
            );
        }
        new
    }

    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Object> {
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

    fn array<'v>(&mut self, map: &'v Object, key: &str, parent: &str) -> Option<&'v Vec<Value>> {
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
    fn text<'v>(&mut self, map: &'v Object, key: &str, parent: &str) -> Option<&'v str> {
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

    /// [`Self::text`], as an owned string.
    fn owned_text(&mut self, map: &Object, key: &str, parent: &str) -> Option<String> {
        self.text(map, key, parent).map(str::to_owned)
    }

    /// Checks an object of required text fields; returns them in `fields` order when all are usable.
    fn texts<const N: usize>(
        &mut self,
        map: &Object,
        key: &str,
        parent: &str,
        fields: [&str; N],
    ) -> Option<[String; N]> {
        let path = join(parent, key);
        let Some(value) = map.get(key) else {
            self.report(&path, ProblemKind::MissingField, "is required");
            return None;
        };
        let inner = self.object(value, &path)?;
        self.known_fields(inner, &path, &fields);
        let found = fields.map(|field| self.owned_text(inner, field, &path));
        if found.iter().all(Option::is_some) {
            Some(found.map(Option::unwrap_or_default))
        } else {
            None
        }
    }

    fn known_fields(&mut self, map: &Object, path: &str, allowed: &[&str]) {
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
