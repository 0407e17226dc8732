//! Importing employees from the HR system's export: propose a column mapping, preview what
//! would change, and apply it all or nothing. People are matched by employee number; people
//! missing from a new export are never deleted: HR keeps them or marks them as having left.

mod apply;
mod mapping;
mod plan;
mod values;

pub use apply::apply;
pub use mapping::{propose_mapping, ColumnMapping, EmployeeField};
pub use plan::FieldChange;
pub use values::{parse_date, parse_languages, parse_year};

use crate::csv_file::{read_csv, CsvTable, Delimiter, TextEncoding};
use crate::{ExchangeError, Problem};
use chrono::NaiveDate;
use mentorpool_domain::PersonId;
use mentorpool_store::Connection;
use serde::{Deserialize, Serialize};

/// How many rows the mapping screen shows under the headers.
const SAMPLE_ROWS: usize = 5;

/// What HR sees first: the file's columns and the mapping proposed for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Proposal {
    pub encoding: TextEncoding,
    pub delimiter: Delimiter,
    /// The header cells as written (never with a BOM character).
    pub headers: Vec<String>,
    pub mapping: ColumnMapping,
    /// Columns the proposed mapping does not use, by index into `headers`.
    pub ignored: Vec<usize>,
    /// The number of records after the header.
    pub row_count: usize,
    /// The first records, to show under the headers while HR checks the mapping.
    pub sample: Vec<Vec<String>>,
    /// Problems with the proposed mapping itself (a required column not found).
    pub problems: Vec<Problem>,
}

/// Reads the file and proposes a column mapping. Only a file that cannot be read as CSV at all
/// is refused here ([`ExchangeError::Invalid`] with one `import.unreadable_file` problem).
pub fn read_employee_csv(bytes: &[u8]) -> Result<Proposal, ExchangeError> {
    let table = read_table(bytes)?;
    let mapping = propose_mapping(&table.headers);
    Ok(Proposal {
        encoding: table.encoding,
        delimiter: table.delimiter,
        ignored: mapping.ignored(table.headers.len()),
        problems: mapping.check(table.headers.len(), table.header_line),
        row_count: table.rows.len(),
        sample: table
            .rows
            .iter()
            .take(SAMPLE_ROWS)
            .map(|row| row.fields.clone())
            .collect(),
        headers: table.headers,
        mapping,
    })
}

/// The import screen's whole answer for a file: its columns and proposed mapping, the mapping
/// used (HR's correction or the proposal), and the preview. A file that is not CSV at all gives
/// no proposal and a preview holding that one problem, so the screen can list it like any other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Inspection {
    pub proposal: Option<Proposal>,
    pub mapping: Option<ColumnMapping>,
    pub preview: Preview,
}

pub fn inspect(
    conn: &Connection,
    bytes: &[u8],
    mapping: Option<ColumnMapping>,
    today: NaiveDate,
) -> Result<Inspection, ExchangeError> {
    let proposal = match read_employee_csv(bytes) {
        Ok(proposal) => proposal,
        Err(ExchangeError::Invalid(problems)) => {
            return Ok(Inspection {
                proposal: None,
                mapping: None,
                preview: Preview::refused(problems),
            })
        }
        Err(other) => return Err(other),
    };
    let mapping = mapping.unwrap_or_else(|| proposal.mapping.clone());
    let preview = preview(conn, bytes, &mapping, today)?;
    Ok(Inspection {
        proposal: Some(proposal),
        mapping: Some(mapping),
        preview,
    })
}

fn read_table(bytes: &[u8]) -> Result<CsvTable, ExchangeError> {
    read_csv(bytes).map_err(|problem| ExchangeError::Invalid(vec![problem]))
}

/// A person the import would add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewEmployee {
    pub line: u64,
    pub employee_number: String,
    pub name: String,
    pub email: String,
    pub department: String,
    pub job_title: String,
}

/// A stored person the import would change, with each change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmployeeUpdate {
    pub line: u64,
    pub person_id: PersonId,
    pub employee_number: String,
    pub name: String,
    pub changes: Vec<FieldChange>,
}

/// A stored person who has not left and is not in the file: HR decides what happens to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MissingEmployee {
    pub person_id: PersonId,
    pub employee_number: String,
    pub name: String,
    pub email: String,
    pub department: String,
    pub job_title: String,
}

/// What an import would do, and everything wrong with the file. Only a preview without
/// problems can be applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    /// Every problem, sorted by line. Rows with a problem appear in no list below.
    pub problems: Vec<Problem>,
    pub to_add: Vec<NewEmployee>,
    pub to_update: Vec<EmployeeUpdate>,
    pub unchanged: usize,
    pub missing: Vec<MissingEmployee>,
}

impl Preview {
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }

    fn refused(problems: Vec<Problem>) -> Self {
        Self {
            problems,
            to_add: Vec::new(),
            to_update: Vec::new(),
            unchanged: 0,
            missing: Vec::new(),
        }
    }
}

/// Compares the file, read with `mapping`, with the database. Writes nothing. `today` bounds
/// the career start year.
pub fn preview(
    conn: &Connection,
    bytes: &[u8],
    mapping: &ColumnMapping,
    today: NaiveDate,
) -> Result<Preview, ExchangeError> {
    let table = match read_csv(bytes) {
        Ok(table) => table,
        Err(problem) => return Ok(Preview::refused(vec![problem])),
    };
    let plan = plan::plan(conn, &table, mapping, today)?;
    let mut preview = Preview {
        problems: Vec::new(),
        to_add: Vec::new(),
        to_update: Vec::new(),
        unchanged: 0,
        missing: plan
            .missing
            .iter()
            .map(|p| MissingEmployee {
                person_id: p.id,
                employee_number: p.employee_number.clone(),
                name: p.name.clone(),
                email: p.email.clone(),
                department: p.department.clone(),
                job_title: p.job_title.clone(),
            })
            .collect(),
    };
    for row in &plan.rows {
        let Some(person) = &row.person else { continue };
        match &row.existing {
            None => preview.to_add.push(NewEmployee {
                line: row.line,
                employee_number: row.employee_number.clone(),
                name: person.name().to_string(),
                email: person.email().to_string(),
                department: person.department().to_string(),
                job_title: person.job_title().to_string(),
            }),
            Some(existing) => {
                let changes = plan.changes(row);
                if changes.is_empty() {
                    preview.unchanged += 1;
                } else {
                    preview.to_update.push(EmployeeUpdate {
                        line: row.line,
                        person_id: existing.id,
                        employee_number: row.employee_number.clone(),
                        name: person.name().to_string(),
                        changes,
                    });
                }
            }
        }
    }
    preview.problems = plan.problems;
    Ok(preview)
}

/// What happens to a person who is missing from the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// They stay as they are (the default for anyone HR did not decide about).
    Keep,
    /// They are marked as having left on the day of the import; never deleted.
    MarkLeft,
}

/// HR's decision about one person missing from the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MissingDecision {
    pub person_id: PersonId,
    pub decision: Decision,
}

/// What an applied import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub marked_left: usize,
    /// Missing from the file and kept as they were.
    pub missing_kept: usize,
}

#[cfg(test)]
mod tests;
