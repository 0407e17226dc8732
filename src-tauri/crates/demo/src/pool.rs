//! The mentor pool around the people: every mentor's full profile, HR's screenings, this year's
//! poll round and the mentorships already running. All of it follows from the hand-written
//! seeds in `mentors.rs` and the generated organisation, so the same day gives the same pool.

use crate::departments::{
    Department, BEDRIJFSVOERING, BELEID_STRATEGIE, FINANCIEN, HR, IV_ICT, PROJECTEN_TECHNIEK, VERGUNNINGEN_HANDHAVING,
    WATERKETEN, WATERSYSTEMEN,
};
use crate::generate::{is_featured, DemoMentor, DemoPerson, ORGANISATION_NAME};
use crate::mentors::{Employer, MentorSeed, Reply, Screen, Step, MENTORS};
use chrono::{Datelike, Days, NaiveDate};
use mentorpool_domain::poll::{PollAnswer, PollAnswerInput, PollRoundInput};
use mentorpool_domain::profile::{CareerMove, CvEntry, CvEntryKind, MoveDirection};
use mentorpool_domain::screening::{ScreeningChecks, ScreeningDecision, ScreeningInput};
use mentorpool_domain::{MentorInput, PersonInput};
use std::collections::HashSet;

/// HR's screening of one mentor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoScreening {
    /// The index in [`crate::DemoOrganisation::mentors`].
    pub mentor: usize,
    pub input: ScreeningInput,
    /// The day HR saved it, which becomes the date of a decision.
    pub on: NaiveDate,
}

/// This year's recruitment poll, opened and closed before `today`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPoll {
    pub round: PollRoundInput,
    pub opened_on: NaiveDate,
    pub closed_on: NaiveDate,
    pub invitees: Vec<DemoInvitee>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoInvitee {
    /// The index in [`crate::DemoOrganisation::people`].
    pub person: usize,
    /// What they answered and when; `None` for the invitees who never answered.
    pub answer: Option<(PollAnswerInput, NaiveDate)>,
}

/// A mentorship that is still running.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoMentorship {
    /// The index in [`crate::DemoOrganisation::mentors`].
    pub mentor: usize,
    /// The index in [`crate::DemoOrganisation::people`].
    pub mentee: usize,
    /// As the `mentorship.origin` column has it: `self_chosen`, `informal` or `arranged`.
    pub origin: &'static str,
    pub started_on: NaiveDate,
}

pub(crate) struct Pool {
    pub(crate) mentors: Vec<DemoMentor>,
    pub(crate) screenings: Vec<DemoScreening>,
    pub(crate) poll: DemoPoll,
    pub(crate) mentorships: Vec<DemoMentorship>,
}

/// How many days before `today` the poll opened and closed: about two months and one.
const POLL_OPENED_DAYS_AGO: u64 = 61;
const POLL_CLOSED_DAYS_AGO: u64 = 30;

const POLL_INVITATION: &str = "Je werkt al flink wat jaren en kent onze organisatie goed. Daarom vragen we \
     of je mentor wilt worden van een nieuwe collega: naast je eigen werk, gemiddeld vier tot acht uur per \
     maand. Laat je ons binnen vier weken weten of je mee wilt doen, en zo ja, waarover je graag met een \
     mentee praat?";

/// Experienced colleagues outside the pool whom HR invited too: the reason they gave for saying
/// no, or `None` for those who never answered.
const OTHER_INVITEES: [Option<&str>; 11] = [
    Some("Ik zit midden in een groot project en heb er nu echt geen ruimte voor."),
    None,
    Some("Ik begeleid al twee stagiairs; dat is voor dit jaar genoeg."),
    Some("Sinds kort werk ik vier dagen, en die wil ik goed benutten voor mijn eigen werk."),
    None,
    Some("Ik ben zelf nog volop aan het leren in mijn nieuwe rol. Misschien over een paar jaar."),
    None,
    Some("Door de zorg voor mijn moeder kan ik er nu geen taak bij hebben."),
    None,
    Some("Ik help nieuwe collega's liever informeel, zonder programma eromheen."),
    None,
];

const SELF_CHOSEN: &str = "self_chosen";
const INFORMAL: &str = "informal";
const ARRANGED: &str = "arranged";

/// The running mentorships: the mentor, the department the mentee works in, how it came about
/// and how many days ago it started. Mentees are early-career colleagues from another department.
const MENTORSHIPS: [(&str, &Department, &str, u64); 9] = [
    ("Ingrid Bakker", &WATERSYSTEMEN, SELF_CHOSEN, 40),
    ("Jeroen 't Hart", &WATERKETEN, ARRANGED, 55),
    ("Hatice Öztürk", &BEDRIJFSVOERING, SELF_CHOSEN, 62),
    ("Hatice Öztürk", &HR, SELF_CHOSEN, 21),
    // Lars knows his mentee from his own years as a werkvoorbereider.
    ("Lars Boersma", &PROJECTEN_TECHNIEK, INFORMAL, 68),
    ("Lars Boersma", &IV_ICT, SELF_CHOSEN, 30),
    ("Sander Kuipers", &VERGUNNINGEN_HANDHAVING, SELF_CHOSEN, 47),
    ("Linh Nguyen", &FINANCIEN, SELF_CHOSEN, 35),
    ("Karim El Amrani", &BELEID_STRATEGIE, SELF_CHOSEN, 14),
];

/// Mentees are at most this many years into their career.
const EARLY_CAREER_YEARS: i32 = 5;

/// The pool as it stands on `today`, for the people the generator made.
pub(crate) fn build(people: &[DemoPerson], today: NaiveDate) -> Pool {
    let seeds: Vec<(usize, &MentorSeed)> = MENTORS
        .iter()
        .filter_map(|seed| Some((people.iter().position(|p| p.person.name == seed.person.name)?, seed)))
        .collect();
    let mentors = seeds
        .iter()
        .map(|&(person, seed)| DemoMentor {
            person,
            profile: profile(seed, &people[person].person, today.year()),
            status: seed.status,
        })
        .collect();
    let poll = poll(&seeds, people, today);
    let screenings = seeds
        .iter()
        .enumerate()
        .filter_map(|(mentor, &(person, seed))| screening(mentor, seed, people, person, today, poll.closed_on))
        .collect();
    let mentorships = mentorships(&seeds, people, today);
    Pool {
        mentors,
        screenings,
        poll,
        mentorships,
    }
}

/// One job in a career, with its year worked out.
struct Stint<'a> {
    year: i32,
    role: &'a str,
    /// The department at the water board, or the other organisation.
    unit: &'a str,
    organisation: &'a str,
    step: Step,
    detail: &'a str,
}

/// The whole career, oldest job first, ending in the job the person has now.
fn timeline<'a>(seed: &'a MentorSeed, person: &'a PersonInput, year: i32) -> Vec<Stint<'a>> {
    let earlier = seed.career.iter().map(|job| {
        let (unit, organisation) = match job.employer {
            Employer::Here(department) => (department.name, ORGANISATION_NAME),
            Employer::Elsewhere(organisation) => (organisation, organisation),
        };
        Stint {
            year: year - job.since,
            role: job.role,
            unit,
            organisation,
            step: job.step,
            detail: job.detail,
        }
    });
    let (since, step) = seed.current;
    let now = Stint {
        year: year - since,
        role: &person.job_title,
        unit: &person.department,
        organisation: ORGANISATION_NAME,
        step,
        detail: "",
    };
    earlier.chain(std::iter::once(now)).collect()
}

fn profile(seed: &MentorSeed, person: &PersonInput, year: i32) -> MentorInput {
    let stints = timeline(seed, person, year);
    let has = |part: &str| !seed.without.contains(&part);
    MentorInput {
        bio: seed.bio.to_string(),
        expertise: seed.expertise.iter().map(|tag| tag.to_string()).collect(),
        capacity: seed.capacity,
        topics: seed.topics.iter().map(|topic| topic.to_string()).collect(),
        meeting_mode: seed.meeting.map(|(mode, _)| mode),
        meeting_frequency: seed.meeting.map(|(_, frequency)| frequency),
        career_path: if has("career_path") {
            career_path(&stints)
        } else {
            Vec::new()
        },
        cv: if has("cv") { cv(seed, &stints, year) } else { Vec::new() },
    }
}

fn career_path(stints: &[Stint<'_>]) -> Vec<CareerMove> {
    stints
        .windows(2)
        .map(|pair| {
            let (from, to) = (&pair[0], &pair[1]);
            CareerMove {
                year: Some(to.year),
                from_role: from.role.to_string(),
                to_role: to.role.to_string(),
                from_department: from.unit.to_string(),
                to_department: to.unit.to_string(),
                direction: match to.step {
                    Step::Up => MoveDirection::Vertical,
                    Step::Side | Step::Start => MoveDirection::Horizontal,
                },
            }
        })
        .collect()
}

/// The three most recent jobs, newest first as a CV lists them, then the education and the
/// achievement.
fn cv(seed: &MentorSeed, stints: &[Stint<'_>], year: i32) -> Vec<CvEntry> {
    let positions = stints.iter().enumerate().rev().take(3).map(|(index, stint)| {
        let description = if !stint.detail.is_empty() {
            stint.detail.to_string()
        } else if stint.organisation == ORGANISATION_NAME {
            format!("Afdeling {}", stint.unit)
        } else {
            String::new()
        };
        CvEntry {
            kind: CvEntryKind::Position,
            title: stint.role.to_string(),
            organisation: stint.organisation.to_string(),
            from_year: Some(stint.year),
            to_year: stints.get(index + 1).map(|next| next.year),
            description,
        }
    });
    let education = seed.education.iter().map(|study| CvEntry {
        kind: CvEntryKind::Education,
        title: study.title.to_string(),
        organisation: study.school.to_string(),
        from_year: Some(year - study.from),
        to_year: Some(year - study.to),
        description: String::new(),
    });
    let achievement = seed.achievement.iter().map(|achievement| CvEntry {
        kind: CvEntryKind::Achievement,
        title: achievement.title.to_string(),
        organisation: achievement.organisation.to_string(),
        from_year: Some(year - achievement.ago),
        to_year: Some(year - achievement.ago),
        description: achievement.description.to_string(),
    });
    positions.chain(education).chain(achievement).collect()
}

fn checks(values: [Option<bool>; 5]) -> ScreeningChecks {
    let [career_goals_met, knows_organisation, motivated, has_time, manager_agrees] = values;
    ScreeningChecks {
        career_goals_met,
        knows_organisation,
        motivated,
        has_time,
        manager_agrees,
    }
}

fn screening(
    mentor: usize,
    seed: &MentorSeed,
    people: &[DemoPerson],
    person: usize,
    today: NaiveDate,
    poll_closed: NaiveDate,
) -> Option<DemoScreening> {
    let (input, on) = match seed.screening {
        Screen::Unscreened => return None,
        Screen::Underway { checks: judged, note } => (
            ScreeningInput {
                checks: checks(judged),
                notes: note.to_string(),
                decision: None,
                decision_reason: String::new(),
            },
            poll_closed + Days::new(14),
        ),
        Screen::Approve(note) => {
            let manager = people[person]
                .manager
                .map_or("de directie", |m| people[m].person.name.as_str());
            let joined = people[person]
                .person
                .start_date
                .map_or(0, |start| today.year() - start.year());
            let screened_days_ago = 75 + (mentor as u64 * 53) % 700;
            (
                ScreeningInput {
                    checks: checks([Some(true); 5]),
                    notes: note.to_string(),
                    decision: Some(ScreeningDecision::Approve),
                    decision_reason: approval_reason(mentor, manager, joined),
                },
                today - Days::new(screened_days_ago),
            )
        }
        Screen::Postpone {
            checks: judged,
            note,
            reason,
        } => (
            ScreeningInput {
                checks: checks(judged),
                notes: note.to_string(),
                decision: Some(ScreeningDecision::Postpone),
                decision_reason: reason.to_string(),
            },
            poll_closed + Days::new(9),
        ),
    };
    Some(DemoScreening { mentor, input, on })
}

/// Why HR approved, in one of a few phrasings, naming the manager who agreed.
fn approval_reason(variant: usize, manager: &str, years_here: i32) -> String {
    match variant % 5 {
        0 => format!("Voldoet aan alle vijf criteria; {manager} staat achter het mentorschap."),
        1 => format!(
            "Kent de organisatie na {years_here} jaar door en door, is gemotiveerd en maakt tijd vrij. \
             Akkoord van {manager}."
        ),
        2 => format!("Heeft de eigen loopbaandoelen grotendeels bereikt en wil iets teruggeven; {manager} is akkoord."),
        3 => format!("Gemotiveerd, beschikbaar en met steun van leidinggevende {manager}. Geschikt."),
        _ => format!("Alle punten positief na een goed intakegesprek; {manager} stemt in."),
    }
}

fn poll(seeds: &[(usize, &MentorSeed)], people: &[DemoPerson], today: NaiveDate) -> DemoPoll {
    let opened_on = today - Days::new(POLL_OPENED_DAYS_AGO);
    let closed_on = today - Days::new(POLL_CLOSED_DAYS_AGO);
    let mut invitees = Vec::new();
    for &(person, seed) in seeds {
        let answer = match seed.poll {
            Reply::NotInvited => continue,
            Reply::NoAnswer => None,
            Reply::Interested(hours, motivation) => Some(PollAnswerInput {
                answer: PollAnswer::Interested,
                hours_per_month: Some(hours),
                motivation: motivation.to_string(),
                topics: if seed.topics.is_empty() {
                    seed.expertise.join(", ")
                } else {
                    seed.topics.join("; ")
                },
            }),
            Reply::NotInterested(reason) => Some(PollAnswerInput {
                answer: PollAnswer::NotInterested,
                hours_per_month: None,
                motivation: reason.to_string(),
                topics: String::new(),
            }),
        };
        invitees.push((person, answer));
    }
    let others = experienced_colleagues(people, today);
    let step = (others.len() / OTHER_INVITEES.len()).max(1);
    for (person, reason) in others.into_iter().step_by(step).zip(OTHER_INVITEES) {
        let answer = reason.map(|reason| PollAnswerInput {
            answer: PollAnswer::NotInterested,
            hours_per_month: None,
            motivation: reason.to_string(),
            topics: String::new(),
        });
        invitees.push((person, answer));
    }
    let answer_window = POLL_OPENED_DAYS_AGO - POLL_CLOSED_DAYS_AGO - 3;
    let invitees = invitees
        .into_iter()
        .enumerate()
        .map(|(order, (person, answer))| DemoInvitee {
            person,
            answer: answer.map(|answer| (answer, opened_on + Days::new(1 + (order as u64 * 11) % answer_window))),
        })
        .collect();
    DemoPoll {
        round: PollRoundInput {
            title: format!("Peiling mentoren {}", opened_on.year()),
            invitation: POLL_INVITATION.to_string(),
        },
        opened_on,
        closed_on,
        invitees,
    }
}

/// Generated colleagues with at least fifteen years of experience, five of them here, outside
/// the board of directors; in the order the organisation lists them.
fn experienced_colleagues(people: &[DemoPerson], today: NaiveDate) -> Vec<usize> {
    (0..people.len())
        .filter(|&index| {
            let person = &people[index].person;
            let career = person.career_start_year.map_or(0, |start| today.year() - start);
            let here = person.start_date.map_or(0, |start| today.year() - start.year());
            !is_featured(&person.name) && person.department != crate::departments::DIRECTIE && career >= 15 && here >= 5
        })
        .collect()
}

fn mentorships(seeds: &[(usize, &MentorSeed)], people: &[DemoPerson], today: NaiveDate) -> Vec<DemoMentorship> {
    let mut taken = HashSet::new();
    MENTORSHIPS
        .iter()
        .filter_map(|&(name, department, origin, days_ago)| {
            let mentor = seeds.iter().position(|(_, seed)| seed.person.name == name)?;
            let mentee = (0..people.len()).find(|&index| {
                let person = &people[index].person;
                let career = person.career_start_year.map_or(i32::MAX, |start| today.year() - start);
                !taken.contains(&index)
                    && !is_featured(&person.name)
                    && person.department == department.name
                    && career <= EARLY_CAREER_YEARS
            })?;
            taken.insert(mentee);
            let joined = people[mentee].person.start_date.unwrap_or(today);
            Some(DemoMentorship {
                mentor,
                mentee,
                origin,
                started_on: (today - Days::new(days_ago)).max(joined),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::departments::DEPARTMENTS;
    use crate::generate::{generate, DemoOrganisation};
    use mentorpool_domain::MentorStatus;
    use std::collections::HashMap;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 15).expect("a real date")
    }

    fn demo() -> DemoOrganisation {
        generate(today())
    }

    fn is_department(name: &str) -> bool {
        DEPARTMENTS.iter().any(|d| d.name == name)
    }

    fn seed(name: &str) -> &'static MentorSeed {
        MENTORS.iter().find(|s| s.person.name == name).expect("a seed")
    }

    #[test]
    fn careers_fit_each_persons_years() {
        for seed in &MENTORS {
            let name = seed.person.name;
            let (career, here) = (seed.person.career_years, seed.person.years_here);
            let jobs = seed.career;
            assert!((2..=4).contains(&jobs.len()), "{name}: two to four moves");
            assert_eq!(jobs[0].since, career, "{name}: the first job starts the career");
            assert_eq!(jobs[0].step, Step::Start, "{name}");
            assert!(jobs[1..].iter().all(|job| job.step != Step::Start), "{name}");
            assert_ne!(seed.current.1, Step::Start, "{name}");
            let mut since: Vec<i32> = jobs.iter().map(|job| job.since).collect();
            since.push(seed.current.0);
            assert!(
                since.windows(2).all(|w| w[0] > w[1]),
                "{name}: jobs follow each other: {since:?}"
            );
            assert!(seed.current.0 >= 1, "{name}: in the current job for at least a year");
            // Elsewhere first, then here from the year they joined.
            let joined = jobs
                .iter()
                .find(|job| matches!(job.employer, Employer::Here(_)))
                .map_or(seed.current.0, |job| job.since);
            assert_eq!(joined, here, "{name}: joins the water board in the year they joined");
            for job in jobs {
                match job.employer {
                    Employer::Here(_) => assert!(job.since <= here, "{name}: {}", job.role),
                    Employer::Elsewhere(_) => assert!(job.since > here, "{name}: {}", job.role),
                }
            }
            for study in seed.education {
                assert!(study.from > study.to && study.to >= 0, "{name}: {}", study.title);
                assert!(study.from <= career + 8, "{name}: {} starts too early", study.title);
            }
            if let Some(achievement) = &seed.achievement {
                assert!((0..=career).contains(&achievement.ago), "{name}: {}", achievement.title);
            }
        }
    }

    #[test]
    fn every_published_or_former_mentor_has_a_full_profile_and_an_approval() {
        for seed in MENTORS.iter().filter(|s| s.status != MentorStatus::Candidate) {
            let name = seed.person.name;
            assert!((2..=4).contains(&seed.topics.len()), "{name}");
            assert!(seed.meeting.is_some() && seed.without.is_empty(), "{name}");
            assert!(!seed.education.is_empty(), "{name}");
            assert!(
                matches!(seed.screening, Screen::Approve(note) if note.len() > 20),
                "{name}"
            );
        }
        let demo = demo();
        for mentor in demo.mentors.iter().filter(|m| m.status != MentorStatus::Candidate) {
            let profile = &mentor.profile;
            assert!((2..=4).contains(&profile.career_path.len()));
            let kinds = |kind| profile.cv.iter().filter(|entry| entry.kind == kind).count();
            assert!((2..=3).contains(&kinds(CvEntryKind::Position)), "{}", profile.bio);
            assert!(kinds(CvEntryKind::Education) >= 1, "{}", profile.bio);
        }
    }

    #[test]
    fn the_current_job_ends_the_career_path_and_tops_the_cv() {
        let demo = demo();
        for mentor in &demo.mentors {
            let person = &demo.people[mentor.person].person;
            if let Some(last) = mentor.profile.career_path.last() {
                assert_eq!(
                    (&last.to_role, &last.to_department),
                    (&person.job_title, &person.department)
                );
            }
            if let Some(first) = mentor.profile.cv.first() {
                assert_eq!((&first.title, first.to_year), (&person.job_title, None));
                assert_eq!(first.organisation, ORGANISATION_NAME);
            }
            for entry in &mentor.profile.cv {
                assert!(entry.to_year.unwrap_or(today().year()) <= today().year(), "{entry:?}");
                assert!(entry.from_year.is_some_and(|from| from <= today().year()), "{entry:?}");
            }
        }
        let jeroen = demo
            .mentors
            .iter()
            .find(|m| demo.people[m.person].person.name == "Jeroen 't Hart");
        let path = &jeroen.expect("Jeroen is a mentor").profile.career_path;
        assert_eq!(path[0].from_role, "Tekenaar");
        assert_eq!(path[0].year, Some(today().year() - 22));
        assert_eq!(path[2].to_role, "Teamleider Dijkversterking");
    }

    #[test]
    fn plenty_of_moves_sideways_between_departments_and_up_the_ladder() {
        let demo = demo();
        let moves: Vec<&CareerMove> = demo.mentors.iter().flat_map(|m| &m.profile.career_path).collect();
        let across: Vec<&&CareerMove> = moves
            .iter()
            .filter(|mv| {
                mv.direction == MoveDirection::Horizontal
                    && is_department(&mv.from_department)
                    && is_department(&mv.to_department)
                    && mv.from_department != mv.to_department
            })
            .collect();
        assert!(across.len() >= 8, "{across:?}");
        let departments: HashSet<&str> = across
            .iter()
            .flat_map(|mv| [mv.from_department.as_str(), mv.to_department.as_str()])
            .collect();
        assert!(departments.len() >= 6, "{departments:?}");
        assert!(moves
            .iter()
            .any(|mv| mv.from_department == "Financiën" || mv.to_department == "Financiën"));
        let vertical = moves
            .iter()
            .filter(|mv| mv.direction == MoveDirection::Vertical)
            .count();
        assert!(vertical >= 20, "{vertical}");
    }

    #[test]
    fn topics_are_varied_and_some_are_shared() {
        let mut uses: HashMap<&str, usize> = HashMap::new();
        for topic in MENTORS.iter().flat_map(|s| s.topics) {
            assert!(!topic.contains("  ") && !topic.ends_with('.'), "{topic}");
            *uses.entry(topic).or_default() += 1;
        }
        assert!(uses.len() >= 90, "{}", uses.len());
        assert!(uses["Overstappen naar een andere afdeling"] >= 4);
        assert!(uses["Van vakspecialist naar leidinggevende"] >= 3);
    }

    #[test]
    fn candidates_are_at_every_stage_of_screening() {
        let candidates: Vec<&MentorSeed> = MENTORS.iter().filter(|s| s.status == MentorStatus::Candidate).collect();
        assert!(candidates.len() >= 4);
        let count = |f: fn(&Screen) -> bool| candidates.iter().filter(|s| f(&s.screening)).count();
        assert!(count(|s| matches!(s, Screen::Unscreened)) >= 2);
        assert_eq!(count(|s| matches!(s, Screen::Underway { .. })), 1);
        assert_eq!(
            count(|s| matches!(s, Screen::Approve(_))),
            0,
            "an approved candidate would be published"
        );
        let postponed: Vec<&&MentorSeed> = candidates
            .iter()
            .filter(|s| matches!(s.screening, Screen::Postpone { .. }))
            .collect();
        assert_eq!(postponed.len(), 1);
        let Screen::Postpone { checks, reason, .. } = postponed[0].screening else {
            unreachable!()
        };
        assert_eq!(checks[0], Some(false), "still chasing their own success");
        assert!(reason.contains("doorgroeien"));
        assert!(candidates.iter().any(|s| !s.without.is_empty() || s.topics.is_empty()));
    }

    #[test]
    fn screenings_pass_the_domain_rules_and_approve_every_active_mentor() {
        let demo = demo();
        for screening in &demo.screenings {
            let mentor = &demo.mentors[screening.mentor];
            let valid = screening.input.clone().validate().expect("a valid screening");
            assert!(!valid.notes.is_empty());
            assert!(screening.on <= today());
            let approved = valid.decision == Some(ScreeningDecision::Approve);
            assert_eq!(approved, mentor.status != MentorStatus::Candidate);
            assert_ne!(valid.decision, Some(ScreeningDecision::Decline));
        }
        let screened: HashSet<usize> = demo.screenings.iter().map(|s| s.mentor).collect();
        assert_eq!(screened.len(), demo.screenings.len(), "one screening per mentor");
        for (index, mentor) in demo.mentors.iter().enumerate() {
            if mentor.status != MentorStatus::Candidate {
                assert!(screened.contains(&index));
            }
        }
        let reasons: HashSet<&str> = demo
            .screenings
            .iter()
            .map(|s| s.input.decision_reason.as_str())
            .collect();
        assert!(reasons.len() > 30, "reasons name the manager and vary");
        assert!(
            reasons.iter().any(|r| r.contains("Harm van der Meer")),
            "heads answer to the director"
        );
    }

    /// Invited, answered, interested, not interested.
    fn poll_counts(poll: &DemoPoll) -> (usize, usize, usize, usize) {
        let answered: Vec<&PollAnswerInput> = poll
            .invitees
            .iter()
            .filter_map(|i| i.answer.as_ref())
            .map(|a| &a.0)
            .collect();
        let count = |kind| answered.iter().filter(|a| a.answer == kind).count();
        (
            poll.invitees.len(),
            answered.len(),
            count(PollAnswer::Interested),
            count(PollAnswer::NotInterested),
        )
    }

    #[test]
    fn the_poll_reached_forty_experienced_colleagues() {
        let demo = demo();
        let poll = &demo.poll;
        assert_eq!(poll.round.title, "Peiling mentoren 2026");
        assert_eq!((today() - poll.opened_on).num_days(), 61);
        assert_eq!((today() - poll.closed_on).num_days(), 30);
        assert_eq!(poll_counts(poll), (40, 33, 26, 7));
        let people: HashSet<usize> = poll.invitees.iter().map(|i| i.person).collect();
        assert_eq!(people.len(), 40, "nobody is invited twice");
        let pool: HashMap<usize, MentorStatus> = demo.mentors.iter().map(|m| (m.person, m.status)).collect();
        for invitee in &poll.invitees {
            let person = &demo.people[invitee.person].person;
            let career = today().year() - person.career_start_year.expect("a career start");
            assert!(career >= 10, "{}", person.name);
            let Some((answer, on)) = &invitee.answer else { continue };
            assert!(answer.clone().validate().is_ok());
            assert!(poll.opened_on < *on && *on < poll.closed_on, "{on}");
            assert!(!answer.motivation.is_empty(), "{}", person.name);
            if answer.answer == PollAnswer::Interested {
                assert!(answer.hours_per_month.is_some_and(|h| (4..=8).contains(&h)));
                assert!(!answer.topics.is_empty());
                // Everyone interested already has a profile, so answering adds no candidate.
                assert!(pool.contains_key(&invitee.person), "{}", person.name);
            }
        }
        let status_of = |kind| {
            poll.invitees
                .iter()
                .filter(|i| i.answer.as_ref().map(|a| a.0.answer) == kind)
                .filter_map(|i| pool.get(&i.person).copied())
                .collect::<Vec<_>>()
        };
        let interested = status_of(Some(PollAnswer::Interested));
        let candidates = demo
            .mentors
            .iter()
            .filter(|m| m.status == MentorStatus::Candidate)
            .count();
        assert_eq!(
            interested.iter().filter(|s| **s == MentorStatus::Candidate).count(),
            candidates
        );
        assert!(interested.iter().filter(|s| **s == MentorStatus::Approved).count() >= 20);
        assert!(
            status_of(Some(PollAnswer::NotInterested)).len() < 7,
            "mostly people outside the pool say no"
        );
        assert!(!status_of(None).is_empty(), "some mentors never answered");
    }

    #[test]
    fn mentorships_stay_within_capacity_and_leave_room() {
        let demo = demo();
        let ships = &demo.mentorships;
        assert_eq!(ships.len(), MENTORSHIPS.len(), "every mentorship found a mentee");
        assert!((6..=10).contains(&ships.len()));
        let origin = |o| ships.iter().filter(|s| s.origin == o).count();
        assert_eq!(origin(INFORMAL), 1);
        assert_eq!(origin(ARRANGED), 1);
        assert_eq!(origin(SELF_CHOSEN), ships.len() - 2);
        let mentees: HashSet<usize> = ships.iter().map(|s| s.mentee).collect();
        assert_eq!(mentees.len(), ships.len(), "one mentor per mentee");
        let mentor_people: HashSet<usize> = demo.mentors.iter().map(|m| m.person).collect();
        let mut load: HashMap<usize, i64> = HashMap::new();
        for ship in ships {
            let mentor = &demo.mentors[ship.mentor];
            let mentee = &demo.people[ship.mentee].person;
            let person = &demo.people[mentor.person].person;
            assert_eq!(mentor.status, MentorStatus::Approved);
            assert!(!mentor_people.contains(&ship.mentee), "{} is a mentor", mentee.name);
            assert_ne!(mentee.department, person.department, "outside the mentor's own line");
            assert!(today().year() - mentee.career_start_year.expect("a start") <= EARLY_CAREER_YEARS);
            assert!(mentee.start_date.is_some_and(|start| start <= ship.started_on) && ship.started_on <= today());
            let screened = demo
                .screenings
                .iter()
                .find(|s| s.mentor == ship.mentor)
                .expect("screened");
            assert!(screened.on < ship.started_on, "approved before the mentorship started");
            *load.entry(ship.mentor).or_default() += 1;
        }
        for (&mentor, &mentees) in &load {
            assert!(mentees <= demo.mentors[mentor].profile.capacity);
        }
        let free = demo
            .mentors
            .iter()
            .enumerate()
            .filter(|(i, m)| {
                m.status == MentorStatus::Approved && load.get(i).copied().unwrap_or(0) < m.profile.capacity
            })
            .count();
        assert!(free >= 25, "{free}");
        assert!(
            load.iter().any(|(&m, &n)| n == demo.mentors[m].profile.capacity),
            "one mentor is full"
        );
    }

    #[test]
    fn the_pool_moves_along_with_the_day() {
        let later = NaiveDate::from_ymd_opt(2029, 1, 10).expect("a real date");
        let demo = generate(later);
        assert_eq!(demo.poll.round.title, "Peiling mentoren 2028");
        let jeroen = seed("Jeroen 't Hart");
        let mentor = demo
            .mentors
            .iter()
            .find(|m| demo.people[m.person].person.name == jeroen.person.name)
            .expect("Jeroen");
        assert_eq!(mentor.profile.career_path[0].year, Some(2029 - 22));
        assert_eq!(demo.mentorships.len(), MENTORSHIPS.len());
        for profile in demo.mentors.iter().map(|m| &m.profile) {
            assert!(profile.clone().validate().is_ok());
        }
    }
}
