//! Minifies the staged JavaScript and CSS in place with esbuild (the npm
//! package pinned in package.json, from node_modules/.bin). Trunk's own
//! `--minify` would also rewrite index.html, which the welcome screen is
//! written into, and its JavaScript minifier cannot parse wasm-bindgen's glue.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::dist::{is_glue, Dist};
use crate::entry_module;
use crate::error::StepError;

/// esbuild as `npm ci` installs it beside the workspace.
const ESBUILD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../node_modules/.bin/esbuild"
);

/// How esbuild reads a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An ES module (the glue, the entry module): top-level names may shrink.
    Module,
    /// A classic script (embed.js, on host pages): its top-level names stay.
    Script,
    /// A stylesheet.
    Css,
}

impl Kind {
    fn args(self) -> &'static [&'static str] {
        match self {
            Self::Module => &["--loader=js", "--format=esm"],
            Self::Script => &["--loader=js"],
            Self::Css => &["--loader=css"],
        }
    }
}

/// How `name` is minified; `None` for a file that is not JavaScript or CSS.
/// A script it does not know stops the build: minified wrongly, it could break.
pub fn kind(name: &str) -> Result<Option<Kind>, StepError> {
    Ok(if is_glue(name) || name == entry_module::FILE {
        Some(Kind::Module)
    } else if name == "embed.js" {
        Some(Kind::Script)
    } else if name.ends_with(".css") {
        Some(Kind::Css)
    } else if name.ends_with(".js") || name.ends_with(".mjs") {
        return Err(StepError::unexpected(
            name,
            "a script the post-build step does not know how to minify (see crates/tools/src/minify.rs)",
        ));
    } else {
        None
    })
}

/// Minifies every script and stylesheet in the dist; the glue, the entry
/// module and embed.js must be there.
pub fn run(dist: &Dist) -> Result<(), StepError> {
    let files = dist.files()?;
    for expected in [entry_module::FILE, "embed.js"] {
        if !files.iter().any(|f| f == expected) {
            return Err(StepError::io(expected, "missing: nothing to minify"));
        }
    }
    let (mut before, mut after) = (0, 0);
    for name in &files {
        let Some(kind) = kind(name)? else { continue };
        let source = dist.read(name)?;
        let code = esbuild(kind, &source).map_err(|why| StepError::unexpected(name, why))?;
        before += source.len();
        after += code.len();
        dist.write(name, code)?;
    }
    println!("postbuild: minified {before} -> {after} bytes of JS and CSS");
    Ok(())
}

/// `source` minified by esbuild as `kind`, without comments.
pub fn esbuild(kind: Kind, source: &str) -> Result<String, String> {
    let mut child = Command::new(ESBUILD)
        .args([
            "--minify",
            "--legal-comments=none",
            "--log-level=warning",
            "--color=false",
        ])
        .args(kind.args())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {ESBUILD} ({e}): run `npm ci` (scripts/setup.sh does)"))?;
    let mut stdin = child.stdin.take().ok_or("esbuild has no stdin")?;
    // Written from a thread, so a large file cannot fill both pipes at once.
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    writer
        .join()
        .map_err(|_| "writing to esbuild failed".to_owned())?
        .map_err(|e| e.to_string())?;
    let said = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(format!("esbuild failed: {}", said.trim()));
    }
    // Warnings go to the build log.
    eprint!("{said}");
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_file_is_minified_as_what_it_is() {
        assert_eq!(
            kind("partner-radar-0123456789abcdef.js").unwrap(),
            Some(Kind::Module)
        );
        assert_eq!(kind("partner-radar.mjs").unwrap(), Some(Kind::Module));
        assert_eq!(kind("embed.js").unwrap(), Some(Kind::Script));
        assert_eq!(kind("page-0123456789abcdef.css").unwrap(), Some(Kind::Css));
        assert_eq!(
            kind("partner-radar-0123456789abcdef_bg.wasm").unwrap(),
            None
        );
        assert_eq!(kind("index.html").unwrap(), None);
    }

    #[test]
    fn an_unknown_script_stops_the_build() {
        assert_eq!(
            kind("snippets/x.js").unwrap_err().to_string(),
            "snippets/x.js: a script the post-build step does not know how to minify (see crates/tools/src/minify.rs)"
        );
    }

    #[test]
    fn esbuild_minifies_modules_scripts_and_css() {
        assert_eq!(
            esbuild(Kind::Css, "/* why */\n.a {\n  color: #ffffff;\n}\n").unwrap(),
            ".a{color:#fff}\n"
        );
        let module = esbuild(
            Kind::Module,
            "// why\nconst long = 1;\nexport { long as default };\n",
        )
        .unwrap();
        assert!(
            !module.contains("why") && module.contains("export"),
            "{module}"
        );
        let script = esbuild(Kind::Script, "var keepMe = 1;\n").unwrap();
        assert!(script.contains("keepMe"), "{script}");
        let broken = esbuild(Kind::Module, "const = 1;").unwrap_err();
        assert!(
            broken.starts_with("esbuild failed: ✘ [ERROR] Expected identifier"),
            "{broken}"
        );
    }
}
