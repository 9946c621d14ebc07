//! Every piece of interface text the app shows that is not content from the
//! question bank, in one table, so a translation replaces one value.

/// The interface text of one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Strings {
    pub start: &'static str,
    pub start_quick: &'static str,
    pub start_full: &'static str,
    pub quick_name: &'static str,
    pub full_name: &'static str,
    pub choose_length: &'static str,
    pub instruction: &'static str,
    pub scenario_instruction: &'static str,
    pub disclaimer: &'static str,
    pub privacy: &'static str,
    pub keep_heading: &'static str,
    pub share_link: &'static str,
    pub share_copied: &'static str,
    pub share_shared: &'static str,
    pub share_manual: &'static str,
    pub share_link_label: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    pub download_failed: &'static str,
    pub print: &'static str,
    pub shared_banner: &'static str,
    pub shared_intro: &'static str,
    pub take_it_yourself: &'static str,
    pub notice_link_damaged: &'static str,
    pub notice_link_other_bank: &'static str,
    pub notice_link_other_format: &'static str,
    pub printed_on: &'static str,
    pub continue_: &'static str,
    pub start_again: &'static str,
    pub welcome_privacy: &'static str,
    pub welcome_groups: &'static str,
    pub welcome_saved: &'static str,
    pub notice_unreadable: &'static str,
    pub notice_other_version: &'static str,
    pub notice_other_bank: &'static str,
    pub notice_storage_off: &'static str,
    pub dismiss: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub see_results: &'static str,
    pub choose_first: &'static str,
    pub partnership: &'static str,
    pub results_heading: &'static str,
    /// Heading of the candour note on a very even, high profile.
    pub candour_heading: &'static str,
    /// Raters, replies and earlier attempts.
    pub raters: RaterStrings,
    pub chart_heading: &'static str,
    pub table_caption: &'static str,
    pub col_partnership: &'static str,
    pub col_score: &'static str,
    pub col_band: &'static str,
    pub inside_average: &'static str,
    pub outside_average: &'static str,
    pub overall: &'static str,
    pub strongest: &'static str,
    pub weakest: &'static str,
    pub advice_heading: &'static str,
    pub review_heading: &'static str,
    pub review_intro: &'static str,
    pub your_answer: &'static str,
    pub source_heading: &'static str,
    pub source_prefix: &'static str,
    pub restart_confirm: &'static str,
    pub restart_yes: &'static str,
    pub cancel: &'static str,
    pub chart_failed: &'static str,
    pub bank_broken: &'static str,
    pub bank_loading: &'static str,
    pub bank_unavailable: &'static str,
    pub retry: &'static str,
    pub crashed: &'static str,
    pub update_ready: &'static str,
    pub reload: &'static str,
    pub fullscreen: &'static str,
    pub leave_fullscreen: &'static str,
    pub kiosk_privacy: &'static str,
    pub still_there: &'static str,
    pub carry_on: &'static str,
    pub take_away_heading: &'static str,
    pub take_away_no_link: &'static str,
    pub qr_label: &'static str,
    pub qr_hint: &'static str,
    pub finish: &'static str,
    pub finish_confirm: &'static str,
    pub finish_yes: &'static str,
    // Workshop mode
    pub workshops_heading: &'static str,
    pub workshops_intro: &'static str,
    pub workshop_new_label: &'static str,
    pub workshop_create: &'static str,
    pub workshop_none: &'static str,
    pub workshop_list_caption: &'static str,
    pub workshop_open: &'static str,
    pub workshop_delete: &'static str,
    pub workshop_delete_yes: &'static str,
    pub workshop_name_empty: &'static str,
    pub workshop_name_too_long: &'static str,
    pub workshop_name_taken: &'static str,
    pub workshop_back: &'static str,
    pub workshop_add_heading: &'static str,
    pub workshop_add_hint: &'static str,
    pub workshop_paste_label: &'static str,
    pub workshop_add: &'static str,
    pub workshop_file_label: &'static str,
    pub workshop_file_unreadable: &'static str,
    pub workshop_nothing_added: &'static str,
    pub workshop_empty: &'static str,
    pub workshop_unreadable: &'static str,
    pub workshop_other_bank: &'static str,
    pub workshop_other_format: &'static str,
    pub workshop_storage_off: &'static str,
    pub workshop_save_failed: &'static str,
    pub participant: &'static str,
    pub team_heading: &'static str,
    pub team_show_each: &'static str,
    pub team_legend_mean: &'static str,
    pub team_legend_band: &'static str,
    pub team_participants: &'static str,
    pub team_table_caption: &'static str,
    pub col_mean: &'static str,
    pub col_lowest: &'static str,
    pub col_highest: &'static str,
    pub spread_heading: &'static str,
    pub spread_intro: &'static str,
    pub spread_table_caption: &'static str,
    pub col_scores: &'static str,
    pub team_advice_heading: &'static str,
    pub team_advice_intro: &'static str,
    pub participants_heading: &'static str,
    pub participants_caption: &'static str,
    pub col_label: &'static str,
    pub col_added: &'static str,
    pub col_length: &'static str,
    pub remove: &'static str,
    pub workshop_take_away: &'static str,
    pub download_csv: &'static str,
    pub workshop_print: &'static str,
    pub workshop_clear: &'static str,
    pub workshop_clear_confirm: &'static str,
    pub workshop_clear_yes: &'static str,
    pub workshop_printed_on: &'static str,
    pub add_to_workshop_heading: &'static str,
    pub add_to_workshop_intro: &'static str,
    pub add_to_workshop_choose: &'static str,
    pub add_to_workshop_button: &'static str,
    pub add_to_workshop_new: &'static str,
    pub open_workshop: &'static str,
    pub length_quick: &'static str,
    pub length_full: &'static str,
}

/// The interface text in force. The app speaks one language, so every view
/// reads it from here rather than from a Yew context, whose provider and
/// lookups cost about 3 KB of gzipped wasm; a translation replaces what this
/// returns.
pub fn current() -> &'static Strings {
    &EN_GB
}

/// British English.
pub const EN_GB: Strings = Strings {
    start: "Start the assessment",
    start_quick: "Start the quick check",
    start_full: "Start the full assessment",
    quick_name: "Quick check",
    full_name: "Full assessment",
    choose_length: "Choose how long to spend",
    instruction: "For each scenario, choose what you would most likely do, not what you think you should do. There is no trick: your radar is only useful if it is honest.",
    scenario_instruction: "What would you most likely do?",
    disclaimer: "This is a developmental self-assessment to prompt reflection, not a validated psychometric test. It is not affiliated with or endorsed by the article's author.",
    privacy: "Privacy",
    keep_heading: "Keep your result",
    share_link: "Copy link to my results",
    share_copied: "Link copied. Anyone who opens it sees these results; the answers travel in the link itself and are stored nowhere else.",
    share_shared: "Shared. The answers travel in the link itself and are stored nowhere else.",
    share_manual: "Copy this link to share your results:",
    share_link_label: "Link to your results",
    download_svg: "Download chart (SVG)",
    download_png: "Download chart (PNG)",
    download_failed: "The chart could not be downloaded in this browser.",
    print: "Print or save as PDF",
    shared_banner: "Shared result",
    shared_intro: "Someone shared these results with you. They are read-only, and nothing of yours has changed.",
    take_it_yourself: "Take the assessment yourself",
    notice_link_damaged: "This results link is damaged or incomplete, so it could not be opened. Ask for the link again, or take the assessment yourself.",
    notice_link_other_bank: "This results link was made with a different set of scenarios, so it cannot be shown here.",
    notice_link_other_format: "This results link comes from another version of the app and cannot be shown here.",
    printed_on: "Results of",
    continue_: "Continue where you left off",
    start_again: "Start again",
    welcome_privacy: "Your answers stay on this device: nothing is sent anywhere.",
    welcome_groups: "The six partnerships",
    welcome_saved: "You have an assessment in progress.",
    notice_unreadable: "Your saved progress could not be read, so the assessment starts afresh.",
    notice_other_version: "Your saved progress came from an earlier version of this app and could not be used, so the assessment starts afresh.",
    notice_other_bank: "Your saved progress was for a different set of scenarios and could not be used, so the assessment starts afresh.",
    notice_storage_off: "This browser is not letting the app save progress, so your answers will be lost if you leave the page.",
    dismiss: "Dismiss",
    back: "Back",
    next: "Next",
    see_results: "See results",
    choose_first: "Choose one of the options to go on.",
    partnership: "Partnership",
    results_heading: "Your partnership radar",
    candour_heading: "Mostly top-scoring answers",
    raters: RATERS_EN_GB,
    chart_heading: "Your six partnerships at a glance",
    table_caption: "Scores by partnership (0 to 100)",
    col_partnership: "Partnership",
    col_score: "Score",
    col_band: "Level",
    inside_average: "Inside average",
    outside_average: "Outside average",
    overall: "Overall",
    strongest: "Strongest partnership",
    weakest: "Partnership to work on",
    advice_heading: "What to try next",
    review_heading: "Your answers",
    review_intro: "Each scenario, the response you chose, and what it says about partnering.",
    your_answer: "Your answer",
    source_heading: "Where the model comes from",
    source_prefix: "Based on",
    restart_confirm: "Start again? Your answers and results on this device will be cleared.",
    restart_yes: "Yes, clear my answers",
    cancel: "Cancel",
    chart_failed: "The chart could not be drawn; your scores are in the table below.",
    bank_broken: "The question bank could not be loaded:",
    bank_loading: "Loading the scenarios…",
    bank_unavailable: "The scenarios could not be loaded. Check the connection and try again.",
    retry: "Try again",
    crashed: "Sorry, something went wrong. Please reload the page; your saved answers are kept.",
    update_ready: "A new version is ready.",
    reload: "Reload",
    fullscreen: "Full screen",
    leave_fullscreen: "Leave full screen",
    kiosk_privacy: "Nothing you enter is kept on this device: your answers are wiped when you finish or walk away.",
    still_there: "Still there?",
    carry_on: "I'm still here",
    take_away_heading: "Take your result with you",
    take_away_no_link: "Your answers are wiped from this device when you finish or walk away.",
    qr_label: "QR code of the link to your result",
    qr_hint: "Scan with your phone's camera to open your radar and advice there. The result travels in the link itself; nothing is kept on this device.",
    finish: "Finish",
    finish_confirm: "Finish? Your answers and results will be wiped from this device, ready for the next person.",
    finish_yes: "Yes, wipe my answers",
    // Workshop mode
    workshops_heading: "Workshops",
    workshops_intro: "Gather the share links of everyone in the room and see the team's radar. Each workshop stays on this device under its name. Only what each person chose to share is kept: a label and six scores, never their answers. Nothing is sent anywhere.",
    workshop_new_label: "Name of a new workshop",
    workshop_create: "Create workshop",
    workshop_none: "There are no workshops on this device yet.",
    workshop_list_caption: "Workshops on this device",
    workshop_open: "Open",
    workshop_delete: "Delete",
    workshop_delete_yes: "Yes, delete it",
    workshop_name_empty: "Give the workshop a name.",
    workshop_name_too_long: "A workshop's name can have at most 60 characters.",
    workshop_name_taken: "There is already a workshop with that name on this device.",
    workshop_back: "All workshops",
    workshop_add_heading: "Add results",
    workshop_add_hint: "Paste share links, one per line or anywhere in a text such as a chat export, or load a .txt or .csv file that contains them.",
    workshop_paste_label: "Share links, or text that contains them",
    workshop_add: "Add",
    workshop_file_label: "Or load a file (.txt or .csv)",
    workshop_file_unreadable: "The file could not be read. Check that it is a text file.",
    workshop_nothing_added: "No new results were added.",
    workshop_empty: "No results yet. Add share links above to see the team's radar.",
    workshop_unreadable: "This workshop could not be read, so it has been left exactly as it was. You can delete it from the list of workshops.",
    workshop_other_bank: "This workshop was made with a different set of scenarios, so its scores cannot be shown with these. It has been left as it was.",
    workshop_other_format: "This workshop was saved by another version of the app and cannot be opened here. It has been left as it was.",
    workshop_storage_off: "This browser is not letting the app save, so the workshop will be lost when you leave the page.",
    workshop_save_failed: "The workshop could not be saved on this device; its storage may be full.",
    participant: "Participant",
    team_heading: "The team's radar",
    team_show_each: "Show each person",
    team_legend_mean: "Team mean",
    team_legend_band: "Lowest to highest",
    team_participants: "Participants",
    team_table_caption: "Team scores by partnership (0 to 100). Means are rounded to a whole number, halves away from zero.",
    col_mean: "Mean",
    col_lowest: "Lowest",
    col_highest: "Highest",
    spread_heading: "How the scores spread",
    spread_intro: "Each dot is one person's score, with equal scores stacked; the line under the triangle marks the team's mean.",
    spread_table_caption: "Scores by partnership, with how many people had each score",
    col_scores: "Scores (× people)",
    team_advice_heading: "Where the team can grow",
    team_advice_intro: "Advice for the two partnerships with the lowest team means.",
    participants_heading: "Participants",
    participants_caption: "Everyone in this workshop, in the order they were added",
    col_label: "Label",
    col_added: "Added",
    col_length: "Length",
    remove: "Remove",
    workshop_take_away: "Download and print",
    download_csv: "Download scores (CSV)",
    workshop_print: "Print the team report",
    workshop_clear: "Clear the workshop",
    workshop_clear_confirm: "Clear the workshop? Every result in it will be removed from this device.",
    workshop_clear_yes: "Yes, clear it",
    workshop_printed_on: "Team report of",
    add_to_workshop_heading: "Add to a workshop",
    add_to_workshop_intro: "Running a workshop on this device? Add this result to it. Only the name (if one was given) and the six scores are kept, not the answers.",
    add_to_workshop_choose: "Workshop",
    add_to_workshop_button: "Add to workshop",
    add_to_workshop_new: "Name of a new workshop",
    open_workshop: "Open the workshops",
    length_quick: "Quick",
    length_full: "Full",
};

impl Strings {
    /// "Scenario 5 of 30".
    pub fn scenario_of(&self, number: usize, total: usize) -> String {
        format!("Scenario {number} of {total}")
    }

    /// The candour note: how often the top-scoring option was chosen, and why
    /// the view of others is worth having beside it.
    pub fn candour_text(&self, top: usize, answered: usize) -> String {
        format!(
            "You chose the option this assessment scores highest in {top} of {answered} scenarios. \
             Choosing the top option this often is unusual, and a self-assessment is most useful \
             set beside how others see you: ask two or three people who work with you which \
             option they would expect you to choose, and compare."
        )
    }

    /// "36 scenarios, about 25 minutes".
    pub fn length(&self, scenarios: usize, minutes: usize) -> String {
        let unit = if minutes == 1 { "minute" } else { "minutes" };
        format!("{scenarios} scenarios, about {minutes} {unit}")
    }

    /// The radar's accessible name, with every score in it.
    pub fn chart_label(&self, scores: &[(String, u8)]) -> String {
        let list: Vec<String> = scores.iter().map(|(n, s)| format!("{n} {s}")).collect();
        format!(
            "Radar chart of your partnership scores out of 100: {}",
            list.join(", ")
        )
    }

    /// "Starting afresh for the next person in 20 seconds."
    pub fn resetting_in(&self, seconds: u32) -> String {
        let unit = if seconds == 1 { "second" } else { "seconds" };
        format!("Your answers will be wiped for the next person in {seconds} {unit}.")
    }

    /// "Scenario 5 of 30: Customers", announced when a new scenario shows.
    pub fn announce_question(&self, number: usize, total: usize, group: &str) -> String {
        format!("{}, {group}", self.scenario_of(number, total))
    }
}

// Workshop mode
impl Strings {
    /// "Added 3 results." after adding text to a workshop.
    pub fn workshop_added(&self, count: usize) -> String {
        match count {
            0 => self.workshop_nothing_added.to_owned(),
            1 => "Added 1 result.".to_owned(),
            n => format!("Added {n} results."),
        }
    }

    /// "Line 6: …": what one line's link did, when it was not added.
    pub fn workshop_line(&self, line: usize, what: &str) -> String {
        format!("Line {line}: {what}")
    }

    /// A line whose result is already in the workshop.
    pub fn workshop_duplicate(&self, label: &str) -> String {
        format!("the same result as {label}, which is already in the workshop.")
    }

    /// A line whose link was made with another bank.
    pub fn workshop_other_bank_link(&self) -> &'static str {
        "this link was made with a different set of scenarios, so it cannot join this workshop."
    }

    /// A line whose link is damaged or edited.
    pub fn workshop_damaged_link(&self) -> &'static str {
        "this link is damaged, incomplete or has been changed."
    }

    /// A line whose link comes from another version of the app.
    pub fn workshop_other_format_link(&self) -> &'static str {
        "this link comes from another version of the app and cannot be read here."
    }

    /// A line that came when the workshop was full.
    pub fn workshop_full(&self, most: usize) -> String {
        format!("the workshop already has {most} participants, the most it can hold.")
    }

    /// "Lines 2, 7 and 13 have no results link."
    pub fn workshop_no_links(&self, lines: &[usize]) -> String {
        let list: Vec<String> = lines.iter().map(usize::to_string).collect();
        match list.as_slice() {
            [] => String::new(),
            [one] => format!("Line {one} has no results link."),
            [rest @ .., last] => {
                format!("Lines {} and {last} have no results link.", rest.join(", "))
            }
        }
    }

    /// Saved results of a workshop that could not be read.
    pub fn workshop_unreadable_entries(&self, count: usize) -> String {
        if count == 1 {
            "1 saved result in this workshop could not be read. It is left out of the team view and kept as stored until the workshop is cleared.".to_owned()
        } else {
            format!("{count} saved results in this workshop could not be read. They are left out of the team view and kept as stored until the workshop is cleared.")
        }
    }

    /// The question before deleting a workshop.
    pub fn workshop_delete_confirm(&self, name: &str) -> String {
        format!(
            "Delete the workshop \u{201c}{name}\u{201d} and every result in it from this device?"
        )
    }

    /// The accessible name of a participant's Remove button.
    pub fn remove_participant(&self, label: &str) -> String {
        format!("Remove {label}")
    }

    /// The accessible name of a workshop's Open or Delete button: "Open Leadership 2027".
    pub fn workshop_action(&self, action: &str, name: &str) -> String {
        format!("{action} {name}")
    }

    /// A group's dot plot, in words.
    pub fn spread_label(&self, group: &str, n: usize, low: u8, high: u8, mean: u8) -> String {
        let scores = if n == 1 { "score" } else { "scores" };
        format!("{group}: {n} {scores} from {low} to {high}, mean {mean}")
    }

    /// The team radar's accessible name, with every mean in it.
    pub fn team_chart_label(&self, means: &[(String, u8)], n: usize) -> String {
        let list: Vec<String> = means.iter().map(|(g, m)| format!("{g} {m}")).collect();
        format!(
            "Radar chart of the team's mean partnership scores out of 100, from {n} people, with the range from lowest to highest: {}",
            list.join(", ")
        )
    }

    /// The team radar's caption: whose scores it shows.
    pub fn team_chart_caption(&self, n: usize) -> String {
        let people = if n == 1 { "person" } else { "people" };
        format!("The team's mean for each partnership, with the range from the lowest to the highest score, from {n} {people}.")
    }

    /// After adding a shared result to a workshop.
    pub fn added_to_workshop(&self, label: &str, workshop: &str) -> String {
        format!("Added to \u{201c}{workshop}\u{201d} as {label}.")
    }

    /// When the shared result is already in the workshop.
    pub fn already_in_workshop(&self, label: &str, workshop: &str) -> String {
        format!("This result is already in \u{201c}{workshop}\u{201d}, as {label}.")
    }
}

/// The text of invitations, a rater's attempt, replies, the overlay and
/// the list of earlier attempts.
#[derive(Debug, Clone, PartialEq)]
pub struct RaterStrings {
    pub invite_heading: &'static str,
    pub invite_intro: &'static str,
    pub invite_name_label: &'static str,
    pub invite_name_hint: &'static str,
    pub invite_make: &'static str,
    pub invite_message_label: &'static str,
    pub invite_copy: &'static str,
    pub invite_link_label: &'static str,
    pub invite_qr_hint: &'static str,
    pub reply_qr_hint: &'static str,
    pub replies_heading: &'static str,
    pub replies_label: &'static str,
    pub replies_add: &'static str,
    pub replies_none_given: &'static str,
    pub reply_added: &'static str,
    pub reply_duplicate: &'static str,
    pub reply_other_invitation: &'static str,
    pub reply_other_bank: &'static str,
    pub reply_damaged: &'static str,
    pub reply_other_format: &'static str,
    pub reply_not_a_reply: &'static str,
    pub a_colleague: &'static str,
    pub rater_point_same: &'static str,
    pub rater_point_nothing_sent: &'static str,
    pub rater_point_one_link: &'static str,
    pub rater_relationship: &'static str,
    pub rater_relationship_none: &'static str,
    pub relationships: [&'static str; 5],
    pub rater_thanks_heading: &'static str,
    pub rater_thanks_text: &'static str,
    pub rater_reply_copy: &'static str,
    pub rater_reply_label: &'static str,
    pub you: &'static str,
    pub others: &'static str,
    pub earlier: &'static str,
    pub col_gap: &'static str,
    pub col_change: &'static str,
    pub comparison_caption: &'static str,
    pub comparison_caption_others: &'static str,
    pub comparison_caption_earlier: &'static str,
    pub others_heading: &'static str,
    pub blind_spots: &'static str,
    pub hidden_strengths: &'static str,
    pub no_notable_gaps: &'static str,
    pub few_replies: &'static str,
    pub history_heading: &'static str,
    pub history_intro: &'static str,
    pub history_empty: &'static str,
    pub history_this_attempt: &'static str,
    pub history_show: &'static str,
    pub history_hide: &'static str,
    pub history_delete: &'static str,
    pub history_delete_all: &'static str,
    pub history_confirm_all: &'static str,
    pub history_confirm_yes: &'static str,
    pub history_confirm_no: &'static str,
    pub history_unreadable: &'static str,
    pub history_full: &'static str,
    pub share_name_label: &'static str,
    pub share_include_others: &'static str,
    pub candour_ask: &'static str,
}

/// [`RaterStrings`] in British English.
pub const RATERS_EN_GB: RaterStrings = RaterStrings {
    invite_heading: "Ask others how they see you",
    invite_intro: "People you work with answer the same scenarios as they believe you would act. Each sends you back one link that holds their answers; no server stores them. Open the reply links on this device, or paste them under \u{201c}Add replies\u{201d}, and their answers are laid over your radar.",
    invite_name_label: "Your first name (optional)",
    invite_name_hint: "Shown to the people you ask, so they know who is asking. Up to 40 characters.",
    invite_make: "Make an invitation link",
    invite_message_label: "Message to send with the link (you can change it)",
    invite_copy: "Copy or share the message",
    invite_link_label: "Invitation link",
    invite_qr_hint: "Someone beside you can scan this with their phone's camera to open the invitation there.",
    reply_qr_hint: "The person who asked can scan this with the device they took the assessment on, to add your reply there.",
    replies_heading: "Add replies",
    replies_label: "Reply links, one per line",
    replies_add: "Add replies",
    replies_none_given: "Paste at least one reply link first.",
    reply_added: "added",
    reply_duplicate: "this reply was added already",
    reply_other_invitation: "this reply answers an invitation made on another device, or one that was deleted",
    reply_other_bank: "this reply was made with another set of questions",
    reply_damaged: "this reply link is damaged or incomplete: ask for it again",
    reply_other_format: "this reply was made by another version of the app",
    reply_not_a_reply: "this is not a reply link",
    a_colleague: "a colleague",
    rater_point_same: "You will see the same scenarios they answered, in which \u{201c}you\u{201d} means them. For each one, choose what you believe they would most likely do, not what you would do.",
    rater_point_nothing_sent: "Nothing is sent anywhere. Your answers stay on this device until you send the reply link yourself.",
    rater_point_one_link: "At the end you get one link to send back. You will not see any scores.",
    rater_relationship: "How do you work with them? (optional)",
    rater_relationship_none: "Rather not say",
    relationships: ["I report to them", "Peer", "I am their manager", "Customer or supplier", "Other"],
    rater_thanks_heading: "Thank you",
    rater_thanks_text: "Send this link back to the person who asked. It holds your answers and nothing else; no scores are shown here, and nothing has been sent anywhere.",
    rater_reply_copy: "Copy or share the reply link",
    rater_reply_label: "Reply link",
    you: "You",
    others: "Others",
    earlier: "Earlier",
    col_gap: "Others − you",
    col_change: "Change since",
    comparison_caption: "Your scores beside how others see you and your earlier attempt (0–100; others is the mean of the replies, rounded)",
    comparison_caption_others: "Your scores beside how others see you (0–100; others is the mean of the replies, rounded)",
    comparison_caption_earlier: "Your scores beside your earlier attempt (0–100)",
    others_heading: "How others see you",
    blind_spots: "Possible blind spots (others score you 15 or more points lower)",
    hidden_strengths: "Hidden strengths (others score you 15 or more points higher)",
    no_notable_gaps: "Others see you within 15 points of your own view in every group.",
    few_replies: "With fewer than 3 replies, the person who gave each answer may be easy to tell apart. Wait for more replies before you discuss them.",
    history_heading: "Your attempts on this device",
    history_intro: "Finished attempts are kept on this device only, so you can see how your picture changes.",
    history_empty: "No attempts kept yet.",
    history_this_attempt: "this attempt",
    history_show: "Show on the radar",
    history_hide: "Hide from the radar",
    history_delete: "Delete",
    history_delete_all: "Delete all attempts",
    history_confirm_all: "Delete every kept attempt and its replies from this device?",
    history_confirm_yes: "Yes, delete them all",
    history_confirm_no: "Keep them",
    history_unreadable: "Some kept attempts could not be read and were set aside; the others are here.",
    history_full: "This device's storage is full, so the latest change could not be kept. Deleting earlier attempts makes room.",
    share_name_label: "Name to show with the link (optional)",
    share_include_others: "Include how others see me in the link",
    candour_ask: "Ask others how they see you",
};

impl RaterStrings {
    /// Who asks: the name, or "a colleague".
    pub fn who<'a>(&self, name: Option<&'a str>) -> &'a str
    where
        'static: 'a,
    {
        name.unwrap_or(self.a_colleague)
    }

    /// The rater's welcome heading.
    pub fn rater_heading(&self, name: Option<&str>) -> String {
        match name {
            Some(name) => format!("{name} asks how you see them"),
            None => "A colleague asks how you see them".to_owned(),
        }
    }

    /// Before each scenario, for a rater.
    pub fn picture(&self, name: Option<&str>) -> String {
        format!("Picture {} in this situation.", self.who(name))
    }

    /// Under "Picture …": the scenarios say "you", and for a rater that is
    /// the person who asked.
    pub fn you_means(&self, name: Option<&str>) -> String {
        let who = name.unwrap_or("the colleague who asked");
        format!("Here, \u{201c}you\u{201d} means {who}.")
    }

    /// A rater's instruction on each scenario.
    pub fn instruction(&self, name: Option<&str>) -> String {
        format!("What would {} most likely do?", self.who(name))
    }

    /// The message that goes with an invitation link.
    pub fn invite_message(&self, name: Option<&str>, link: &str) -> String {
        let sign = name.map(|n| format!("\n\n{n}")).unwrap_or_default();
        format!(
            "I am using Partner Radar to see how well I partner with the people I work with. \
             Would you answer its scenarios as you believe I would act? It takes about 10 to 25 minutes, \
             nothing is sent anywhere, and at the end you send me back one link.\n\n{link}{sign}"
        )
    }

    /// "Replies from someone who reports to you, 2 peers and a manager."
    pub fn raters_from(&self, said: &[crate::domain::reply::Relationship]) -> String {
        use crate::domain::reply::Relationship;
        let parts: Vec<String> = Relationship::ALL
            .iter()
            .filter_map(|r| {
                let n = said.iter().filter(|s| *s == r).count();
                let (one, many) = match r {
                    Relationship::ReportsToThem => {
                        ("someone who reports to you", "people who report to you")
                    }
                    Relationship::Peer => ("a peer", "peers"),
                    Relationship::Manager => ("a manager", "managers"),
                    Relationship::CustomerOrSupplier => {
                        ("a customer or supplier", "customers or suppliers")
                    }
                    Relationship::Other => ("someone else", "others"),
                };
                match n {
                    0 => None,
                    1 => Some(one.to_owned()),
                    n => Some(format!("{n} {many}")),
                }
            })
            .collect();
        match parts.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                format!("Replies from {} and {last}.", rest.join(", "))
            }
            _ => format!("Replies from {}.", parts.join(", ")),
        }
    }

    /// "Others (n = 3)".
    pub fn others_label(&self, replies: usize) -> String {
        format!("{} (n = {replies})", self.others)
    }

    /// "Earlier (2026-11-03)".
    pub fn earlier_label(&self, date: &str) -> String {
        format!("{} ({date})", self.earlier)
    }

    /// One line of the replies report.
    pub fn line(&self, number: usize, what: &str) -> String {
        format!("Line {number}: {what}")
    }

    /// An attempt in the history list.
    pub fn attempt_summary(&self, date: &str, full: bool, overall: u8, replies: usize) -> String {
        let length = if full {
            "full assessment"
        } else {
            "quick check"
        };
        let replies = match replies {
            0 => String::new(),
            1 => ", 1 reply".to_owned(),
            n => format!(", {n} replies"),
        };
        format!("{date}, {length}, overall {overall}{replies}")
    }

    /// "Partner Radar: a reply to 2026-12-04's invitation added."
    pub fn reply_added_notice(&self, replies: usize) -> String {
        let unit = if replies == 1 { "reply" } else { "replies" };
        format!("Reply added. You now have {replies} {unit} on this attempt.")
    }
}
