use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::keep_result::ChartFile;
use crate::components::{button, primary_button, ConfirmButton};
use crate::services::{download, print};

#[derive(Properties, PartialEq)]
pub struct TakeAwayProps {
    /// The workshop as CSV.
    pub csv: Callback<(), String>,
    /// The team chart as a standalone SVG; `None` while the workshop is empty.
    pub chart_file: Callback<(), Option<ChartFile>>,
    /// Whether there is a team to download or print.
    pub has_team: bool,
    /// Whether there is anything to clear (results, or saved ones that could not be read).
    pub can_clear: bool,
    /// Empties the workshop.
    pub on_clear: Callback<()>,
}

/// "Download and print": the CSV, the team chart as SVG or PNG, the printed
/// team report, and clearing the workshop after a confirmation. Nothing
/// while the workshop is empty.
#[component]
pub fn TakeAway(props: &TakeAwayProps) -> Html {
    let strings = crate::strings::current();
    let failed = use_state(|| false);
    let on_csv = {
        let (csv, failed) = (props.csv.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!("partner-radar-workshop-{}.csv", download::today());
            failed.set(
                download::download_text(&csv.emit(()), "text/csv;charset=utf-8", &name).is_err(),
            );
        })
    };
    let on_svg = {
        let (chart_file, failed) = (props.chart_file.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            let ok = chart_file
                .emit(())
                .is_some_and(|f| download::download_svg(&f.svg).is_ok());
            failed.set(!ok);
        })
    };
    let on_png = {
        let (chart_file, failed) = (props.chart_file.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(file) = chart_file.emit(()) else {
                failed.set(true);
                return;
            };
            let failed = failed.clone();
            spawn_local(async move {
                let ok = download::download_png(&file.svg, file.width, file.height)
                    .await
                    .is_ok();
                failed.set(!ok);
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| print::print());
    if !props.has_team && !props.can_clear {
        return Html::default();
    }
    html! {
        <section class="pr-section pr-keep pr-take-away" aria-labelledby="pr-take-away-title">
            <h2 id="pr-take-away-title">{ strings.workshop_take_away }</h2>
            if props.has_team {
                <div class="pr-actions">
                    { primary_button(strings.download_csv, on_csv) }
                    { button(strings.download_svg, on_svg) }
                    { button(strings.download_png, on_png) }
                    { button(strings.workshop_print, on_print) }
                </div>
            }
            <div aria-live="polite">
                if *failed {
                    <p class="pr-keep-status">{ strings.download_failed }</p>
                }
            </div>
            if props.can_clear {
                <div class="pr-restart">
                    <ConfirmButton label={strings.workshop_clear} question={strings.workshop_clear_confirm} yes={strings.workshop_clear_yes} no={strings.cancel} id="pr-confirm-clear" on_yes={props.on_clear.clone()} />
                </div>
            }
        </section>
    }
}
