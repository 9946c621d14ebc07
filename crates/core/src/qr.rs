//! The QR code of a share link, as inline SVG text (plain Rust, no UI).
//! The encoder is the `qrcodegen` crate (Project Nayuki's reference
//! implementation); this module only draws its modules as one SVG path.

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc};

/// The standard quiet zone around a code, in modules.
const QUIET: i32 = 4;

/// An SVG of `text` as a QR code at error correction level M or higher, one
/// unit per module with the standard four-module quiet zone, dark on white
/// whatever the theme (phones read dark-on-light best). The page sizes it
/// with CSS. `None` when `text` is too long for any QR code.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let side = size + 2 * QUIET;
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // One rectangle per horizontal run of dark modules.
            let run = (x..size).take_while(|&i| code.get_module(i, y)).count();
            let _ = write!(path, "M{} {}h{run}v1h-{run}z", x + QUIET, y + QUIET);
            x += run as i32;
        }
    }
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" shape-rendering="crispEdges"><rect width="{side}" height="{side}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_link_becomes_one_svg_element_with_a_quiet_zone() {
        let url = "https://example.com/partner-radar/#r=2AbCdEfGhIjKlMnOpQrStUvWxYz0123";
        let svg = svg(url).expect("a short link fits");
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains(r##"fill="#fff""##) && svg.contains(r##"fill="#000""##));
        // Version 4 or 5 at level M for ~70 characters: 33 or 37 modules, plus 8 of quiet zone.
        let side: u32 = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .expect("a viewBox");
        assert!((41..=45).contains(&side), "side {side}");
    }

    #[test]
    fn different_links_give_different_codes() {
        assert_ne!(svg("https://a.example/#r=1"), svg("https://a.example/#r=2"));
    }

    #[test]
    fn text_beyond_the_largest_code_is_refused() {
        assert_eq!(svg(&"x".repeat(8000)), None);
    }
}
