//! Puts the demo organisation into an empty database, all or nothing.

use crate::{generate, newcomers, DemoError};
use chrono::{Datelike, NaiveDate};
use mentorpool_domain::{MentorId, PersonId};
use mentorpool_store::{is_empty, mentors, people, poll, screening, settings, write, StoreError};
use rusqlite::{params, Connection};

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
        // Mentors come before the poll: answering "interested" makes a candidate only of
        // someone without a profile, and every interested demo invitee has one.
        let mut mentor_ids = Vec::with_capacity(demo.mentors.len());
        for mentor in &demo.mentors {
            let profile = mentor.profile.clone().validate().map_err(StoreError::from)?;
            mentor_ids.push(mentors::insert(tx, ids[mentor.person], &profile, mentor.status)?);
        }
        for screened in &demo.screenings {
            screening::save(tx, mentor_ids[screened.mentor], screened.input.clone(), screened.on)?;
        }
        let round = poll::open_round(tx, demo.poll.round.clone(), demo.poll.opened_on)?;
        let invited: Vec<PersonId> = demo.poll.invitees.iter().map(|invitee| ids[invitee.person]).collect();
        poll::invite(tx, round.id, &invited)?;
        for invitee in &demo.poll.invitees {
            if let Some((answer, on)) = &invitee.answer {
                poll::record_answer(tx, round.id, ids[invitee.person], answer.clone(), *on)?;
            }
        }
        poll::close_round(tx, round.id, demo.poll.closed_on)?;
        for mentorship in &demo.mentorships {
            insert_mentorship(
                tx,
                mentor_ids[mentorship.mentor],
                ids[mentorship.mentee],
                mentorship.origin,
                mentorship.started_on,
            )?;
        }
        newcomers::set_underway(tx, today)?;
        settings::set(tx, settings::ORGANISATION_NAME, crate::ORGANISATION_NAME)?;
        Ok(DemoSummary {
            people: ids.len(),
            mentors: demo.mentors.len(),
        })
    })
}

/// A running mentorship. The store has no mentorship module yet; until it does, the demo
/// writes the row itself.
fn insert_mentorship(
    conn: &Connection,
    mentor: MentorId,
    mentee: PersonId,
    origin: &str,
    started_on: NaiveDate,
) -> Result<(), StoreError> {
    conn.prepare_cached("INSERT INTO mentorship (mentor_id, mentee_id, origin, started_on) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![mentor.get(), mentee.get(), origin, started_on])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use mentorpool_domain::poll::PollAnswer;
    use mentorpool_domain::screening::ScreeningDecision;
    use mentorpool_domain::MentorStatus;
    use mentorpool_store::{mentors::MentorFilter, open_in_memory, public};

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

    fn loaded() -> Result<Connection, DemoError> {
        let mut conn = open_in_memory()?;
        load(&mut conn, today())?;
        Ok(conn)
    }

    #[test]
    fn every_approved_paused_or_retired_mentor_is_publishable_and_approved_by_hr() -> Result<(), DemoError> {
        let conn = loaded()?;
        let pool = mentors::list(&conn, &MentorFilter::default())?;
        let active: Vec<_> = pool.iter().filter(|m| m.status != MentorStatus::Candidate).collect();
        assert!(active.len() >= 35);
        for mentor in active {
            assert!(
                mentor.completeness.publishable,
                "{}: {:?}",
                mentor.name, mentor.completeness.missing
            );
            assert_eq!(mentor.completeness.suggested, ["photo"], "{}", mentor.name);
            let screened = screening::get(&conn, mentor.id)?;
            assert_eq!(screened.decision, Some(ScreeningDecision::Approve), "{}", mentor.name);
            assert!(screened.checks.all_met() && !screened.decision_reason.is_empty() && !screened.notes.is_empty());
            assert!(screened.decided_on.is_some_and(|on| on < today()));
            let detail = mentors::detail(&conn, mentor.id)?;
            assert!((2..=4).contains(&detail.topics.len()) && (2..=4).contains(&detail.career_path.len()));
        }
        Ok(())
    }

    #[test]
    fn candidates_wait_at_every_stage_of_screening() -> Result<(), DemoError> {
        let conn = loaded()?;
        let candidates = mentors::list(
            &conn,
            &MentorFilter {
                status: Some(MentorStatus::Candidate),
                ..MentorFilter::default()
            },
        )?;
        let mut screenings = Vec::new();
        for candidate in &candidates {
            screenings.push((candidate.name.as_str(), screening::get(&conn, candidate.id)?));
        }
        let unscreened = screenings.iter().filter(|(_, s)| *s == Default::default()).count();
        assert!(unscreened >= 2, "{screenings:?}");
        let underway: Vec<_> = screenings
            .iter()
            .filter(|(_, s)| s.decision.is_none() && !s.notes.is_empty())
            .collect();
        assert_eq!(underway.len(), 1, "{screenings:?}");
        assert!(!underway[0].1.checks.all_met() && underway[0].1.checks.motivated == Some(true));
        let postponed: Vec<_> = screenings
            .iter()
            .filter(|(_, s)| s.decision == Some(ScreeningDecision::Postpone))
            .collect();
        assert_eq!(postponed.len(), 1);
        assert_eq!(postponed[0].1.checks.career_goals_met, Some(false));
        assert!(postponed[0]
            .1
            .decision_reason
            .contains("over een jaar opnieuw bekijken"));
        assert!(screenings
            .iter()
            .all(|(_, s)| s.decision != Some(ScreeningDecision::Approve)));
        assert!(
            candidates.iter().any(|c| !c.completeness.publishable),
            "some profiles are still drafts"
        );
        let gijs = candidates
            .iter()
            .find(|c| c.name == "Gijs van Beek")
            .expect("Gijs is a candidate");
        assert_eq!(gijs.completeness.missing, ["topics", "meeting", "career_path", "cv"]);
        Ok(())
    }

    #[test]
    fn the_poll_round_is_closed_with_its_answers() -> Result<(), DemoError> {
        let conn = loaded()?;
        let demo = generate(today());
        let rounds = poll::rounds(&conn)?;
        assert_eq!(rounds.len(), 1);
        let round = &rounds[0];
        assert_eq!(round.title, "Peiling mentoren 2026");
        assert_eq!(
            (Some(round.opened_on), round.closed_on),
            (Some(demo.poll.opened_on), Some(demo.poll.closed_on))
        );
        let answered: Vec<_> = demo.poll.invitees.iter().filter_map(|i| i.answer.as_ref()).collect();
        let count = |kind| answered.iter().filter(|(a, _)| a.answer == kind).count();
        assert_eq!(
            (round.invited, round.answered, round.interested, round.not_interested),
            (
                demo.poll.invitees.len(),
                answered.len(),
                count(PollAnswer::Interested),
                count(PollAnswer::NotInterested)
            )
        );
        assert_eq!((round.invited, round.answered, round.interested), (40, 33, 26));
        let invitees = poll::invitees(&conn, round.id)?;
        assert!(invitees
            .iter()
            .filter(|i| i.answer == PollAnswer::Interested)
            .all(|i| i.hours_per_month.is_some_and(|h| (4..=8).contains(&h)) && !i.motivation.is_empty()));
        assert_eq!(invitees.iter().filter(|i| i.answered_on.is_none()).count(), 7);
        // Recording the answers made no extra candidates.
        assert_eq!(
            mentors::list(&conn, &MentorFilter::default())?.len(),
            demo.mentors.len()
        );
        Ok(())
    }

    #[test]
    fn mentorships_take_places_and_plenty_of_mentors_stay_available() -> Result<(), DemoError> {
        let conn = loaded()?;
        let demo = generate(today());
        let pool = mentors::list(&conn, &MentorFilter::default())?;
        let active: u32 = pool.iter().map(|m| m.active_mentees).sum();
        // The demo's running mentorships, plus the one from the newcomer whose choice HR approved.
        assert_eq!(usize::try_from(active).ok(), Some(demo.mentorships.len() + 1));
        assert!(pool.iter().all(|m| m.active_mentees <= u32::from(m.capacity)));
        let available = public::available_mentors(&conn)?;
        assert!(available.len() >= 25, "{}", available.len());
        assert!(available.len() < pool.iter().filter(|m| m.status == MentorStatus::Approved).count());
        assert!(available.iter().all(|m| m.places_available > 0 && !m.topics.is_empty()));
        let hatice = available
            .iter()
            .find(|m| m.name == "Hatice Öztürk")
            .expect("Hatice has room");
        assert_eq!(hatice.places_available, 1);
        Ok(())
    }

    #[test]
    fn two_newcomers_are_underway_and_hr_has_one_open_choice() -> Result<(), DemoError> {
        let conn = loaded()?;
        let open = mentorpool_store::choices::list_for_hr(&conn, true, today())?;
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].newcomer_name, "Yassine El Idrissi");
        assert_eq!(open[0].picks.len(), 2);
        let all = mentorpool_store::choices::list_for_hr(&conn, false, today())?;
        assert!(all
            .iter()
            .any(|c| c.newcomer_name == "Fenna Dijkstra"
                && c.status == mentorpool_domain::matching::ChoiceStatus::Approved));
        // The featured newcomers a demo walks through are still at the start.
        for name in ["Zoë Çelik", "Daniël Ruiz", "Anaïs van Vliet", "Chloë Bakker"] {
            let person = people::search(&conn, name)?[0].id;
            assert!(!mentorpool_store::newcomers::get_intake(&conn, person)?.saved, "{name}");
            assert!(mentorpool_store::choices::list_mine(&conn, person, today())?.is_empty());
        }
        Ok(())
    }

    #[test]
    fn the_organisation_is_named_for_the_booklet_cover() -> Result<(), DemoError> {
        let conn = loaded()?;
        assert_eq!(
            settings::get(&conn, settings::ORGANISATION_NAME)?.as_deref(),
            Some(crate::ORGANISATION_NAME)
        );
        Ok(())
    }

    #[test]
    fn loading_twice_gives_the_same_pool() -> Result<(), DemoError> {
        let (first, second) = (loaded()?, loaded()?);
        let everything = |conn: &Connection| -> Result<String, DemoError> {
            let pool = mentors::list(conn, &MentorFilter::default())?;
            let mut details = Vec::new();
            for mentor in &pool {
                details.push((mentors::detail(conn, mentor.id)?, screening::get(conn, mentor.id)?));
            }
            let round = poll::rounds(conn)?;
            let invitees = poll::invitees(conn, round[0].id)?;
            let text = format!("{details:?}{round:?}{invitees:?}{:?}", public::available_mentors(conn)?);
            Ok(text)
        };
        assert_eq!(everything(&first)?, everything(&second)?);
        Ok(())
    }

    #[test]
    fn loads_on_any_day() -> Result<(), DemoError> {
        for (year, month, day) in [(2028, 1, 1), (2028, 12, 31), (2031, 7, 4)] {
            let today = NaiveDate::from_ymd_opt(year, month, day).expect("a real date");
            let mut conn = open_in_memory()?;
            load(&mut conn, today)?;
            let pool = mentors::list(&conn, &MentorFilter::default())?;
            assert!(pool
                .iter()
                .filter(|m| m.status != MentorStatus::Candidate)
                .all(|m| m.completeness.publishable));
            assert!(public::available_mentors(&conn)?.len() >= 25);
            assert_eq!(
                poll::rounds(&conn)?[0].closed_on,
                today.checked_sub_days(chrono::Days::new(30))
            );
        }
        Ok(())
    }
}
