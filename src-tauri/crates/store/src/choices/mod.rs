//! A newcomer's choice of a mentor (`mentor_choice`, `mentor_choice_pick`) and HR's decision.
//!
//! Every write here runs in the caller's IMMEDIATE transaction (`store::write`). It first
//! records overdue choices as expired, and reads the mentors' free places (`mentor_places`)
//! inside the transaction, so two newcomers cannot both take the last place: the second one
//! waits for the first to commit and then finds the mentor full.

mod record;
#[cfg(test)]
mod tests;

pub use record::{ChoicePick, ChoiceRecord, InformalMentor};

use crate::cards::IS_IN_POOL;
use crate::newcomers::{self, ensure_person};
use crate::{mentors, StoreError};
use chrono::NaiveDate;
use mentorpool_domain::matching::{
    advise_formalise, advise_picks, expires_on, formalise_note, Choice, ChoiceAdvice, ChoiceKind, ChoiceStatus,
    ChosenMentor, Newcomer,
};
use mentorpool_domain::{ChoiceId, DomainError, MentorId, PersonId};
use rusqlite::{params, Connection, OptionalExtension};

/// Records every submitted choice past its expiry date as expired, which frees the place its
/// first choice held. Run at start-up and first thing in every choice write. Returns how
/// many expired.
pub fn expire_overdue(conn: &Connection, today: NaiveDate) -> Result<usize, StoreError> {
    Ok(conn
        .prepare_cached("UPDATE mentor_choice SET status = 'expired' WHERE status = 'submitted' AND expires_on < ?1")?
        .execute([today])?)
}

/// The advice the confirmation screen repeats for `picks` (first choice, then alternatives):
/// the same rules as [`submit`], which gives the same advice and refuses what this refuses.
pub fn advise(
    conn: &Connection,
    person: PersonId,
    picks: &[MentorId],
    today: NaiveDate,
) -> Result<ChoiceAdvice, StoreError> {
    ensure_free_to_choose(conn, person, today)?;
    let newcomer = saved_newcomer(conn, person)?;
    Ok(advise_picks(&newcomer, picks, &chosen_mentors(conn, picks)?)?)
}

/// Submits the newcomer's choice. Refused while they have a choice open or a mentor already,
/// without a saved intake, and for a mentor who is not approved or has no place left.
pub fn submit(
    conn: &Connection,
    person: PersonId,
    choice: Choice,
    today: NaiveDate,
) -> Result<ChoiceRecord, StoreError> {
    expire_overdue(conn, today)?;
    ensure_free_to_choose(conn, person, today)?;
    let newcomer = saved_newcomer(conn, person)?;
    let picks = choice.picks();
    let valid = choice.validate(&newcomer, &chosen_mentors(conn, &picks)?)?;
    let id = insert(
        conn,
        &NewChoice {
            newcomer: person,
            kind: ChoiceKind::Mentor,
            informal_mentor: None,
            motivation: valid.motivation(),
            confirmed_manager_warning: valid.confirmed_manager_warning(),
            advice: valid.advice(),
        },
        today,
    )?;
    let mut add_pick =
        conn.prepare_cached("INSERT INTO mentor_choice_pick (choice_id, rank, mentor_id) VALUES (?1, ?2, ?3)")?;
    for (rank, mentor) in (0_i64..).zip(&picks) {
        add_pick.execute(params![id, rank, mentor])?;
    }
    record::get(conn, id, today)
}

/// Asks HR to formalise the informal mentor the intake names, instead of choosing from the
/// pool. The same refusals as [`submit`], and `choice.no_informal_mentor` without one.
pub fn request_formalise_informal(
    conn: &Connection,
    person: PersonId,
    note: &str,
    today: NaiveDate,
) -> Result<ChoiceRecord, StoreError> {
    expire_overdue(conn, today)?;
    ensure_free_to_choose(conn, person, today)?;
    let newcomer = saved_newcomer(conn, person)?;
    let advice = advise_formalise(&newcomer)?;
    let id = insert(
        conn,
        &NewChoice {
            newcomer: person,
            kind: ChoiceKind::FormaliseInformal,
            informal_mentor: newcomer.intake.informal_mentor,
            motivation: &formalise_note(note)?,
            confirmed_manager_warning: false,
            advice: &advice,
        },
        today,
    )?;
    record::get(conn, id, today)
}

/// The newcomer's choices, newest first.
pub fn list_mine(conn: &Connection, person: PersonId, today: NaiveDate) -> Result<Vec<ChoiceRecord>, StoreError> {
    ensure_person(conn, person)?;
    record::select(
        conn,
        "c.newcomer_id = ?1",
        "c.submitted_on DESC, c.id DESC",
        params![person],
        today,
    )
}

/// The newcomer takes their open choice back, which frees the place it held.
pub fn withdraw(
    conn: &Connection,
    person: PersonId,
    id: ChoiceId,
    today: NaiveDate,
) -> Result<ChoiceRecord, StoreError> {
    expire_overdue(conn, today)?;
    let choice = record::get(conn, id, today)?;
    if choice.newcomer_id != person {
        // Someone else's choice is not there for this newcomer.
        return Err(DomainError::UnknownChoice.into());
    }
    let withdrawn = choice.status.transition_to(ChoiceStatus::Withdrawn)?;
    decide(conn, id, &withdrawn, None, today)?;
    record::get(conn, id, today)
}

/// Every choice for HR (only the open ones with `open_only`): open ones first.
pub fn list_for_hr(conn: &Connection, open_only: bool, today: NaiveDate) -> Result<Vec<ChoiceRecord>, StoreError> {
    let mut records = record::select(
        conn,
        "(NOT ?1 OR (c.status = 'submitted' AND c.expires_on >= ?2))",
        "c.submitted_on, c.id",
        params![open_only, today],
        today,
    )?;
    // Open ones are HR's queue: flagged first, then oldest first. Decided ones are history:
    // the latest decision first.
    records.sort_by(|a, b| match (a.is_open(), b.is_open()) {
        (true, true) => (!a.flagged_for_hr, a.submitted_on, a.id).cmp(&(!b.flagged_for_hr, b.submitted_on, b.id)),
        (false, false) => {
            (b.decided_on.unwrap_or(b.submitted_on), b.id).cmp(&(a.decided_on.unwrap_or(a.submitted_on), a.id))
        }
        (open, _) => b.is_open().cmp(&open),
    });
    Ok(records)
}

/// HR approves a choice and the mentorship starts today.
///
/// For a choice from the pool `mentor` must be one of its picks, and capacity is checked
/// again here, inside the transaction, without the place this choice itself holds. For a
/// request to formalise, the mentor is the informal mentor (pass `None`, or their mentor id):
/// they become a mentor candidate if they are not a mentor yet, and no capacity is checked,
/// since the two already meet.
pub fn approve(
    conn: &Connection,
    id: ChoiceId,
    mentor: Option<MentorId>,
    today: NaiveDate,
) -> Result<ChoiceRecord, StoreError> {
    expire_overdue(conn, today)?;
    let choice = record::get(conn, id, today)?;
    let approved = choice.status.clone().transition_to(ChoiceStatus::Approved)?;
    if has_active_mentorship(conn, choice.newcomer_id)? {
        return Err(DomainError::AlreadyMatched.into());
    }
    let (mentor, origin) = match (choice.kind, &choice.informal_mentor) {
        (ChoiceKind::Mentor, _) => {
            let mentor = mentor
                .filter(|m| choice.picks.iter().any(|pick| pick.mentor_id == *m))
                .ok_or(DomainError::NotAPick)?;
            let holds_a_place = choice.picks.first().is_some_and(|first| first.mentor_id == mentor);
            ensure_place(conn, mentor, holds_a_place)?;
            (mentor, "self_chosen")
        }
        (ChoiceKind::FormaliseInformal, Some(informal)) => {
            let own = match mentors::get_by_person(conn, informal.person_id)? {
                Some(profile) => profile.id,
                None => mentors::create_candidate(conn, informal.person_id)?,
            };
            if mentor.is_some_and(|m| m != own) {
                return Err(DomainError::NotAPick.into());
            }
            (own, "informal")
        }
        (ChoiceKind::FormaliseInformal, None) => return Err(DomainError::NoInformalMentor.into()),
    };
    conn.prepare_cached("INSERT INTO mentorship (mentor_id, mentee_id, origin, started_on) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![mentor, choice.newcomer_id, origin, today])?;
    let mentorship = conn.last_insert_rowid();
    decide(conn, id, &approved, Some((mentor, mentorship)), today)?;
    record::get(conn, id, today)
}

/// HR declines a choice, with a reason the newcomer reads.
pub fn decline(conn: &Connection, id: ChoiceId, reason: &str, today: NaiveDate) -> Result<ChoiceRecord, StoreError> {
    let declined = ChoiceStatus::declined(reason)?;
    expire_overdue(conn, today)?;
    let choice = record::get(conn, id, today)?;
    let declined = choice.status.transition_to(declined)?;
    decide(conn, id, &declined, None, today)?;
    record::get(conn, id, today)
}

/// A choice about to be stored.
struct NewChoice<'a> {
    newcomer: PersonId,
    kind: ChoiceKind,
    informal_mentor: Option<PersonId>,
    motivation: &'a str,
    confirmed_manager_warning: bool,
    advice: &'a ChoiceAdvice,
}

fn insert(conn: &Connection, choice: &NewChoice<'_>, today: NaiveDate) -> Result<ChoiceId, StoreError> {
    conn.prepare_cached(
        "INSERT INTO mentor_choice (newcomer_id, kind, informal_mentor_id, motivation, confirmed_manager_warning,
                                    flagged_for_hr, advice, status, submitted_on, expires_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'submitted', ?8, ?9)",
    )?
    .execute(params![
        choice.newcomer,
        choice.kind.as_str(),
        choice.informal_mentor,
        choice.motivation,
        choice.confirmed_manager_warning,
        choice.advice.flag_for_hr,
        record::advice_json(choice.advice)?,
        today,
        expires_on(today),
    ])?;
    Ok(ChoiceId::new(conn.last_insert_rowid()))
}

/// Stores a decision on a submitted choice: approved with its mentor and mentorship,
/// declined with its reason, or withdrawn.
fn decide(
    conn: &Connection,
    id: ChoiceId,
    status: &ChoiceStatus,
    approved: Option<(MentorId, i64)>,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let reason = match status {
        ChoiceStatus::Declined { reason } => reason.as_str(),
        _ => "",
    };
    conn.prepare_cached(
        "UPDATE mentor_choice SET status = ?2, decline_reason = ?3, approved_mentor_id = ?4, mentorship_id = ?5,
                decided_on = ?6
          WHERE id = ?1",
    )?
    .execute(params![
        id,
        status.as_str(),
        reason,
        approved.map(|(mentor, _)| mentor),
        approved.map(|(_, mentorship)| mentorship),
        today
    ])?;
    Ok(())
}

/// The newcomer with their saved intake; choosing needs one.
fn saved_newcomer(conn: &Connection, person: PersonId) -> Result<Newcomer, StoreError> {
    newcomers::newcomer(conn, person)?.ok_or(DomainError::IntakeMissing.into())
}

/// A newcomer chooses one mentor at a time, and only while they have none.
/// Refused while a choice is open or a mentorship runs. A choice past its date no longer counts
/// as open here, as after [`expire_overdue`]; until that write, its first pick still holds the
/// place in `mentor_places`.
fn ensure_free_to_choose(conn: &Connection, person: PersonId, today: NaiveDate) -> Result<(), StoreError> {
    ensure_person(conn, person)?;
    let open: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM mentor_choice
                             WHERE newcomer_id = ?1 AND status = 'submitted' AND expires_on >= ?2)",
        )?
        .query_row(params![person, today], |row| row.get(0))?;
    if open {
        return Err(DomainError::ChoiceAlreadyOpen.into());
    }
    if has_active_mentorship(conn, person)? {
        return Err(DomainError::AlreadyMatched.into());
    }
    Ok(())
}

fn has_active_mentorship(conn: &Connection, mentee: PersonId) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM mentorship WHERE mentee_id = ?1 AND ended_on IS NULL)")?
        .query_row([mentee], |row| row.get(0))?)
}

/// The picks as the choice rules see them, read now: only approved mentors can be chosen, so
/// any other pick is missing here and the rules report it as not found.
fn chosen_mentors(conn: &Connection, picks: &[MentorId]) -> Result<Vec<ChosenMentor>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.id, m.person_id, mp.places_available FROM mentor m JOIN mentor_places mp ON mp.mentor_id = m.id
          WHERE m.id = ?1 AND m.status = 'approved'",
    )?;
    let mut chosen = Vec::with_capacity(picks.len());
    for pick in picks {
        let found = stmt
            .query_row([pick], |row| {
                Ok(ChosenMentor {
                    mentor_id: row.get(0)?,
                    person_id: row.get(1)?,
                    places_available: row.get(2)?,
                })
            })
            .optional()?;
        chosen.extend(found);
    }
    Ok(chosen)
}

/// `choice.mentor_full` unless `mentor` has a place for the choice being approved; the place
/// that choice holds as its first choice (`holds_a_place`) counts as free for it. Computed
/// from the parts, because `places_available` stops at 0 and would hide a mentor whose
/// capacity HR lowered below what is taken.
fn ensure_place(conn: &Connection, mentor: MentorId, holds_a_place: bool) -> Result<(), StoreError> {
    let (free, in_pool): (i64, bool) = conn
        .prepare_cached(&format!(
            "SELECT mp.capacity - mp.active_mentorships - mp.open_first_choices, {IS_IN_POOL}
               FROM mentor_places mp JOIN mentor m ON m.id = mp.mentor_id WHERE mp.mentor_id = ?1"
        ))?
        .query_row([mentor], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?
        .ok_or(DomainError::UnknownMentor)?;
    // A mentor who paused, retired or left since the choice takes no new mentee.
    if !in_pool {
        return Err(DomainError::MentorUnavailable(mentor).into());
    }
    if free + i64::from(holds_a_place) > 0 {
        Ok(())
    } else {
        Err(DomainError::MentorFull(mentor).into())
    }
}
