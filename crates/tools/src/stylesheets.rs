//! The app's stylesheets: which ones index.html links (every `rel="css"` of
//! the project's index.html, once each), and joining all but the standalone
//! page's own frame into one `partner-radar-<hash>.css`. One stylesheet
//! compresses better than six (gzip sees them together) and a page makes one
//! request; host pages that mount the app never load `page.css`, so it stays
//! apart.

use sha2::{Digest, Sha256};

use crate::dist::{hashed_stem, Dist, APP};
use crate::entry_module;
use crate::error::{replace_once, StepError};
use crate::html::{splice, start_tags};

/// The project's index.html, whose `data-trunk rel="css"` links are the stylesheets Trunk builds.
pub const SOURCE: &str = include_str!("../../../index.html");
/// How errors name the project's index.html, apart from the staged one.
const SOURCE_FILE: &str = "index.html (the project's)";
/// The standalone page's own frame (`styles/page.css`), kept out of the join.
pub const PAGE_ONLY: &str = "page";

/// One stylesheet as the staged index.html links it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stylesheet {
    /// Its source's file stem, `tokens` for `styles/tokens.css`.
    pub stem: String,
    /// Its hashed name in the dist, `tokens-<hash>.css`.
    pub name: String,
}

/// The stylesheets the staged index.html (`staged`) links, in the order of
/// the project's index.html (`source`): one for each of its `data-trunk
/// rel="css"` links, and no other.
pub fn linked(source: &str, staged: &str) -> Result<Vec<Stylesheet>, StepError> {
    let stems: Vec<String> = start_tags(SOURCE_FILE, source, "link")?
        .iter()
        .filter(|l| l.attr("data-trunk").is_some() && l.attr("rel") == Some("css"))
        .map(|l| {
            let href = l.attr("href").unwrap_or_default();
            let file = href.rsplit('/').next().unwrap_or(href);
            file.strip_suffix(".css").unwrap_or(file).to_owned()
        })
        .collect();
    if stems.is_empty() {
        return Err(StepError::Marker {
            file: SOURCE_FILE.into(),
            marker: "<link data-trunk rel=\"css\" href=\"…\">".into(),
            found: 0,
        });
    }
    let mut names = Vec::new();
    for link in start_tags("index.html", staged, "link")?
        .iter()
        .filter(|l| {
            l.attr("rel")
                .is_some_and(|r| r.eq_ignore_ascii_case("stylesheet"))
        })
    {
        let href = link.attr("href").ok_or_else(|| {
            StepError::unexpected(
                "index.html",
                format!("a stylesheet link has no href: {}", link.text()),
            )
        })?;
        let name = href.strip_prefix("./").ok_or_else(|| {
            StepError::unexpected(
                "index.html",
                format!("stylesheet {href} is not relative (./…)"),
            )
        })?;
        match hashed_stem(name, "css").filter(|s| stems.iter().any(|t| t == s)) {
            Some(stem) => names.push((stem.to_owned(), name.to_owned())),
            None => {
                return Err(StepError::unexpected(
                    "index.html",
                    format!("stylesheet {href} is not one of the project's data-trunk css links"),
                ))
            }
        }
    }
    stems
        .iter()
        .map(|stem| {
            let found: Vec<_> = names.iter().filter(|(s, _)| s == stem).collect();
            match found[..] {
                [(_, name)] => Ok(Stylesheet {
                    stem: stem.clone(),
                    name: name.clone(),
                }),
                _ => Err(StepError::Marker {
                    file: "index.html".into(),
                    marker: format!("<link rel=\"stylesheet\" href=\"./{stem}-<hash>.css\">"),
                    found: found.len(),
                }),
            }
        })
        .collect()
}

/// The names of the stylesheets the app needs wherever it is mounted: all but the page's own.
pub fn for_the_app(sheets: &[Stylesheet]) -> Vec<String> {
    sheets
        .iter()
        .filter(|s| s.stem != PAGE_ONLY)
        .map(|s| s.name.clone())
        .collect()
}

/// Joins the app's stylesheets into one, in the dist: the files, index.html's
/// links and the entry module's list.
pub fn run(dist: &Dist) -> Result<(), StepError> {
    let index = dist.read("index.html")?;
    let names = for_the_app(&linked(SOURCE, &index)?);
    let css = names
        .iter()
        .map(|n| dist.read(n))
        .collect::<Result<Vec<_>, _>>()?
        .join("\n");
    let bundle = bundle_name(&css);
    dist.write(&bundle, &css)?;
    for name in &names {
        dist.remove(name)?;
    }
    dist.write("index.html", with_one_link(&index, &names, &bundle)?)?;
    let entry = dist.read(entry_module::FILE)?;
    let entry = replace_once(
        entry_module::FILE,
        &entry,
        &entry_module::css_list(&names),
        &entry_module::css_list(std::slice::from_ref(&bundle)),
    )?;
    dist.write(entry_module::FILE, entry)
}

/// `partner-radar-<16 hex of a SHA-256 of css>.css`, named like Trunk's files.
pub fn bundle_name(css: &str) -> String {
    let hash = format!("{:x}", Sha256::digest(css.as_bytes()));
    format!("{APP}-{}.css", &hash[..16])
}

/// `index.html` with the link of the first of `names` pointing at `bundle`
/// and the links of the others gone.
pub fn with_one_link(index: &str, names: &[String], bundle: &str) -> Result<String, StepError> {
    let links = start_tags("index.html", index, "link")?;
    let mut edits = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let href = format!("./{name}");
        let found: Vec<_> = links
            .iter()
            .filter(|l| {
                l.attr("rel") == Some("stylesheet") && l.attr("href") == Some(href.as_str())
            })
            .collect();
        let [link] = found[..] else {
            return Err(StepError::Marker {
                file: "index.html".into(),
                marker: format!("<link rel=\"stylesheet\" href=\"{href}\">"),
                found: found.len(),
            });
        };
        if i == 0 {
            let at = link.value_range("href").unwrap_or_default();
            edits.push((at, format!("./{bundle}")));
        } else {
            edits.push((link.line_range(), String::new()));
        }
    }
    Ok(splice(index, edits))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = r#"<head>
  <link data-trunk rel="rust" data-bin="partner-radar">
  <link data-trunk rel="css" href="styles/page.css">
  <link data-trunk rel="css" href="styles/tokens.css">
  <link data-trunk rel="css" href="styles/base.css">
  <link rel="icon" href="./favicon.svg">
</head>"#;
    const STAGED: &str = r#"<head>
  <link rel="stylesheet" href="./page-00000000000000aa.css" integrity="sha384-a"/>
  <link rel="stylesheet" integrity="sha384-b" href="./tokens-00000000000000bb.css"/>
  <link rel="stylesheet" href="./base-00000000000000cc.css" crossorigin="anonymous" integrity="sha384-c"/>
  <link rel="icon" href="./favicon.svg">
</head>"#;

    fn sheet(stem: &str, hash: &str) -> Stylesheet {
        Stylesheet {
            stem: stem.into(),
            name: format!("{stem}-00000000000000{hash}.css"),
        }
    }

    #[test]
    fn every_stylesheet_of_the_project_is_found_in_its_order() {
        let sheets = linked(SOURCE, STAGED).unwrap();
        assert_eq!(
            sheets,
            [
                sheet("page", "aa"),
                sheet("tokens", "bb"),
                sheet("base", "cc")
            ]
        );
        assert_eq!(
            for_the_app(&sheets),
            ["tokens-00000000000000bb.css", "base-00000000000000cc.css"]
        );
        // The staged order does not matter: the project's is the cascade's.
        let swapped = STAGED
            .replace("./tokens-00000000000000bb", "./x")
            .replace("./base-00000000000000cc", "./tokens-00000000000000bb")
            .replace("./x", "./base-00000000000000cc");
        assert_eq!(linked(SOURCE, &swapped).unwrap(), sheets);
    }

    #[test]
    fn a_missing_repeated_or_unknown_stylesheet_stops_the_build() {
        let message = |staged: &str| linked(SOURCE, staged).unwrap_err().to_string();
        let without_base = STAGED.replace(
            r#"rel="stylesheet" href="./base"#,
            r#"rel="preload" href="./base"#,
        );
        assert_eq!(
            message(&without_base),
            r#"index.html: no <link rel="stylesheet" href="./base-<hash>.css">"#
        );
        let twice = STAGED.replace("./base-00000000000000cc", "./tokens-00000000000000dd");
        assert_eq!(
            message(&twice),
            r#"index.html: <link rel="stylesheet" href="./tokens-<hash>.css"> is there 2 times, expected once"#
        );
        assert_eq!(
            message(&STAGED.replace("./base-00000000000000cc", "./extra-00000000000000cc")),
            "index.html: stylesheet ./extra-00000000000000cc.css is not one of the project's data-trunk css links"
        );
        assert_eq!(
            message(&STAGED.replace(r#"href="./base"#, r#"data-href="./base"#)),
            r#"index.html: a stylesheet link has no href: <link rel="stylesheet" data-href="./base-00000000000000cc.css" crossorigin="anonymous" integrity="sha384-c"/>"#
        );
        assert_eq!(
            message(&STAGED.replace("./base", "/base")),
            "index.html: stylesheet /base-00000000000000cc.css is not relative (./…)"
        );
        assert_eq!(
            linked("<head></head>", STAGED).unwrap_err().to_string(),
            r#"index.html (the project's): no <link data-trunk rel="css" href="…">"#
        );
    }

    #[test]
    fn the_app_stylesheets_become_one_link_where_the_first_was() {
        let names = for_the_app(&linked(SOURCE, STAGED).unwrap());
        let out = with_one_link(STAGED, &names, "partner-radar-0123456789abcdef.css").unwrap();
        assert_eq!(
            out,
            r#"<head>
  <link rel="stylesheet" href="./page-00000000000000aa.css" integrity="sha384-a"/>
  <link rel="stylesheet" integrity="sha384-b" href="./partner-radar-0123456789abcdef.css"/>
  <link rel="icon" href="./favicon.svg">
</head>"#
        );
        assert_eq!(
            with_one_link(&out, &names, "x.css")
                .unwrap_err()
                .to_string(),
            r#"index.html: no <link rel="stylesheet" href="./tokens-00000000000000bb.css">"#
        );
    }

    #[test]
    fn the_bundle_is_named_after_its_contents() {
        let name = bundle_name("a{}");
        assert!(
            name.starts_with("partner-radar-") && name.ends_with(".css"),
            "{name}"
        );
        assert_eq!(hashed_stem(&name, "css"), Some("partner-radar"));
        assert_ne!(bundle_name("b{}"), name);
    }
}
