//! Printing the report. The answer review prints expanded through
//! `styles/print.css` (`::details-content`), whichever way printing starts.

/// Opens the browser's print dialog.
pub fn print() {
    let _ = gloo::utils::window().print();
}
