//! Importing an HR export of 20,000 employees with their managers into an empty database:
//! reading, proposing the mapping, validating and applying in one transaction. Target ≤ 1 s.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use mentorpool_exchange::employees::{apply, read_employee_csv};
use std::fmt::Write;
use std::hint::black_box;
use std::time::Duration;

const EMPLOYEES: usize = 20_000;
const FIRST: [&str; 8] = ["Zoë", "Daniël", "Fenna", "Sjoerd", "Anaïs", "Mehmet", "François", "Jan"];
const LAST: [&str; 8] = [
    "Çelik",
    "de Vries",
    "'t Hart",
    "Öztürk",
    "Bakker",
    "van der Berg",
    "Jansen",
    "El Amrani",
];

/// A `;` export with CRLF as Dutch Excel writes it. Everyone but the director has a manager
/// (eight reports each), named by employee number or e-mail; the rows run bottom-up, so every
/// manager comes after their reports.
fn export() -> Vec<u8> {
    let mut csv = String::from(
        "Personeelsnummer;Voornaam;Tussenvoegsel;Achternaam;E-mailadres;Afdeling;Functie;Leidinggevende;\
         In dienst sinds;Loopbaan gestart;Talen\r\n",
    );
    for i in (0..EMPLOYEES).rev() {
        let manager = match i {
            0 => String::new(),
            i if i % 2 == 0 => format!("{}", 10_000 + (i - 1) / 8),
            i => format!("medewerker{}@waterschap.nl", (i - 1) / 8),
        };
        let _ = write!(
            csv,
            "{};{};;\"{}\";medewerker{i}@waterschap.nl;Afdeling {};\"Adviseur; {}\";{manager};{:02}-{:02}-{};{};nl, en\r\n",
            10_000 + i,
            FIRST[i % FIRST.len()],
            LAST[i / FIRST.len() % LAST.len()],
            i % 40,
            i % 7,
            1 + i % 28,
            1 + i % 12,
            1990 + i % 35,
            1980 + i % 40,
        );
    }
    csv.into_bytes()
}

fn bench(c: &mut Criterion) {
    let bytes = export();
    let today = NaiveDate::from_ymd_opt(2026, 4, 15).expect("a date");
    let mut group = c.benchmark_group("import_employees");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("20000 rows into an empty database", |b| {
        b.iter_batched(
            || mentorpool_store::open_in_memory().expect("in-memory database"),
            |mut conn| {
                let proposal = read_employee_csv(black_box(&bytes)).expect("a readable file");
                let summary = apply(&mut conn, &bytes, &proposal.mapping, &[], today).expect("a valid file");
                assert_eq!(summary.added, EMPLOYEES);
                conn
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
