//! Asking HR to formalise the informal mentor a newcomer already has: the app's way of never
//! silently replacing a working informal relationship with a new formal one (domain.md).

use super::rules::advise_on_person;
use super::{ChoiceAdvice, Newcomer, MAX_MOTIVATION_CHARS};
use crate::DomainError;

/// The advice HR sees with the request: the same rules as choosing that person from the pool.
///
/// The two already meet, so formalising changes nothing the newcomer would have to confirm
/// first; when the informal mentor is their manager and the ambition horizontal, the request
/// is still flagged, so HR weighs it (Van der Heijden 1998).
pub fn advise_formalise(newcomer: &Newcomer) -> Result<ChoiceAdvice, DomainError> {
    let informal_mentor = newcomer.intake.informal_mentor.ok_or(DomainError::NoInformalMentor)?;
    Ok(ChoiceAdvice {
        needs_explicit_confirmation: false,
        // This request is the offer itself.
        offer_formalise_informal: false,
        ..advise_on_person(newcomer, informal_mentor)
    })
}

/// The newcomer's note with the request, trimmed. It may be empty: the relationship speaks
/// for itself, unlike a choice from the pool, which needs a motivation.
pub fn formalise_note(raw: &str) -> Result<String, DomainError> {
    let note = raw.trim();
    if note.chars().count() > MAX_MOTIVATION_CHARS {
        return Err(DomainError::MotivationTooLong(MAX_MOTIVATION_CHARS));
    }
    Ok(note.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{intake, newcomer_as, pid};
    use super::super::{Advice, Ambition, CareerPhase, Intake};
    use super::*;

    fn with_informal(ambition: Ambition, informal: Option<i64>) -> Newcomer {
        newcomer_as(
            pid(1),
            Intake {
                ambition,
                phase: CareerPhase::FreshGraduate,
                manager_id: Some(pid(2)),
                informal_mentor: informal.map(pid),
                ..intake()
            },
            vec![pid(2)],
        )
    }

    #[test]
    fn formalising_needs_an_informal_mentor() {
        let err = advise_formalise(&with_informal(Ambition::Vertical, None)).unwrap_err();
        assert_eq!(err.code(), "choice.no_informal_mentor");
    }

    #[test]
    fn formalising_repeats_the_advice_of_choosing_that_person() {
        let advice = advise_formalise(&with_informal(Ambition::Vertical, Some(7))).unwrap();
        assert!(matches!(
            advice.warnings[..],
            [
                Advice::FormaliseInformalMentor { .. },
                Advice::CoachingFitsFirstYears { .. }
            ]
        ));
        assert!(!advice.flag_for_hr && !advice.offer_formalise_informal);
    }

    #[test]
    fn formalising_the_manager_with_a_horizontal_ambition_is_flagged_without_a_confirmation() {
        let advice = advise_formalise(&with_informal(Ambition::Horizontal, Some(2))).unwrap();
        assert!(matches!(advice.warnings[0], Advice::ManagerAsMentorHorizontal { .. }));
        assert!(advice.flag_for_hr && !advice.needs_explicit_confirmation);
    }

    #[test]
    fn the_note_is_trimmed_may_be_empty_and_has_a_limit() {
        assert_eq!(
            formalise_note("  We spreken elkaar al een jaar.  ").unwrap(),
            "We spreken elkaar al een jaar."
        );
        assert_eq!(formalise_note("   ").unwrap(), "");
        assert_eq!(
            formalise_note(&"a".repeat(2001)).unwrap_err().code(),
            "choice.motivation_too_long"
        );
    }
}
