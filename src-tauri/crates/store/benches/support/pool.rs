//! A generated mentor pool the store's benchmarks share: Dutch names with diacritics, a dozen
//! departments, expertise from a small vocabulary, and profiles long enough to search.

use mentorpool_domain::profile::{CareerMove, CvEntry, CvEntryKind, MoveDirection};
use mentorpool_domain::{MentorInput, MentorStatus, PersonInput};
use mentorpool_store::{mentors, people, write, Connection};

pub const TAGS: [&str; 8] = [
    "Omgevingswet",
    "Waterkwaliteit",
    "Dijkversterking",
    "Projectmanagement",
    "Financiën & control",
    "Leiderschap",
    "Informatiebeveiliging",
    "Crisisbeheersing",
];
const FIRST: [&str; 6] = ["Zoë", "Daniël", "Fenna", "Sjoerd", "Anaïs", "Mehmet"];
const LAST: [&str; 6] = ["Çelik", "de Vries", "'t Hart", "Öztürk", "Bakker", "van der Berg"];
const TOPICS: [&str; 5] = [
    "Je weg vinden in de organisatie",
    "Samenwerken met het bestuur",
    "Een netwerk opbouwen",
    "Werk en privé in balans",
    "Doorgroeien naar een leidinggevende rol",
];

/// `size` mentors; mentor `i` gets status `status(i)`.
pub fn pool(size: usize, status: impl Fn(usize) -> MentorStatus) -> Connection {
    let mut conn = mentorpool_store::open_in_memory().expect("in-memory database");
    write(&mut conn, |tx| {
        for i in 0..size {
            let person = PersonInput {
                name: format!("{} {} {i}", FIRST[i % FIRST.len()], LAST[i / FIRST.len() % LAST.len()]),
                email: format!("mentor{i}@waterschap.nl"),
                employee_number: format!("{:05}", i),
                department: format!("Afdeling {}", i % 12),
                job_title: "Senior adviseur".into(),
                languages: if i % 5 == 0 {
                    vec!["nl".into(), "en".into()]
                } else {
                    vec!["nl".into()]
                },
                ..PersonInput::default()
            }
            .validate(2026)?;
            let id = people::insert(tx, &person)?;
            let profile = MentorInput {
                bio: format!(
                    "Werkt {} jaar bij het waterschap, begon bij {} en begeleidt graag nieuwe collega's.",
                    10 + i % 25,
                    TAGS[(i + 4) % TAGS.len()].to_lowercase()
                ),
                expertise: (0..3).map(|k| TAGS[(i + k * 3) % TAGS.len()].to_string()).collect(),
                capacity: 2,
                topics: vec![TOPICS[i % TOPICS.len()].to_string()],
                career_path: vec![CareerMove {
                    year: Some(2000 + (i % 25) as i32),
                    from_role: "Adviseur".into(),
                    to_role: "Senior adviseur".into(),
                    from_department: format!("Afdeling {}", (i + 3) % 12),
                    to_department: format!("Afdeling {}", i % 12),
                    direction: MoveDirection::Horizontal,
                }],
                cv: vec![CvEntry {
                    kind: CvEntryKind::Education,
                    title: "Civiele techniek".into(),
                    organisation: "TU Delft".into(),
                    from_year: Some(1990 + (i % 20) as i32),
                    to_year: Some(1995 + (i % 20) as i32),
                    description: String::new(),
                }],
                ..MentorInput::default()
            }
            .validate()?;
            mentors::insert(tx, id, &profile, status(i))?;
        }
        Ok::<_, mentorpool_store::StoreError>(())
    })
    .expect("generated pool");
    conn
}
