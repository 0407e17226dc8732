//! Names of a Dutch workforce, and the ASCII e-mail addresses made from them.

use crate::rng::Rng;

/// A background the workforce draws names from, with the home languages that often come with
/// it and how often (in percent) someone of that background speaks each one at work.
pub(crate) struct Origin {
    weight: usize,
    first_names: &'static [&'static str],
    surnames: &'static [&'static str],
    pub(crate) languages: &'static [(&'static str, usize)],
}

/// The Dutch majority. Its `first_names` fit any age; others go in and out of fashion (few
/// fifty-somethings are called Luuk, and nobody starting a career today is called Henk), so
/// they are drawn by generation from [`DUTCH_YOUNG`] and [`DUTCH_OLDER`].
const DUTCH: Origin = Origin {
    weight: 66,
    first_names: &[
        "Pieter", "Jeroen", "Marieke", "Wouter", "Femke", "Ilse", "Koen", "Niels", "Bas", "Maaike", "Ruben", "Stijn",
        "Jasper", "Nienke", "Michiel", "Eline", "Iris", "Thijs", "Bram", "Anouk", "Sanne", "Esther", "Martijn",
        "Daniël", "Noël", "Anne", "Tom", "Laura",
    ],
    surnames: &[
        "de Vries",
        "Jansen",
        "Janssen",
        "de Jong",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "de Groot",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "van Leeuwen",
        "Dekker",
        "Brouwer",
        "de Wit",
        "Smits",
        "de Graaf",
        "van der Meer",
        "van der Linden",
        "Kok",
        "Jacobs",
        "de Haan",
        "Vermeulen",
        "van den Heuvel",
        "van der Veen",
        "van den Broek",
        "de Bruijn",
        "van der Heijden",
        "Schouten",
        "van Beek",
        "Willems",
        "van Vliet",
        "van de Ven",
        "Maas",
        "Verhoeven",
        "Koster",
        "van Dam",
        "van der Wal",
        "Prins",
        "Blom",
        "Huisman",
        "'t Hart",
        "van 't Hof",
        "in 't Veld",
        "ter Horst",
        "van der Berg",
        "Kuipers",
        "van Dijk",
        "Sanders",
        "Wijnands",
        "Verbeek",
        "Lammers",
        "van Rijn",
        "Timmermans",
        "op den Akker",
        "van Oort",
    ],
    languages: &[("de", 6), ("fr", 3)],
};

/// Dutch first names for people early in their career.
const DUTCH_YOUNG: &[&str] = &[
    "Daan", "Lotte", "Sem", "Roos", "Merel", "Teun", "Lieke", "Floor", "Tim", "Lars", "Noor", "Hugo", "Julia", "Luuk",
    "Emma", "Zoë", "Chloë", "Joëlle", "Raphaël", "Loïs", "Jesse", "Fleur",
];

/// Dutch first names for people who have worked for twenty years or more.
const DUTCH_OLDER: &[&str] = &[
    "Henk",
    "Gerrit",
    "Ria",
    "Kees",
    "Petra",
    "Yvonne",
    "Marjolein",
    "Willem",
    "Geert",
    "Ruud",
    "Joost",
    "Marloes",
    "Saskia",
    "Mirjam",
    "Frank",
    "Ellen",
    "Bart",
    "Judith",
    "Harm",
    "Dirk",
    "Ilona",
    "Annemiek",
    "Jan-Willem",
    "Anne-Marie",
    "Linda",
    "Mark",
    "René",
    "Renée",
    "Inge",
    "Hanneke",
    "Evelien",
    "Rutger",
];

static ORIGINS: [Origin; 10] = [
    DUTCH,
    Origin {
        weight: 9,
        first_names: &[
            "Sjoerd", "Douwe", "Tjitske", "Wietske", "Jelle", "Hidde", "Fenna", "Sytske", "Auke", "Froukje", "Wiebe",
            "Baukje", "Jildou", "Tjeerd",
        ],
        surnames: &[
            "Dijkstra", "Hoekstra", "Postma", "Bosma", "Veenstra", "Zijlstra", "Terpstra", "Boersma", "Wiersma",
            "Kingma", "Hofstra", "Jongsma", "Sikkema",
        ],
        languages: &[("fy", 60), ("de", 5)],
    },
    Origin {
        weight: 6,
        first_names: &[
            "Emre", "Elif", "Mehmet", "Ayşe", "Burak", "Zeynep", "Hatice", "Kerem", "Sevda", "Murat", "Esra", "Hakan",
            "Özlem", "Tolga", "Büşra", "Yusuf",
        ],
        surnames: &[
            "Çelik", "Öztürk", "Yılmaz", "Demir", "Kaya", "Şahin", "Aydın", "Doğan", "Arslan", "Koç", "Kılıç", "Aksoy",
            "Güneş",
        ],
        languages: &[("tr", 75)],
    },
    Origin {
        weight: 7,
        first_names: &[
            "Mohamed", "Fatima", "Yassine", "Nadia", "Soufiane", "Samira", "Anouar", "Imane", "Bilal", "Khadija",
            "Karim", "Hanan", "Younes", "Salma", "Ilias", "Loubna",
        ],
        surnames: &[
            "El Amrani",
            "Bouzid",
            "El Idrissi",
            "Benali",
            "Ait Taleb",
            "Azzouzi",
            "Chaouch",
            "El Khatib",
            "Ouali",
            "Bakkali",
            "El Haddouchi",
            "Ziani",
            "Tahiri",
        ],
        languages: &[("ar", 55), ("fr", 25)],
    },
    Origin {
        weight: 5,
        first_names: &[
            "Rajesh", "Shanti", "Anjali", "Ravi", "Jermaine", "Nathalie", "Priya", "Sharon", "Ryan", "Kishan",
            "Melissa", "Roy",
        ],
        surnames: &[
            "Ramdin",
            "Sewnath",
            "Kalloe",
            "Martina",
            "Pinas",
            "Biharie",
            "Doelwijt",
            "Kisoensingh",
            "Lachman",
            "Sedney",
            "Ramautar",
            "Mangal",
        ],
        languages: &[("en", 30)],
    },
    Origin {
        weight: 2,
        first_names: &[
            "Agnieszka",
            "Piotr",
            "Katarzyna",
            "Tomasz",
            "Marta",
            "Paweł",
            "Magdalena",
            "Łukasz",
        ],
        surnames: &[
            "Nowak", "Wójcik", "Mazur", "Krawczyk", "Zając", "Król", "Wróbel", "Dudek",
        ],
        languages: &[("pl", 90)],
    },
    Origin {
        weight: 2,
        first_names: &[
            "Lukas",
            "Jonas",
            "Katrin",
            "Anja",
            "Stefan",
            "Sabine",
            "Jürgen",
            "Maximilian",
        ],
        surnames: &[
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Becker",
            "Wagner",
            "Hoffmann",
        ],
        languages: &[("de", 95)],
    },
    Origin {
        weight: 1,
        first_names: &[
            "Lucía",
            "Pablo",
            "Sofía",
            "Javier",
            "Carmen",
            "Diego",
            "Inés",
            "Alejandro",
        ],
        surnames: &[
            "Ruiz",
            "García",
            "Fernández",
            "López",
            "Martínez",
            "Rodríguez",
            "Sánchez",
            "Moreno",
        ],
        languages: &[("es", 90)],
    },
    Origin {
        weight: 1,
        first_names: &["Thanh", "Linh", "Minh", "Mai", "Hoa", "Duc", "Trang", "Quang"],
        surnames: &["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang"],
        languages: &[("vi", 70)],
    },
    Origin {
        weight: 1,
        first_names: &[
            "Noël", "Anaïs", "Chloé", "Mathieu", "Élodie", "Hélène", "Gaël", "Céline",
        ],
        surnames: &[
            "Dubois", "Lefèvre", "Mercier", "Lambert", "Dupont", "Lemaire", "Moreau", "Peeters",
        ],
        languages: &[("fr", 85)],
    },
];

/// A random full name ("Sanne van der Berg") that fits someone `career_years` into their
/// career, and the background it was drawn from. Some people with a non-Dutch surname carry a
/// Dutch first name, as in any mixed workforce.
pub(crate) fn random_name(rng: &mut Rng, career_years: i32) -> (String, &'static Origin) {
    let total: usize = ORIGINS.iter().map(|origin| origin.weight).sum();
    let mut ticket = rng.below(total);
    let origin = ORIGINS
        .iter()
        .find(|origin| {
            let hit = ticket < origin.weight;
            ticket = ticket.saturating_sub(origin.weight);
            hit
        })
        .unwrap_or(&ORIGINS[0]);
    let first_name = if std::ptr::eq(origin, &ORIGINS[0]) || rng.percent(15) {
        dutch_first_name(rng, career_years)
    } else {
        rng.pick(origin.first_names)
    };
    (format!("{first_name} {}", rng.pick(origin.surnames)), origin)
}

fn dutch_first_name(rng: &mut Rng, career_years: i32) -> &'static str {
    let generation = match career_years {
        ..12 => DUTCH_YOUNG,
        20.. => DUTCH_OLDER,
        _ => &[],
    };
    let index = rng.below(DUTCH.first_names.len() + generation.len());
    match DUTCH.first_names.get(index) {
        Some(name) => name,
        None => generation[index - DUTCH.first_names.len()],
    }
}

/// The local part of an e-mail address: `voornaam.achternaam`, folded to lower-case ASCII,
/// so "Zoë Çelik" becomes `zoe.celik` and "Jeroen 't Hart" becomes `jeroen.thart`.
pub(crate) fn email_local_part(full_name: &str) -> String {
    let (first, surname) = full_name.split_once(' ').unwrap_or((full_name, ""));
    format!("{}.{}", fold(first), fold(surname))
}

/// Lower-case ASCII letters, digits and hyphens; accents lose their marks, spaces and
/// apostrophes disappear.
fn fold(part: &str) -> String {
    part.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' | '-' => Some(c),
            'à' | 'á' | 'â' | 'ä' | 'å' | 'ã' => Some('a'),
            'ç' | 'ć' | 'č' => Some('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ę' => Some('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ı' => Some('i'),
            'ł' => Some('l'),
            'ñ' | 'ń' => Some('n'),
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' => Some('o'),
            'ş' | 'š' | 'ś' => Some('s'),
            'ğ' => Some('g'),
            'ù' | 'ú' | 'û' | 'ü' => Some('u'),
            'ý' | 'ÿ' => Some('y'),
            'ž' | 'ź' | 'ż' => Some('z'),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e_mail_names_fold_accents_apostrophes_and_tussenvoegsels() {
        for (name, local) in [
            ("Zoë Çelik", "zoe.celik"),
            ("Jeroen 't Hart", "jeroen.thart"),
            ("Ayşe Öztürk", "ayse.ozturk"),
            ("Sanne van der Berg", "sanne.vanderberg"),
            ("Mohamed El Amrani", "mohamed.elamrani"),
            ("Jan-Willem in 't Veld", "jan-willem.intveld"),
            ("Łukasz Wróbel", "lukasz.wrobel"),
            ("Élodie Lefèvre", "elodie.lefevre"),
            ("Büşra Yılmaz", "busra.yilmaz"),
        ] {
            assert_eq!(email_local_part(name), local, "{name}");
        }
    }

    #[test]
    fn every_name_in_the_pools_folds_to_something() {
        let generations = DUTCH_YOUNG.iter().chain(DUTCH_OLDER);
        for part in ORIGINS
            .iter()
            .flat_map(|o| o.first_names.iter().chain(o.surnames))
            .chain(generations)
        {
            {
                let folded = fold(part);
                assert!(folded.len() >= 2 && folded.is_ascii(), "{part} -> {folded}");
            }
        }
    }

    #[test]
    fn first_names_fit_the_generation() {
        let mut rng = Rng::new(5);
        let young: Vec<String> = (0..500).map(|_| random_name(&mut rng, 0).0).collect();
        let older: Vec<String> = (0..500).map(|_| random_name(&mut rng, 35).0).collect();
        assert!(!young.iter().any(|name| name.starts_with("Henk ")));
        assert!(!older
            .iter()
            .any(|name| name.starts_with("Luuk ") || name.starts_with("Zoë ")));
    }

    #[test]
    fn every_background_is_drawn() {
        let mut rng = Rng::new(3);
        let drawn: Vec<&Origin> = (0..2000).map(|_| random_name(&mut rng, 10).1).collect();
        for origin in &ORIGINS {
            assert!(
                drawn.iter().any(|seen| std::ptr::eq(*seen, origin)),
                "{:?}",
                origin.surnames
            );
        }
    }
}
