//! The people the demo is built around: the director and a handful of newcomers in every
//! career phase. The mentors are in `mentors.rs`; everyone else is generated around them.

use crate::departments::{
    Department, COMMUNICATIE, IV_ICT, PROJECTEN_TECHNIEK, VERGUNNINGEN_HANDHAVING, WATERKETEN, WATERSYSTEMEN,
};

/// A hand-written person: a fixed name and career in a fixed place of the organisation.
pub(crate) struct FeaturedPerson {
    pub(crate) name: &'static str,
    pub(crate) place: Place,
    /// Years since the career started; 0 means this year.
    pub(crate) career_years: i32,
    /// Years since joining the water board; at most `career_years`.
    pub(crate) years_here: i32,
    pub(crate) languages: &'static [&'static str],
}

/// Where in the hierarchy someone works; the job title of heads and leads follows from it.
pub(crate) enum Place {
    Director,
    Head(&'static Department),
    /// The lead of the department's team with this index.
    Lead(&'static Department, usize),
    /// Staff in the department's team with this index, with their job title.
    Staff(&'static Department, usize, &'static str),
}

pub(crate) static DIRECTOR: FeaturedPerson = FeaturedPerson {
    name: "Harm van der Meer",
    place: Place::Director,
    career_years: 34,
    years_here: 6,
    languages: &["nl", "en", "de"],
};

/// Newcomers who show each phase the programme cares about.
pub(crate) static NEWCOMERS: [FeaturedPerson; 6] = [
    // A fresh graduate in her traineeship: the app suggests coaching too.
    FeaturedPerson {
        name: "Zoë Çelik",
        place: Place::Staff(&WATERKETEN, 0, "trainee waterketen"),
        career_years: 0,
        years_here: 0,
        languages: &["nl", "en", "tr"],
    },
    FeaturedPerson {
        name: "Daniël Ruiz",
        place: Place::Staff(&IV_ICT, 0, "data-analist"),
        career_years: 1,
        years_here: 1,
        languages: &["nl", "en", "es"],
    },
    FeaturedPerson {
        name: "Yassine El Idrissi",
        place: Place::Staff(&PROJECTEN_TECHNIEK, 0, "trainee projecten & techniek"),
        career_years: 1,
        years_here: 0,
        languages: &["nl", "ar", "en"],
    },
    // Young employees: mostly initiation into the craft and the culture.
    FeaturedPerson {
        name: "Chloë Bakker",
        place: Place::Staff(&COMMUNICATIE, 0, "online communicatieadviseur"),
        career_years: 3,
        years_here: 2,
        languages: &["nl", "en"],
    },
    FeaturedPerson {
        name: "Anaïs van Vliet",
        place: Place::Staff(&VERGUNNINGEN_HANDHAVING, 0, "jurist omgevingsrecht"),
        career_years: 5,
        years_here: 3,
        languages: &["nl", "en", "fr"],
    },
    // Mid-career: "what do I want from the second half?"
    FeaturedPerson {
        name: "Fenna Dijkstra",
        place: Place::Staff(&WATERSYSTEMEN, 0, "hydroloog"),
        career_years: 17,
        years_here: 9,
        languages: &["nl", "fy", "en"],
    },
];
