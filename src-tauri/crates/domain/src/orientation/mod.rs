//! The orientation newcomers read at their own pace, in Dutch and English.

/// The chapters, in reading order. The ids are stored with a newcomer's progress, so they
/// never change.
pub const CHAPTER_IDS: [&str; 6] = [
    "mentoring_vs_coaching",
    "how_it_comes_about",
    "triangle",
    "manager_as_mentor",
    "career_phase",
    "choosing",
];
