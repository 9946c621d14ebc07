//! The cue audit: how easy a bank's top options are to spot without the model.
//!
//! A reader who has never seen the model should not be able to find the
//! top-scored option by its length, by its being the only one that asks, or
//! by its words. Each figure counts the scenarios where one such cue gives the
//! top option away; the limits say how often is too often.

pub mod bayes;
pub mod words;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use self::bayes::NaiveBayes;
use self::words::{contains_phrase, is_stop_word, unigrams_and_bigrams};
use super::Bank;

/// The score of a scenario's top option.
pub const TOP_SCORE: u8 = 3;

/// The word model finding the top option in more than this percentage of
/// scenarios warns. Chance is 25%, so a little above chance is tolerated.
pub const WORD_MODEL_LIMIT: u32 = 40;

/// The top option being the longest in more than this percentage of scenarios
/// warns. Chance, with ties counted as longest, is a little over 25%.
pub const LONGEST_LIMIT: u32 = 35;

/// The top option being the only asking option in more than this percentage
/// of scenarios warns.
pub const ONLY_ASKER_LIMIT: u32 = 20;

/// How many over-represented words the audit lists.
pub const TOP_WORDS: usize = 10;

/// Phrases that mark an option as asking or finding out, matched on whole
/// words regardless of case. `*` stands for any one word ("sound her out").
#[rustfmt::skip]
pub const ASKING_CUES: &[&str] = &[
    "ask", "asks", "asking", "asked",
    "find out", "finds out", "finding out", "found out",
    "enquire", "enquires", "enquiring", "enquired",
    "inquire", "inquires", "inquiring", "inquired",
    "check with", "checks with", "checking with", "checked with",
    "consult", "consults", "consulting", "consulted",
    "sound out", "sounds out", "sounding out", "sounded out",
    "sound * out", "sounds * out", "sounding * out", "sounded * out",
    "what they need", "what she needs", "what he needs",
    "their view", "their views", "her view", "her views", "his view", "his views",
    "listen", "listens", "listening", "listened",
    "survey", "surveys", "surveying", "surveyed",
    "interview", "interviews", "interviewing", "interviewed",
    "hear from", "hears from", "hearing from", "heard from",
];

/// Whether `text` contains any of the [`ASKING_CUES`].
pub fn asks_or_finds_out(text: &str) -> bool {
    let words = words::words(text);
    ASKING_CUES.iter().any(|cue| contains_phrase(&words, cue))
}

/// The scenarios that show one cue, out of all the bank's scenarios.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally {
    /// Ids of the scenarios that show the cue, in bank order.
    pub ids: Vec<String>,
    /// How many scenarios the bank has.
    pub of: usize,
}

impl Tally {
    /// How many scenarios show the cue.
    pub fn count(&self) -> usize {
        self.ids.len()
    }

    /// The tally as a whole percentage, rounded half up.
    pub fn percent(&self) -> usize {
        if self.of == 0 {
            0
        } else {
            (200 * self.count() + self.of) / (2 * self.of)
        }
    }

    /// Whether the tally is strictly above `limit` percent, compared exactly.
    pub fn exceeds(&self, limit: u32) -> bool {
        self.count() * 100 > limit as usize * self.of
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} of {} ({}%)", self.count(), self.of, self.percent())
    }
}

/// A word found in top options more often than in the others.
#[derive(Debug, Clone, PartialEq)]
pub struct OverRepresented {
    /// The word, lower-cased.
    pub word: String,
    /// How many top options contain it.
    pub in_top: usize,
    /// How many other options contain it.
    pub in_other: usize,
    /// ln((in_top + 1) / (top options + 2)) − ln((in_other + 1) / (other options + 2)).
    pub log_ratio: f64,
}

/// A figure that can pass its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// The word model finds the top option too often.
    WordModel,
    /// The top option is the longest too often.
    TopLongest,
    /// The top option is the only asking option too often.
    OnlyAsker,
}

impl Warning {
    /// Every warning, in the order the report gives them.
    pub const ALL: [Warning; 3] = [Warning::WordModel, Warning::TopLongest, Warning::OnlyAsker];

    /// The percentage this figure may reach without warning.
    pub fn limit(self) -> u32 {
        match self {
            Warning::WordModel => WORD_MODEL_LIMIT,
            Warning::TopLongest => LONGEST_LIMIT,
            Warning::OnlyAsker => ONLY_ASKER_LIMIT,
        }
    }
}

/// The audit's figures for one bank.
#[derive(Debug, Clone, PartialEq)]
pub struct Audit {
    /// Scenarios whose top option is the longest, by characters (ties count).
    pub top_longest: Tally,
    /// Scenarios whose top option is the shortest, by characters (ties count).
    pub top_shortest: Tally,
    /// Scenarios whose top option is the only one that asks or finds out.
    pub only_asker: Tally,
    /// Scenarios where the leave-one-scenario-out word model picks the top option.
    pub word_model: Tally,
    /// Up to [`TOP_WORDS`] words, most over-represented in top options first.
    pub top_words: Vec<OverRepresented>,
    /// How many top options the bank has.
    pub top_options: usize,
    /// How many other options the bank has.
    pub other_options: usize,
}

/// Audits `bank` for cues that give its top options away.
pub fn audit(bank: &Bank) -> Audit {
    let of = bank.questions.len();
    let mut audit = Audit {
        top_longest: Tally { ids: vec![], of },
        top_shortest: Tally { ids: vec![], of },
        only_asker: Tally { ids: vec![], of },
        word_model: Tally { ids: vec![], of },
        top_words: vec![],
        top_options: 0,
        other_options: 0,
    };
    // Every option's features, computed once for all the held-out models.
    let features: Vec<Vec<Vec<String>>> = bank
        .questions
        .iter()
        .map(|q| {
            q.options
                .iter()
                .map(|o| unigrams_and_bigrams(&o.text))
                .collect()
        })
        .collect();

    for (i, q) in bank.questions.iter().enumerate() {
        let Some(top) = q.options.iter().position(|o| o.score == TOP_SCORE) else {
            continue;
        };
        let id = || q.id.clone();
        let length = |j: usize| q.options[j].text.trim().chars().count();
        let others = || (0..q.options.len()).filter(move |&j| j != top);
        if others().all(|j| length(top) >= length(j)) {
            audit.top_longest.ids.push(id());
        }
        if others().all(|j| length(top) <= length(j)) {
            audit.top_shortest.ids.push(id());
        }
        if asks_or_finds_out(&q.options[top].text)
            && !others().any(|j| asks_or_finds_out(&q.options[j].text))
        {
            audit.only_asker.ids.push(id());
        }
        if word_model_pick(bank, &features, i) == Some(top) {
            audit.word_model.ids.push(id());
        }
    }
    over_represented(bank, &mut audit);
    audit
}

/// The option the word model picks in scenario `held_out`, trained on every
/// other scenario: the option with the highest log odds of being top. Ties go
/// to the earlier option in bank order (a later one must be strictly higher).
fn word_model_pick(bank: &Bank, features: &[Vec<Vec<String>>], held_out: usize) -> Option<usize> {
    let mut model = NaiveBayes::default();
    for (i, q) in bank.questions.iter().enumerate() {
        if i == held_out {
            continue;
        }
        for (o, f) in q.options.iter().zip(&features[i]) {
            model.train(f, o.score == TOP_SCORE);
        }
    }
    let mut best: Option<(usize, f64)> = None;
    for (j, f) in features[held_out].iter().enumerate() {
        let odds = model.log_odds(f);
        if best.is_none_or(|(_, b)| odds > b) {
            best = Some((j, odds));
        }
    }
    best.map(|(j, _)| j)
}

/// Fills in the option totals and the most over-represented words. Words are
/// counted once per option, so one wordy option cannot dominate the list.
fn over_represented(bank: &Bank, audit: &mut Audit) {
    // Word -> [top options containing it, other options containing it].
    let mut counts: BTreeMap<String, [usize; 2]> = BTreeMap::new();
    for o in bank.questions.iter().flat_map(|q| &q.options) {
        let top = o.score == TOP_SCORE;
        if top {
            audit.top_options += 1;
        } else {
            audit.other_options += 1;
        }
        let distinct: BTreeSet<String> = words::words(&o.text)
            .into_iter()
            .filter(|w| !is_stop_word(w))
            .collect();
        for w in distinct {
            counts.entry(w).or_default()[usize::from(!top)] += 1;
        }
    }
    let rate = |n: usize, total: usize| (n as f64 + 1.0) / (total as f64 + 2.0);
    let mut words: Vec<OverRepresented> = counts
        .into_iter()
        .map(|(word, [in_top, in_other])| OverRepresented {
            log_ratio: rate(in_top, audit.top_options).ln()
                - rate(in_other, audit.other_options).ln(),
            word,
            in_top,
            in_other,
        })
        // Smoothing alone can lift a word that is equally common in both;
        // only a higher raw rate in top options counts as over-represented.
        .filter(|w| w.in_top * audit.other_options > w.in_other * audit.top_options)
        .collect();
    words.sort_by(|a, b| {
        b.log_ratio
            .total_cmp(&a.log_ratio)
            .then(b.in_top.cmp(&a.in_top))
            .then(a.word.cmp(&b.word))
    });
    words.truncate(TOP_WORDS);
    audit.top_words = words;
}

impl Audit {
    /// The figure a warning is about.
    pub fn tally(&self, warning: Warning) -> &Tally {
        match warning {
            Warning::WordModel => &self.word_model,
            Warning::TopLongest => &self.top_longest,
            Warning::OnlyAsker => &self.only_asker,
        }
    }

    /// The figures that pass their limits, in report order.
    pub fn warnings(&self) -> Vec<Warning> {
        Warning::ALL
            .into_iter()
            .filter(|&w| self.tally(w).exceeds(w.limit()))
            .collect()
    }

    /// One sentence explaining `warning`, with its figure and limit.
    pub fn warning_text(&self, warning: Warning) -> String {
        let what = match warning {
            Warning::WordModel => "the word model picks the top option in",
            Warning::TopLongest => "the top option is the longest in",
            Warning::OnlyAsker => "the top option is the only one that asks in",
        };
        let tally = self.tally(warning);
        format!(
            "{what} {} of {} scenarios ({}%), above the {}% limit",
            tally.count(),
            tally.of,
            tally.percent(),
            warning.limit()
        )
    }

    /// The figures and warnings as printed by `check-bank --audit`.
    pub fn report(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Audit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let figure = |f: &mut fmt::Formatter<'_>, label: &str, tally: &Tally, note: &str| {
            writeln!(f, "{label}: {tally}{note}")?;
            if !tally.ids.is_empty() {
                writeln!(f, "  {}", tally.ids.join(", "))?;
            }
            Ok(())
        };
        figure(f, "top option is the longest", &self.top_longest, "")?;
        figure(f, "top option is the shortest", &self.top_shortest, "")?;
        figure(
            f,
            "top option is the only one that asks",
            &self.only_asker,
            "",
        )?;
        figure(
            f,
            "word model picks the top option",
            &self.word_model,
            ", chance is 25%",
        )?;
        writeln!(f, "words most over-represented in top options:")?;
        if self.top_words.is_empty() {
            writeln!(f, "  none")?;
        }
        for w in &self.top_words {
            writeln!(
                f,
                "  {}: in {} of {} top options, {} of {} others",
                w.word, w.in_top, self.top_options, w.in_other, self.other_options
            )?;
        }
        for w in self.warnings() {
            writeln!(f, "warning: {}", self.warning_text(w))?;
        }
        Ok(())
    }
}
