//! The views, one a file, each named for what it shows. Those with state or
//! effects of their own are components; the rest are plain functions that
//! return `Html`, given the strings and settings by the view that calls them,
//! since every component costs about 0.85 KB of wasm.
//!
//! Every `class` is a string literal. The `html!` macro turns any other
//! value into Yew's `Classes`, an ordered hash set, whose code costs about
//! 1 KB gzip; so an element whose class depends on something is written once
//! for each class, around content built once.

mod add_replies;
mod answer_review;
mod attract;
mod bank_problems;
mod bank_status;
mod brand_bar;
mod by_address;
mod call_to_action;
mod candour_note;
mod comparison;
mod confirm_button;
mod group_advice;
mod hand_over;
pub mod highlights;
mod history_list;
mod invite_raters;
pub mod keep_result;
mod notice;
mod privacy_link;
pub mod question;
pub mod radar_chart;
mod rater_thanks;
mod rater_welcome;
mod restart_control;
mod result_qr;
pub mod results;
mod score_table;
mod shared_banner;
mod source_credit;
mod still_there;
mod update_notice;
mod welcome;
pub mod workshop;

pub use add_replies::{reply_problem, AddReplies};
pub use answer_review::answer_review;
pub use attract::AttractScreen;
pub use bank_problems::bank_problems;
pub use bank_status::{bank_loading, bank_unavailable};
pub use brand_bar::brand_bar;
pub use by_address::ByAddress;
pub use call_to_action::call_to_action;
pub use candour_note::candour_note;
pub use comparison::{comparison_table, gaps_summary};
pub use confirm_button::ConfirmButton;
pub use group_advice::group_advice;
pub use hand_over::HandOver;
pub use highlights::highlights;
pub use history_list::HistoryList;
pub use invite_raters::InviteRaters;
pub use keep_result::KeepResult;
pub use notice::notice;
pub use privacy_link::privacy_link;
pub use question::{question_screen, QuestionScreen, RaterWording};
pub use radar_chart::RadarChart;
pub use rater_thanks::rater_thanks;
pub use rater_welcome::{rater_welcome, RaterWelcome};
pub use restart_control::restart_control;
pub use result_qr::ResultQr;
pub use results::ResultsScreen;
pub use score_table::score_table;
pub use shared_banner::shared_banner;
pub use source_credit::source_credit;
pub use still_there::StillThere;
pub use update_notice::UpdateNotice;
pub use welcome::{welcome_screen, WelcomeScreen};

use yew::{html, Callback, Html, MouseEvent};

/// A plain button with a label. Most of the app's buttons are this or
/// [`primary_button`]: one `html!` site for each kind is smaller than one
/// per button.
pub fn button(label: &'static str, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="pr-button" {onclick}>{ label }</button> }
}

/// The main button of a screen or notice (see [`button`]).
pub fn primary_button(label: &'static str, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="pr-button pr-button-primary" {onclick}>{ label }</button> }
}
