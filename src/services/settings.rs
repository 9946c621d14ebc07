//! Reads the settings from the page (JSON block, data attributes, query) and
//! applies the brand colours; the rules themselves are in [`crate::settings`],
//! which asks [`Browser`] how the browser reads each URL and colour.

use web_sys::{Element, HtmlElement, Url};

use crate::settings::{self, Colours, Page, ParsedUrl, Platform, Settings, Warning};

/// Id of the page's settings block, `<script type="application/json" id="…">`.
pub const SETTINGS_BLOCK_ID: &str = "partner-radar-settings";

/// Reads the settings for the app mounted in `mount`, logging one console
/// warning for each setting that was ignored.
pub fn read_page_settings(mount: &Element) -> Settings {
    let mut warnings = Vec::new();
    let block = settings_block(&mut warnings);
    let location = gloo::utils::window().location();
    let page = Page {
        origin: location.origin().unwrap_or_default(),
        base: gloo::utils::document()
            .base_uri()
            .ok()
            .flatten()
            .unwrap_or_default(),
        query: location.search().unwrap_or_default(),
    };
    let (settings, more) =
        settings::read(block.as_deref(), &data_attributes(mount), &page, &Browser);
    for warning in warnings.iter().chain(&more) {
        gloo::console::warn!(warning.to_string());
    }
    settings
}

/// The settings block's text. Only a `<script type="application/json">` is
/// read: it is never run, so it works under a strict CSP.
fn settings_block(warnings: &mut Vec<Warning>) -> Option<String> {
    let element = gloo::utils::document().get_element_by_id(SETTINGS_BLOCK_ID)?;
    let kind = element.get_attribute("type").unwrap_or_default();
    if element.tag_name().eq_ignore_ascii_case("script")
        && kind.trim().eq_ignore_ascii_case("application/json")
    {
        return element.text_content();
    }
    warnings.push(Warning {
        field: "json".to_owned(),
        message: format!(
            "#{SETTINGS_BLOCK_ID} must be a <script type=\"application/json\">, so it is ignored"
        ),
    });
    None
}

/// Every `data-*` attribute of `element`, as (name without `data-`, value).
fn data_attributes(element: &Element) -> Vec<(String, String)> {
    let attributes = element.attributes();
    (0..attributes.length())
        .filter_map(|i| attributes.item(i))
        .filter_map(|attribute| {
            let name = attribute.name().strip_prefix("data-")?.to_owned();
            Some((name, attribute.value()))
        })
        .collect()
}

/// The browser's own parsers: `new URL()` for URLs and `CSS.supports()` for
/// colours, so a setting means to the checks exactly what it means to the page.
pub struct Browser;

impl Platform for Browser {
    fn parse_url(&self, input: &str, base: Option<&str>) -> Option<ParsedUrl> {
        let url = match base {
            Some(base) => Url::new_with_base(input, base),
            None => Url::new(input),
        }
        .ok()?;
        Some(ParsedUrl {
            href: url.href(),
            protocol: url.protocol(),
            origin: url.origin(),
            username: url.username(),
            password: url.password(),
            host: url.host(),
            pathname: url.pathname(),
        })
    }

    fn is_colour(&self, value: &str) -> bool {
        let supports = |property| web_sys::css::supports_with_value(property, value) == Ok(true);
        // `var(…)`, `inherit` and the like pass for any property, colour or
        // not; no colour is also a width, so they are told apart by that.
        supports("color") && !supports("width")
    }
}

/// Sets the brand colours as `--pr-primary`, `--pr-inside` and `--pr-outside`
/// on `root` through the CSSOM, which a strict CSP allows (a style attribute
/// in the markup it would not).
pub fn apply_colours(root: &HtmlElement, colours: &Colours) {
    let style = root.style();
    for (property, colour) in [
        ("--pr-primary", &colours.primary),
        ("--pr-inside", &colours.inside),
        ("--pr-outside", &colours.outside),
    ] {
        if let Some(colour) = colour {
            if style.set_property(property, colour).is_err() {
                gloo::console::warn!(format!("settings: could not set {property}"));
            }
        }
    }
}
