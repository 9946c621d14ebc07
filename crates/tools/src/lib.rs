//! Partner Radar's build-time and developer tools. Each binary in `src/bin/`
//! is a thin start around a module here.

pub mod build_step;
