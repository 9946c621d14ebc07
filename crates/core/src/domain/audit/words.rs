//! Splitting option text into words, word pairs and cue phrases.

/// Words too common to say anything about an option, left out of the list of
/// over-represented words. Pronouns stay in: "their" or "your" can be a cue.
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "if", "in",
    "into", "is", "it", "its", "of", "on", "or", "so", "than", "that", "the", "then", "this", "to",
    "was", "were", "with",
];

/// The lower-cased words of `text`, in order.
///
/// A word is a run of letters and digits; an apostrophe between two of them
/// (straight or curly) stays inside, so "she'd" is one word. Everything else,
/// hyphens included, separates words.
pub fn words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text
        .chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect();
    let mut out = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let inner_apostrophe =
            c == '\'' && !word.is_empty() && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The features the word model sees: every word, then every pair of adjacent
/// words joined by a space.
pub fn unigrams_and_bigrams(text: &str) -> Vec<String> {
    let words = words(text);
    let pairs: Vec<String> = words
        .windows(2)
        .map(|w| format!("{} {}", w[0], w[1]))
        .collect();
    words.into_iter().chain(pairs).collect()
}

/// Whether `phrase` occurs in `words` as whole, adjacent words; a `*` in the
/// phrase stands for any one word. Matching word lists rather than substrings
/// is what keeps "task" from matching "ask".
pub fn contains_phrase(words: &[String], phrase: &str) -> bool {
    let phrase: Vec<&str> = phrase.split_whitespace().collect();
    let matches = |window: &[String]| {
        window
            .iter()
            .zip(&phrase)
            .all(|(w, p)| *p == "*" || w.as_str() == p.to_lowercase())
    };
    !phrase.is_empty() && words.windows(phrase.len()).any(matches)
}

/// Whether `word` is in [`STOP_WORDS`].
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}
