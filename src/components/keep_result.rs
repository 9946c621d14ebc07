use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::{button, primary_button, ResultQr};
use crate::domain::share::{clean_name, Others, MAX_NAME};
use crate::services::sharing::{share_or_copy, Handed};
use crate::services::{download, print};

/// A standalone chart file, drawn on demand for a download.
#[derive(Clone, PartialEq)]
pub struct ChartFile {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// Makes the share link with a name and others' means; `None` when it cannot.
pub type LinkFor = Callback<(Option<String>, Option<Others>), Option<AttrValue>>;

#[derive(Properties, PartialEq)]
pub struct KeepResultProps {
    /// The link to these results, when sharing is on.
    pub share_url: Option<AttrValue>,
    /// Makes the link with the name typed and others' means, when chosen.
    #[prop_or_default]
    pub link_for: Option<LinkFor>,
    /// Others' means, which the person may choose to put in the link.
    #[prop_or_default]
    pub others: Option<Others>,
    /// Draws the chart as a standalone SVG in the current theme.
    pub chart_file: Callback<(), Option<ChartFile>>,
    /// Show the link's QR code too.
    #[prop_or_default]
    pub show_qr: bool,
}

/// What happened after the last press, said in a live region.
#[derive(Clone, PartialEq)]
enum Status {
    Quiet,
    Said(&'static str),
    /// A message and the link itself, to see what was copied or to copy it by hand.
    WithLink(&'static str),
}

/// "Keep your result": share a link, download the chart, print the report,
/// and the link's QR code when the settings ask for it.
#[component]
pub fn KeepResult(props: &KeepResultProps) -> Html {
    let strings = crate::strings::current();
    let show_qr = props.show_qr;
    let status = use_state(|| Status::Quiet);
    let name = use_state(String::new);
    let with_others = use_state(|| false);
    // Only the person's own scores, unless they add a name or others' means.
    let share_url = match &props.link_for {
        Some(link_for) if props.share_url.is_some() => {
            let name = clean_name(&name);
            let others = (*with_others).then(|| props.others.clone()).flatten();
            if name.is_none() && others.is_none() {
                props.share_url.clone()
            } else {
                link_for.emit((name, others))
            }
        }
        _ => props.share_url.clone(),
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                name.set(input.value());
            }
        })
    };
    let on_with_others = {
        let with_others = with_others.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                with_others.set(input.checked());
            }
        })
    };
    let on_share = share_url.clone().map(|url| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let (url, status) = (url.clone(), status.clone());
            spawn_local(async move {
                status.set(match share_or_copy(&url, strings.results_heading).await {
                    Handed::Copied => Status::WithLink(strings.share_copied),
                    Handed::Shared => Status::Said(strings.share_shared),
                    Handed::Cancelled => Status::Quiet,
                    Handed::Manual => Status::WithLink(strings.share_manual),
                });
            });
        })
    });
    let on_svg = {
        let (status, chart_file) = (status.clone(), props.chart_file.clone());
        Callback::from(move |_: MouseEvent| {
            let ok = chart_file
                .emit(())
                .is_some_and(|f| download::download_svg(&f.svg).is_ok());
            status.set(if ok {
                Status::Quiet
            } else {
                Status::Said(strings.download_failed)
            });
        })
    };
    let on_png = {
        let (status, chart_file) = (status.clone(), props.chart_file.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(file) = chart_file.emit(()) else {
                status.set(Status::Said(strings.download_failed));
                return;
            };
            let status = status.clone();
            spawn_local(async move {
                if download::download_png(&file.svg, file.width, file.height)
                    .await
                    .is_err()
                {
                    status.set(Status::Said(strings.download_failed));
                }
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| print::print());
    let message = match &*status {
        Status::Quiet => html! {},
        Status::Said(text) => html! { <p class="pr-keep-status">{ *text }</p> },
        Status::WithLink(text) => html! {
            <div class="pr-keep-status">
                <p>{ *text }</p>
                <input class="pr-share-url" type="text" readonly=true
                    value={share_url.clone().unwrap_or_default()} aria-label={strings.share_link_label} />
            </div>
        },
    };
    html! {
        <section class="pr-section pr-keep" aria-labelledby="pr-keep-title">
            <h2 id="pr-keep-title">{ strings.keep_heading }</h2>
            if props.link_for.is_some() && props.share_url.is_some() {
                <div class="pr-share-options">
                    <div class="pr-field">
                        <label for="pr-share-name">{ strings.raters.share_name_label }</label>
                        <input id="pr-share-name" type="text" maxlength={MAX_NAME.to_string()} autocomplete="name"
                            value={(*name).clone()} oninput={on_name} />
                    </div>
                    if props.others.is_some() {
                        <div class="pr-check">
                            <input id="pr-share-others" type="checkbox" checked={*with_others} onchange={on_with_others} />
                            <label for="pr-share-others">{ strings.raters.share_include_others }</label>
                        </div>
                    }
                </div>
            }
            <div class="pr-actions">
                if let Some(on_share) = on_share {
                    { primary_button(strings.share_link, on_share) }
                }
                { button(strings.download_svg, on_svg) }
                { button(strings.download_png, on_png) }
                { button(strings.print, on_print) }
            </div>
            <div aria-live="polite">{ message }</div>
            if let (true, Some(url)) = (show_qr, &share_url) {
                <ResultQr url={url.clone()} />
            }
        </section>
    }
}
