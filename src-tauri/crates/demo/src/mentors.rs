//! The mentor pool: experienced employees HR has polled, each with a short profile in their
//! own voice. Most are approved; a few are still candidates, paused or retired.

use crate::departments::{
    BEDRIJFSVOERING, BELEID_STRATEGIE, COMMUNICATIE, FINANCIEN, HR, IV_ICT, PROJECTEN_TECHNIEK,
    VERGUNNINGEN_HANDHAVING, WATERKETEN, WATERSYSTEMEN,
};
use crate::featured::{FeaturedPerson, Place};
use mentorpool_domain::MentorStatus::{self, Approved, Candidate, Paused, Retired};

pub(crate) struct MentorSeed {
    pub(crate) person: FeaturedPerson,
    pub(crate) status: MentorStatus,
    pub(crate) capacity: i64,
    pub(crate) expertise: &'static [&'static str],
    pub(crate) bio: &'static str,
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
    },
];
