//! Recomputes index.html's Subresource Integrity hashes (`sha384-…`) from the
//! files as they are now: minifying and joining changed the stylesheets after
//! Trunk hashed them, and a stale hash makes the browser refuse the file.
//! Every stylesheet link must carry one, wherever it stands among the link's
//! attributes; so must anything else that has one now.

use base64::Engine;
use sha2::{Digest, Sha384};

use crate::dist::Dist;
use crate::error::StepError;
use crate::html::{splice, start_tags};

/// Recomputes every integrity attribute in the dist's index.html.
pub fn run(dist: &Dist) -> Result<(), StepError> {
    let index = dist.read("index.html")?;
    let out = with_integrity(&index, |name| dist.read_bytes(name))?;
    dist.write("index.html", out)
}

/// `sha384-<base64>` of `bytes`, as Subresource Integrity writes it.
pub fn sri(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// `index` with each integrity attribute recomputed from the file it names,
/// read by `read`. Fails on a stylesheet link without one, on none at all, and
/// on an address that is not a file of the dist (`./name`).
pub fn with_integrity(
    index: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, StepError>,
) -> Result<String, StepError> {
    let mut edits = Vec::new();
    let mut sheets = 0;
    for tag_name in ["link", "script"] {
        for tag in start_tags("index.html", index, tag_name)? {
            let sheet = tag_name == "link"
                && tag
                    .attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("stylesheet"));
            sheets += usize::from(sheet);
            let Some(at) = tag.value_range("integrity") else {
                if sheet {
                    return Err(StepError::Marker {
                        file: "index.html".into(),
                        marker: format!("integrity attribute on {}", tag.text()),
                        found: 0,
                    });
                }
                continue;
            };
            let address = tag.attr(if tag_name == "link" { "href" } else { "src" });
            let name = address.and_then(|a| a.strip_prefix("./")).ok_or_else(|| {
                StepError::unexpected(
                    "index.html",
                    format!("cannot tell which file of the dist {} is", tag.text()),
                )
            })?;
            edits.push((at, sri(&read(name)?)));
        }
    }
    if sheets == 0 {
        return Err(StepError::Marker {
            file: "index.html".into(),
            marker: "<link rel=\"stylesheet\">".into(),
            found: 0,
        });
    }
    Ok(splice(index, edits))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str) -> Result<Vec<u8>, StepError> {
        match name {
            "a.css" => Ok(b"a{}".to_vec()),
            "b.css" => Ok(b"b{}".to_vec()),
            _ => Err(StepError::io(
                name,
                "No such file or directory (os error 2)",
            )),
        }
    }

    #[test]
    fn the_hash_is_sri_sha384() {
        // echo -n 'a{}' | openssl dgst -sha384 -binary | base64
        assert_eq!(
            sri(b"a{}"),
            "sha384-m4Zcd9m9Kerya2aMKZ9CuL1yv7QLjdpmEo79GaQCk1uO2U4trsxWuyqSJsOzpOru"
        );
    }

    #[test]
    fn every_integrity_is_recomputed_wherever_it_stands() {
        let index = r#"<link rel="stylesheet" href="./a.css" integrity="sha384-old"/>
<link rel="stylesheet" href="./b.css" crossorigin="anonymous" type="text/css" integrity="sha384-old"/>
<link integrity='sha384-old' rel="stylesheet" href="./a.css">
<link rel="icon" href="./f.svg">"#;
        let out = with_integrity(index, read).unwrap();
        let (a, b) = (sri(b"a{}"), sri(b"b{}"));
        assert_eq!(
            out,
            format!(
                r#"<link rel="stylesheet" href="./a.css" integrity="{a}"/>
<link rel="stylesheet" href="./b.css" crossorigin="anonymous" type="text/css" integrity="{b}"/>
<link integrity='{a}' rel="stylesheet" href="./a.css">
<link rel="icon" href="./f.svg">"#
            )
        );
    }

    #[test]
    fn a_stylesheet_without_integrity_or_file_or_none_at_all_stops_the_build() {
        let message = |index: &str| with_integrity(index, read).unwrap_err().to_string();
        assert_eq!(
            message(r#"<link rel="stylesheet" href="./a.css" data-integrity="x">"#),
            r#"index.html: no integrity attribute on <link rel="stylesheet" href="./a.css" data-integrity="x">"#
        );
        assert_eq!(
            message(r#"<link rel="stylesheet" href="./c.css" integrity="x">"#),
            "c.css: No such file or directory (os error 2)"
        );
        assert_eq!(
            message(r#"<link rel="stylesheet" href="https://cdn/a.css" integrity="x">"#),
            r#"index.html: cannot tell which file of the dist <link rel="stylesheet" href="https://cdn/a.css" integrity="x"> is"#
        );
        assert_eq!(
            message(r#"<link rel="icon" href="./a.svg">"#),
            r#"index.html: no <link rel="stylesheet">"#
        );
    }
}
