use thiserror::Error;

/// A rule of the domain that the input breaks. Each variant has a stable `code` that the UI
/// translates, so the message text here is for logs and the CLI only.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DomainError {
    #[error("the name is empty")]
    EmptyName,
    #[error("'{0}' is not a valid e-mail address")]
    InvalidEmail(String),
    #[error("e-mail address '{0}' is already in use")]
    DuplicateEmail(String),
    #[error("the employee number is empty")]
    EmptyEmployeeNumber,
    #[error("employee number '{0}' is already in use")]
    DuplicateEmployeeNumber(String),
    #[error("a person cannot be their own manager")]
    SelfManager,
    #[error("this manager would create a management cycle")]
    ManagementCycle,
    #[error("the manager does not exist")]
    UnknownManager,
    #[error("'{0}' is not a language code (use two or three letters, such as nl or en)")]
    InvalidLanguage(String),
    #[error("career start year {0} is not plausible")]
    ImplausibleCareerStartYear(i32),
    #[error("capacity {0} is outside 0 to 10")]
    CapacityOutOfRange(i64),
    #[error("this person is already a mentor")]
    AlreadyMentor,
    #[error("a mentor cannot go from {from} to {to}")]
    InvalidStatusTransition { from: &'static str, to: &'static str },
    #[error("expertise tag is empty")]
    EmptyExpertise,
    #[error("the person does not exist")]
    UnknownPerson,
    #[error("the mentor does not exist")]
    UnknownMentor,
}

impl DomainError {
    /// The stable code the UI branches on and translates.
    pub fn code(&self) -> &'static str {
        match self {
            Self::EmptyName => "person.empty_name",
            Self::InvalidEmail(_) => "person.invalid_email",
            Self::DuplicateEmail(_) => "person.duplicate_email",
            Self::EmptyEmployeeNumber => "person.empty_employee_number",
            Self::DuplicateEmployeeNumber(_) => "person.duplicate_employee_number",
            Self::SelfManager => "person.self_manager",
            Self::ManagementCycle => "person.management_cycle",
            Self::UnknownManager => "person.unknown_manager",
            Self::InvalidLanguage(_) => "person.invalid_language",
            Self::ImplausibleCareerStartYear(_) => "person.implausible_career_start",
            Self::CapacityOutOfRange(_) => "mentor.capacity_out_of_range",
            Self::AlreadyMentor => "mentor.already_mentor",
            Self::InvalidStatusTransition { .. } => "mentor.invalid_status_transition",
            Self::EmptyExpertise => "mentor.empty_expertise",
            Self::UnknownPerson => "person.not_found",
            Self::UnknownMentor => "mentor.not_found",
        }
    }
}
