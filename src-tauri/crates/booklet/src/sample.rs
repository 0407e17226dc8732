//! Made-up booklets for the tests and the benchmark: Dutch names with diacritics, short and long
//! profiles (every fifth one long enough to run onto a second page), and portrait-like photos
//! encoded the way the media crate stores them.

use crate::BookletInput;
use chrono::NaiveDate;
use image::codecs::jpeg::JpegEncoder;
use image::{Rgb, RgbImage};
use mentorpool_domain::orientation::booklet_introduction;
use mentorpool_domain::profile::{CareerMove, CvEntry, CvEntryKind, MeetingFrequency, MeetingMode, MoveDirection};
use mentorpool_domain::{BookletProfile, LanguageCode, MentorId, PublicProfile, UiLanguage};

const FIRST_NAMES: [&str; 12] = [
    "Zoë", "Sjoerd", "Anouk", "Thijs", "Fatima", "Joëlle", "Bram", "Ayşe", "Hendrik", "Inês", "Mehmet", "Eline",
];
const LAST_NAMES: [&str; 10] = [
    "Çelik",
    "van der Meulen",
    "de Vries",
    "Ruĳsdael",
    "El Amrani",
    "Brouwer",
    "Ostrowski",
    "Jansen-Wüst",
    "Bakker",
    "Nguyễn",
];
const DEPARTMENTS: [&str; 5] = [
    "Watersystemen",
    "Waterketen",
    "Vergunningverlening & Handhaving",
    "Financiën",
    "Informatievoorziening",
];
const ROLES: [&str; 5] = [
    "Senior hydroloog",
    "Teamleider zuiveringsbeheer",
    "Strategisch adviseur",
    "Controller",
    "Enterprise-architect",
];

const SHORT_BIO: &str = "Na twintig jaar in het veld weet ik hoe het waterschap werkt: waar de kennis zit, \
wie je moet kennen en hoe besluiten echt tot stand komen. Ik denk graag mee over je volgende stap.";

const LONG_BIO: &str = "Ik begon als meetassistent bij de polderbemaling en werd later hydroloog, \
projectleider en uiteindelijk strategisch adviseur voor het hele beheergebied. In die jaren zag ik \
de organisatie drie reorganisaties doormaken, en leerde ik hoe verschillend afdelingen naar \
hetzelfde water kijken: als risico, als kostenpost of als bron van leven.\n\n\
Als mentor help ik je om je eigen koers te bepalen. Wil je de diepte in als specialist, of juist \
breder worden door ander werk te proberen? Beide zijn waardevol, en beide vragen om andere keuzes. \
Ik vertel eerlijk over mijn eigen omwegen: de horizontale stap naar beleid voelde eerst als \
stilstand, maar gaf me later het overzicht dat ik nu dagelijks gebruik.\n\n\
Praktisch: ik werk op maandag en donderdag op het hoofdkantoor en spreek graag af bij de koffie \
of tijdens een wandeling langs de dijk. Online kan ook. Ik verwacht geen kant-en-klare vragen; \
we beginnen waar jij staat, en kijken samen wat je nodig hebt om over vijf jaar met plezier \
werk te doen dat bij je past. Hoogheemraadschapsbestuursvergaderingen, \
waterkwaliteitsbeheersplannen en klimaatadaptatiestrategieën komen vanzelf aan bod.";

/// A booklet of `mentors` made-up profiles, without photos (see [`portrait`]).
pub fn booklet(mentors: usize) -> BookletInput {
    BookletInput {
        organisation: "Waterschap Lage Landen".into(),
        title: "Onze mentoren".into(),
        date: NaiveDate::from_ymd_opt(2026, 11, 28).expect("a real date"),
        language: UiLanguage::Nl,
        logo: None,
        introduction: booklet_introduction(UiLanguage::Nl),
        mentors: (0..mentors).map(mentor).collect(),
        pdf_a: false,
    }
}

/// The `index`th made-up mentor.
pub fn mentor(index: usize) -> BookletProfile {
    let long = index % 5 == 4;
    let first = FIRST_NAMES[index % FIRST_NAMES.len()];
    let last = LAST_NAMES[(index / FIRST_NAMES.len() + index) % LAST_NAMES.len()];
    let moves = if long { 5 } else { 2 };
    let positions = if long { 7 } else { 2 };
    let profile = PublicProfile {
        id: MentorId::new(index as i64 + 1),
        name: format!("{first} {last}"),
        job_title: ROLES[index % ROLES.len()].into(),
        department: DEPARTMENTS[index % DEPARTMENTS.len()].into(),
        bio: if long { LONG_BIO } else { SHORT_BIO }.into(),
        expertise: [
            "Waterkwaliteit",
            "Peilbeheer",
            "Omgevingswet",
            "Projectleiding",
            "Data-analyse",
        ]
        .iter()
        .take(2 + index % 4)
        .map(|tag| tag.to_string())
        .collect(),
        topics: [
            "Je weg vinden in de organisatie",
            "Kiezen tussen specialist en generalist",
            "Werk en privé in balans",
        ]
        .iter()
        .take(1 + index % 3)
        .map(|topic| topic.to_string())
        .collect(),
        meeting_mode: Some([MeetingMode::InPerson, MeetingMode::Online, MeetingMode::Either][index % 3]),
        meeting_frequency: Some(MeetingFrequency::Monthly),
        career_path: (0..moves)
            .map(|step| CareerMove {
                year: Some(2004 + 4 * step as i32),
                from_role: ROLES[(index + step) % ROLES.len()].into(),
                to_role: ROLES[(index + step + 1) % ROLES.len()].into(),
                from_department: DEPARTMENTS[(index + step) % DEPARTMENTS.len()].into(),
                to_department: DEPARTMENTS[(index + 2 * step + 1) % DEPARTMENTS.len()].into(),
                direction: if step % 2 == 0 {
                    MoveDirection::Vertical
                } else {
                    MoveDirection::Horizontal
                },
            })
            .collect(),
        cv: (0..positions)
            .map(|n| CvEntry {
                kind: CvEntryKind::Position,
                title: ROLES[(index + n) % ROLES.len()].into(),
                organisation: "Waterschap Lage Landen".into(),
                from_year: Some(2000 + 3 * n as i32),
                to_year: (n + 1 < positions).then_some(2003 + 3 * n as i32),
                description: if long {
                    "Verantwoordelijk voor de jaarlijkse watersysteemrapportage en het advies aan het \
                     dagelijks bestuur over peilbesluiten in het westelijk beheergebied."
                        .into()
                } else {
                    String::new()
                },
            })
            .chain([CvEntry {
                kind: CvEntryKind::Education,
                title: "MSc Civiele Techniek".into(),
                organisation: "TU Delft".into(),
                from_year: Some(1994),
                to_year: Some(1999),
                description: String::new(),
            }])
            .collect(),
        languages: ["nl", "en", "de"]
            .iter()
            .take(1 + index % 3)
            .filter_map(|code| LanguageCode::parse(code).ok())
            .collect(),
        has_photo: false,
        places_available: (index % 3) as u32,
    };
    BookletProfile {
        profile,
        capacity: 2,
        photo: None,
    }
}

/// A portrait-like 600×600 JPEG (quality 85, as the media crate stores photos), different for
/// every `seed`: a graded background, a head and shoulders, and sensor-like noise, so it
/// compresses like a photo rather than like a flat drawing.
pub fn portrait(seed: u32) -> Vec<u8> {
    const SIDE: u32 = 600;
    let mut noise = seed.wrapping_mul(2_654_435_761).max(1);
    let mut next_noise = move || {
        noise ^= noise << 13;
        noise ^= noise >> 17;
        noise ^= noise << 5;
        (noise % 17) as i32 - 8
    };
    let hue = (seed * 47 % 255) as i32;
    let image = RgbImage::from_fn(SIDE, SIDE, |x, y| {
        let (fx, fy) = (x as f32 / SIDE as f32, y as f32 / SIDE as f32);
        let head = ((fx - 0.5) / 0.19).powi(2) + ((fy - 0.38) / 0.25).powi(2) < 1.0;
        let shoulders = fy > 0.68 && ((fx - 0.5) / 0.42).powi(2) + ((fy - 1.05) / 0.4).powi(2) < 1.0;
        let base: [i32; 3] = if head {
            [224 - (fy * 40.0) as i32, 180 - (fx * 30.0) as i32, 150]
        } else if shoulders {
            [40 + hue / 3, 60, 90 + hue / 4]
        } else {
            [
                120 + (fx * 80.0) as i32 - hue / 5,
                140 + (fy * 60.0) as i32,
                160 + hue / 3,
            ]
        };
        Rgb(base.map(|channel| (channel + next_noise()).clamp(0, 255) as u8))
    });
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, 85)
        .encode_image(&image)
        .expect("an in-memory RGB image always encodes");
    jpeg
}
