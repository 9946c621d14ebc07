//! Writes the welcome screen into `index.html`, rendered by Yew's server
//! renderer from the same views as the app (`app::FirstPaint`), so its text
//! and Start buttons paint before the wasm arrives. It also drops the preload
//! links Trunk adds for the wasm and its JS glue: fetched only after that
//! first paint (the entry module waits for it), they would compete with the
//! stylesheets the paint needs.

use partner_radar::app::{FirstPaint, FIRST_PAINT_MARK};

use crate::dist::Dist;
use crate::error::{expect_once, StepError};
use crate::html::{splice, start_tags};

/// The mount element as index.html writes it.
pub const MOUNT: &str = r#"<div id="partner-radar" class="pr-root">"#;

/// Renders the welcome screen into the dist's `index.html` and drops the preloads.
pub fn run(dist: &Dist) -> Result<(), StepError> {
    let page = dist.read("index.html")?;
    let page = with_first_paint(&page, &render())?;
    let page = without_preloads(&page)?;
    dist.write("index.html", page)
}

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
pub fn with_first_paint(page: &str, first_paint: &str) -> Result<String, StepError> {
    if page.contains(FIRST_PAINT_MARK) {
        return Err(StepError::unexpected(
            "index.html",
            format!("already has a first paint ({FIRST_PAINT_MARK})"),
        ));
    }
    if !first_paint.contains(FIRST_PAINT_MARK) {
        return Err(StepError::unexpected(
            "FirstPaint",
            "the welcome screen did not render",
        ));
    }
    expect_once("index.html", page, MOUNT)?;
    let start = page.find(MOUNT).unwrap_or_default();
    let end = page[start..]
        .find("</div>")
        .map(|i| start + i)
        .ok_or_else(|| StepError::unexpected("index.html", "the mount element is not closed"))?;
    let inner = page[start + MOUNT.len()..end].trim_end();
    Ok(format!(
        "{}{MOUNT}{inner}{first_paint}\n  {}",
        &page[..start],
        &page[end..]
    ))
}

/// `page` without Trunk's `<link rel="modulepreload">` (the glue) and
/// `<link rel="preload">` (the wasm), each of which must be there once.
pub fn without_preloads(page: &str) -> Result<String, StepError> {
    let links = start_tags("index.html", page, "link")?;
    let mut cut = Vec::new();
    for rel in ["modulepreload", "preload"] {
        let found: Vec<_> = links
            .iter()
            .filter(|l| l.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case(rel)))
            .collect();
        if found.len() != 1 {
            return Err(StepError::Marker {
                file: "index.html".into(),
                marker: format!("<link rel=\"{rel}\"> (Trunk's preload of the app)"),
                found: found.len(),
            });
        }
        cut.push((found[0].line_range(), String::new()));
    }
    Ok(splice(page, cut))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<body>\n  <div id=\"partner-radar\" class=\"pr-root\">\n    <noscript>x</noscript>\n  </div>\n</body>";

    #[test]
    fn the_welcome_screen_goes_inside_the_mount_element_once() {
        let shown = render();
        assert!(shown.contains("Start the quick check"), "{shown}");
        assert!(shown.contains(r#"data-length="full""#));
        let out = with_first_paint(PAGE, &shown).expect("a mount element");
        assert!(out.contains("<noscript>x</noscript><div data-first-paint=\"\" "));
        assert!(out.contains(r#"class="pr-app""#));
        assert!(out.ends_with("</div>\n</body>"));
    }

    #[test]
    fn a_missing_or_repeated_mount_element_or_a_second_run_stops_the_build() {
        let shown = render();
        let out = with_first_paint(PAGE, &shown).unwrap();
        assert_eq!(
            with_first_paint(&out, &shown).unwrap_err().to_string(),
            "index.html: already has a first paint (data-first-paint)"
        );
        assert_eq!(
            with_first_paint("<body></body>", &shown)
                .unwrap_err()
                .to_string(),
            r#"index.html: no `<div id="partner-radar" class="pr-root">`"#
        );
        let twice = PAGE.replace("</body>", &format!("{MOUNT}</div></body>"));
        assert_eq!(
            with_first_paint(&twice, &shown).unwrap_err().to_string(),
            r#"index.html: `<div id="partner-radar" class="pr-root">` is there 2 times, expected once"#
        );
        assert_eq!(
            with_first_paint(&format!("<body>{MOUNT}"), &shown)
                .unwrap_err()
                .to_string(),
            "index.html: the mount element is not closed"
        );
        assert_eq!(
            with_first_paint(PAGE, "<p></p>").unwrap_err().to_string(),
            "FirstPaint: the welcome screen did not render"
        );
    }

    #[test]
    fn the_preloads_go_with_their_lines_and_every_other_link_stays() {
        let head = "<head>\n  <link rel=\"stylesheet\" href=\"a.css\">\n  <link rel=\"modulepreload\" href=\"x.js\" integrity=\"y\">\n  <link rel=\"preload\" href=\"x.wasm\" as=\"fetch\">\n  <link rel=\"icon\" href=\"f.svg\">\n</head>";
        assert_eq!(
            without_preloads(head).unwrap(),
            "<head>\n  <link rel=\"stylesheet\" href=\"a.css\">\n  <link rel=\"icon\" href=\"f.svg\">\n</head>"
        );
    }

    #[test]
    fn a_missing_preload_stops_the_build() {
        assert_eq!(
            without_preloads("<link rel=\"preload\" href=\"x.wasm\">")
                .unwrap_err()
                .to_string(),
            "index.html: no <link rel=\"modulepreload\"> (Trunk's preload of the app)"
        );
        assert_eq!(
            without_preloads("<link rel=\"modulepreload\"><link rel=\"preload\"><link rel=\"preload\">")
                .unwrap_err()
                .to_string(),
            "index.html: <link rel=\"preload\"> (Trunk's preload of the app) is there 2 times, expected once"
        );
    }
}
