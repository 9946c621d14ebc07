//! Partner Radar's domain, as plain Rust with no yew and no web-sys, so that
//! `cargo test` covers it natively and the compiler keeps the layers apart.
//!
//! - [`domain`]: the question bank, validation, scoring, progress, the share
//!   codec, option order and chart geometry.
//! - [`flow`]: the quiz state machine, one reducer with pure transitions.
//! - [`chart`]: the radar drawn as SVG; [`qr`]: a share link's QR code as SVG.
//! - [`settings`]: the start-up settings a host page gives, read and checked.

pub mod chart;
pub mod domain;
pub mod flow;
pub mod qr;
pub mod settings;
