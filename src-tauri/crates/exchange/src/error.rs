use crate::Problem;
use mentorpool_domain::PersonId;
use mentorpool_store::StoreError;
use thiserror::Error;

/// Everything that can stop an exchange with a file. Each variant has a stable `code` the UI
/// branches on and translates.
#[derive(Debug, Error)]
pub enum ExchangeError {
    /// The file has problems; nothing was changed. Each problem names its line.
    #[error("{} problem(s) in the file, nothing was changed: {}", .0.len(), list(.0))]
    Invalid(Vec<Problem>),
    /// HR decided about a person who is not (or no longer) missing from the file; the preview
    /// it was based on is out of date.
    #[error("person {0} is not missing from the file; preview the import again")]
    NotMissing(PersonId),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ExchangeError {
    /// The stable code the UI translates.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Invalid(_) => "import.invalid",
            Self::NotMissing(_) => "import.not_missing",
            Self::Store(err) => err.code(),
        }
    }

    /// The problems to list, when the file was refused for them.
    pub fn problems(&self) -> &[Problem] {
        match self {
            Self::Invalid(problems) => problems,
            _ => &[],
        }
    }
}

fn list(problems: &[Problem]) -> String {
    problems.iter().map(Problem::to_string).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ProblemCode;

    #[test]
    fn codes_are_stable_and_store_codes_pass_through() {
        let invalid = ExchangeError::Invalid(vec![Problem::new(3, ProblemCode::InvalidEmail, "jan@")]);
        assert_eq!(invalid.code(), "import.invalid");
        assert_eq!(invalid.problems().len(), 1);
        assert_eq!(
            invalid.to_string(),
            "1 problem(s) in the file, nothing was changed: line 3: the e-mail address is not valid (jan@)"
        );
        assert_eq!(ExchangeError::NotMissing(PersonId::new(4)).code(), "import.not_missing");
        assert_eq!(ExchangeError::from(StoreError::NoDataDir).code(), "store.no_data_dir");
    }
}
