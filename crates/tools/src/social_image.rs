//! Draws the image that link previews show (Open Graph and Twitter cards),
//! `social.png`: a sample radar beside the product's name, 1200×630, from
//! the same chart code as the app.

use partner_radar_core::chart::{self, ChartStyle};
use partner_radar_core::domain::bank::BUILT_IN_BANK_JSON;
use partner_radar_core::domain::load_bank;
use resvg::{tiny_skia, usvg};

use crate::dist::Dist;
use crate::error::StepError;

/// The file link previews fetch, as index.html's `og:image` names it.
pub const FILE: &str = "social.png";

/// The card's size, as link previews expect it.
const CARD: (u32, u32) = (1200, 630);
/// A plausible, uneven profile, so the sample reads as a real result.
const SAMPLE: [u8; 6] = [78, 56, 67, 83, 44, 33];

/// Draws `social.png` into the dist.
pub fn run(dist: &Dist) -> Result<(), StepError> {
    let png = draw().map_err(|why| StepError::unexpected(FILE, why))?;
    dist.write(FILE, png)
}

/// The card as PNG bytes.
fn draw() -> Result<Vec<u8>, String> {
    let bank = load_bank(BUILT_IN_BANK_JSON).map_err(|p| format!("{} bank problems", p.len()))?;
    let spokes = chart::spokes(&bank, SAMPLE);
    // Fonts the build machine is likely to have; the browser's list means nothing here.
    let style = ChartStyle {
        font_family: "DejaVu Sans, Liberation Sans, Arial, sans-serif".to_owned(),
        ..ChartStyle::default()
    };
    let chart = chart::draw_standalone(&spokes, "A sample partnership radar", &style, 640)
        .map_err(|e| e.to_string())?;
    let (w, h) = chart::svg_size(&chart).ok_or("the chart has no size")?;
    // The chart's own <svg> becomes a nested one, placed on the right.
    let inner = chart
        .find("<svg")
        .map(|i| &chart[i..])
        .ok_or("the chart is not SVG")?;
    // As large as fits the right-hand half, leaving the left for the name.
    let scale = (f64::from(CARD.1 - 60) / f64::from(h)).min(540.0 / f64::from(w));
    let placed = inner.replacen(
        "<svg ",
        &format!(
            r#"<svg x="{x}" y="{y}" width="{pw}" height="{ph}" "#,
            x = f64::from(CARD.0) - f64::from(w) * scale - 40.0,
            y = (f64::from(CARD.1) - f64::from(h) * scale) / 2.0,
            pw = f64::from(w) * scale,
            ph = f64::from(h) * scale,
        ),
        1,
    );
    // Drop the chart's fixed width and height: the nested ones place it.
    let placed = placed.replacen(&format!(r#" width="{w}" height="{h}""#), "", 1);
    let surface = chart::to_css(style.surface);
    let ink = chart::to_css(style.ink);
    let accent = chart::to_css(style.score);
    let card = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{cw}" height="{ch}" viewBox="0 0 {cw} {ch}">
<rect width="100%" height="100%" fill="{surface}"/>
<rect x="0" y="0" width="16" height="{ch}" fill="{accent}"/>
<text x="70" y="250" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="64" font-weight="700" fill="{ink}">{title}</text>
<text x="70" y="320" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="30" fill="{ink}">How do you build partnerships</text>
<text x="70" y="362" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="30" fill="{ink}">inside and outside</text>
<text x="70" y="404" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="30" fill="{ink}">your organisation?</text>
{placed}
</svg>"#,
        cw = CARD.0,
        ch = CARD.1,
        title = bank.title,
    );
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    fonts.set_sans_serif_family("DejaVu Sans");
    let tree = usvg::Tree::from_str(&card, &options).map_err(|e| e.to_string())?;
    let mut pixmap = tiny_skia::Pixmap::new(CARD.0, CARD.1).ok_or("no pixmap")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}
