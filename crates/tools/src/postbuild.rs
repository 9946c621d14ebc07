//! The one post-build step Trunk runs (see Trunk.toml). Trunk starts all of a
//! stage's hooks at once, so every edit of the staged dist happens here, in an
//! order where each step sees the one before it: the welcome screen written
//! into index.html, the manifest's icons, the link-preview image, the entry
//! module, the stylesheets joined, the scripts and styles minified, the
//! integrity hashes recomputed, and last the service worker, which hashes the
//! files as they ship. Any file or marker a step expects and does not find
//! stops the build with a message naming both.

use std::process::ExitCode;

use crate::dist::Dist;
use crate::error::StepError;
use crate::{
    entry_module, icons, integrity, minify, prerender, service_worker, social_image, stylesheets,
};

/// One step of the post-build program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The welcome screen into index.html; Trunk's preloads dropped.
    Prerender,
    /// The manifest's PNG icons.
    Icons,
    /// The link-preview image, social.png.
    SocialImage,
    /// partner-radar.mjs with the hashed names.
    EntryModule,
    /// The app's stylesheets joined into one.
    Stylesheets,
    /// The scripts and stylesheets minified by esbuild.
    Minify,
    /// index.html's integrity hashes recomputed.
    Integrity,
    /// sw.js, listing the files as they ship.
    ServiceWorker,
}

impl Step {
    /// Every step, in the order they run.
    pub const ALL: [Step; 8] = [
        Step::Prerender,
        Step::Icons,
        Step::SocialImage,
        Step::EntryModule,
        Step::Stylesheets,
        Step::Minify,
        Step::Integrity,
        Step::ServiceWorker,
    ];

    /// The step's name, as `--only` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Step::Prerender => "prerender",
            Step::Icons => "icons",
            Step::SocialImage => "social-image",
            Step::EntryModule => "entry-module",
            Step::Stylesheets => "stylesheets",
            Step::Minify => "minify",
            Step::Integrity => "integrity",
            Step::ServiceWorker => "service-worker",
        }
    }

    /// What the step does, for the build log.
    pub fn what(self) -> &'static str {
        match self {
            Step::Prerender => "the welcome screen into index.html, preloads dropped",
            Step::Icons => "the manifest's PNG icons",
            Step::SocialImage => "the link-preview image, social.png",
            Step::EntryModule => "partner-radar.mjs with the hashed names",
            Step::Stylesheets => "the app's stylesheets joined into one",
            Step::Minify => "JavaScript and CSS minified by esbuild",
            Step::Integrity => "index.html's integrity hashes recomputed",
            Step::ServiceWorker => "sw.js and its precache list",
        }
    }

    /// Runs the step on the staged dist.
    pub fn run(self, dist: &Dist) -> Result<(), StepError> {
        match self {
            Step::Prerender => prerender::run(dist),
            Step::Icons => icons::run(dist),
            Step::SocialImage => social_image::run(dist),
            Step::EntryModule => entry_module::run(dist),
            Step::Stylesheets => stylesheets::run(dist),
            Step::Minify => minify::run(dist),
            Step::Integrity => integrity::run(dist),
            Step::ServiceWorker => service_worker::run(dist),
        }
    }
}

const USAGE: &str = "usage: postbuild [--only STEP] DIST_DIR\n  \
    runs every step in order on Trunk's staged dist, or only STEP on a built one\n  \
    (--only service-worker rewrites sw.js for a changed dist); STEP is one of";

/// The steps and the folder that `args` (without the program's name) ask for.
pub fn parse(args: &[String]) -> Result<(Vec<Step>, String), String> {
    match args {
        [dir] if !dir.starts_with('-') => Ok((Step::ALL.to_vec(), dir.clone())),
        [flag, name, dir] if flag == "--only" && !dir.starts_with('-') => Step::ALL
            .into_iter()
            .find(|s| s.name() == name)
            .map(|s| (vec![s], dir.clone()))
            .ok_or_else(|| format!("postbuild: no step named {name}")),
        _ => Err(String::new()),
    }
}

/// The program: runs the steps, says each in the build log, and stops at the first failure.
pub fn main(args: &[String]) -> ExitCode {
    let (steps, dir) = match parse(args) {
        Ok(asked) => asked,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("{why}");
            }
            let names: Vec<_> = Step::ALL.iter().map(|s| s.name()).collect();
            eprintln!("{USAGE} {}", names.join(", "));
            return ExitCode::from(2);
        }
    };
    let dist = match Dist::open(&dir) {
        Ok(dist) => dist,
        Err(e) => {
            eprintln!("postbuild: {e}");
            return ExitCode::FAILURE;
        }
    };
    for (i, step) in steps.iter().enumerate() {
        println!(
            "postbuild: {}/{} {}: {}",
            i + 1,
            steps.len(),
            step.name(),
            step.what()
        );
        if let Err(e) = step.run(&dist) {
            eprintln!("postbuild: {} failed, the build stops: {e}", step.name());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_step_runs_in_order_or_only_the_one_asked_for() {
        assert_eq!(
            parse(&args(&["dist"])).unwrap(),
            (Step::ALL.to_vec(), "dist".to_owned())
        );
        assert_eq!(
            parse(&args(&["--only", "service-worker", "d"])).unwrap(),
            (vec![Step::ServiceWorker], "d".to_owned())
        );
        let names: Vec<_> = Step::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(
            names,
            [
                "prerender",
                "icons",
                "social-image",
                "entry-module",
                "stylesheets",
                "minify",
                "integrity",
                "service-worker"
            ]
        );
    }

    #[test]
    fn a_wrong_call_is_refused() {
        assert_eq!(
            parse(&args(&["--only", "nope", "d"])).unwrap_err(),
            "postbuild: no step named nope"
        );
        assert_eq!(parse(&args(&[])).unwrap_err(), "");
        assert_eq!(parse(&args(&["--help"])).unwrap_err(), "");
        assert_eq!(parse(&args(&["a", "b"])).unwrap_err(), "");
    }
}
