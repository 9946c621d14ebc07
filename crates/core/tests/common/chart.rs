//! Helpers shared by the radar chart tests (`chart.rs`, `chart_layers.rs`).

use partner_radar_core::chart::{RGBAColor, Spoke};

/// The built-in bank's six spokes, scored `scores` in bank order.
pub fn spokes(scores: [u8; 6]) -> Vec<Spoke> {
    partner_radar_core::chart::spokes(&super::built_in(), scores)
}

/// The value of the attribute `name` in an element's text.
pub fn attr<'a>(element: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let start = element
        .find(&key)
        .unwrap_or_else(|| panic!("no {name} in {element}"))
        + key.len();
    &element[start..start + element[start..].find('"').unwrap()]
}

/// A colour as plotters writes it into `fill` and `stroke`.
pub fn hex(c: RGBAColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}
