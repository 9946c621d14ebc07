//! CSS colours, parsed in plain Rust: settings are checked with it.
//!
//! [`parse`] reads the forms a host is likely to write: hex (`#rgb`, `#rgba`,
//! `#rrggbb`, `#rrggbbaa`), `rgb()`/`rgba()`, `hsl()`/`hsla()` and `hwb()` in
//! both the comma and the space syntax (CSS Color 4), the 148 named colours and
//! `transparent`. Values out of range are clamped, as browsers do.

use std::f64::consts::PI;

use super::text::quoted;

/// A colour as red, green, blue (0–255) and alpha (0–255).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgba {
    pub r: u8,
    pub g: u8,
    pub b: u8,
    pub a: u8,
}

impl Rgba {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b, a: 255 }
    }

    /// The colour as CSS: `#rrggbb` when opaque, else `rgb(r g b / alpha)`.
    pub fn to_css(&self) -> String {
        let Self { r, g, b, a } = *self;
        if a == 255 {
            return format!("#{r:02x}{g:02x}{b:02x}");
        }
        // Three decimals are enough for `parse` to give back the same alpha byte.
        let alpha = format!("{:.3}", f64::from(a) / 255.0);
        let alpha = alpha.trim_end_matches('0').trim_end_matches('.');
        format!("rgb({r} {g} {b} / {alpha})")
    }
}

/// Parses a CSS colour; the error says why the text is not one, quoting it.
pub fn parse(text: &str) -> Result<Rgba, String> {
    let css = text.trim_matches(is_css_space).to_ascii_lowercase();
    let refuse = |why: &str| format!("{} is not a CSS colour: {why}", quoted(text));
    if let Some(hex) = css.strip_prefix('#') {
        return parse_hex(hex).ok_or_else(|| refuse("a hex colour has 3, 4, 6 or 8 hex digits"));
    }
    if let Some((name, rest)) = css.split_once('(') {
        let args = rest
            .strip_suffix(')')
            .ok_or_else(|| refuse("the closing \")\" is missing"))?;
        return parse_function(name.trim_end_matches(is_css_space), args)
            .map_err(|why| refuse(&why));
    }
    named(&css).ok_or_else(|| format!("{} is not a CSS colour", quoted(text)))
}

/// CSS white space: space, tab, line feed, carriage return and form feed.
fn is_css_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

fn parse_hex(hex: &str) -> Option<Rgba> {
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
    let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    match hex.len() {
        3 | 4 => {
            let short = |i| digit(i).map(|d| d * 17);
            let a = if hex.len() == 4 { short(3)? } else { 255 };
            Some(Rgba {
                r: short(0)?,
                g: short(1)?,
                b: short(2)?,
                a,
            })
        }
        6 | 8 => {
            let a = if hex.len() == 8 { pair(6)? } else { 255 };
            Some(Rgba {
                r: pair(0)?,
                g: pair(2)?,
                b: pair(4)?,
                a,
            })
        }
        _ => None,
    }
}

/// The parts of a colour function: three components and an optional alpha.
struct Parts<'a> {
    components: Vec<&'a str>,
    alpha: Option<&'a str>,
    /// The legacy comma syntax, which allows fewer forms than the space syntax.
    legacy: bool,
}

fn split_args(args: &str) -> Result<Parts<'_>, String> {
    if args.contains(',') {
        if args.contains('/') {
            return Err("use either commas or \"/\" before the alpha, not both".into());
        }
        let mut items: Vec<&str> = args
            .split(',')
            .map(|s| s.trim_matches(is_css_space))
            .collect();
        let alpha = match items.len() {
            3 => None,
            4 => items.pop(),
            n => {
                return Err(format!(
                    "3 values and an optional alpha are needed, not {n}"
                ))
            }
        };
        return Ok(Parts {
            components: items,
            alpha,
            legacy: true,
        });
    }
    let (main, alpha) = match args.split_once('/') {
        Some((main, alpha)) => (main, Some(alpha.trim_matches(is_css_space))),
        None => (args, None),
    };
    let components: Vec<&str> = main.split(is_css_space).filter(|s| !s.is_empty()).collect();
    if components.len() != 3 {
        return Err(format!(
            "3 values are needed before any \"/ alpha\", not {}",
            components.len()
        ));
    }
    if alpha.is_some_and(|a| a.is_empty() || a.contains(is_css_space) || a.contains('/')) {
        return Err("one alpha value is needed after \"/\"".into());
    }
    Ok(Parts {
        components,
        alpha,
        legacy: false,
    })
}

fn parse_function(name: &str, args: &str) -> Result<Rgba, String> {
    if !matches!(name, "rgb" | "rgba" | "hsl" | "hsla" | "hwb") {
        return Err(format!(
            "{name}() is not a colour function this app reads (rgb, hsl, hwb)"
        ));
    }
    let parts = split_args(args)?;
    if parts
        .components
        .iter()
        .chain(&parts.alpha)
        .any(|c| c.is_empty())
    {
        return Err("a value is missing".into());
    }
    let [x, y, z] = [0, 1, 2].map(|i| parts.components[i]);
    let (r, g, b) = match name {
        "rgb" | "rgba" => {
            let channels = [x, y, z].map(|c| channel(c, parts.legacy));
            let percents = [x, y, z].iter().filter(|c| c.ends_with('%')).count();
            if parts.legacy && percents != 0 && percents != 3 {
                return Err("with commas, use all numbers or all percentages".into());
            }
            let [r, g, b] = channels;
            (r?, g?, b?)
        }
        "hsl" | "hsla" => {
            let hue = hue(x, parts.legacy)?;
            let s = percentage(y, parts.legacy, "saturation")?;
            let l = percentage(z, parts.legacy, "lightness")?;
            hsl_to_rgb(hue, s, l)
        }
        "hwb" => {
            if parts.legacy {
                return Err("hwb() takes values separated by spaces, not commas".into());
            }
            let hue = hue(x, false)?;
            let white = percentage(y, false, "whiteness")?;
            let black = percentage(z, false, "blackness")?;
            hwb_to_rgb(hue, white, black)
        }
        _ => unreachable!("checked above"),
    };
    let a = match parts.alpha {
        None => 255,
        Some(alpha) => to_byte(alpha_value(alpha, parts.legacy)?),
    };
    Ok(Rgba {
        r: to_byte(r),
        g: to_byte(g),
        b: to_byte(b),
        a,
    })
}

/// Scales 0..=1 to a byte, rounding to the nearest.
fn to_byte(unit: f64) -> u8 {
    (unit.clamp(0.0, 1.0) * 255.0).round() as u8
}

/// Splits a CSS number from its unit: `12.5deg` gives `(12.5, "deg")`.
/// Refuses anything that does not start with a CSS number.
fn number(token: &str) -> Option<(f64, &str)> {
    let bytes = token.as_bytes();
    let digits_from = |mut i: usize| {
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let mut end = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let whole = digits_from(end);
    let mut has_digits = whole > end;
    end = whole;
    if bytes.get(end) == Some(&b'.') {
        let fraction = digits_from(end + 1);
        if fraction == end + 1 {
            return None; // "5." is not a CSS number
        }
        has_digits = true;
        end = fraction;
    }
    if !has_digits {
        return None;
    }
    if matches!(bytes.get(end), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(bytes.get(end + 1), Some(b'+' | b'-')));
        let exponent = digits_from(end + 1 + sign);
        if exponent > end + 1 + sign {
            end = exponent;
        }
    }
    let value = value_of(&token[..end]);
    value.is_finite().then(|| (value, &token[end..]))
}

/// The value of a number [`number`] has checked: a sign, digits with an
/// optional fraction, an optional exponent. `f64::from_str` would do, but its
/// exact algorithm brings 14 KB of tables and code into the wasm. This gives
/// the same `f64` for every number up to 19 digits with an exponent up to 22
/// either way (one multiplication or division of exact values, so correctly
/// rounded); beyond that it may differ in the last bit, far below a colour byte.
fn value_of(text: &str) -> f64 {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (digits, exponent) = match text.split_once(['e', 'E']) {
        Some((digits, exponent)) => (digits, saturating_exponent(exponent)),
        None => (text, 0),
    };
    let mut mantissa: u64 = 0;
    let mut power = exponent;
    let mut in_fraction = false;
    for b in digits.bytes() {
        if b == b'.' {
            in_fraction = true;
        } else if mantissa < u64::MAX / 10 - 1 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            power -= i32::from(in_fraction);
        } else {
            // Digits past the 19th only set the magnitude.
            power += i32::from(!in_fraction);
        }
    }
    let magnitude = match mantissa {
        0 => 0.0,
        m if power >= 0 => m as f64 * 10_f64.powi(power),
        m => m as f64 / 10_f64.powi(-power),
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// An exponent's digits (after `e`, with an optional sign), capped far
/// beyond where every `f64` is already zero or infinite.
fn saturating_exponent(text: &str) -> i32 {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, text.strip_prefix('+').unwrap_or(text)),
    };
    let value = digits
        .bytes()
        .fold(0_i32, |n, b| (n * 10 + i32::from(b - b'0')).min(100_000));
    sign * value
}

/// `none` (a missing component) counts as zero, in the space syntax only.
fn none_as_zero(token: &str, legacy: bool) -> Option<f64> {
    (!legacy && token == "none").then_some(0.0)
}

/// A red, green or blue channel, 0..=1: a number 0..=255 or a percentage.
fn channel(token: &str, legacy: bool) -> Result<f64, String> {
    if let Some(zero) = none_as_zero(token, legacy) {
        return Ok(zero);
    }
    match number(token) {
        Some((n, "")) => Ok(n / 255.0),
        Some((n, "%")) => Ok(n / 100.0),
        _ => Err(format!("{} is not a number or a percentage", quoted(token))),
    }
}

/// A hue in degrees, 0..360: a number (degrees), or `deg`, `grad`, `rad`, `turn`.
fn hue(token: &str, legacy: bool) -> Result<f64, String> {
    if let Some(zero) = none_as_zero(token, legacy) {
        return Ok(zero);
    }
    let degrees = match number(token) {
        Some((n, "" | "deg")) => n,
        Some((n, "grad")) => n * 0.9,
        Some((n, "rad")) => n * 180.0 / PI,
        Some((n, "turn")) => n * 360.0,
        _ => {
            return Err(format!(
                "{} is not a hue (a number, or an angle in deg, turn, rad or grad)",
                quoted(token)
            ))
        }
    };
    let turn = remainder(degrees, 360.0);
    Ok(if turn < 0.0 { turn + 360.0 } else { turn })
}

/// A saturation, lightness, whiteness or blackness, 0..=1. The comma syntax
/// needs a percentage; the space syntax also takes a plain number (0..=100).
fn percentage(token: &str, legacy: bool, what: &str) -> Result<f64, String> {
    if let Some(zero) = none_as_zero(token, legacy) {
        return Ok(zero);
    }
    match number(token) {
        Some((n, "%")) => Ok((n / 100.0).clamp(0.0, 1.0)),
        Some((n, "")) if !legacy => Ok((n / 100.0).clamp(0.0, 1.0)),
        _ => Err(format!("the {what} {} is not a percentage", quoted(token))),
    }
}

/// An alpha, 0..=1: a number 0..=1 or a percentage.
fn alpha_value(token: &str, legacy: bool) -> Result<f64, String> {
    if let Some(zero) = none_as_zero(token, legacy) {
        return Ok(zero);
    }
    match number(token) {
        Some((n, "")) => Ok(n),
        Some((n, "%")) => Ok(n / 100.0),
        _ => Err(format!(
            "the alpha {} is not a number or a percentage",
            quoted(token)
        )),
    }
}

/// `x % m` for a positive `m`, exactly as `%` gives it. `%` on floats is
/// libm's `fmod`, 2 KB of wasm with its 128-bit division; this takes off the
/// largest `m·2^k` that fits, again and again. Each subtraction is exact (the
/// two numbers are within a factor of two), so the result is too.
fn remainder(x: f64, m: f64) -> f64 {
    let mut rest = x.abs();
    while rest >= m {
        let mut chunk = m;
        while chunk * 2.0 <= rest {
            chunk *= 2.0;
        }
        rest -= chunk;
    }
    rest.copysign(x)
}

/// HSL to RGB (each 0..=1), as CSS Color 4 gives it.
fn hsl_to_rgb(hue: f64, saturation: f64, lightness: f64) -> (f64, f64, f64) {
    let f = |n: f64| {
        let k = remainder(n + hue / 30.0, 12.0);
        let a = saturation * lightness.min(1.0 - lightness);
        lightness - a * (k - 3.0).min(9.0 - k).clamp(-1.0, 1.0)
    };
    (f(0.0), f(8.0), f(4.0))
}

/// HWB to RGB (each 0..=1), as CSS Color 4 gives it.
fn hwb_to_rgb(hue: f64, white: f64, black: f64) -> (f64, f64, f64) {
    if white + black >= 1.0 {
        let grey = white / (white + black);
        return (grey, grey, grey);
    }
    let (r, g, b) = hsl_to_rgb(hue, 1.0, 0.5);
    let scale = |c: f64| c * (1.0 - white - black) + white;
    (scale(r), scale(g), scale(b))
}

/// A named colour (already lower-case), or `transparent`.
fn named(name: &str) -> Option<Rgba> {
    if name == "transparent" {
        return Some(Rgba {
            r: 0,
            g: 0,
            b: 0,
            a: 0,
        });
    }
    let hex = NAMED
        .split(' ')
        .find_map(|entry| entry.strip_prefix(name)?.strip_prefix(':'))?;
    parse_hex(hex)
}

/// The CSS named colours as `name:rrggbb`, sorted, one string so that it
/// costs little in the wasm.
const NAMED: &str = "\
    aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff \
    beige:f5f5dc bisque:ffe4c4 black:000000 blanchedalmond:ffebcd blue:0000ff \
    blueviolet:8a2be2 brown:a52a2a burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00 \
    chocolate:d2691e coral:ff7f50 cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c \
    cyan:00ffff darkblue:00008b darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9 \
    darkgreen:006400 darkgrey:a9a9a9 darkkhaki:bdb76b darkmagenta:8b008b \
    darkolivegreen:556b2f darkorange:ff8c00 darkorchid:9932cc darkred:8b0000 \
    darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b darkslategray:2f4f4f \
    darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493 \
    deepskyblue:00bfff dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222 \
    floralwhite:fffaf0 forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc \
    ghostwhite:f8f8ff gold:ffd700 goldenrod:daa520 gray:808080 green:008000 \
    greenyellow:adff2f grey:808080 honeydew:f0fff0 hotpink:ff69b4 indianred:cd5c5c \
    indigo:4b0082 ivory:fffff0 khaki:f0e68c lavender:e6e6fa lavenderblush:fff0f5 \
    lawngreen:7cfc00 lemonchiffon:fffacd lightblue:add8e6 lightcoral:f08080 \
    lightcyan:e0ffff lightgoldenrodyellow:fafad2 lightgray:d3d3d3 lightgreen:90ee90 \
    lightgrey:d3d3d3 lightpink:ffb6c1 lightsalmon:ffa07a lightseagreen:20b2aa \
    lightskyblue:87cefa lightslategray:778899 lightslategrey:778899 \
    lightsteelblue:b0c4de lightyellow:ffffe0 lime:00ff00 limegreen:32cd32 linen:faf0e6 \
    magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa mediumblue:0000cd \
    mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371 \
    mediumslateblue:7b68ee mediumspringgreen:00fa9a mediumturquoise:48d1cc \
    mediumvioletred:c71585 midnightblue:191970 mintcream:f5fffa mistyrose:ffe4e1 \
    moccasin:ffe4b5 navajowhite:ffdead navy:000080 oldlace:fdf5e6 olive:808000 \
    olivedrab:6b8e23 orange:ffa500 orangered:ff4500 orchid:da70d6 palegoldenrod:eee8aa \
    palegreen:98fb98 paleturquoise:afeeee palevioletred:db7093 papayawhip:ffefd5 \
    peachpuff:ffdab9 peru:cd853f pink:ffc0cb plum:dda0dd powderblue:b0e0e6 \
    purple:800080 rebeccapurple:663399 red:ff0000 rosybrown:bc8f8f royalblue:4169e1 \
    saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460 seagreen:2e8b57 seashell:fff5ee \
    sienna:a0522d silver:c0c0c0 skyblue:87ceeb slateblue:6a5acd slategray:708090 \
    slategrey:708090 snow:fffafa springgreen:00ff7f steelblue:4682b4 tan:d2b48c \
    teal:008080 thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0 violet:ee82ee \
    wheat:f5deb3 white:ffffff whitesmoke:f5f5f5 yellow:ffff00 yellowgreen:9acd32";
