use serde::{Deserialize, Serialize};

/// The languages the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UiLanguage {
    Nl,
    En,
}

impl UiLanguage {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Nl => "nl",
            Self::En => "en",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Nl, Self::En].into_iter().find(|lang| lang.as_str() == raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_it_writes() {
        for lang in [UiLanguage::Nl, UiLanguage::En] {
            assert_eq!(UiLanguage::parse(lang.as_str()), Some(lang));
            assert_eq!(serde_json::to_string(&lang).unwrap(), format!("\"{}\"", lang.as_str()));
        }
        assert_eq!(UiLanguage::parse("de"), None);
    }
}
