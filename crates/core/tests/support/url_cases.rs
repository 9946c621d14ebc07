//! URL settings that are easy to misread by hand, each with the verdict a
//! WHATWG URL parser implies. Shared by the native tests (the `url` crate)
//! and the browser tests (the browser's own `URL`), so both parsers meet the
//! same table.

use partner_radar_core::settings::{read, Page, Platform, Settings};

/// The page the cases are read on: the app in a sub-folder of an https site.
pub fn page() -> Page {
    Page {
        origin: "https://example.com".to_owned(),
        base: "https://example.com/tools/partner-radar/".to_owned(),
        query: String::new(),
    }
}

/// (setting, text given as its data attribute, what is kept; `None` when it
/// is refused with one warning).
pub const CASES: &[(&str, &str, Option<&str>)] = &[
    // Tabs and line breaks vanish anywhere, even inside the scheme.
    ("call_to_action.url", "java\tscript:alert(1)", None),
    ("logo", "java\tscript:alert(1)", None),
    ("privacy_url", "java\nscript:alert(1)", None),
    (
        "call_to_action.url",
        "ht\ntps://x.example",
        Some("https://x.example/"),
    ),
    (
        "bank",
        "ht\ntps://x.example/b.json",
        Some("https://x.example/b.json"),
    ),
    (
        "host_origin",
        "ht\ntps://x.example",
        Some("https://x.example"),
    ),
    // Upper case: schemes and hosts are lowered, paths are not.
    (
        "call_to_action.url",
        "HTTPS://A.EXAMPLE",
        Some("https://a.example/"),
    ),
    ("call_to_action.url", "JAVASCRIPT:alert(1)", None),
    (
        "host_origin",
        "HTTPS://A.EXAMPLE",
        Some("https://a.example"),
    ),
    (
        "logo",
        "HTTPS://EXAMPLE.COM/LOGO.PNG",
        Some("https://example.com/LOGO.PNG"),
    ),
    (
        "call_to_action.url",
        "MAILTO:hello@example.org",
        Some("mailto:hello@example.org"),
    ),
    // Leading and trailing spaces and control characters are dropped.
    ("call_to_action.url", "\u{1}  javascript:alert(1)", None),
    ("logo", "\u{1}  javascript:alert(1)", None),
    (
        "call_to_action.url",
        " https://a.example",
        Some("https://a.example/"),
    ),
    (
        "share_base_url",
        " https://a.example/radar\u{1f} ",
        Some("https://a.example/radar"),
    ),
    // Protocol-relative: the page's scheme, on another host.
    ("logo", "//evil.example/logo.png", None),
    (
        "bank",
        "//evil.example/b.json",
        Some("https://evil.example/b.json"),
    ),
    (
        "privacy_url",
        "//evil.example/p",
        Some("https://evil.example/p"),
    ),
    ("call_to_action.url", "//evil.example/book", None),
    ("share_base_url", "//evil.example/", None),
    ("host_origin", "//evil.example", None),
    // A user name puts the host after the `@`; none is ever kept.
    ("host_origin", "https://a@b.example", None),
    ("logo", "https://example.com@evil.example/logo.png", None),
    ("logo", "https://user@example.com/logo.png", None),
    ("bank", "https://a@b.example/b.json", None),
    ("call_to_action.url", "https://a:b@b.example", None),
    // International hosts in punycode.
    (
        "host_origin",
        "https://bücher.example",
        Some("https://xn--bcher-kva.example"),
    ),
    (
        "call_to_action.url",
        "https://bücher.example/buch",
        Some("https://xn--bcher-kva.example/buch"),
    ),
    // A backslash is a slash in an http(s) URL.
    ("logo", "https:\\\\evil.example/logo.png", None),
    ("logo", "\\\\evil.example/logo.png", None),
    ("logo", "/\\evil.example/logo.png", None),
    (
        "privacy_url",
        "/\\evil.example/p",
        Some("https://evil.example/p"),
    ),
    (
        "bank",
        "https:\\\\evil.example\\b.json",
        Some("https://evil.example/b.json"),
    ),
    (
        "host_origin",
        "https:\\\\a.example",
        Some("https://a.example"),
    ),
    // The default port is no port; another port is another origin.
    (
        "host_origin",
        "https://a.example:443",
        Some("https://a.example"),
    ),
    (
        "host_origin",
        "https://a.example:8443",
        Some("https://a.example:8443"),
    ),
    ("host_origin", "https://a.example:99999", None),
    (
        "logo",
        "https://example.com:443/logo.png",
        Some("https://example.com/logo.png"),
    ),
    ("logo", "https://example.com:8443/logo.png", None),
    // A trailing dot names another host.
    (
        "host_origin",
        "https://a.example.",
        Some("https://a.example."),
    ),
    ("logo", "https://example.com./logo.png", None),
    // An encoded colon is no scheme: a relative path.
    (
        "logo",
        "javascript%3Aalert(1)",
        Some("https://example.com/tools/partner-radar/javascript%3Aalert(1)"),
    ),
    (
        "privacy_url",
        "javascript%3Aalert(1)",
        Some("https://example.com/tools/partner-radar/javascript%3Aalert(1)"),
    ),
    ("call_to_action.url", "javascript%3Aalert(1)", None),
    ("host_origin", "javascript%3Aalert(1)", None),
    // `https:` without slashes still names a host.
    (
        "call_to_action.url",
        "https:example.org",
        Some("https://example.org/"),
    ),
    // Only an image may be a data: logo.
    (
        "logo",
        "DATA:IMAGE/PNG;base64,iVBORw0KGgo=",
        Some("data:IMAGE/PNG;base64,iVBORw0KGgo="),
    ),
    ("logo", "data:text/html,<script>alert(1)</script>", None),
    ("logo", "data:image/svg", None),
    // An empty fragment is still a fragment.
    ("share_base_url", "https://a.example/radar#", None),
];

/// The attributes that give `text` to `key` (a call to action needs all its parts).
fn attributes(key: &str, text: &str) -> Vec<(String, String)> {
    let mut attributes = vec![(key.replace(['_', '.'], "-"), text.to_owned())];
    if key == "call_to_action.url" {
        for part in ["heading", "text", "label"] {
            attributes.push((format!("call-to-action-{part}"), part.to_owned()));
        }
    }
    attributes
}

/// The value a case's setting was given.
fn kept(settings: &Settings, key: &str) -> Option<String> {
    match key {
        "logo" => settings.logo.clone(),
        "privacy_url" => settings.privacy_url.clone(),
        "bank" => settings.bank.clone(),
        "share_base_url" => settings.share_base_url.clone(),
        "host_origin" => settings.host_origin.clone(),
        "call_to_action.url" => settings.call_to_action.as_ref().map(|c| c.url.clone()),
        other => panic!("{other} is not a URL setting"),
    }
}

/// Every case that `platform`'s parser judges otherwise, described; empty when all hold.
pub fn failures(platform: &dyn Platform) -> Vec<String> {
    let mut failures = Vec::new();
    for &(key, text, expected) in CASES {
        let (settings, warnings) = read(None, &attributes(key, text), &page(), platform);
        let got = kept(&settings, key);
        let warned: Vec<&str> = warnings.iter().map(|w| w.field.as_str()).collect();
        let expected_warnings: &[&str] = if expected.is_some() { &[] } else { &[key] };
        if got.as_deref() != expected || warned != expected_warnings {
            failures.push(format!(
                "{key} = {text:?}: expected {expected:?}, got {got:?} with warnings {warned:?}"
            ));
        }
    }
    failures
}
