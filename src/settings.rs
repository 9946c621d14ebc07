//! Start-up settings: one typed struct, read once when the app starts.

/// How this copy of the app is set up on its page.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Id of the element the app mounts into; the app never takes over `<body>`.
    pub mount_id: &'static str,
    /// localStorage key for saved progress.
    pub storage_key: &'static str,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            mount_id: "partner-radar",
            storage_key: "partner-radar/progress",
        }
    }
}
