//! The rules for the URL settings. Every decision is taken on what a WHATWG
//! URL parser makes of the text (the browser's own, through [`Platform`]), never
//! on the text itself: `java\tscript:`, `HTTPS://`, `https:\\host` and
//! `javascript%3A…` mean to these rules exactly what they mean to the page.
//! What is kept is the parser's serialisation, so the page uses what was checked.

use super::{quote, Platform};

/// What a WHATWG URL parser makes of a URL: the getters of JavaScript's `URL`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedUrl {
    /// The whole URL, serialised (`href`): what the page is given.
    pub href: String,
    /// The scheme with its colon, in lower case: `https:`, `mailto:`, `data:`.
    pub protocol: String,
    /// `scheme://host[:port]`, the default port left out; `null` when opaque (`data:`, `file:`).
    pub origin: String,
    /// The user name before `@`, or empty.
    pub username: String,
    /// The password before `@`, or empty.
    pub password: String,
    /// The host with any port that is not the default (`host`), in ASCII (punycode).
    pub host: String,
    /// The path; for `data:`, `mailto:` or `tel:`, everything after the scheme but a query or fragment.
    pub pathname: String,
}

impl ParsedUrl {
    /// An `http:` or `https:` URL.
    fn is_web(&self) -> bool {
        matches!(self.protocol.as_str(), "http:" | "https:")
    }

    /// Has a user name or password (`https://user@host`).
    fn has_credentials(&self) -> bool {
        !self.username.is_empty() || !self.password.is_empty()
    }
}

/// Image types a `data:` logo may have: ones `<img>` shows without running anything.
const IMAGE_TYPES: [&str; 6] = ["png", "jpeg", "gif", "webp", "svg+xml", "avif"];

/// The URL rules, with what they need to know of the page.
pub(super) struct UrlRules<'a> {
    pub platform: &'a dyn Platform,
    /// The page's origin (`location.origin`).
    pub page_origin: &'a str,
    /// What relative URLs resolve against (`document.baseURI`).
    pub base: &'a str,
    /// The page was opened from a file, so its origin is opaque.
    pub page_is_file: bool,
}

impl UrlRules<'_> {
    /// `text` resolved against the page, as `<img src>`, `<a href>` and `fetch` resolve it.
    fn resolve(&self, text: &str) -> Option<ParsedUrl> {
        self.platform.parse_url(text, Some(self.base))
    }

    /// `text` as an absolute URL, with no page to resolve it against.
    fn absolute(&self, text: &str) -> Option<ParsedUrl> {
        self.platform.parse_url(text, None)
    }

    /// `logo`: resolved, an `http(s)` URL on the page's own origin (a file
    /// beside a page opened from a file), or `data:image/…`.
    pub fn logo(&self, text: &str) -> Result<String, String> {
        let url = self.resolve(text);
        let allowed = |url: &ParsedUrl| match url.protocol.as_str() {
            "data:" => is_image_type(&url.pathname),
            "http:" | "https:" => url.origin == self.page_origin && !url.has_credentials(),
            "file:" => self.page_is_file,
            _ => false,
        };
        match url {
            Some(url) if allowed(&url) => return Ok(url.href),
            Some(url) if url.is_web() && url.origin != self.page_origin => {
                return Err(format!(
                "{} is on {}, not on this page's origin; use a relative URL or a data:image/… URL",
                quote(text),
                url.origin
            ))
            }
            _ => {}
        }
        Err(format!(
            "{} is refused: a logo is a relative URL, a URL on this page's origin, or a data:image/… URL",
            quote(text)
        ))
    }

    /// `privacy_url` and `bank`: resolved, an `http:` or `https:` URL with no
    /// user name or password (which `fetch` refuses, and a link should not carry).
    pub fn web(&self, text: &str) -> Result<String, String> {
        match self.resolve(text) {
            Some(url) if url.is_web() && !url.has_credentials() => Ok(url.href),
            _ => Err(format!(
                "{} is refused: use a relative URL or an http: or https: URL without a user name or password",
                quote(text)
            )),
        }
    }

    /// `call_to_action.url`: an absolute `https:` URL, or a `mailto:` or `tel:` with an address.
    pub fn call_to_action(&self, text: &str) -> Result<String, String> {
        let allowed = |url: &ParsedUrl| match url.protocol.as_str() {
            "https:" => !url.has_credentials(),
            "mailto:" | "tel:" => !url.pathname.is_empty(),
            _ => false,
        };
        match self.absolute(text) {
            Some(url) if allowed(&url) => Ok(url.href),
            _ => Err(format!(
                "{} is refused: the link must be an https:, mailto: or tel: URL",
                quote(text)
            )),
        }
    }

    /// `share_base_url`: an absolute `http:`/`https:` URL with no fragment, as
    /// the share link adds its own.
    pub fn share_base_url(&self, text: &str) -> Result<String, String> {
        let url = match self.absolute(text) {
            Some(url) if url.is_web() && !url.has_credentials() => url,
            _ => {
                return Err(format!(
                    "{} is refused: use an absolute http: or https: URL",
                    quote(text)
                ))
            }
        };
        // The serialisation has a `#` exactly when the URL has a fragment, even an empty one.
        if url.href.contains('#') {
            return Err(format!(
                "{} has a fragment (#…); the share link adds its own, so leave it off",
                quote(text)
            ));
        }
        Ok(url.href)
    }

    /// `host_origin`: an `http(s)` URL that is nothing but its origin
    /// (`scheme://host[:port]`, a lone `/` allowed), kept as the browser
    /// serialises the origin, which is what `postMessage` compares.
    pub fn host_origin(&self, text: &str) -> Result<String, String> {
        if text.trim() == "*" {
            return Err(
                "\"*\" is refused: name the host page's exact origin, such as https://intranet.example.com, so results go to no other page"
                    .to_owned(),
            );
        }
        let url = match self.absolute(text) {
            Some(url) if url.is_web() => url,
            _ => {
                return Err(format!(
                    "{} is not an origin such as https://intranet.example.com",
                    quote(text)
                ))
            }
        };
        // Anything beyond the origin (a user name, path, query or fragment)
        // shows in the serialisation after it.
        if url.href.strip_prefix(url.origin.as_str()) != Some("/") {
            return Err(format!(
                "{} is not an origin: give only scheme://host[:port], with no user name, path, query or fragment",
                quote(text)
            ));
        }
        Ok(url.origin)
    }
}

/// A `data:` URL's path that starts with an image type from [`IMAGE_TYPES`].
fn is_image_type(path: &str) -> bool {
    strip_prefix_ignore_case(path, "image/").is_some_and(|rest| {
        IMAGE_TYPES.iter().any(|kind| {
            strip_prefix_ignore_case(rest, kind).is_some_and(|after| after.starts_with([';', ',']))
        })
    })
}

/// `prefix` at the start of `text`, ignoring ASCII case; returns the rest.
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}
