//! Matching a newcomer with a mentor: the intake, the ranked suggestions with their reasons,
//! and the rules that apply when the newcomer chooses.
//!
//! Everything here is a pure, deterministic function of its input, so the same newcomer sees
//! the same list on every screen and every test can state exactly what it expects. The rules
//! come from the article (`docs/domain.md`): newcomers choose themselves, because having a say
//! goes with better outcomes (Allen, Eby & Lentz 2006) and similarity predicts the quality of
//! the relationship best (Eby et al. 2013).

mod formalise;
mod intake;
mod lifecycle;
mod newcomer;
mod rank;
mod reasons;
mod rules;
mod shortlist;

pub use formalise::{advise_formalise, formalise_note};
pub use intake::{Ambition, CareerPhase, Intake};
pub use lifecycle::{expires_on, ChoiceKind, CHOICE_VALID_DAYS};
pub use newcomer::{Newcomer, ReportingRelation};
pub use rank::{rank, MentorCandidate, Suggestion};
pub use reasons::{
    Reason, HORIZONTAL_MOVE_ANY, HORIZONTAL_MOVE_YOUR_DEPARTMENT, MOVE_FOR_UNSURE, NEAR_TIE, ORGANISATION_LANGUAGE,
    OTHER_DEPARTMENT, SAME_MEETING_MODE, SHARED_TOPIC, SPEAKS_LANGUAGE, VERTICAL_MOVE,
};
pub use rules::{
    advise, advise_picks, Advice, Choice, ChoiceAdvice, ChoiceStatus, ChosenMentor, Citation, Consideration, Point,
    ValidChoice, MAX_ALTERNATIVES, MAX_MOTIVATION_CHARS, MIN_MOTIVATION_CHARS, MIN_MOTIVATION_SENTENCES,
};
pub use shortlist::{tidy_note, MAX_NOTE_CHARS};

use crate::fold_for_search;

/// The form two labels are compared in: case and diacritics folded the way search folds them
/// ("Financiën" is "financien"), runs of white space collapsed to one space, none at the ends.
/// The store matches an intake's topics with the vocabulary in this form too.
pub fn fold_key(text: &str) -> String {
    if text.is_ascii() {
        // The common case, and the same result as `fold_for_search` gives for ASCII.
        let mut key = String::with_capacity(text.len());
        for word in text.split_whitespace() {
            if !key.is_empty() {
                key.push(' ');
            }
            key.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        }
        key
    } else {
        fold_for_search(text).split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Whether `raw` folds to `key` (a [`fold_key`]).
#[cfg(test)]
pub(crate) fn folds_to(raw: &str, key: &str) -> bool {
    ascii_decides(raw, key).unwrap_or_else(|| fold_key(raw) == key)
}

/// Whether `raw` folds to `key` (a [`fold_key`]), if its ASCII start decides it; `None` when
/// `raw` agrees with `key` up to a letter that is not ASCII, which needs the full fold.
///
/// Ranking compares thousands of mentor labels per call and nearly all differ within the
/// first letters, so this walks the bytes without allocating and stops at the first
/// difference. The ASCII start decides alone because folding a later letter never changes
/// what an earlier one folds to (decomposition only reorders combining marks, which go).
pub(crate) fn ascii_decides(raw: &str, key: &str) -> Option<bool> {
    let wanted = key.as_bytes();
    let mut at = 0;
    let mut space = false;
    for &byte in raw.as_bytes() {
        if !byte.is_ascii() {
            return None;
        }
        if char::from(byte).is_whitespace() {
            space = at > 0;
            continue;
        }
        if space {
            if wanted.get(at) != Some(&b' ') {
                return Some(false);
            }
            at += 1;
            space = false;
        }
        if wanted.get(at) != Some(&byte.to_ascii_lowercase()) {
            return Some(false);
        }
        at += 1;
    }
    Some(at == wanted.len())
}

/// SplitMix64's finaliser: a small, well-mixed hash, enough to rotate ties fairly. Inline so
/// the order never depends on a library's or a platform's hasher.
pub(crate) fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Builders the tests share: newcomer 1 with an empty intake, and mentor `n` who is person
/// `100 + n` with two places and nothing else.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::{Ambition, CareerPhase, Intake, MentorCandidate, Newcomer};
    use crate::profile::{CareerMove, MoveDirection};
    use crate::{LanguageCode, MentorId, PersonId};

    pub fn pid(raw: i64) -> PersonId {
        PersonId::new(raw)
    }

    pub fn mid(raw: i64) -> MentorId {
        MentorId::new(raw)
    }

    pub fn language(code: &str) -> LanguageCode {
        LanguageCode::parse(code).unwrap()
    }

    pub fn intake() -> Intake {
        Intake {
            phase: CareerPhase::EarlyCareer,
            ambition: Ambition::Unsure,
            topics: vec![],
            preferred_language: None,
            meeting_mode: None,
            department: String::new(),
            manager_id: None,
            informal_mentor: None,
        }
    }

    pub fn newcomer(intake: Intake) -> Newcomer {
        newcomer_as(pid(1), intake, vec![])
    }

    pub fn newcomer_as(person: PersonId, intake: Intake, reporting_line: Vec<PersonId>) -> Newcomer {
        Newcomer::new(person, intake, reporting_line).unwrap()
    }

    pub fn mentor(n: i64) -> MentorCandidate {
        MentorCandidate {
            mentor_id: mid(n),
            person_id: pid(100 + n),
            name: format!("Mentor {n}"),
            department: String::new(),
            job_title: "Senior adviseur".into(),
            expertise: vec![],
            topics: vec![],
            languages: vec![],
            meeting_mode: None,
            career_path: vec![],
            places_available: 2,
        }
    }

    /// A move between departments, with roles named after them.
    pub fn mv(year: Option<i32>, from: &str, to: &str, direction: MoveDirection) -> CareerMove {
        CareerMove {
            year,
            from_role: format!("Adviseur {from}"),
            to_role: format!("Adviseur {to}"),
            from_department: from.into(),
            to_department: to.into(),
            direction,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_to_agrees_with_comparing_fold_keys() {
        let labels = [
            "Omgevingswet",
            " omgevingswet ",
            "Omgevings wet",
            "Financiën & control",
            "FINANCIEN  &  CONTROL",
            "Financieel",
            "Zoë",
            "zoe",
            "Straße",
            "strasse",
            "a \u{301}",
            "a",
            "",
            "\u{a0}x\u{a0}",
            "x",
        ];
        for raw in labels {
            for other in labels {
                let key = fold_key(other);
                assert_eq!(folds_to(raw, &key), fold_key(raw) == key, "{raw:?} vs {other:?}");
            }
        }
    }

    #[test]
    fn fold_key_agrees_with_search_folding() {
        for text in [
            "Omgevingswet",
            "Financiën & control",
            "Zoë Çelik",
            "  Project   management ",
        ] {
            assert_eq!(
                fold_key(text),
                fold_for_search(text).split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
        assert_eq!(fold_key(" Project  MANAGEMENT "), "project management");
        assert_eq!(fold_key("Financiën"), "financien");
    }

    #[test]
    fn folds_to_matches_ignoring_case_diacritics_and_spacing() {
        assert!(folds_to("Project  Management", "project management"));
        assert!(folds_to("Financiën", "financien"));
        assert!(folds_to("FINANCIEN", "financien"));
        assert!(!folds_to("Project", "project management"));
        assert!(!folds_to("Project management plus", "project management"));
        assert!(folds_to("  ", ""));
        assert!(!folds_to("x", ""));
        assert!(folds_to(" Financiën\t& control ", "financien & control"));
        assert!(!folds_to("Financiën", "financieel"));
        assert!(!folds_to("Omgevingswet", "financien"));
        assert!(folds_to("\u{0130}zmir", &fold_key("\u{0130}zmir")));
    }

    #[test]
    fn splitmix_spreads_neighbouring_numbers() {
        assert!((splitmix64(1) ^ splitmix64(2)).count_ones() > 16);
        assert_eq!(splitmix64(42), splitmix64(42));
    }
}
