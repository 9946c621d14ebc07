//! Per-attempt option order, derived from a seed kept with the progress.

use super::bank::fnv1a;

/// The order to show `count` options of a question in: a permutation of
/// `0..count` that depends only on the attempt's seed and the question id,
/// so a reload shows the same order and each question is shuffled apart.
pub fn option_order(seed: u64, question_id: &str, count: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..count).collect();
    let mut rng = fastrand::Rng::with_seed(seed ^ fnv1a(question_id.as_bytes()));
    rng.shuffle(&mut order);
    order
}
