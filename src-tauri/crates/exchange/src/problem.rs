use serde::{Deserialize, Serialize};
use std::fmt;

/// One thing wrong with an imported file, on the line of the file where it starts. The UI
/// translates `code`; `detail` holds the offending value as it stands in the file (or, for a
/// missing column, the field that has no column).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    pub line: u64,
    pub code: ProblemCode,
    pub detail: String,
}

impl Problem {
    pub fn new(line: u64, code: ProblemCode, detail: impl Into<String>) -> Self {
        Self {
            line,
            code,
            detail: detail.into(),
        }
    }
}

/// `line L: <English explanation> (<detail>)`, as the CLI prints it.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.code.explanation())?;
        if !self.detail.is_empty() {
            write!(f, " ({})", self.detail)?;
        }
        Ok(())
    }
}

macro_rules! problem_codes {
    ($($variant:ident = $code:literal, $explanation:literal;)*) => {
        /// The kinds of problem an import reports. Each serializes as its stable code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum ProblemCode {
            $(#[serde(rename = $code)] $variant,)*
        }

        impl ProblemCode {
            pub const ALL: &[ProblemCode] = &[$(Self::$variant,)*];

            /// The stable code the UI translates.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)*
                }
            }

            /// What the code means, in English, for the CLI and logs.
            pub fn explanation(self) -> &'static str {
                match self {
                    $(Self::$variant => $explanation,)*
                }
            }
        }
    };
}

problem_codes! {
    UnreadableFile = "import.unreadable_file", "the file cannot be read as CSV";
    FieldCount = "import.field_count", "this line has another number of fields than the header";
    MissingColumn = "import.missing_column", "a required column is missing";
    InvalidMapping = "import.invalid_mapping", "the column mapping names a column the file does not have";
    EmptyName = "import.empty_name", "the name is empty";
    EmptyEmployeeNumber = "import.empty_employee_number", "the employee number is empty";
    DuplicateEmployeeNumber = "import.duplicate_employee_number", "this employee number appears more than once in the file";
    InvalidEmail = "import.invalid_email", "the e-mail address is not valid";
    DuplicateEmail = "import.duplicate_email", "this e-mail address belongs to someone else";
    InvalidDate = "import.invalid_date", "the date cannot be read (use dd-mm-yyyy or yyyy-mm-dd)";
    InvalidYear = "import.invalid_year", "the career start year is not a plausible year";
    InvalidLanguage = "import.invalid_language", "this is not a language (use codes such as nl, en)";
    UnknownManager = "import.unknown_manager", "the manager is neither in the file nor in the database";
    SelfManager = "import.self_manager", "a person cannot be their own manager";
    ManagementCycle = "import.management_cycle", "this manager makes a management cycle";
    NotInvited = "import.not_invited", "this person is not invited to the poll round";
    InvalidAnswer = "import.invalid_answer", "the answer cannot be read (interested, not interested or no answer)";
    InvalidHours = "import.invalid_hours", "the hours per month are not a whole number from 0 to 40";
}

impl fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_serializes_with_its_stable_code() {
        let problem = Problem::new(7, ProblemCode::DuplicateEmployeeNumber, "10042");
        assert_eq!(
            serde_json::to_string(&problem).unwrap(),
            r#"{"line":7,"code":"import.duplicate_employee_number","detail":"10042"}"#
        );
        let back: Problem = serde_json::from_str(&serde_json::to_string(&problem).unwrap()).unwrap();
        assert_eq!(back, problem);
    }

    #[test]
    fn every_code_is_namespaced_and_explained() {
        for code in ProblemCode::ALL {
            assert!(code.as_str().starts_with("import."), "{code}");
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
            assert!(!code.explanation().is_empty());
        }
    }

    #[test]
    fn the_cli_line_leaves_out_an_empty_detail() {
        assert_eq!(
            Problem::new(2, ProblemCode::InvalidDate, "31-02-2020").to_string(),
            "line 2: the date cannot be read (use dd-mm-yyyy or yyyy-mm-dd) (31-02-2020)"
        );
        assert_eq!(
            Problem::new(4, ProblemCode::EmptyName, "").to_string(),
            "line 4: the name is empty"
        );
    }
}
