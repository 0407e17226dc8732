//! The mentor pool: experienced employees HR has polled, each with a profile in their own voice:
//! a short bio, what they offer to talk about, how they like to meet, their career path and CV,
//! HR's screening and their answer to this year's poll. Most are approved; a few are still
//! candidates, paused or retired.
//!
//! Careers count in years before `today`, so the dates move along with the demo's day.

use crate::departments::{
    Department, BEDRIJFSVOERING, BELEID_STRATEGIE, COMMUNICATIE, FINANCIEN, HR, IV_ICT, PROJECTEN_TECHNIEK,
    VERGUNNINGEN_HANDHAVING, WATERKETEN, WATERSYSTEMEN,
};
use crate::featured::{FeaturedPerson, Place};
use crate::generate::ORGANISATION_NAME;
use mentorpool_domain::profile::MeetingFrequency::{self, Fortnightly, Monthly};
use mentorpool_domain::profile::MeetingMode::{self, Either, InPerson, Online};
use mentorpool_domain::MentorStatus::{self, Approved, Candidate, Paused, Retired};
use Reply::{Interested, NoAnswer, NotInterested, NotInvited};
use Step::{Side, Start, Up};

/// The water board itself, as an employer on a CV.
const HERE: &str = ORGANISATION_NAME;

pub(crate) struct MentorSeed {
    pub(crate) person: FeaturedPerson,
    pub(crate) status: MentorStatus,
    pub(crate) capacity: i64,
    pub(crate) expertise: &'static [&'static str],
    pub(crate) bio: &'static str,
    /// What they offer to talk about; empty while a candidate has not said yet.
    pub(crate) topics: &'static [&'static str],
    pub(crate) meeting: Option<(MeetingMode, MeetingFrequency)>,
    /// Earlier jobs, oldest first; the first is where the career started. The current job,
    /// which the person's place in the organisation names, follows the last one.
    pub(crate) career: &'static [Job],
    /// Years since the current job started, and how the step into it went.
    pub(crate) current: (i32, Step),
    pub(crate) education: &'static [Study],
    pub(crate) achievement: Option<Achievement>,
    /// Parts of a candidate's profile HR has not received yet: `"career_path"` or `"cv"`.
    pub(crate) without: &'static [&'static str],
    pub(crate) screening: Screen,
    /// The answer to this year's poll.
    pub(crate) poll: Reply,
}

/// A job before the current one.
pub(crate) struct Job {
    /// Years before `today` the job started.
    pub(crate) since: i32,
    pub(crate) role: &'static str,
    pub(crate) employer: Employer,
    /// How the step into this job went.
    pub(crate) step: Step,
    /// A line for the CV; may be empty.
    pub(crate) detail: &'static str,
}

pub(crate) enum Employer {
    /// A department of the water board.
    Here(&'static Department),
    /// Another organisation, by name.
    Elsewhere(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// The first job of the career.
    Start,
    /// Up the ladder: more responsibility or a leading role.
    Up,
    /// Sideways: other work at about the same level, often in another department or organisation.
    Side,
}

pub(crate) struct Study {
    pub(crate) title: &'static str,
    pub(crate) school: &'static str,
    /// Years before `today` the study started and ended.
    pub(crate) from: i32,
    pub(crate) to: i32,
}

pub(crate) struct Achievement {
    pub(crate) title: &'static str,
    pub(crate) organisation: &'static str,
    /// Years before `today`.
    pub(crate) ago: i32,
    pub(crate) description: &'static str,
}

/// Where HR's screening of the mentor stands.
pub(crate) enum Screen {
    /// HR has not started it yet.
    Unscreened,
    /// The intake is under way: the checks judged so far (in the order of
    /// [`mentorpool_domain::screening::ScreeningChecks`]) and HR's notes, no decision yet.
    Underway {
        checks: [Option<bool>; 5],
        note: &'static str,
    },
    /// Every check met and approved, with HR's note from the intake.
    Approve(&'static str),
    /// Not now: the checks as judged, the notes and the reason.
    Postpone {
        checks: [Option<bool>; 5],
        note: &'static str,
        reason: &'static str,
    },
}

/// What the mentor answered in this year's poll.
pub(crate) enum Reply {
    NotInvited,
    /// Hours a month, and the motivation in their own words.
    Interested(i64, &'static str),
    /// With the reason they gave.
    NotInterested(&'static str),
    NoAnswer,
}

const fn here(since: i32, role: &'static str, department: &'static Department, step: Step) -> Job {
    Job {
        since,
        role,
        employer: Employer::Here(department),
        step,
        detail: "",
    }
}

const fn elsewhere(since: i32, role: &'static str, organisation: &'static str, step: Step) -> Job {
    Job {
        since,
        role,
        employer: Employer::Elsewhere(organisation),
        step,
        detail: "",
    }
}

impl Job {
    const fn detail(self, detail: &'static str) -> Self {
        Self { detail, ..self }
    }
}

const fn study(title: &'static str, school: &'static str, from: i32, to: i32) -> Study {
    Study {
        title,
        school,
        from,
        to,
    }
}

const fn achievement(
    title: &'static str,
    organisation: &'static str,
    ago: i32,
    description: &'static str,
) -> Achievement {
    Achievement {
        title,
        organisation,
        ago,
        description,
    }
}

pub(crate) static MENTORS: [MentorSeed; 43] = [
    MentorSeed {
        person: FeaturedPerson {
            name: "Jeroen 't Hart",
            place: Place::Lead(&PROJECTEN_TECHNIEK, 0),
            career_years: 27,
            years_here: 19,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &[
            "Dijkversterking",
            "Projectmanagement",
            "Leiderschap",
            "Omgevingsmanagement",
        ],
        bio: "Jeroen begon als tekenaar bij een aannemer en werkte zich via de avondopleiding \
              civiele techniek op tot projectleider. Bij het waterschap begeleidde hij drie \
              dijkversterkingen van eerste schets tot oplevering, inclusief de \
              keukentafelgesprekken met bewoners die een stuk van hun tuin zagen verdwijnen. Als \
              teamleider ziet hij dat jonge collega's vooral vastlopen op het schakelen tussen \
              techniek, omgeving en bestuur. Daar denkt hij graag over mee, het liefst al wandelend \
              over de kruin van een dijk. Over de projecten die misliepen is hij eerlijk, want daar \
              leerde hij het meest van.",
        topics: &[
            "Van vakspecialist naar leidinggevende",
            "Schakelen tussen techniek, omgeving en bestuur",
            "Leren van projecten die misgaan",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(27, "Tekenaar", "Aannemersbedrijf Van Wijk & Zonen", Start),
            elsewhere(22, "Werkvoorbereider", "Aannemersbedrijf Van Wijk & Zonen", Up)
                .detail("Haalde ernaast via de avondopleiding zijn diploma civiele techniek."),
            here(19, "Projectleider dijkversterking", &PROJECTEN_TECHNIEK, Up)
                .detail("Drie dijkversterkingen van eerste schets tot oplevering."),
        ],
        current: (6, Up),
        education: &[study(
            "hbo Civiele Techniek (avondopleiding)",
            "Hogeschool Rotterdam",
            25,
            21,
        )],
        achievement: Some(achievement(
            "Oplevering dijkversterking Wijkse Waard",
            HERE,
            9,
            "Het eerste project waarin bewoners meebeslisten over het ontwerp van de kruin.",
        )),
        without: &[],
        screening: Screen::Approve(
            "Intake op de dijk, letterlijk. Wil mentees meenemen naar het werk buiten; meer dan twee \
             tegelijk past niet in zijn projectplanning.",
        ),
        poll: Interested(
            6,
            "Toen ik van de aannemer overstapte, had ik veel aan een oudere collega. Dat wil ik nu zelf \
             doorgeven.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Sjoerd Hoekstra",
            place: Place::Staff(&WATERSYSTEMEN, 0, "senior hydroloog"),
            career_years: 31,
            years_here: 24,
            languages: &["nl", "fy", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &[
            "Waterveiligheid",
            "Data & analyse",
            "Crisisbeheersing",
            "Klimaatadaptatie",
        ],
        bio: "Sjoerd groeide op tussen de Friese sloten en is nooit meer van het water losgekomen. \
              Na zijn studie in Wageningen rekende hij jarenlang aan grondwatermodellen, tot een \
              natte zomer met ondergelopen kelders hem liet zien hoe ver model en werkelijkheid uit \
              elkaar kunnen liggen. Sindsdien zit hij bij elk hoogwater in het actiecentrum. Jonge \
              collega's helpt hij graag om hun cijfers uit te leggen aan mensen die eigenlijk geen \
              cijfers willen horen.",
        topics: &[
            "Cijfers uitleggen aan wie geen cijfers wil horen",
            "Werken onder druk tijdens hoogwater",
            "Verdiepen in je vakgebied",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(31, "Junior hydroloog", "Adviesbureau Grondwater Noord", Start)
                .detail("Grondwatermodellen voor provincies en drinkwaterbedrijven."),
            here(24, "Hydroloog", &WATERSYSTEMEN, Side),
        ],
        current: (11, Up),
        education: &[study(
            "Ingenieur Cultuurtechniek",
            "Landbouwuniversiteit Wageningen",
            37,
            31,
        )],
        achievement: Some(achievement(
            "Vast lid van het actiecentrum hoogwater",
            HERE,
            14,
            "Verantwoordelijk voor de hydrologische verwachtingen bij hoogwater en wateroverlast.",
        )),
        without: &[],
        screening: Screen::Approve(
            "Rustig en zorgvuldig gesprek. Wil mentees vooral leren hun analyses begrijpelijk te brengen; \
             plant gesprekken liever buiten het hoogwaterseizoen.",
        ),
        poll: Interested(
            4,
            "Starters durven vaak niet te vragen hoe het gebied echt in elkaar zit. Ik neem ze graag mee \
             naar buiten.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Hatice Öztürk",
            place: Place::Lead(&FINANCIEN, 0),
            career_years: 22,
            years_here: 22,
            languages: &["nl", "tr", "en"],
        },
        status: Approved,
        capacity: 3,
        expertise: &["Financiën & control", "Leiderschap", "Loopbaanontwikkeling"],
        bio: "Hatice kwam binnen als stagiair op de crediteurenadministratie en is inmiddels \
              teamleider Control. Als eerste in haar familie met een kantoorbaan weet ze hoe het is \
              om je plek te veroveren aan tafel bij mensen die al twintig jaar meedraaien. Ze helpt \
              mentees graag met de vraag hoe je zichtbaar wordt zonder jezelf te verloochenen. Wie \
              bij haar aanklopt, krijgt er een spoedcursus begroting lezen bij.",
        topics: &[
            "Zichtbaar worden zonder jezelf te verloochenen",
            "Als eerste in je familie op kantoor",
            "Een begroting leren lezen",
            "Van vakspecialist naar leidinggevende",
        ],
        meeting: Some((Either, Fortnightly)),
        career: &[
            here(22, "Stagiair crediteurenadministratie", &FINANCIEN, Start),
            here(21, "Crediteurenadministrateur", &FINANCIEN, Up),
            here(15, "Financieel adviseur", &FINANCIEN, Up)
                .detail("Begeleidde Watersystemen en Waterketen bij hun begroting."),
            here(8, "Controller", &FINANCIEN, Up),
        ],
        current: (3, Up),
        education: &[
            study("hbo Accountancy (deeltijd)", "Saxion", 20, 16),
            study(
                "Executive Master of Finance & Control (RC)",
                "Vrije Universiteit Amsterdam",
                7,
                5,
            ),
        ],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Sterke motivatie vanuit haar eigen start als stagiair. Combineert het mentorschap goed met \
             haar rol als teamleider; drie mentees is haalbaar.",
        ),
        poll: Interested(
            8,
            "Ik weet hoe het is om de enige aan tafel te zijn die de mores nog niet kent. Daar help ik \
             graag iemand doorheen.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Karim El Amrani",
            place: Place::Staff(&VERGUNNINGEN_HANDHAVING, 0, "jurist omgevingsrecht"),
            career_years: 18,
            years_here: 8,
            languages: &["nl", "ar", "fr", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Omgevingswet", "Juridisch advies", "Vergunningverlening"],
        bio: "Tien jaar werkte Karim als jurist bij een gemeente, waar hij de voorbereiding op de \
              Omgevingswet van dichtbij meemaakte. Naar het waterschap kwam hij voor de inhoud; hij \
              bleef voor de collega's. Volgens hem begint een goed juridisch advies bij de vraag \
              wat iemand eigenlijk wil bereiken. Dat leert hij nieuwe collega's het liefst aan de \
              hand van echte dossiers, met een kop koffie erbij.",
        topics: &[
            "Juridisch advies dat echt helpt",
            "Overstappen van gemeente naar waterschap",
            "Je weg vinden in een bestuurlijke organisatie",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(18, "Juridisch medewerker", "Gemeente Utrecht", Start),
            elsewhere(14, "Jurist omgevingsrecht", "Gemeente Utrecht", Up)
                .detail("Projectjurist bij de voorbereiding op de Omgevingswet."),
        ],
        current: (8, Side),
        education: &[study("Master Staats- en bestuursrecht", "Universiteit Utrecht", 23, 18)],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Goed gesprek over zijn overstap van gemeente naar waterschap. Wil mentees laten oefenen aan de \
             hand van echte dossiers.",
        ),
        poll: Interested(
            5,
            "Ik ben hier gebleven vanwege de collega's. Zo'n warme ontvangst gun ik nieuwe juristen ook.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Ingrid Bakker",
            place: Place::Staff(&HR, 0, "senior HR-adviseur"),
            career_years: 29,
            years_here: 21,
            languages: &["nl", "en", "de"],
        },
        status: Approved,
        capacity: 1,
        expertise: &["Loopbaanontwikkeling", "Organisatieontwikkeling", "Leiderschap"],
        bio: "Ingrid was ooit docent Duits, stapte over naar een uitzendbureau en rolde zo het \
              personeelsvak in. Bij het waterschap zette ze de eerste traineepool op en zag ze \
              tientallen starters doorgroeien. Als mentor is ze nieuwsgierig naar de vraag achter \
              de vraag: wil je echt die promotie, of zoek je iets anders? Ze neemt maar één mentee \
              tegelijk aan, zodat ze er ook echt kan zijn.",
        topics: &[
            "De vraag achter je loopbaanvraag",
            "Wil je echt die promotie?",
            "Werk en privé in balans",
        ],
        meeting: Some((InPerson, Fortnightly)),
        career: &[
            elsewhere(29, "Docent Duits", "Scholengemeenschap Het Baken", Start),
            elsewhere(25, "Intercedent", "Uitzendbureau Werkplein Oost", Side),
            here(21, "HR-adviseur", &HR, Side),
        ],
        current: (9, Up),
        education: &[study(
            "Master Duitse taal en cultuur",
            "Universiteit van Amsterdam",
            34,
            29,
        )],
        achievement: Some(achievement(
            "De eerste traineepool van het waterschap",
            HERE,
            17,
            "Opgezet en jarenlang begeleid; veel trainees van toen werken hier nog.",
        )),
        without: &[],
        screening: Screen::Approve(
            "Kent het mentorprogramma van binnenuit. Neemt bewust één mentee tegelijk; geen enkele twijfel.",
        ),
        poll: Interested(
            6,
            "Mentoring is de mooiste kant van mijn vak. Eén mentee tegelijk, dan kan ik er echt zijn.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Pieter de Vries",
            place: Place::Head(&WATERSYSTEMEN),
            career_years: 36,
            years_here: 30,
            languages: &["nl", "en"],
        },
        status: Retired,
        capacity: 2,
        expertise: &["Waterveiligheid", "Samenwerken met bestuur", "Leiderschap"],
        bio: "Pieter begon als peilbeheerder in de buitendienst en leidt nu de afdeling Watersystemen. Hij \
              heeft een hele generatie hydrologen en beheerders zien opgroeien en weet als geen ander hoe je \
              vakmanschap en bestuurlijke gevoeligheid combineert. Zijn advies aan starters: loop eerst een \
              jaar mee in het veld, dan begrijp je de rest vanzelf.",
        topics: &[
            "Eerst het veld in, dan de rest",
            "Vakmanschap en bestuurlijke gevoeligheid combineren",
            "Leidinggeven aan vakmensen",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(36, "Peilbeheerder", "Polderdistrict Groot Maas en Waal", Start),
            here(30, "Medewerker waterbeheer", &WATERSYSTEMEN, Side)
                .detail("Kwam over bij de fusie van het polderdistrict met het waterschap."),
            here(22, "Beleidsmedewerker waterbeheer", &BELEID_STRATEGIE, Side)
                .detail("Schreef mee aan het waterbeheerplan."),
            here(16, "Teamleider Beheer & Onderhoud", &WATERSYSTEMEN, Up),
        ],
        current: (9, Up),
        education: &[study("hbo Land- en watermanagement", "Van Hall Instituut", 40, 36)],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Heeft jarenlang nieuwe beheerders begeleid. Gestopt als mentor om zijn opvolging als \
             afdelingshoofd voor te bereiden.",
        ),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Annemiek van der Berg",
            place: Place::Staff(&BELEID_STRATEGIE, 0, "strategisch beleidsadviseur"),
            career_years: 24,
            years_here: 12,
            languages: &["nl", "en", "fr"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Samenwerken met bestuur", "Klimaatadaptatie", "Omgevingswet"],
        bio: "Annemiek schreef jarenlang de stukken waarover bestuurders besluiten, eerst bij de \
              provincie en nu bij het waterschap. Ze kent de ongeschreven regels van het \
              bestuurlijke spel en vertelt daar graag over: wanneer je een wethouder belt, en hoe \
              je een nota schrijft die echt gelezen wordt. Sinds een sabbatical in de Provence \
              kijkt ze met meer geduld naar grote veranderingen, en dat geduld geeft ze graag door.",
        topics: &[
            "Je weg vinden in een bestuurlijke organisatie",
            "Een nota schrijven die gelezen wordt",
            "Geduld bij grote veranderingen",
        ],
        meeting: Some((Either, Monthly)),
        career: &[
            elsewhere(24, "Beleidsmedewerker water", "Provincie Gelderland", Start),
            elsewhere(17, "Senior beleidsadviseur", "Provincie Gelderland", Up)
                .detail("Statenvoorstellen over waterveiligheid en ruimte voor de rivier."),
            here(12, "Beleidsadviseur waterveiligheid", &BELEID_STRATEGIE, Side),
        ],
        current: (5, Up),
        education: &[study("Master Bestuurskunde", "Radboud Universiteit Nijmegen", 29, 24)],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Vroeg zelf om een mentee buiten haar eigen afdeling. Heeft een helder beeld van wat ze wel en \
             niet kan bieden.",
        ),
        poll: Interested(
            6,
            "Ik leg graag de ongeschreven regels van het bestuurlijke spel uit, voordat iemand er zelf \
             tegenaan loopt.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Thomas Müller",
            place: Place::Staff(&IV_ICT, 1, "specialist procesautomatisering"),
            career_years: 22,
            years_here: 20,
            languages: &["nl", "de", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Informatiebeveiliging", "Crisisbeheersing", "Assetmanagement"],
        bio: "Voor een klus van een half jaar kwam Thomas uit Duitsland; twintig jaar later is hij \
              er nog. Hij beveiligt de besturing van gemalen en zuiveringen, werk dat pas opvalt \
              als het misgaat. Starters leren bij hem dat informatiebeveiliging vooral over mensen \
              gaat, en dat je een storing om drie uur 's nachts het best met een rustige stem \
              oplost.",
        topics: &[
            "Informatiebeveiliging is mensenwerk",
            "Rustig blijven bij een storing",
            "Werken in een nieuw land en een nieuwe taal",
        ],
        meeting: Some((Either, Monthly)),
        career: &[
            elsewhere(22, "Inbedrijfstellingsingenieur", "Rheinische Anlagenbau GmbH", Start)
                .detail("Besturingen voor zuiveringen in Duitsland en Nederland."),
            here(20, "Engineer procesautomatisering", &WATERKETEN, Side)
                .detail("Kwam voor een klus van een half jaar aan de besturing van de zuiveringen."),
        ],
        current: (8, Side),
        education: &[study("Diplom-Ingenieur Elektrotechnik", "RWTH Aachen", 28, 22)],
        achievement: Some(achievement(
            "Noodplan bij uitval van de procesautomatisering",
            HERE,
            4,
            "Wordt elk jaar beoefend met de operators van gemalen en zuiveringen.",
        )),
        without: &[],
        screening: Screen::Approve(
            "Wil graag ook internationale collega's begeleiden. Storingsdiensten kunnen een gesprek soms \
             verschuiven; dat is besproken.",
        ),
        poll: Interested(
            4,
            "Toen ik uit Duitsland kwam, legde een collega me uit hoe dit waterschap werkt. Dat doe ik nu \
             graag voor een ander.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Marloes Janssen",
            place: Place::Staff(&COMMUNICATIE, 0, "woordvoerder"),
            career_years: 21,
            years_here: 11,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Communicatie", "Crisisbeheersing", "Samenwerken met bestuur"],
        bio: "Marloes was verslaggever bij een regionale krant voordat ze de overstap maakte naar \
              woordvoering. Tijdens hoogwater staat ze dag en nacht de pers te woord, en ze weet hoe \
              het voelt om op de verkeerde vraag het verkeerde antwoord te geven. Ze leert mentees \
              hoe je een ingewikkeld verhaal in drie zinnen vertelt, en waarom je soms beter even \
              niets zegt.",
        topics: &[
            "Een ingewikkeld verhaal in drie zinnen",
            "Omgaan met pers en publiek",
            "Wanneer je beter even niets zegt",
        ],
        meeting: Some((Either, Fortnightly)),
        career: &[
            elsewhere(21, "Verslaggever", "Dagblad van het Rivierengebied", Start),
            elsewhere(15, "Eindredacteur regio", "Dagblad van het Rivierengebied", Up),
            here(11, "Communicatieadviseur", &COMMUNICATIE, Side),
        ],
        current: (6, Side),
        education: &[study("Bachelor Journalistiek", "Hogeschool Windesheim", 25, 21)],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Enthousiast en open over haar eigen missers als woordvoerder. Plant mentorgesprekken om het \
             hoogwaterseizoen heen.",
        ),
        poll: Interested(
            6,
            "Ik heb het vak geleerd met vallen en opstaan. Met iemand die meekijkt, gaat dat een stuk \
             sneller.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Linh Nguyen",
            place: Place::Lead(&IV_ICT, 0),
            career_years: 16,
            years_here: 9,
            languages: &["nl", "en", "vi"],
        },
        status: Approved,
        capacity: 3,
        expertise: &["Data & analyse", "Informatiebeveiliging", "Leiderschap"],
        bio: "Linh studeerde wiskunde en begon als programmeur bij een bank, waar ze leerde dat de \
              mooiste analyse niets waard is als niemand haar begrijpt. Bij het waterschap bouwde \
              ze het eerste dashboard voor de waterkwaliteit, dat inmiddels bij elke \
              bestuursvergadering op het scherm staat. Ze leidt het team Informatiemanagement en \
              helpt graag starters die twijfelen tussen de techniek en het leidinggeven.",
        topics: &[
            "Twijfelen tussen techniek en leidinggeven",
            "Data begrijpelijk maken voor bestuurders",
            "Als vrouw in de techniek",
        ],
        meeting: Some((Either, Fortnightly)),
        career: &[
            elsewhere(16, "Programmeur", "Spaarbank Oost-Nederland", Start),
            elsewhere(12, "Senior ontwikkelaar datawarehouse", "Spaarbank Oost-Nederland", Up),
            here(9, "Data-analist", &IV_ICT, Side)
                .detail("Bouwde het dashboard waterkwaliteit dat bij elke bestuursvergadering op het scherm staat."),
        ],
        current: (4, Up),
        education: &[study("Master Wiskunde", "Universiteit Leiden", 22, 16)],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Open over haar eigen twijfel tussen vak en leidinggeven; juist daardoor een goede mentor voor \
             technische starters.",
        ),
        poll: Interested(
            8,
            "Ik twijfelde zelf lang tussen de techniek en het leidinggeven. Daar denk ik graag met anderen \
             over na.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Noël Brouwer",
            place: Place::Staff(&PROJECTEN_TECHNIEK, 1, "assetmanager"),
            career_years: 25,
            years_here: 25,
            languages: &["nl", "en", "fr"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Assetmanagement", "Duurzaamheid", "Projectmanagement"],
        bio: "Van bijna elk gemaal in het gebied weet Noël hoe oud de pompen zijn en wanneer ze \
              aan vervanging toe zijn. Hij begon hier als monteur, haalde in deeltijd zijn \
              hbo-diploma en is het levende bewijs dat je niet de gebaande paden hoeft te volgen. \
              Hij neemt mentees graag mee naar buiten, want volgens hem snap je een installatie pas \
              als je hem hebt horen draaien.",
        topics: &[
            "Doorgroeien buiten de gebaande paden",
            "Studeren in deeltijd naast je werk",
            "Een installatie leren kennen",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            here(25, "Monteur gemalen", &WATERSYSTEMEN, Start),
            here(17, "Werkvoorbereider onderhoud", &WATERSYSTEMEN, Up),
        ],
        current: (10, Side),
        education: &[
            study("mbo Elektrotechniek", "ROC Rivor", 28, 25),
            study(
                "hbo Werktuigbouwkunde (deeltijd)",
                "Hogeschool van Arnhem en Nijmegen",
                16,
                12,
            ),
        ],
        achievement: Some(achievement(
            "Vervangingsplan gemalen",
            HERE,
            3,
            "Meerjarenplan voor de vervanging van ruim zeventig pompen en gemalen.",
        )),
        without: &[],
        screening: Screen::Approve(
            "Mooi voorbeeld van doorgroeien buiten de gebaande paden. Neemt mentees graag mee naar de \
             gemalen.",
        ),
        poll: Interested(
            6,
            "Ik laat graag zien dat je hier ook zonder hbo-diploma kunt binnenkomen en doorgroeien.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Gerrit Bos",
            place: Place::Staff(&WATERSYSTEMEN, 1, "opzichter onderhoud"),
            career_years: 38,
            years_here: 35,
            languages: &["nl"],
        },
        status: Approved,
        capacity: 1,
        expertise: &["Beheer & onderhoud", "Crisisbeheersing"],
        bio: "Gerrit werkt al vijfendertig jaar bij het waterschap en kent het gebied sloot voor \
              sloot. Hij is geen man van veel woorden, maar wie een dag met hem meerijdt, leert meer \
              over het vak dan in een week cursus. Over een paar jaar gaat hij met pensioen, en hij \
              vindt het belangrijk dat zijn kennis dan niet met hem de deur uit loopt.",
        topics: &[
            "Het gebied leren kennen, sloot voor sloot",
            "Vakmanschap in de buitendienst",
            "Leren door een dag mee te rijden",
        ],
        meeting: Some((InPerson, Fortnightly)),
        career: &[
            elsewhere(38, "Machinist", "Loonbedrijf Van Dijk", Start),
            here(35, "Medewerker buitendienst", &WATERSYSTEMEN, Side),
            here(20, "Voorman onderhoud", &WATERSYSTEMEN, Up),
        ],
        current: (12, Up),
        education: &[study("mts Cultuurtechniek", "Middelbare Landbouwschool Zwolle", 41, 38)],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Wil geen gesprekken aan tafel, wel een mentee die regelmatig een dag meerijdt. Prima vorm van \
             mentorschap.",
        ),
        poll: NoAnswer,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Esther Visser",
            place: Place::Lead(&BEDRIJFSVOERING, 0),
            career_years: 23,
            years_here: 11,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Inkoop", "Duurzaamheid", "Leiderschap"],
        bio: "Na twaalf jaar commerciële inkoop bij een bouwbedrijf moest Esther bij de overheid \
              wennen aan aanbestedingsregels en bezwaartermijnen. Inmiddels heeft ze zelf de \
              duurzame inkoopstrategie van het waterschap geschreven. Ze helpt mentees om hun \
              ideeën door de organisatie te loodsen, ook als het tempo anders is dan ze gewend zijn.",
        topics: &[
            "Van het bedrijfsleven naar de overheid",
            "Je idee door de organisatie loodsen",
            "Duurzaam inkopen in de praktijk",
        ],
        meeting: Some((Either, Monthly)),
        career: &[
            elsewhere(23, "Inkoper", "Bouwbedrijf Hollander & Zn.", Start),
            elsewhere(17, "Hoofd inkoop", "Bouwbedrijf Hollander & Zn.", Up),
            here(11, "Inkoopadviseur", &BEDRIJFSVOERING, Side)
                .detail("Schreef de duurzame inkoopstrategie van het waterschap."),
        ],
        current: (5, Up),
        education: &[
            study("hbo Commerciële Economie", "Avans Hogeschool", 27, 23),
            study("NEVI Inkoopmanagement", "NEVI", 20, 19),
        ],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Praktisch en resultaatgericht. Sterk voor mentees uit het bedrijfsleven die moeten wennen aan \
             het tempo van de overheid.",
        ),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Samira Benali",
            place: Place::Lead(&VERGUNNINGEN_HANDHAVING, 1),
            career_years: 17,
            years_here: 17,
            languages: &["nl", "ar", "fr", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Toezicht & handhaving", "Leiderschap", "Communicatie"],
        bio: "Samira begon als boa en controleerde jarenlang lozingen, grondwateronttrekkingen en \
              illegale dammen. Ze leerde er dat handhaven vooral mensenwerk is: wie goed luistert, \
              hoeft minder vaak een dwangsom op te leggen. Nu leidt ze het team Toezicht & \
              Handhaving. Jonge toezichthouders helpt ze met lastige gesprekken in het veld en met \
              de vraag of ze ooit zelf leiding willen geven.",
        topics: &[
            "Lastige gesprekken in het veld",
            "Van vakspecialist naar leidinggevende",
            "Handhaven is mensenwerk",
        ],
        meeting: Some((InPerson, Fortnightly)),
        career: &[
            here(17, "Boa waterschapszaken", &VERGUNNINGEN_HANDHAVING, Start),
            here(10, "Senior toezichthouder", &VERGUNNINGEN_HANDHAVING, Up),
        ],
        current: (4, Up),
        education: &[
            study("mbo Handhaving, Toezicht en Veiligheid", "ROC Midden Nederland", 19, 17),
            study("hbo Integrale Veiligheidskunde (deeltijd)", "Saxion", 12, 8),
        ],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Sterk in lastige gesprekken. Mentees mogen met haar meelopen bij controles in het veld.",
        ),
        poll: Interested(
            6,
            "Jonge toezichthouders staan er in het veld vaak alleen voor. Ik wil hun vaste aanspreekpunt \
             zijn.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Willem van Dam",
            place: Place::Head(&FINANCIEN),
            career_years: 30,
            years_here: 14,
            languages: &["nl", "en", "de"],
        },
        status: Paused,
        capacity: 2,
        expertise: &["Financiën & control", "Samenwerken met bestuur", "Leiderschap"],
        bio: "Willem was accountant bij een groot kantoor voordat hij voor de publieke zaak koos. Hij heeft \
              vier directeuren en drie belastingherzieningen meegemaakt en kan daar smakelijk over vertellen. \
              Mentees helpt hij vooral met de vraag hoe je als specialist invloed krijgt op beslissingen die \
              niet over cijfers lijken te gaan.",
        topics: &[
            "Als specialist invloed krijgen",
            "Cijfers vertalen naar keuzes",
            "Van het bedrijfsleven naar de publieke zaak",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(30, "Assistent-accountant", "Van Leeuwen Accountants", Start),
            elsewhere(22, "Manager audit", "Van Leeuwen Accountants", Up),
            here(14, "Teamleider Control", &FINANCIEN, Side),
        ],
        current: (8, Up),
        education: &[
            study("Bachelor Bedrijfseconomie", "Erasmus Universiteit Rotterdam", 34, 30),
            study(
                "Postdoctorale opleiding Registeraccountant",
                "Nyenrode Business Universiteit",
                30,
                26,
            ),
        ],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Goedgekeurd als mentor. Staat op pauze zolang de herziening van de belastingen loopt.",
        ),
        poll: NotInterested(
            "Dit jaar even niet: de herziening van de belastingen vraagt al mijn tijd. Volgend jaar graag \
             weer.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Roos de Graaf",
            place: Place::Staff(&HR, 0, "adviseur leren en ontwikkelen"),
            career_years: 14,
            years_here: 8,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 3,
        expertise: &["Loopbaanontwikkeling", "Organisatieontwikkeling", "Communicatie"],
        bio: "Roos gaf les in het mbo en ontdekte daar dat ze het liefst mensen helpt groeien. Bij \
              het waterschap ontwikkelde ze het traineeprogramma en de leergang voor nieuwe \
              leidinggevenden. Een goede loopbaanvraag gaat volgens haar zelden over een functie en \
              bijna altijd over waar je energie van krijgt.",
        topics: &[
            "Ontdekken waar je energie van krijgt",
            "Je eerste jaar na de studie",
            "Loopbaankeuzes durven maken",
        ],
        meeting: Some((Either, Fortnightly)),
        career: &[
            elsewhere(14, "Docent Nederlands", "ROC Rijn IJssel", Start),
            elsewhere(11, "Studieloopbaanbegeleider", "ROC Rijn IJssel", Side),
        ],
        current: (8, Side),
        education: &[study("Master Onderwijskunde", "Universiteit Utrecht", 16, 14)],
        achievement: Some(achievement(
            "Leergang voor nieuwe leidinggevenden",
            HERE,
            4,
            "Samen met de teamleiders ontwikkeld; elk jaar een nieuwe groep.",
        )),
        without: &[],
        screening: Screen::Approve(
            "Ervaren loopbaanbegeleider. Besproken dat mentorschap iets anders is dan coaching vanuit haar \
             HR-rol; dat is helder.",
        ),
        poll: Interested(
            8,
            "Ik help mensen graag groeien, ook buiten mijn eigen rol als adviseur.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Bram Mulder",
            place: Place::Staff(&WATERKETEN, 0, "procestechnoloog"),
            career_years: 26,
            years_here: 26,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Zuiveringstechniek", "Duurzaamheid", "Data & analyse"],
        bio: "Na zijn studie chemische technologie kwam Bram binnen als operator op de zuivering, \
              in ploegendienst, en hij dacht dat hij na twee jaar wel iets anders zou gaan doen. \
              Het werden er zesentwintig. Hij zag het werk veranderen van kranen dichtdraaien naar \
              sensoren uitlezen en fosfaat en energie terugwinnen uit afvalwater. Als mentor wil \
              hij jonge technologen laten zien dat je op één plek een heel afwisselende loopbaan \
              kunt hebben, zolang je nieuwsgierig blijft. Hij vertelt ook eerlijk over de keren dat \
              hij bijna vertrok, en waarom hij toch bleef.",
        topics: &[
            "Een afwisselende loopbaan op één plek",
            "Nieuwsgierig blijven in je vak",
            "Twijfelen over weggaan",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            here(26, "Operator rioolwaterzuivering", &WATERKETEN, Start).detail("Ploegendienst op de zuivering."),
            here(18, "Technoloog afvalwater", &WATERKETEN, Up),
        ],
        current: (9, Up),
        education: &[study("Master Chemische Technologie", "Universiteit Twente", 31, 26)],
        achievement: Some(achievement(
            "Fosfaatterugwinning op de zuivering",
            HERE,
            6,
            "Projectleider van de eerste installatie die fosfaat uit afvalwater terugwint.",
        )),
        without: &[],
        screening: Screen::Approve(
            "Eerlijk over de keren dat hij bijna vertrok; dat maakt hem geloofwaardig voor technologen die \
             twijfelen.",
        ),
        poll: Interested(
            5,
            "Ik wil laten zien dat je op één plek een heel afwisselende loopbaan kunt hebben.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Anouk Smit",
            place: Place::Head(&VERGUNNINGEN_HANDHAVING),
            career_years: 24,
            years_here: 15,
            languages: &["nl", "en"],
        },
        status: Candidate,
        capacity: 2,
        expertise: &["Vergunningverlening", "Omgevingswet", "Leiderschap"],
        bio: "Als jonge jurist had Anouk veel aan een oudere collega die haar de weg wees in de organisatie. \
              Ze leidt nu de afdeling Vergunningverlening & Handhaving en wil iets teruggeven aan starters die \
              twijfelen tussen het juridische vak en het management.",
        topics: &[
            "Twijfelen tussen het juridische vak en management",
            "Je weg vinden in een bestuurlijke organisatie",
            "Leidinggeven aan specialisten",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(24, "Advocaat-stagiaire", "Dijkhuis Advocaten", Start),
            elsewhere(20, "Jurist bestuursrecht", "Gemeente Zwolle", Side),
            here(15, "Jurist bezwaar en beroep", &BEDRIJFSVOERING, Side),
            here(9, "Teamleider Vergunningen", &VERGUNNINGEN_HANDHAVING, Up),
        ],
        current: (3, Up),
        education: &[study("Master Nederlands recht", "Rijksuniversiteit Groningen", 29, 24)],
        achievement: None,
        without: &["cv"],
        screening: Screen::Underway {
            checks: [Some(true), Some(true), Some(true), None, None],
            note: "Intake gehad: sterk gemotiveerd en kent de organisatie als geen ander. Nog uitzoeken hoe \
                   ze als afdelingshoofd vier uur per maand vrijmaakt, en het akkoord van de directeur vragen. \
                   Cv volgt.",
        },
        poll: Interested(
            4,
            "Als jonge jurist had ik veel aan iemand die me de weg wees. Nu wil ik dat zelf doen.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Joost Hendriks",
            place: Place::Staff(&PROJECTEN_TECHNIEK, 0, "projectleider dijkversterking"),
            career_years: 21,
            years_here: 10,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Dijkversterking", "Projectmanagement", "Omgevingsmanagement"],
        bio: "Joost heeft aan beide kanten van de tafel gezeten: elf jaar bij een ingenieursbureau, \
              daarna als opdrachtgever bij het waterschap. Hij weet daardoor hoe een aannemer denkt \
              en waar contracten gaan knellen. Hij helpt jonge projectleiders graag met hun eerste \
              grote project, en vooral met de vraag hoe je nee zegt zonder de relatie te schaden.",
        topics: &[
            "Je eerste grote project",
            "Nee zeggen zonder de relatie te schaden",
            "Van opdrachtnemer naar opdrachtgever",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(21, "Ontwerper waterbouw", "Ingenieursbureau Rivierland", Start),
            elsewhere(15, "Projectleider", "Ingenieursbureau Rivierland", Up),
            here(10, "Projectbeheerser", &PROJECTEN_TECHNIEK, Side),
        ],
        current: (5, Up),
        education: &[study("Master Civiele Techniek", "TU Delft", 27, 21)],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Kent beide kanten van de tafel. Goede match voor jonge projectleiders bij hun eerste contract.",
        ),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Fatima Azzouzi",
            place: Place::Staff(&BEDRIJFSVOERING, 1, "adviseur crisisbeheersing"),
            career_years: 15,
            years_here: 7,
            languages: &["nl", "ar", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Crisisbeheersing", "Samenwerken met bestuur", "Communicatie"],
        bio: "Fatima kwam via de veiligheidsregio bij het waterschap en organiseert nu de \
              oefeningen voor hoogwater en droogte. Ze weet hoe het is om in een crisisteam de \
              jongste en de enige vrouw aan tafel te zijn. Mentees helpt ze om rustig te blijven \
              onder druk en hun stem te laten horen, ook als ze nog maar net binnen zijn.",
        topics: &[
            "Rustig blijven onder druk",
            "Je stem laten horen als jongste aan tafel",
            "Samenwerken met bestuur in een crisis",
        ],
        meeting: Some((Either, Monthly)),
        career: &[
            elsewhere(
                15,
                "Medewerker risicobeheersing",
                "Veiligheidsregio Gelderland-Zuid",
                Start,
            ),
            elsewhere(11, "Adviseur crisisbeheersing", "Veiligheidsregio Gelderland-Zuid", Up),
        ],
        current: (7, Side),
        education: &[
            study("Bachelor Integrale Veiligheidskunde", "Hogeschool Utrecht", 19, 15),
            study("Master Crisis and Security Management", "Universiteit Leiden", 10, 8),
        ],
        achievement: Some(achievement(
            "Regionale hoogwateroefening",
            HERE,
            2,
            "De grootste oefening in jaren, samen met de gemeenten en de veiligheidsregio.",
        )),
        without: &[],
        screening: Screen::Approve(
            "Weet hoe het is om de jongste aan tafel te zijn. Wil vooral jonge vrouwen in operationele rollen \
             steunen.",
        ),
        poll: Interested(
            6,
            "Ik help nieuwe collega's graag hun stem te vinden, ook als ze nog maar net binnen zijn.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Dirk van Leeuwen",
            place: Place::Lead(&WATERSYSTEMEN, 1),
            career_years: 28,
            years_here: 28,
            languages: &["nl"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Beheer & onderhoud", "Leiderschap", "Crisisbeheersing"],
        bio: "Dirk begon in de buitendienst, met een schep in de hand, en leidt nu het team dat \
              sloten, kaden en gemalen onderhoudt. De overstap van collega naar leidinggevende ging \
              bij hem niet vanzelf, en daar praat hij openlijk over. Wie twijfelt of leidinggeven \
              iets voor hem of haar is, krijgt bij Dirk een eerlijk antwoord.",
        topics: &[
            "Van collega naar leidinggevende",
            "Is leidinggeven iets voor mij?",
            "Werken in de buitendienst",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            here(28, "Medewerker buitendienst", &WATERSYSTEMEN, Start),
            here(19, "Gemaalbeheerder", &WATERSYSTEMEN, Side),
            here(12, "Opzichter onderhoud", &WATERSYSTEMEN, Up),
        ],
        current: (7, Up),
        education: &[
            study("mbo Cultuurtechniek", "Clusius College", 31, 28),
            study("Leergang Leidinggeven in de praktijk", "NCOI", 7, 6),
        ],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Praat openlijk over zijn moeizame overstap naar leidinggeven. Precies wat twijfelaars nodig \
             hebben.",
        ),
        poll: Interested(
            4,
            "De stap van collega naar leidinggevende ging bij mij niet vanzelf. Daar vertel ik graag eerlijk \
             over.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Saskia Meijer",
            place: Place::Head(&WATERKETEN),
            career_years: 25,
            years_here: 9,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 1,
        expertise: &["Samenwerken met bestuur", "Leiderschap", "Zuiveringstechniek"],
        bio: "Saskia werkte bij een drinkwaterbedrijf, een gemeente en nu het waterschap, en kent \
              de waterketen dus van bron tot zuivering. Samenwerken met gemeenten vraagt volgens \
              haar vooral geduld en persoonlijk contact. Als mentor helpt ze graag vrouwen in \
              technische functies die de stap naar leidinggeven overwegen.",
        topics: &[
            "Als vrouw doorgroeien in een technische functie",
            "Samenwerken met gemeenten",
            "De stap naar leidinggeven overwegen",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(25, "Procestechnoloog", "Drinkwaterbedrijf Oost", Start),
            elsewhere(18, "Teamleider productie", "Drinkwaterbedrijf Oost", Up),
            elsewhere(13, "Beleidsadviseur riolering", "Gemeente Apeldoorn", Side),
        ],
        current: (9, Up),
        education: &[study(
            "Master Civiele Techniek, richting watermanagement",
            "TU Delft",
            31,
            25,
        )],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Wil vooral vrouwen in technische functies begeleiden die leidinggeven overwegen. Eén mentee naast \
             haar rol als afdelingshoofd.",
        ),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Rajesh Ramdin",
            place: Place::Lead(&IV_ICT, 1),
            career_years: 20,
            years_here: 20,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Informatiebeveiliging", "Leiderschap", "Projectmanagement"],
        bio: "Rajesh zat ooit zelf achter de servicedesk en kent dus elke vraag die collega's \
              stellen als hun laptop het niet doet. Hij studeerde in de avonduren informatica en \
              leidt nu het team ICT-beheer. Hij vindt het belangrijk dat starters eerst een \
              probleem goed leren begrijpen voordat ze het gaan oplossen.",
        topics: &[
            "Eerst het probleem begrijpen, dan oplossen",
            "Studeren naast je werk",
            "Van vakspecialist naar leidinggevende",
        ],
        meeting: Some((Either, Fortnightly)),
        career: &[
            here(20, "Servicedeskmedewerker", &IV_ICT, Start),
            here(14, "Systeembeheerder", &IV_ICT, Up),
            here(9, "Senior netwerkbeheerder", &IV_ICT, Up),
        ],
        current: (4, Up),
        education: &[study(
            "hbo Informatica (avondopleiding)",
            "Hogeschool Rotterdam",
            17,
            13,
        )],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Begon zelf aan de servicedesk en studeerde in de avonduren: een herkenbaar voorbeeld voor \
             starters in de ICT.",
        ),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Marjolein de Jong",
            place: Place::Head(&BELEID_STRATEGIE),
            career_years: 27,
            years_here: 13,
            languages: &["nl", "en", "fr"],
        },
        status: Approved,
        capacity: 2,
        expertise: &[
            "Klimaatadaptatie",
            "Samenwerken met bestuur",
            "Leiderschap",
            "Duurzaamheid",
        ],
        bio: "Marjolein werkte bij Rijkswaterstaat, bij een adviesbureau in Rotterdam en twee jaar \
              aan een deltaproject in Bangladesh, waar ze zag wat water betekent als het echt om \
              overleven gaat. Bij het waterschap schreef ze mee aan het eerste \
              klimaatadaptatieplan. Als afdelingshoofd Beleid & Strategie staat ze dagelijks tussen \
              bestuur en uitvoering in. Mentees helpt ze het liefst met de vraag hoe je in een \
              organisatie met lange lijnen toch iets in beweging krijgt, en hoe je je idealen \
              overeind houdt zonder te verzuren.",
        topics: &[
            "Iets in beweging krijgen in een organisatie met lange lijnen",
            "Je idealen overeind houden",
            "Schakelen tussen bestuur en uitvoering",
            "Werken in het buitenland",
        ],
        meeting: Some((Either, Monthly)),
        career: &[
            elsewhere(27, "Adviseur rivierbeheer", "Rijkswaterstaat", Start),
            elsewhere(
                20,
                "Senior adviseur klimaat en water",
                "Adviesbureau Rijnmond Water",
                Side,
            )
            .detail("Werkte twee jaar aan een deltaproject in Bangladesh."),
            here(13, "Beleidsadviseur klimaatadaptatie", &BELEID_STRATEGIE, Side)
                .detail("Schreef mee aan het eerste klimaatadaptatieplan van het waterschap."),
            here(8, "Teamleider Strategie & Omgeving", &BELEID_STRATEGIE, Up),
        ],
        current: (4, Up),
        education: &[study(
            "Master Internationaal Land- en Waterbeheer",
            "Wageningen University",
            33,
            27,
        )],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Bevlogen en ervaren. Bewaakt zelf dat het mentorschap past naast haar rol als afdelingshoofd.",
        ),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Henk Kok",
            place: Place::Staff(&WATERKETEN, 0, "senior operator rioolwaterzuivering"),
            career_years: 40,
            years_here: 40,
            languages: &["nl"],
        },
        status: Retired,
        capacity: 1,
        expertise: &["Zuiveringstechniek", "Beheer & onderhoud"],
        bio: "Henk is al veertig jaar het wandelende geheugen van de zuivering. Hij begon als jongen van achttien \
              in ploegendienst en weet nog hoe het was toen alles met de hand werd bijgeregeld. Jonge \
              operators leren bij hem dat je een installatie leert kennen door te kijken, te ruiken en te \
              luisteren, niet alleen door naar een scherm te staren.",
        topics: &[
            "Kijken, ruiken en luisteren",
            "Een installatie echt leren kennen",
            "Werken in ploegendienst",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            here(40, "Leerling-operator", &WATERKETEN, Start),
            here(32, "Operator rioolwaterzuivering", &WATERKETEN, Up),
        ],
        current: (15, Up),
        education: &[study(
            "Vakopleiding Operator Afvalwaterzuivering",
            "Wateropleidingen",
            39,
            37,
        )],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Jarenlang de mentor van jonge operators. Gestopt toen hij weer volledig in ploegendienst ging \
             werken.",
        ),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Yvonne Peters",
            place: Place::Staff(&FINANCIEN, 1, "heffingsdeskundige"),
            career_years: 22,
            years_here: 10,
            languages: &["nl"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Financiën & control", "Juridisch advies"],
        bio: "Yvonne kent de waterschapsbelastingen tot in de kleine lettertjes en legt ze met \
              zichtbaar plezier uit aan iedereen die erom vraagt. Eerder werkte ze bij de \
              Belastingdienst en bij een gemeente. Als mentor let ze vooral op de vraag welk werk \
              bij je past, want daar deed ze zelf lang over.",
        topics: &[
            "Ontdekken welk werk bij je past",
            "Overstappen naar een andere afdeling",
            "Waterschapsbelastingen begrijpen",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(22, "Belastingmedewerker", "Belastingdienst", Start),
            elsewhere(15, "Medewerker belastingen", "Gemeente Ede", Side),
            here(10, "Medewerker publieksvoorlichting", &COMMUNICATIE, Side)
                .detail("Beantwoordde vragen van inwoners over hun aanslag waterschapsbelasting."),
        ],
        current: (7, Side),
        education: &[study("hbo Fiscaal Recht en Economie", "Saxion", 26, 22)],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Zocht zelf lang naar werk dat bij haar past; goed voor mentees die twijfelen over hun richting.",
        ),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Kees Dekker",
            place: Place::Staff(&PROJECTEN_TECHNIEK, 0, "technisch manager"),
            career_years: 32,
            years_here: 12,
            languages: &["nl", "en", "de"],
        },
        status: Approved,
        capacity: 1,
        expertise: &["Projectmanagement", "Dijkversterking", "Leiderschap"],
        bio: "Kees bouwde als jonge ingenieur sluizen en bruggen voor aannemers in binnen- en \
              buitenland. Hij kwam naar het waterschap omdat hij wilde zien wat er na de oplevering \
              met zijn werk gebeurt. Van elk project houd je iets over voor het volgende, vindt hij, \
              en hij helpt mentees om die lessen ook echt op te schrijven.",
        topics: &[
            "Lessen uit projecten opschrijven",
            "Van aannemer naar opdrachtgever",
            "Techniek en contracten",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(32, "Projectingenieur", "Aannemingsmaatschappij Hoogland", Start),
            elsewhere(25, "Projectmanager kunstwerken", "Aannemingsmaatschappij Hoogland", Up)
                .detail("Sluizen en bruggen in Nederland en Duitsland."),
            elsewhere(18, "Hoofd engineering", "Bouwcombinatie Maasbruggen", Up),
        ],
        current: (12, Side),
        education: &[study("Ingenieur Civiele Techniek", "TU Delft", 38, 32)],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Systematisch en direct. Eén mentee, zodat er tijd is om samen projecten echt te evalueren.",
        ),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Nadia Bouzid",
            place: Place::Staff(&COMMUNICATIE, 0, "adviseur participatie"),
            career_years: 12,
            years_here: 6,
            languages: &["nl", "ar", "fr", "en"],
        },
        status: Candidate,
        capacity: 2,
        expertise: &["Communicatie", "Omgevingsmanagement"],
        bio: "Nadia werkte als adviseur participatie bij verschillende dijkprojecten en weet hoe je \
              bewoners vroeg betrekt, ook de mensen die nooit naar een inloopavond komen. Ze wil \
              haar ervaring doorgeven aan starters die net als zij via een omweg in de communicatie \
              belandden.",
        topics: &["Bewoners vroeg betrekken", "Via een omweg in de communicatie"],
        meeting: None,
        career: &[
            elsewhere(12, "Communicatiemedewerker", "Gemeente Nijmegen", Start),
            here(6, "Omgevingsadviseur", &PROJECTEN_TECHNIEK, Side),
        ],
        current: (3, Side),
        education: &[study(
            "Bachelor Communicatie",
            "Hogeschool van Arnhem en Nijmegen",
            16,
            12,
        )],
        achievement: None,
        without: &["cv"],
        screening: Screen::Unscreened,
        poll: Interested(
            4,
            "Ik kwam via een omweg in de communicatie terecht. Starters die dat ook doen, help ik graag.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Arjen Postma",
            place: Place::Staff(&WATERSYSTEMEN, 0, "ecoloog"),
            career_years: 22,
            years_here: 20,
            languages: &["nl", "fy", "en", "de"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Waterkwaliteit", "Ecologie", "Duurzaamheid"],
        bio: "Al twintig jaar inventariseert Arjen vissen, waterplanten en libellen in het \
              beheergebied, en hij ziet de waterkwaliteit langzaam beter worden. Over de terugkeer \
              van de otter kan hij uren vertellen. Hij neemt starters graag mee op veldwerk en laat \
              zien hoe je ecologie vertaalt naar keuzes in het beheer.",
        topics: &[
            "Ecologie vertalen naar beheerkeuzes",
            "Mee op veldwerk",
            "Verdiepen in je vakgebied",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(22, "Veldmedewerker", "Natuurbureau De Grutto", Start),
            here(20, "Medewerker meetnet", &WATERSYSTEMEN, Side)
                .detail("Inventarisaties van vissen, waterplanten en libellen."),
        ],
        current: (14, Up),
        education: &[study("hbo Bos- en Natuurbeheer", "Van Hall Larenstein", 26, 22)],
        achievement: Some(achievement(
            "Het eerste visvriendelijke gemaal",
            HERE,
            5,
            "Samen met Projecten & Techniek ontworpen; inmiddels standaard bij elke renovatie.",
        )),
        without: &[],
        screening: Screen::Approve("Bevlogen en geduldig. Mentees gaan met hem mee op veldwerk."),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Mirjam Willems",
            place: Place::Staff(&VERGUNNINGEN_HANDHAVING, 0, "vergunningverlener"),
            career_years: 19,
            years_here: 16,
            languages: &["nl", "en"],
        },
        status: Paused,
        capacity: 2,
        expertise: &["Vergunningverlening", "Omgevingswet"],
        bio: "Mirjam heeft honderden watervergunningen beoordeeld, van een steiger tot een complete woonwijk. \
              Ze zoekt het liefst samen met aanvragers naar een oplossing in plaats van alleen regels te \
              toetsen. Dat leert ze starters ook: de wet is het begin van het gesprek, niet het einde.",
        topics: &[
            "De wet als begin van het gesprek",
            "Samen met aanvragers naar een oplossing",
            "De Omgevingswet in de praktijk",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(19, "Juridisch medewerker", "Gemeente Deventer", Start),
            here(16, "Medewerker vergunningen", &VERGUNNINGEN_HANDHAVING, Side),
        ],
        current: (9, Up),
        education: &[study("hbo-rechten", "Saxion", 23, 19)],
        achievement: None,
        without: &[],
        screening: Screen::Approve("Goedgekeurd. Het mentorschap staat op pauze zolang ze met verlof is."),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Erik Schouten",
            place: Place::Head(&BEDRIJFSVOERING),
            career_years: 29,
            years_here: 10,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Leiderschap", "Inkoop", "Organisatieontwikkeling"],
        bio: "Erik was officier bij de marine voordat hij in de bedrijfsvoering belandde. Hij \
              leerde daar dat een goede organisatie vooral bestaat uit mensen die op elkaar kunnen \
              bouwen. Als mentor is hij direct en praktisch, en hij helpt graag met plannen die ook \
              moeten landen in de dagelijkse praktijk.",
        topics: &[
            "Plannen die landen in de praktijk",
            "Bouwen op elkaar in een team",
            "Van defensie naar de overheid",
        ],
        meeting: Some((InPerson, Fortnightly)),
        career: &[
            elsewhere(29, "Luitenant ter zee", "Koninklijke Marine", Start),
            elsewhere(21, "Hoofd logistiek", "Koninklijke Marine", Up),
            elsewhere(15, "Manager facilitaire zaken", "Gemeente Amersfoort", Side),
        ],
        current: (10, Up),
        education: &[study(
            "Bachelor Militaire Bedrijfswetenschappen",
            "Koninklijk Instituut voor de Marine",
            33,
            29,
        )],
        achievement: None,
        without: &[],
        screening: Screen::Approve("Direct en praktisch. Past bij mentees die hun plannen concreet willen maken."),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Ilse Vermeulen",
            place: Place::Staff(&BELEID_STRATEGIE, 0, "beleidsadviseur waterkwaliteit"),
            career_years: 18,
            years_here: 11,
            languages: &["nl", "en", "de"],
        },
        status: Approved,
        capacity: 3,
        expertise: &["Waterkwaliteit", "Ecologie", "Omgevingswet", "Data & analyse"],
        bio: "Ilse promoveerde op microverontreinigingen en koos daarna bewust voor beleid in \
              plaats van onderzoek. Ze vertaalt Europese normen naar wat het waterschap morgen moet \
              doen. Startende adviseurs die hun wetenschappelijke achtergrond willen verbinden met \
              bestuurlijk werk, kunnen bij haar terecht.",
        topics: &[
            "Van wetenschap naar beleid",
            "Europese normen vertalen naar de praktijk",
            "Overstappen naar een andere afdeling",
        ],
        meeting: Some((Either, Monthly)),
        career: &[
            elsewhere(18, "Promovendus", "Radboud Universiteit", Start)
                .detail("Proefschrift over microverontreinigingen in oppervlaktewater."),
            elsewhere(14, "Adviseur waterkwaliteit", "Provincie Noord-Brabant", Side),
            here(11, "Specialist waterkwaliteit", &WATERSYSTEMEN, Side),
        ],
        current: (6, Side),
        education: &[
            study("Master Environmental Sciences", "Wageningen University", 20, 18),
            study("Promotie milieuwetenschappen", "Radboud Universiteit", 18, 14),
        ],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Maakte zelf de overstap van onderzoek naar beleid; ideaal voor starters met een \
             wetenschappelijke achtergrond.",
        ),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Wouter Jacobs",
            place: Place::Staff(&IV_ICT, 1, "security officer"),
            career_years: 24,
            years_here: 7,
            languages: &["nl", "en"],
        },
        status: Candidate,
        capacity: 2,
        expertise: &["Informatiebeveiliging", "Data & analyse"],
        bio: "Een gesprek met een trainee die dacht dat je in de ICT alleen vooruitkomt door leidinggevende te \
              worden, bracht Wouter op het idee om mentor te worden. Zelf koos hij na een paar jaar als \
              manager bewust voor de inhoud, en hij wil laten zien dat ook die weg ergens naartoe leidt.",
        topics: &[
            "Vooruitkomen zonder leidinggevende te worden",
            "Bewust kiezen voor de inhoud",
            "Informatiebeveiliging als loopbaan",
        ],
        meeting: Some((Online, Fortnightly)),
        career: &[
            elsewhere(24, "Systeembeheerder", "Provincie Utrecht", Start),
            elsewhere(18, "Teamleider ICT", "Provincie Utrecht", Up),
            elsewhere(13, "Securityconsultant", "Veilig Digitaal B.V.", Side)
                .detail("Koos na vijf jaar leidinggeven bewust weer voor de inhoud."),
        ],
        current: (7, Side),
        education: &[study("hbo Technische Informatica", "Hogeschool Utrecht", 28, 24)],
        achievement: Some(achievement("CISSP-certificering", "(ISC)²", 10, "")),
        without: &[],
        screening: Screen::Unscreened,
        poll: Interested(
            6,
            "Ik wil laten zien dat je in de ICT ook als specialist kunt groeien, zonder leidinggevende te \
             worden.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Agnieszka Nowak",
            place: Place::Staff(&WATERKETEN, 1, "adviseur stedelijk water"),
            career_years: 16,
            years_here: 9,
            languages: &["nl", "pl", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Klimaatadaptatie", "Samenwerken met bestuur", "Communicatie"],
        bio: "Agnieszka kwam als civiel ingenieur uit Polen en leerde Nederlands op een \
              avondcursus, terwijl ze al bij een adviesbureau werkte. Nu adviseert ze gemeenten over \
              regenwater in de stad. Ze weet als geen ander hoe het is om in een nieuwe taal en \
              cultuur je plek te vinden, en helpt mentees met precies dat.",
        topics: &[
            "Je plek vinden in een nieuwe taal en cultuur",
            "Samenwerken met gemeenten",
            "Overstappen naar een andere afdeling",
        ],
        meeting: Some((Either, Monthly)),
        career: &[
            elsewhere(16, "Ontwerper waterbouw", "Hydroprojekt Gdańsk", Start),
            elsewhere(13, "Adviseur riolering", "Adviesbureau Stad & Water", Side)
                .detail("Leerde ondertussen Nederlands op een avondcursus."),
            here(9, "Adviseur civiele techniek", &PROJECTEN_TECHNIEK, Side),
        ],
        current: (5, Side),
        education: &[
            study("Master Civiele Techniek", "Politechnika Gdańska", 21, 16),
            study(
                "Staatsexamen Nederlands als tweede taal",
                "College voor Toetsen en Examens",
                12,
                11,
            ),
        ],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Herkent zich in mentees die in een nieuwe taal en cultuur hun plek zoeken. Sterk in de \
             samenwerking met gemeenten.",
        ),
        poll: Interested(
            5,
            "Ik weet hoe het is om in een nieuwe taal je plek te vinden. Daar help ik anderen graag bij.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Hanneke de Boer",
            place: Place::Lead(&HR, 0),
            career_years: 20,
            years_here: 20,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Loopbaanontwikkeling", "Leiderschap", "Organisatieontwikkeling"],
        bio: "Hanneke begon als salarisadministrateur en werd via de opleiding personeelsmanagement \
              HR-adviseur en later teamleider. Ze maakte meerdere reorganisaties van dichtbij mee en \
              weet hoe onzekerheid op een afdeling voelt. Mentees kunnen bij haar terecht voor een \
              nuchtere blik op hun loopbaan en een eerlijk gesprek over werk en privé.",
        topics: &[
            "Een nuchtere blik op je loopbaan",
            "Werk en privé in balans",
            "Onzekerheid tijdens een reorganisatie",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            here(20, "Salarisadministrateur", &HR, Start),
            here(14, "HR-adviseur", &HR, Side).detail("Begeleidde twee reorganisaties van dichtbij."),
        ],
        current: (6, Up),
        education: &[
            study("mbo Bedrijfsadministratie", "ROC Aventus", 22, 20),
            study("hbo Personeelsmanagement (deeltijd)", "Hogeschool Windesheim", 17, 14),
        ],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Nuchter en betrokken. Neemt geen mentees uit de afdelingen die zij als teamleider adviseert.",
        ),
        poll: Interested(4, "Ik help graag met een eerlijk gesprek over loopbaan, werk en privé."),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Sander Kuipers",
            place: Place::Staff(&PROJECTEN_TECHNIEK, 0, "omgevingsmanager"),
            career_years: 15,
            years_here: 15,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Omgevingsmanagement", "Communicatie", "Dijkversterking"],
        bio: "Sander studeerde geschiedenis en belandde bij toeval in de waterwereld, toen een \
              dijkproject iemand zocht die tegelijk met boeren, natuurorganisaties en dorpsraden kon \
              praten. Hij bleef hangen, leerde de techniek gaandeweg en is nu omgevingsmanager bij \
              de grootste dijkversterking van het waterschap. Hij merkt dat veel starters denken \
              dat ze eerst alles moeten weten voordat ze het woord mogen nemen. Liever helpt hij ze \
              ontdekken wat hun eigen achtergrond toevoegt, ook als die op het eerste gezicht niets \
              met water te maken heeft.",
        topics: &[
            "Wat je eigen achtergrond toevoegt",
            "Het woord nemen als je nog niet alles weet",
            "Praten met boeren, dorpsraden en natuurorganisaties",
        ],
        meeting: Some((InPerson, Fortnightly)),
        career: &[
            here(15, "Medewerker publieksvoorlichting", &COMMUNICATIE, Start),
            here(11, "Omgevingsadviseur", &PROJECTEN_TECHNIEK, Side)
                .detail("Bij toeval aan een dijkproject gekoppeld, en gebleven."),
        ],
        current: (5, Up),
        education: &[study(
            "Bachelor en master Geschiedenis",
            "Rijksuniversiteit Groningen",
            21,
            15,
        )],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Laat starters zien dat een niet-technische achtergrond juist iets toevoegt. Sterke aanvulling op \
             de pool.",
        ),
        poll: Interested(
            6,
            "Veel starters denken dat ze eerst alles moeten weten. Ik help ze ontdekken wat ze al meebrengen.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Emre Yılmaz",
            place: Place::Staff(&VERGUNNINGEN_HANDHAVING, 1, "toezichthouder"),
            career_years: 14,
            years_here: 6,
            languages: &["nl", "tr", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Toezicht & handhaving", "Vergunningverlening"],
        bio: "Emre was milieuhandhaver bij een omgevingsdienst voordat hij toezichthouder werd bij \
              het waterschap, en kent de dilemma's van het toezicht dus van binnenuit. Hij is graag \
              buiten, bij voorkeur vroeg in de ochtend. Nieuwe toezichthouders helpt hij hun eigen \
              stijl te vinden tussen streng en begripvol.",
        topics: &[
            "Je eigen stijl vinden tussen streng en begripvol",
            "Toezicht in het veld",
            "Overstappen naar een andere overheid",
        ],
        meeting: Some((InPerson, Fortnightly)),
        career: &[
            elsewhere(
                14,
                "Medewerker milieuhandhaving",
                "Omgevingsdienst Regio Utrecht",
                Start,
            ),
            elsewhere(10, "Milieuhandhaver", "Omgevingsdienst Regio Utrecht", Up),
        ],
        current: (6, Side),
        education: &[study("hbo Milieukunde", "Hogeschool Rotterdam", 18, 14)],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Kent de dilemma's van het toezicht van binnenuit. Spreekt mentees het liefst vroeg in de ochtend, \
             in het veld.",
        ),
        poll: Interested(6, "Nieuwe toezichthouders help ik graag hun eigen stijl te vinden."),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Tjitske Zijlstra",
            place: Place::Staff(&FINANCIEN, 0, "controller"),
            career_years: 23,
            years_here: 14,
            languages: &["nl", "fy", "en"],
        },
        status: Approved,
        capacity: 2,
        expertise: &["Financiën & control", "Projectmanagement", "Data & analyse"],
        bio: "Tjitske begon als projectcontroller bij een dijkversterking en ontdekte dat ze het \
              leukst vindt om technici hun eigen cijfers te laten snappen. Ze is een van de weinigen \
              die met evenveel plezier in een bouwkeet als in de bestuurskamer zit. Starters leert \
              ze dat een goede vraag over geld meestal een vraag over keuzes is.",
        topics: &[
            "Technici hun eigen cijfers laten snappen",
            "Een vraag over geld is een vraag over keuzes",
            "Overstappen naar een andere afdeling",
        ],
        meeting: Some((Either, Monthly)),
        career: &[
            elsewhere(23, "Projectcontroller", "Bouwcombinatie Dijkzone", Start)
                .detail("Financiële sturing op een dijkversterking langs de Waddenzee."),
            elsewhere(18, "Business controller", "Woningcorporatie Wonen Noord", Side),
            here(14, "Projectcontroller", &PROJECTEN_TECHNIEK, Side),
        ],
        current: (8, Side),
        education: &[study("hbo Accountancy", "NHL Hogeschool", 27, 23)],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Zit even makkelijk in de bouwkeet als in de bestuurskamer. Goed voor mentees die van afdeling \
             willen wisselen.",
        ),
        poll: Interested(
            5,
            "Ik stapte zelf over van Projecten & Techniek naar Financiën en help graag wie zo'n stap \
             overweegt.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Ruud van der Linden",
            place: Place::Staff(&WATERSYSTEMEN, 0, "geohydroloog"),
            career_years: 30,
            years_here: 30,
            languages: &["nl", "en"],
        },
        status: Paused,
        capacity: 2,
        expertise: &["Waterveiligheid", "Klimaatadaptatie", "Data & analyse"],
        bio: "Ruud brengt al dertig jaar het grondwater in kaart en was een van de eersten die droogte net zo \
              serieus nam als hoogwater. Hij is een geduldige uitlegger die het liefst met een kaart op tafel \
              werkt. Mentees helpt hij om zich in hun vak te verdiepen zonder het grote geheel uit het oog te \
              verliezen.",
        topics: &[
            "Droogte net zo serieus nemen als hoogwater",
            "Verdiepen zonder het grote geheel te verliezen",
            "Werken met kaarten en modellen",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            here(30, "Medewerker grondwatermeetnet", &WATERSYSTEMEN, Start),
            here(22, "Geohydroloog", &WATERSYSTEMEN, Up),
            here(14, "Beleidsadviseur grondwater", &BELEID_STRATEGIE, Side)
                .detail("Zette droogte op de bestuurlijke agenda."),
        ],
        current: (9, Side),
        education: &[study(
            "Bachelor Aardwetenschappen",
            "Vrije Universiteit Amsterdam",
            34,
            30,
        )],
        achievement: None,
        without: &[],
        screening: Screen::Approve("Goedgekeurd. Gepauzeerd zolang hij het droogteonderzoek met de provincie trekt."),
        poll: NoAnswer,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Petra Verhoeven",
            place: Place::Lead(&BEDRIJFSVOERING, 1),
            career_years: 26,
            years_here: 18,
            languages: &["nl", "en", "fr"],
        },
        status: Retired,
        capacity: 2,
        expertise: &["Juridisch advies", "Samenwerken met bestuur"],
        bio: "Petra was jarenlang advocaat in het bestuursrecht voordat ze bij het waterschap kwam. Als \
              teamleider Juridische Zaken & Veiligheid houdt ze van heldere adviezen zonder juridisch jargon. \
              Jonge juristen leert ze vooral om een standpunt in te nemen, ook als het dossier nog niet af is.",
        topics: &[
            "Een standpunt innemen",
            "Heldere adviezen zonder jargon",
            "Van de advocatuur naar de overheid",
        ],
        meeting: Some((InPerson, Monthly)),
        career: &[
            elsewhere(26, "Advocaat-stagiaire", "Van Rijn & De Wit Advocaten", Start),
            elsewhere(22, "Advocaat bestuursrecht", "Van Rijn & De Wit Advocaten", Up),
            here(18, "Handhavingsjurist", &VERGUNNINGEN_HANDHAVING, Side),
            here(12, "Jurist bezwaar en beroep", &BEDRIJFSVOERING, Side),
        ],
        current: (6, Up),
        education: &[
            study("Master Nederlands recht", "Universiteit Leiden", 31, 26),
            study("Beroepsopleiding Advocatuur", "Nederlandse Orde van Advocaten", 26, 23),
        ],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Was jarenlang mentor van jonge juristen. Gestopt sinds ze naast de teamleiding ook de \
             crisisorganisatie coördineert.",
        ),
        poll: NotInvited,
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Sevda Kaya",
            place: Place::Staff(&HR, 0, "HR-adviseur"),
            career_years: 13,
            years_here: 5,
            languages: &["nl", "tr", "en"],
        },
        status: Candidate,
        capacity: 2,
        expertise: &["Loopbaanontwikkeling", "Communicatie"],
        bio: "Als HR-adviseur voor de technische afdelingen hoort Sevda dagelijks hoe starters worstelen met \
              de overstap van studie naar werk. Als mentor wil ze daar ook buiten haar eigen rol iets aan \
              doen, met een luisterend oor en af en toe een duwtje in de goede richting.",
        topics: &["Van studie naar werk", "Een duwtje in de goede richting"],
        meeting: Some((Either, Monthly)),
        career: &[
            elsewhere(13, "Recruiter", "Talentbrug Detachering", Start),
            elsewhere(9, "Recruiter", "Gemeente Enschede", Side),
        ],
        current: (5, Up),
        education: &[study("hbo Human Resource Management", "Saxion", 17, 13)],
        achievement: None,
        without: &["career_path"],
        screening: Screen::Postpone {
            checks: [Some(false), Some(true), Some(true), Some(true), Some(true)],
            note: "Zeer gemotiveerd en sterk in gesprekken. Solliciteert intern op een functie als teamleider \
                   en volgt een leiderschapstraject.",
            reason: "Wil eerst zelf nog doorgroeien naar een leidinggevende functie; over een jaar opnieuw \
                     bekijken.",
        },
        poll: Interested(
            4,
            "Ik zie elke dag hoe starters worstelen met de overstap van studie naar werk.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Lars Boersma",
            place: Place::Lead(&WATERKETEN, 0),
            career_years: 19,
            years_here: 19,
            languages: &["nl", "en"],
        },
        status: Approved,
        capacity: 4,
        expertise: &["Zuiveringstechniek", "Leiderschap", "Duurzaamheid"],
        bio: "Lars leidt de ploeg die de zuiveringen dag en nacht draaiende houdt. Hij begon als \
              monteur en koos in zijn loopbaan drie keer voor een totaal andere rol, telkens \
              aangemoedigd door een oudere collega. Daarom neemt hij graag wat meer mentees aan dan \
              gemiddeld.",
        topics: &[
            "Overstappen naar een andere afdeling",
            "Drie keer een totaal andere rol",
            "Van monteur naar teamleider",
            "Werk en privé in balans",
        ],
        meeting: Some((InPerson, Fortnightly)),
        career: &[
            here(19, "Monteur gemalen", &WATERSYSTEMEN, Start),
            here(15, "Werkvoorbereider", &PROJECTEN_TECHNIEK, Side),
            here(11, "Adviseur energie en grondstoffen", &WATERKETEN, Side),
        ],
        current: (5, Up),
        education: &[
            study("mbo Elektrotechniek", "ROC Nijmegen", 22, 19),
            study(
                "hbo Bedrijfskunde (deeltijd)",
                "Hogeschool van Arnhem en Nijmegen",
                10,
                6,
            ),
        ],
        achievement: None,
        without: &[],
        screening: Screen::Approve(
            "Koos zelf drie keer voor een andere rol, telkens aangemoedigd door een oudere collega. Wil daarom \
             meer mentees dan gemiddeld.",
        ),
        poll: Interested(
            8,
            "Ik kreeg zelf drie keer een duwtje van een oudere collega. Nu ben ik aan de beurt.",
        ),
    },
    MentorSeed {
        person: FeaturedPerson {
            name: "Gijs van Beek",
            place: Place::Staff(&PROJECTEN_TECHNIEK, 1, "adviseur civiele techniek"),
            career_years: 17,
            years_here: 6,
            languages: &["nl", "en"],
        },
        status: Candidate,
        capacity: 2,
        expertise: &["Assetmanagement", "Projectmanagement"],
        bio: "Gijs ontwerpt stuwen, duikers en bruggen en werkte eerder bij twee ingenieursbureaus, waar hij \
              leerde dat een goed ontwerp begint bij luisteren naar de beheerder die er later mee moet werken. \
              Wat hij starters vooral wil meegeven: vraag door, ook als je bang bent dom over te komen.",
        topics: &[],
        meeting: None,
        career: &[
            elsewhere(17, "Ontwerper", "Ingenieursbureau Delta Advies", Start),
            elsewhere(11, "Senior ontwerper", "Ingenieursbureau Polder & Kust", Side),
        ],
        current: (6, Side),
        education: &[study("Bachelor Civiele Techniek", "Avans Hogeschool", 21, 17)],
        achievement: None,
        without: &["career_path", "cv"],
        screening: Screen::Unscreened,
        poll: Interested(
            4,
            "Ik wil starters leren doorvragen, ook als ze bang zijn dom over te komen.",
        ),
    },
];
