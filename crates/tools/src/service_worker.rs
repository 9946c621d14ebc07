//! Writes `sw.js`, the service worker, from `web/sw.js.in`: the files the app
//! needs offline, split into those named after their contents (taken from the
//! HTTP cache) and those that keep their names (revalidated), and a cache
//! named after a hash of them all, so any change to any of them makes a new
//! worker and a new cache. It runs last: it hashes the files as they ship.

use sha2::{Digest, Sha256};

use crate::dist::{is_glue, is_hashed, is_wasm, Dist};
use crate::entry_module;
use crate::error::{replace_once, StepError};

/// The worker's name in the dist.
pub const FILE: &str = "sw.js";
const TEMPLATE_FILE: &str = "web/sw.js.in";
const TEMPLATE: &str = include_str!("../../../web/sw.js.in");

/// Files the worker leaves out: itself; the link-preview image, which only
/// link previews fetch; and embed.js, which host pages load, and no host page
/// is under the worker's scope.
pub const NOT_PRECACHED: [&str; 3] = [FILE, "social.png", "embed.js"];

/// Tells one kind of file by its name.
type IsFile = fn(&str) -> bool;

/// What the worker precaches, from every file in the dist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Precache {
    /// Files named after their contents, taken from the HTTP cache.
    pub hashed: Vec<String>,
    /// Files that keep their names, revalidated; `./` (the scope's page) first.
    pub fresh: Vec<String>,
}

impl Precache {
    /// Sorts `files` (the dist's) into the two lists; fails unless the page,
    /// the entry module, the glue and the wasm are among them.
    pub fn of(files: &[String]) -> Result<Self, StepError> {
        let needed: [(&str, IsFile); 4] = [
            ("index.html", |f| f == "index.html"),
            (entry_module::FILE, |f| f == entry_module::FILE),
            ("JS glue (partner-radar-<hash>.js)", is_glue),
            ("wasm (partner-radar-<hash>_bg.wasm)", is_wasm),
        ];
        for (what, is) in needed {
            if !files.iter().any(|f| is(f)) {
                return Err(StepError::unexpected(
                    "dist",
                    format!("no {what} to precache"),
                ));
            }
        }
        let kept = files
            .iter()
            .filter(|f| !NOT_PRECACHED.contains(&f.as_str()));
        let (hashed, fresh): (Vec<String>, Vec<String>) = kept.cloned().partition(|f| is_hashed(f));
        Ok(Self {
            hashed,
            fresh: std::iter::once("./".to_owned()).chain(fresh).collect(),
        })
    }

    /// Every file listed but `./`.
    pub fn files(&self) -> impl Iterator<Item = &String> {
        self.hashed.iter().chain(self.fresh.iter().skip(1))
    }
}

/// Writes the worker into the dist.
pub fn run(dist: &Dist) -> Result<(), StepError> {
    let precache = Precache::of(&dist.files()?)?;
    let mut sum = Sha256::new();
    for name in precache.files() {
        sum.update(name.as_bytes());
        sum.update([0]);
        sum.update(Sha256::digest(dist.read_bytes(name)?));
    }
    let hash = format!("{:x}", sum.finalize());
    dist.write(FILE, worker(TEMPLATE, &precache, &hash[..12])?)
}

/// `template` with the lists and the cache's hash in place of `__HASHED__`,
/// `__FRESH__` and `__VERSION__`, and without its comment lines (the worker
/// counts against the size budget), but for a first line saying where it
/// comes from.
pub fn worker(template: &str, precache: &Precache, hash: &str) -> Result<String, StepError> {
    let code: String = template
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| format!("{l}\n"))
        .collect();
    let list = |files: &[String]| -> String {
        files
            .iter()
            .map(|f| format!("  {},", serde_json::Value::from(f.as_str())))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let code = replace_once(TEMPLATE_FILE, &code, "__HASHED__", &list(&precache.hashed))?;
    let code = replace_once(TEMPLATE_FILE, &code, "__FRESH__", &list(&precache.fresh))?;
    let code = replace_once(TEMPLATE_FILE, &code, "__VERSION__", hash)?;
    Ok(format!(
        "// Partner Radar's service worker, written from {TEMPLATE_FILE} by the post-build step.\n{code}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist_files() -> Vec<String> {
        [
            "embed.js",
            "favicon.svg",
            "icon-192.png",
            "index.html",
            "manifest.webmanifest",
            "page-0123456789abcdef.css",
            "partner-radar-0123456789abcdef.js",
            "partner-radar-0123456789abcdef_bg.wasm",
            "partner-radar-fedcba9876543210.css",
            "partner-radar.mjs",
            "social.png",
            "sw.js",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn hashed_files_and_named_files_are_precached_apart_and_social_png_and_embed_js_not_at_all() {
        let p = Precache::of(&dist_files()).unwrap();
        assert_eq!(
            p.hashed,
            [
                "page-0123456789abcdef.css",
                "partner-radar-0123456789abcdef.js",
                "partner-radar-0123456789abcdef_bg.wasm",
                "partner-radar-fedcba9876543210.css",
            ]
        );
        assert_eq!(
            p.fresh,
            [
                "./",
                "favicon.svg",
                "icon-192.png",
                "index.html",
                "manifest.webmanifest",
                "partner-radar.mjs"
            ]
        );
        assert_eq!(p.files().count(), 9);
    }

    #[test]
    fn a_dist_without_what_the_app_needs_offline_stops_the_build() {
        let without = |name: &str| {
            let files: Vec<String> = dist_files().into_iter().filter(|f| f != name).collect();
            Precache::of(&files).unwrap_err().to_string()
        };
        assert_eq!(without("index.html"), "dist: no index.html to precache");
        assert_eq!(
            without("partner-radar.mjs"),
            "dist: no partner-radar.mjs to precache"
        );
        assert_eq!(
            without("partner-radar-0123456789abcdef.js"),
            "dist: no JS glue (partner-radar-<hash>.js) to precache"
        );
        assert_eq!(
            without("partner-radar-0123456789abcdef_bg.wasm"),
            "dist: no wasm (partner-radar-<hash>_bg.wasm) to precache"
        );
    }

    #[test]
    fn the_worker_lists_both_and_names_its_cache() {
        let p = Precache {
            hashed: vec!["a-0123456789abcdef.css".into()],
            fresh: vec!["./".into(), "index.html".into()],
        };
        let out = worker(
            "// why\nconst HASHED = [\n__HASHED__\n];\n  // why\nconst FRESH = [\n__FRESH__\n];\nconst CACHE = `p-__VERSION__`;\n",
            &p,
            "0123456789ab",
        )
        .unwrap();
        assert_eq!(
            out,
            "// Partner Radar's service worker, written from web/sw.js.in by the post-build step.\nconst HASHED = [\n  \"a-0123456789abcdef.css\",\n];\nconst FRESH = [\n  \"./\",\n  \"index.html\",\n];\nconst CACHE = `p-0123456789ab`;\n"
        );
    }

    #[test]
    fn the_template_holds_each_marker_once_and_a_missing_one_stops_the_build() {
        let p = Precache::of(&dist_files()).unwrap();
        let out = worker(TEMPLATE, &p, "0123456789ab").unwrap();
        assert!(
            out.contains("{ cache: 'no-cache' }") && !out.contains("social.png"),
            "{out}"
        );
        assert_eq!(
            worker("__HASHED__ __VERSION__", &p, "x")
                .unwrap_err()
                .to_string(),
            "web/sw.js.in: no `__FRESH__`"
        );
    }
}
