//! The intake: what a newcomer tells the app about themself before it suggests mentors.

use super::{fold_key, ORGANISATION_LANGUAGE};
use crate::profile::MeetingMode;
use crate::{DomainError, LanguageCode, Person, PersonId};
use serde::{Deserialize, Serialize};

/// Where the newcomer is in their career. The phase shapes the advice (domain.md, "Phases"):
/// fresh graduates need feedback and steering, so a coach fits their first years best
/// (Van der Sluis 2000); mid-career is about re-calibrating career values (Kram 1983).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CareerPhase {
    /// Trainee or at most two years since study.
    FreshGraduate,
    EarlyCareer,
    MidCareer,
    LateCareer,
}

/// Where the newcomer wants to grow. It decides which career moves of a mentor count, and
/// whether choosing one's own manager as mentor is a problem (Van der Heijden 1998).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ambition {
    /// Up the ladder, perhaps succeeding the manager.
    Vertical,
    /// Sideways, broadening into other work.
    Horizontal,
    /// Not sure yet.
    Unsure,
}

macro_rules! text_enum {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $name {
            pub const ALL: &'static [$name] = &[$(Self::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
            pub fn parse(raw: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == raw)
            }
        }
    };
}

impl CareerPhase {
    /// A first guess from the year the career started, for the newcomer to correct: at most
    /// two years is a fresh graduate, at most ten early career, at most 25 mid-career, more
    /// late career. Unknown is early career, the phase most newcomers are in.
    pub fn guess(career_start_year: Option<i32>, this_year: i32) -> Self {
        match career_start_year.map(|start| this_year - start) {
            None => Self::EarlyCareer,
            Some(..=2) => Self::FreshGraduate,
            Some(3..=10) => Self::EarlyCareer,
            Some(11..=25) => Self::MidCareer,
            Some(_) => Self::LateCareer,
        }
    }
}

text_enum!(CareerPhase { FreshGraduate => "fresh_graduate", EarlyCareer => "early_career", MidCareer => "mid_career", LateCareer => "late_career" });
text_enum!(Ambition { Vertical => "vertical", Horizontal => "horizontal", Unsure => "unsure" });

/// The newcomer's answers. Department and manager are pre-filled from HR data and may be
/// corrected by the newcomer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Intake {
    pub phase: CareerPhase,
    pub ambition: Ambition,
    /// Topics to learn about, from the expertise vocabulary.
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub preferred_language: Option<LanguageCode>,
    #[serde(default)]
    pub meeting_mode: Option<MeetingMode>,
    #[serde(default)]
    pub department: String,
    #[serde(default)]
    pub manager_id: Option<PersonId>,
    /// Someone the newcomer already has a working informal relationship with; the app never
    /// silently replaces it with a new formal one.
    #[serde(default)]
    pub informal_mentor: Option<PersonId>,
}

impl Intake {
    /// The intake a newcomer starts from before saving one, from HR's data: their department
    /// and manager, the phase guessed from the career start, ambition not sure yet, and a
    /// language they speak. A person's languages have no order of preference, so the
    /// organisation's own language is taken when they speak it (it ranks no mentor above
    /// another), else the first of the others.
    pub fn prefilled(person: &Person, this_year: i32) -> Self {
        let preferred_language = person
            .languages
            .iter()
            .find(|code| code.as_str() == ORGANISATION_LANGUAGE)
            .or(person.languages.first())
            .cloned();
        Self {
            phase: CareerPhase::guess(person.career_start_year, this_year),
            ambition: Ambition::Unsure,
            topics: Vec::new(),
            preferred_language,
            meeting_mode: None,
            department: person.department.clone(),
            manager_id: person.manager_id,
            informal_mentor: None,
        }
    }

    /// Tidies the answers of the newcomer `person`: topics trimmed, blanks dropped (an empty
    /// pick says nothing) and duplicates that differ only in case, accents or spacing dropped
    /// (the first spelling wins); the department trimmed. Refuses naming oneself as manager
    /// or as informal mentor.
    pub fn validate(self, person: PersonId) -> Result<Self, DomainError> {
        if self.manager_id == Some(person) {
            return Err(DomainError::SelfManager);
        }
        if self.informal_mentor == Some(person) {
            return Err(DomainError::ChoiceOfSelf);
        }
        let mut keys: Vec<String> = Vec::with_capacity(self.topics.len());
        let mut topics = Vec::with_capacity(self.topics.len());
        for topic in &self.topics {
            let key = fold_key(topic);
            if key.is_empty() || keys.contains(&key) {
                continue;
            }
            keys.push(key);
            topics.push(topic.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        Ok(Self {
            topics,
            department: self.department.split_whitespace().collect::<Vec<_>>().join(" "),
            ..self
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intake() -> Intake {
        Intake {
            phase: CareerPhase::EarlyCareer,
            ambition: Ambition::Horizontal,
            topics: vec![],
            preferred_language: None,
            meeting_mode: None,
            department: "Financiën".into(),
            manager_id: Some(PersonId::new(2)),
            informal_mentor: None,
        }
    }

    #[test]
    fn topics_are_tidied_and_deduplicated_ignoring_case_and_accents() {
        let tidy = Intake {
            topics: vec![
                " Financiën  & control ".into(),
                "financien & CONTROL".into(),
                "  ".into(),
                "Omgevingswet".into(),
            ],
            department: "  Beleid  ".into(),
            ..intake()
        }
        .validate(PersonId::new(1))
        .unwrap();
        assert_eq!(tidy.topics, ["Financiën & control", "Omgevingswet"]);
        assert_eq!(tidy.department, "Beleid");
    }

    #[test]
    fn a_newcomer_is_not_their_own_manager_or_informal_mentor() {
        let me = PersonId::new(1);
        let own_manager = Intake {
            manager_id: Some(me),
            ..intake()
        };
        assert_eq!(own_manager.validate(me).unwrap_err().code(), "person.self_manager");
        let own_mentor = Intake {
            informal_mentor: Some(me),
            ..intake()
        };
        assert_eq!(own_mentor.validate(me).unwrap_err().code(), "choice.self");
    }

    #[test]
    fn serialises_with_camel_case_fields_and_snake_case_values() {
        let json = serde_json::to_value(Intake {
            phase: CareerPhase::FreshGraduate,
            preferred_language: Some(LanguageCode::parse("en").unwrap()),
            meeting_mode: Some(MeetingMode::InPerson),
            informal_mentor: Some(PersonId::new(9)),
            ..intake()
        })
        .unwrap();
        assert_eq!(json["phase"], "fresh_graduate");
        assert_eq!(json["ambition"], "horizontal");
        assert_eq!(json["preferredLanguage"], "en");
        assert_eq!(json["meetingMode"], "in_person");
        assert_eq!(json["managerId"], 2);
        assert_eq!(json["informalMentor"], 9);
        let back: Intake = serde_json::from_value(json).unwrap();
        assert_eq!(back.phase, CareerPhase::FreshGraduate);
    }

    #[test]
    fn the_phase_is_guessed_from_the_years_since_the_career_started() {
        let guess = |start: Option<i32>| CareerPhase::guess(start, 2026);
        assert_eq!(guess(Some(2026)), CareerPhase::FreshGraduate);
        assert_eq!(guess(Some(2024)), CareerPhase::FreshGraduate);
        assert_eq!(guess(Some(2023)), CareerPhase::EarlyCareer);
        assert_eq!(guess(Some(2016)), CareerPhase::EarlyCareer);
        assert_eq!(guess(Some(2015)), CareerPhase::MidCareer);
        assert_eq!(guess(Some(2001)), CareerPhase::MidCareer);
        assert_eq!(guess(Some(2000)), CareerPhase::LateCareer);
        assert_eq!(guess(None), CareerPhase::EarlyCareer);
    }

    fn person(languages: &[&str]) -> Person {
        Person {
            id: PersonId::new(1),
            name: "Zoë Çelik".into(),
            email: "zoe@waterschap.nl".into(),
            employee_number: "1".into(),
            department: "Financiën".into(),
            job_title: "Controller".into(),
            manager_id: Some(PersonId::new(2)),
            manager_name: Some("Anne".into()),
            start_date: None,
            career_start_year: Some(2012),
            languages: languages.iter().map(|c| LanguageCode::parse(c).unwrap()).collect(),
            mentor_status: None,
            left_on: None,
        }
    }

    #[test]
    fn an_unsaved_intake_starts_from_hr_data() {
        let intake = Intake::prefilled(&person(&["en", "nl"]), 2026);
        assert_eq!(
            intake,
            Intake {
                phase: CareerPhase::MidCareer,
                ambition: Ambition::Unsure,
                topics: vec![],
                preferred_language: Some(LanguageCode::parse("nl").unwrap()),
                meeting_mode: None,
                department: "Financiën".into(),
                manager_id: Some(PersonId::new(2)),
                informal_mentor: None,
            }
        );
        let language = |codes: &[&str]| Intake::prefilled(&person(codes), 2026).preferred_language;
        assert_eq!(language(&["de", "en"]), Some(LanguageCode::parse("de").unwrap()));
        assert_eq!(language(&[]), None);
    }

    #[test]
    fn enums_round_trip_through_their_names() {
        for phase in CareerPhase::ALL {
            assert_eq!(CareerPhase::parse(phase.as_str()), Some(*phase));
            assert_eq!(serde_json::to_value(phase).unwrap(), phase.as_str());
        }
        for ambition in Ambition::ALL {
            assert_eq!(Ambition::parse(ambition.as_str()), Some(*ambition));
        }
        assert_eq!(Ambition::parse("diagonal"), None);
    }
}
