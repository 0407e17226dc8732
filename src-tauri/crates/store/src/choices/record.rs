//! A choice as the newcomer and HR read it, with its picks, and its status as of today.

use crate::cards::json_ids;
use crate::mentor_profile::bad_text;
use crate::StoreError;
use chrono::NaiveDate;
use mentorpool_domain::matching::{ChoiceAdvice, ChoiceKind, ChoiceStatus};
use mentorpool_domain::{ChoiceId, DomainError, MentorId, PersonId};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, ToSql};
use serde::{Serialize, Serializer};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChoiceRecord {
    pub id: ChoiceId,
    pub newcomer_id: PersonId,
    pub newcomer_name: String,
    pub kind: ChoiceKind,
    /// First choice, then the alternatives; none for a request to formalise.
    pub picks: Vec<ChoicePick>,
    pub informal_mentor: Option<InformalMentor>,
    pub motivation: String,
    /// As of the day read: a submitted choice past `expires_on` reads as expired.
    #[serde(serialize_with = "status_name")]
    pub status: ChoiceStatus,
    /// HR's reason when declined, else empty.
    pub decline_reason: String,
    pub approved_mentor_id: Option<MentorId>,
    pub flagged_for_hr: bool,
    pub confirmed_manager_warning: bool,
    /// The advice as the newcomer read it when submitting.
    pub advice: ChoiceAdvice,
    pub submitted_on: NaiveDate,
    pub expires_on: NaiveDate,
    pub decided_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChoicePick {
    pub mentor_id: MentorId,
    pub name: String,
    pub job_title: String,
    pub department: String,
    /// As of now; an open first choice holds one of these places itself.
    pub places_available: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InformalMentor {
    pub person_id: PersonId,
    pub name: String,
}

fn status_name<S: Serializer>(status: &ChoiceStatus, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(status.as_str())
}

impl ChoiceRecord {
    pub fn is_open(&self) -> bool {
        self.status.is_open()
    }
}

const SELECT_CHOICE: &str = "
    SELECT c.id, c.newcomer_id, n.name, c.kind, i.id, i.name, c.motivation, c.status,
           c.decline_reason, c.approved_mentor_id, c.flagged_for_hr, c.confirmed_manager_warning, c.advice,
           c.submitted_on, c.expires_on, c.decided_on
    FROM mentor_choice c
    JOIN person n ON n.id = c.newcomer_id
    -- A formalise request names the informal mentor; a mentor choice names them in the advice
    -- it was given, and HR wants to see who they are in both cases.
    LEFT JOIN person i ON i.id = coalesce(
        c.informal_mentor_id,
        (SELECT json_extract(w.value, '$.informalMentor') FROM json_each(c.advice, '$.warnings') w
          WHERE json_extract(w.value, '$.informalMentor') IS NOT NULL LIMIT 1))";

/// One choice as of `today`; `choice.not_found` for an unknown id.
pub(crate) fn get(conn: &Connection, id: ChoiceId, today: NaiveDate) -> Result<ChoiceRecord, StoreError> {
    let record = conn
        .prepare_cached(&format!("{SELECT_CHOICE} WHERE c.id = ?1"))?
        .query_row([id], |row| read_choice(row, today))
        .optional()?
        .ok_or(DomainError::UnknownChoice)?;
    Ok(with_picks(conn, vec![record])?.remove(0))
}

/// The choices `filter` (a condition on `c`) selects, ordered by `order`, as of `today`.
pub(crate) fn select(
    conn: &Connection,
    filter: &str,
    order: &str,
    args: &[&dyn ToSql],
    today: NaiveDate,
) -> Result<Vec<ChoiceRecord>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT_CHOICE} WHERE {filter} ORDER BY {order}"))?;
    let records = stmt
        .query_map(args, |row| read_choice(row, today))?
        .collect::<Result<_, _>>()?;
    with_picks(conn, records)
}

/// The advice as stored: JSON, written by [`advice_json`].
pub(crate) fn advice_json(advice: &ChoiceAdvice) -> Result<String, StoreError> {
    serde_json::to_string(advice).map_err(|err| rusqlite::Error::ToSqlConversionFailure(Box::new(err)).into())
}

/// Fills in every record's picks with one query.
fn with_picks(conn: &Connection, mut records: Vec<ChoiceRecord>) -> Result<Vec<ChoiceRecord>, StoreError> {
    let ids: Vec<ChoiceId> = records.iter().map(|r| r.id).collect();
    let mut stmt = conn.prepare_cached(
        "SELECT k.choice_id, k.mentor_id, p.name, p.job_title, p.department, mp.places_available
           FROM mentor_choice_pick k
           JOIN mentor m ON m.id = k.mentor_id
           JOIN person p ON p.id = m.person_id
           JOIN mentor_places mp ON mp.mentor_id = k.mentor_id
          WHERE k.choice_id IN (SELECT value FROM json_each(?1))
          ORDER BY k.choice_id, k.rank",
    )?;
    let mut rows = stmt.query([json_ids(&ids)])?;
    let mut picks: HashMap<ChoiceId, Vec<ChoicePick>> = HashMap::new();
    while let Some(row) = rows.next()? {
        picks.entry(row.get(0)?).or_default().push(ChoicePick {
            mentor_id: row.get(1)?,
            name: row.get(2)?,
            job_title: row.get(3)?,
            department: row.get(4)?,
            places_available: row.get(5)?,
        });
    }
    for record in &mut records {
        record.picks = picks.remove(&record.id).unwrap_or_default();
    }
    Ok(records)
}

fn read_choice(row: &Row<'_>, today: NaiveDate) -> rusqlite::Result<ChoiceRecord> {
    let kind: String = row.get(3)?;
    let status: String = row.get(7)?;
    let decline_reason: String = row.get(8)?;
    let advice: String = row.get(12)?;
    let expires_on: NaiveDate = row.get(14)?;
    let informal_mentor = match (row.get::<_, Option<PersonId>>(4)?, row.get::<_, Option<String>>(5)?) {
        (Some(person_id), Some(name)) => Some(InformalMentor { person_id, name }),
        _ => None,
    };
    Ok(ChoiceRecord {
        id: row.get(0)?,
        newcomer_id: row.get(1)?,
        newcomer_name: row.get(2)?,
        kind: ChoiceKind::parse(&kind).ok_or_else(|| bad_text(3, &kind))?,
        picks: Vec::new(),
        informal_mentor,
        motivation: row.get(6)?,
        status: ChoiceStatus::from_stored(&status, &decline_reason)
            .ok_or_else(|| bad_text(7, &status))?
            .effective(expires_on, today),
        decline_reason,
        approved_mentor_id: row.get(9)?,
        flagged_for_hr: row.get(10)?,
        confirmed_manager_warning: row.get(11)?,
        advice: serde_json::from_str(&advice)
            .map_err(|err| rusqlite::Error::FromSqlConversionFailure(12, Type::Text, Box::new(err)))?,
        submitted_on: row.get(13)?,
        expires_on,
        decided_on: row.get(15)?,
    })
}
