//! Which column of the file holds which field of an employee: proposed from the headers, then
//! confirmed or corrected by HR.

use crate::csv_file::header_key;
use crate::{Problem, ProblemCode};
use serde::{Deserialize, Serialize};

/// A field of an employee that a column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum EmployeeField {
    Name,
    FirstName,
    Infix,
    LastName,
    Email,
    EmployeeNumber,
    Department,
    JobTitle,
    Manager,
    StartDate,
    CareerStartYear,
    Languages,
}

impl EmployeeField {
    pub const ALL: [EmployeeField; 12] = [
        Self::Name,
        Self::FirstName,
        Self::Infix,
        Self::LastName,
        Self::Email,
        Self::EmployeeNumber,
        Self::Department,
        Self::JobTitle,
        Self::Manager,
        Self::StartDate,
        Self::CareerStartYear,
        Self::Languages,
    ];

    /// The camelCase key, as in JSON; problems about a missing column name it in `detail`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::FirstName => "firstName",
            Self::Infix => "infix",
            Self::LastName => "lastName",
            Self::Email => "email",
            Self::EmployeeNumber => "employeeNumber",
            Self::Department => "department",
            Self::JobTitle => "jobTitle",
            Self::Manager => "manager",
            Self::StartDate => "startDate",
            Self::CareerStartYear => "careerStartYear",
            Self::Languages => "languages",
        }
    }

    /// Headers HR systems and people use for the field, Dutch and English, as [`header_key`]
    /// reduces them (no case, accents, punctuation or spaces).
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Self::Name => &[
                "naam",
                "name",
                "volledigenaam",
                "fullname",
                "naammedewerker",
                "employeename",
            ],
            Self::FirstName => &[
                "voornaam",
                "roepnaam",
                "voornamen",
                "firstname",
                "givenname",
                "forename",
            ],
            Self::Infix => &["tussenvoegsel", "tussenvoegsels", "voorvoegsel", "infix"],
            Self::LastName => &[
                "achternaam",
                "familienaam",
                "geslachtsnaam",
                "lastname",
                "surname",
                "familyname",
            ],
            Self::Email => &[
                "email",
                "emailadres",
                "emailaddress",
                "mail",
                "mailadres",
                "zakelijkemail",
                "workemail",
            ],
            Self::EmployeeNumber => &[
                "personeelsnummer",
                "personeelsnr",
                "persnr",
                "medewerkernummer",
                "employeenumber",
                "employeeno",
                "employeeid",
                "personnelnumber",
                "staffnumber",
            ],
            Self::Department => &["afdeling", "department", "dept", "organisatieonderdeel"],
            Self::JobTitle => &[
                "functie",
                "functienaam",
                "functietitel",
                "jobtitle",
                "function",
                "title",
            ],
            Self::Manager => &[
                "leidinggevende",
                "directleidinggevende",
                "emailleidinggevende",
                "personeelsnummerleidinggevende",
                "manager",
                "linemanager",
                "supervisor",
                "manageremail",
                "manageremployeenumber",
            ],
            Self::StartDate => &[
                "indienstsinds",
                "indienst",
                "datumindienst",
                "indiensttreding",
                "datumindiensttreding",
                "startdatum",
                "startdate",
                "hiredate",
                "dateofhire",
            ],
            Self::CareerStartYear => &[
                "loopbaangestart",
                "loopbaangestartjaar",
                "loopbaangestartin",
                "beginloopbaan",
                "startloopbaan",
                "careerstart",
                "careerstarted",
                "careerstartyear",
                "careerstartedin",
            ],
            Self::Languages => &["talen", "taal", "languages", "language", "spokenlanguages"],
        }
    }
}

/// For each field, the column (0-based, as in the header list) that holds it, if any. The UI
/// shows the proposal and sends the confirmed or corrected mapping back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ColumnMapping {
    pub name: Option<usize>,
    pub first_name: Option<usize>,
    pub infix: Option<usize>,
    pub last_name: Option<usize>,
    pub email: Option<usize>,
    pub employee_number: Option<usize>,
    pub department: Option<usize>,
    pub job_title: Option<usize>,
    pub manager: Option<usize>,
    pub start_date: Option<usize>,
    pub career_start_year: Option<usize>,
    pub languages: Option<usize>,
}

impl ColumnMapping {
    pub fn get(&self, field: EmployeeField) -> Option<usize> {
        match field {
            EmployeeField::Name => self.name,
            EmployeeField::FirstName => self.first_name,
            EmployeeField::Infix => self.infix,
            EmployeeField::LastName => self.last_name,
            EmployeeField::Email => self.email,
            EmployeeField::EmployeeNumber => self.employee_number,
            EmployeeField::Department => self.department,
            EmployeeField::JobTitle => self.job_title,
            EmployeeField::Manager => self.manager,
            EmployeeField::StartDate => self.start_date,
            EmployeeField::CareerStartYear => self.career_start_year,
            EmployeeField::Languages => self.languages,
        }
    }

    pub fn set(&mut self, field: EmployeeField, column: Option<usize>) {
        let slot = match field {
            EmployeeField::Name => &mut self.name,
            EmployeeField::FirstName => &mut self.first_name,
            EmployeeField::Infix => &mut self.infix,
            EmployeeField::LastName => &mut self.last_name,
            EmployeeField::Email => &mut self.email,
            EmployeeField::EmployeeNumber => &mut self.employee_number,
            EmployeeField::Department => &mut self.department,
            EmployeeField::JobTitle => &mut self.job_title,
            EmployeeField::Manager => &mut self.manager,
            EmployeeField::StartDate => &mut self.start_date,
            EmployeeField::CareerStartYear => &mut self.career_start_year,
            EmployeeField::Languages => &mut self.languages,
        };
        *slot = column;
    }

    /// The columns no field uses: the import leaves them alone.
    pub fn ignored(&self, column_count: usize) -> Vec<usize> {
        (0..column_count)
            .filter(|column| EmployeeField::ALL.iter().all(|&f| self.get(f) != Some(*column)))
            .collect()
    }

    /// Whether the name comes from first name and last name rather than one column.
    fn has_split_name(&self) -> bool {
        self.first_name.is_some() && self.last_name.is_some()
    }

    /// Problems with the mapping itself, on the header line: a required field without a column
    /// (name, e-mail, employee number), or a column the file does not have.
    pub fn check(&self, column_count: usize, header_line: u64) -> Vec<Problem> {
        let mut problems = Vec::new();
        for field in EmployeeField::ALL {
            if let Some(column) = self.get(field) {
                if column >= column_count {
                    problems.push(Problem::new(
                        header_line,
                        ProblemCode::InvalidMapping,
                        format!("{} → {}", field.key(), column + 1),
                    ));
                }
            }
        }
        let mut missing = Vec::new();
        if self.name.is_none() && !self.has_split_name() {
            missing.push(match (self.first_name, self.last_name) {
                (Some(_), None) => EmployeeField::LastName,
                (None, Some(_)) => EmployeeField::FirstName,
                _ => EmployeeField::Name,
            });
        }
        if self.email.is_none() {
            missing.push(EmployeeField::Email);
        }
        if self.employee_number.is_none() {
            missing.push(EmployeeField::EmployeeNumber);
        }
        problems.extend(
            missing
                .into_iter()
                .map(|field| Problem::new(header_line, ProblemCode::MissingColumn, field.key())),
        );
        problems
    }
}

/// Proposes a column for each field from the headers; the first matching column wins.
pub fn propose_mapping(headers: &[String]) -> ColumnMapping {
    let keys: Vec<String> = headers.iter().map(|header| header_key(header)).collect();
    let mut mapping = ColumnMapping::default();
    for field in EmployeeField::ALL {
        let column = keys.iter().position(|key| field.aliases().contains(&key.as_str()));
        mapping.set(field, column);
    }
    mapping
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(list: &[&str]) -> Vec<String> {
        list.iter().map(|h| h.to_string()).collect()
    }

    #[test]
    fn dutch_headers_from_an_hr_system_are_recognised() {
        let mapping = propose_mapping(&headers(&[
            "Personeelsnummer",
            "Voornaam",
            "Tussenvoegsel",
            "Achternaam",
            "E-mailadres",
            "Afdeling",
            "Functie",
            "Leidinggevende",
            "In dienst sinds",
            "Loopbaan gestart",
            "Talen",
            "Kostenplaats",
        ]));
        assert_eq!(
            mapping,
            ColumnMapping {
                employee_number: Some(0),
                first_name: Some(1),
                infix: Some(2),
                last_name: Some(3),
                email: Some(4),
                department: Some(5),
                job_title: Some(6),
                manager: Some(7),
                start_date: Some(8),
                career_start_year: Some(9),
                languages: Some(10),
                name: None,
            }
        );
        assert_eq!(mapping.ignored(12), [11]);
        assert!(mapping.check(12, 1).is_empty());
    }

    #[test]
    fn english_headers_in_any_case_with_accents_and_punctuation_are_recognised() {
        let mapping = propose_mapping(&headers(&[
            "NAME",
            "e_mail",
            "Employee-Number",
            "Départment",
            "Job title:",
            "manager",
            "START DATE",
            "Career start",
            "languages",
        ]));
        assert_eq!(mapping.name, Some(0));
        assert_eq!(mapping.email, Some(1));
        assert_eq!(mapping.employee_number, Some(2));
        assert_eq!(mapping.department, Some(3));
        assert_eq!(mapping.job_title, Some(4));
        assert_eq!(mapping.manager, Some(5));
        assert_eq!(mapping.start_date, Some(6));
        assert_eq!(mapping.career_start_year, Some(7));
        assert_eq!(mapping.languages, Some(8));
        assert!(mapping.ignored(9).is_empty());
    }

    #[test]
    fn the_first_of_two_matching_columns_wins() {
        let mapping = propose_mapping(&headers(&["email", "e-mail", "personnel number", "name"]));
        assert_eq!(mapping.email, Some(0));
        assert_eq!(mapping.employee_number, Some(2));
        assert_eq!(mapping.ignored(4), [1]);
    }

    #[test]
    fn missing_required_columns_are_each_reported_on_the_header_line() {
        let mapping = propose_mapping(&headers(&["Afdeling", "Voornaam"]));
        let problems = mapping.check(2, 1);
        let details: Vec<(&str, ProblemCode, u64)> =
            problems.iter().map(|p| (p.detail.as_str(), p.code, p.line)).collect();
        assert_eq!(
            details,
            [
                ("lastName", ProblemCode::MissingColumn, 1),
                ("email", ProblemCode::MissingColumn, 1),
                ("employeeNumber", ProblemCode::MissingColumn, 1),
            ]
        );
    }

    #[test]
    fn a_corrected_mapping_pointing_past_the_last_column_is_refused() {
        let mapping = ColumnMapping {
            name: Some(0),
            email: Some(1),
            employee_number: Some(5),
            ..ColumnMapping::default()
        };
        assert_eq!(
            mapping.check(3, 1),
            [Problem::new(1, ProblemCode::InvalidMapping, "employeeNumber → 6")]
        );
    }

    #[test]
    fn the_mapping_travels_as_camel_case_json() {
        let json = serde_json::to_value(ColumnMapping {
            employee_number: Some(2),
            ..ColumnMapping::default()
        })
        .unwrap();
        assert_eq!(json["employeeNumber"], 2);
        assert!(json["careerStartYear"].is_null());
        let back: ColumnMapping = serde_json::from_str(r#"{"name":0,"email":1}"#).unwrap();
        assert_eq!(back.email, Some(1));
        assert_eq!(back.employee_number, None);
    }
}
