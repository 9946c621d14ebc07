//! The staged dist folder that Trunk hands to the post-build step, and the
//! build's file names in it. Errors name files relative to the folder.

use std::path::{Path, PathBuf};

use crate::error::StepError;

/// The app's name in Trunk's output: `partner-radar-<hash>.js` and `…_bg.wasm`.
pub const APP: &str = "partner-radar";

/// The staged dist folder.
#[derive(Debug, Clone)]
pub struct Dist {
    dir: PathBuf,
}

impl Dist {
    /// The dist at `dir`; fails when it is not a folder with an `index.html`.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, StepError> {
        let dir = dir.into();
        if !dir.join("index.html").is_file() {
            return Err(StepError::unexpected(
                dir.display().to_string(),
                "not a built dist (no index.html)",
            ));
        }
        Ok(Self { dir })
    }

    /// The folder itself.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The path of `name` in the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The text of `name`.
    pub fn read(&self, name: &str) -> Result<String, StepError> {
        std::fs::read_to_string(self.path(name)).map_err(|e| StepError::io(name, e))
    }

    /// The bytes of `name`.
    pub fn read_bytes(&self, name: &str) -> Result<Vec<u8>, StepError> {
        std::fs::read(self.path(name)).map_err(|e| StepError::io(name, e))
    }

    /// Writes `contents` to `name`.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> Result<(), StepError> {
        std::fs::write(self.path(name), contents).map_err(|e| StepError::io(name, e))
    }

    /// Removes `name`.
    pub fn remove(&self, name: &str) -> Result<(), StepError> {
        std::fs::remove_file(self.path(name)).map_err(|e| StepError::io(name, e))
    }

    /// Every file in the folder and below it, as `/`-separated paths, sorted;
    /// hidden files (Trunk's own) left out.
    pub fn files(&self) -> Result<Vec<String>, StepError> {
        let mut out = Vec::new();
        walk(&self.dir, "", &mut out)?;
        out.sort();
        Ok(out)
    }

    /// The one file whose name `is` (described by `what`), failing on none or several.
    pub fn one(&self, what: &str, is: impl Fn(&str) -> bool) -> Result<String, StepError> {
        one_of(&self.files()?, what, is)
    }
}

fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), StepError> {
    let shown = if prefix.is_empty() { "." } else { prefix };
    let entries = std::fs::read_dir(dir).map_err(|e| StepError::io(shown, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| StepError::io(shown, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{prefix}{name}");
        if entry.path().is_dir() {
            walk(&entry.path(), &format!("{rel}/"), out)?;
        } else {
            out.push(rel);
        }
    }
    Ok(())
}

/// The one name in `files` that `is` (described by `what`).
pub fn one_of(
    files: &[String],
    what: &str,
    is: impl Fn(&str) -> bool,
) -> Result<String, StepError> {
    let found: Vec<&String> = files.iter().filter(|f| is(f)).collect();
    match found[..] {
        [one] => Ok(one.clone()),
        [] => Err(StepError::unexpected("dist", format!("no {what}"))),
        _ => Err(StepError::unexpected(
            "dist",
            format!(
                "{} files look like {what}, expected one: {}",
                found.len(),
                found
                    .iter()
                    .map(|f| f.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

/// `name` without its hash: `Some("tokens")` for `tokens-0123456789abcdef.css`
/// with `ext` "css". Trunk names each file it processes `<stem>-<hash>` (the
/// wasm `<stem>-<hash>_bg`), the hash a 64-bit number in hex without leading
/// zeros, so it may be shorter than 16 digits; fewer than 10 is taken for a
/// plain name (`icon-192`): one hash in 268 million is that short.
pub fn hashed_stem<'a>(name: &'a str, ext: &str) -> Option<&'a str> {
    let base = name.strip_suffix(ext)?.strip_suffix('.')?;
    let base = base.strip_suffix("_bg").unwrap_or(base);
    let (stem, hash) = base.rsplit_once('-')?;
    let hex = (10..=16).contains(&hash.len())
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    (hex && !stem.is_empty()).then_some(stem)
}

/// Whether `name` carries a content hash, so that its bytes never change.
pub fn is_hashed(name: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name);
    file.rsplit_once('.')
        .is_some_and(|(_, ext)| hashed_stem(file, ext).is_some())
}

/// Whether `name` is the wasm-bindgen glue, `partner-radar-<hash>.js`.
pub fn is_glue(name: &str) -> bool {
    hashed_stem(name, "js") == Some(APP)
}

/// Whether `name` is the app's wasm, `partner-radar-<hash>_bg.wasm`.
pub fn is_wasm(name: &str) -> bool {
    name.ends_with("_bg.wasm") && hashed_stem(name, "wasm") == Some(APP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_told_from_plain_ones() {
        assert_eq!(
            hashed_stem("tokens-0123456789abcdef.css", "css"),
            Some("tokens")
        );
        assert_eq!(
            hashed_stem("partner-radar-0123456789abcdef.css", "css"),
            Some("partner-radar")
        );
        assert_eq!(hashed_stem("base-798841640d36d56.css", "css"), Some("base"));
        assert_eq!(hashed_stem("tokens-extra.css", "css"), None);
        assert_eq!(hashed_stem("tokens-0123456789abcdef0.css", "css"), None);
        assert_eq!(hashed_stem("tokens-0123456789ABCDEF.css", "css"), None);
        assert_eq!(hashed_stem("-0123456789abcdef.css", "css"), None);
        assert!(is_hashed("partner-radar-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("snippets/x-0123456789abcdef.js"));
        assert!(!is_hashed("partner-radar.mjs"));
        assert!(!is_hashed("icon-192.png"));
        assert!(is_glue("partner-radar-0123456789abcdef.js"));
        assert!(!is_glue("partner-radar.mjs"));
        assert!(is_wasm("partner-radar-0123456789abcdef_bg.wasm"));
        assert!(!is_wasm("partner-radar-0123456789abcdef.wasm"));
    }

    #[test]
    fn exactly_one_file_is_found_or_the_step_says_what_is_missing() {
        let files = ["a-0123456789abcdef.js".to_owned(), "b.css".to_owned()];
        assert_eq!(
            one_of(&files, "glue", |f| f.ends_with(".js")).unwrap(),
            files[0]
        );
        assert_eq!(
            one_of(&files, "wasm (partner-radar-<hash>_bg.wasm)", is_wasm)
                .unwrap_err()
                .to_string(),
            "dist: no wasm (partner-radar-<hash>_bg.wasm)"
        );
        assert_eq!(
            one_of(&files, "file", |_| true).unwrap_err().to_string(),
            "dist: 2 files look like file, expected one: a-0123456789abcdef.js, b.css"
        );
    }

    #[test]
    fn a_folder_without_index_html_is_not_a_dist() {
        let err = Dist::open("/nonexistent/dist").unwrap_err().to_string();
        assert_eq!(err, "/nonexistent/dist: not a built dist (no index.html)");
    }
}
