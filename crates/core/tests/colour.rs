#![cfg(not(target_arch = "wasm32"))]
//! The CSS colour parser: every accepted form, refusals with a reason, and
//! `to_css` giving back the same colour.

use partner_radar_core::domain::colour::{parse, Rgba};

const fn rgba(r: u8, g: u8, b: u8, a: u8) -> Rgba {
    Rgba { r, g, b, a }
}

fn ok(text: &str) -> Rgba {
    parse(text).unwrap_or_else(|e| panic!("{text:?} should parse: {e}"))
}

#[test]
fn hex_in_every_length() {
    assert_eq!(ok("#f0a"), Rgba::rgb(0xff, 0x00, 0xaa));
    assert_eq!(ok("#f0a8"), rgba(0xff, 0x00, 0xaa, 0x88));
    assert_eq!(ok("#7a1f5c"), Rgba::rgb(0x7a, 0x1f, 0x5c));
    assert_eq!(ok("#7A1F5C80"), rgba(0x7a, 0x1f, 0x5c, 0x80));
}

#[test]
fn rgb_in_comma_and_space_syntax() {
    let expected = Rgba::rgb(122, 31, 92);
    for text in [
        "rgb(122, 31, 92)",
        "rgb(122,31,92)",
        "rgba(122, 31, 92)",
        "rgb(122 31 92)",
        "rgb( 122   31\t92 )",
        "RGB(122 31 92)",
        "rgb(122.2 30.8 92)",
        "rgb(1.22e2 31 92)",
    ] {
        assert_eq!(ok(text), expected, "{text}");
    }
    assert_eq!(ok("rgb(100%, 0%, 50%)"), Rgba::rgb(255, 0, 128));
    assert_eq!(
        ok("rgb(100% 0 50%)"),
        Rgba::rgb(255, 0, 128),
        "space syntax may mix"
    );
    assert_eq!(ok("rgb(none 0 0)"), Rgba::rgb(0, 0, 0));
}

#[test]
fn alpha_in_every_form() {
    let half = rgba(10, 20, 30, 128);
    for text in [
        "rgba(10, 20, 30, 0.5)",
        "rgb(10, 20, 30, .5)",
        "rgb(10, 20, 30, 50%)",
        "rgb(10 20 30 / 0.5)",
        "rgb(10 20 30/50%)",
        "rgba(10 20 30 / 0.5)",
    ] {
        assert_eq!(ok(text), half, "{text}");
    }
    assert_eq!(ok("rgb(10 20 30 / 1)").a, 255);
    assert_eq!(ok("rgb(10 20 30 / 0)").a, 0);
}

#[test]
fn out_of_range_values_are_clamped_as_browsers_do() {
    assert_eq!(ok("rgb(300, -5, 0)"), Rgba::rgb(255, 0, 0));
    assert_eq!(ok("rgb(0 0 0 / 2)").a, 255);
    assert_eq!(ok("rgb(0 0 0 / -1)").a, 0);
    assert_eq!(ok("hsl(0 150% 50%)"), Rgba::rgb(255, 0, 0));
}

#[test]
fn hsl_with_every_hue_unit() {
    let green = Rgba::rgb(0, 255, 0);
    for text in [
        "hsl(120, 100%, 50%)",
        "hsla(120, 100%, 50%, 1)",
        "hsl(120 100% 50%)",
        "hsl(120deg 100% 50%)",
        "hsl(0.3333333turn 100% 50%)",
        "hsl(2.0943951rad 100% 50%)",
        "hsl(133.33333grad 100% 50%)",
        "hsl(480 100% 50%)",
        "hsl(-240 100% 50%)",
        "hsl(120 100 50)",
    ] {
        assert_eq!(ok(text), green, "{text}");
    }
    assert_eq!(ok("hsl(0, 0%, 50%)"), Rgba::rgb(128, 128, 128));
    assert_eq!(ok("hsl(322 60% 30%)"), Rgba::rgb(122, 31, 89));
    assert_eq!(ok("hsl(210 50% 40% / 25%)"), rgba(51, 102, 153, 64));
}

#[test]
fn hwb() {
    assert_eq!(ok("hwb(0 0% 0%)"), Rgba::rgb(255, 0, 0));
    assert_eq!(ok("hwb(120 20% 40%)"), Rgba::rgb(51, 153, 51));
    assert_eq!(
        ok("hwb(0 60% 60%)"),
        Rgba::rgb(128, 128, 128),
        "white + black over 100% is grey"
    );
    assert_eq!(ok("hwb(240deg 0% 0% / 0.5)"), rgba(0, 0, 255, 128));
}

#[test]
fn named_colours_and_transparent() {
    assert_eq!(ok("rebeccapurple"), Rgba::rgb(102, 51, 153));
    assert_eq!(ok("aliceblue"), Rgba::rgb(240, 248, 255));
    assert_eq!(ok("yellowgreen"), Rgba::rgb(154, 205, 50));
    assert_eq!(ok("  NavY \n"), Rgba::rgb(0, 0, 128));
    assert_eq!(ok("grey"), ok("gray"));
    assert_eq!(ok("darkslategrey"), ok("darkslategray"));
    assert_eq!(ok("transparent"), rgba(0, 0, 0, 0));
}

#[test]
fn surrounding_white_space_and_case_are_allowed() {
    assert_eq!(ok("  #ABCDEF\t"), Rgba::rgb(0xab, 0xcd, 0xef));
    assert_eq!(ok("\nHSL(120DEG 100% 50%) "), Rgba::rgb(0, 255, 0));
}

#[test]
fn anything_else_is_refused_with_a_reason() {
    for text in [
        "",
        "   ",
        "bleu",
        "red blue",
        "#",
        "#12",
        "#12345",
        "#1234567",
        "#123456789",
        "#ggg",
        "# fff",
        "123456",
        "rgb",
        "rgb()",
        "rgb(1, 2)",
        "rgb(1 2)",
        "rgb(1, 2, 3, 4, 5)",
        "rgb(1 2 3 4)",
        "rgb(1, 2, 3",
        "rgb(1, 2, 3) x",
        "rgb(1, 2 3)",
        "rgb(1, 2, 3 / 0.5)",
        "rgb(1 2 3 /)",
        "rgb(1 2 3 / 0.5 0.5)",
        "rgb(1 2 3 / 0.5 / 0.5)",
        "rgb(1,, 2, 3)",
        "rgb(10%, 20, 30)",
        "rgb(none, 0, 0)",
        "rgb(a b c)",
        "rgb(1px 2 3)",
        "rgb(5. 2 3)",
        "rgb(. 2 3)",
        "rgb(1e 2 3)",
        "rgb(inf 2 3)",
        "rgb(NaN 2 3)",
        "hsl(120, 100, 50)",
        "hsl(120px 100% 50%)",
        "hsl(120 100% 50% 1)",
        "hwb(120, 20%, 30%)",
        "lab(50% 40 59)",
        "color(srgb 1 0 0)",
        "url(x.png)",
        "currentcolor",
        "inherit",
        "var(--x)",
        "expression(alert(1))",
        "red;background:url(x)",
        "<img src=x onerror=alert(1)>",
    ] {
        let error = parse(text).expect_err(text);
        assert!(
            error.starts_with(&format!("\"{text}\" is not a CSS colour")),
            "{text:?}: {error}"
        );
    }
}

#[test]
fn an_unknown_name_is_named_in_the_reason() {
    assert_eq!(parse("bleu").unwrap_err(), "\"bleu\" is not a CSS colour");
    assert!(parse("rgb(1, 2)").unwrap_err().contains("3 values"));
    assert!(parse("#12345").unwrap_err().contains("hex digits"));
}

#[test]
fn to_css_is_hex_when_opaque_and_rgb_with_alpha_otherwise() {
    assert_eq!(Rgba::rgb(0x7a, 0x1f, 0x5c).to_css(), "#7a1f5c");
    assert_eq!(rgba(10, 20, 30, 128).to_css(), "rgb(10 20 30 / 0.502)");
    assert_eq!(rgba(0, 0, 0, 0).to_css(), "rgb(0 0 0 / 0)");
}

#[test]
fn to_css_round_trips_every_alpha_and_many_colours() {
    for a in 0..=255u8 {
        let colour = rgba(a, 255 - a, a / 2, a);
        assert_eq!(parse(&colour.to_css()), Ok(colour), "{}", colour.to_css());
    }
    for value in (0..=0xff_ff_ffu32).step_by(9973) {
        let [_, r, g, b] = value.to_be_bytes();
        let colour = Rgba::rgb(r, g, b);
        assert_eq!(parse(&colour.to_css()), Ok(colour));
    }
}

/// The 148 named colours of CSS Color 4.
const NAMES: &str = "\
    aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue \
    blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk \
    crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki \
    darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen \
    darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue \
    dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro \
    ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo \
    ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan \
    lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen \
    lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen \
    linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple \
    mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred \
    midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab \
    orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip \
    peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue \
    saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue \
    slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet \
    wheat white whitesmoke yellow yellowgreen";

#[test]
fn all_148_named_colours_parse() {
    let names: Vec<&str> = NAMES.split(' ').collect();
    assert_eq!(names.len(), 148);
    for name in names {
        assert_eq!(parse(name).map(|c| c.a), Ok(255), "{name}");
        assert_eq!(parse(&name.to_uppercase()), parse(name), "{name}");
    }
    assert_eq!(ok("white"), Rgba::rgb(255, 255, 255));
    assert_eq!(ok("teal"), Rgba::rgb(0, 128, 128));
    assert_eq!(ok("fuchsia"), ok("magenta"));
    assert_eq!(ok("aqua"), ok("cyan"));
}
