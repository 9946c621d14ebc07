//! Partner Radar's build-time and developer tools. Each binary in `src/bin/`
//! is a thin start around a module here: `postbuild` (Trunk's post-build
//! step, one module per step), `check-bank` and `bench-radar`.

pub mod bench_radar;
pub mod check_bank;
pub mod dist;
pub mod entry_module;
pub mod error;
pub mod html;
pub mod icons;
pub mod integrity;
pub mod minify;
pub mod postbuild;
pub mod prerender;
pub mod service_worker;
pub mod social_image;
pub mod stylesheets;
