//! Partner Radar: a browser-only self-assessment of how a leader partners
//! with six stakeholder groups, drawn as a radar chart with advice.
//!
//! This crate is the app: the Yew views, the hooks and the browser services.
//! The domain, the flow, the chart and the settings rules live in
//! `partner-radar-core` (crates/core), plain Rust with no yew or web-sys, and
//! are re-exported here under their module names.
//!
//! - [`app`], [`components`], [`hooks`]: the Yew user interface and its effects.
//! - [`services`]: the browser, without Yew (storage, the URL, the host page).
//! - [`strings`]: every UI string.

pub mod app;
pub mod components;
pub mod hooks;
pub mod services;
pub mod strings;

pub use partner_radar_core::{chart, domain, flow, qr, settings};
