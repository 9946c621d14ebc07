//! Small components, each named for what it shows.

mod answer_review;
mod attract;
mod bank_problems;
mod bank_status;
mod brand_bar;
mod call_to_action;
mod group_advice;
mod highlights;
pub mod keep_result;
mod notice;
mod privacy_link;
pub mod question;
pub mod radar_chart;
mod restart_control;
mod result_qr;
pub mod results;
mod score_table;
mod shared_banner;
mod source_credit;
mod still_there;
mod update_notice;
mod welcome;

pub use answer_review::AnswerReview;
pub use attract::AttractScreen;
pub use bank_problems::BankProblems;
pub use bank_status::{BankLoading, BankUnavailable};
pub use brand_bar::BrandBar;
pub use call_to_action::CallToAction;
pub use group_advice::GroupAdvice;
pub use highlights::Highlights;
pub use keep_result::KeepResult;
pub use notice::{notice_text, Notice};
pub use privacy_link::PrivacyLink;
pub use question::QuestionScreen;
pub use radar_chart::RadarChart;
pub use restart_control::RestartControl;
pub use result_qr::ResultQr;
pub use results::ResultsScreen;
pub use score_table::ScoreTable;
pub use shared_banner::SharedBanner;
pub use source_credit::SourceCredit;
pub use still_there::StillThere;
pub use update_notice::UpdateNotice;
pub use welcome::WelcomeScreen;

use crate::domain::Side;

/// The CSS class that colours a group by its half of the model.
pub fn side_class(side: Side) -> &'static str {
    match side {
        Side::Inside => "pr-inside",
        Side::Outside => "pr-outside",
    }
}
