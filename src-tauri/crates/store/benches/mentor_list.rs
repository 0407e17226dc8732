//! Listing and filtering the mentor pool as HR's mentor screen does, over 5,000 mentors.

use criterion::{criterion_group, criterion_main, Criterion};
use mentorpool_domain::{MentorInput, MentorStatus, PersonInput};
use mentorpool_store::mentors::{self, MentorFilter};
use mentorpool_store::{people, write, Connection};
use std::hint::black_box;

const POOL: usize = 5_000;
const TAGS: [&str; 8] = [
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

fn pool() -> Connection {
    let mut conn = mentorpool_store::open_in_memory().expect("in-memory database");
    write(&mut conn, |tx| {
        for i in 0..POOL {
            let person = PersonInput {
                name: format!("{} {} {i}", FIRST[i % FIRST.len()], LAST[i / FIRST.len() % LAST.len()]),
                email: format!("mentor{i}@waterschap.nl"),
                employee_number: format!("{:05}", i),
                department: format!("Afdeling {}", i % 12),
                job_title: "Senior adviseur".into(),
                ..PersonInput::default()
            }
            .validate(2026)?;
            let id = people::insert(tx, &person)?;
            let profile = MentorInput {
                bio: format!(
                    "Werkt {} jaar bij het waterschap en begeleidt graag nieuwe collega's.",
                    10 + i % 25
                ),
                expertise: (0..3).map(|k| TAGS[(i + k * 3) % TAGS.len()].to_string()).collect(),
                capacity: 2,
                ..MentorInput::default()
            }
            .validate()?;
            mentors::insert(tx, id, &profile, MentorStatus::ALL[i % 4])?;
        }
        Ok::<_, mentorpool_store::StoreError>(())
    })
    .expect("generated pool");
    conn
}

fn bench_mentor_list(c: &mut Criterion) {
    let conn = pool();
    let mut group = c.benchmark_group("mentor_list_5000");
    let cases = [
        ("all", MentorFilter::default()),
        (
            "approved",
            MentorFilter {
                status: Some(MentorStatus::Approved),
                ..MentorFilter::default()
            },
        ),
        (
            "text_celik",
            MentorFilter {
                query: "celik".into(),
                ..MentorFilter::default()
            },
        ),
        (
            "approved_and_expertise",
            MentorFilter {
                query: "dijkversterking".into(),
                status: Some(MentorStatus::Approved),
            },
        ),
    ];
    for (name, filter) in cases {
        group.bench_function(name, |b| {
            b.iter(|| mentors::list(&conn, black_box(&filter)).expect("list"))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_mentor_list);
criterion_main!(benches);
