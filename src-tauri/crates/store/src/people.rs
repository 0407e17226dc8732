//! The `person` table: every employee, whether or not they take part in mentoring.

use crate::StoreError;
use chrono::{Datelike, Local, NaiveDate, Utc};
use mentorpool_domain::{
    fold_for_search, would_create_cycle, DomainError, LanguageCode, MentorStatus, Person, PersonId, PersonInput,
    ValidPerson,
};
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Row};

const SELECT_PERSON: &str = "
    SELECT p.id, p.name, p.email, p.employee_number, p.department, p.job_title, p.manager_id, boss.name,
           p.start_date, p.career_start_year, m.status,
           (SELECT group_concat(code, ',' ORDER BY code) FROM person_language WHERE person_id = p.id),
           p.left_on
    FROM person p
    LEFT JOIN person boss ON boss.id = p.manager_id
    LEFT JOIN mentor m ON m.person_id = p.id";

/// Validates what a user typed, adds the person and returns them as stored.
pub fn add(conn: &Connection, input: PersonInput) -> Result<Person, StoreError> {
    let id = insert(conn, &input.validate(this_year())?)?;
    get(conn, id)
}

/// Validates what a user typed, replaces the person's fields and returns them as stored.
pub fn edit(conn: &Connection, id: PersonId, input: PersonInput) -> Result<Person, StoreError> {
    update(conn, id, &input.validate(this_year())?)?;
    get(conn, id)
}

fn this_year() -> i32 {
    Local::now().year()
}

/// Adds a person after the checks only the database can make.
pub fn insert(conn: &Connection, person: &ValidPerson) -> Result<PersonId, StoreError> {
    check_manager(conn, None, person.manager_id())?;
    let now = Utc::now().to_rfc3339();
    conn.prepare_cached(
        "INSERT INTO person (name, email, employee_number, department, job_title, manager_id, start_date,
                             career_start_year, search_key, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
    )?
    .execute(params![
        person.name(),
        person.email(),
        person.employee_number(),
        person.department(),
        person.job_title(),
        person.manager_id(),
        person.start_date(),
        person.career_start_year(),
        search_key(person),
        now,
    ])
    .map_err(|err| unique_violation(err, person))?;
    let id = PersonId::new(conn.last_insert_rowid());
    replace_languages(conn, id, person.languages())?;
    Ok(id)
}

/// Replaces every field of an existing person.
pub fn update(conn: &Connection, id: PersonId, person: &ValidPerson) -> Result<(), StoreError> {
    check_manager(conn, Some(id), person.manager_id())?;
    let changed = conn
        .prepare_cached(
            "UPDATE person SET name = ?2, email = ?3, employee_number = ?4, department = ?5, job_title = ?6,
                    manager_id = ?7, start_date = ?8, career_start_year = ?9, search_key = ?10, updated_at = ?11
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            person.name(),
            person.email(),
            person.employee_number(),
            person.department(),
            person.job_title(),
            person.manager_id(),
            person.start_date(),
            person.career_start_year(),
            search_key(person),
            Utc::now().to_rfc3339(),
        ])
        .map_err(|err| unique_violation(err, person))?;
    if changed == 0 {
        return Err(DomainError::UnknownPerson.into());
    }
    replace_languages(conn, id, person.languages())
}

pub fn get(conn: &Connection, id: PersonId) -> Result<Person, StoreError> {
    conn.query_row(&format!("{SELECT_PERSON} WHERE p.id = ?1"), [id], read_person)
        .optional()?
        .ok_or(DomainError::UnknownPerson.into())
}

/// Everyone whose name, e-mail, employee number, department or job title contains the
/// query, ignoring case and diacritics; everyone when the query is blank. Sorted by name.
/// People who left are listed too, with `left_on` set, so the list can show it.
pub fn search(conn: &Connection, query: &str) -> Result<Vec<Person>, StoreError> {
    let pattern = like_pattern(query);
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_PERSON} WHERE p.search_key LIKE ?1 ESCAPE '\\' ORDER BY p.name COLLATE NOCASE, p.id"
    ))?;
    let people = stmt.query_map([pattern], read_person)?.collect::<Result<Vec<_>, _>>()?;
    Ok(people)
}

/// Everyone, including people who left, in the order they were added: what an import
/// compares its file with.
pub fn all(conn: &Connection) -> Result<Vec<Person>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT_PERSON} ORDER BY p.id"))?;
    let people = stmt.query_map([], read_person)?.collect::<Result<Vec<_>, _>>()?;
    Ok(people)
}

/// Gives a person another manager (or none), after the same checks as [`update`]: not
/// themselves, an existing manager, no management cycle.
pub fn set_manager(conn: &Connection, id: PersonId, manager: Option<PersonId>) -> Result<(), StoreError> {
    check_manager(conn, Some(id), manager)?;
    let changed = conn
        .prepare_cached("UPDATE person SET manager_id = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![id, manager, Utc::now().to_rfc3339()])?;
    if changed == 0 {
        return Err(DomainError::UnknownPerson.into());
    }
    Ok(())
}

/// Marks a person as having left on `left_on`, or (with `None`) as employed again. Nobody
/// is ever deleted for leaving.
pub fn set_left_on(conn: &Connection, id: PersonId, left_on: Option<NaiveDate>) -> Result<(), StoreError> {
    let changed = conn
        .prepare_cached("UPDATE person SET left_on = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![id, left_on, Utc::now().to_rfc3339()])?;
    if changed == 0 {
        return Err(DomainError::UnknownPerson.into());
    }
    Ok(())
}

/// The departments in use, for pick lists.
pub fn departments(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT department FROM person WHERE department <> '' ORDER BY department COLLATE NOCASE",
    )?;
    let departments = stmt.query_map([], |row| row.get(0))?.collect::<Result<Vec<_>, _>>()?;
    Ok(departments)
}

pub fn count(conn: &Connection) -> Result<usize, StoreError> {
    let count: i64 = conn.query_row("SELECT count(*) FROM person", [], |row| row.get(0))?;
    Ok(usize::try_from(count).unwrap_or(0))
}

/// `%folded query%` with LIKE's own wildcards escaped, so "50%" means fifty percent.
pub(crate) fn like_pattern(query: &str) -> String {
    let folded = fold_for_search(query.trim());
    let escaped = folded.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

fn search_key(person: &ValidPerson) -> String {
    fold_for_search(
        &[
            person.name(),
            person.email(),
            person.employee_number(),
            person.department(),
            person.job_title(),
        ]
        .join(" | "),
    )
}

fn check_manager(conn: &Connection, person: Option<PersonId>, manager: Option<PersonId>) -> Result<(), StoreError> {
    let Some(manager) = manager else {
        return Ok(());
    };
    if person == Some(manager) {
        return Err(DomainError::SelfManager.into());
    }
    let exists: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1)")?
        .query_row([manager], |r| r.get(0))?;
    if !exists {
        return Err(DomainError::UnknownManager.into());
    }
    // A brand-new person has no reports yet, so only an existing one can close a loop.
    if let Some(person) = person {
        let mut stmt = conn.prepare_cached("SELECT manager_id FROM person WHERE id = ?1")?;
        let mut lookup_error = None;
        let cycle = would_create_cycle(person, manager, |id| {
            stmt.query_row([id], |row| row.get::<_, Option<PersonId>>(0))
                .optional()
                .unwrap_or_else(|err| {
                    lookup_error = Some(err);
                    None
                })?
        });
        if let Some(err) = lookup_error {
            return Err(err.into());
        }
        if cycle {
            return Err(DomainError::ManagementCycle.into());
        }
    }
    Ok(())
}

fn replace_languages(conn: &Connection, id: PersonId, languages: &[LanguageCode]) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM person_language WHERE person_id = ?1")?
        .execute([id])?;
    let mut stmt = conn.prepare_cached("INSERT INTO person_language (person_id, code) VALUES (?1, ?2)")?;
    for code in languages {
        stmt.execute(params![id, code.as_str()])?;
    }
    Ok(())
}

/// Turns the UNIQUE constraints into the domain errors the UI explains.
fn unique_violation(err: rusqlite::Error, person: &ValidPerson) -> StoreError {
    match &err {
        rusqlite::Error::SqliteFailure(e, Some(msg)) if e.code == ErrorCode::ConstraintViolation => {
            if msg.contains("person.employee_number") {
                DomainError::DuplicateEmployeeNumber(person.employee_number().to_string()).into()
            } else if msg.contains("person.email") {
                DomainError::DuplicateEmail(person.email().to_string()).into()
            } else {
                err.into()
            }
        }
        _ => err.into(),
    }
}

fn read_person(row: &Row<'_>) -> rusqlite::Result<Person> {
    let status: Option<String> = row.get(10)?;
    let languages: Option<String> = row.get(11)?;
    Ok(Person {
        id: row.get(0)?,
        name: row.get(1)?,
        email: row.get(2)?,
        employee_number: row.get(3)?,
        department: row.get(4)?,
        job_title: row.get(5)?,
        manager_id: row.get(6)?,
        manager_name: row.get(7)?,
        start_date: row.get::<_, Option<NaiveDate>>(8)?,
        career_start_year: row.get(9)?,
        mentor_status: status.as_deref().and_then(MentorStatus::parse),
        languages: languages
            .unwrap_or_default()
            .split(',')
            .filter_map(|code| LanguageCode::parse(code).ok())
            .collect(),
        left_on: row.get::<_, Option<NaiveDate>>(12)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn valid(name: &str, number: &str, manager: Option<PersonId>) -> ValidPerson {
        PersonInput {
            name: name.into(),
            email: format!(
                "{}@waterschap.nl",
                fold_for_search(name).replace('\'', "").replace(' ', ".")
            ),
            employee_number: number.into(),
            department: "Beleid".into(),
            job_title: "Adviseur".into(),
            manager_id: manager,
            languages: vec!["nl".into(), "en".into()],
            ..PersonInput::default()
        }
        .validate(2026)
        .unwrap()
    }

    fn conn() -> Connection {
        crate::open_in_memory().unwrap()
    }

    #[test]
    fn a_person_round_trips_with_manager_and_languages() {
        let conn = conn();
        let boss = insert(&conn, &valid("Anne de Vries", "1", None)).unwrap();
        let id = insert(&conn, &valid("Zoë Çelik", "2", Some(boss))).unwrap();
        let zoe = get(&conn, id).unwrap();
        assert_eq!(zoe.name, "Zoë Çelik");
        assert_eq!(zoe.manager_name.as_deref(), Some("Anne de Vries"));
        assert_eq!(
            zoe.languages.iter().map(LanguageCode::as_str).collect::<Vec<_>>(),
            ["en", "nl"]
        );
        assert_eq!(zoe.mentor_status, None);
    }

    #[test]
    fn a_duplicate_employee_number_is_refused() {
        let conn = conn();
        insert(&conn, &valid("Anne de Vries", "1", None)).unwrap();
        let err = insert(&conn, &valid("Bram Bakker", "1", None)).unwrap_err();
        assert_eq!(err.code(), "person.duplicate_employee_number");
        assert_eq!(count(&conn).unwrap(), 1);
    }

    #[test]
    fn a_duplicate_email_is_refused_ignoring_case() {
        let conn = conn();
        insert(&conn, &valid("Anne de Vries", "1", None)).unwrap();
        let mut other = PersonInput {
            name: "Anne de Vries".into(),
            email: "ANNE.DE.VRIES@waterschap.nl".into(),
            employee_number: "2".into(),
            ..PersonInput::default()
        };
        other.languages.clear();
        let err = insert(&conn, &other.validate(2026).unwrap()).unwrap_err();
        assert_eq!(err.code(), "person.duplicate_email");
    }

    #[test]
    fn a_person_cannot_manage_themselves() {
        let conn = conn();
        let id = insert(&conn, &valid("Anne de Vries", "1", None)).unwrap();
        let err = update(&conn, id, &valid("Anne de Vries", "1", Some(id))).unwrap_err();
        assert_eq!(err.code(), "person.self_manager");
    }

    #[test]
    fn a_management_cycle_is_refused_and_nothing_changes() {
        let conn = conn();
        let a = insert(&conn, &valid("Anne de Vries", "1", None)).unwrap();
        let b = insert(&conn, &valid("Bram Bakker", "2", Some(a))).unwrap();
        let c = insert(&conn, &valid("Cem Öztürk", "3", Some(b))).unwrap();
        let err = update(&conn, a, &valid("Anne de Vries", "1", Some(c))).unwrap_err();
        assert_eq!(err.code(), "person.management_cycle");
        assert_eq!(get(&conn, a).unwrap().manager_id, None);
    }

    #[test]
    fn an_unknown_manager_is_refused() {
        let err = insert(&conn(), &valid("Anne de Vries", "1", Some(PersonId::new(42)))).unwrap_err();
        assert_eq!(err.code(), "person.unknown_manager");
    }

    #[test]
    fn updating_someone_who_does_not_exist_says_so() {
        let err = update(&conn(), PersonId::new(9), &valid("Anne de Vries", "1", None)).unwrap_err();
        assert_eq!(err.code(), "person.not_found");
    }

    #[test]
    fn search_ignores_case_and_diacritics() {
        let conn = conn();
        insert(&conn, &valid("Zoë Çelik", "1", None)).unwrap();
        insert(&conn, &valid("Jan 't Hart", "2", None)).unwrap();
        let names = |q: &str| {
            search(&conn, q)
                .unwrap()
                .into_iter()
                .map(|p| p.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(names("zoe"), ["Zoë Çelik"]);
        assert_eq!(names("CELIK"), ["Zoë Çelik"]);
        assert_eq!(names("'t hart"), ["Jan 't Hart"]);
        assert_eq!(names(""), ["Jan 't Hart", "Zoë Çelik"]);
        assert!(names("%").is_empty(), "wildcards are literal");
    }

    #[test]
    fn add_validates_and_returns_the_stored_person() {
        let conn = conn();
        let input = PersonInput {
            name: "".into(),
            email: "x@y.nl".into(),
            employee_number: "1".into(),
            ..Default::default()
        };
        assert_eq!(add(&conn, input.clone()).unwrap_err().code(), "person.empty_name");
        assert_eq!(count(&conn).unwrap(), 0);
        let added = add(
            &conn,
            PersonInput {
                name: "Fenna Dijkstra".into(),
                ..input
            },
        )
        .unwrap();
        let edited = edit(
            &conn,
            added.id,
            PersonInput {
                name: "Fenna Brouwer".into(),
                email: "x@y.nl".into(),
                employee_number: "1".into(),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(edited.name, "Fenna Brouwer");
    }

    #[test]
    fn departments_are_listed_once() {
        let conn = conn();
        insert(&conn, &valid("Anne de Vries", "1", None)).unwrap();
        insert(&conn, &valid("Bram Bakker", "2", None)).unwrap();
        assert_eq!(departments(&conn).unwrap(), ["Beleid"]);
    }

    #[test]
    fn people_who_left_stay_and_are_still_found() {
        let conn = conn();
        let id = insert(&conn, &valid("Anne de Vries", "1", None)).unwrap();
        assert_eq!(get(&conn, id).unwrap().left_on, None);
        let day = NaiveDate::from_ymd_opt(2026, 3, 31);
        set_left_on(&conn, id, day).unwrap();
        assert_eq!(get(&conn, id).unwrap().left_on, day);
        assert_eq!(search(&conn, "anne").unwrap()[0].left_on, day);
        assert_eq!(all(&conn).unwrap().len(), 1);
        set_left_on(&conn, id, None).unwrap();
        assert_eq!(get(&conn, id).unwrap().left_on, None);
        assert_eq!(
            set_left_on(&conn, PersonId::new(9), day).unwrap_err().code(),
            "person.not_found"
        );
    }

    #[test]
    fn set_manager_checks_like_update() {
        let conn = conn();
        let a = insert(&conn, &valid("Anne de Vries", "1", None)).unwrap();
        let b = insert(&conn, &valid("Bram Bakker", "2", None)).unwrap();
        set_manager(&conn, b, Some(a)).unwrap();
        assert_eq!(get(&conn, b).unwrap().manager_id, Some(a));
        assert_eq!(
            set_manager(&conn, a, Some(b)).unwrap_err().code(),
            "person.management_cycle"
        );
        assert_eq!(
            set_manager(&conn, a, Some(a)).unwrap_err().code(),
            "person.self_manager"
        );
        assert_eq!(
            set_manager(&conn, a, Some(PersonId::new(42))).unwrap_err().code(),
            "person.unknown_manager"
        );
        set_manager(&conn, b, None).unwrap();
        assert_eq!(get(&conn, b).unwrap().manager_id, None);
    }

    #[test]
    fn all_lists_everyone_in_the_order_they_were_added() {
        let conn = conn();
        insert(&conn, &valid("Zoë Çelik", "1", None)).unwrap();
        insert(&conn, &valid("Anne de Vries", "2", None)).unwrap();
        let names: Vec<String> = all(&conn).unwrap().into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Zoë Çelik", "Anne de Vries"]);
    }
}
