use crate::DomainError;
use serde::{Deserialize, Serialize};

/// An ISO 639 language code in lower case, such as `nl` or `en`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let code = raw.trim().to_ascii_lowercase();
        if (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase()) {
            Ok(Self(code))
        } else {
            Err(DomainError::InvalidLanguage(raw.to_string()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for LanguageCode {
    type Error = DomainError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<LanguageCode> for String {
    fn from(code: LanguageCode) -> Self {
        code.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_space() {
        assert_eq!(LanguageCode::parse(" NL ").unwrap().as_str(), "nl");
    }

    #[test]
    fn refuses_names_and_digits() {
        for bad in ["Nederlands", "e", "n1", ""] {
            assert_eq!(LanguageCode::parse(bad), Err(DomainError::InvalidLanguage(bad.into())));
        }
    }
}
