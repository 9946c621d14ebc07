//! Draws the web-app manifest's PNG icons from the favicon's source
//! (`assets/favicon.svg`), so the mark is drawn in one place: `icon-192.png`
//! and `icon-512.png` (the favicon filling the square, for `purpose: any`)
//! and `icon-maskable-192.png` and `icon-maskable-512.png` (a full-bleed
//! square in the manifest's theme colour with the mark inside the central
//! safe zone, which platforms may crop to a circle or a squircle).

use resvg::{tiny_skia, usvg};

use crate::dist::Dist;
use crate::error::StepError;

const FAVICON: &str = include_str!("../../../assets/favicon.svg");
const MANIFEST: &str = include_str!("../../../assets/manifest.webmanifest");
/// The sizes the manifest lists.
const SIZES: [u32; 2] = [192, 512];
/// The maskable safe zone: a centred circle whose diameter is this
/// fraction of the icon's size.
const SAFE_ZONE: f64 = 0.8;

/// Draws the four icons into the dist.
pub fn run(dist: &Dist) -> Result<(), StepError> {
    let brand = theme_colour(MANIFEST)?;
    let (view, body) = favicon_parts(FAVICON)?;
    for size in SIZES {
        let plain = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="{view}">{body}</svg>"#
        );
        render(dist, &plain, size, &format!("icon-{size}.png"))?;
        let maskable = maskable_svg(size, &brand, &view, &body)?;
        render(dist, &maskable, size, &format!("icon-maskable-{size}.png"))?;
    }
    Ok(())
}

/// The manifest's `theme_color`, the maskable icons' background.
fn theme_colour(manifest: &str) -> Result<String, StepError> {
    const FILE: &str = "assets/manifest.webmanifest";
    let manifest: serde_json::Value =
        serde_json::from_str(manifest).map_err(|e| StepError::unexpected(FILE, e.to_string()))?;
    manifest["theme_color"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| StepError::unexpected(FILE, "no theme_color"))
}

/// The favicon's `viewBox` and the markup inside its root element.
fn favicon_parts(svg: &str) -> Result<(String, String), StepError> {
    const FILE: &str = "assets/favicon.svg";
    let open_end = svg
        .find('>')
        .ok_or_else(|| StepError::unexpected(FILE, "no root element"))?;
    let view = svg[..open_end]
        .split("viewBox=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or_else(|| StepError::unexpected(FILE, "no viewBox on the root element"))?;
    let close = svg
        .rfind("</svg>")
        .ok_or_else(|| StepError::unexpected(FILE, "no </svg>"))?;
    Ok((view.to_owned(), svg[open_end + 1..close].to_owned()))
}

/// The brand colour edge to edge, and the favicon scaled so that the
/// circle inscribed in its viewBox is the safe zone: the favicon's hexagon
/// (stroke included) lies inside that circle, so no mask crops it.
fn maskable_svg(size: u32, brand: &str, view: &str, body: &str) -> Result<String, StepError> {
    let bad = || {
        StepError::unexpected(
            "assets/favicon.svg",
            format!("viewBox \"{view}\" is not four numbers"),
        )
    };
    let nums: Vec<f64> = view
        .split_whitespace()
        .map(|n| n.parse::<f64>().map_err(|_| bad()))
        .collect::<Result<_, _>>()?;
    let [_, _, w, h] = nums[..] else {
        return Err(bad());
    };
    let s = f64::from(size);
    let side = s * SAFE_ZONE;
    let (mw, mh) = if w >= h {
        (side, side * h / w)
    } else {
        (side * w / h, side)
    };
    Ok(format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}"><rect width="{size}" height="{size}" fill="{brand}"/><svg x="{x}" y="{y}" width="{mw}" height="{mh}" viewBox="{view}">{body}</svg></svg>"#,
        x = (s - mw) / 2.0,
        y = (s - mh) / 2.0,
    ))
}

fn render(dist: &Dist, svg: &str, size: u32, name: &str) -> Result<(), StepError> {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default())
        .map_err(|e| StepError::unexpected(name, format!("cannot draw: {e}")))?;
    let mut pixmap = tiny_skia::Pixmap::new(size, size)
        .ok_or_else(|| StepError::unexpected(name, "no pixmap"))?;
    let scale = size as f32 / tree.size().width();
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let png = pixmap.encode_png().map_err(|e| StepError::io(name, e))?;
    dist.write(name, png)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_favicon_splits_into_its_view_box_and_its_markup() {
        let (view, body) = favicon_parts(FAVICON).unwrap();
        assert_eq!(view.split_whitespace().count(), 4);
        assert!(body.contains('<'), "{body}");
        let (view, body) = favicon_parts(r#"<svg viewBox="0 0 8 4"><path/></svg>"#).unwrap();
        assert_eq!((view.as_str(), body.as_str()), ("0 0 8 4", "<path/>"));
        assert_eq!(theme_colour(MANIFEST).unwrap().len(), 7);
    }

    #[test]
    fn the_maskable_mark_fills_the_safe_zone_centred() {
        let svg = maskable_svg(100, "#123456", "0 0 8 4", "<path/>").unwrap();
        assert!(svg.contains(r##"fill="#123456""##), "{svg}");
        assert!(
            svg.contains(
                r#"<svg x="10" y="30" width="80" height="40" viewBox="0 0 8 4"><path/></svg>"#
            ),
            "{svg}"
        );
    }

    #[test]
    fn a_favicon_or_manifest_without_what_the_icons_need_stops_the_build() {
        let message = |r: Result<(String, String), StepError>| r.unwrap_err().to_string();
        assert_eq!(
            message(favicon_parts("svg")),
            "assets/favicon.svg: no root element"
        );
        assert_eq!(
            message(favicon_parts("<svg></svg>")),
            "assets/favicon.svg: no viewBox on the root element"
        );
        assert_eq!(
            message(favicon_parts(r#"<svg viewBox="0 0 1 1">"#)),
            "assets/favicon.svg: no </svg>"
        );
        assert_eq!(
            maskable_svg(1, "#000", "0 0 1", "")
                .unwrap_err()
                .to_string(),
            "assets/favicon.svg: viewBox \"0 0 1\" is not four numbers"
        );
        assert_eq!(
            theme_colour("{}").unwrap_err().to_string(),
            "assets/manifest.webmanifest: no theme_color"
        );
    }
}
