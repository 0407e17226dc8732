//! What anyone outside HR may see of a mentor: the profile newcomers read and the booklet
//! prints. Poll answers, screening notes, contact details and HR's internals are not in these
//! types at all, so no newcomer screen and no booklet can show them.

use crate::profile::{CareerMove, CvEntry, MeetingFrequency, MeetingMode};
use crate::{LanguageCode, MentorDetail, MentorId};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PublicProfile {
    pub id: MentorId,
    pub name: String,
    pub job_title: String,
    pub department: String,
    pub bio: String,
    pub expertise: Vec<String>,
    pub topics: Vec<String>,
    pub meeting_mode: Option<MeetingMode>,
    pub meeting_frequency: Option<MeetingFrequency>,
    pub career_path: Vec<CareerMove>,
    pub cv: Vec<CvEntry>,
    pub languages: Vec<LanguageCode>,
    pub has_photo: bool,
    pub places_available: u32,
}

impl PublicProfile {
    /// `places_available` comes from the `mentor_places` view, which also counts the places
    /// open choices hold.
    pub fn from_detail(detail: MentorDetail, places_available: u32) -> Self {
        let summary = detail.summary;
        Self {
            id: summary.id,
            name: summary.name,
            job_title: summary.job_title,
            department: summary.department,
            bio: summary.bio,
            expertise: summary.expertise,
            topics: detail.topics,
            meeting_mode: detail.meeting_mode,
            meeting_frequency: detail.meeting_frequency,
            career_path: detail.career_path,
            cv: detail.cv,
            languages: detail.languages,
            has_photo: detail.has_photo,
            places_available,
        }
    }
}

/// One mentor as the booklet prints them: the public profile newcomers see, and what a printed
/// page needs besides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookletProfile {
    /// Its free places are as of the booklet's date (open first choices hold a place too).
    pub profile: PublicProfile,
    pub capacity: u32,
    /// The stored photo (a JPEG of at most 600 px a side); without one the section shows the
    /// mentor's initials.
    pub photo: Option<Vec<u8>>,
}
