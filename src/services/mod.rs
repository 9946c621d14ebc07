//! The outside world, without Yew: the page's settings, the share link in
//! the URL, handing links over, downloads and printing.

pub mod download;
pub mod link;
pub mod print;
pub mod settings;
pub mod sharing;
pub mod storage;
