//! Short decimal text for the few fractional numbers the app writes (font
//! sizes and opacities in the chart, alpha in CSS colours).
//!
//! Rust's own float formatting finds the shortest text that reads back as the
//! same `f64`, which costs about 10 KB of wasm; these numbers only ever need a
//! fixed number of places.

/// `value` rounded to `places` decimals, without trailing zeros or a bare
/// point: `decimal(0.35, 3)` is `0.35`, `decimal(14.0, 2)` is `14`.
pub fn decimal(value: f64, places: u32) -> String {
    let scale = 10_i64.pow(places);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, fraction) = (scaled.abs() / scale, scaled.abs() % scale);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:0width$}", width = places as usize);
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}
