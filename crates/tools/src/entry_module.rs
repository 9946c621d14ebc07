//! Writes `partner-radar.mjs`, the stable, unhashed entry module, from
//! `web/partner-radar.mjs.in` with the build's hashed names. index.html loads
//! the app through it (so the page needs no inline script under a strict
//! CSP), and so can any host page.

use crate::dist::{is_glue, is_wasm, one_of, Dist};
use crate::error::{replace_once, StepError};
use crate::stylesheets;

/// The entry module's name in the dist.
pub const FILE: &str = "partner-radar.mjs";
const TEMPLATE_FILE: &str = "web/partner-radar.mjs.in";
const TEMPLATE: &str = include_str!("../../../web/partner-radar.mjs.in");

/// Writes the entry module into the dist.
pub fn run(dist: &Dist) -> Result<(), StepError> {
    let files = dist.files()?;
    let glue = one_of(&files, "JS glue (partner-radar-<hash>.js)", is_glue)?;
    let wasm = one_of(&files, "wasm (partner-radar-<hash>_bg.wasm)", is_wasm)?;
    let sheets = stylesheets::linked(stylesheets::SOURCE, &dist.read("index.html")?)?;
    let css = stylesheets::for_the_app(&sheets);
    dist.write(FILE, module(TEMPLATE, &glue, &wasm, &css)?)
}

/// `template` with the glue's, the wasm's and the stylesheets' names in place
/// of `__JS__`, `__WASM__` and `__CSS__`.
pub fn module(template: &str, glue: &str, wasm: &str, css: &[String]) -> Result<String, StepError> {
    let text = replace_once(TEMPLATE_FILE, template, "__JS__", &format!("./{glue}"))?;
    let text = replace_once(TEMPLATE_FILE, &text, "__WASM__", &format!("./{wasm}"))?;
    replace_once(TEMPLATE_FILE, &text, "__CSS__", &css_list(css))
}

/// The stylesheets as the module lists them: a JSON array of names.
pub fn css_list(css: &[String]) -> String {
    serde_json::to_string(css).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_go_in_their_places() {
        let out = module(
            "for (const css of __CSS__) x(css);\nimport('__JS__');\ninit('__WASM__');",
            "partner-radar-0123456789abcdef.js",
            "partner-radar-0123456789abcdef_bg.wasm",
            &["a.css".to_owned(), "b.css".to_owned()],
        )
        .unwrap();
        assert_eq!(
            out,
            "for (const css of [\"a.css\",\"b.css\"]) x(css);\nimport('./partner-radar-0123456789abcdef.js');\ninit('./partner-radar-0123456789abcdef_bg.wasm');"
        );
    }

    #[test]
    fn the_template_holds_each_marker_once() {
        assert!(module(TEMPLATE, "g.js", "w.wasm", &[]).is_ok());
    }

    #[test]
    fn a_missing_or_repeated_marker_stops_the_build() {
        assert_eq!(
            module("__CSS__ __JS__", "g.js", "w.wasm", &[])
                .unwrap_err()
                .to_string(),
            "web/partner-radar.mjs.in: no `__WASM__`"
        );
        assert_eq!(
            module("__JS__ __WASM__ __CSS__ __CSS__", "g.js", "w.wasm", &[])
                .unwrap_err()
                .to_string(),
            "web/partner-radar.mjs.in: `__CSS__` is there 2 times, expected once"
        );
    }
}
