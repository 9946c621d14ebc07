//! A kiosk's idle reset: after a wait with no pointer, key or touch input,
//! "Still there?" counts down, then the visitor's attempt is wiped.

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use js_sys::Date;
use yew::prelude::*;

/// How long "Still there?" counts down before everything is reset, in seconds.
pub const COUNTDOWN_SECONDS: u32 = 20;

/// Input that shows someone is at the device.
const INPUT_EVENTS: [&str; 5] = [
    "pointerdown",
    "pointermove",
    "keydown",
    "touchstart",
    "wheel",
];

/// What the idle watch says now.
#[derive(Clone, PartialEq)]
pub struct Idle {
    /// Seconds left before the reset while "Still there?" is asking, else `None`.
    pub seconds_left: Option<u32>,
    /// The visitor is still there: stop the countdown and wait afresh.
    pub carry_on: Callback<()>,
}

/// While `wait_seconds` is set, watches the window for input; after that many
/// seconds without any, counts down [`COUNTDOWN_SECONDS`] and then calls
/// `on_reset`. Input while the countdown runs does not stop it: only
/// `carry_on` does (the dialog's button), so a passer-by brushing the screen
/// does not keep someone's answers on show. `None` stops watching.
#[hook]
pub fn use_idle_reset(wait_seconds: Option<u32>, on_reset: Callback<()>) -> Idle {
    let left = use_state_eq(|| None::<u32>);
    let last_input = use_mut_ref(Date::now);
    // The interval outlives renders: it calls whichever on_reset is current.
    let current_reset = use_mut_ref(|| on_reset.clone());
    *current_reset.borrow_mut() = on_reset;
    {
        let (set_left, last_input) = (left.setter(), last_input.clone());
        use_effect_with(wait_seconds, move |wait| {
            let watch = wait.map(|wait| {
                let wait_ms = f64::from(wait) * 1000.0;
                *last_input.borrow_mut() = Date::now();
                set_left.set(None);
                let window = gloo::utils::window();
                let listeners: Vec<EventListener> = INPUT_EVENTS
                    .iter()
                    .map(|kind| {
                        let last_input = last_input.clone();
                        EventListener::new(&window, *kind, move |_| {
                            let now = Date::now();
                            let mut last = last_input.borrow_mut();
                            if now - *last < wait_ms {
                                *last = now;
                            }
                        })
                    })
                    .collect();
                let tick = Interval::new(1000, move || {
                    let idle = Date::now() - *last_input.borrow();
                    match countdown(idle, wait_ms) {
                        Countdown::Waiting => set_left.set(None),
                        Countdown::Asking(seconds) => set_left.set(Some(seconds)),
                        Countdown::Over => {
                            set_left.set(None);
                            *last_input.borrow_mut() = Date::now();
                            let reset = current_reset.borrow().clone();
                            reset.emit(());
                        }
                    }
                });
                (listeners, tick)
            });
            move || drop(watch)
        });
    }
    let carry_on = {
        let (set_left, last_input) = (left.setter(), last_input.clone());
        Callback::from(move |()| {
            *last_input.borrow_mut() = Date::now();
            set_left.set(None);
        })
    };
    Idle {
        seconds_left: *left,
        carry_on,
    }
}

/// Where the watch stands after `idle_ms` without input, waiting `wait_ms`.
#[derive(Debug, PartialEq)]
enum Countdown {
    Waiting,
    Asking(u32),
    Over,
}

fn countdown(idle_ms: f64, wait_ms: f64) -> Countdown {
    if idle_ms < wait_ms {
        return Countdown::Waiting;
    }
    let counted = ((idle_ms - wait_ms) / 1000.0) as u32;
    match COUNTDOWN_SECONDS.checked_sub(counted) {
        Some(left) if left > 0 => Countdown::Asking(left),
        _ => Countdown::Over,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_then_counts_down_twenty_seconds_then_resets() {
        let wait = 60_000.0;
        assert_eq!(countdown(0.0, wait), Countdown::Waiting);
        assert_eq!(countdown(59_999.0, wait), Countdown::Waiting);
        assert_eq!(countdown(60_000.0, wait), Countdown::Asking(20));
        assert_eq!(countdown(60_999.0, wait), Countdown::Asking(20));
        assert_eq!(countdown(61_000.0, wait), Countdown::Asking(19));
        assert_eq!(countdown(79_000.0, wait), Countdown::Asking(1));
        assert_eq!(countdown(80_000.0, wait), Countdown::Over);
        // A tick that comes late (a sleeping tab) still resets.
        assert_eq!(countdown(3_600_000.0, wait), Countdown::Over);
    }
}
