//! The rules when a newcomer chooses a mentor: the advice the confirmation screen repeats,
//! what must be confirmed or flagged for HR, and what a choice must contain.

use super::{Ambition, CareerPhase, Newcomer, ReportingRelation};
use crate::{DomainError, MentorId, PersonId};
use serde::{Deserialize, Serialize};

/// A source from the article, shown with the advice so HR can trust it. Serialised as the
/// citation itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Citation {
    #[serde(rename = "Burke & McKeen 1997")]
    BurkeMcKeen1997,
    #[serde(rename = "Scandura & Schriesheim 1994")]
    ScanduraSchriesheim1994,
    #[serde(rename = "Van der Heijden 1998")]
    VanDerHeijden1998,
    #[serde(rename = "Van der Sluis 2000")]
    VanDerSluis2000,
}

impl Citation {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BurkeMcKeen1997 => "Burke & McKeen 1997",
            Self::ScanduraSchriesheim1994 => "Scandura & Schriesheim 1994",
            Self::VanDerHeijden1998 => "Van der Heijden 1998",
            Self::VanDerSluis2000 => "Van der Sluis 2000",
        }
    }
}

/// One side of having one's own manager as mentor (domain.md, "Should the manager also be
/// the mentor?"). The UI translates the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Point {
    /// For: frequent personal contact and communication.
    FrequentContact,
    /// For: a positive effect on raises and promotion.
    RaisesAndPromotion,
    /// Against: the manager may not separate the department's interest from the employee's
    /// career interest.
    DepartmentBeforeCareer,
    /// Against: the manager's own success is judged by the team's results, so they may hold
    /// back a valued employee.
    HoldsBackValuedEmployee,
}

impl Point {
    pub fn source(self) -> Citation {
        match self {
            Self::FrequentContact => Citation::BurkeMcKeen1997,
            Self::RaisesAndPromotion => Citation::ScanduraSchriesheim1994,
            Self::DepartmentBeforeCareer | Self::HoldsBackValuedEmployee => Citation::VanDerHeijden1998,
        }
    }
}

/// A point with its source, as the confirmation screen shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Consideration {
    pub point: Point,
    pub source: Citation,
}

impl From<Point> for Consideration {
    fn from(point: Point) -> Self {
        Self {
            point,
            source: point.source(),
        }
    }
}

fn pros() -> Vec<Consideration> {
    [Point::FrequentContact, Point::RaisesAndPromotion]
        .map(Into::into)
        .to_vec()
}

fn cons() -> Vec<Consideration> {
    [Point::DepartmentBeforeCareer, Point::HoldsBackValuedEmployee]
        .map(Into::into)
        .to_vec()
}

/// Advice the app gives, and the confirmation screen repeats, when a newcomer chooses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", rename_all_fields = "camelCase")]
pub enum Advice {
    /// A clear warning: with a horizontal ambition the manager as mentor is the worst fit,
    /// since the manager may hold back a valued employee (Van der Heijden 1998). Needs explicit
    /// confirmation, and the choice is flagged for HR.
    ManagerAsMentorHorizontal { cons: Vec<Consideration> },
    /// Allowed, with the trade-offs: for a vertical ambition the combination is less of a
    /// problem.
    ManagerAsMentorVertical {
        pros: Vec<Consideration>,
        cons: Vec<Consideration>,
    },
    /// Not sure yet: both sides, and that it hurts most if the ambition turns out horizontal.
    ManagerAsMentorUnsure {
        pros: Vec<Consideration>,
        cons: Vec<Consideration>,
    },
    /// The mentor is higher up in the newcomer's reporting line (the manager's manager or
    /// above): the same tension in a milder form; never blocks.
    MentorInReportingLine,
    /// A working informal relationship should not be given up for a new formal one; the app
    /// offers asking HR to formalise it instead.
    KeepInformalMentor { informal_mentor: PersonId },
    /// The chosen mentor is the newcomer's informal mentor: asking HR to formalise the
    /// relationship is the way to do this.
    FormaliseInformalMentor { informal_mentor: PersonId },
    /// Fresh graduates need much feedback and steering, so a coach fits the first years best;
    /// a mentor becomes the sounding board a few years later (Van der Sluis 2000). Never blocks.
    CoachingFitsFirstYears { source: Citation },
}

/// The chosen mentor as the rules see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChosenMentor {
    pub mentor_id: MentorId,
    pub person_id: PersonId,
    /// Capacity minus active mentees, read inside the submitting transaction.
    pub places_available: u32,
}

/// What applies when the newcomer chooses a mentor.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChoiceAdvice {
    /// Every advice that applies, the weightiest first; the confirmation screen repeats them.
    pub warnings: Vec<Advice>,
    /// The newcomer must tick that they read the warning (the manager with a horizontal ambition).
    pub needs_explicit_confirmation: bool,
    /// The choice is recorded and flagged for HR to look at.
    pub flag_for_hr: bool,
    /// Offer "ask HR to formalise my informal mentor" as the choice instead.
    pub offer_formalise_informal: bool,
}

impl ChoiceAdvice {
    fn merge(&mut self, other: ChoiceAdvice) {
        for advice in other.warnings {
            if !self.warnings.contains(&advice) {
                self.warnings.push(advice);
            }
        }
        // A warning about an alternative can outweigh a note about the first choice.
        self.warnings.sort_by_key(Advice::weight);
        self.needs_explicit_confirmation |= other.needs_explicit_confirmation;
        self.flag_for_hr |= other.flag_for_hr;
        self.offer_formalise_informal |= other.offer_formalise_informal;
    }
}

impl Advice {
    /// Lower is weightier: what needs confirmation first, general advice last.
    fn weight(&self) -> u8 {
        match self {
            Self::ManagerAsMentorHorizontal { .. } => 0,
            Self::ManagerAsMentorUnsure { .. } => 1,
            Self::ManagerAsMentorVertical { .. } => 2,
            Self::MentorInReportingLine => 3,
            Self::KeepInformalMentor { .. } | Self::FormaliseInformalMentor { .. } => 4,
            Self::CoachingFitsFirstYears { .. } => 5,
        }
    }
}

/// The advice for `newcomer` choosing `mentor`. Refuses a mentor at capacity and the newcomer
/// themself; everything else is advice, and only the manager with a horizontal ambition needs
/// an explicit confirmation.
pub fn advise(newcomer: &Newcomer, mentor: &ChosenMentor) -> Result<ChoiceAdvice, DomainError> {
    if mentor.person_id == newcomer.person_id {
        return Err(DomainError::ChoiceOfSelf);
    }
    if mentor.places_available == 0 {
        return Err(DomainError::MentorFull(mentor.mentor_id));
    }
    Ok(advise_on_person(newcomer, mentor.person_id))
}

/// The advice for `newcomer` choosing `picks` in order (first choice, then alternatives), as
/// `mentors` stand now. The advice covers every pick, since an alternative may become the
/// match; a piece of advice that several picks share is given once.
pub fn advise_picks(
    newcomer: &Newcomer,
    picks: &[MentorId],
    mentors: &[ChosenMentor],
) -> Result<ChoiceAdvice, DomainError> {
    let alternatives = picks.len().saturating_sub(1);
    if alternatives > MAX_ALTERNATIVES {
        return Err(DomainError::TooManyAlternatives(alternatives));
    }
    if picks.iter().enumerate().any(|(i, id)| picks[..i].contains(id)) {
        return Err(DomainError::DuplicateMentorChoice);
    }
    let mut advice = ChoiceAdvice::default();
    let mut chosen_people: Vec<PersonId> = Vec::with_capacity(picks.len());
    for id in picks {
        let mentor = mentors
            .iter()
            .find(|m| m.mentor_id == *id)
            .ok_or(DomainError::UnknownMentor)?;
        if chosen_people.contains(&mentor.person_id) {
            return Err(DomainError::DuplicateMentorChoice);
        }
        chosen_people.push(mentor.person_id);
        advice.merge(advise(newcomer, mentor)?);
    }
    Ok(advice)
}

/// The advice for making `person` the newcomer's mentor, whether they are chosen from the pool
/// or are the informal mentor to be formalised.
pub(super) fn advise_on_person(newcomer: &Newcomer, person: PersonId) -> ChoiceAdvice {
    let mut advice = ChoiceAdvice::default();
    match newcomer.relation_to(person) {
        Some(ReportingRelation::DirectManager) => match newcomer.intake.ambition {
            Ambition::Horizontal => {
                advice.warnings.push(Advice::ManagerAsMentorHorizontal { cons: cons() });
                advice.needs_explicit_confirmation = true;
                advice.flag_for_hr = true;
            }
            Ambition::Vertical => advice.warnings.push(Advice::ManagerAsMentorVertical {
                pros: pros(),
                cons: cons(),
            }),
            Ambition::Unsure => advice.warnings.push(Advice::ManagerAsMentorUnsure {
                pros: pros(),
                cons: cons(),
            }),
        },
        Some(ReportingRelation::HigherUp) => advice.warnings.push(Advice::MentorInReportingLine),
        None => {}
    }
    if let Some(informal_mentor) = newcomer.intake.informal_mentor {
        advice.warnings.push(if informal_mentor == person {
            Advice::FormaliseInformalMentor { informal_mentor }
        } else {
            Advice::KeepInformalMentor { informal_mentor }
        });
        advice.offer_formalise_informal = true;
    }
    if newcomer.intake.phase == CareerPhase::FreshGraduate {
        advice.warnings.push(Advice::CoachingFitsFirstYears {
            source: Citation::VanDerSluis2000,
        });
    }
    advice
}

/// A first choice and at most this many alternatives.
pub const MAX_ALTERNATIVES: usize = 2;
/// A motivation of at least this many characters is long enough whatever its sentences...
pub const MIN_MOTIVATION_CHARS: usize = 80;
/// ...and so is one of at least this many sentences.
pub const MIN_MOTIVATION_SENTENCES: usize = 2;
/// A motivation is a few sentences for HR and the mentor, not a letter.
pub const MAX_MOTIVATION_CHARS: usize = 2000;
/// Fewer words than this ("Ok.", "Zie boven.") do not make a sentence of a motivation.
const MIN_WORDS_PER_SENTENCE: usize = 3;

/// What the newcomer submits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Choice {
    pub first: MentorId,
    #[serde(default)]
    pub alternatives: Vec<MentorId>,
    pub motivation: String,
    /// The newcomer ticked that they read the warning about their manager as mentor.
    #[serde(default)]
    pub confirmed_manager_warning: bool,
}

/// A choice that passed every rule, with the advice that applies to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidChoice {
    first: MentorId,
    alternatives: Vec<MentorId>,
    motivation: String,
    advice: ChoiceAdvice,
    confirmed_manager_warning: bool,
}

impl Choice {
    /// The first choice, then the alternatives.
    pub fn picks(&self) -> Vec<MentorId> {
        std::iter::once(self.first)
            .chain(self.alternatives.iter().copied())
            .collect()
    }

    /// Checks the choice of `newcomer` against the chosen mentors as they are now (`mentors`
    /// holds at least the first choice and the alternatives; the store reads them inside the
    /// submitting transaction, so two newcomers cannot both take the last place). The advice
    /// is [`advise_picks`]'s.
    pub fn validate(self, newcomer: &Newcomer, mentors: &[ChosenMentor]) -> Result<ValidChoice, DomainError> {
        let advice = advise_picks(newcomer, &self.picks(), mentors)?;
        let motivation = check_motivation(&self.motivation)?;
        if advice.needs_explicit_confirmation && !self.confirmed_manager_warning {
            return Err(DomainError::ConfirmationRequired);
        }
        Ok(ValidChoice {
            first: self.first,
            alternatives: self.alternatives,
            motivation,
            advice,
            confirmed_manager_warning: self.confirmed_manager_warning,
        })
    }
}

impl ValidChoice {
    pub fn first(&self) -> MentorId {
        self.first
    }
    pub fn alternatives(&self) -> &[MentorId] {
        &self.alternatives
    }
    pub fn motivation(&self) -> &str {
        &self.motivation
    }
    pub fn advice(&self) -> &ChoiceAdvice {
        &self.advice
    }
    pub fn confirmed_manager_warning(&self) -> bool {
        self.confirmed_manager_warning
    }
    /// Recorded with the choice so HR sees it among the choices to look at.
    pub fn flag_for_hr(&self) -> bool {
        self.advice.flag_for_hr
    }
}

/// The motivation trimmed, if it says at least a couple of sentences: two sentences of a few
/// words, or 80 characters.
fn check_motivation(raw: &str) -> Result<String, DomainError> {
    let motivation = raw.trim();
    let chars = motivation.chars().count();
    if chars > MAX_MOTIVATION_CHARS {
        return Err(DomainError::MotivationTooLong(MAX_MOTIVATION_CHARS));
    }
    if chars < MIN_MOTIVATION_CHARS && sentences(motivation) < MIN_MOTIVATION_SENTENCES {
        return Err(DomainError::MotivationTooShort);
    }
    Ok(motivation.to_string())
}

/// Sentences of at least a few words, ended by a full stop, question or exclamation mark,
/// a line break, or the end of the text.
fn sentences(text: &str) -> usize {
    text.split(['.', '!', '?', '\n'])
        .filter(|sentence| {
            sentence
                .split_whitespace()
                .filter(|word| word.chars().any(char::is_alphanumeric))
                .count()
                >= MIN_WORDS_PER_SENTENCE
        })
        .count()
}

/// Where a submitted choice stands. Only a submitted choice moves on, and only once.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ChoiceStatus {
    /// Waiting for HR.
    Submitted,
    Approved,
    /// HR declined, and says why.
    Declined {
        reason: String,
    },
    /// HR did not decide in time.
    Expired,
    /// The newcomer took the choice back.
    Withdrawn,
}

impl ChoiceStatus {
    /// The name stored and shown, without the reason.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Approved => "approved",
            Self::Declined { .. } => "declined",
            Self::Expired => "expired",
            Self::Withdrawn => "withdrawn",
        }
    }

    /// A decline with its reason, trimmed; refuses an empty reason.
    pub fn declined(reason: &str) -> Result<Self, DomainError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(DomainError::DeclineNeedsReason);
        }
        Ok(Self::Declined {
            reason: reason.to_string(),
        })
    }

    /// Still waiting for a decision; the newcomer can withdraw it.
    pub fn is_open(&self) -> bool {
        *self == Self::Submitted
    }

    /// Submitted moves to any other status, once; the others are final.
    pub fn can_become(&self, to: &Self) -> bool {
        self.is_open() && !to.is_open()
    }

    pub fn transition_to(self, to: Self) -> Result<Self, DomainError> {
        if !self.can_become(&to) {
            return Err(DomainError::InvalidChoiceTransition {
                from: self.as_str(),
                to: to.as_str(),
            });
        }
        match to {
            Self::Declined { reason } => Self::declined(&reason),
            to => Ok(to),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{intake, mid, newcomer_as, pid};
    use super::super::Intake;
    use super::*;

    const MOTIVATION: &str = "Ik wil breder kijken dan mijn eigen afdeling. Zij heeft die stap zelf gezet.";

    /// Newcomer 1, managed by 2, who is managed by 3.
    fn newcomer(ambition: Ambition, phase: CareerPhase) -> Newcomer {
        newcomer_as(
            pid(1),
            Intake {
                ambition,
                phase,
                manager_id: Some(pid(2)),
                ..intake()
            },
            vec![pid(2), pid(3)],
        )
    }

    fn chosen(person: i64) -> ChosenMentor {
        ChosenMentor {
            mentor_id: mid(person + 100),
            person_id: pid(person),
            places_available: 1,
        }
    }

    fn kinds(advice: &ChoiceAdvice) -> Vec<String> {
        advice
            .warnings
            .iter()
            .map(|a| serde_json::to_value(a).unwrap()["kind"].as_str().unwrap().to_string())
            .collect()
    }

    // domain.md: horizontal ambition and the manager as mentor: a clear warning, explicit
    // confirmation, and the match is flagged for HR (Van der Heijden 1998).
    #[test]
    fn the_manager_as_mentor_with_a_horizontal_ambition_is_warned_confirmed_and_flagged() {
        let advice = advise(&newcomer(Ambition::Horizontal, CareerPhase::MidCareer), &chosen(2)).unwrap();
        assert_eq!(
            advice.warnings,
            [Advice::ManagerAsMentorHorizontal {
                cons: vec![
                    Consideration {
                        point: Point::DepartmentBeforeCareer,
                        source: Citation::VanDerHeijden1998
                    },
                    Consideration {
                        point: Point::HoldsBackValuedEmployee,
                        source: Citation::VanDerHeijden1998
                    },
                ]
            }]
        );
        assert!(advice.needs_explicit_confirmation && advice.flag_for_hr);
        assert!(!advice.offer_formalise_informal);
    }

    // domain.md: vertical: allowed, with the trade-offs shown (Burke & McKeen 1997;
    // Scandura & Schriesheim 1994 for; Van der Heijden 1998 against).
    #[test]
    fn the_manager_as_mentor_with_a_vertical_ambition_is_allowed_with_the_trade_offs() {
        let advice = advise(&newcomer(Ambition::Vertical, CareerPhase::MidCareer), &chosen(2)).unwrap();
        let Advice::ManagerAsMentorVertical { pros, cons } = &advice.warnings[0] else {
            panic!("{advice:?}");
        };
        let sources: Vec<_> = pros.iter().map(|c| c.source.as_str()).collect();
        assert_eq!(sources, ["Burke & McKeen 1997", "Scandura & Schriesheim 1994"]);
        assert_eq!(cons.len(), 2);
        assert!(!advice.needs_explicit_confirmation && !advice.flag_for_hr);
    }

    #[test]
    fn the_manager_as_mentor_when_unsure_shows_both_sides_without_blocking() {
        let advice = advise(&newcomer(Ambition::Unsure, CareerPhase::EarlyCareer), &chosen(2)).unwrap();
        assert!(matches!(
            &advice.warnings[..],
            [Advice::ManagerAsMentorUnsure { pros, cons }] if pros.len() == 2 && cons.len() == 2
        ));
        assert!(!advice.needs_explicit_confirmation && !advice.flag_for_hr);
    }

    #[test]
    fn the_managers_manager_gets_a_milder_note_and_others_none() {
        let newcomer = newcomer(Ambition::Horizontal, CareerPhase::MidCareer);
        let above = advise(&newcomer, &chosen(3)).unwrap();
        assert_eq!(above.warnings, [Advice::MentorInReportingLine]);
        assert!(!above.needs_explicit_confirmation && !above.flag_for_hr);
        assert_eq!(advise(&newcomer, &chosen(9)).unwrap(), ChoiceAdvice::default());
    }

    // domain.md: the app never silently replaces a working informal relationship; it warns
    // and offers to formalise the informal one instead.
    #[test]
    fn an_informal_mentor_is_kept_and_formalising_is_offered() {
        let mut newcomer = newcomer(Ambition::Vertical, CareerPhase::EarlyCareer);
        newcomer.intake.informal_mentor = Some(pid(7));
        let other = advise(&newcomer, &chosen(9)).unwrap();
        assert_eq!(
            other.warnings,
            [Advice::KeepInformalMentor {
                informal_mentor: pid(7)
            }]
        );
        assert!(other.offer_formalise_informal && !other.needs_explicit_confirmation);
        let same = advise(&newcomer, &chosen(7)).unwrap();
        assert_eq!(
            same.warnings,
            [Advice::FormaliseInformalMentor {
                informal_mentor: pid(7)
            }]
        );
        assert!(same.offer_formalise_informal);
    }

    // domain.md: fresh graduates: a coach fits the first years better (Van der Sluis 2000),
    // suggested too, without blocking a mentor.
    #[test]
    fn a_fresh_graduate_hears_that_coaching_fits_the_first_years_and_may_go_on() {
        let advice = advise(&newcomer(Ambition::Unsure, CareerPhase::FreshGraduate), &chosen(9)).unwrap();
        assert_eq!(
            advice.warnings,
            [Advice::CoachingFitsFirstYears {
                source: Citation::VanDerSluis2000
            }]
        );
        assert!(!advice.needs_explicit_confirmation && !advice.flag_for_hr);
        let json = serde_json::to_value(&advice.warnings[0]).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "coaching_fits_first_years", "source": "Van der Sluis 2000"})
        );
    }

    #[test]
    fn every_piece_of_advice_applies_together_weightiest_first() {
        let mut newcomer = newcomer(Ambition::Horizontal, CareerPhase::FreshGraduate);
        newcomer.intake.informal_mentor = Some(pid(7));
        let advice = advise(&newcomer, &chosen(2)).unwrap();
        assert_eq!(
            kinds(&advice),
            [
                "manager_as_mentor_horizontal",
                "keep_informal_mentor",
                "coaching_fits_first_years"
            ]
        );
        assert!(advice.needs_explicit_confirmation && advice.flag_for_hr && advice.offer_formalise_informal);
    }

    #[test]
    fn a_mentor_at_capacity_or_oneself_cannot_be_chosen() {
        let newcomer = newcomer(Ambition::Vertical, CareerPhase::MidCareer);
        let full = ChosenMentor {
            places_available: 0,
            ..chosen(9)
        };
        let err = advise(&newcomer, &full).unwrap_err();
        assert_eq!(err, DomainError::MentorFull(mid(109)));
        assert_eq!(err.code(), "choice.mentor_full");
        assert_eq!(advise(&newcomer, &chosen(1)).unwrap_err().code(), "choice.self");
    }

    fn choice(first: i64, alternatives: &[i64]) -> Choice {
        Choice {
            first: mid(first + 100),
            alternatives: alternatives.iter().map(|p| mid(p + 100)).collect(),
            motivation: MOTIVATION.into(),
            confirmed_manager_warning: false,
        }
    }

    fn pool() -> Vec<ChosenMentor> {
        (1..=9).map(chosen).collect()
    }

    #[test]
    fn a_choice_has_a_first_pick_and_up_to_two_distinct_alternatives() {
        let newcomer = newcomer(Ambition::Vertical, CareerPhase::MidCareer);
        let valid = choice(9, &[8, 7]).validate(&newcomer, &pool()).unwrap();
        assert_eq!(
            (valid.first(), valid.alternatives()),
            (mid(109), &[mid(108), mid(107)][..])
        );
        assert_eq!(valid.motivation(), MOTIVATION);
        assert!(!valid.flag_for_hr());
        let code = |c: Choice| c.validate(&newcomer, &pool()).unwrap_err().code();
        assert_eq!(code(choice(9, &[8, 7, 6])), "choice.too_many_alternatives");
        assert_eq!(code(choice(9, &[8, 9])), "choice.duplicate_mentor");
        assert_eq!(code(choice(9, &[8, 8])), "choice.duplicate_mentor");
        assert_eq!(code(choice(9, &[1])), "choice.self");
        assert_eq!(code(choice(9, &[42])), "mentor.not_found");
    }

    #[test]
    fn a_full_alternative_is_refused_too() {
        let newcomer = newcomer(Ambition::Vertical, CareerPhase::MidCareer);
        let mut pool = pool();
        pool[7].places_available = 0; // person 8
        assert_eq!(
            choice(9, &[8]).validate(&newcomer, &pool).unwrap_err(),
            DomainError::MentorFull(mid(108))
        );
    }

    #[test]
    fn a_motivation_needs_a_couple_of_sentences() {
        let newcomer = newcomer(Ambition::Vertical, CareerPhase::MidCareer);
        let with = |motivation: &str| {
            Choice {
                motivation: motivation.into(),
                ..choice(9, &[])
            }
            .validate(&newcomer, &pool())
        };
        for short in [
            "",
            "   ",
            "Lijkt me leuk.",
            "Ok. Prima. Goed!",
            "Zij kent de weg naar boven",
        ] {
            assert_eq!(
                with(short).unwrap_err().code(),
                "choice.motivation_too_short",
                "{short:?}"
            );
        }
        for enough in [
            "Ik wil leiding geven. Zij heeft dat zelf geleerd.",
            "Ik wil leiding geven\nzij heeft dat zelf geleerd",
            "Ik zoek iemand die de weg naar een leidinggevende functie kent en daar eerlijk over vertelt",
        ] {
            assert!(with(enough).is_ok(), "{enough:?}");
        }
        assert_eq!(
            with(&"a".repeat(2001)).unwrap_err().code(),
            "choice.motivation_too_long"
        );
        assert_eq!(
            with("  Ik wil groeien. Zij kan helpen.  ").unwrap().motivation(),
            "Ik wil groeien. Zij kan helpen."
        );
    }

    #[test]
    fn the_manager_with_a_horizontal_ambition_must_be_confirmed_even_as_an_alternative() {
        let newcomer = newcomer(Ambition::Horizontal, CareerPhase::MidCareer);
        let err = choice(9, &[2]).validate(&newcomer, &pool()).unwrap_err();
        assert_eq!(err.code(), "choice.confirmation_required");
        let confirmed = Choice {
            confirmed_manager_warning: true,
            ..choice(9, &[2])
        }
        .validate(&newcomer, &pool())
        .unwrap();
        assert!(confirmed.flag_for_hr() && confirmed.confirmed_manager_warning());
        assert_eq!(kinds(confirmed.advice()), ["manager_as_mentor_horizontal"]);
    }

    #[test]
    fn advice_over_several_picks_is_not_repeated_and_the_weightiest_comes_first() {
        let mut newcomer = newcomer(Ambition::Vertical, CareerPhase::FreshGraduate);
        newcomer.intake.informal_mentor = Some(pid(7));
        let valid = choice(9, &[8, 7]).validate(&newcomer, &pool()).unwrap();
        assert_eq!(
            kinds(valid.advice()),
            [
                "keep_informal_mentor",
                "formalise_informal_mentor",
                "coaching_fits_first_years"
            ]
        );
    }

    #[test]
    fn a_submitted_choice_is_decided_once_or_withdrawn() {
        use ChoiceStatus::*;
        assert_eq!(Submitted.transition_to(Approved), Ok(Approved));
        assert_eq!(Submitted.transition_to(Withdrawn), Ok(Withdrawn));
        assert_eq!(Submitted.transition_to(Expired), Ok(Expired));
        let declined = ChoiceStatus::declined("  Mentor gaat met verlof ").unwrap();
        assert_eq!(
            Submitted.transition_to(declined),
            Ok(Declined {
                reason: "Mentor gaat met verlof".into()
            })
        );
        assert_eq!(
            Submitted
                .transition_to(Declined { reason: " ".into() })
                .unwrap_err()
                .code(),
            "choice.decline_needs_reason"
        );
        assert_eq!(
            Approved.transition_to(Withdrawn).unwrap_err(),
            DomainError::InvalidChoiceTransition {
                from: "approved",
                to: "withdrawn"
            }
        );
        assert!(Submitted.transition_to(Submitted).is_err());
        assert!(!Withdrawn.is_open());
    }

    #[test]
    fn statuses_serialise_with_a_status_tag() {
        let json = serde_json::to_value(ChoiceStatus::Declined { reason: "Vol".into() }).unwrap();
        assert_eq!(json, serde_json::json!({"status": "declined", "reason": "Vol"}));
        assert_eq!(
            serde_json::to_value(ChoiceStatus::Submitted).unwrap(),
            serde_json::json!({"status": "submitted"})
        );
    }
}
