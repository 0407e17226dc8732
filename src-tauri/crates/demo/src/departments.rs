//! How the water board is organised: the board of directors, ten departments, their teams and
//! the jobs in each team.

/// The general director's own department, with a small staff of its own.
pub(crate) const DIRECTIE: &str = "Directie";
pub(crate) const DIRECTOR_TITLE: &str = "algemeen directeur";
pub(crate) const DIRECTIE_STAFF: [&str; 2] = ["bestuursadviseur", "managementassistent directie"];

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Department {
    pub(crate) name: &'static str,
    pub(crate) head_title: &'static str,
    /// What fresh graduates in their traineeship are called here.
    pub(crate) trainee_title: &'static str,
    pub(crate) teams: &'static [Team],
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Team {
    pub(crate) lead_title: &'static str,
    /// How many people report to the team lead.
    pub(crate) size: usize,
    pub(crate) jobs: &'static [&'static str],
}

pub(crate) const WATERSYSTEMEN: Department = Department {
    name: "Watersystemen",
    head_title: "afdelingshoofd",
    trainee_title: "trainee watersystemen",
    teams: &[
        Team {
            lead_title: "teamleider Watersysteemanalyse",
            size: 12,
            jobs: &[
                "hydroloog",
                "geohydroloog",
                "adviseur waterkwantiteit",
                "ecoloog",
                "beleidsadviseur waterkwaliteit",
                "medewerker meetnet",
            ],
        },
        Team {
            lead_title: "teamleider Beheer & Onderhoud",
            size: 13,
            jobs: &[
                "beheerder watergangen",
                "opzichter onderhoud",
                "medewerker peilbeheer",
                "gemaalbeheerder",
                "medewerker buitendienst",
            ],
        },
    ],
};

pub(crate) const WATERKETEN: Department = Department {
    name: "Waterketen",
    head_title: "afdelingshoofd",
    trainee_title: "trainee waterketen",
    teams: &[
        Team {
            lead_title: "teamleider Zuiveringsbeheer",
            size: 12,
            jobs: &[
                "procestechnoloog",
                "operator rioolwaterzuivering",
                "technoloog afvalwater",
                "adviseur energie en grondstoffen",
                "analist laboratorium",
            ],
        },
        Team {
            lead_title: "teamleider Ketenadvies",
            size: 9,
            jobs: &[
                "adviseur waterketen",
                "adviseur stedelijk water",
                "accountmanager gemeenten",
                "beleidsadviseur afvalwater",
            ],
        },
    ],
};

pub(crate) const VERGUNNINGEN_HANDHAVING: Department = Department {
    name: "Vergunningverlening & Handhaving",
    head_title: "afdelingshoofd",
    trainee_title: "trainee vergunningverlening",
    teams: &[
        Team {
            lead_title: "teamleider Vergunningen",
            size: 10,
            jobs: &[
                "medewerker vergunningen",
                "vergunningverlener",
                "jurist omgevingsrecht",
                "adviseur Omgevingswet",
            ],
        },
        Team {
            lead_title: "teamleider Toezicht & Handhaving",
            size: 10,
            jobs: &[
                "toezichthouder",
                "handhavingsjurist",
                "boa waterschapszaken",
                "coördinator meldingen",
            ],
        },
    ],
};

pub(crate) const BELEID_STRATEGIE: Department = Department {
    name: "Beleid & Strategie",
    head_title: "afdelingshoofd",
    trainee_title: "trainee beleid",
    teams: &[Team {
        lead_title: "teamleider Strategie & Omgeving",
        size: 13,
        jobs: &[
            "strategisch beleidsadviseur",
            "beleidsadviseur waterkwaliteit",
            "beleidsadviseur klimaatadaptatie",
            "adviseur duurzaamheid",
            "beleidsadviseur waterveiligheid",
            "adviseur gebiedsprocessen",
        ],
    }],
};

pub(crate) const FINANCIEN: Department = Department {
    name: "Financiën",
    head_title: "afdelingshoofd",
    trainee_title: "trainee financiën",
    teams: &[
        Team {
            lead_title: "teamleider Control",
            size: 6,
            jobs: &[
                "controller",
                "business controller",
                "financieel adviseur",
                "adviseur planning & control",
            ],
        },
        Team {
            lead_title: "teamleider Belastingen & Administratie",
            size: 7,
            jobs: &[
                "medewerker financiële administratie",
                "heffingsdeskundige",
                "medewerker waterschapsbelastingen",
                "crediteurenadministrateur",
            ],
        },
    ],
};

pub(crate) const HR: Department = Department {
    name: "HR (P&O)",
    head_title: "hoofd P&O",
    trainee_title: "trainee HR",
    teams: &[Team {
        lead_title: "teamleider P&O-advies",
        size: 10,
        jobs: &[
            "HR-adviseur",
            "adviseur leren en ontwikkelen",
            "salarisadministrateur",
            "recruiter",
            "adviseur arbo en vitaliteit",
            "medewerker P&O",
        ],
    }],
};

pub(crate) const IV_ICT: Department = Department {
    name: "Informatievoorziening & ICT",
    head_title: "afdelingshoofd",
    trainee_title: "trainee informatievoorziening",
    teams: &[
        Team {
            lead_title: "teamleider Informatiemanagement",
            size: 9,
            jobs: &[
                "informatieadviseur",
                "data-analist",
                "GIS-specialist",
                "adviseur informatiebeheer",
                "privacyadviseur",
            ],
        },
        Team {
            lead_title: "teamleider ICT-beheer",
            size: 10,
            jobs: &[
                "applicatiebeheerder",
                "systeembeheerder",
                "netwerkbeheerder",
                "servicedeskmedewerker",
                "specialist procesautomatisering",
                "security officer",
            ],
        },
    ],
};

pub(crate) const COMMUNICATIE: Department = Department {
    name: "Communicatie",
    head_title: "afdelingshoofd",
    trainee_title: "trainee communicatie",
    teams: &[Team {
        lead_title: "teamleider Communicatie",
        size: 8,
        jobs: &[
            "communicatieadviseur",
            "woordvoerder",
            "online communicatieadviseur",
            "adviseur participatie",
            "medewerker publieksvoorlichting",
        ],
    }],
};

pub(crate) const PROJECTEN_TECHNIEK: Department = Department {
    name: "Projecten & Techniek",
    head_title: "afdelingshoofd",
    trainee_title: "trainee projecten & techniek",
    teams: &[
        Team {
            lead_title: "teamleider Dijkversterking",
            size: 12,
            jobs: &[
                "projectleider dijkversterking",
                "technisch manager",
                "geotechnisch adviseur",
                "omgevingsmanager",
                "projectbeheerser",
                "werkvoorbereider",
            ],
        },
        Team {
            lead_title: "teamleider Assetmanagement",
            size: 10,
            jobs: &[
                "assetmanager",
                "adviseur civiele techniek",
                "tekenaar-ontwerper",
                "directievoerder",
                "werkvoorbereider",
            ],
        },
    ],
};

pub(crate) const BEDRIJFSVOERING: Department = Department {
    name: "Bedrijfsvoering",
    head_title: "afdelingshoofd",
    trainee_title: "trainee bedrijfsvoering",
    teams: &[
        Team {
            lead_title: "teamleider Facilitair & Inkoop",
            size: 8,
            jobs: &[
                "inkoopadviseur",
                "contractmanager",
                "facilitair medewerker",
                "coördinator huisvesting",
                "medewerker receptie",
            ],
        },
        Team {
            lead_title: "teamleider Juridische Zaken & Veiligheid",
            size: 7,
            jobs: &[
                "jurist bezwaar en beroep",
                "adviseur crisisbeheersing",
                "adviseur risicomanagement",
                "medewerker bestuursondersteuning",
            ],
        },
    ],
};

pub(crate) static DEPARTMENTS: [Department; 10] = [
    WATERSYSTEMEN,
    WATERKETEN,
    VERGUNNINGEN_HANDHAVING,
    BELEID_STRATEGIE,
    FINANCIEN,
    HR,
    IV_ICT,
    COMMUNICATIE,
    PROJECTEN_TECHNIEK,
    BEDRIJFSVOERING,
];
