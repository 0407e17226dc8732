//! The ranked list of suggested mentors for one newcomer.

use super::reasons::{Fit, Folds, Wanted, NEAR_TIE};
use super::{splitmix64, Newcomer, Reason, ReportingRelation};
use crate::profile::{CareerMove, MeetingMode};
use crate::{LanguageCode, MentorId, PersonId};
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;

/// An approved mentor as ranking sees them. The store hands in only approved mentors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MentorCandidate {
    pub mentor_id: MentorId,
    pub person_id: PersonId,
    pub name: String,
    pub department: String,
    pub job_title: String,
    #[serde(default)]
    pub expertise: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub languages: Vec<LanguageCode>,
    #[serde(default)]
    pub meeting_mode: Option<MeetingMode>,
    #[serde(default)]
    pub career_path: Vec<CareerMove>,
    /// Capacity minus active mentees; a mentor without places is never suggested.
    pub places_available: u32,
}

/// One suggested mentor, with the reasons to show on the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    pub mentor_id: MentorId,
    /// The sum of the weights of the reasons (see [`super::SHARED_TOPIC`] and the weights after
    /// it); higher fits better. The informal mentor leads and near ties rotate, so the list is
    /// not strictly by score.
    pub score: u32,
    /// Strongest first.
    pub reasons: Vec<Reason>,
    /// Set when the mentor is the newcomer's direct manager or higher up in their reporting
    /// line; such suggestions come after all others, and the UI shows the rule's explanation.
    pub relation: Option<ReportingRelation>,
}

/// Ranks `candidates` for `newcomer`: pure and deterministic, and independent of the order the
/// candidates come in.
///
/// - Mentors without places, and the newcomer themself, are left out.
/// - The newcomer's informal mentor, if in the pool, comes first: a working informal
///   relationship is never silently replaced by a new formal one.
/// - The others follow by score, best first. Scores within [`NEAR_TIE`] of the best of their
///   band form one band, ordered by a rotation seeded per newcomer, so that a popular mentor
///   is not shown first to everyone, while the same newcomer always sees the same order.
/// - The direct manager and everyone above in the reporting line come last, in the same list
///   so that compare and choose work on one order, marked with `relation`: direct manager
///   first, then upwards; by score among equals. They are not hidden, because the article
///   allows the manager as mentor for a vertical ambition; they are never ranked above the
///   others, because for a horizontal ambition a manager may hold back a valued employee
///   (Van der Heijden 1998). The UI can start a separate group at the first `relation`.
pub fn rank(newcomer: &Newcomer, candidates: &[MentorCandidate]) -> Vec<Suggestion> {
    let wanted = Wanted::new(newcomer);
    let mut folds = Folds::default();
    let seed = splitmix64(newcomer.person_id.get() as u64);

    // Score and sort small entries; build the reasons once, in the final order.
    let mut open = Vec::with_capacity(candidates.len());
    let mut line = Vec::new();
    for (index, mentor) in candidates.iter().enumerate() {
        if mentor.places_available == 0 || mentor.person_id == newcomer.person_id {
            continue;
        }
        let fit = wanted.fit(mentor, &mut folds);
        let relation = newcomer.relation_to(mentor.person_id);
        let entry = Entry {
            index,
            fit,
            score: wanted.score(&fit),
            relation,
            turn: splitmix64(seed ^ mentor.mentor_id.get() as u64),
            id: mentor.mentor_id,
            group: 0,
        };
        if relation.is_some() {
            // Direct manager first, then upwards.
            let distance = newcomer.reporting_line.iter().position(|id| *id == mentor.person_id);
            line.push(Entry {
                group: distance.map_or(0, |d| u32::try_from(d).unwrap_or(u32::MAX)),
                ..entry
            });
        } else if newcomer.is_informal_mentor(mentor.person_id) {
            open.push(entry); // group 0, ahead of every band
        } else {
            open.push(Entry {
                group: u32::MAX, // set below
                ..entry
            });
        }
    }

    // Near-tie bands: the best score leads band 1, every score within NEAR_TIE of it joins,
    // the first score below starts band 2, and so on.
    let mut scores: Vec<u32> = open.iter().filter(|e| e.group != 0).map(|e| e.score).collect();
    scores.sort_unstable_by(|a, b| b.cmp(a));
    scores.dedup();
    let mut leaders: Vec<u32> = Vec::new();
    for score in scores {
        if leaders.last().is_none_or(|best| score + NEAR_TIE < *best) {
            leaders.push(score);
        }
    }
    for entry in open.iter_mut().filter(|e| e.group != 0) {
        // Leaders descend, so "starts above this score" holds for a prefix of them.
        let band = leaders.partition_point(|leader| leader.saturating_sub(NEAR_TIE) > entry.score);
        entry.group = u32::try_from(band + 1).unwrap_or(u32::MAX);
    }
    open.sort_unstable_by_key(|e| (e.group, e.turn, e.id));
    line.sort_unstable_by_key(|e| (e.relation, e.group, Reverse(e.score), e.turn, e.id));

    open.iter()
        .chain(&line)
        .map(|e| {
            let mentor = &candidates[e.index];
            Suggestion {
                mentor_id: mentor.mentor_id,
                score: e.score,
                reasons: wanted.reasons(mentor, &e.fit),
                relation: e.relation,
            }
        })
        .collect()
}

/// One mentor while ranking.
struct Entry {
    index: usize,
    fit: Fit,
    score: u32,
    relation: Option<ReportingRelation>,
    /// This mentor's place in the newcomer's rotation.
    turn: u64,
    id: MentorId,
    /// Outside the reporting line: 0 for the informal mentor, else the near-tie band from 1.
    /// In it: the steps up from the newcomer.
    group: u32,
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{intake, mentor, mid, mv, newcomer, newcomer_as, pid};
    use super::super::{Ambition, Intake, SHARED_TOPIC};
    use super::*;
    use crate::profile::MoveDirection;
    use std::collections::HashMap;

    fn ids(list: &[Suggestion]) -> Vec<i64> {
        list.iter().map(|s| s.mentor_id.get()).collect()
    }

    fn with_topics(id: i64, topics: &[&str]) -> MentorCandidate {
        MentorCandidate {
            expertise: topics.iter().map(|t| t.to_string()).collect(),
            ..mentor(id)
        }
    }

    fn three_topics() -> Intake {
        Intake {
            topics: vec!["Omgevingswet".into(), "Waterkwaliteit".into(), "Leiderschap".into()],
            ..intake()
        }
    }

    // Similarity predicts the quality of the relationship best (Eby et al. 2013).
    #[test]
    fn more_shared_topics_rank_higher_than_any_other_reason() {
        let newcomer = newcomer(Intake {
            ambition: Ambition::Horizontal,
            department: "Financiën".into(),
            preferred_language: Some(super::super::fixtures::language("en")),
            meeting_mode: Some(MeetingMode::Online),
            ..three_topics()
        });
        let everything_but_topics = MentorCandidate {
            department: "Beleid".into(),
            career_path: vec![mv(Some(2015), "Financiën", "Beleid", MoveDirection::Horizontal)],
            languages: vec![super::super::fixtures::language("en")],
            meeting_mode: Some(MeetingMode::Online),
            ..with_topics(1, &["Omgevingswet"])
        };
        let two_topics = MentorCandidate {
            department: "Financiën".into(),
            ..with_topics(2, &["omgevingswet", "LEIDERSCHAP"])
        };
        let none = mentor(3);
        let list = rank(&newcomer, &[none, everything_but_topics, two_topics]);
        assert_eq!(ids(&list), [2, 1, 3]);
        assert_eq!(list[0].score, 2 * SHARED_TOPIC);
    }

    #[test]
    fn a_fitting_career_move_comes_before_an_outside_view() {
        let newcomer = newcomer(Intake {
            ambition: Ambition::Horizontal,
            department: "Financiën".into(),
            ..three_topics()
        });
        let moved = MentorCandidate {
            department: "Financiën".into(),
            career_path: vec![mv(Some(2015), "ICT", "Financiën", MoveDirection::Horizontal)],
            ..with_topics(1, &["Omgevingswet"])
        };
        let outside = MentorCandidate {
            department: "Waterbeheer".into(),
            ..with_topics(2, &["Omgevingswet"])
        };
        assert_eq!(ids(&rank(&newcomer, &[outside, moved])), [1, 2]);
    }

    #[test]
    fn mentors_without_places_and_the_newcomer_themself_are_left_out() {
        let newcomer = newcomer_as(pid(50), three_topics(), vec![]);
        let full = MentorCandidate {
            places_available: 0,
            ..with_topics(1, &["Omgevingswet"])
        };
        let me = MentorCandidate {
            person_id: pid(50),
            ..with_topics(2, &["Omgevingswet"])
        };
        let open = mentor(3);
        assert_eq!(ids(&rank(&newcomer, &[full, me, open])), [3]);
    }

    // domain.md: the manager may not separate the department's interest from the employee's
    // career interest (Van der Heijden 1998); never silently ranked first.
    #[test]
    fn the_reporting_line_comes_after_everyone_else_however_well_it_fits() {
        let newcomer = newcomer_as(pid(1), three_topics(), vec![pid(102), pid(103), pid(104)]);
        let perfect = ["Omgevingswet", "Waterkwaliteit", "Leiderschap"];
        let manager = with_topics(2, &perfect);
        let managers_manager = with_topics(3, &perfect);
        let top = with_topics(4, &["Omgevingswet"]);
        let stranger = mentor(5);
        let list = rank(&newcomer, &[top, managers_manager, manager, stranger]);
        assert_eq!(ids(&list), [5, 2, 3, 4]);
        let relations: Vec<_> = list.iter().map(|s| s.relation).collect();
        assert_eq!(
            relations,
            [
                None,
                Some(ReportingRelation::DirectManager),
                Some(ReportingRelation::HigherUp),
                Some(ReportingRelation::HigherUp)
            ]
        );
        assert_eq!(list[1].score, 3 * SHARED_TOPIC, "the reasons are still shown");
    }

    #[test]
    fn a_manager_named_in_the_intake_is_in_the_reporting_line_group() {
        let newcomer = newcomer_as(
            pid(1),
            Intake {
                manager_id: Some(pid(102)),
                ..three_topics()
            },
            vec![],
        );
        let list = rank(&newcomer, &[with_topics(2, &["Omgevingswet"]), mentor(5)]);
        assert_eq!(ids(&list), [5, 2]);
        assert_eq!(list[1].relation, Some(ReportingRelation::DirectManager));
    }

    #[test]
    fn the_informal_mentor_leads_the_list() {
        let newcomer = newcomer(Intake {
            informal_mentor: Some(pid(105)),
            ..three_topics()
        });
        let list = rank(
            &newcomer,
            &[with_topics(1, &["Omgevingswet", "Leiderschap"]), mentor(5)],
        );
        assert_eq!(ids(&list), [5, 1]);
        assert_eq!(list[0].reasons, [Reason::InformalMentor]);
    }

    fn identical_pool() -> Vec<MentorCandidate> {
        (1..=5)
            .map(|id| with_topics(id, &["Omgevingswet", "Leiderschap"]))
            .collect()
    }

    #[test]
    fn ties_rotate_across_newcomers_with_the_same_intake() {
        let pool = identical_pool();
        let mut first: HashMap<i64, usize> = HashMap::new();
        for person in 1_000..1_500 {
            let list = rank(&newcomer_as(pid(person), three_topics(), vec![]), &pool);
            *first.entry(list[0].mentor_id.get()).or_default() += 1;
        }
        assert_eq!(
            first.len(),
            pool.len(),
            "every tied mentor comes first for someone: {first:?}"
        );
        for (mentor, times) in &first {
            assert!((50..=150).contains(times), "mentor {mentor} first {times} of 500 times");
        }
    }

    #[test]
    fn the_same_newcomer_always_gets_the_same_order_whatever_the_input_order() {
        let mut pool = identical_pool();
        pool.push(with_topics(6, &["Omgevingswet"]));
        pool.push(mentor(7));
        let newcomer = newcomer_as(pid(4242), three_topics(), vec![]);
        let list = rank(&newcomer, &pool);
        assert_eq!(rank(&newcomer, &pool), list);
        pool.reverse();
        assert_eq!(rank(&newcomer, &pool), list);
        pool.rotate_left(3);
        assert_eq!(rank(&newcomer, &pool), list);
        assert_eq!(ids(&list)[5..], [6, 7], "ties rotate, better scores still come first");
    }

    #[test]
    fn near_ties_rotate_but_a_real_difference_does_not() {
        // The same two topics; some mentors also meet the way the newcomer likes (a near tie),
        // one shares a third topic (a real difference).
        let newcomer_intake = Intake {
            meeting_mode: Some(MeetingMode::InPerson),
            ..three_topics()
        };
        let mut pool: Vec<_> = (1..=4i64)
            .map(|id| MentorCandidate {
                meeting_mode: (id % 2 == 0).then_some(MeetingMode::InPerson),
                ..with_topics(id, &["Omgevingswet", "Leiderschap"])
            })
            .collect();
        pool.push(with_topics(9, &["Omgevingswet", "Leiderschap", "Waterkwaliteit"]));
        let mut first_of_rest: HashMap<i64, usize> = HashMap::new();
        for person in 1_000..1_400 {
            let list = rank(&newcomer_as(pid(person), newcomer_intake.clone(), vec![]), &pool);
            assert_eq!(list[0].mentor_id, mid(9));
            *first_of_rest.entry(list[1].mentor_id.get()).or_default() += 1;
        }
        assert_eq!(first_of_rest.len(), 4, "{first_of_rest:?}");
    }

    #[test]
    fn without_an_intake_everyone_with_places_is_still_listed() {
        assert!(rank(&newcomer(intake()), &[]).is_empty());
        let list = rank(&newcomer(intake()), &identical_pool());
        assert_eq!(list.len(), 5);
        assert!(list.iter().all(|s| s.score == 0 && s.reasons.is_empty()));
    }

    #[test]
    fn suggestions_serialise_in_camel_case() {
        let newcomer = newcomer_as(pid(1), three_topics(), vec![pid(102)]);
        let list = rank(&newcomer, &[with_topics(2, &["Omgevingswet"])]);
        let json = serde_json::to_value(&list[0]).unwrap();
        assert_eq!(json["mentorId"], 2);
        assert_eq!(json["relation"], "direct_manager");
        assert_eq!(json["reasons"][0]["kind"], "shared_topics");
    }
}
