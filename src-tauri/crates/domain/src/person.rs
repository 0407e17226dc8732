//! People: every employee of the organisation, whether or not they take part in mentoring.

use crate::{is_valid_email, DomainError, LanguageCode, MentorStatus, PersonId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a user or an import hands in to add or change a person. Nothing in it is trusted
/// until [`PersonInput::validate`] has turned it into a [`ValidPerson`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PersonInput {
    pub name: String,
    pub email: String,
    pub employee_number: String,
    pub department: String,
    pub job_title: String,
    pub manager_id: Option<PersonId>,
    pub start_date: Option<NaiveDate>,
    pub career_start_year: Option<i32>,
    pub languages: Vec<String>,
}

/// A person that passed every rule that can be checked without the database. The store
/// checks the rest (unique employee number, existing manager, no management cycle).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidPerson {
    name: String,
    email: String,
    employee_number: String,
    department: String,
    job_title: String,
    manager_id: Option<PersonId>,
    start_date: Option<NaiveDate>,
    career_start_year: Option<i32>,
    languages: Vec<LanguageCode>,
}

/// The earliest career start we accept; anything before is a typo in an export.
pub const EARLIEST_CAREER_START: i32 = 1950;

impl PersonInput {
    /// Checks and normalises the input. `this_year` bounds the career start year; it is a
    /// parameter so the rule stays a pure function.
    pub fn validate(self, this_year: i32) -> Result<ValidPerson, DomainError> {
        let name = collapse_spaces(&self.name);
        if name.is_empty() {
            return Err(DomainError::EmptyName);
        }
        let email = self.email.trim().to_string();
        if !is_valid_email(&email) {
            return Err(DomainError::InvalidEmail(email));
        }
        let employee_number = self.employee_number.trim().to_string();
        if employee_number.is_empty() {
            return Err(DomainError::EmptyEmployeeNumber);
        }
        if let Some(year) = self.career_start_year {
            if !(EARLIEST_CAREER_START..=this_year).contains(&year) {
                return Err(DomainError::ImplausibleCareerStartYear(year));
            }
        }
        let mut languages = self
            .languages
            .iter()
            .filter(|raw| !raw.trim().is_empty())
            .map(|raw| LanguageCode::parse(raw))
            .collect::<Result<Vec<_>, _>>()?;
        languages.sort();
        languages.dedup();
        Ok(ValidPerson {
            name,
            email,
            employee_number,
            department: collapse_spaces(&self.department),
            job_title: collapse_spaces(&self.job_title),
            manager_id: self.manager_id,
            start_date: self.start_date,
            career_start_year: self.career_start_year,
            languages,
        })
    }
}

impl ValidPerson {
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn email(&self) -> &str {
        &self.email
    }
    pub fn employee_number(&self) -> &str {
        &self.employee_number
    }
    pub fn department(&self) -> &str {
        &self.department
    }
    pub fn job_title(&self) -> &str {
        &self.job_title
    }
    pub fn manager_id(&self) -> Option<PersonId> {
        self.manager_id
    }
    pub fn start_date(&self) -> Option<NaiveDate> {
        self.start_date
    }
    pub fn career_start_year(&self) -> Option<i32> {
        self.career_start_year
    }
    pub fn languages(&self) -> &[LanguageCode] {
        &self.languages
    }

    /// The same person with another manager; used when a manager is only known once the
    /// people it refers to have ids (imports, the demo organisation).
    pub fn with_manager(mut self, manager_id: Option<PersonId>) -> Self {
        self.manager_id = manager_id;
        self
    }
}

/// A person as stored, with the names the lists show alongside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub email: String,
    pub employee_number: String,
    pub department: String,
    pub job_title: String,
    pub manager_id: Option<PersonId>,
    pub manager_name: Option<String>,
    pub start_date: Option<NaiveDate>,
    pub career_start_year: Option<i32>,
    pub languages: Vec<LanguageCode>,
    pub mentor_status: Option<MentorStatus>,
    /// The day HR marked them as having left (they were missing from an employee import).
    /// People who left are never deleted: their history stays.
    pub left_on: Option<NaiveDate>,
}

fn collapse_spaces(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> PersonInput {
        PersonInput {
            name: "  Zoë   Çelik ".into(),
            email: " zoe.celik@waterschap.nl ".into(),
            employee_number: " 10042 ".into(),
            department: "Beleid ".into(),
            job_title: "Beleidsadviseur".into(),
            languages: vec!["NL".into(), "en".into(), "nl".into(), " ".into()],
            career_start_year: Some(2019),
            ..PersonInput::default()
        }
    }

    #[test]
    fn normalises_what_people_type() {
        let person = input().validate(2026).unwrap();
        assert_eq!(person.name(), "Zoë Çelik");
        assert_eq!(person.email(), "zoe.celik@waterschap.nl");
        assert_eq!(person.employee_number(), "10042");
        assert_eq!(person.department(), "Beleid");
        let codes: Vec<&str> = person.languages().iter().map(LanguageCode::as_str).collect();
        assert_eq!(codes, ["en", "nl"]);
    }

    #[test]
    fn an_empty_name_is_refused() {
        let err = PersonInput {
            name: "   ".into(),
            ..input()
        }
        .validate(2026)
        .unwrap_err();
        assert_eq!(err, DomainError::EmptyName);
        assert_eq!(err.code(), "person.empty_name");
    }

    #[test]
    fn a_malformed_email_is_refused() {
        let err = PersonInput {
            email: "zoe.celik@".into(),
            ..input()
        }
        .validate(2026)
        .unwrap_err();
        assert_eq!(err.code(), "person.invalid_email");
    }

    #[test]
    fn a_missing_employee_number_is_refused() {
        let err = PersonInput {
            employee_number: " ".into(),
            ..input()
        }
        .validate(2026)
        .unwrap_err();
        assert_eq!(err, DomainError::EmptyEmployeeNumber);
    }

    #[test]
    fn a_career_start_in_the_future_or_long_ago_is_refused() {
        for year in [1900, 2027] {
            let err = PersonInput {
                career_start_year: Some(year),
                ..input()
            }
            .validate(2026)
            .unwrap_err();
            assert_eq!(err, DomainError::ImplausibleCareerStartYear(year));
        }
    }

    #[test]
    fn a_language_name_instead_of_a_code_is_refused() {
        let err = PersonInput {
            languages: vec!["Nederlands".into()],
            ..input()
        }
        .validate(2026)
        .unwrap_err();
        assert_eq!(err.code(), "person.invalid_language");
    }

    #[test]
    fn input_reads_camel_case_json_with_missing_fields() {
        let parsed: PersonInput =
            serde_json::from_str(r#"{"name":"Jan","employeeNumber":"7","managerId":3,"startDate":"2020-02-01"}"#)
                .unwrap();
        assert_eq!(parsed.manager_id, Some(PersonId::new(3)));
        assert_eq!(parsed.start_date, NaiveDate::from_ymd_opt(2020, 2, 1));
        assert!(parsed.languages.is_empty());
    }
}
