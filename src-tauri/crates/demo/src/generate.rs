//! The generator: the hand-written people in their places, and seeded random colleagues
//! around them until every team is full.

use crate::departments::{Department, Team, DEPARTMENTS, DIRECTIE, DIRECTIE_STAFF, DIRECTOR_TITLE};
use crate::featured::{FeaturedPerson, Place, DIRECTOR, NEWCOMERS};
use crate::mentors::MENTORS;
use crate::names::{email_local_part, random_name, Origin};
use crate::pool::{self, DemoMentorship, DemoPoll, DemoScreening};
use crate::rng::Rng;
use chrono::{Datelike, NaiveDate};
use mentorpool_domain::{MentorInput, MentorStatus, PersonInput};
use std::collections::HashSet;

/// The fictional water board the demo portrays.
pub const ORGANISATION_NAME: &str = "Waterschap Lage Landen";
/// Every demo e-mail address ends in this domain.
pub const EMAIL_DOMAIN: &str = "lagelanden.nl";

/// Fixed, so the demo shows the same people on every day; only dates move with `today`.
const SEED: u64 = 0x4C41_4745_4C41_4E44;

/// A whole demo organisation, ready to be validated and stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOrganisation {
    /// Managers always come before the people who report to them.
    pub people: Vec<DemoPerson>,
    pub mentors: Vec<DemoMentor>,
    /// HR's screenings: an approval for every approved, paused or retired mentor, and
    /// candidates at every stage.
    pub screenings: Vec<DemoScreening>,
    /// This year's recruitment poll, already closed.
    pub poll: DemoPoll,
    /// Mentorships that are running, so some mentors have mentees and one is full.
    pub mentorships: Vec<DemoMentorship>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPerson {
    /// Everything but the manager, who has no id until the manager is stored.
    pub person: PersonInput,
    /// The index in [`DemoOrganisation::people`] of the direct manager; always lower than
    /// this person's own index.
    pub manager: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoMentor {
    /// The index in [`DemoOrganisation::people`] of the person this profile belongs to.
    pub person: usize,
    pub profile: MentorInput,
    pub status: MentorStatus,
}

/// The demo organisation as it stands on `today`. The same `today` always gives the same
/// organisation; another `today` gives the same people with their dates moved along.
pub fn generate(today: NaiveDate) -> DemoOrganisation {
    let mut org = Builder::new(today);
    let director = org.add(Hire::featured(&DIRECTOR, DIRECTOR_TITLE), DIRECTIE, None);
    for job in DIRECTIE_STAFF {
        let career = staff_career_years(&mut org.rng);
        let hire = org.random_hire(job.to_string(), career);
        org.add(hire, DIRECTIE, Some(director));
    }
    for department in &DEPARTMENTS {
        org.add_department(department, director);
    }
    org.number_by_seniority();
    let pool = pool::build(&org.people, today);
    DemoOrganisation {
        people: org.people,
        mentors: pool.mentors,
        screenings: pool.screenings,
        poll: pool.poll,
        mentorships: pool.mentorships,
    }
}

/// Everyone written by hand, who takes a place before any generated colleague does.
fn featured() -> impl Iterator<Item = &'static FeaturedPerson> {
    std::iter::once(&DIRECTOR)
        .chain(&NEWCOMERS)
        .chain(MENTORS.iter().map(|seed| &seed.person))
}

/// Whether this person was written by hand rather than generated.
pub(crate) fn is_featured(name: &str) -> bool {
    featured().any(|person| person.name == name)
}

/// Someone about to join the organisation.
struct Hire {
    name: String,
    job_title: String,
    career_years: i32,
    years_here: i32,
    languages: Vec<String>,
}

/// HR systems show job titles with a capital, as in "Adviseur stedelijk water".
fn capitalised(title: &str) -> String {
    let mut chars = title.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

impl Hire {
    fn featured(person: &FeaturedPerson, job_title: &str) -> Self {
        Self {
            name: person.name.to_string(),
            job_title: job_title.to_string(),
            career_years: person.career_years,
            years_here: person.years_here,
            languages: person.languages.iter().map(|code| code.to_string()).collect(),
        }
    }
}

struct Builder {
    today: NaiveDate,
    rng: Rng,
    people: Vec<DemoPerson>,
    /// Every name in use, the hand-written ones from the start, so no two people share one.
    names: HashSet<String>,
    email_locals: HashSet<String>,
}

impl Builder {
    fn new(today: NaiveDate) -> Self {
        Self {
            today,
            rng: Rng::new(SEED),
            people: Vec::new(),
            names: featured().map(|person| person.name.to_string()).collect(),
            email_locals: HashSet::new(),
        }
    }

    /// A head, then per team a lead and the staff: the hand-written people in their places
    /// first, generated colleagues in the rest.
    fn add_department(&mut self, department: &Department, director: usize) {
        let name = department.name;
        let head = self.add_manager(
            |place| matches!(place, Place::Head(d) if d.name == name),
            department.head_title,
            name,
            director,
            (18, 35),
        );
        for (index, team) in department.teams.iter().enumerate() {
            let lead = self.add_manager(
                |place| matches!(place, Place::Lead(d, t) if d.name == name && *t == index),
                team.lead_title,
                name,
                head,
                (10, 30),
            );
            let mut hired = 0;
            for person in featured() {
                if let Place::Staff(d, t, job) = person.place {
                    if d.name == name && t == index {
                        self.add(Hire::featured(person, job), name, Some(lead));
                        hired += 1;
                    }
                }
            }
            for _ in hired..team.size {
                let hire = self.random_staff(department, team);
                self.add(hire, name, Some(lead));
            }
        }
    }

    /// The hand-written person at this place, or else a generated one whose career has
    /// lasted between `years.0` and `years.1` years.
    fn add_manager(
        &mut self,
        at: impl Fn(&Place) -> bool,
        title: &str,
        department: &str,
        manager: usize,
        years: (i32, i32),
    ) -> usize {
        let hire = match featured().find(|person| at(&person.place)) {
            Some(person) => Hire::featured(person, title),
            None => {
                let career = self.rng.between(years.0, years.1);
                self.random_hire(title.to_string(), career)
            }
        };
        self.add(hire, department, Some(manager))
    }

    /// A team member in any career phase; fresh graduates are often trainees, and some of
    /// the experienced carry "senior" in their title.
    fn random_staff(&mut self, department: &Department, team: &Team) -> Hire {
        let career = staff_career_years(&mut self.rng);
        let job = self.rng.pick(team.jobs);
        let job_title = if career <= 1 && self.rng.percent(60) {
            department.trainee_title.to_string()
        } else if career >= 15 && self.rng.percent(30) {
            format!("senior {job}")
        } else {
            job.to_string()
        };
        self.random_hire(job_title, career)
    }

    fn random_hire(&mut self, job_title: String, career_years: i32) -> Hire {
        let (name, origin) = loop {
            let (name, origin) = random_name(&mut self.rng, career_years);
            if self.names.insert(name.clone()) {
                break (name, origin);
            }
        };
        let years_here = self.rng.between(0, career_years);
        let languages = self.languages(origin, career_years);
        Hire {
            name,
            job_title,
            career_years,
            years_here,
            languages,
        }
    }

    /// Dutch for everyone; English for many, more often among the young; and the home
    /// languages that go with someone's background for some.
    fn languages(&mut self, origin: &Origin, career_years: i32) -> Vec<String> {
        let mut codes = vec!["nl"];
        if self.rng.percent(if career_years < 10 { 25 } else { 12 }) {
            codes.push("en");
        }
        for &(code, percent) in origin.languages {
            if !codes.contains(&code) && self.rng.percent(percent) {
                codes.push(code);
            }
        }
        codes.into_iter().map(String::from).collect()
    }

    /// Adds the person with a start date somewhere in the year they joined (never after
    /// `today`) and returns their index.
    fn add(&mut self, hire: Hire, department: &str, manager: Option<usize>) -> usize {
        let this_year = self.today.year();
        let start_year = this_year - hire.years_here;
        let last_day = if start_year == this_year {
            self.today.ordinal()
        } else {
            365
        };
        let ordinal = 1 + self.rng.below(last_day as usize) as u32;
        let start_date = NaiveDate::from_yo_opt(start_year, ordinal).unwrap_or(self.today);
        let email = self.unique_email(&hire.name);
        self.people.push(DemoPerson {
            person: PersonInput {
                name: hire.name,
                email,
                employee_number: String::new(),
                department: department.to_string(),
                job_title: capitalised(&hire.job_title),
                manager_id: None,
                start_date: Some(start_date),
                career_start_year: Some(this_year - hire.career_years),
                languages: hire.languages,
            },
            manager,
        });
        self.people.len() - 1
    }

    /// `voornaam.achternaam@…`, with a number after it when someone already has that one.
    fn unique_email(&mut self, name: &str) -> String {
        let base = email_local_part(name);
        let mut local = base.clone();
        let mut next = 2;
        while !self.email_locals.insert(local.clone()) {
            local = format!("{base}{next}");
            next += 1;
        }
        format!("{local}@{EMAIL_DOMAIN}")
    }

    /// Five-digit employee numbers that rise with the start date, as HR hands them out.
    fn number_by_seniority(&mut self) {
        let mut order: Vec<usize> = (0..self.people.len()).collect();
        order.sort_by_key(|&index| (self.people[index].person.start_date, index));
        for (rank, index) in order.into_iter().enumerate() {
            let number = 10_000 + rank * 40 + self.rng.below(40);
            self.people[index].person.employee_number = number.to_string();
        }
    }
}

/// Years since a staff member's career started: some fresh graduates, many early and
/// mid-career people, and a good number who have worked for decades.
fn staff_career_years(rng: &mut Rng) -> i32 {
    match rng.below(100) {
        0..=11 => rng.between(0, 1),
        12..=41 => rng.between(2, 9),
        42..=77 => rng.between(10, 25),
        _ => rng.between(26, 42),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn day(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("a real date")
    }

    fn today() -> NaiveDate {
        day(2026, 3, 15)
    }

    fn demo() -> DemoOrganisation {
        generate(today())
    }

    fn career_years(person: &PersonInput) -> i32 {
        today().year() - person.career_start_year.expect("every demo person has a career start")
    }

    #[test]
    fn the_same_day_gives_the_same_organisation() {
        assert_eq!(generate(today()), generate(today()));
    }

    #[test]
    fn another_day_keeps_the_people_and_moves_the_dates() {
        let later = generate(day(2031, 11, 2));
        let names =
            |org: &DemoOrganisation| -> Vec<String> { org.people.iter().map(|p| p.person.name.clone()).collect() };
        assert_eq!(names(&demo()), names(&later));
        assert_eq!(later.people[0].person.career_start_year, Some(2031 - 34));
    }

    #[test]
    fn a_water_board_of_ten_departments_and_nearly_two_hundred_people() {
        let demo = demo();
        assert!(demo.people.len() >= 180, "{}", demo.people.len());
        let departments: HashSet<&str> = demo.people.iter().map(|p| p.person.department.as_str()).collect();
        assert!(departments.len() >= 10);
        for department in &DEPARTMENTS {
            assert!(departments.contains(department.name), "{}", department.name);
        }
    }

    #[test]
    fn the_director_leads_every_department_through_one_head() {
        let demo = demo();
        let roots: Vec<usize> = (0..demo.people.len())
            .filter(|&i| demo.people[i].manager.is_none())
            .collect();
        assert_eq!(roots, [0]);
        assert_eq!(demo.people[0].person.job_title, capitalised(DIRECTOR_TITLE));
        for department in &DEPARTMENTS {
            let heads: Vec<&DemoPerson> = demo
                .people
                .iter()
                .filter(|p| p.person.department == department.name && p.manager == Some(0))
                .collect();
            assert_eq!(heads.len(), 1, "{}", department.name);
            assert_eq!(heads[0].person.job_title, capitalised(department.head_title));
        }
    }

    #[test]
    fn managers_come_first_and_every_line_ends_at_the_director() {
        let demo = demo();
        for (index, person) in demo.people.iter().enumerate() {
            if let Some(manager) = person.manager {
                assert!(manager < index, "{} is listed before their manager", person.person.name);
            }
            // Heads, team leads and staff: never more than three steps up.
            let mut steps = 0;
            let mut current = index;
            while let Some(manager) = demo.people[current].manager {
                current = manager;
                steps += 1;
                assert!(steps <= 3, "{} sits in a loop", person.person.name);
            }
            assert_eq!(current, 0);
        }
    }

    #[test]
    fn names_carry_diacritics_and_tussenvoegsels() {
        let demo = demo();
        let names: Vec<&str> = demo.people.iter().map(|p| p.person.name.as_str()).collect();
        for part in [
            "Zoë",
            "Çelik",
            "'t Hart",
            "van der Berg",
            "Öztürk",
            "El Amrani",
            "Müller",
            "Anaïs",
            "Noël",
        ] {
            assert!(names.iter().any(|name| name.contains(part)), "{part}");
        }
        let unique: HashSet<&&str> = names.iter().collect();
        assert_eq!(unique.len(), names.len());
    }

    #[test]
    fn e_mails_and_employee_numbers_are_unique() {
        let demo = demo();
        let emails: HashSet<&str> = demo.people.iter().map(|p| p.person.email.as_str()).collect();
        let numbers: HashSet<&str> = demo.people.iter().map(|p| p.person.employee_number.as_str()).collect();
        assert_eq!(emails.len(), demo.people.len());
        assert_eq!(numbers.len(), demo.people.len());
        for person in &demo.people {
            let email = &person.person.email;
            assert!(email.is_ascii() && email.ends_with("@lagelanden.nl"), "{email}");
            let number = &person.person.employee_number;
            assert!(
                number.len() == 5 && number.chars().all(|c| c.is_ascii_digit()),
                "{number}"
            );
        }
        assert!(emails.contains("zoe.celik@lagelanden.nl"));
        assert!(emails.contains("jeroen.thart@lagelanden.nl"));
    }

    #[test]
    fn every_person_and_profile_passes_the_domain_rules() {
        // An ordinary day, the first day of a year and the last day of a leap year.
        for today in [today(), day(2028, 1, 1), day(2028, 12, 31)] {
            let demo = generate(today);
            for person in &demo.people {
                let valid = person.person.clone().validate(today.year());
                let valid = valid.unwrap_or_else(|err| panic!("{}: {err}", person.person.name));
                let start = valid.start_date().expect("every demo person has a start date");
                assert!(start <= today, "{} starts in the future", valid.name());
                assert!(Some(start.year()) >= valid.career_start_year(), "{}", valid.name());
            }
            for mentor in &demo.mentors {
                let valid = mentor.profile.clone().validate();
                assert!(valid.is_ok(), "{:?}", mentor.profile);
            }
        }
    }

    #[test]
    fn the_workforce_spans_every_career_phase() {
        let demo = demo();
        let years: Vec<i32> = demo.people.iter().map(|p| career_years(&p.person)).collect();
        let share = |range: std::ops::RangeInclusive<i32>| years.iter().filter(|y| range.contains(y)).count();
        assert!(share(0..=1) >= 10, "fresh graduates: {}", share(0..=1));
        assert!(share(2..=9) >= 30, "early career: {}", share(2..=9));
        assert!(share(15..=25) >= 30, "mid-career: {}", share(15..=25));
        assert!(share(30..=45) >= 10, "late career: {}", share(30..=45));
        assert!(demo.people.iter().any(|p| p.person.job_title.starts_with("Trainee")));
    }

    #[test]
    fn most_speak_only_dutch_and_some_speak_much_more() {
        let demo = demo();
        let mut sets: HashMap<&[String], usize> = HashMap::new();
        for person in &demo.people {
            *sets.entry(&person.person.languages).or_default() += 1;
        }
        let only_dutch = sets[&["nl".to_string()][..]];
        assert!(sets.values().all(|&count| count <= only_dutch), "{sets:?}");
        assert!(only_dutch * 5 >= demo.people.len() * 2, "{sets:?}");
        let dutch_and_english = sets[&["nl".to_string(), "en".to_string()][..]];
        assert!(dutch_and_english * 5 >= demo.people.len(), "{sets:?}");
        for code in ["de", "tr", "ar", "fr", "es", "fy", "pl"] {
            assert!(
                demo.people.iter().any(|p| p.person.languages.iter().any(|l| l == code)),
                "{code}"
            );
        }
    }

    #[test]
    fn every_hand_written_person_has_a_place() {
        let demo = demo();
        for person in featured() {
            let found = demo.people.iter().filter(|p| p.person.name == person.name).count();
            assert_eq!(found, 1, "{}", person.name);
        }
        assert_eq!(demo.mentors.len(), MENTORS.len());
    }

    #[test]
    fn the_mentor_pool_is_experienced_and_in_every_state() {
        let demo = demo();
        assert!(demo.mentors.len() >= 36);
        for status in MentorStatus::ALL {
            assert!(demo.mentors.iter().any(|m| m.status == status), "{status:?}");
        }
        let approved = demo
            .mentors
            .iter()
            .filter(|m| m.status == MentorStatus::Approved)
            .count();
        assert!(approved * 2 > demo.mentors.len());
        let people: HashSet<usize> = demo.mentors.iter().map(|m| m.person).collect();
        assert_eq!(people.len(), demo.mentors.len(), "one profile per person");
        let years: Vec<i32> = demo
            .mentors
            .iter()
            .map(|m| career_years(&demo.people[m.person].person))
            .collect();
        assert!(years.iter().all(|&y| y >= 10), "no fresh graduates or starters");
        assert!(years.iter().filter(|&&y| y >= 15).count() * 4 >= years.len() * 3);
    }

    #[test]
    fn profiles_are_written_out_and_share_a_vocabulary() {
        let demo = demo();
        let mut tag_use: HashMap<&str, usize> = HashMap::new();
        for mentor in &demo.mentors {
            let profile = &mentor.profile;
            assert!((1..=4).contains(&profile.capacity));
            assert!((2..=5).contains(&profile.expertise.len()), "{}", profile.bio);
            assert!((100..=650).contains(&profile.bio.chars().count()), "{}", profile.bio);
            assert!(!profile.bio.contains("  "), "{}", profile.bio);
            for tag in &profile.expertise {
                *tag_use.entry(tag).or_default() += 1;
            }
        }
        assert!(
            tag_use.values().all(|&uses| uses >= 2),
            "a tag used once is not shared: {tag_use:?}"
        );
        let two = demo.mentors.iter().filter(|m| m.profile.capacity == 2).count();
        assert!(two * 2 > demo.mentors.len());
        let long = demo
            .mentors
            .iter()
            .filter(|m| m.profile.bio.chars().count() >= 500)
            .count();
        assert!(long >= 3);
    }
}
