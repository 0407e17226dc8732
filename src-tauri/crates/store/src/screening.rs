//! The `screening` table: HR's critical look at a candidate. HR-only; no newcomer-facing query
//! reads it.

use crate::StoreError;
use chrono::{NaiveDate, Utc};
use mentorpool_domain::screening::{Screening, ScreeningChecks, ScreeningDecision, ScreeningInput};
use mentorpool_domain::MentorId;
use rusqlite::{params, Connection, OptionalExtension};

/// The screening of a mentor; an empty one when HR has not started it.
pub fn get(conn: &Connection, mentor: MentorId) -> Result<Screening, StoreError> {
    let found = conn
        .query_row(
            "SELECT career_goals_met, knows_organisation, motivated, has_time, manager_agrees, notes, decision,
                    decision_reason, decided_on
             FROM screening WHERE mentor_id = ?1",
            [mentor],
            |row| {
                let decision: Option<String> = row.get(6)?;
                Ok(Screening {
                    checks: ScreeningChecks {
                        career_goals_met: row.get(0)?,
                        knows_organisation: row.get(1)?,
                        motivated: row.get(2)?,
                        has_time: row.get(3)?,
                        manager_agrees: row.get(4)?,
                    },
                    notes: row.get(5)?,
                    decision: decision.as_deref().and_then(ScreeningDecision::parse),
                    decision_reason: row.get(7)?,
                    decided_on: row.get(8)?,
                })
            },
        )
        .optional()?;
    Ok(found.unwrap_or_default())
}

/// Stores HR's checklist, notes and decision. A decision keeps its date until it changes.
pub fn save(
    conn: &Connection,
    mentor: MentorId,
    input: ScreeningInput,
    today: NaiveDate,
) -> Result<Screening, StoreError> {
    crate::mentors::ensure_exists(conn, mentor)?;
    let input = input.validate()?;
    let previous = get(conn, mentor)?;
    let decided_on = match input.decision {
        None => None,
        Some(decision) if previous.decision == Some(decision) => previous.decided_on.or(Some(today)),
        Some(_) => Some(today),
    };
    let c = input.checks;
    conn.execute(
        "INSERT INTO screening (mentor_id, career_goals_met, knows_organisation, motivated, has_time, manager_agrees,
                                notes, decision, decision_reason, decided_on, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (mentor_id) DO UPDATE SET
             career_goals_met = excluded.career_goals_met, knows_organisation = excluded.knows_organisation,
             motivated = excluded.motivated, has_time = excluded.has_time, manager_agrees = excluded.manager_agrees,
             notes = excluded.notes, decision = excluded.decision, decision_reason = excluded.decision_reason,
             decided_on = excluded.decided_on, updated_at = excluded.updated_at",
        params![
            mentor,
            c.career_goals_met,
            c.knows_organisation,
            c.motivated,
            c.has_time,
            c.manager_agrees,
            input.notes,
            input.decision.map(ScreeningDecision::as_str),
            input.decision_reason,
            decided_on,
            Utc::now().to_rfc3339(),
        ],
    )?;
    get(conn, mentor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{mentors, people};
    use mentorpool_domain::PersonInput;

    fn candidate(conn: &Connection) -> MentorId {
        let person = PersonInput {
            name: "Anne".into(),
            email: "anne@waterschap.nl".into(),
            employee_number: "1".into(),
            ..PersonInput::default()
        };
        let id = people::insert(conn, &person.validate(2026).unwrap()).unwrap();
        mentors::create_candidate(conn, id).unwrap()
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn an_unscreened_candidate_has_an_empty_screening() {
        let conn = crate::open_in_memory().unwrap();
        assert_eq!(get(&conn, candidate(&conn)).unwrap(), Screening::default());
    }

    #[test]
    fn notes_and_a_postponement_are_kept_with_their_date() {
        let conn = crate::open_in_memory().unwrap();
        let id = candidate(&conn);
        let input = ScreeningInput {
            notes: "Wil eerst zelf nog afdelingshoofd worden.".into(),
            decision: Some(ScreeningDecision::Postpone),
            decision_reason: "Over een jaar opnieuw bekijken".into(),
            ..Default::default()
        };
        let saved = save(&conn, id, input.clone(), day(1)).unwrap();
        assert_eq!(saved.decided_on, Some(day(1)));
        let again = save(&conn, id, input, day(5)).unwrap();
        assert_eq!(again.decided_on, Some(day(1)), "the same decision keeps its date");
        assert_eq!(again.notes, "Wil eerst zelf nog afdelingshoofd worden.");
    }

    #[test]
    fn a_decision_without_a_reason_is_refused_and_nothing_is_stored() {
        let conn = crate::open_in_memory().unwrap();
        let id = candidate(&conn);
        let input = ScreeningInput {
            decision: Some(ScreeningDecision::Decline),
            ..Default::default()
        };
        assert_eq!(
            save(&conn, id, input, day(1)).unwrap_err().code(),
            "screening.decision_needs_reason"
        );
        assert_eq!(get(&conn, id).unwrap(), Screening::default());
    }
}
