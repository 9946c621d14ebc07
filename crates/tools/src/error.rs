//! Why a post-build step stopped the build: every message names the file at
//! fault and what was expected of it, so a changed Trunk or template shows up
//! as a failed build, never as a quietly wrong dist.

use std::fmt;

/// A post-build step's failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepError {
    /// A file could not be read, written or removed.
    Io {
        /// The file, relative to the staged dist (or a template's path).
        file: String,
        /// The operating system's reason.
        why: String,
    },
    /// A marker an edit needs is missing or there more than once.
    Marker {
        /// The file that should hold the marker.
        file: String,
        /// The marker, as it is searched for, with what it is in brackets.
        marker: String,
        /// How many times it was found.
        found: usize,
    },
    /// The files are otherwise not as the step expects.
    Unexpected {
        /// The file (or folder) at fault.
        file: String,
        /// What is wrong with it.
        why: String,
    },
}

impl StepError {
    /// A file operation that failed.
    pub fn io(file: impl Into<String>, why: impl fmt::Display) -> Self {
        Self::Io {
            file: file.into(),
            why: why.to_string(),
        }
    }

    /// Anything else that is not as expected.
    pub fn unexpected(file: impl Into<String>, why: impl Into<String>) -> Self {
        Self::Unexpected {
            file: file.into(),
            why: why.into(),
        }
    }
}

impl fmt::Display for StepError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { file, why } => write!(f, "{file}: {why}"),
            Self::Marker {
                file,
                marker,
                found: 0,
            } => write!(f, "{file}: no {marker}"),
            Self::Marker {
                file,
                marker,
                found,
            } => write!(f, "{file}: {marker} is there {found} times, expected once"),
            Self::Unexpected { file, why } => write!(f, "{file}: {why}"),
        }
    }
}

impl std::error::Error for StepError {}

/// `text` (the contents of `file`) with its one `marker` replaced by `with`;
/// fails unless the marker is there exactly once.
pub fn replace_once(file: &str, text: &str, marker: &str, with: &str) -> Result<String, StepError> {
    expect_once(file, text, marker)?;
    Ok(text.replacen(marker, with, 1))
}

/// Fails unless `marker` is in `text` (the contents of `file`) exactly once.
pub fn expect_once(file: &str, text: &str, marker: &str) -> Result<(), StepError> {
    match text.matches(marker).count() {
        1 => Ok(()),
        found => Err(StepError::Marker {
            file: file.to_owned(),
            marker: format!("`{marker}`"),
            found,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_found_once_is_replaced() {
        assert_eq!(
            replace_once("a.js", "x __JS__ y", "__JS__", "./b.js").unwrap(),
            "x ./b.js y"
        );
    }

    #[test]
    fn a_missing_or_repeated_marker_names_the_file_and_the_marker() {
        assert_eq!(
            replace_once("a.js", "x", "__JS__", "b")
                .unwrap_err()
                .to_string(),
            "a.js: no `__JS__`"
        );
        assert_eq!(
            replace_once("a.js", "__JS__ __JS__", "__JS__", "b")
                .unwrap_err()
                .to_string(),
            "a.js: `__JS__` is there 2 times, expected once"
        );
    }
}
