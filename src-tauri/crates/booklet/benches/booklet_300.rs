//! The booklet's budget: 300 profiles with photos in at most 2 s, 300 MB peak memory and a
//! 15 MB PDF. Prints the figures (`cargo bench -p mentorpool-booklet`); a budget that is missed
//! is printed as such, since timings on a busy machine are no reason to fail a build.

use mentorpool_booklet::{render, sample, BookletInput};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

const PROFILES: usize = 300;
const RUNS: usize = 5;
const TIME_BUDGET: Duration = Duration::from_secs(2);
const MEMORY_BUDGET_MB: f64 = 300.0;
const SIZE_BUDGET_MB: f64 = 15.0;

fn main() {
    let mut input = sample::booklet(PROFILES);
    for (index, mentor) in input.mentors.iter_mut().enumerate() {
        mentor.photo = Some(sample::portrait(index as u32));
    }
    let photos: usize = input
        .mentors
        .iter()
        .filter_map(|m| m.photo.as_ref())
        .map(Vec::len)
        .sum();
    println!(
        "booklet_300: {PROFILES} profiles, {PROFILES} distinct 600×600 JPEG photos, {:.1} MB of photos ({:.0} KB each)",
        megabytes(photos),
        photos as f64 / PROFILES as f64 / 1024.0
    );

    let baseline = resident_mb("VmRSS");
    reset_peak_memory();
    let (first, pdf_size, pages) = timed_render(&input);
    let peak = resident_mb("VmHWM");
    let mut times: Vec<Duration> = (1..RUNS).map(|_| timed_render(&input).0).collect();
    times.push(first);
    times.sort();
    let median = times[times.len() / 2];

    report("first render", first.as_secs_f64(), "s", TIME_BUDGET.as_secs_f64());
    report(
        &format!("median of {RUNS}"),
        median.as_secs_f64(),
        "s",
        TIME_BUDGET.as_secs_f64(),
    );
    match (baseline, peak) {
        (Some(baseline), Some(peak)) => {
            report("peak memory (RSS)", peak, "MB", MEMORY_BUDGET_MB);
            println!("  of which before rendering: {baseline:.0} MB (the input with its photos, the program)");
        }
        _ => println!("  peak memory: unknown (no /proc/self/status on this system)"),
    }
    report("PDF size", megabytes(pdf_size), "MB", SIZE_BUDGET_MB);
    println!("  pages: {pages}");
}

fn timed_render(input: &BookletInput) -> (Duration, usize, usize) {
    let started = Instant::now();
    let booklet = render(input, &mut |_| {}, &AtomicBool::new(false)).expect("the sample booklet renders");
    (started.elapsed(), booklet.pdf.len(), booklet.layout.pages)
}

fn report(what: &str, value: f64, unit: &str, budget: f64) {
    let verdict = if value <= budget { "within" } else { "OVER" };
    println!("  {what}: {value:.2} {unit} ({verdict} the budget of {budget} {unit})");
}

fn megabytes(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// A line of /proc/self/status (Linux), in MB.
fn resident_mb(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with(field))?;
    let kilobytes: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes / 1024.0)
}

/// Makes VmHWM start again from the current RSS, so the peak is the render's own.
fn reset_peak_memory() {
    // Only Linux has this file; elsewhere the peak then includes setting up the input.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}
