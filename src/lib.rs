//! Partner Radar: a browser-only self-assessment of how a leader partners
//! with six stakeholder groups, drawn as a radar chart with advice.
//!
//! - [`domain`]: the question bank, validation, scoring, progress, geometry (plain Rust).
//! - [`flow`]: the quiz state machine (plain Rust).
//! - [`chart`]: the radar chart as an SVG string; [`qr`]: a share link's QR code as SVG.
//! - [`strings`] and [`settings`]: every UI string, and the start-up settings.
//! - [`app`], [`components`], [`hooks`]: the Yew user interface and its effects.
//! - `build_step`: what the build-time tools in `src/bin/` share (native only).

pub mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod build_step;
pub mod chart;
pub mod components;
pub mod domain;
pub mod flow;
pub mod hooks;
pub mod qr;
pub mod services;
pub mod settings;
pub mod strings;

#[cfg(target_arch = "wasm32")]
mod allocator;

/// The wasm's allocator (see `allocator`): smaller than Rust's default.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: allocator::SizeClasses = allocator::SizeClasses::new();
