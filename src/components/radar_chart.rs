use yew::prelude::*;

use crate::chart::{self, Spoke};
use crate::hooks::use_strings;

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    pub spokes: Vec<Spoke>,
}

/// The radar chart as inline SVG, drawn by [`chart::draw`].
#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let strings = use_strings();
    let label = strings.chart_label(
        &props
            .spokes
            .iter()
            .map(|s| (s.name.clone(), s.score))
            .collect::<Vec<_>>(),
    );
    match chart::draw(&props.spokes, &label) {
        Ok(svg) => Html::from_html_unchecked(AttrValue::from(svg)),
        Err(e) => {
            gloo::console::error!(e.to_string());
            html! { <p class="pr-notice" role="status">{ strings.chart_failed }</p> }
        }
    }
}
