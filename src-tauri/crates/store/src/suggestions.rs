//! Suggested mentors with their reasons, and mentors compared side by side. The ranking is the
//! domain's pure `rank`; this module loads the visible pool for it in a few batched queries.

use crate::cards::{self, json_ids, MentorCard, VisibleMentor};
use crate::mentor_profile::bad_text;
use crate::newcomers::{self, newcomer_or_prefilled};
use crate::public::{self, PublicProfile};
use crate::StoreError;
use mentorpool_domain::matching::{rank, MentorCandidate, Reason, ReportingRelation, Suggestion};
use mentorpool_domain::profile::{CareerMove, MoveDirection};
use mentorpool_domain::{DomainError, MentorId, PersonId};
use rusqlite::Connection;
use serde::Serialize;
use std::collections::HashMap;

/// Compare puts at least this many mentors side by side...
pub const COMPARE_MIN: usize = 2;
/// ...and at most this many, which still fit next to each other.
pub const COMPARE_MAX: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SuggestedMentor {
    pub card: MentorCard,
    pub score: u32,
    pub reasons: Vec<Reason>,
    pub relation: Option<ReportingRelation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SuggestionsView {
    pub intake_saved: bool,
    /// Empty until the intake is saved: suggestions without it would pretend to know the
    /// newcomer.
    pub suggestions: Vec<SuggestedMentor>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ComparedMentor {
    pub mentor_id: MentorId,
    /// `None`, like `card`, once newcomers may no longer see the mentor.
    pub profile: Option<PublicProfile>,
    pub card: Option<MentorCard>,
    pub reasons: Vec<Reason>,
    pub relation: Option<ReportingRelation>,
}

/// Every mentor newcomers may see, ranked for the newcomer `person` with the reasons.
pub fn suggest(conn: &Connection, person: PersonId) -> Result<SuggestionsView, StoreError> {
    let Some(newcomer) = newcomers::newcomer(conn, person)? else {
        return Ok(SuggestionsView {
            intake_saved: false,
            suggestions: Vec::new(),
        });
    };
    let (candidates, mut cards) = candidates(conn, None)?;
    let suggestions = rank(&newcomer, &candidates)
        .into_iter()
        .filter_map(|s| Some(suggested(cards.remove(&s.mentor_id)?, s)))
        .collect();
    Ok(SuggestionsView {
        intake_saved: true,
        suggestions,
    })
}

/// Two or three mentors side by side, in the order given, with the reasons the suggestions
/// give for them. Before the intake is saved there are no reasons, but the reporting line
/// (from HR's data) is still marked. A mentor newcomers may no longer see keeps their place
/// with neither profile, card nor reasons.
pub fn compare(conn: &Connection, person: PersonId, ids: &[MentorId]) -> Result<Vec<ComparedMentor>, StoreError> {
    if !(COMPARE_MIN..=COMPARE_MAX).contains(&ids.len()) {
        return Err(DomainError::CompareCount(ids.len()).into());
    }
    let (intake_saved, newcomer) = newcomer_or_prefilled(conn, person)?;
    let (candidates, mut cards) = candidates(conn, Some(ids))?;
    let mut ranked: HashMap<MentorId, Suggestion> = rank(&newcomer, &candidates)
        .into_iter()
        .map(|s| (s.mentor_id, s))
        .collect();
    ids.iter()
        .map(|&mentor_id| {
            let suggestion = ranked.remove(&mentor_id);
            Ok(ComparedMentor {
                mentor_id,
                profile: match suggestion {
                    Some(_) => public::profile(conn, mentor_id)?,
                    None => None,
                },
                card: cards.remove(&mentor_id).filter(|_| suggestion.is_some()),
                relation: suggestion.as_ref().and_then(|s| s.relation),
                reasons: suggestion
                    .filter(|_| intake_saved)
                    .map(|s| s.reasons)
                    .unwrap_or_default(),
            })
        })
        .collect()
}

fn suggested(card: MentorCard, suggestion: Suggestion) -> SuggestedMentor {
    SuggestedMentor {
        card,
        score: suggestion.score,
        reasons: suggestion.reasons,
        relation: suggestion.relation,
    }
}

/// The visible mentors among `ids` (all of them for `None`) as ranking sees them, with their
/// cards by id: the cards' query, and one more for every career path.
fn candidates(
    conn: &Connection,
    ids: Option<&[MentorId]>,
) -> Result<(Vec<MentorCandidate>, HashMap<MentorId, MentorCard>), StoreError> {
    let visible = cards::visible_mentors(conn, ids)?;
    let visible_ids: Vec<MentorId> = visible.iter().map(|m| m.card.id).collect();
    let mut paths = career_paths(conn, &visible_ids)?;
    let mut by_id = HashMap::with_capacity(visible.len());
    let candidates = visible
        .into_iter()
        .map(|VisibleMentor { card, meeting_mode }| {
            let candidate = MentorCandidate {
                mentor_id: card.id,
                person_id: card.person_id,
                name: card.name.clone(),
                department: card.department.clone(),
                job_title: card.job_title.clone(),
                expertise: card.expertise.clone(),
                topics: card.topics.clone(),
                languages: card.languages.clone(),
                meeting_mode,
                career_path: paths.remove(&card.id).unwrap_or_default(),
                places_available: card.places_available,
            };
            by_id.insert(card.id, card);
            candidate
        })
        .collect();
    Ok((candidates, by_id))
}

/// The career paths of `ids`, in one query.
fn career_paths(conn: &Connection, ids: &[MentorId]) -> Result<HashMap<MentorId, Vec<CareerMove>>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT mentor_id, year, from_role, to_role, from_department, to_department, direction
           FROM career_move WHERE mentor_id IN (SELECT value FROM json_each(?1))
          ORDER BY mentor_id, position",
    )?;
    let mut rows = stmt.query([json_ids(ids)])?;
    let mut paths: HashMap<MentorId, Vec<CareerMove>> = HashMap::new();
    while let Some(row) = rows.next()? {
        let direction: String = row.get(6)?;
        paths.entry(row.get(0)?).or_default().push(CareerMove {
            year: row.get(1)?,
            from_role: row.get(2)?,
            to_role: row.get(3)?,
            from_department: row.get(4)?,
            to_department: row.get(5)?,
            direction: MoveDirection::parse(&direction).ok_or_else(|| bad_text(6, &direction))?,
        });
    }
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentors;
    use crate::newcomer_fixtures::{
        approve_as_mentor, approved_mentor, intake, newcomer_with, person, person_managed_by,
    };
    use crate::test_support::complete_profile;
    use mentorpool_domain::matching::{Ambition, Intake, SHARED_TOPIC};
    use mentorpool_domain::{MentorInput, MentorStatus};

    fn with_expertise(conn: &Connection, id: MentorId, expertise: &[&str]) {
        let profile = MentorInput {
            expertise: expertise.iter().map(|e| e.to_string()).collect(),
            ..complete_profile(i64::from(mentors::get(conn, id).unwrap().capacity))
        };
        mentors::edit(conn, id, profile).unwrap();
    }

    fn ids(view: &SuggestionsView) -> Vec<MentorId> {
        view.suggestions.iter().map(|s| s.card.id).collect()
    }

    #[test]
    fn nothing_is_suggested_before_the_intake_is_saved() {
        let conn = crate::open_in_memory().unwrap();
        approved_mentor(&conn, "Anne", 2);
        let me = person(&conn, "Nieuw");
        let view = suggest(&conn, me).unwrap();
        assert!(!view.intake_saved && view.suggestions.is_empty());
        assert_eq!(
            suggest(&conn, PersonId::new(999)).unwrap_err().code(),
            "person.not_found"
        );
    }

    #[test]
    fn suggestions_follow_the_ranking_and_leave_out_full_and_unapproved_mentors() {
        let conn = crate::open_in_memory().unwrap();
        let two_topics = approved_mentor(&conn, "Anne", 2);
        with_expertise(&conn, two_topics, &["Omgevingswet", "Leiderschap"]);
        let one_topic = approved_mentor(&conn, "Bram", 2);
        with_expertise(&conn, one_topic, &["Omgevingswet"]);
        let full = approved_mentor(&conn, "Cem", 0);
        with_expertise(&conn, full, &["Omgevingswet", "Leiderschap"]);
        let paused = approved_mentor(&conn, "Dirk", 2);
        with_expertise(&conn, paused, &["Omgevingswet", "Leiderschap"]);
        mentors::set_status(&conn, paused, MentorStatus::Paused).unwrap();
        let me = newcomer_with(
            &conn,
            "Nieuw",
            Intake {
                topics: vec!["Leiderschap".into(), "omgevingswet".into()],
                ..intake()
            },
        );
        let view = suggest(&conn, me).unwrap();
        assert!(view.intake_saved);
        assert_eq!(ids(&view), [two_topics, one_topic]);
        assert_eq!(
            view.suggestions[0].score - view.suggestions[1].score,
            SHARED_TOPIC,
            "one more shared topic, otherwise the same profile"
        );
        assert_eq!(
            view.suggestions[0].reasons[0],
            Reason::SharedTopics {
                count: 2,
                topics: vec!["Leiderschap".into(), "Omgevingswet".into()]
            }
        );
        let json = serde_json::to_value(&view).unwrap();
        assert_eq!(json["intakeSaved"], true);
        assert_eq!(json["suggestions"][0]["card"]["name"], "Anne");
        assert_eq!(json["suggestions"][0]["reasons"][0]["kind"], "shared_topics");
    }

    #[test]
    fn career_moves_reach_the_ranking() {
        let conn = crate::open_in_memory().unwrap();
        // complete_profile's move: Watersystemen to Beleid, sideways.
        let moved = approved_mentor(&conn, "Anne", 2);
        let me = newcomer_with(
            &conn,
            "Nieuw",
            Intake {
                ambition: Ambition::Horizontal,
                department: "Watersystemen".into(),
                ..intake()
            },
        );
        let view = suggest(&conn, me).unwrap();
        assert_eq!(ids(&view), [moved]);
        assert!(matches!(
            &view.suggestions[0].reasons[0],
            Reason::HorizontalMove { from_department, your_department: true, .. } if from_department == "Watersystemen"
        ));
    }

    #[test]
    fn the_manager_comes_last_marked_as_such() {
        let conn = crate::open_in_memory().unwrap();
        let boss = person(&conn, "Teamleider");
        let managing = approve_as_mentor(&conn, boss, 2);
        let other = approved_mentor(&conn, "Anne", 2);
        let me = person_managed_by(&conn, "Nieuw", Some(boss));
        crate::newcomers::save_intake(&conn, me, intake()).unwrap();
        let view = suggest(&conn, me).unwrap();
        assert_eq!(ids(&view), [other, managing]);
        assert_eq!(view.suggestions[1].relation, Some(ReportingRelation::DirectManager));
    }

    #[test]
    fn compare_keeps_the_order_and_empties_a_mentor_no_longer_visible() {
        let conn = crate::open_in_memory().unwrap();
        let anne = approved_mentor(&conn, "Anne", 2);
        with_expertise(&conn, anne, &["Omgevingswet"]);
        let bram = approved_mentor(&conn, "Bram", 2);
        let full = approved_mentor(&conn, "Cem", 2);
        let me = newcomer_with(
            &conn,
            "Nieuw",
            Intake {
                topics: vec!["Omgevingswet".into()],
                ..intake()
            },
        );
        mentors::edit(&conn, full, complete_profile(0)).unwrap();
        let compared = compare(&conn, me, &[bram, full, anne]).unwrap();
        let order: Vec<MentorId> = compared.iter().map(|c| c.mentor_id).collect();
        assert_eq!(order, [bram, full, anne]);
        assert!(compared[0].profile.is_some() && compared[0].card.is_some());
        assert!(compared[1].profile.is_none() && compared[1].card.is_none() && compared[1].reasons.is_empty());
        assert!(matches!(compared[2].reasons[0], Reason::SharedTopics { count: 1, .. }));
        let json = serde_json::to_value(&compared[1]).unwrap();
        assert_eq!(json["profile"], serde_json::Value::Null);
        assert_eq!(json["mentorId"], full.get());
        for wrong in [&[anne][..], &[anne, bram, full, anne]] {
            assert_eq!(compare(&conn, me, wrong).unwrap_err().code(), "compare.wrong_count");
        }
    }

    #[test]
    fn compare_before_the_intake_gives_no_reasons_but_marks_the_manager() {
        let conn = crate::open_in_memory().unwrap();
        let boss = person(&conn, "Teamleider");
        let managing = approve_as_mentor(&conn, boss, 2);
        let other = approved_mentor(&conn, "Anne", 2);
        let me = person_managed_by(&conn, "Nieuw", Some(boss));
        let compared = compare(&conn, me, &[managing, other]).unwrap();
        assert_eq!(compared[0].relation, Some(ReportingRelation::DirectManager));
        assert!(compared.iter().all(|c| c.reasons.is_empty() && c.card.is_some()));
    }
}
