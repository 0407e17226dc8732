//! Recruitment polls: rounds, who was invited, and what they answered. HR-only; no
//! newcomer-facing query reads these tables.

use crate::{mentors, people, StoreError};
use chrono::{Datelike, NaiveDate, Utc};
use mentorpool_domain::poll::{
    whole_years, Invitee, InviteeFilter, PollAnswer, PollAnswerInput, PollRound, PollRoundId, PollRoundInput,
};
use mentorpool_domain::{fold_for_search, DomainError, MentorInput, MentorStatus, Person, PersonId};
use rusqlite::{params, Connection, OptionalExtension, Row};

const SELECT_ROUND: &str = "
    SELECT r.id, r.title, r.invitation, r.opened_on, r.closed_on,
           count(i.person_id),
           count(i.person_id) FILTER (WHERE i.answer <> 'no_answer'),
           count(i.person_id) FILTER (WHERE i.answer = 'interested'),
           count(i.person_id) FILTER (WHERE i.answer = 'not_interested')
    FROM poll_round r
    LEFT JOIN poll_invitee i ON i.round_id = r.id";

pub fn open_round(conn: &Connection, input: PollRoundInput, today: NaiveDate) -> Result<PollRound, StoreError> {
    let input = input.validate()?;
    conn.execute(
        "INSERT INTO poll_round (title, invitation, opened_on, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![input.title, input.invitation, today, Utc::now().to_rfc3339()],
    )?;
    round(conn, PollRoundId(conn.last_insert_rowid()))
}

pub fn close_round(conn: &Connection, id: PollRoundId, today: NaiveDate) -> Result<PollRound, StoreError> {
    conn.execute(
        "UPDATE poll_round SET closed_on = coalesce(closed_on, ?2) WHERE id = ?1",
        params![id.0, today],
    )?;
    round(conn, id)
}

pub fn round(conn: &Connection, id: PollRoundId) -> Result<PollRound, StoreError> {
    conn.query_row(
        &format!("{SELECT_ROUND} WHERE r.id = ?1 GROUP BY r.id"),
        [id.0],
        read_round,
    )
    .optional()?
    .ok_or(DomainError::UnknownPollRound.into())
}

/// Every round, newest first.
pub fn rounds(conn: &Connection) -> Result<Vec<PollRound>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_ROUND} GROUP BY r.id ORDER BY r.opened_on DESC, r.id DESC"
    ))?;
    let rounds = stmt.query_map([], read_round)?.collect::<Result<_, _>>()?;
    Ok(rounds)
}

/// The people HR's filter selects, for a preview before inviting. People who left are never
/// selected.
pub fn matching_people(conn: &Connection, filter: &InviteeFilter, today: NaiveDate) -> Result<Vec<Person>, StoreError> {
    let department = filter
        .department
        .as_deref()
        .map(fold_for_search)
        .filter(|d| !d.is_empty());
    let selected = people::search(conn, "")?
        .into_iter()
        .filter(|p| p.left_on.is_none())
        .filter(|p| !(filter.exclude_mentors && p.mentor_status.is_some()))
        .filter(|p| department.as_ref().is_none_or(|d| &fold_for_search(&p.department) == d))
        .filter(|p| {
            filter
                .min_experience_years
                .is_none_or(|min| p.career_start_year.is_some_and(|start| today.year() - start >= min))
        })
        .filter(|p| {
            filter
                .min_years_in_organisation
                .is_none_or(|min| p.start_date.is_some_and(|start| whole_years(start, today) >= min))
        })
        .collect();
    Ok(selected)
}

/// Adds people to an open round; someone already invited stays as they were. Returns how many
/// were new. A closed round takes no new invitees (late answers from those invited still count).
pub fn invite(conn: &Connection, round_id: PollRoundId, people: &[PersonId]) -> Result<usize, StoreError> {
    if round(conn, round_id)?.closed_on.is_some() {
        return Err(DomainError::PollRoundClosed.into());
    }
    let mut insert =
        conn.prepare_cached("INSERT INTO poll_invitee (round_id, person_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")?;
    let mut added = 0;
    for person in people {
        crate::people::get(conn, *person)?;
        added += insert.execute(params![round_id.0, person])?;
    }
    Ok(added)
}

const SELECT_INVITEE: &str = "
    SELECT p.id, p.name, p.email, p.employee_number, p.department, p.job_title,
           i.answer, i.hours_per_month, i.motivation, i.topics, i.answered_on
    FROM poll_invitee i JOIN person p ON p.id = i.person_id";

pub fn invitees(conn: &Connection, round_id: PollRoundId) -> Result<Vec<Invitee>, StoreError> {
    round(conn, round_id)?;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_INVITEE} WHERE i.round_id = ?1 ORDER BY p.name COLLATE NOCASE, p.id"
    ))?;
    let invitees = stmt.query_map([round_id.0], read_invitee)?.collect::<Result<_, _>>()?;
    Ok(invitees)
}

/// Records an invitee's answer. Someone interested becomes a mentor candidate, unless they
/// already have a profile; changing the answer later never removes that candidate.
pub fn record_answer(
    conn: &Connection,
    round_id: PollRoundId,
    person: PersonId,
    input: PollAnswerInput,
    today: NaiveDate,
) -> Result<Invitee, StoreError> {
    let input = input.validate()?;
    let answered_on = (input.answer != PollAnswer::NoAnswer).then_some(today);
    let changed = conn.execute(
        "UPDATE poll_invitee SET answer = ?3, hours_per_month = ?4, motivation = ?5, topics = ?6, answered_on = ?7
         WHERE round_id = ?1 AND person_id = ?2",
        params![
            round_id.0,
            person,
            input.answer.as_str(),
            input.hours_per_month,
            input.motivation,
            input.topics,
            answered_on
        ],
    )?;
    if changed == 0 {
        round(conn, round_id)?;
        return Err(DomainError::NotInvited.into());
    }
    if input.answer == PollAnswer::Interested && mentors::get_by_person(conn, person)?.is_none() {
        // What they said they could mentor on starts their profile, so HR need not type it again.
        let topics = input
            .topics
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(String::from);
        let profile = MentorInput {
            topics: topics.collect(),
            ..MentorInput::default()
        }
        .validate()?;
        mentors::insert(conn, person, &profile, MentorStatus::Candidate)?;
    }
    conn.query_row(
        &format!("{SELECT_INVITEE} WHERE i.round_id = ?1 AND i.person_id = ?2"),
        params![round_id.0, person],
        read_invitee,
    )
    .map_err(Into::into)
}

fn read_round(row: &Row<'_>) -> rusqlite::Result<PollRound> {
    let count =
        |column: usize| -> rusqlite::Result<usize> { Ok(usize::try_from(row.get::<_, i64>(column)?).unwrap_or(0)) };
    Ok(PollRound {
        id: PollRoundId(row.get(0)?),
        title: row.get(1)?,
        invitation: row.get(2)?,
        opened_on: row.get(3)?,
        closed_on: row.get(4)?,
        invited: count(5)?,
        answered: count(6)?,
        interested: count(7)?,
        not_interested: count(8)?,
    })
}

fn read_invitee(row: &Row<'_>) -> rusqlite::Result<Invitee> {
    let answer: String = row.get(6)?;
    Ok(Invitee {
        person_id: row.get(0)?,
        name: row.get(1)?,
        email: row.get(2)?,
        employee_number: row.get(3)?,
        department: row.get(4)?,
        job_title: row.get(5)?,
        answer: PollAnswer::parse(&answer).ok_or_else(|| crate::mentor_profile::bad_text(6, &answer))?,
        hours_per_month: row.get(7)?,
        motivation: row.get(8)?,
        topics: row.get(9)?,
        answered_on: row.get(10)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use mentorpool_domain::PersonInput;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    fn person(conn: &Connection, n: u32, department: &str, career_start: i32, joined: i32) -> PersonId {
        let input = PersonInput {
            name: format!("Medewerker {n}"),
            email: format!("m{n}@waterschap.nl"),
            employee_number: n.to_string(),
            department: department.into(),
            career_start_year: Some(career_start),
            start_date: NaiveDate::from_ymd_opt(joined, 1, 1),
            ..PersonInput::default()
        };
        people::insert(conn, &input.validate(2026).unwrap()).unwrap()
    }

    fn answer(answer: PollAnswer) -> PollAnswerInput {
        PollAnswerInput {
            answer,
            hours_per_month: Some(6),
            motivation: "Graag".into(),
            topics: "Omgevingswet".into(),
        }
    }

    #[test]
    fn the_filter_selects_experienced_non_mentors_in_a_department() {
        let conn = crate::open_in_memory().unwrap();
        let veteran = person(&conn, 1, "Beleid", 1995, 2005);
        let _junior = person(&conn, 2, "Beleid", 2024, 2025);
        let other_department = person(&conn, 3, "Financiën", 1990, 2000);
        let mentor = person(&conn, 4, "Beleid", 1990, 2000);
        mentors::create_candidate(&conn, mentor).unwrap();
        let filter = InviteeFilter {
            min_experience_years: Some(15),
            min_years_in_organisation: Some(10),
            department: Some("beleid".into()),
            exclude_mentors: true,
        };
        let ids: Vec<PersonId> = matching_people(&conn, &filter, today())
            .unwrap()
            .iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(ids, [veteran]);
        let everyone = matching_people(&conn, &InviteeFilter::default(), today()).unwrap();
        assert_eq!(everyone.len(), 4);
        assert!(everyone.iter().any(|p| p.id == other_department));
    }

    #[test]
    fn a_round_counts_invited_answered_and_interested() {
        let conn = crate::open_in_memory().unwrap();
        let round = open_round(
            &conn,
            PollRoundInput {
                title: "Peiling 2026".into(),
                invitation: "Wie wil?".into(),
            },
            today(),
        )
        .unwrap();
        let ids: Vec<PersonId> = (1..=4).map(|n| person(&conn, n, "Beleid", 1990, 2000)).collect();
        assert_eq!(invite(&conn, round.id, &ids).unwrap(), 4);
        assert_eq!(
            invite(&conn, round.id, &ids[..2]).unwrap(),
            0,
            "inviting twice adds no one"
        );
        record_answer(&conn, round.id, ids[0], answer(PollAnswer::Interested), today()).unwrap();
        record_answer(&conn, round.id, ids[1], answer(PollAnswer::NotInterested), today()).unwrap();
        let counted = super::round(&conn, round.id).unwrap();
        assert_eq!(
            (
                counted.invited,
                counted.answered,
                counted.interested,
                counted.not_interested
            ),
            (4, 2, 1, 1)
        );
    }

    #[test]
    fn an_interested_answer_makes_a_candidate_once_and_never_removes_it() {
        let conn = crate::open_in_memory().unwrap();
        let round = open_round(
            &conn,
            PollRoundInput {
                title: "Peiling".into(),
                invitation: String::new(),
            },
            today(),
        )
        .unwrap();
        let id = person(&conn, 1, "Beleid", 1990, 2000);
        invite(&conn, round.id, &[id]).unwrap();
        let recorded = record_answer(&conn, round.id, id, answer(PollAnswer::Interested), today()).unwrap();
        assert_eq!(recorded.answered_on, Some(today()));
        assert_eq!(
            mentors::get_by_person(&conn, id).unwrap().map(|m| m.status),
            Some(MentorStatus::Candidate)
        );
        record_answer(&conn, round.id, id, answer(PollAnswer::Interested), today()).unwrap();
        record_answer(&conn, round.id, id, answer(PollAnswer::NotInterested), today()).unwrap();
        assert!(mentors::get_by_person(&conn, id).unwrap().is_some());
    }

    #[test]
    fn a_closed_round_takes_no_new_invitees_but_late_answers() {
        let conn = crate::open_in_memory().unwrap();
        let round = open_round(
            &conn,
            PollRoundInput {
                title: "Peiling".into(),
                invitation: String::new(),
            },
            today(),
        )
        .unwrap();
        let (early, late) = (
            person(&conn, 1, "Beleid", 1990, 2000),
            person(&conn, 2, "Beleid", 1990, 2000),
        );
        invite(&conn, round.id, &[early]).unwrap();
        close_round(&conn, round.id, today()).unwrap();
        assert_eq!(invite(&conn, round.id, &[late]).unwrap_err().code(), "poll.closed");
        assert!(record_answer(&conn, round.id, early, answer(PollAnswer::NotInterested), today()).is_ok());
    }

    #[test]
    fn an_answer_from_someone_not_invited_is_refused() {
        let conn = crate::open_in_memory().unwrap();
        let round = open_round(
            &conn,
            PollRoundInput {
                title: "Peiling".into(),
                invitation: String::new(),
            },
            today(),
        )
        .unwrap();
        let id = person(&conn, 1, "Beleid", 1990, 2000);
        let err = record_answer(&conn, round.id, id, answer(PollAnswer::Interested), today()).unwrap_err();
        assert_eq!(err.code(), "poll.not_invited");
        assert!(mentors::get_by_person(&conn, id).unwrap().is_none());
    }
}
