//! Applying an import: everything in one IMMEDIATE transaction, or nothing.

use super::plan::{plan, FinalManager, Plan, PlannedRow};
use super::{ColumnMapping, Decision, MissingDecision, Summary};
use crate::csv_file::read_csv;
use crate::ExchangeError;
use chrono::{Datelike, NaiveDate};
use mentorpool_domain::{PersonId, PersonInput, ValidPerson};
use mentorpool_store::{people, write, Connection, StoreError};
use std::collections::HashSet;

/// Applies the file, read with `mapping`, to the database in one transaction: updates changed
/// people, adds new ones (managers before their reports), then sets the managers that are left
/// once everyone exists, so the order of the rows does not matter; and applies HR's decision
/// for each missing person (anyone without a decision is kept). People who left are marked on
/// `today`; nobody is deleted.
///
/// If the file has any problem, nothing changes and they are all returned in
/// [`ExchangeError::Invalid`]. Rows that change nothing are not written at all, so importing
/// the same file twice changes nothing the second time.
pub fn apply(
    conn: &mut Connection,
    bytes: &[u8],
    mapping: &ColumnMapping,
    decisions: &[MissingDecision],
    today: NaiveDate,
) -> Result<Summary, ExchangeError> {
    let table = read_csv(bytes).map_err(|problem| ExchangeError::Invalid(vec![problem]))?;
    write(conn, |tx| {
        // Checked inside the transaction, so nobody can change the database in between.
        let plan = plan(tx, &table, mapping, today)?;
        if !plan.problems.is_empty() {
            return Err(ExchangeError::Invalid(plan.problems));
        }
        let missing: HashSet<PersonId> = plan.missing.iter().map(|p| p.id).collect();
        let mut leaving = Vec::new();
        for decision in decisions {
            if !missing.contains(&decision.person_id) {
                return Err(ExchangeError::NotMissing(decision.person_id));
            }
            if decision.decision == Decision::MarkLeft && !leaving.contains(&decision.person_id) {
                leaving.push(decision.person_id);
            }
        }
        let mut summary = write_rows(tx, &plan, today.year())?;
        for &id in &leaving {
            people::set_left_on(tx, id, Some(today))?;
        }
        summary.marked_left = leaving.len();
        summary.missing_kept = plan.missing.len() - leaving.len();
        Ok(summary)
    })
}

/// What phase one writes for a row.
enum Step<'a> {
    Add(&'a ValidPerson),
    Update(PersonId, &'a ValidPerson),
    Nothing,
}

fn write_rows(conn: &Connection, plan: &Plan, this_year: i32) -> Result<Summary, StoreError> {
    let mut summary = Summary::default();
    let steps: Vec<Step<'_>> = plan
        .rows
        .iter()
        .map(|row| match (&row.existing, &row.person) {
            (None, Some(person)) => Step::Add(person),
            (Some(existing), Some(person)) if !plan.changes(row).is_empty() => Step::Update(existing.id, person),
            _ => Step::Nothing,
        })
        .collect();

    // An address that moves from one person to another in this file must be free before it
    // is written again; parking the old one covers swaps too.
    let wanted: HashSet<String> = plan
        .rows
        .iter()
        .filter_map(|row| row.person.as_ref().map(|p| p.email().to_ascii_lowercase()))
        .collect();
    for (row, step) in plan.rows.iter().zip(&steps) {
        if let (Step::Update(id, person), Some(existing)) = (step, &row.existing) {
            let old = existing.email.to_ascii_lowercase();
            if old != person.email().to_ascii_lowercase() && wanted.contains(&old) {
                park_email(conn, *id, existing, this_year)?;
            }
        }
    }

    // Phase one: every field but a manager that is new or changes. Keeping a manager or
    // dropping one never closes a loop, so the reporting lines stay a part of the final ones.
    let mut ids: Vec<Option<PersonId>> = plan.rows.iter().map(|r| r.existing.as_ref().map(|p| p.id)).collect();
    let mut written_manager: Vec<Option<PersonId>> = plan
        .rows
        .iter()
        .map(|r| r.existing.as_ref().and_then(|p| p.manager_id))
        .collect();
    for (index, (row, step)) in plan.rows.iter().zip(&steps).enumerate() {
        match step {
            Step::Update(id, person) => {
                let keep = manager_id(plan, row, &ids).filter(|m| Some(*m) == written_manager[index]);
                people::update(conn, *id, &(*person).clone().with_manager(keep))?;
                written_manager[index] = keep;
                if row.existing.as_ref().is_some_and(|p| p.left_on.is_some()) {
                    people::set_left_on(conn, *id, None)?;
                }
                summary.updated += 1;
            }
            Step::Nothing => summary.unchanged += 1,
            Step::Add(_) => {}
        }
    }
    // New people go in managers first, each with their manager: a newcomer has no reports
    // yet, so that never closes a loop, and it saves setting most managers afterwards.
    for index in managers_first(plan, &steps) {
        if let Step::Add(person) = steps[index] {
            let manager = manager_id(plan, &plan.rows[index], &ids);
            ids[index] = Some(people::insert(conn, &person.clone().with_manager(manager))?);
            written_manager[index] = manager;
            summary.added += 1;
        }
    }

    // Phase two: now that everyone exists, the managers that are still new or change.
    for (index, row) in plan.rows.iter().enumerate() {
        let Some(id) = ids[index] else { continue };
        let manager = manager_id(plan, row, &ids);
        if manager != written_manager[index] {
            people::set_manager(conn, id, manager)?;
        }
    }
    Ok(summary)
}

/// The rows that add someone, ordered so that a new manager comes before their new reports
/// (the file's order otherwise). The plan has no cycles; the walk stops on one all the same.
fn managers_first(plan: &Plan, steps: &[Step<'_>]) -> Vec<usize> {
    let mut depth: Vec<Option<usize>> = vec![None; plan.rows.len()];
    let added = (0..plan.rows.len()).filter(|&index| matches!(steps[index], Step::Add(_)));
    for start in added.clone() {
        let mut path = Vec::new();
        let mut current = start;
        let base = loop {
            if let Some(known) = depth[current] {
                break known + 1;
            }
            if path.len() > plan.rows.len() {
                break 0;
            }
            path.push(current);
            match plan.final_manager(&plan.rows[current]) {
                FinalManager::NewRow(manager) if matches!(steps.get(manager), Some(Step::Add(_))) => current = manager,
                _ => break 0,
            }
        };
        for (offset, &row) in path.iter().rev().enumerate() {
            depth[row].get_or_insert(base + offset);
        }
    }
    let mut order: Vec<usize> = added.collect();
    order.sort_by_key(|&index| depth[index]);
    order
}

/// The id of the row's final manager, once that manager has one.
fn manager_id(plan: &Plan, row: &PlannedRow, ids: &[Option<PersonId>]) -> Option<PersonId> {
    match plan.final_manager(row) {
        FinalManager::None => None,
        FinalManager::Stored(id) => Some(id),
        FinalManager::NewRow(r) => ids.get(r).copied().flatten(),
    }
}

/// Gives a stored person a placeholder address that nobody uses, for the moment it takes to
/// hand their old address to someone else in the same transaction.
fn park_email(
    conn: &Connection,
    id: PersonId,
    existing: &mentorpool_domain::Person,
    this_year: i32,
) -> Result<(), StoreError> {
    let parked = PersonInput {
        name: existing.name.clone(),
        email: format!("parked-{id}@import.invalid"),
        employee_number: existing.employee_number.clone(),
        department: existing.department.clone(),
        job_title: existing.job_title.clone(),
        manager_id: existing.manager_id,
        start_date: existing.start_date,
        career_start_year: existing.career_start_year,
        languages: existing.languages.iter().map(|c| c.as_str().to_string()).collect(),
    }
    .validate(this_year)?;
    people::update(conn, id, &parked)
}
