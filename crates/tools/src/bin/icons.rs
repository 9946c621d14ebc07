//! Draws the web-app manifest's PNG icons from the favicon's source
//! (`assets/favicon.svg`), so the mark is drawn in one place: `icon-192.png`
//! and `icon-512.png` (the favicon filling the square, for `purpose: any`)
//! and `icon-maskable-192.png` and `icon-maskable-512.png` (a full-bleed
//! square in the manifest's theme colour with the mark inside the central
//! safe zone, which platforms may crop to a circle or a squircle). Trunk runs
//! it after each build (see `Trunk.toml`).
//!
//! Usage: `cargo run --release --bin icons -- OUT_DIR`

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    partner_radar_tools::build_step::run("icons", "OUT_DIR", |out| {
        native::draw_all(std::path::Path::new(out))
    })
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::Path;

    use resvg::{tiny_skia, usvg};

    const FAVICON: &str = include_str!("../../../../assets/favicon.svg");
    const MANIFEST: &str = include_str!("../../../../assets/manifest.webmanifest");
    /// The sizes the manifest lists.
    const SIZES: [u32; 2] = [192, 512];
    /// The maskable safe zone: a centred circle whose diameter is this
    /// fraction of the icon's size.
    const SAFE_ZONE: f64 = 0.8;

    pub fn draw_all(out: &Path) -> Result<(), String> {
        let manifest: serde_json::Value =
            serde_json::from_str(MANIFEST).map_err(|e| format!("manifest: {e}"))?;
        let brand = manifest["theme_color"]
            .as_str()
            .ok_or("the manifest has no theme_color")?;
        let (view, body) = favicon_parts(FAVICON)?;
        for size in SIZES {
            let plain = format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="{view}">{body}</svg>"#
            );
            render(&plain, size, &out.join(format!("icon-{size}.png")))?;
            let maskable = maskable_svg(size, brand, &view, &body)?;
            render(
                &maskable,
                size,
                &out.join(format!("icon-maskable-{size}.png")),
            )?;
        }
        Ok(())
    }

    /// The favicon's `viewBox` and the markup inside its root element.
    fn favicon_parts(svg: &str) -> Result<(String, String), String> {
        let open_end = svg.find('>').ok_or("favicon.svg: no root element")?;
        let open = &svg[..open_end];
        let view = open
            .split("viewBox=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .ok_or("favicon.svg: no viewBox")?;
        let close = svg.rfind("</svg>").ok_or("favicon.svg: no </svg>")?;
        Ok((view.to_owned(), svg[open_end + 1..close].to_owned()))
    }

    /// The brand colour edge to edge, and the favicon scaled so that the
    /// circle inscribed in its viewBox is the safe zone: the favicon's hexagon
    /// (stroke included) lies inside that circle, so no mask crops it.
    fn maskable_svg(size: u32, brand: &str, view: &str, body: &str) -> Result<String, String> {
        let nums: Vec<f64> = view
            .split_whitespace()
            .map(|n| n.parse::<f64>().map_err(|e| format!("viewBox: {e}")))
            .collect::<Result<_, _>>()?;
        let [.., w, h] = nums[..] else {
            return Err("viewBox: four numbers expected".into());
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

    fn render(svg: &str, size: u32, path: &Path) -> Result<(), String> {
        let tree =
            usvg::Tree::from_str(svg, &usvg::Options::default()).map_err(|e| e.to_string())?;
        let mut pixmap = tiny_skia::Pixmap::new(size, size).ok_or("no pixmap")?;
        let scale = size as f32 / tree.size().width();
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        pixmap
            .save_png(path)
            .map_err(|e| format!("{}: {e}", path.display()))
    }
}
