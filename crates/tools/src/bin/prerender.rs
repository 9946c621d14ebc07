//! Writes the welcome screen into `index.html` at build time, rendered by
//! Yew's server renderer from the same views as the app
//! (`app::FirstPaint`), so its text and Start buttons paint before the wasm
//! arrives. It also drops the preload links Trunk adds for the wasm and its
//! JS glue: fetched only after that first paint (the entry module waits for
//! it), they no longer compete with the stylesheets the paint needs.
//! Trunk runs it after each build (see `Trunk.toml`).
//!
//! Usage: `cargo run --release --bin prerender -- DIST_DIR`

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    partner_radar_tools::build_step::run("prerender", "DIST_DIR", |dir| {
        let path = std::path::Path::new(dir).join("index.html");
        std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: {e}", path.display()))
            .and_then(|page| native::with_first_paint(&page, &native::render()))
            .map(|page| native::without_preloads(&page))
            .and_then(|page| {
                std::fs::write(&path, page).map_err(|e| format!("{}: {e}", path.display()))
            })
    })
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use partner_radar::app::{FirstPaint, FIRST_PAINT_MARK};

    /// The mount element as index.html writes it.
    const MOUNT: &str = r#"<div id="partner-radar" class="pr-root">"#;

    /// The welcome screen's markup, marked so the app can remove it.
    pub fn render() -> String {
        let html = futures::executor::block_on(
            yew::LocalServerRenderer::<FirstPaint>::new()
                .hydratable(false)
                .render(),
        );
        match html.strip_prefix("<div ") {
            Some(rest) => format!(r#"<div {FIRST_PAINT_MARK}="" {rest}"#),
            None => html,
        }
    }

    /// `page` with `first_paint` as the last child of the mount element.
    pub fn with_first_paint(page: &str, first_paint: &str) -> Result<String, String> {
        if page.contains(FIRST_PAINT_MARK) {
            return Err("index.html already has a first paint".into());
        }
        if !first_paint.contains(FIRST_PAINT_MARK) {
            return Err("the welcome screen did not render".into());
        }
        let start = page
            .find(MOUNT)
            .ok_or_else(|| format!("index.html has no {MOUNT}"))?;
        let end = page[start..]
            .find("</div>")
            .map(|i| start + i)
            .ok_or("the mount element is not closed")?;
        let inner = page[start + MOUNT.len()..end].trim_end();
        Ok(format!(
            "{}{}{inner}{first_paint}\n  {}",
            &page[..start],
            MOUNT,
            &page[end..]
        ))
    }

    /// `page` without `<link rel="preload">` and `<link rel="modulepreload">` tags.
    pub fn without_preloads(page: &str) -> String {
        let mut out = String::with_capacity(page.len());
        let mut rest = page;
        while let Some(at) = rest.find("<link ") {
            let (before, tag_on) = rest.split_at(at);
            out.push_str(before);
            let end = tag_on.find('>').map_or(tag_on.len(), |i| i + 1);
            let tag = &tag_on[..end];
            if !(tag.contains(r#"rel="preload""#) || tag.contains(r#"rel="modulepreload""#)) {
                out.push_str(tag);
            }
            rest = &tag_on[end..];
        }
        out.push_str(rest);
        out
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_welcome_screen_goes_inside_the_mount_element_once() {
            let page = "<body>\n  <div id=\"partner-radar\" class=\"pr-root\">\n    <noscript>x</noscript>\n  </div>\n</body>";
            let shown = render();
            assert!(shown.contains("Start the quick check"), "{shown}");
            assert!(shown.contains(r#"data-length="full""#));
            let out = with_first_paint(page, &shown).expect("a mount element");
            assert!(out.contains("<noscript>x</noscript><div data-first-paint=\"\" "));
            assert!(out.contains(r#"class="pr-app""#));
            assert!(out.ends_with("</div>\n</body>"));
            assert!(with_first_paint(&out, &shown).is_err(), "never twice");
            assert!(with_first_paint("<body></body>", &shown).is_err());
        }

        #[test]
        fn preloads_go_and_every_other_link_stays() {
            let head = r#"<link rel="stylesheet" href="a.css"><link rel="modulepreload" href="x.js" integrity="y"><link rel="preload" href="x.wasm" as="fetch"><link rel="icon" href="f.svg"></head>"#;
            assert_eq!(
                without_preloads(head),
                r#"<link rel="stylesheet" href="a.css"><link rel="icon" href="f.svg"></head>"#
            );
        }
    }
}
