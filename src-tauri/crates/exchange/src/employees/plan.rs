//! Comparing the file with the database: every problem with its line, and for each row
//! whether it adds, updates or leaves a person as they are. Reads only.

use super::mapping::ColumnMapping;
use super::values::{parse_date, parse_languages, parse_year};
use crate::csv_file::{CsvRow, CsvTable};
use crate::{Problem, ProblemCode};
use chrono::{Datelike, NaiveDate};
use mentorpool_domain::person::EARLIEST_CAREER_START;
use mentorpool_domain::{is_valid_email, DomainError, LanguageCode, Person, PersonId, PersonInput, ValidPerson};
use mentorpool_store::{people, Connection, StoreError};
use std::collections::{HashMap, HashSet};

/// What the file says about everyone, checked against the database.
pub(crate) struct Plan {
    /// Sorted by line.
    pub problems: Vec<Problem>,
    /// One per employee number in the file, in file order (a repeated number is a problem).
    pub rows: Vec<PlannedRow>,
    /// People in the database who have not left and are not in the file.
    pub missing: Vec<Person>,
    /// Everyone stored, by id, to describe managers in the preview.
    stored: HashMap<PersonId, Person>,
    /// The row of each stored person who is in the file.
    row_of_stored: HashMap<PersonId, usize>,
}

pub(crate) struct PlannedRow {
    pub line: u64,
    pub employee_number: String,
    /// The person with this employee number in the database.
    pub existing: Option<Person>,
    /// The person as the file has them, without a manager; `None` when the row has a problem.
    pub person: Option<ValidPerson>,
    /// Who manages them once the file is applied.
    pub manager: Option<Node>,
    /// What the manager cell says, for problems.
    manager_reference: String,
}

/// Someone in the graph of reporting lines after the import: a row of the file, or a person
/// in the database who is not in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Node {
    Row(usize),
    Stored(PersonId),
}

/// The manager a row ends up with, in terms the apply step can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FinalManager {
    None,
    Stored(PersonId),
    /// A row that adds a new person: the id exists only once it is inserted.
    NewRow(usize),
}

/// One field a row changes, with the value before and after, as the preview shows them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldChange {
    /// The field's camelCase key: name, email, department, jobTitle, manager, startDate,
    /// careerStartYear, languages or leftOn.
    pub field: String,
    pub old: String,
    pub new: String,
}

/// A row as the file gives it, before it is compared with the database.
struct ParsedRow<'a> {
    row: &'a CsvRow,
    employee_number: &'a str,
    name: String,
    email: &'a str,
    department: Option<&'a str>,
    job_title: Option<&'a str>,
    start_date: Option<Option<NaiveDate>>,
    career_start_year: Option<Option<i32>>,
    languages: Option<Vec<LanguageCode>>,
    /// `None` when the file has no manager column: then everyone keeps their manager.
    manager: Option<&'a str>,
    has_problem: bool,
}

pub(crate) fn plan(
    conn: &Connection,
    table: &CsvTable,
    mapping: &ColumnMapping,
    today: NaiveDate,
) -> Result<Plan, StoreError> {
    let mut problems = mapping.check(table.headers.len(), table.header_line);
    if !problems.is_empty() {
        // Without the required columns every row would repeat the same complaint.
        problems.extend(table.field_count_problems());
        problems.sort_by_key(|p| p.line);
        return Ok(Plan {
            problems,
            rows: Vec::new(),
            missing: Vec::new(),
            stored: HashMap::new(),
            row_of_stored: HashMap::new(),
        });
    }
    problems.extend(table.field_count_problems());
    let field_count_lines: HashSet<u64> = problems.iter().map(|p| p.line).collect();

    let stored = people::all(conn)?;
    let stored_by_id: HashMap<PersonId, &Person> = stored.iter().map(|p| (p.id, p)).collect();
    let stored_by_number: HashMap<&str, &Person> = stored.iter().map(|p| (p.employee_number.as_str(), p)).collect();
    let stored_by_email: HashMap<String, &Person> = stored.iter().map(|p| (p.email.to_ascii_lowercase(), p)).collect();

    // Read every row; a row whose employee number is empty or already seen is reported and
    // takes no further part.
    let this_year = today.year();
    let mut parsed = Vec::with_capacity(table.rows.len());
    let mut row_of_number: HashMap<&str, usize> = HashMap::with_capacity(table.rows.len());
    for row in &table.rows {
        let mut parsed_row = parse_row(row, mapping, this_year, &mut problems);
        parsed_row.has_problem |= field_count_lines.contains(&row.line);
        if parsed_row.employee_number.is_empty() {
            problems.push(Problem::new(
                row.line,
                ProblemCode::EmptyEmployeeNumber,
                parsed_row.name.clone(),
            ));
        } else if row_of_number.contains_key(parsed_row.employee_number) {
            problems.push(Problem::new(
                row.line,
                ProblemCode::DuplicateEmployeeNumber,
                parsed_row.employee_number,
            ));
        } else {
            row_of_number.insert(parsed_row.employee_number, parsed.len());
            parsed.push(parsed_row);
        }
    }
    let mut row_of_email: HashMap<String, usize> = HashMap::with_capacity(parsed.len());
    for (index, row) in parsed.iter().enumerate() {
        row_of_email.entry(row.email.to_ascii_lowercase()).or_insert(index);
    }
    // A stored person who is also in the file is the file's row from now on.
    let node_of = |person: &Person| match row_of_number.get(person.employee_number.as_str()) {
        Some(&row) => Node::Row(row),
        None => Node::Stored(person.id),
    };

    // E-mail addresses must stay unique: against the file and against everyone stored who
    // is not in it (people who left keep their address).
    let mut emails_taken: HashSet<String> = stored
        .iter()
        .filter(|p| !row_of_number.contains_key(p.employee_number.as_str()))
        .map(|p| p.email.to_ascii_lowercase())
        .collect();

    let mut rows = Vec::with_capacity(parsed.len());
    for (index, row) in parsed.iter_mut().enumerate() {
        let line = row.row.line;
        let existing = stored_by_number.get(row.employee_number).copied();
        if !row.has_problem && !emails_taken.insert(row.email.to_ascii_lowercase()) {
            problems.push(Problem::new(line, ProblemCode::DuplicateEmail, row.email));
            row.has_problem = true;
        }

        let (manager, manager_reference) = match row.manager {
            None => (
                existing
                    .and_then(|p| p.manager_id)
                    .map(|id| match stored_by_id.get(&id) {
                        Some(manager) => node_of(manager),
                        None => Node::Stored(id),
                    }),
                String::new(),
            ),
            Some("") => (None, String::new()),
            Some(reference) => {
                let found = if reference.contains('@') {
                    let key = reference.to_ascii_lowercase();
                    row_of_email
                        .get(&key)
                        .map(|&r| Node::Row(r))
                        .or_else(|| stored_by_email.get(&key).map(|p| node_of(p)))
                } else {
                    row_of_number
                        .get(reference)
                        .map(|&r| Node::Row(r))
                        .or_else(|| stored_by_number.get(reference).map(|p| node_of(p)))
                };
                match found {
                    Some(Node::Row(r)) if r == index => {
                        problems.push(Problem::new(line, ProblemCode::SelfManager, reference));
                        row.has_problem = true;
                        (None, reference.to_string())
                    }
                    Some(node) => (Some(node), reference.to_string()),
                    None => {
                        problems.push(Problem::new(line, ProblemCode::UnknownManager, reference));
                        row.has_problem = true;
                        (None, reference.to_string())
                    }
                }
            }
        };

        let person = if row.has_problem {
            None
        } else {
            match to_input(row, existing).validate(this_year) {
                Ok(person) => Some(person),
                Err(err) => {
                    problems.push(domain_problem(line, &err, row));
                    row.has_problem = true;
                    None
                }
            }
        };
        rows.push(PlannedRow {
            line,
            employee_number: row.employee_number.to_string(),
            existing: existing.cloned(),
            person,
            manager,
            manager_reference,
        });
    }

    // Management cycles over the graph as it will be: the file's rows with their new
    // managers, everyone else as stored.
    let next = |node: Node| match node {
        Node::Row(r) => rows[r].manager,
        Node::Stored(id) => stored_by_id
            .get(&id)
            .and_then(|p| p.manager_id)
            .map(|m| stored_by_id.get(&m).map_or(Node::Stored(m), |p| node_of(p))),
    };
    let in_cycle = rows_in_cycles(rows.len(), next);
    for r in in_cycle {
        let row = &mut rows[r];
        problems.push(Problem::new(
            row.line,
            ProblemCode::ManagementCycle,
            row.manager_reference.clone(),
        ));
        row.person = None;
    }

    let missing = stored
        .iter()
        .filter(|p| p.left_on.is_none() && !row_of_number.contains_key(p.employee_number.as_str()))
        .cloned()
        .collect();
    problems.sort_by_key(|p| p.line);
    let row_of_stored = rows
        .iter()
        .enumerate()
        .filter_map(|(r, row)| row.existing.as_ref().map(|p| (p.id, r)))
        .collect();
    let stored = stored.into_iter().map(|p| (p.id, p)).collect();
    Ok(Plan {
        problems,
        rows,
        missing,
        stored,
        row_of_stored,
    })
}

/// Reads one row's cells and reports each one that cannot be read.
fn parse_row<'a>(
    row: &'a CsvRow,
    mapping: &ColumnMapping,
    this_year: i32,
    problems: &mut Vec<Problem>,
) -> ParsedRow<'a> {
    let cell = |column: Option<usize>| column.map(|c| row.field(c));
    let line = row.line;
    let employee_number = cell(mapping.employee_number).unwrap_or("");
    let mut has_problem = false;
    let mut report = |code: ProblemCode, detail: &str| {
        problems.push(Problem::new(line, code, detail));
        has_problem = true;
    };

    let name = match cell(mapping.name) {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => [mapping.first_name, mapping.infix, mapping.last_name]
            .into_iter()
            .filter_map(cell)
            .flat_map(str::split_whitespace)
            .collect::<Vec<_>>()
            .join(" "),
    };
    if name.trim().is_empty() {
        report(ProblemCode::EmptyName, employee_number);
    }
    let email = cell(mapping.email).unwrap_or("");
    if !is_valid_email(email) {
        report(ProblemCode::InvalidEmail, email);
    }
    let start_date = cell(mapping.start_date).map(|raw| {
        if raw.is_empty() {
            return None;
        }
        let date = parse_date(raw);
        if date.is_none() {
            report(ProblemCode::InvalidDate, raw);
        }
        date
    });
    let career_start_year = cell(mapping.career_start_year).map(|raw| {
        if raw.is_empty() {
            return None;
        }
        match parse_year(raw) {
            Some(year) if (EARLIEST_CAREER_START..=this_year).contains(&year) => Some(year),
            _ => {
                report(ProblemCode::InvalidYear, raw);
                None
            }
        }
    });
    let languages = cell(mapping.languages).map(|raw| {
        parse_languages(raw).unwrap_or_else(|item| {
            report(ProblemCode::InvalidLanguage, &item);
            Vec::new()
        })
    });
    ParsedRow {
        row,
        employee_number,
        name,
        email,
        department: cell(mapping.department),
        job_title: cell(mapping.job_title),
        start_date,
        career_start_year,
        languages,
        manager: cell(mapping.manager),
        has_problem,
    }
}

/// The person as the file has them; a field without a column keeps its stored value.
fn to_input(row: &ParsedRow<'_>, existing: Option<&Person>) -> PersonInput {
    PersonInput {
        name: row.name.clone(),
        email: row.email.to_string(),
        employee_number: row.employee_number.to_string(),
        department: row
            .department
            .map(str::to_string)
            .or_else(|| existing.map(|p| p.department.clone()))
            .unwrap_or_default(),
        job_title: row
            .job_title
            .map(str::to_string)
            .or_else(|| existing.map(|p| p.job_title.clone()))
            .unwrap_or_default(),
        manager_id: None,
        start_date: row.start_date.unwrap_or_else(|| existing.and_then(|p| p.start_date)),
        career_start_year: row
            .career_start_year
            .unwrap_or_else(|| existing.and_then(|p| p.career_start_year)),
        languages: row
            .languages
            .as_ref()
            .or(existing.map(|p| &p.languages))
            .map(|codes| codes.iter().map(|c| c.as_str().to_string()).collect())
            .unwrap_or_default(),
    }
}

/// A rule of the domain the row breaks that the cell checks did not already catch (they
/// catch all of them today; this keeps a future rule from slipping through unexplained).
fn domain_problem(line: u64, err: &DomainError, row: &ParsedRow<'_>) -> Problem {
    let (code, detail) = match err {
        DomainError::EmptyName => (ProblemCode::EmptyName, row.employee_number.to_string()),
        DomainError::InvalidEmail(email) => (ProblemCode::InvalidEmail, email.clone()),
        DomainError::EmptyEmployeeNumber => (ProblemCode::EmptyEmployeeNumber, row.name.clone()),
        DomainError::ImplausibleCareerStartYear(year) => (ProblemCode::InvalidYear, year.to_string()),
        DomainError::InvalidLanguage(item) => (ProblemCode::InvalidLanguage, item.clone()),
        other => (ProblemCode::UnreadableFile, other.to_string()),
    };
    Problem::new(line, code, detail)
}

/// The rows that lie on a loop of reporting lines. Everyone has at most one manager, so each
/// walk upwards either reaches the top, reaches a part already walked, or comes back onto
/// itself; every node is walked once, so this is linear in the number of people.
fn rows_in_cycles(row_count: usize, next: impl Fn(Node) -> Option<Node>) -> Vec<usize> {
    #[derive(PartialEq)]
    enum Seen {
        OnPath,
        Done,
    }
    let mut seen: HashMap<Node, Seen> = HashMap::with_capacity(row_count);
    let mut cyclic = Vec::new();
    for start in 0..row_count {
        let mut path = Vec::new();
        let mut current = Some(Node::Row(start));
        while let Some(node) = current {
            match seen.get(&node) {
                Some(Seen::Done) => break,
                Some(Seen::OnPath) => {
                    let from = path.iter().position(|n| *n == node).unwrap_or(0);
                    cyclic.extend(path[from..].iter().filter_map(|n| match n {
                        Node::Row(r) => Some(*r),
                        Node::Stored(_) => None,
                    }));
                    break;
                }
                None => {
                    seen.insert(node, Seen::OnPath);
                    path.push(node);
                    current = next(node);
                }
            }
        }
        for node in path {
            seen.insert(node, Seen::Done);
        }
    }
    cyclic.sort_unstable();
    cyclic
}

impl Plan {
    /// The manager a row ends up with.
    pub fn final_manager(&self, row: &PlannedRow) -> FinalManager {
        match row.manager {
            None => FinalManager::None,
            Some(Node::Stored(id)) => FinalManager::Stored(id),
            Some(Node::Row(r)) => match &self.rows[r].existing {
                Some(person) => FinalManager::Stored(person.id),
                None => FinalManager::NewRow(r),
            },
        }
    }

    /// What applying the row changes in the stored person, field by field; empty when it
    /// changes nothing. Only meaningful for a valid row with a stored person.
    pub fn changes(&self, row: &PlannedRow) -> Vec<FieldChange> {
        let (Some(old), Some(new)) = (&row.existing, &row.person) else {
            return Vec::new();
        };
        let mut changes = Vec::new();
        let mut compare = |field: &str, before: String, after: String| {
            if before != after {
                changes.push(FieldChange {
                    field: field.to_string(),
                    old: before,
                    new: after,
                });
            }
        };
        compare("name", old.name.clone(), new.name().to_string());
        compare("email", old.email.clone(), new.email().to_string());
        compare("department", old.department.clone(), new.department().to_string());
        compare("jobTitle", old.job_title.clone(), new.job_title().to_string());
        let manager_now = old.manager_id.map_or(FinalManager::None, FinalManager::Stored);
        let manager_then = self.final_manager(row);
        if manager_now != manager_then {
            compare("manager", self.describe(manager_now), self.describe(manager_then));
        }
        compare("startDate", date_text(old.start_date), date_text(new.start_date()));
        compare(
            "careerStartYear",
            old.career_start_year.map(|y| y.to_string()).unwrap_or_default(),
            new.career_start_year().map(|y| y.to_string()).unwrap_or_default(),
        );
        compare(
            "languages",
            languages_text(&old.languages),
            languages_text(new.languages()),
        );
        compare("leftOn", date_text(old.left_on), String::new());
        changes
    }

    /// A manager as the preview names them: name and employee number, as they will be.
    fn describe(&self, manager: FinalManager) -> String {
        let row = match manager {
            FinalManager::None => return String::new(),
            FinalManager::NewRow(r) => Some(r),
            FinalManager::Stored(id) => self.row_of_stored.get(&id).copied(),
        };
        if let Some(row) = row.and_then(|r| self.rows.get(r)) {
            if let Some(person) = &row.person {
                return label(person.name(), person.employee_number());
            }
        }
        match manager {
            FinalManager::Stored(id) => self
                .stored
                .get(&id)
                .map_or_else(|| id.to_string(), |p| label(&p.name, &p.employee_number)),
            _ => String::new(),
        }
    }
}

fn label(name: &str, number: &str) -> String {
    if number.is_empty() {
        name.to_string()
    } else {
        format!("{name} ({number})")
    }
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

fn languages_text(codes: &[LanguageCode]) -> String {
    codes.iter().map(LanguageCode::as_str).collect::<Vec<_>>().join(", ")
}
