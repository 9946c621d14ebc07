//! Start-up settings: one typed struct, read once when the app starts.
//!
//! A host page changes them without a rebuild. Later sources override earlier ones:
//! 1. the built-in defaults;
//! 2. a JSON block, `<script type="application/json" id="partner-radar-settings">`;
//! 3. `data-*` attributes on the mount element: the same keys in kebab-case,
//!    nested ones flattened (`data-brand-name`, `data-colours-primary`,
//!    `data-call-to-action-url`);
//! 4. for `mode` only, the page's query (`?kiosk`, `?workshop`). Nothing else is ever read
//!    from the address, so a page that frames the app cannot redirect its results.
//!
//! Unknown keys in the JSON block are warned about, as they are usually typos;
//! `data-*` attributes that are not settings (`data-partner-radar`, a host's
//! own) are ignored silently, except a misspelt part of `colours` or
//! `call_to_action`.
//!
//! [`read`] is plain Rust and tested natively; `services::settings` reads the
//! page. What only the browser can judge it asks through [`Platform`]: its URL
//! parser decides every URL setting (`urls.rs`), and its CSS parser every colour.
//! A bad value never stops the app: the field keeps its earlier value and one
//! [`Warning`] names the field and says why.

use std::fmt;
use std::ops::RangeInclusive;

use serde_json::Value;

use crate::domain::text::{quoted, replace_all};

mod urls;

pub use urls::ParsedUrl;
use urls::UrlRules;

/// Most characters in a brand name, heading or label. Longer text is refused
/// with a warning rather than cut, so no half-word ever reaches the page.
pub const MAX_SHORT_TEXT: usize = 200;

/// Most characters in the call to action's text; refused, not cut, when longer.
pub const MAX_LONG_TEXT: usize = 400;

/// The idle time a kiosk may be given, in seconds.
pub const IDLE_SECONDS: RangeInclusive<u32> = 5..=3600;

/// How this copy of the app is set up on its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Id of the element the app mounts into; the app never takes over `<body>`. Not a page setting.
    pub mount_id: String,
    /// localStorage key for saved progress. Not a page setting.
    pub storage_key: String,
    /// The consultancy's name, shown as text (and the logo's alt text).
    pub brand_name: Option<String>,
    /// The logo's URL, resolved: on the page's own origin, or `data:image/…`.
    pub logo: Option<String>,
    /// Brand colours, applied as custom properties on the mount element.
    pub colours: Colours,
    /// The block shown after the advice; only when all four parts are valid.
    pub call_to_action: Option<CallToAction>,
    /// The host's privacy page, resolved: an `http:` or `https:` URL.
    pub privacy_url: Option<String>,
    /// Which lengths of the assessment a person may take.
    pub length: LengthSetting,
    /// Whether the results offer a share link.
    pub share: bool,
    /// Where share links and QR codes point; `None` means the page's own address.
    pub share_base_url: Option<String>,
    /// Standard, kiosk for a shared device at a stand, or workshop for a facilitator.
    pub mode: Mode,
    /// URL of a question bank to load instead of the built-in one, resolved.
    pub bank: Option<String>,
    /// The one exact origin (`https://host[:port]`) that may receive personal events.
    pub host_origin: Option<String>,
    /// Seconds without input before a kiosk asks "Still there?"; `None` for its defaults.
    pub idle_seconds: Option<u32>,
    /// Show the share link's QR code outside kiosk mode too.
    pub show_qr: bool,
    /// Offer "Ask others how they see you" (invitations and replies). Off in kiosk mode.
    pub raters: bool,
    /// Keep finished attempts on the device to lay over later ones. Off in kiosk mode.
    pub history: bool,
}

impl Settings {
    /// Whether invitations and replies are offered: the setting, never on a kiosk.
    pub fn raters_on(&self) -> bool {
        self.raters && self.mode != Mode::Kiosk
    }

    /// Whether finished attempts are kept: the setting, never on a kiosk.
    pub fn history_on(&self) -> bool {
        self.history && self.mode != Mode::Kiosk
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            mount_id: "partner-radar".to_owned(),
            storage_key: "partner-radar/progress".to_owned(),
            brand_name: None,
            logo: None,
            colours: Colours::default(),
            call_to_action: None,
            privacy_url: None,
            length: LengthSetting::default(),
            share: true,
            share_base_url: None,
            mode: Mode::default(),
            bank: None,
            host_origin: None,
            idle_seconds: None,
            show_qr: false,
            raters: true,
            history: true,
        }
    }
}

/// Brand colours, each as the page gave it and the browser accepted it (any
/// CSS colour: `#7a1f5c`, `oklch(…)`, `color-mix(…)`); one left unset keeps
/// the stylesheet's token.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Colours {
    /// `--pr-primary`: buttons, links and the score shape.
    pub primary: Option<String>,
    /// `--pr-inside`: the groups inside the organisation.
    pub inside: Option<String>,
    /// `--pr-outside`: the groups outside the organisation.
    pub outside: Option<String>,
}

/// The host's invitation after the results, e.g. to book a conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallToAction {
    /// The block's heading.
    pub heading: String,
    /// A sentence or two under the heading.
    pub text: String,
    /// The link's text.
    pub label: String,
    /// Where the link goes: `https:`, `mailto:` or `tel:` only.
    pub url: String,
}

/// Which lengths of the assessment are offered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LengthSetting {
    /// The person chooses the quick or the full version.
    #[default]
    Choose,
    /// Only the quick version.
    Quick,
    /// Only the full version.
    Full,
}

/// How the app runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mode {
    /// On a person's own device.
    #[default]
    Standard,
    /// On a shared device: attract screen, idle reset, nothing kept between visitors.
    Kiosk,
    /// A facilitator's device: a team's radar from many people's share links.
    Workshop,
}

/// What [`read`] needs to know about the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The page's origin, e.g. `https://example.com` (`location.origin`); `null` when opaque.
    pub origin: String,
    /// What relative URLs resolve against (`document.baseURI`: the page's
    /// address, or its `<base href>`), as `<img>`, links and `fetch` resolve them.
    pub base: String,
    /// The page's query, e.g. `?kiosk` or empty (`location.search`).
    pub query: String,
}

/// The browser's judgement, which settings defer to rather than imitate:
/// the app asks the browser itself, native tests a stand-in.
pub trait Platform {
    /// What a WHATWG URL parser makes of `input`, resolved against `base`
    /// when given (`new URL(input, base)`); `None` when it fails.
    fn parse_url(&self, input: &str, base: Option<&str>) -> Option<ParsedUrl>;
    /// True when the browser reads `value` as a CSS colour.
    fn is_colour(&self, value: &str) -> bool;
}

/// A setting that was ignored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The setting's path, e.g. `colours.primary`, or `json` for the block as a whole.
    pub field: String,
    /// Why it was ignored, e.g. `"bleu" is not a CSS colour`.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "settings.{}: {}", self.field, self.message)
    }
}

/// Every setting a page can give, by its path in the JSON block.
const KEYS: [&str; 20] = [
    "brand_name",
    "logo",
    "colours.primary",
    "colours.inside",
    "colours.outside",
    "call_to_action.heading",
    "call_to_action.text",
    "call_to_action.label",
    "call_to_action.url",
    "privacy_url",
    "length",
    "share",
    "share_base_url",
    "mode",
    "bank",
    "host_origin",
    "idle_seconds",
    "show_qr",
    "raters",
    "history",
];

/// Keys that hold an object of further keys in the JSON block.
const GROUPS: [&str; 2] = ["colours", "call_to_action"];

/// The parts of a call to action, all required.
const CALL_TO_ACTION_PARTS: [&str; 4] = ["heading", "text", "label", "url"];

/// Reads the settings: the block's text, the mount's data attributes (names
/// without `data-`), the page, with the browser's judgement of URLs and colours.
pub fn read(
    json_block: Option<&str>,
    data_attributes: &[(String, String)],
    page: &Page,
    platform: &dyn Platform,
) -> (Settings, Vec<Warning>) {
    let page_is_file = platform
        .parse_url(&page.base, None)
        .is_some_and(|base| base.protocol == "file:");
    let mut reader = Reader {
        settings: Settings::default(),
        call_to_action: Default::default(),
        given: [false; 4],
        warnings: Vec::new(),
        platform,
        urls: UrlRules {
            platform,
            page_origin: &page.origin,
            base: &page.base,
            page_is_file,
        },
    };
    if let Some(text) = json_block {
        reader.json_block(text);
    }
    reader.data_attributes(data_attributes);
    reader.query(&page.query);
    reader.finish()
}

/// A value as a source gives it.
#[derive(Clone, Copy)]
enum Raw<'a> {
    /// From the JSON block, with its JSON type.
    Json(&'a Value),
    /// From a data attribute: always text.
    Attribute(&'a str),
}

impl<'a> Raw<'a> {
    /// The value as non-blank text.
    fn text(self) -> Result<&'a str, String> {
        let text = match self {
            Raw::Json(Value::String(text)) => text.as_str(),
            Raw::Attribute(text) => text,
            Raw::Json(other) => return Err(format!("must be text, not {}", type_name(other))),
        };
        if text.trim().is_empty() {
            return Err("is empty".to_owned());
        }
        Ok(text)
    }

    /// A JSON boolean, or the text `true` or `false` from an attribute.
    fn boolean(self) -> Result<bool, String> {
        match self {
            Raw::Json(Value::Bool(value)) => Ok(*value),
            Raw::Json(other) => Err(format!("must be true or false, not {}", type_name(other))),
            Raw::Attribute(_) => match self.text()?.trim().to_ascii_lowercase().as_str() {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(format!(
                    "{} must be \"true\" or \"false\"",
                    quote(self.text()?)
                )),
            },
        }
    }

    /// A whole number of seconds within [`IDLE_SECONDS`]: a JSON number, or digits from an attribute.
    fn idle_seconds(self) -> Result<u32, String> {
        let range = format!("{}..={}", IDLE_SECONDS.start(), IDLE_SECONDS.end());
        let number = match self {
            Raw::Json(Value::Number(n)) => n
                .as_u64()
                .ok_or_else(|| format!("must be a whole number of seconds in {range}, not {n}"))?,
            Raw::Json(other) => {
                return Err(format!(
                    "must be a whole number of seconds, not {}",
                    type_name(other)
                ))
            }
            Raw::Attribute(_) => {
                let text = self.text()?.trim();
                if !text.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(format!("{} is not a whole number of seconds", quote(text)));
                }
                text.parse().unwrap_or(u64::MAX)
            }
        };
        u32::try_from(number)
            .ok()
            .filter(|n| IDLE_SECONDS.contains(n))
            .ok_or_else(|| format!("{number} is outside {range} seconds"))
    }

    /// One of `options`, by name, ignoring case and surrounding spaces.
    fn choice<T: Copy>(self, options: &[(&str, T)]) -> Result<T, String> {
        let text = self.text()?;
        let wanted = text.trim();
        options
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
            .map(|(_, value)| *value)
            .ok_or_else(|| {
                let names: Vec<String> = options.iter().map(|(n, _)| format!("\"{n}\"")).collect();
                format!("{} must be one of {}", quote(text), names.join(", "))
            })
    }

    /// Text of at most `max` characters.
    fn short_text(self, max: usize) -> Result<String, String> {
        let text = self.text()?;
        let length = text.chars().count();
        if length > max {
            return Err(format!("is {length} characters long; the most is {max}"));
        }
        Ok(text.to_owned())
    }

    /// A CSS colour, as the browser judges it; kept without surrounding spaces.
    fn colour(self, platform: &dyn Platform) -> Result<String, String> {
        let text = self.text()?;
        let colour = text.trim();
        if platform.is_colour(colour) {
            Ok(colour.to_owned())
        } else {
            Err(format!("{} is not a CSS colour", quote(text)))
        }
    }
}

/// The settings as they are built, source by source.
struct Reader<'a> {
    settings: Settings,
    /// Valid call-to-action parts so far, in [`CALL_TO_ACTION_PARTS`] order.
    call_to_action: [Option<String>; 4],
    /// Which parts some source gave, valid or not.
    given: [bool; 4],
    warnings: Vec<Warning>,
    platform: &'a dyn Platform,
    urls: UrlRules<'a>,
}

impl Reader<'_> {
    fn warn(&mut self, field: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            field: field.to_owned(),
            message: message.into(),
        });
    }

    /// Applies one setting by its path, or warns and leaves it as it was.
    fn set(&mut self, key: &str, raw: Raw) {
        if let Some(part) = key.strip_prefix("call_to_action.") {
            return self.set_call_to_action(key, part, raw);
        }
        let (urls, platform) = (&self.urls, self.platform);
        let s = &mut self.settings;
        let result = match key {
            "brand_name" => raw
                .short_text(MAX_SHORT_TEXT)
                .map(|v| s.brand_name = Some(v)),
            "logo" => raw
                .text()
                .and_then(|t| urls.logo(t))
                .map(|v| s.logo = Some(v)),
            "colours.primary" => raw.colour(platform).map(|c| s.colours.primary = Some(c)),
            "colours.inside" => raw.colour(platform).map(|c| s.colours.inside = Some(c)),
            "colours.outside" => raw.colour(platform).map(|c| s.colours.outside = Some(c)),
            "privacy_url" => raw
                .text()
                .and_then(|t| urls.web(t))
                .map(|v| s.privacy_url = Some(v)),
            "length" => raw
                .choice(&[
                    ("choose", LengthSetting::Choose),
                    ("quick", LengthSetting::Quick),
                    ("full", LengthSetting::Full),
                ])
                .map(|v| s.length = v),
            "share" => raw.boolean().map(|v| s.share = v),
            "share_base_url" => raw
                .text()
                .and_then(|t| urls.share_base_url(t))
                .map(|v| s.share_base_url = Some(v)),
            "mode" => raw
                .choice(&[
                    ("standard", Mode::Standard),
                    ("kiosk", Mode::Kiosk),
                    ("workshop", Mode::Workshop),
                ])
                .map(|v| s.mode = v),
            "bank" => raw
                .text()
                .and_then(|t| urls.web(t))
                .map(|v| s.bank = Some(v)),
            "host_origin" => raw
                .text()
                .and_then(|t| urls.host_origin(t))
                .map(|v| s.host_origin = Some(v)),
            "idle_seconds" => raw.idle_seconds().map(|v| s.idle_seconds = Some(v)),
            "show_qr" => raw.boolean().map(|v| s.show_qr = v),
            "raters" => raw.boolean().map(|v| s.raters = v),
            "history" => raw.boolean().map(|v| s.history = v),
            _ => unreachable!("only keys from KEYS are set"),
        };
        if let Err(message) = result {
            self.warn(key, message);
        }
    }

    /// Keeps one part of the call to action until every source has been read.
    fn set_call_to_action(&mut self, key: &str, part: &str, raw: Raw) {
        let index = CALL_TO_ACTION_PARTS
            .iter()
            .position(|p| *p == part)
            .expect("only parts from KEYS are set");
        self.given[index] = true;
        let value = match part {
            "url" => raw.text().and_then(|t| self.urls.call_to_action(t)),
            "text" => raw.short_text(MAX_LONG_TEXT),
            _ => raw.short_text(MAX_SHORT_TEXT),
        };
        match value {
            Ok(value) => self.call_to_action[index] = Some(value),
            Err(message) => self.warn(key, message),
        }
    }

    /// Source 2: the JSON block. Invalid JSON is one warning, and nothing from it applies.
    fn json_block(&mut self, text: &str) {
        // An empty block is a template left blank, not a mistake.
        if text.trim().is_empty() {
            return;
        }
        let root: Value = match serde_json::from_str(text) {
            Ok(root) => root,
            Err(e) => {
                return self.warn(
                    "json",
                    format!("the settings block is not valid JSON ({e}), so none of it applies"),
                )
            }
        };
        // serde_json keeps the last of a repeated key and gives the keys in
        // sorted order, so the warnings come in the same order on every page.
        let Value::Object(map) = &root else {
            return self.warn(
                "json",
                format!(
                    "the settings block must be a JSON object, not {}",
                    type_name(&root)
                ),
            );
        };
        for (key, value) in map {
            if GROUPS.contains(&key.as_str()) {
                let Value::Object(inner) = value else {
                    let parts = parts_of(key).join(", ");
                    self.warn(
                        key,
                        format!("must be an object with {parts}, not {}", type_name(value)),
                    );
                    continue;
                };
                for (part, value) in inner {
                    let path = format!("{key}.{part}");
                    self.set_known(&path, Raw::Json(value));
                }
            } else {
                self.set_known(key, Raw::Json(value));
            }
        }
    }

    /// Sets `path` if it is a setting, else warns that it is not one.
    fn set_known(&mut self, path: &str, raw: Raw) {
        if KEYS.contains(&path) {
            return self.set(path, raw);
        }
        // Two likely slips: kebab-case from the attributes, and American spelling.
        let guess = replace_all(&path.replace('-', "_"), "color", "colour");
        let hint = if KEYS.contains(&guess.as_str()) || GROUPS.contains(&guess.as_str()) {
            format!("; did you mean \"{guess}\"?")
        } else {
            String::new()
        };
        self.warn(path, format!("is not a setting{hint}"));
    }

    /// Source 3: the mount element's `data-*` attributes, names without `data-`.
    fn data_attributes(&mut self, attributes: &[(String, String)]) {
        for (name, value) in attributes {
            let name = name.to_ascii_lowercase();
            if let Some(key) = KEYS.iter().find(|key| kebab(key) == name) {
                self.set(key, Raw::Attribute(value));
                continue;
            }
            // Within a group's prefix the host clearly meant a setting; elsewhere
            // the attribute is somebody else's (`data-partner-radar`, the host's own).
            for group in GROUPS {
                let prefix = kebab(group);
                if name == prefix {
                    let example = format!("data-{prefix}-{}", parts_of(group)[0]);
                    self.warn(
                        group,
                        format!("takes one attribute per part, such as {example}, not data-{name}"),
                    );
                } else if let Some(part) = name.strip_prefix(&format!("{prefix}-")) {
                    let path = format!("{group}.{}", part.replace('-', "_"));
                    self.warn(&path, format!("is not a setting (from data-{name})"));
                }
            }
        }
    }

    /// Source 4: the page's query, for `mode` only. `?kiosk`, `?kiosk=1` and
    /// `?kiosk=true` switch kiosk mode on, and `?workshop` (the same values)
    /// workshop mode; `0` and `false` leave the mode as it is. A kiosk has no
    /// workshop: `?workshop` never turns a kiosk, however it was set, into one.
    fn query(&mut self, query: &str) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut workshop = false;
        for pair in query.split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let mode = match name {
                "kiosk" => Mode::Kiosk,
                "workshop" => Mode::Workshop,
                _ => continue, // no other setting may come from the address
            };
            match value {
                "" | "1" | "true" if mode == Mode::Kiosk => self.settings.mode = Mode::Kiosk,
                "" | "1" | "true" => workshop = true,
                "0" | "false" => {}
                other => self.warn(
                    "mode",
                    format!(
                        "?{name}={} in the address is ignored; use ?{name}, ?{name}=1 or ?{name}=true",
                        quote(other)
                    ),
                ),
            }
        }
        if workshop {
            if self.settings.mode == Mode::Kiosk {
                self.warn("mode", "?workshop is ignored: kiosk mode has no workshop");
            } else {
                self.settings.mode = Mode::Workshop;
            }
        }
    }

    /// Builds the call to action from its parts, once every source is read.
    fn finish(mut self) -> (Settings, Vec<Warning>) {
        let parts = std::mem::take(&mut self.call_to_action);
        // Parts given but invalid already have their warning; only name those never given.
        let missing: Vec<&str> = CALL_TO_ACTION_PARTS
            .iter()
            .zip(self.given)
            .filter(|(_, given)| !given)
            .map(|(part, _)| *part)
            .collect();
        match parts {
            [Some(heading), Some(text), Some(label), Some(url)] => {
                self.settings.call_to_action = Some(CallToAction {
                    heading,
                    text,
                    label,
                    url,
                });
            }
            _ if self.given.contains(&true) && !missing.is_empty() => self.warn(
                "call_to_action",
                format!(
                    "needs a heading, text, label and url, but has no {}, so none is shown",
                    missing.join(" or ")
                ),
            ),
            _ => {}
        }
        (self.settings, self.warnings)
    }
}

/// A group's part names, e.g. `primary`, `inside`, `outside` for `colours`.
fn parts_of(group: &str) -> Vec<&'static str> {
    KEYS.iter()
        .filter_map(|key| key.strip_prefix(group)?.strip_prefix('.'))
        .collect()
}

/// A key as a data attribute name (without `data-`): `colours.primary` → `colours-primary`.
fn kebab(key: &str) -> String {
    key.replace(['_', '.'], "-")
}

/// The JSON type, for messages: "a number", "an array".
fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Quotes a value for a message, shortened so a long one stays readable.
fn quote(text: &str) -> String {
    const MOST: usize = 60;
    match text.char_indices().nth(MOST) {
        Some((end, _)) => format!("{}…", quoted(&text[..end])),
        None => quoted(text),
    }
}
