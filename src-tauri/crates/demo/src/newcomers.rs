//! Two featured newcomers who are already underway, so HR's screen of mentor choices has an
//! open choice and a decided one to show. They choose from their own suggestions, the way the
//! app offers them; the other featured newcomers are left at the start for a demo to walk through.

use chrono::NaiveDate;
use mentorpool_domain::matching::{Ambition, CareerPhase, Choice, Intake};
use mentorpool_domain::orientation::CHAPTER_IDS;
use mentorpool_domain::profile::MeetingMode;
use mentorpool_domain::{LanguageCode, PersonId};
use mentorpool_store::{choices, marks, newcomers, suggestions, Connection, StoreError};
use rusqlite::OptionalExtension;

struct UnderwayNewcomer {
    name: &'static str,
    phase: CareerPhase,
    ambition: Ambition,
    topics: &'static [&'static str],
    chapters_read: usize,
    motivation: &'static str,
    /// Days before today the choice was submitted.
    submitted_days_ago: u64,
    approved: bool,
}

const UNDERWAY: [UnderwayNewcomer; 2] = [
    UnderwayNewcomer {
        name: "Yassine El Idrissi",
        phase: CareerPhase::FreshGraduate,
        ambition: Ambition::Unsure,
        topics: &["Projectmanagement", "Samenwerken met bestuur"],
        chapters_read: 4,
        motivation: "Ik wil leren hoe een project van schets tot oplevering loopt en hoe je daarbij het bestuur \
                     meekrijgt. Deze mentor heeft dat vaak gedaan en werkt op een andere afdeling, zodat ik ook \
                     een frisse blik krijg.",
        submitted_days_ago: 3,
        approved: false,
    },
    UnderwayNewcomer {
        name: "Fenna Dijkstra",
        phase: CareerPhase::MidCareer,
        ambition: Ambition::Horizontal,
        topics: &["Klimaatadaptatie", "Omgevingsmanagement"],
        chapters_read: 6,
        motivation: "Na negen jaar hydrologie wil ik de overstap naar beleid en omgevingsmanagement verkennen. \
                     Deze mentor heeft zelf zo'n zijwaartse stap gemaakt en kan vertellen wat daarbij komt kijken.",
        submitted_days_ago: 12,
        approved: true,
    },
];

pub(crate) fn set_underway(conn: &Connection, today: NaiveDate) -> Result<(), StoreError> {
    for newcomer in &UNDERWAY {
        let person = person_named(conn, newcomer.name)?;
        let prefilled = newcomers::get_intake(conn, person)?.intake;
        newcomers::save_intake(
            conn,
            person,
            Intake {
                phase: newcomer.phase,
                ambition: newcomer.ambition,
                topics: newcomer.topics.iter().map(|t| t.to_string()).collect(),
                preferred_language: LanguageCode::parse("nl").ok(),
                meeting_mode: Some(MeetingMode::Either),
                ..prefilled
            },
        )?;
        for chapter in CHAPTER_IDS.iter().take(newcomer.chapters_read) {
            newcomers::mark_chapter_read(conn, person, chapter, true)?;
        }
        let suggested: Vec<_> = suggestions::suggest(conn, person)?
            .suggestions
            .into_iter()
            .filter(|s| s.relation.is_none())
            .map(|s| s.card.id)
            .take(3)
            .collect();
        for mentor in &suggested {
            marks::set_star(conn, person, *mentor, true)?;
        }
        let [first, alternative, ..] = suggested[..] else {
            continue;
        };
        let submitted_on = today - chrono::Days::new(newcomer.submitted_days_ago);
        let choice = Choice {
            first,
            alternatives: vec![alternative],
            motivation: newcomer.motivation.into(),
            confirmed_manager_warning: false,
        };
        let record = choices::submit(conn, person, choice, submitted_on)?;
        if newcomer.approved {
            choices::approve(conn, record.id, Some(first), today)?;
        }
    }
    Ok(())
}

fn person_named(conn: &Connection, name: &str) -> Result<PersonId, StoreError> {
    conn.prepare_cached("SELECT id FROM person WHERE name = ?1")?
        .query_row([name], |row| row.get(0))
        .optional()?
        .ok_or(StoreError::Domain(mentorpool_domain::DomainError::UnknownPerson))
}
