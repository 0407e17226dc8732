//! Listing and filtering the mentor pool as HR's mentor screen does, over 5,000 mentors.

use criterion::{criterion_group, criterion_main, Criterion};
use mentorpool_domain::MentorStatus;
use mentorpool_store::mentors::{self, MentorFilter};
use std::hint::black_box;

#[path = "support/pool.rs"]
mod support;

const POOL: usize = 5_000;

fn bench_mentor_list(c: &mut Criterion) {
    let conn = support::pool(POOL, |i| MentorStatus::ALL[i % 4]);
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
