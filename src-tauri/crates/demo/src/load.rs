//! Puts the demo organisation into an empty database, all or nothing.

use crate::{generate, DemoError};
use chrono::{Datelike, NaiveDate};
use mentorpool_store::{is_empty, mentors, people, write, StoreError};
use rusqlite::Connection;

/// What [`load`] stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct DemoSummary {
    pub people: usize,
    pub mentors: usize,
}

/// Stores the demo organisation as it stands on `today`, in one transaction. A database that
/// already holds people or mentors is refused with [`DemoError::NotEmpty`] and left untouched.
pub fn load(conn: &mut Connection, today: NaiveDate) -> Result<DemoSummary, DemoError> {
    let demo = generate(today);
    write(conn, |tx| {
        if !is_empty(tx)? {
            return Err(DemoError::NotEmpty);
        }
        // Managers come before their reports, so each manager's id is known when needed.
        let mut ids = Vec::with_capacity(demo.people.len());
        for entry in &demo.people {
            let person = entry
                .person
                .clone()
                .validate(today.year())
                .map_err(StoreError::from)?
                .with_manager(entry.manager.map(|index| ids[index]));
            ids.push(people::insert(tx, &person)?);
        }
        for mentor in &demo.mentors {
            let profile = mentor.profile.clone().validate().map_err(StoreError::from)?;
            mentors::insert(tx, ids[mentor.person], &profile, mentor.status)?;
        }
        Ok(DemoSummary {
            people: ids.len(),
            mentors: demo.mentors.len(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use mentorpool_store::{mentors::MentorFilter, open_in_memory};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 15).expect("a real date")
    }

    fn counts(conn: &Connection) -> Result<(usize, usize), StoreError> {
        Ok((
            people::count(conn)?,
            mentors::list(conn, &MentorFilter::default())?.len(),
        ))
    }

    #[test]
    fn loads_into_an_empty_store_once() -> Result<(), DemoError> {
        let mut conn = open_in_memory()?;
        let summary = load(&mut conn, today())?;
        let demo = generate(today());
        assert_eq!(
            summary,
            DemoSummary {
                people: demo.people.len(),
                mentors: demo.mentors.len()
            }
        );
        assert_eq!(counts(&conn)?, (summary.people, summary.mentors));

        let second = load(&mut conn, today());
        assert!(matches!(second, Err(DemoError::NotEmpty)), "{second:?}");
        assert_eq!(second.map_err(|err| err.code()), Err("store.demo_needs_empty"));
        assert_eq!(counts(&conn)?, (summary.people, summary.mentors));
        Ok(())
    }

    #[test]
    fn stores_the_hierarchy_and_the_profiles() -> Result<(), DemoError> {
        let mut conn = open_in_memory()?;
        load(&mut conn, today())?;
        let everyone = people::search(&conn, "")?;
        let zoe = everyone
            .iter()
            .find(|p| p.name == "Zoë Çelik")
            .expect("Zoë is in the demo");
        assert_eq!(zoe.email, "zoe.celik@lagelanden.nl");
        assert!(zoe.manager_name.is_some());
        assert_eq!(everyone.iter().filter(|p| p.manager_id.is_none()).count(), 1);
        let pool = mentors::list(&conn, &MentorFilter::default())?;
        let jeroen = pool
            .iter()
            .find(|m| m.name == "Jeroen 't Hart")
            .expect("Jeroen is a mentor");
        assert_eq!(jeroen.department, "Projecten & Techniek");
        assert!(jeroen.expertise.iter().any(|tag| tag == "Dijkversterking"));
        assert!(jeroen.bio.len() > 500);
        Ok(())
    }
}
