//! A two-class multinomial naive Bayes model with Laplace (add-one) smoothing.

use std::collections::HashMap;

/// Feature counts for a "positive" and a "negative" class of documents.
#[derive(Debug, Clone, Default)]
pub struct NaiveBayes {
    /// Feature -> [count in positive documents, count in negative documents].
    counts: HashMap<String, [u32; 2]>,
    /// Total feature occurrences per class.
    totals: [u32; 2],
    /// Documents per class.
    docs: [u32; 2],
}

impl NaiveBayes {
    /// Adds one document, given as its features, to the positive or negative class.
    pub fn train(&mut self, features: &[String], positive: bool) {
        let class = usize::from(!positive);
        self.docs[class] += 1;
        for f in features {
            self.counts.entry(f.clone()).or_default()[class] += 1;
            self.totals[class] += 1;
        }
    }

    /// log P(positive | features) − log P(negative | features).
    ///
    /// Features never seen in training are skipped, as a fitted vocabulary
    /// would: smoothing them would favour the class with fewer words in
    /// total and so reward mere length.
    pub fn log_odds(&self, features: &[String]) -> f64 {
        let vocabulary = self.counts.len() as f64;
        let log_prior = |class: usize| {
            // Add-one here too, so a class with no documents stays finite.
            (f64::from(self.docs[class]) + 1.0).ln()
        };
        let denominator = |class: usize| f64::from(self.totals[class]) + vocabulary;
        let mut odds = log_prior(0) - log_prior(1);
        for f in features {
            if let Some(c) = self.counts.get(f) {
                odds += ((f64::from(c[0]) + 1.0) / denominator(0)).ln()
                    - ((f64::from(c[1]) + 1.0) / denominator(1)).ln();
            }
        }
        odds
    }
}
