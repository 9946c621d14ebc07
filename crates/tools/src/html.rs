//! Just enough HTML for the post-build edits: start tags of one kind and their
//! attributes, found wherever the attributes stand and however they are
//! quoted, with the byte ranges an edit replaces. Comments are skipped.

use std::ops::Range;

use crate::error::StepError;

/// One start tag in a page.
#[derive(Debug, Clone)]
pub struct Tag<'a> {
    page: &'a str,
    /// The whole tag, `<` to `>`, as a byte range of the page.
    pub range: Range<usize>,
    attrs: Vec<Attr>,
}

#[derive(Debug, Clone)]
struct Attr {
    name: String,
    value: Option<Range<usize>>,
}

impl<'a> Tag<'a> {
    /// The tag's text.
    pub fn text(&self) -> &'a str {
        &self.page[self.range.clone()]
    }

    /// The value of attribute `name` (empty for a bare attribute); `None` when absent.
    pub fn attr(&self, name: &str) -> Option<&'a str> {
        self.find(name)
            .map(|a| a.value.clone().map_or("", |r| &self.page[r]))
    }

    /// Where the value of attribute `name` is in the page (inside its quotes).
    pub fn value_range(&self, name: &str) -> Option<Range<usize>> {
        self.find(name).and_then(|a| a.value.clone())
    }

    /// The tag with its line, when it stands alone on it: what removing it removes.
    pub fn line_range(&self) -> Range<usize> {
        let before = &self.page[..self.range.start];
        let start = before.trim_end_matches([' ', '\t']).len();
        let after = &self.page[self.range.end..];
        let rest = after.trim_start_matches([' ', '\t']);
        if (start == 0 || before[..start].ends_with('\n')) && rest.starts_with('\n') {
            start..self.range.end + (after.len() - rest.len()) + 1
        } else {
            self.range.clone()
        }
    }

    fn find(&self, name: &str) -> Option<&Attr> {
        self.attrs
            .iter()
            .find(|a| a.name.eq_ignore_ascii_case(name))
    }
}

/// Every `<name …>` start tag in `page` (the contents of `file`), in order.
pub fn start_tags<'a>(file: &str, page: &'a str, name: &str) -> Result<Vec<Tag<'a>>, StepError> {
    let bytes = page.as_bytes();
    let mut tags = Vec::new();
    let mut at = 0;
    while let Some(i) = page[at..].find('<') {
        let start = at + i;
        if page[start..].starts_with("<!--") {
            at = page[start..]
                .find("-->")
                .map(|j| start + j + 3)
                .ok_or_else(|| StepError::unexpected(file, "a comment is not closed"))?;
            continue;
        }
        let after = start + 1 + name.len();
        let named = page
            .get(start + 1..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name));
        let ends_name = matches!(
            bytes.get(after),
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'>')
        );
        if !(named && ends_name) {
            at = start + 1;
            continue;
        }
        let (attrs, end) = attributes(page, after).ok_or_else(|| {
            StepError::unexpected(
                file,
                format!("the <{name}> tag at byte {start} is not closed"),
            )
        })?;
        tags.push(Tag {
            page,
            range: start..end,
            attrs,
        });
        at = end;
    }
    Ok(tags)
}

/// The attributes from byte `at` to the end of the tag, and the byte after its `>`.
fn attributes(page: &str, mut at: usize) -> Option<(Vec<Attr>, usize)> {
    let bytes = page.as_bytes();
    let mut attrs = Vec::new();
    loop {
        while bytes.get(at)?.is_ascii_whitespace() || bytes[at] == b'/' {
            at += 1;
        }
        if bytes[at] == b'>' {
            return Some((attrs, at + 1));
        }
        let name_start = at;
        while !matches!(
            bytes.get(at)?,
            b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'>' | b'='
        ) {
            at += 1;
        }
        let name = page[name_start..at].to_ascii_lowercase();
        let mut probe = at;
        while bytes.get(probe)?.is_ascii_whitespace() {
            probe += 1;
        }
        let mut value = None;
        if bytes[probe] == b'=' {
            at = probe + 1;
            while bytes.get(at)?.is_ascii_whitespace() {
                at += 1;
            }
            let quote = bytes[at];
            if quote == b'"' || quote == b'\'' {
                let len = page[at + 1..].find(quote as char)?;
                value = Some(at + 1..at + 1 + len);
                at += len + 2;
            } else {
                let value_start = at;
                while !matches!(bytes.get(at)?, b' ' | b'\t' | b'\n' | b'\r' | b'>') {
                    at += 1;
                }
                value = Some(value_start..at);
            }
        }
        attrs.push(Attr { name, value });
    }
}

/// `page` with each range replaced by its text; the ranges must not overlap.
pub fn splice(page: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(page.len());
    let mut at = 0;
    for (range, text) in edits {
        out.push_str(&page[at..range.start]);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(&page[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_found_in_any_order_and_quoting() {
        let page = "<!-- <link href=\"no\"> -->\n  <link rel=\"stylesheet\" crossorigin href='./a.css'\n integrity=sha384-x/>\n<linked><LINK REL=icon>";
        let tags = start_tags("index.html", page, "link").unwrap();
        assert_eq!(tags.len(), 2);
        assert_eq!(tags[0].attr("rel"), Some("stylesheet"));
        assert_eq!(tags[0].attr("href"), Some("./a.css"));
        assert_eq!(tags[0].attr("crossorigin"), Some(""));
        assert_eq!(tags[0].attr("integrity"), Some("sha384-x/"));
        assert_eq!(tags[0].attr("type"), None);
        assert_eq!(&page[tags[0].value_range("href").unwrap()], "./a.css");
        assert_eq!(tags[1].attr("rel"), Some("icon"));
    }

    #[test]
    fn a_tag_alone_on_its_line_is_removed_with_its_line() {
        let page = "<head>\n  <link rel=\"a\">\n  <link rel=\"b\"><link rel=\"c\">\n</head>";
        let tags = start_tags("index.html", page, "link").unwrap();
        assert_eq!(&page[tags[0].line_range()], "  <link rel=\"a\">\n");
        assert_eq!(&page[tags[1].line_range()], "<link rel=\"b\">");
        let out = splice(
            page,
            vec![
                (tags[0].line_range(), String::new()),
                (tags[2].range.clone(), "<x>".into()),
            ],
        );
        assert_eq!(out, "<head>\n  <link rel=\"b\"><x>\n</head>");
    }

    #[test]
    fn an_unclosed_tag_or_comment_stops_the_build() {
        assert_eq!(
            start_tags("index.html", "<head><link rel=\"a\"", "link")
                .unwrap_err()
                .to_string(),
            "index.html: the <link> tag at byte 6 is not closed"
        );
        assert_eq!(
            start_tags("index.html", "<!-- <link>", "link")
                .unwrap_err()
                .to_string(),
            "index.html: a comment is not closed"
        );
    }
}
