use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultQrProps {
    /// The share link the code holds.
    pub url: AttrValue,
    /// What scanning it does, when it is not the person's own result.
    #[prop_or_default]
    pub hint: Option<&'static str>,
}

/// The share link as a QR code, with the link printed beneath it, so a
/// visitor opens their result on their own phone.
#[component]
pub fn ResultQr(props: &ResultQrProps) -> Html {
    let strings = crate::strings::current();
    let svg = use_memo(props.url.clone(), |url| crate::qr::svg(url));
    let Some(svg) = (*svg).clone() else {
        return html! {};
    };
    html! {
        <figure class="pr-qr">
            <div class="pr-qr-code" role="img" aria-label={strings.qr_label}>
                { Html::from_html_unchecked(AttrValue::from(svg)) }
            </div>
            <figcaption>
                <span class="pr-qr-hint">{ props.hint.unwrap_or(strings.qr_hint) }</span>
                <span class="pr-qr-link">{ props.url.clone() }</span>
            </figcaption>
        </figure>
    }
}
