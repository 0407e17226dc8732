//! Why a mentor is suggested: the reasons as typed values the UI puts into plain words, and
//! the weights that turn them into a score.

use super::{ascii_decides, fold_key, Ambition, MentorCandidate, Newcomer};
use crate::profile::{CareerMove, MeetingMode, MoveDirection};
use crate::{LanguageCode, PersonId};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

// The weights. Similarity comes first: it predicts the quality of a mentoring relationship
// best (Eby et al. 2013), and shared topics are the similarity the app can see. The weights
// are chosen so that one more shared topic outweighs every other reason together, with room
// to spare beyond a near tie (checked below), so the rest only orders mentors with the same
// overlap: first the fit of the mentor's career moves with the newcomer's ambition, then an
// outside view, then a shared language, then how they like to meet.

/// Per topic the newcomer wants to learn about that the mentor has as expertise or offers as
/// a topic. Highest: similarity predicts quality best (Eby et al. 2013).
pub const SHARED_TOPIC: u32 = 50;
/// Ambition horizontal, and the mentor moved sideways into or out of the newcomer's own
/// department: they know the road the newcomer is thinking of from its very start.
pub const HORIZONTAL_MOVE_YOUR_DEPARTMENT: u32 = 25;
/// Ambition horizontal, and the mentor made some other sideways move: they know what
/// broadening takes, which a manager judged on the team's results may not support
/// (Van der Heijden 1998).
pub const HORIZONTAL_MOVE_ANY: u32 = 21;
/// Ambition vertical, and the mentor moved up: they know the ladder the newcomer wants to climb.
pub const VERTICAL_MOVE: u32 = 25;
/// Ambition not sure yet: per direction (up, sideways) the mentor has moved in, so a mentor
/// who has walked both roads, and can show both, comes first; one road alone is less than a
/// clear fit with a clear ambition.
pub const MOVE_FOR_UNSURE: u32 = 11;
/// The mentor works in another department: the mentor is a "person at a distance" who leaves
/// the daily work to the manager, and an outside view is what a manager cannot give.
pub const OTHER_DEPARTMENT: u32 = 8;
/// The mentor speaks the newcomer's preferred language, when that is not the organisation's
/// own language (which everyone speaks, so it tells mentors apart by nothing).
pub const SPEAKS_LANGUAGE: u32 = 6;
/// The mentor likes to meet the way the newcomer prefers. Least: it is the easiest to agree on.
pub const SAME_MEETING_MODE: u32 = 3;

/// Scores this close to the best of their band count as a tie, broken per newcomer: a
/// difference no bigger than the weakest reason (meeting mode) should not decide which mentor
/// every newcomer sees first.
pub const NEAR_TIE: u32 = SAME_MEETING_MODE;

/// The language everyone in the organisation speaks; preferring it is no reason for one
/// mentor over another.
pub const ORGANISATION_LANGUAGE: &str = "nl";

const BEST_MOVE_FIT: u32 = max(max(HORIZONTAL_MOVE_YOUR_DEPARTMENT, VERTICAL_MOVE), 2 * MOVE_FOR_UNSURE);
const LESSER: u32 = OTHER_DEPARTMENT + SPEAKS_LANGUAGE + SAME_MEETING_MODE;
const _: () = assert!(
    BEST_MOVE_FIT + LESSER + NEAR_TIE < SHARED_TOPIC,
    "one more shared topic must outweigh every other reason together, beyond a near tie"
);
const _: () = assert!(
    HORIZONTAL_MOVE_ANY > LESSER + NEAR_TIE && VERTICAL_MOVE > LESSER + NEAR_TIE,
    "a career move that fits the ambition must outweigh outside view, language and meeting mode together"
);
const _: () = assert!(
    HORIZONTAL_MOVE_YOUR_DEPARTMENT > HORIZONTAL_MOVE_ANY + NEAR_TIE,
    "a sideways move into or out of the newcomer's department is preferred, not merely tied"
);
const _: () = assert!(OTHER_DEPARTMENT > SPEAKS_LANGUAGE && SPEAKS_LANGUAGE > SAME_MEETING_MODE);

const fn max(a: u32, b: u32) -> u32 {
    if a > b {
        a
    } else {
        b
    }
}

/// One reason a mentor is suggested, for the UI to put into plain words, such as "shares 3 of
/// your topics: …" or "made a horizontal move from Finance to Policy, as you'd like to".
/// Available places are not a reason: every suggested mentor has some, and the card shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", rename_all_fields = "camelCase")]
pub enum Reason {
    /// The newcomer named this mentor as their informal mentor: a working informal
    /// relationship is never silently replaced by a new formal one, so this mentor leads.
    InformalMentor,
    /// The newcomer's topics (their spelling, their order) the mentor has as expertise or topic.
    SharedTopics {
        count: usize,
        topics: Vec<String>,
    },
    /// A sideways move of the mentor's. `yourDepartment` says it went into or out of the
    /// newcomer's own department. A career move need not name its departments; the roles are
    /// there to fall back on.
    HorizontalMove {
        from_department: String,
        to_department: String,
        from_role: String,
        to_role: String,
        your_department: bool,
    },
    /// A move up of the mentor's.
    VerticalMove {
        from_role: String,
        to_role: String,
    },
    /// The mentor works elsewhere, so the newcomer gets an outside view.
    OtherDepartment {
        department: String,
    },
    SpeaksLanguage {
        language: LanguageCode,
    },
    SameMeetingMode {
        mode: MeetingMode,
    },
}

/// At most this many of the newcomer's topics are matched (a bit each in [`Fit`]); an intake
/// picks a handful from the vocabulary.
const MAX_TOPICS: usize = 64;

/// What the newcomer is looking for, folded once per ranking so each mentor costs only
/// comparisons.
pub(crate) struct Wanted<'a> {
    /// The newcomer's spelling and its fold key.
    topics: Vec<(&'a str, String)>,
    department: String,
    ambition: Ambition,
    language: Option<&'a LanguageCode>,
    mode: Option<MeetingMode>,
    informal_mentor: Option<PersonId>,
}

/// Mentor labels with accents, folded once per ranking however many mentors share them.
#[derive(Default)]
pub(crate) struct Folds<'m> {
    folded: HashMap<&'m str, String>,
}

impl<'m> Folds<'m> {
    fn matches(&mut self, raw: &'m str, key: &str) -> bool {
        ascii_decides(raw, key).unwrap_or_else(|| *self.folded.entry(raw).or_insert_with(|| fold_key(raw)) == key)
    }
}

/// What one mentor has that the newcomer looks for, before it becomes reasons: small and
/// `Copy`, so ranking can score and sort every mentor cheaply and build the reasons once, in
/// the final order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Fit {
    informal: bool,
    /// Bit `i` set: the newcomer's topic `i` is shared.
    shared: u64,
    /// Index into the career path, and whether the move touches the newcomer's department.
    horizontal: Option<(u32, bool)>,
    vertical: Option<u32>,
    other_department: bool,
    language: bool,
    mode: bool,
}

impl<'a> Wanted<'a> {
    pub(crate) fn new(newcomer: &'a Newcomer) -> Self {
        let intake = &newcomer.intake;
        let mut topics: Vec<(&str, String)> = Vec::with_capacity(intake.topics.len().min(MAX_TOPICS));
        for topic in &intake.topics {
            let key = fold_key(topic);
            if topics.len() < MAX_TOPICS && !key.is_empty() && !topics.iter().any(|(_, k)| *k == key) {
                topics.push((topic.trim(), key));
            }
        }
        Self {
            topics,
            department: fold_key(&intake.department),
            ambition: intake.ambition,
            language: intake
                .preferred_language
                .as_ref()
                .filter(|l| l.as_str() != ORGANISATION_LANGUAGE),
            // Either way suits every mentor, so it tells them apart by nothing.
            mode: intake.meeting_mode.filter(|m| *m != MeetingMode::Either),
            informal_mentor: intake.informal_mentor,
        }
    }

    /// What `mentor` has that the newcomer looks for.
    pub(crate) fn fit<'m>(&self, mentor: &'m MentorCandidate, folds: &mut Folds<'m>) -> Fit {
        let mut shared = 0u64;
        for label in mentor.expertise.iter().chain(&mentor.topics) {
            for (i, (_, key)) in self.topics.iter().enumerate() {
                if shared & (1 << i) == 0 && folds.matches(label, key) {
                    shared |= 1 << i;
                }
            }
        }
        let (horizontal, vertical) = match self.ambition {
            Ambition::Horizontal => (
                self.best_move(&mentor.career_path, MoveDirection::Horizontal, folds),
                None,
            ),
            Ambition::Vertical => (
                None,
                self.best_move(&mentor.career_path, MoveDirection::Vertical, folds),
            ),
            Ambition::Unsure => (
                self.best_move(&mentor.career_path, MoveDirection::Horizontal, folds),
                self.best_move(&mentor.career_path, MoveDirection::Vertical, folds),
            ),
        };
        Fit {
            informal: self.informal_mentor == Some(mentor.person_id),
            shared,
            horizontal,
            vertical: vertical.map(|(i, _)| i),
            other_department: !self.department.is_empty()
                && !mentor.department.trim().is_empty()
                && !folds.matches(&mentor.department, &self.department),
            language: self.language.is_some_and(|l| mentor.languages.contains(l)),
            mode: self.mode.is_some_and(|wanted| {
                mentor
                    .meeting_mode
                    .is_some_and(|m| m == wanted || m == MeetingMode::Either)
            }),
        }
    }

    /// The sum of the weights of what fits.
    pub(crate) fn score(&self, fit: &Fit) -> u32 {
        let moves = match self.ambition {
            Ambition::Horizontal => match fit.horizontal {
                Some((_, true)) => HORIZONTAL_MOVE_YOUR_DEPARTMENT,
                Some((_, false)) => HORIZONTAL_MOVE_ANY,
                None => 0,
            },
            Ambition::Vertical => fit.vertical.map_or(0, |_| VERTICAL_MOVE),
            Ambition::Unsure => {
                MOVE_FOR_UNSURE * (u32::from(fit.horizontal.is_some()) + u32::from(fit.vertical.is_some()))
            }
        };
        SHARED_TOPIC * fit.shared.count_ones()
            + moves
            + if fit.other_department { OTHER_DEPARTMENT } else { 0 }
            + if fit.language { SPEAKS_LANGUAGE } else { 0 }
            + if fit.mode { SAME_MEETING_MODE } else { 0 }
    }

    /// The reasons to suggest `mentor`, strongest first, from what [`Wanted::fit`] found.
    pub(crate) fn reasons(&self, mentor: &MentorCandidate, fit: &Fit) -> Vec<Reason> {
        let count = usize::from(fit.informal)
            + usize::from(fit.shared != 0)
            + usize::from(fit.horizontal.is_some())
            + usize::from(fit.vertical.is_some())
            + usize::from(fit.other_department)
            + usize::from(fit.language)
            + usize::from(fit.mode);
        let mut reasons = Vec::with_capacity(count);
        if fit.informal {
            reasons.push(Reason::InformalMentor);
        }
        if fit.shared != 0 {
            let topics: Vec<String> = (self.topics.iter().enumerate())
                .filter(|(i, _)| fit.shared & (1 << i) != 0)
                .map(|(_, (topic, _))| (*topic).to_string())
                .collect();
            reasons.push(Reason::SharedTopics {
                count: topics.len(),
                topics,
            });
        }
        let path = |i: u32| usize::try_from(i).ok().and_then(|i| mentor.career_path.get(i));
        if let Some(mv) = fit.vertical.and_then(path) {
            reasons.push(vertical(mv));
        }
        if let Some((mv, yours)) = fit.horizontal.and_then(|(i, yours)| Some((path(i)?, yours))) {
            reasons.push(horizontal(mv, yours));
        }
        if fit.other_department {
            reasons.push(Reason::OtherDepartment {
                department: mentor.department.clone(),
            });
        }
        if let Some(language) = self.language.filter(|_| fit.language) {
            reasons.push(Reason::SpeaksLanguage {
                language: language.clone(),
            });
        }
        if let Some(mode) = self.mode.filter(|_| fit.mode) {
            reasons.push(Reason::SameMeetingMode { mode });
        }
        reasons
    }

    /// The mentor's move in `direction` to show: for a sideways move one into or out of the
    /// newcomer's department if there is one, otherwise the latest (by year, then by place in
    /// the career path). The flag says whether it touches the newcomer's department.
    fn best_move<'m>(
        &self,
        path: &'m [CareerMove],
        direction: MoveDirection,
        folds: &mut Folds<'m>,
    ) -> Option<(u32, bool)> {
        let mut best: Option<(u32, bool, Option<i32>)> = None;
        for (i, mv) in (0..).zip(path) {
            if mv.direction != direction {
                continue;
            }
            let yours = direction == MoveDirection::Horizontal && self.touches_department(mv, folds);
            if best.is_none_or(|(_, best_yours, best_year)| (yours, mv.year) >= (best_yours, best_year)) {
                best = Some((i, yours, mv.year));
            }
        }
        best.map(|(i, yours, _)| (i, yours))
    }

    fn touches_department<'m>(&self, mv: &'m CareerMove, folds: &mut Folds<'m>) -> bool {
        !self.department.is_empty()
            && (folds.matches(&mv.from_department, &self.department)
                || folds.matches(&mv.to_department, &self.department))
    }
}

fn horizontal(mv: &CareerMove, your_department: bool) -> Reason {
    Reason::HorizontalMove {
        from_department: mv.from_department.clone(),
        to_department: mv.to_department.clone(),
        from_role: mv.from_role.clone(),
        to_role: mv.to_role.clone(),
        your_department,
    }
}

fn vertical(mv: &CareerMove) -> Reason {
    Reason::VerticalMove {
        from_role: mv.from_role.clone(),
        to_role: mv.to_role.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{intake, language, mentor, mv, newcomer, pid};
    use super::*;
    use crate::matching::Intake;

    fn reasons_for(newcomer: &Newcomer, mentor: &MentorCandidate) -> (u32, Vec<Reason>) {
        let wanted = Wanted::new(newcomer);
        let fit = wanted.fit(mentor, &mut Folds::default());
        (wanted.score(&fit), wanted.reasons(mentor, &fit))
    }

    #[test]
    fn shared_topics_match_expertise_and_topics_ignoring_case_and_accents() {
        let newcomer = newcomer(Intake {
            topics: vec![
                "Financiën & control".into(),
                "Omgevingswet".into(),
                "Leiderschap".into(),
            ],
            ..intake()
        });
        let mentor = MentorCandidate {
            expertise: vec!["FINANCIEN & Control".into()],
            topics: vec!["omgevingswet".into(), "Crisisbeheersing".into()],
            ..mentor(1)
        };
        let (score, reasons) = reasons_for(&newcomer, &mentor);
        assert_eq!(
            reasons[0],
            Reason::SharedTopics {
                count: 2,
                topics: vec!["Financiën & control".into(), "Omgevingswet".into()]
            }
        );
        assert!(score >= 2 * SHARED_TOPIC);
    }

    #[test]
    fn a_topic_in_both_expertise_and_topics_counts_once() {
        let newcomer = newcomer(Intake {
            topics: vec!["Omgevingswet".into()],
            ..intake()
        });
        let mentor = MentorCandidate {
            expertise: vec!["Omgevingswet".into()],
            topics: vec!["Omgevingswet".into()],
            ..mentor(1)
        };
        assert!(matches!(
            reasons_for(&newcomer, &mentor).1[0],
            Reason::SharedTopics { count: 1, .. }
        ));
    }

    // domain.md: a horizontal ambition looks for mentors who moved sideways; "made a
    // horizontal move from Finance to Policy, as you'd like to".
    #[test]
    fn a_horizontal_ambition_prefers_a_move_out_of_the_newcomers_department() {
        let newcomer = newcomer(Intake {
            ambition: Ambition::Horizontal,
            department: "Financiën".into(),
            ..intake()
        });
        let elsewhere = mv(Some(2020), "ICT", "Beleid", MoveDirection::Horizontal);
        let from_finance = mv(Some(2012), "Financien", "Beleid", MoveDirection::Horizontal);
        let up = mv(Some(2022), "Beleid", "Beleid", MoveDirection::Vertical);
        let mentor = MentorCandidate {
            department: "Beleid".into(),
            career_path: vec![from_finance.clone(), elsewhere.clone(), up.clone()],
            ..mentor(1)
        };
        let (score, reasons) = reasons_for(&newcomer, &mentor);
        assert_eq!(
            reasons[0],
            Reason::HorizontalMove {
                from_department: "Financien".into(),
                to_department: "Beleid".into(),
                from_role: "Adviseur Financien".into(),
                to_role: "Adviseur Beleid".into(),
                your_department: true,
            }
        );
        assert_eq!(score, HORIZONTAL_MOVE_YOUR_DEPARTMENT + OTHER_DEPARTMENT);

        let only_elsewhere = MentorCandidate {
            career_path: vec![elsewhere, up],
            ..mentor
        };
        let (score, reasons) = reasons_for(&newcomer, &only_elsewhere);
        assert!(matches!(
            &reasons[0],
            Reason::HorizontalMove { from_department, your_department: false, .. } if from_department == "ICT"
        ));
        assert_eq!(score, HORIZONTAL_MOVE_ANY + OTHER_DEPARTMENT);
    }

    #[test]
    fn a_vertical_ambition_counts_the_latest_move_up_and_ignores_sideways_ones() {
        let newcomer = newcomer(Intake {
            ambition: Ambition::Vertical,
            department: "Beleid".into(),
            ..intake()
        });
        let mentor = MentorCandidate {
            department: "Beleid".into(),
            career_path: vec![
                mv(Some(2010), "Beleid", "Beleid", MoveDirection::Vertical),
                mv(Some(2015), "Financiën", "Beleid", MoveDirection::Horizontal),
                mv(Some(2019), "Beleid", "Beleid", MoveDirection::Vertical),
            ],
            ..mentor(1)
        };
        let (score, reasons) = reasons_for(&newcomer, &mentor);
        assert_eq!(score, VERTICAL_MOVE);
        assert_eq!(
            reasons,
            [Reason::VerticalMove {
                from_role: "Adviseur Beleid".into(),
                to_role: "Adviseur Beleid".into()
            }]
        );
        let sideways_only = MentorCandidate {
            career_path: vec![mv(Some(2015), "Financiën", "Beleid", MoveDirection::Horizontal)],
            ..mentor
        };
        assert_eq!(reasons_for(&newcomer, &sideways_only), (0, vec![]));
    }

    #[test]
    fn an_unsure_ambition_values_a_mentor_who_walked_both_roads() {
        let newcomer = newcomer(Intake {
            ambition: Ambition::Unsure,
            department: "Beleid".into(),
            ..intake()
        });
        let both = MentorCandidate {
            department: "Beleid".into(),
            career_path: vec![
                mv(Some(2010), "Beleid", "Beleid", MoveDirection::Vertical),
                mv(Some(2015), "ICT", "Beleid", MoveDirection::Horizontal),
            ],
            ..mentor(1)
        };
        let (score, reasons) = reasons_for(&newcomer, &both);
        assert_eq!(score, 2 * MOVE_FOR_UNSURE);
        assert!(matches!(
            reasons[..],
            [Reason::VerticalMove { .. }, Reason::HorizontalMove { .. }]
        ));
    }

    // domain.md: the mentor is a "person at a distance"; "works in another department, so
    // you get an outside view".
    #[test]
    fn another_department_gives_an_outside_view() {
        let newcomer = newcomer(Intake {
            department: "Financiën".into(),
            ..intake()
        });
        let same = MentorCandidate {
            department: "FINANCIEN".into(),
            ..mentor(1)
        };
        assert_eq!(reasons_for(&newcomer, &same), (0, vec![]));
        let other = MentorCandidate {
            department: "Waterbeheer".into(),
            ..mentor(2)
        };
        assert_eq!(
            reasons_for(&newcomer, &other),
            (
                OTHER_DEPARTMENT,
                vec![Reason::OtherDepartment {
                    department: "Waterbeheer".into()
                }]
            )
        );
    }

    #[test]
    fn a_language_counts_only_when_it_is_not_the_organisations_own() {
        let speaks = MentorCandidate {
            languages: vec![language("nl"), language("en")],
            ..mentor(1)
        };
        let english = newcomer(Intake {
            preferred_language: Some(language("en")),
            ..intake()
        });
        assert_eq!(
            reasons_for(&english, &speaks),
            (
                SPEAKS_LANGUAGE,
                vec![Reason::SpeaksLanguage {
                    language: language("en")
                }]
            )
        );
        let dutch = newcomer(Intake {
            preferred_language: Some(language("nl")),
            ..intake()
        });
        assert_eq!(reasons_for(&dutch, &speaks), (0, vec![]));
        let turkish = newcomer(Intake {
            preferred_language: Some(language("tr")),
            ..intake()
        });
        assert_eq!(reasons_for(&turkish, &speaks), (0, vec![]));
    }

    #[test]
    fn a_meeting_mode_matches_the_same_mode_or_a_mentor_who_does_either() {
        let online = newcomer(Intake {
            meeting_mode: Some(MeetingMode::Online),
            ..intake()
        });
        for (mode, matches) in [
            (Some(MeetingMode::Online), true),
            (Some(MeetingMode::Either), true),
            (Some(MeetingMode::InPerson), false),
            (None, false),
        ] {
            let mentor = MentorCandidate {
                meeting_mode: mode,
                ..mentor(1)
            };
            assert_eq!(
                reasons_for(&online, &mentor).0 == SAME_MEETING_MODE,
                matches,
                "{mode:?}"
            );
        }
        let either = newcomer(Intake {
            meeting_mode: Some(MeetingMode::Either),
            ..intake()
        });
        let mentor = MentorCandidate {
            meeting_mode: Some(MeetingMode::Online),
            ..mentor(1)
        };
        assert_eq!(reasons_for(&either, &mentor), (0, vec![]));
    }

    #[test]
    fn the_informal_mentor_is_named_as_such() {
        let newcomer = newcomer(Intake {
            informal_mentor: Some(pid(101)),
            ..intake()
        });
        let (score, reasons) = reasons_for(&newcomer, &mentor(1));
        assert_eq!((score, reasons), (0, vec![Reason::InformalMentor]));
    }

    #[test]
    fn reasons_serialise_with_a_kind_tag() {
        let json = serde_json::to_value(Reason::HorizontalMove {
            from_department: "Financiën".into(),
            to_department: "Beleid".into(),
            from_role: String::new(),
            to_role: "Beleidsadviseur".into(),
            your_department: true,
        })
        .unwrap();
        assert_eq!(json["kind"], "horizontal_move");
        assert_eq!(json["fromDepartment"], "Financiën");
        assert_eq!(json["yourDepartment"], true);
        let shared = serde_json::to_value(Reason::SharedTopics {
            count: 1,
            topics: vec!["Omgevingswet".into()],
        })
        .unwrap();
        assert_eq!(
            shared,
            serde_json::json!({"kind": "shared_topics", "count": 1, "topics": ["Omgevingswet"]})
        );
        let mode = serde_json::to_value(Reason::SameMeetingMode {
            mode: MeetingMode::InPerson,
        })
        .unwrap();
        assert_eq!(
            mode,
            serde_json::json!({"kind": "same_meeting_mode", "mode": "in_person"})
        );
        let back: Reason = serde_json::from_value(json).unwrap();
        assert!(matches!(back, Reason::HorizontalMove { .. }));
    }
}
