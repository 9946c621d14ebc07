//! The question bank: the whole quiz as data, read from JSON.
//!
//! The JSON shape is a public contract documented in the README. These types
//! mirror it one to one; [`crate::domain::validate::load_bank`] is the only
//! way to make a `Bank`, so every `Bank` has passed every rule.

use std::hash::Hasher;

use fnv::FnvHasher;

use super::scoring::Band;

/// The only bank format version this build understands.
pub const SUPPORTED_VERSION: u32 = 1;

/// The candour signal's threshold when a bank sets none: the results say so
/// when at least this share of answers (per cent) chose a top-scoring option.
pub const DEFAULT_CANDOUR_THRESHOLD: u8 = 80;

/// The thresholds a bank may set: below half, honest profiles would trip it.
pub const CANDOUR_THRESHOLDS: std::ops::RangeInclusive<u8> = 50..=100;

/// The built-in English bank, compiled into the app: `content/bank.en-GB.json`
/// without the white space between its tokens (see `build.rs`).
pub const BUILT_IN_BANK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/bank.json"));

/// A whole question bank, as written in the JSON file.
#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    /// Format version; must equal [`SUPPORTED_VERSION`].
    pub version: u32,
    /// BCP 47 language tag of the text, e.g. `en-GB`.
    pub locale: String,
    /// Name of the assessment, shown as the main heading.
    pub title: String,
    /// Short introduction shown on the welcome screen.
    pub intro: String,
    /// Display names of the three score bands.
    pub bands: BandNames,
    /// Display names of the two halves of the model.
    pub sides: SideNames,
    /// Where the model comes from.
    pub credits: Credits,
    /// The six partnerships, in the order the chart and results use.
    pub groups: Vec<Group>,
    /// Every scenario, each belonging to one group.
    pub questions: Vec<Question>,
    /// `candour_threshold`: the share of answers on a top-scoring option (per
    /// cent) from which the results note an unusually even, high profile.
    pub candour_threshold: u8,
    /// Fingerprint of the bank's structure (see [`Bank::fingerprint`]).
    pub(crate) fingerprint: String,
}

/// Names for the low, mid and high score bands.
#[derive(Debug, Clone, PartialEq)]
pub struct BandNames {
    pub low: String,
    pub mid: String,
    pub high: String,
}

/// Names for the inside and outside halves.
#[derive(Debug, Clone, PartialEq)]
pub struct SideNames {
    pub inside: String,
    pub outside: String,
}

/// Attribution for the model and the closing quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Credits {
    pub source_title: String,
    pub source_author: String,
    pub source_organisation: String,
    /// One sentence on how the assessment relates to the source.
    pub basis: String,
    pub quote: String,
    pub quote_author: String,
}

/// Which half of the model a group belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Inside,
    Outside,
}

/// One stakeholder group (a spoke of the radar).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub side: Side,
    /// What partnering with this group means, in two sentences.
    pub summary: String,
    pub advice: Advice,
    /// `team_advice`: optional advice for a whole team whose mean score is
    /// in each band (workshop mode); without it the team view uses `advice`.
    pub team_advice: Option<Advice>,
}

/// Advice text for each band.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    pub low: String,
    pub mid: String,
    pub high: String,
}

/// One scenario with its four options.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    /// Id of the group this scenario is about.
    pub group: String,
    pub scenario: String,
    pub options: Vec<AnswerOption>,
}

/// One possible response to a scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerOption {
    pub id: String,
    pub text: String,
    /// 0 (boss, transactional) to 3 (partner, win-win).
    pub score: u8,
    /// One line on the principle this option honours or misses.
    pub feedback: String,
}

impl Bank {
    /// The group with this id, if any.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The position of a question by id.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    /// The questions about one group, in bank order.
    pub fn questions_in<'a>(&'a self, group_id: &'a str) -> impl Iterator<Item = &'a Question> {
        self.questions.iter().filter(move |q| q.group == group_id)
    }

    /// A short fingerprint of the bank's structure, stored with saved
    /// progress and share links so answers given to one bank are never
    /// applied to another. It covers the version, the groups (ids, order,
    /// sides), the questions (ids, order, groups) and the options (ids,
    /// order, scores), not the wording: fixing a typo breaks neither saved
    /// progress nor links, but any change to what an answer means does.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// [`Bank::fingerprint`] as a number, for compact encodings.
    pub fn fingerprint_value(&self) -> u64 {
        u64::from_str_radix(&self.fingerprint, 16).unwrap_or_default()
    }
}

impl Question {
    /// The option with this id, if any.
    pub fn option(&self, id: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|o| o.id == id)
    }
}

/// The structural fingerprint of a bank (see [`Bank::fingerprint`]).
pub(crate) fn fingerprint_of(bank: &Bank) -> String {
    let mut key = format!("v{}", bank.version);
    for g in &bank.groups {
        let side = match g.side {
            Side::Inside => 'i',
            Side::Outside => 'o',
        };
        key.push_str(&format!("|g:{}:{side}", g.id));
    }
    for q in &bank.questions {
        key.push_str(&format!("|q:{}:{}", q.id, q.group));
        for o in &q.options {
            key.push_str(&format!(":{}={}", o.id, o.score));
        }
    }
    format!("{:016x}", fnv1a(key.as_bytes()))
}

impl BandNames {
    /// The name of `band`.
    pub fn name(&self, band: Band) -> &str {
        match band {
            Band::Low => &self.low,
            Band::Mid => &self.mid,
            Band::High => &self.high,
        }
    }
}

impl SideNames {
    /// The name of `side`.
    pub fn name(&self, side: Side) -> &str {
        match side {
            Side::Inside => &self.inside,
            Side::Outside => &self.outside,
        }
    }
}

impl Group {
    /// The advice for a team whose mean is in `band`: the group's
    /// `team_advice` when the bank has it, else its individual advice.
    pub fn team_advice_for(&self, band: Band) -> &str {
        self.team_advice
            .as_ref()
            .unwrap_or(&self.advice)
            .for_band(band)
    }
}

impl Advice {
    /// The advice for a score in `band`.
    pub fn for_band(&self, band: Band) -> &str {
        match band {
            Band::Low => &self.low,
            Band::Mid => &self.mid,
            Band::High => &self.high,
        }
    }
}

/// 64-bit FNV-1a of `bytes`: stable across builds and platforms, as the
/// fingerprints and seeds stored in progress and links need (std's own
/// hasher is not promised to stay the same).
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hasher = FnvHasher::default();
    hasher.write(bytes);
    hasher.finish()
}
