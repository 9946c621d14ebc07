use yew::prelude::*;

use crate::components::HandOver;
use crate::strings::Strings;

/// A rater's last screen: thanks and the reply link, no scores.
pub fn rater_thanks(strings: &Strings, reply_url: Option<AttrValue>) -> Html {
    let r = &strings.raters;
    html! {
        <section class="pr-screen pr-rater-thanks" aria-labelledby="pr-thanks-title">
            <h1 id="pr-thanks-title" tabindex="-1" data-focus-target="">{ r.rater_thanks_heading }</h1>
            <p>{ r.rater_thanks_text }</p>
            if let Some(url) = reply_url {
                <HandOver {url} label={r.rater_reply_copy} link_label={r.rater_reply_label} />
            }
        </section>
    }
}
