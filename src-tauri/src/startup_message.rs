//! Why the window cannot open, in the user's language. The texts are the UI's own
//! dictionaries, so each message is written once.

use mentorpool_store::StoreError;

const NL: &str = include_str!("../../ui/i18n/nl.json");
const EN: &str = include_str!("../../ui/i18n/en.json");

/// The title and text of the message box for `err`, in the OS language.
pub fn startup_message(err: &StoreError) -> (String, String) {
    let dutch = sys_locale::get_locales()
        .next()
        .is_some_and(|locale| locale.to_lowercase().starts_with("nl"));
    translate(err, if dutch { NL } else { EN })
}

fn translate(err: &StoreError, dictionary: &str) -> (String, String) {
    let texts: serde_json::Value = serde_json::from_str(dictionary).unwrap_or_default();
    let text = |key: &str| texts.get(key).and_then(|v| v.as_str()).map(str::to_string);
    let title = text("startup.failedTitle").unwrap_or_else(|| "Mentorpool".into());
    let path = err.path().map(|p| p.display().to_string()).unwrap_or_default();
    let body = text(&format!("error.{}", err.code()))
        .map(|template| template.replace("{path}", &path))
        // A code without a translation still tells the user something true.
        .unwrap_or_else(|| err.to_string());
    (title, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn every_startup_error() -> Vec<StoreError> {
        let path = PathBuf::from("/data/mentorpool");
        vec![
            StoreError::SchemaTooNew { found: 9, supported: 1 },
            StoreError::NotADatabase(path.clone()),
            StoreError::DataDirOnNetwork {
                path: path.clone(),
                kind: "cifs".into(),
            },
            StoreError::DataDirInUse(path.clone()),
            StoreError::DataDirUnusable {
                path,
                source: std::io::Error::other("denied"),
            },
            StoreError::NoDataDir,
        ]
    }

    #[test]
    fn every_startup_error_has_a_translation_in_both_languages() {
        for dictionary in [NL, EN] {
            for err in every_startup_error() {
                let (title, body) = translate(&err, dictionary);
                assert!(!title.is_empty());
                assert_ne!(body, err.to_string(), "{} lacks a translation", err.code());
                assert!(!body.contains('{'), "unfilled placeholder in {body}");
            }
        }
    }

    #[test]
    fn the_message_names_the_folder() {
        let (_, body) = translate(&StoreError::DataDirInUse(PathBuf::from("/srv/hr")), NL);
        assert!(body.contains("/srv/hr") && body.contains("andere Mentorpool"), "{body}");
    }
}
