//! Writes a made-up booklet, to look at while working on the template:
//! `cargo run -p mentorpool-booklet --features sample --example sample_booklet -- OUT.pdf [nl|en] [MENTORS] [LOGO]`

use mentorpool_booklet::{render, sample};
use mentorpool_domain::orientation::booklet_introduction;
use mentorpool_domain::UiLanguage;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args
        .first()
        .ok_or("usage: sample_booklet OUT.pdf [nl|en] [MENTORS] [LOGO]")?;
    let language = args
        .get(1)
        .and_then(|lang| UiLanguage::parse(lang))
        .unwrap_or(UiLanguage::Nl);
    let count = args.get(2).map(|n| n.parse()).transpose()?.unwrap_or(12);
    let mut input = sample::booklet(count);
    input.language = language;
    input.title = mentorpool_booklet::default_title(language).into();
    input.introduction = booklet_introduction(language);
    input.logo = args.get(3).map(std::fs::read).transpose()?;
    for (index, mentor) in input.mentors.iter_mut().enumerate() {
        // Every third mentor has no photo, to show the monogram.
        mentor.photo = (index % 3 != 2).then(|| sample::portrait(index as u32));
    }
    let started = Instant::now();
    let booklet = render(&input, &mut |_| {}, &AtomicBool::new(false))?;
    std::fs::write(out, &booklet.pdf)?;
    println!(
        "{out}: {} bytes in {:.2} s, {:?}",
        booklet.pdf.len(),
        started.elapsed().as_secs_f64(),
        booklet.layout
    );
    Ok(())
}
