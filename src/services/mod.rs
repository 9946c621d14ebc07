//! The outside world, without Yew: the page's settings, the share link in
//! the URL, handing links over, downloads, printing, and events for the host page.

pub mod bank;
pub mod download;
pub mod history;
pub mod host;
pub mod link;
pub mod print;
pub mod settings;
pub mod sharing;
pub mod storage;
pub mod workshops;
