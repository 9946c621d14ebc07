#![cfg(not(target_arch = "wasm32"))]
//! Reading the page's settings: every key from each source, the order in
//! which sources override each other, and every kind of bad value, each
//! ignored with exactly one warning while the other fields still apply.
//! URLs go through the `url` crate, which implements the same WHATWG standard
//! as the browser's `URL`; `support/url_cases.rs` is run in the browser too.

#[path = "support/url_cases.rs"]
mod url_cases;

use partner_radar_core::settings::{
    read, CallToAction, Colours, LengthSetting, Mode, Page, ParsedUrl, Platform, Settings, Warning,
};
use url::{quirks, Url};

const ORIGIN: &str = "https://example.com";

/// Where the app's page is: relative URLs resolve against it.
const BASE: &str = "https://example.com/tools/partner-radar/";

/// The colours the stand-in browser accepts: every one these tests give,
/// in the forms a current browser reads.
const BROWSER_COLOURS: [&str; 14] = [
    "#7a1f5c",
    "#0f766e",
    "rgb(15 118 110)",
    "rgba(154, 74, 7, 0.5)",
    "hsl(322 60% 30%)",
    "oklch(45% 0.15 340)",
    "lab(40% 50 -20)",
    "color-mix(in srgb, red 40%, blue)",
    "darkorange",
    "red",
    "green",
    "blue",
    "teal",
    "rebeccapurple",
];

/// The browser, natively: the `url` crate's WHATWG parser, and a list of colours.
struct Native;

impl Platform for Native {
    fn parse_url(&self, input: &str, base: Option<&str>) -> Option<ParsedUrl> {
        let url = match base {
            Some(base) => Url::parse(base).ok()?.join(input).ok()?,
            None => Url::parse(input).ok()?,
        };
        Some(ParsedUrl {
            href: quirks::href(&url).to_owned(),
            protocol: quirks::protocol(&url).to_owned(),
            origin: quirks::origin(&url),
            username: quirks::username(&url).to_owned(),
            password: quirks::password(&url).to_owned(),
            host: quirks::host(&url).to_owned(),
            pathname: quirks::pathname(&url).to_owned(),
        })
    }

    fn is_colour(&self, value: &str) -> bool {
        BROWSER_COLOURS.contains(&value)
    }
}

fn page(query: &str) -> Page {
    Page {
        origin: ORIGIN.to_owned(),
        base: BASE.to_owned(),
        query: query.to_owned(),
    }
}

/// `path` resolved against the app's page.
fn here(path: &str) -> String {
    format!("{BASE}{path}")
}

fn attributes(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect()
}

/// Reads from all three page sources.
fn read_all(json: Option<&str>, data: &[(&str, &str)], query: &str) -> (Settings, Vec<String>) {
    let (settings, warnings) = read(json, &attributes(data), &page(query), &Native);
    (settings, warnings.iter().map(Warning::to_string).collect())
}

/// Reads a JSON block alone.
fn json(text: &str) -> (Settings, Vec<String>) {
    read_all(Some(text), &[], "")
}

/// Reads data attributes alone.
fn data(pairs: &[(&str, &str)]) -> (Settings, Vec<String>) {
    read_all(None, pairs, "")
}

/// Reads one JSON key, expecting no warning.
fn json_ok(key: &str, value: &str) -> Settings {
    let (settings, warnings) = json(&format!("{{ \"{key}\": {value} }}"));
    assert_eq!(warnings, Vec::<String>::new(), "{key}: {value}");
    settings
}

/// Reads one JSON key, expecting it to be refused with exactly one warning
/// for that key, and the settings left at their defaults.
fn json_refused(key: &str, value: &str) -> String {
    let (settings, warnings) = json(&format!("{{ \"{key}\": {value} }}"));
    assert_eq!(
        settings,
        Settings::default(),
        "{key}: {value} should not apply"
    );
    assert_eq!(warnings.len(), 1, "{key}: {value}: {warnings:?}");
    let prefix = format!("settings.{key}: ");
    assert!(warnings[0].starts_with(&prefix), "{warnings:?}");
    warnings[0].clone()
}

/// Reads one data attribute, expecting no warning.
fn data_ok(name: &str, value: &str) -> Settings {
    let (settings, warnings) = data(&[(name, value)]);
    assert_eq!(warnings, Vec::<String>::new(), "data-{name}={value:?}");
    settings
}

/// Reads one data attribute, expecting it refused with one warning for `key`.
fn data_refused(name: &str, key: &str, value: &str) -> String {
    let (settings, warnings) = data(&[(name, value)]);
    assert_eq!(
        settings,
        Settings::default(),
        "data-{name}={value:?} should not apply"
    );
    assert_eq!(warnings.len(), 1, "data-{name}={value:?}: {warnings:?}");
    assert!(
        warnings[0].starts_with(&format!("settings.{key}: ")),
        "{warnings:?}"
    );
    warnings[0].clone()
}

fn full_call_to_action() -> CallToAction {
    CallToAction {
        heading: "Talk it through".to_owned(),
        text: "Book a free conversation about your radar.".to_owned(),
        label: "Book a call".to_owned(),
        url: "https://example.org/book".to_owned(),
    }
}

const CALL_TO_ACTION_JSON: &str = r#"{ "call_to_action": {
    "heading": "Talk it through",
    "text": "Book a free conversation about your radar.",
    "label": "Book a call",
    "url": "https://example.org/book"
} }"#;

// ---------------------------------------------------------------- defaults

#[test]
fn defaults_with_no_source() {
    let (settings, warnings) = read_all(None, &[], "");
    assert!(warnings.is_empty());
    assert_eq!(settings, Settings::default());
    assert_eq!(settings.mount_id, "partner-radar");
    assert_eq!(settings.storage_key, "partner-radar/progress");
    assert_eq!(settings.brand_name, None);
    assert_eq!(settings.logo, None);
    assert_eq!(settings.colours, Colours::default());
    assert_eq!(settings.call_to_action, None);
    assert_eq!(settings.privacy_url, None);
    assert_eq!(settings.length, LengthSetting::Choose);
    assert!(settings.share);
    assert_eq!(settings.share_base_url, None);
    assert_eq!(settings.mode, Mode::Standard);
    assert_eq!(settings.bank, None);
    assert_eq!(settings.host_origin, None);
    assert_eq!(settings.idle_seconds, None);
    assert!(!settings.show_qr);
}

#[test]
fn an_empty_block_or_object_changes_nothing() {
    for block in ["", "  \n ", "{}", " { } "] {
        assert_eq!(json(block), (Settings::default(), vec![]), "{block:?}");
    }
}

// ---------------------------------------------------- every key, JSON block

#[test]
fn every_key_from_the_json_block() {
    let (settings, warnings) = json(
        r##"{
        "brand_name": "Growth & Profit Solutions",
        "logo": "assets/logo.svg",
        "colours": { "primary": "#7a1f5c", "inside": "rgb(15 118 110)", "outside": "darkorange" },
        "call_to_action": {
            "heading": "Talk it through",
            "text": "Book a free conversation about your radar.",
            "label": "Book a call",
            "url": "https://example.org/book"
        },
        "privacy_url": "/privacy",
        "length": "quick",
        "share": false,
        "share_base_url": "https://example.com/tools/partner-radar/",
        "mode": "kiosk",
        "bank": "banks/custom.json",
        "host_origin": "https://intranet.example.com",
        "idle_seconds": 90,
        "show_qr": true
    }"##,
    );
    assert_eq!(warnings, Vec::<String>::new());
    assert_eq!(
        settings,
        Settings {
            brand_name: Some("Growth & Profit Solutions".to_owned()),
            logo: Some(here("assets/logo.svg")),
            colours: Colours {
                primary: Some("#7a1f5c".to_owned()),
                inside: Some("rgb(15 118 110)".to_owned()),
                outside: Some("darkorange".to_owned()),
            },
            call_to_action: Some(full_call_to_action()),
            privacy_url: Some("https://example.com/privacy".to_owned()),
            length: LengthSetting::Quick,
            share: false,
            share_base_url: Some("https://example.com/tools/partner-radar/".to_owned()),
            mode: Mode::Kiosk,
            bank: Some(here("banks/custom.json")),
            host_origin: Some("https://intranet.example.com".to_owned()),
            idle_seconds: Some(90),
            show_qr: true,
            ..Settings::default()
        }
    );
}

#[test]
fn each_choice_of_length_and_mode() {
    for (text, length) in [
        ("choose", LengthSetting::Choose),
        ("quick", LengthSetting::Quick),
        ("full", LengthSetting::Full),
        ("Full", LengthSetting::Full),
    ] {
        assert_eq!(json_ok("length", &format!("\"{text}\"")).length, length);
        assert_eq!(data_ok("length", text).length, length);
    }
    for (text, mode) in [
        ("standard", Mode::Standard),
        ("kiosk", Mode::Kiosk),
        (" KIOSK ", Mode::Kiosk),
    ] {
        assert_eq!(json_ok("mode", &format!("\"{text}\"")).mode, mode);
        assert_eq!(data_ok("mode", text).mode, mode);
    }
}

#[test]
fn idle_seconds_at_the_edges_of_its_range() {
    assert_eq!(json_ok("idle_seconds", "5").idle_seconds, Some(5));
    assert_eq!(json_ok("idle_seconds", "3600").idle_seconds, Some(3600));
    assert_eq!(data_ok("idle-seconds", "5").idle_seconds, Some(5));
    assert_eq!(data_ok("idle-seconds", " 3600 ").idle_seconds, Some(3600));
}

// ------------------------------------------------ every key, data attributes

#[test]
fn every_key_from_data_attributes() {
    let (settings, warnings) = data(&[
        ("partner-radar", ""),
        ("brand-name", "Growth & Profit Solutions"),
        ("logo", "data:image/png;base64,iVBORw0KGgo="),
        ("colours-primary", "hsl(322 60% 30%)"),
        ("colours-inside", "#0f766e"),
        ("colours-outside", "rgba(154, 74, 7, 0.5)"),
        ("call-to-action-heading", "Talk it through"),
        (
            "call-to-action-text",
            "Book a free conversation about your radar.",
        ),
        ("call-to-action-label", "Book a call"),
        ("call-to-action-url", "https://example.org/book"),
        ("privacy-url", "https://example.com/privacy"),
        ("length", "full"),
        ("share", "false"),
        ("share-base-url", "https://example.com/radar?from=qr"),
        ("mode", "kiosk"),
        ("bank", "https://example.com/banks/custom.json"),
        ("host-origin", "https://intranet.example.com/"),
        ("idle-seconds", "45"),
        ("show-qr", "true"),
    ]);
    assert_eq!(warnings, Vec::<String>::new());
    assert_eq!(
        settings,
        Settings {
            brand_name: Some("Growth & Profit Solutions".to_owned()),
            logo: Some("data:image/png;base64,iVBORw0KGgo=".to_owned()),
            colours: Colours {
                primary: Some("hsl(322 60% 30%)".to_owned()),
                inside: Some("#0f766e".to_owned()),
                outside: Some("rgba(154, 74, 7, 0.5)".to_owned()),
            },
            call_to_action: Some(full_call_to_action()),
            privacy_url: Some("https://example.com/privacy".to_owned()),
            length: LengthSetting::Full,
            share: false,
            share_base_url: Some("https://example.com/radar?from=qr".to_owned()),
            mode: Mode::Kiosk,
            bank: Some("https://example.com/banks/custom.json".to_owned()),
            host_origin: Some("https://intranet.example.com".to_owned()),
            idle_seconds: Some(45),
            show_qr: true,
            ..Settings::default()
        }
    );
}

#[test]
fn booleans_from_data_attributes() {
    assert!(!data_ok("share", "false").share);
    assert!(data_ok("share", "true").share);
    assert!(data_ok("share", "TRUE").share);
    assert!(data_ok("show-qr", "true").show_qr);
    assert!(!data_ok("show-qr", "false").show_qr);
    assert!(!data_ok("raters", "false").raters);
    assert!(!data_ok("history", "false").history);
}

#[test]
fn raters_and_history_are_on_by_default_and_never_on_a_kiosk() {
    let standard = Settings::default();
    assert!(standard.raters && standard.history);
    assert!(standard.raters_on() && standard.history_on());
    let off = Settings {
        raters: false,
        history: false,
        ..Settings::default()
    };
    assert!(!off.raters_on() && !off.history_on());
    let kiosk = Settings {
        mode: Mode::Kiosk,
        ..Settings::default()
    };
    assert!(kiosk.raters && kiosk.history);
    assert!(!kiosk.raters_on() && !kiosk.history_on());
}

#[test]
fn attribute_names_are_read_in_any_case() {
    assert_eq!(
        data_ok("Brand-Name", "Acme").brand_name.as_deref(),
        Some("Acme")
    );
}

#[test]
fn attributes_that_are_not_settings_are_ignored_silently() {
    let (settings, warnings) = data(&[
        ("partner-radar", ""),
        ("testid", "mount"),
        ("host-tracking", "x"),
        ("brand", "Acme"),
    ]);
    assert_eq!(settings, Settings::default());
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn a_misspelt_part_of_a_group_attribute_is_warned_about() {
    assert_eq!(
        data_refused("colours-background", "colours.background", "#fff"),
        "settings.colours.background: is not a setting (from data-colours-background)"
    );
    data_refused(
        "call-to-action-link",
        "call_to_action.link",
        "https://example.org",
    );
    let message = data_refused("colours", "colours", "#fff");
    assert!(message.contains("data-colours-primary"), "{message}");
    data_refused("call-to-action", "call_to_action", "x");
}

// ---------------------------------------------------------------- overrides

#[test]
fn data_attributes_override_the_json_block() {
    let (settings, warnings) = read_all(
        Some(
            r#"{ "brand_name": "From JSON", "length": "quick", "share": false,
                 "colours": { "primary": "red", "inside": "green" }, "idle_seconds": 30 }"#,
        ),
        &[
            ("brand-name", "From the attribute"),
            ("share", "true"),
            ("colours-primary", "blue"),
            ("idle-seconds", "40"),
        ],
        "",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(settings.brand_name.as_deref(), Some("From the attribute"));
    assert_eq!(
        settings.length,
        LengthSetting::Quick,
        "not overridden, kept"
    );
    assert!(settings.share);
    assert_eq!(settings.colours.primary.as_deref(), Some("blue"));
    assert_eq!(settings.colours.inside.as_deref(), Some("green"), "kept");
    assert_eq!(settings.idle_seconds, Some(40));
}

#[test]
fn a_bad_override_keeps_the_earlier_value() {
    let (settings, warnings) = read_all(
        Some(r#"{ "colours": { "primary": "red" }, "host_origin": "https://a.example" }"#),
        &[("colours-primary", "bleu"), ("host-origin", "*")],
        "",
    );
    assert_eq!(settings.colours.primary.as_deref(), Some("red"));
    assert_eq!(settings.host_origin.as_deref(), Some("https://a.example"));
    assert_eq!(warnings.len(), 2, "{warnings:?}");
}

#[test]
fn the_query_switches_kiosk_mode_on() {
    for query in [
        "?kiosk",
        "?kiosk=",
        "?kiosk=1",
        "?kiosk=true",
        "?a=b&kiosk",
        "?kiosk&a=b",
    ] {
        let (settings, warnings) = read_all(None, &[], query);
        assert_eq!(settings.mode, Mode::Kiosk, "{query}");
        assert!(warnings.is_empty(), "{query}: {warnings:?}");
    }
    // Over a page that says standard, too: the query comes last.
    let (settings, _) = read_all(
        Some(r#"{"mode": "standard"}"#),
        &[("mode", "standard")],
        "?kiosk",
    );
    assert_eq!(settings.mode, Mode::Kiosk);
}

#[test]
fn the_query_does_not_switch_kiosk_mode_on_with_zero_or_false() {
    for query in [
        "",
        "?",
        "?kiosk=0",
        "?kiosk=false",
        "?kiosks",
        "?mode=kiosk",
        "?nokiosk=1",
    ] {
        let (settings, warnings) = read_all(None, &[], query);
        assert_eq!(settings.mode, Mode::Standard, "{query}");
        assert!(warnings.is_empty(), "{query}: {warnings:?}");
    }
    // …and does not switch off a kiosk that the page itself set up.
    let (settings, _) = read_all(Some(r#"{"mode": "kiosk"}"#), &[], "?kiosk=0");
    assert_eq!(settings.mode, Mode::Kiosk);
}

#[test]
fn an_odd_kiosk_value_in_the_query_is_ignored_with_a_warning() {
    let (settings, warnings) = read_all(None, &[], "?kiosk=yes");
    assert_eq!(settings.mode, Mode::Standard);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].starts_with("settings.mode: ?kiosk=\"yes\""),
        "{warnings:?}"
    );
}

#[test]
fn workshop_mode_comes_from_the_query_or_the_page() {
    for query in [
        "?workshop",
        "?workshop=1",
        "?workshop=true",
        "?a=b&workshop",
    ] {
        let (settings, warnings) = read_all(None, &[], query);
        assert_eq!(settings.mode, Mode::Workshop, "{query}");
        assert!(warnings.is_empty(), "{query}: {warnings:?}");
    }
    for query in [
        "?workshop=0",
        "?workshop=false",
        "?workshops",
        "?mode=workshop",
    ] {
        let (settings, warnings) = read_all(None, &[], query);
        assert_eq!(settings.mode, Mode::Standard, "{query}");
        assert!(warnings.is_empty(), "{query}: {warnings:?}");
    }
    let (settings, _) = read_all(Some(r#"{"mode": "workshop"}"#), &[], "");
    assert_eq!(settings.mode, Mode::Workshop);
    let (settings, _) = read_all(None, &[("mode", "workshop")], "");
    assert_eq!(settings.mode, Mode::Workshop);
    let (settings, warnings) = read_all(None, &[], "?workshop=yes");
    assert_eq!(settings.mode, Mode::Standard);
    assert!(
        warnings[0].starts_with("settings.mode: ?workshop=\"yes\" in the address is ignored"),
        "{warnings:?}"
    );
}

#[test]
fn a_kiosk_has_no_workshop() {
    for (block, query) in [
        (None, "?kiosk&workshop"),
        (None, "?workshop&kiosk"),
        (Some(r#"{"mode": "kiosk"}"#), "?workshop"),
    ] {
        let (settings, warnings) = read_all(block, &[], query);
        assert_eq!(settings.mode, Mode::Kiosk, "{query}");
        assert_eq!(
            warnings,
            ["settings.mode: ?workshop is ignored: kiosk mode has no workshop"],
            "{query}"
        );
    }
}

#[test]
fn no_other_setting_can_come_from_the_query() {
    let query = "?host_origin=https://evil.example&host-origin=https://evil.example\
                 &brand_name=Evil&logo=https://evil.example/x.png&bank=https://evil.example/b.json\
                 &share_base_url=https://evil.example/&call_to_action.url=https://evil.example\
                 &colours.primary=red&mode=kiosk&idle_seconds=5&show_qr=true&share=false";
    let (settings, warnings) = read_all(None, &[], query);
    assert_eq!(settings, Settings::default());
    assert!(warnings.is_empty(), "{warnings:?}");
    // Nor can it change what the page set.
    let (settings, _) = read_all(
        Some(r#"{"host_origin": "https://intranet.example.com"}"#),
        &[],
        "?host_origin=https://evil.example",
    );
    assert_eq!(
        settings.host_origin.as_deref(),
        Some("https://intranet.example.com")
    );
}

// ----------------------------------------------------------- the JSON block

#[test]
fn invalid_json_is_one_warning_and_the_attributes_still_apply() {
    let (settings, warnings) = read_all(
        Some(r#"{ "brand_name": "Acme", }"#),
        &[("length", "full")],
        "?kiosk",
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].starts_with("settings.json: the settings block is not valid JSON"));
    assert_eq!(settings.brand_name, None);
    assert_eq!(settings.length, LengthSetting::Full);
    assert_eq!(settings.mode, Mode::Kiosk);
}

#[test]
fn a_block_that_is_not_an_object_is_one_warning() {
    for block in ["[]", "null", "\"brand\"", "42", "true"] {
        let (settings, warnings) = json(block);
        assert_eq!(settings, Settings::default());
        assert_eq!(warnings.len(), 1, "{block}");
        assert!(
            warnings[0].starts_with("settings.json: the settings block must be a JSON object"),
            "{warnings:?}"
        );
    }
}

#[test]
fn the_block_is_read_as_serde_json_reads_it() {
    // A repeated key: the last one wins, without a warning.
    let (settings, warnings) = json(r#"{ "brand_name": "First", "brand_name": "Last" }"#);
    assert_eq!(settings.brand_name.as_deref(), Some("Last"));
    assert!(warnings.is_empty(), "{warnings:?}");
    // Keys are read in sorted order, whatever the block's order.
    let (_, warnings) = json(r#"{ "zebra": 1, "apple": 2 }"#);
    assert_eq!(
        warnings,
        [
            "settings.apple: is not a setting",
            "settings.zebra: is not a setting"
        ]
    );
    // serde_json's own words name the problem and its place.
    let (_, warnings) = json("{ \"brand_name\": \"Acme\", }");
    assert_eq!(
        warnings,
        ["settings.json: the settings block is not valid JSON (trailing comma at line 1 column 25), so none of it applies"]
    );
    // Nesting past serde_json's limit is one warning, not a crash.
    let deep = format!(
        "{{ \"brand_name\": \"Acme\", \"x\": {}{} }}",
        "[".repeat(200),
        "]".repeat(200)
    );
    let (settings, warnings) = json(&deep);
    assert_eq!(settings, Settings::default());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with(
            "settings.json: the settings block is not valid JSON (recursion limit exceeded"
        ),
        "{warnings:?}"
    );
}

#[test]
fn unknown_keys_in_the_block_are_warned_about_and_the_rest_applies() {
    let (settings, warnings) = json(
        r#"{ "brand_name": "Acme", "brand": "x", "colours": { "primary": "red", "background": "blue" } }"#,
    );
    assert_eq!(settings.brand_name.as_deref(), Some("Acme"));
    assert_eq!(settings.colours.primary.as_deref(), Some("red"));
    assert_eq!(
        warnings,
        vec![
            "settings.brand: is not a setting".to_owned(),
            "settings.colours.background: is not a setting".to_owned(),
        ]
    );
}

#[test]
fn likely_slips_get_a_suggestion() {
    assert_eq!(
        json_refused("brand-name", "\"Acme\""),
        "settings.brand-name: is not a setting; did you mean \"brand_name\"?"
    );
    assert_eq!(
        json_refused("colors", "{ \"primary\": \"red\" }"),
        "settings.colors: is not a setting; did you mean \"colours\"?"
    );
    // Setting names that are not on the page: the app decides them itself.
    json_refused("storage_key", "\"x\"");
    json_refused("mount_id", "\"x\"");
}

#[test]
fn a_group_that_is_not_an_object_is_one_warning() {
    assert_eq!(
        json_refused("colours", "\"red\""),
        "settings.colours: must be an object with primary, inside, outside, not text"
    );
    assert_eq!(
        json_refused("call_to_action", "\"https://example.org\""),
        "settings.call_to_action: must be an object with heading, text, label, url, not text"
    );
}

// --------------------------------------------------- bad values of each kind

#[test]
fn wrong_json_types_are_refused() {
    for (key, value, expected) in [
        ("brand_name", "42", "must be text, not a number"),
        ("brand_name", "null", "must be text, not null"),
        ("brand_name", "[\"Acme\"]", "must be text, not an array"),
        ("logo", "{}", "must be text, not an object"),
        ("privacy_url", "true", "must be text, not true or false"),
        ("length", "1", "must be text, not a number"),
        ("mode", "false", "must be text, not true or false"),
        ("bank", "1", "must be text, not a number"),
        ("host_origin", "[]", "must be text, not an array"),
        ("share_base_url", "null", "must be text, not null"),
        ("share", "\"false\"", "must be true or false, not text"),
        ("share", "0", "must be true or false, not a number"),
        ("show_qr", "\"true\"", "must be true or false, not text"),
        (
            "idle_seconds",
            "\"60\"",
            "must be a whole number of seconds, not text",
        ),
    ] {
        assert_eq!(
            json_refused(key, value),
            format!("settings.{key}: {expected}"),
            "{key}: {value}"
        );
    }
    let (settings, warnings) = json(r#"{ "colours": { "primary": 255 } }"#);
    assert_eq!(settings.colours.primary, None);
    assert_eq!(
        warnings,
        vec!["settings.colours.primary: must be text, not a number"]
    );
}

#[test]
fn empty_text_is_refused_everywhere() {
    for key in [
        "brand_name",
        "logo",
        "privacy_url",
        "length",
        "share_base_url",
        "mode",
        "bank",
        "host_origin",
    ] {
        for value in ["\"\"", "\"   \""] {
            assert_eq!(
                json_refused(key, value),
                format!("settings.{key}: is empty")
            );
        }
    }
    for (name, key) in [
        ("brand-name", "brand_name"),
        ("colours-primary", "colours.primary"),
        ("share", "share"),
        ("show-qr", "show_qr"),
        ("idle-seconds", "idle_seconds"),
        ("host-origin", "host_origin"),
    ] {
        let message = data_refused(name, key, "");
        assert!(
            message.ends_with("is empty") || message.contains("\"\""),
            "{message}"
        );
    }
}

#[test]
fn a_colour_the_browser_refuses_is_one_warning_and_the_others_apply() {
    let (settings, warnings) =
        json(r##"{ "colours": { "primary": "bleu", "inside": "#0f766e", "outside": "#12345" } }"##);
    assert_eq!(settings.colours.primary, None);
    assert_eq!(settings.colours.inside.as_deref(), Some("#0f766e"));
    assert_eq!(settings.colours.outside, None);
    assert_eq!(
        warnings,
        [
            "settings.colours.outside: \"#12345\" is not a CSS colour",
            "settings.colours.primary: \"bleu\" is not a CSS colour",
        ]
    );
    assert_eq!(
        data_refused("colours-inside", "colours.inside", "oklch(nonsense)"),
        "settings.colours.inside: \"oklch(nonsense)\" is not a CSS colour"
    );
}

#[test]
fn any_colour_the_browser_reads_is_kept_as_given_without_surrounding_spaces() {
    for colour in [
        "oklch(45% 0.15 340)",
        "lab(40% 50 -20)",
        "color-mix(in srgb, red 40%, blue)",
        "rebeccapurple",
    ] {
        let settings = data_ok("colours-primary", &format!("  {colour}\n"));
        assert_eq!(settings.colours.primary.as_deref(), Some(colour));
        let settings = json_ok("colours", &format!("{{ \"outside\": {colour:?} }}"));
        assert_eq!(settings.colours.outside.as_deref(), Some(colour));
    }
}

#[test]
fn text_is_kept_exactly_as_given_never_stripped() {
    let hostile = "<img src=x onerror=alert(1)>";
    let (settings, warnings) = json(&format!(
        r#"{{ "brand_name": "{hostile}", "call_to_action": {{ "heading": "{hostile}",
              "text": "{hostile}", "label": "{hostile}", "url": "https://example.org" }} }}"#
    ));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(settings.brand_name.as_deref(), Some(hostile));
    let cta = settings.call_to_action.expect("complete");
    assert_eq!([cta.heading, cta.text, cta.label], [hostile; 3]);
    assert_eq!(
        data_ok("brand-name", " Ünïcödé & Co. ")
            .brand_name
            .as_deref(),
        Some(" Ünïcödé & Co. ")
    );
}

#[test]
fn text_longer_than_the_limit_is_refused_not_cut() {
    let at_limit = "é".repeat(200);
    assert_eq!(
        json_ok("brand_name", &format!("\"{at_limit}\"")).brand_name,
        Some(at_limit)
    );
    assert_eq!(
        json_refused("brand_name", &format!("\"{}\"", "a".repeat(201))),
        "settings.brand_name: is 201 characters long; the most is 200"
    );
    let long_text = "a".repeat(400);
    let block = format!(
        r#"{{ "call_to_action": {{ "heading": "H", "text": "{long_text}", "label": "{}", "url": "tel:+441234567890" }} }}"#,
        "b".repeat(201)
    );
    let (settings, warnings) = json(&block);
    assert_eq!(settings.call_to_action, None);
    assert_eq!(
        warnings,
        vec!["settings.call_to_action.label: is 201 characters long; the most is 200"]
    );
}

#[test]
fn the_logo_must_stay_on_the_page_or_be_an_image() {
    for (url, kept) in [
        ("logo.png", here("logo.png")),
        ("./assets/logo.svg", here("assets/logo.svg")),
        (
            "/assets/logo.svg",
            "https://example.com/assets/logo.svg".to_owned(),
        ),
        (
            "../logo.png?v=2",
            "https://example.com/tools/logo.png?v=2".to_owned(),
        ),
        ("assets/my logo.png", here("assets/my%20logo.png")),
        ("logo\u{0}.png", here("logo%00.png")),
        (
            "https://example.com/logo.png",
            "https://example.com/logo.png".to_owned(),
        ),
        (
            "HTTPS://EXAMPLE.COM:443/logo.png",
            "https://example.com/logo.png".to_owned(),
        ),
        ("https://example.com", "https://example.com/".to_owned()),
        (
            "data:image/png;base64,iVBORw0KGgo=",
            "data:image/png;base64,iVBORw0KGgo=".to_owned(),
        ),
        (
            "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'/%3E",
            "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'/%3E".to_owned(),
        ),
        (
            "DATA:IMAGE/JPEG;base64,/9j/4AAQ",
            "data:IMAGE/JPEG;base64,/9j/4AAQ".to_owned(),
        ),
        (
            "data:image/gif;base64,R0lGOD",
            "data:image/gif;base64,R0lGOD".to_owned(),
        ),
        (
            "data:image/webp;base64,UklGR",
            "data:image/webp;base64,UklGR".to_owned(),
        ),
        (
            "data:image/avif;base64,AAAA",
            "data:image/avif;base64,AAAA".to_owned(),
        ),
    ] {
        assert_eq!(
            json_ok("logo", &serde_json_string(url)).logo,
            Some(kept),
            "{url}"
        );
    }
    for url in [
        "https://evil.example/logo.png",
        "http://example.com/logo.png",
        "https://example.com:8443/logo.png",
        "https://example.com.evil.example/logo.png",
        "https://example.com@evil.example/logo.png",
        "//evil.example/logo.png",
        "\\\\evil.example/logo.png",
        "/\\evil.example/logo.png",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u{1}javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD4=",
        "data:image/svg",
        "data:image/pngx;base64,AAAA",
        "data:,hello",
        "ftp://example.com/logo.png",
        "file:///etc/passwd",
        "blob:https://example.com/1234",
        "vbscript:msgbox(1)",
        "https://",
    ] {
        let message = json_refused("logo", &serde_json_string(url));
        assert!(
            message.contains("is refused: a logo is") || message.contains("not on this page"),
            "{message}"
        );
    }
}

#[test]
fn a_page_opened_from_a_file_takes_a_logo_beside_it_but_not_from_the_web() {
    let file_page = Page {
        origin: "null".to_owned(),
        base: "file:///home/me/radar/index.html".to_owned(),
        query: String::new(),
    };
    let (settings, warnings) = read(
        Some(r#"{"logo": "https://example.com/logo.png"}"#),
        &[],
        &file_page,
        &Native,
    );
    assert_eq!(settings.logo, None);
    assert_eq!(warnings.len(), 1);
    let (settings, warnings) = read(Some(r#"{"logo": "logo.png"}"#), &[], &file_page, &Native);
    assert_eq!(
        settings.logo.as_deref(),
        Some("file:///home/me/radar/logo.png")
    );
    assert!(warnings.is_empty());
}

#[test]
fn url_cases_get_the_verdict_the_url_standard_implies() {
    assert_eq!(url_cases::failures(&Native), Vec::<String>::new());
}

#[test]
fn urls_are_cleaned_as_a_browser_would_before_they_are_kept() {
    assert_eq!(
        json_ok("privacy_url", "\"  /privacy\\n\"")
            .privacy_url
            .as_deref(),
        Some("https://example.com/privacy")
    );
    let (settings, warnings) = read_all(
        Some(CALL_TO_ACTION_JSON),
        &[("call-to-action-url", " https://exa\tmple.org/bo\nok\r\n")],
        "",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        settings.call_to_action.unwrap().url,
        "https://example.org/book"
    );
}

#[test]
fn the_call_to_action_link_must_be_https_mailto_or_tel() {
    let with_url = |url: &str| {
        let block = CALL_TO_ACTION_JSON.replace("https://example.org/book", url);
        json(&block)
    };
    for (url, kept) in [
        ("https://example.org/book", "https://example.org/book"),
        ("HTTPS://Example.org", "https://example.org/"),
        ("https:example.org", "https://example.org/"),
        (
            "mailto:hello@example.org?subject=Partner%20Radar",
            "mailto:hello@example.org?subject=Partner%20Radar",
        ),
        ("MAILTO:hello@example.org", "mailto:hello@example.org"),
        ("tel:+441234567890", "tel:+441234567890"),
    ] {
        let (settings, warnings) = with_url(url);
        assert!(warnings.is_empty(), "{url}: {warnings:?}");
        assert_eq!(
            settings.call_to_action.map(|c| c.url).as_deref(),
            Some(kept)
        );
    }
    for url in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "  javascript:alert(1)",
        "java\\tscript:alert(1)",
        "\\u0001javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD4=",
        "http://example.org/book",
        "//example.org/book",
        "/book",
        "book.html",
        "https://",
        "https://user:pass@example.org",
        "mailto:",
        "tel:",
        "ftp://example.org",
        "vbscript:msgbox(1)",
    ] {
        let (settings, warnings) = with_url(url);
        assert_eq!(settings.call_to_action, None, "{url}");
        assert_eq!(warnings.len(), 1, "{url}: {warnings:?}");
        assert!(
            warnings[0].starts_with("settings.call_to_action.url: ")
                && warnings[0]
                    .contains("is refused: the link must be an https:, mailto: or tel: URL"),
            "{warnings:?}"
        );
    }
}

#[test]
fn privacy_and_bank_urls_are_relative_or_on_the_web() {
    for key in ["privacy_url", "bank"] {
        for (url, kept) in [
            ("/privacy", "https://example.com/privacy".to_owned()),
            ("privacy.html", here("privacy.html")),
            ("?page=privacy", here("?page=privacy")),
            ("#privacy", here("#privacy")),
            (
                "https://example.org/privacy",
                "https://example.org/privacy".to_owned(),
            ),
            (
                "http://intranet.local/privacy",
                "http://intranet.local/privacy".to_owned(),
            ),
        ] {
            let settings = json_ok(key, &format!("{url:?}"));
            let got = if key == "bank" {
                settings.bank
            } else {
                settings.privacy_url
            };
            assert_eq!(got, Some(kept), "{key}: {url}");
        }
        for url in [
            "javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "data:application/json,{}",
            "https://user:secret@example.org/p",
            "ftp://example.org/p",
            "mailto:privacy@example.org",
            "https://",
        ] {
            let message = json_refused(key, &format!("{url:?}"));
            assert!(message.contains("is refused"), "{message}");
        }
    }
    assert_eq!(
        data_ok("bank", "banks/custom.json").bank,
        Some(here("banks/custom.json"))
    );
}

#[test]
fn the_share_base_url_is_absolute_and_has_no_fragment() {
    for (url, kept) in [
        ("https://example.com/radar/", "https://example.com/radar/"),
        (
            "http://localhost:8080/?kiosk",
            "http://localhost:8080/?kiosk",
        ),
        ("https://example.com", "https://example.com/"),
    ] {
        assert_eq!(
            json_ok("share_base_url", &format!("{url:?}"))
                .share_base_url
                .as_deref(),
            Some(kept)
        );
    }
    for url in [
        "/radar/",
        "radar",
        "javascript:alert(1)",
        "data:text/html,x",
        "//example.com/radar",
    ] {
        let message = json_refused("share_base_url", &format!("{url:?}"));
        assert!(
            message.contains("absolute http: or https: URL"),
            "{message}"
        );
    }
    let message = json_refused("share_base_url", "\"https://example.com/radar#r=abc\"");
    assert!(message.contains("fragment"), "{message}");
}

#[test]
fn the_host_origin_is_exact_and_normalised() {
    for (given, kept) in [
        (
            "https://intranet.example.com",
            "https://intranet.example.com",
        ),
        (
            "https://intranet.example.com/",
            "https://intranet.example.com",
        ),
        (
            " https://intranet.example.com ",
            "https://intranet.example.com",
        ),
        (
            "HTTPS://Intranet.Example.COM",
            "https://intranet.example.com",
        ),
        (
            "https://intranet.example.com:443",
            "https://intranet.example.com",
        ),
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://127.0.0.1:80", "http://127.0.0.1"),
        ("https://[::1]:8443", "https://[::1]:8443"),
    ] {
        assert_eq!(
            json_ok("host_origin", &format!("{given:?}"))
                .host_origin
                .as_deref(),
            Some(kept),
            "{given}"
        );
    }
}

#[test]
fn a_wildcard_or_anything_but_an_origin_is_refused_as_host_origin() {
    assert!(
        json_refused("host_origin", "\"*\"").starts_with("settings.host_origin: \"*\" is refused")
    );
    assert!(data_refused("host-origin", "host_origin", " * ").contains("\"*\" is refused"));
    for origin in [
        "https://intranet.example.com/path",
        "https://intranet.example.com//",
        "https://intranet.example.com?x=1",
        "https://intranet.example.com#x",
        "https://intranet.example.com/?",
    ] {
        let message = json_refused("host_origin", &format!("{origin:?}"));
        assert!(
            message.contains("is not an origin: give only scheme://host[:port]"),
            "{message}"
        );
    }
    for origin in [
        "intranet.example.com",
        "//intranet.example.com",
        "ftp://intranet.example.com",
        "javascript:alert(1)",
        "null",
        "https://",
        "https://user@intranet.example.com",
        "https://intranet.example.com:99999",
        "https://intranet.example.com:44a",
        "https://exa mple.com",
        "file:///etc",
    ] {
        let message = json_refused("host_origin", &format!("{origin:?}"));
        assert!(message.contains("is not an origin"), "{message}");
    }
}

#[test]
fn idle_seconds_out_of_range_or_not_whole_is_refused() {
    for value in [
        "0",
        "4",
        "3601",
        "-1",
        "2.5",
        "60.0",
        "1e3",
        "99999999999999999999",
    ] {
        let message = json_refused("idle_seconds", value);
        assert!(message.contains("5..=3600"), "{value}: {message}");
    }
    for value in ["4", "3601", "0", "99999999999999999999"] {
        let message = data_refused("idle-seconds", "idle_seconds", value);
        assert!(
            message.contains("is outside 5..=3600 seconds"),
            "{value}: {message}"
        );
    }
    for value in ["6O", "-10", "60s", "1.5", "+60"] {
        let message = data_refused("idle-seconds", "idle_seconds", value);
        assert!(
            message.contains("is not a whole number of seconds"),
            "{value}: {message}"
        );
    }
}

#[test]
fn choices_outside_their_list_are_refused() {
    assert_eq!(
        json_refused("length", "\"medium\""),
        "settings.length: \"medium\" must be one of \"choose\", \"quick\", \"full\""
    );
    assert_eq!(
        data_refused("mode", "mode", "presentation"),
        "settings.mode: \"presentation\" must be one of \"standard\", \"kiosk\", \"workshop\""
    );
}

#[test]
fn booleans_from_attributes_must_say_true_or_false() {
    for value in ["yes", "no", "1", "0", "on"] {
        assert_eq!(
            data_refused("share", "share", value),
            format!("settings.share: {value:?} must be \"true\" or \"false\"")
        );
        data_refused("show-qr", "show_qr", value);
    }
}

// -------------------------------------------------------- call to action

#[test]
fn the_call_to_action_needs_all_four_parts() {
    let (settings, warnings) = json(CALL_TO_ACTION_JSON);
    assert!(warnings.is_empty());
    assert_eq!(settings.call_to_action, Some(full_call_to_action()));

    let (settings, warnings) =
        json(r#"{ "call_to_action": { "heading": "Talk", "url": "https://example.org" } }"#);
    assert_eq!(settings.call_to_action, None);
    assert_eq!(
        warnings,
        vec!["settings.call_to_action: needs a heading, text, label and url, but has no text or label, so none is shown"]
    );

    let (settings, warnings) = data(&[("call-to-action-label", "Book")]);
    assert_eq!(settings.call_to_action, None);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("has no heading or text or url"),
        "{warnings:?}"
    );
}

#[test]
fn call_to_action_parts_combine_across_sources() {
    let (settings, warnings) = read_all(
        Some(
            r#"{ "call_to_action": { "heading": "Talk it through", "text": "Book a free conversation about your radar." } }"#,
        ),
        &[
            ("call-to-action-label", "Book a call"),
            ("call-to-action-url", "https://example.org/book"),
        ],
        "",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(settings.call_to_action, Some(full_call_to_action()));

    // An attribute overrides one part of a complete block.
    let (settings, warnings) = read_all(
        Some(CALL_TO_ACTION_JSON),
        &[("call-to-action-url", "mailto:hello@example.org")],
        "",
    );
    assert!(warnings.is_empty());
    assert_eq!(
        settings.call_to_action.unwrap().url,
        "mailto:hello@example.org"
    );
}

#[test]
fn a_refused_call_to_action_url_is_one_warning_and_no_link() {
    let block = CALL_TO_ACTION_JSON.replace("https://example.org/book", "javascript:alert(1)");
    let (settings, warnings) = json(&block);
    assert_eq!(settings.call_to_action, None);
    assert_eq!(
        warnings,
        vec!["settings.call_to_action.url: \"javascript:alert(1)\" is refused: the link must be an https:, mailto: or tel: URL"]
    );
    // A bad attribute leaves the block's good url in place.
    let (settings, warnings) = read_all(
        Some(CALL_TO_ACTION_JSON),
        &[("call-to-action-url", "javascript:alert(1)")],
        "",
    );
    assert_eq!(settings.call_to_action, Some(full_call_to_action()));
    assert_eq!(warnings.len(), 1);
}

// ---------------------------------------------------------- all together

#[test]
fn each_bad_field_gets_exactly_one_warning_and_the_good_ones_apply() {
    let (settings, warnings) = read_all(
        Some(
            r#"{
            "brand_name": "Acme",
            "logo": "javascript:alert(1)",
            "colours": { "primary": "bleu", "inside": "teal" },
            "privacy_url": "data:text/html,x",
            "length": "quick",
            "share": "no",
            "host_origin": "*",
            "idle_seconds": 2,
            "mode": "kiosk",
            "unknown": 1
        }"#,
        ),
        &[("bank", "javascript:alert(1)"), ("show-qr", "true")],
        "",
    );
    let fields: Vec<&str> = warnings
        .iter()
        .map(|w| w.split(':').next().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "settings.colours.primary",
            "settings.host_origin",
            "settings.idle_seconds",
            "settings.logo",
            "settings.privacy_url",
            "settings.share",
            "settings.unknown",
            "settings.bank",
        ]
    );
    assert_eq!(settings.brand_name.as_deref(), Some("Acme"));
    assert_eq!(settings.colours.inside.as_deref(), Some("teal"));
    assert_eq!(settings.length, LengthSetting::Quick);
    assert_eq!(settings.mode, Mode::Kiosk);
    assert!(settings.share, "the default stays");
    assert!(settings.show_qr);
    assert_eq!(
        (
            settings.logo,
            settings.privacy_url,
            settings.host_origin,
            settings.idle_seconds,
            settings.bank
        ),
        (None, None, None, None, None)
    );
}

#[test]
fn warnings_read_as_settings_dot_field() {
    let warning = Warning {
        field: "colours.primary".to_owned(),
        message: "\"bleu\" is not a CSS colour".to_owned(),
    };
    assert_eq!(
        warning.to_string(),
        "settings.colours.primary: \"bleu\" is not a CSS colour"
    );
}

/// A JSON string literal for `text`, escaping control characters.
fn serde_json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
