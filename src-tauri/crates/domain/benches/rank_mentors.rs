//! Ranking 5,000 approved mentors for one newcomer, as the suggestions screen does on opening.
//! The target is a median (p50) of at most 5 ms.

use criterion::{criterion_group, criterion_main, Criterion};
use mentorpool_domain::matching::{rank, Ambition, CareerPhase, Intake, MentorCandidate, Newcomer};
use mentorpool_domain::profile::{CareerMove, MeetingMode, MoveDirection};
use mentorpool_domain::{LanguageCode, MentorId, PersonId};
use std::hint::black_box;

const POOL: usize = 5_000;
const TAGS: [&str; 16] = [
    "Omgevingswet",
    "Waterkwaliteit",
    "Dijkversterking",
    "Projectmanagement",
    "Financiën & control",
    "Leiderschap",
    "Informatiebeveiliging",
    "Crisisbeheersing",
    "Communicatie",
    "Vergunningverlening",
    "Inkoop & aanbesteding",
    "Data-analyse",
    "Beleidsadvies",
    "Zuiveringstechniek",
    "Personeelszaken",
    "Juridische zaken",
];
const DEPARTMENTS: [&str; 12] = [
    "Financiën",
    "Beleid",
    "ICT",
    "Waterbeheer",
    "Vergunningen",
    "Communicatie",
    "Personeel & organisatie",
    "Inkoop",
    "Juridische zaken",
    "Zuivering",
    "Projecten",
    "Bestuursondersteuning",
];
const MODES: [Option<MeetingMode>; 4] = [
    None,
    Some(MeetingMode::InPerson),
    Some(MeetingMode::Online),
    Some(MeetingMode::Either),
];

/// SplitMix64, so the generated pool is the same on every run.
fn next(state: &mut u64) -> usize {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    usize::try_from((z ^ (z >> 31)) >> 33).expect("31 bits fit")
}

fn pick<'a>(state: &mut u64, from: &[&'a str]) -> &'a str {
    from[next(state) % from.len()]
}

fn pool() -> Vec<MentorCandidate> {
    let mut state = 2026;
    let languages = [
        LanguageCode::parse("nl").expect("nl"),
        LanguageCode::parse("en").expect("en"),
    ];
    (0..POOL)
        .map(|i| {
            let raw = i64::try_from(i).expect("small");
            // 3 to 6 labels, split over expertise and topics.
            let labels: Vec<String> = (0..3 + next(&mut state) % 4)
                .map(|_| pick(&mut state, &TAGS).to_string())
                .collect();
            let split = labels.len() / 2;
            let career_path = (0..1 + next(&mut state) % 4)
                .map(|k| CareerMove {
                    year: Some(1995 + i32::try_from(k * 5).expect("small")),
                    from_role: "Adviseur".into(),
                    to_role: "Senior adviseur".into(),
                    from_department: pick(&mut state, &DEPARTMENTS).into(),
                    to_department: pick(&mut state, &DEPARTMENTS).into(),
                    direction: if next(&mut state).is_multiple_of(2) {
                        MoveDirection::Horizontal
                    } else {
                        MoveDirection::Vertical
                    },
                })
                .collect();
            MentorCandidate {
                mentor_id: MentorId::new(raw + 1),
                person_id: PersonId::new(raw + 10_000),
                name: format!("Mentor {i}"),
                department: pick(&mut state, &DEPARTMENTS).into(),
                job_title: "Senior adviseur".into(),
                expertise: labels[..split].to_vec(),
                topics: labels[split..].to_vec(),
                languages: languages[..1 + next(&mut state) % 2].to_vec(),
                meeting_mode: MODES[next(&mut state) % MODES.len()],
                career_path,
                // Every mentor has places, so all 5,000 are scored and sorted: the worst case.
                places_available: u32::try_from(1 + next(&mut state) % 3).expect("small"),
            }
        })
        .collect()
}

fn newcomer() -> Newcomer {
    Newcomer::new(
        PersonId::new(1),
        Intake {
            phase: CareerPhase::EarlyCareer,
            ambition: Ambition::Horizontal,
            topics: vec![
                "financien & control".into(),
                "Omgevingswet".into(),
                "Leiderschap".into(),
            ],
            preferred_language: Some(LanguageCode::parse("en").expect("en")),
            meeting_mode: Some(MeetingMode::Online),
            department: "Financiën".into(),
            manager_id: Some(PersonId::new(10_007)),
            informal_mentor: None,
        },
        vec![PersonId::new(10_007), PersonId::new(10_008)],
    )
    .expect("valid newcomer")
}

fn bench_rank(c: &mut Criterion) {
    let pool = pool();
    let newcomer = newcomer();
    c.bench_function("rank_5000_mentors", |b| {
        b.iter(|| rank(black_box(&newcomer), black_box(&pool)))
    });
}

criterion_group!(benches, bench_rank);
criterion_main!(benches);
