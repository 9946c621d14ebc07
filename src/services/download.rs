//! Saving the chart as a file: SVG as drawn, PNG through a canvas at 2×.

use js_sys::{Array, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// Pixel density of the PNG, so it stays sharp on high-density screens and in slides.
pub const PNG_SCALE: f64 = 2.0;

/// `partner-radar-YYYY-MM-DD.ext`, with today's local date.
pub fn file_name(extension: &str) -> String {
    format!("partner-radar-{}.{extension}", today())
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

fn svg_blob(svg: &str) -> Result<Blob, JsValue> {
    let parts = Array::of1(&JsValue::from_str(svg));
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Offers `blob` as a download named `name`.
fn save(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let document = gloo::utils::document();
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    // Firefox needs the link in the document for the click to download.
    gloo::utils::body().append_child(&a)?;
    a.click();
    a.remove();
    // Revoke after the click has been handled, not before.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Downloads a standalone SVG.
pub fn download_svg(svg: &str) -> Result<(), JsValue> {
    save(&svg_blob(svg)?, &file_name("svg"))
}

/// Draws a standalone SVG of `width`×`height` CSS px onto a canvas at
/// [`PNG_SCALE`] and downloads it as a PNG.
pub async fn download_png(svg: &str, width: u32, height: u32) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(&svg_blob(svg)?)?;
    let image = HtmlImageElement::new()?;
    let loaded = Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || resolve.call0(&JsValue::NULL));
        let fail = Closure::once_into_js(move || reject.call0(&JsValue::NULL));
        image.set_onload(Some(ok.unchecked_ref()));
        image.set_onerror(Some(fail.unchecked_ref()));
    });
    image.set_src(&url);
    let result = JsFuture::from(loaded).await;
    let _ = Url::revoke_object_url(&url);
    result?;

    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")?
        .dyn_into()?;
    canvas.set_width((f64::from(width) * PNG_SCALE).round() as u32);
    canvas.set_height((f64::from(height) * PNG_SCALE).round() as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .dyn_into()?;
    context.scale(PNG_SCALE, PNG_SCALE)?;
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        f64::from(width),
        f64::from(height),
    )?;
    let blob = Promise::new(&mut |resolve, _reject| {
        let done = Closure::once_into_js(move |blob: JsValue| resolve.call1(&JsValue::NULL, &blob));
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    let blob: Blob = JsFuture::from(blob).await?.dyn_into()?;
    save(&blob, &file_name("png"))
}

/// Downloads `text` as a file named `name`, of media type `mime` (a
/// workshop's CSV).
pub fn download_text(text: &str, mime: &str, name: &str) -> Result<(), JsValue> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    save(
        &Blob::new_with_str_sequence_and_options(&parts, &options)?,
        name,
    )
}
