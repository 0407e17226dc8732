use super::*;
use crate::ProblemCode;
use mentorpool_domain::{LanguageCode, Person};
use mentorpool_store::people;
use rusqlite::types::Value;

const HEADER: &str =
    "Personeelsnummer;Naam;E-mail;Afdeling;Functie;Leidinggevende;In dienst sinds;Loopbaan gestart;Talen";
const ANNE: &str = "100;Anne de Vries;anne.devries@waterschap.nl;Directie;Directeur;;01-09-2005;1995;nl, en";
const BRAM: &str = "101;Bram Bakker;bram.bakker@waterschap.nl;Beleid;Teamleider;100;2010-03-01;2001;nl";
const ZOE: &str =
    "102;Zoë Çelik;zoe.celik@waterschap.nl;Beleid;Beleidsadviseur;bram.bakker@waterschap.nl;1-2-2021;2019;";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, 15).unwrap()
}

fn conn() -> Connection {
    mentorpool_store::open_in_memory().unwrap()
}

/// A file with the standard header and these rows, with CRLF.
fn file(rows: &[&str]) -> Vec<u8> {
    let mut text = String::from(HEADER);
    for row in rows {
        text.push_str("\r\n");
        text.push_str(row);
    }
    text.push_str("\r\n");
    text.into_bytes()
}

fn mapping_of(bytes: &[u8]) -> ColumnMapping {
    read_employee_csv(bytes).unwrap().mapping
}

fn import(conn: &mut Connection, bytes: &[u8]) -> Result<Summary, ExchangeError> {
    apply(conn, bytes, &mapping_of(bytes), &[], today())
}

fn preview_of(conn: &Connection, bytes: &[u8]) -> Preview {
    preview(conn, bytes, &mapping_of(bytes), today()).unwrap()
}

fn person(conn: &Connection, number: &str) -> Person {
    people::all(conn)
        .unwrap()
        .into_iter()
        .find(|p| p.employee_number == number)
        .unwrap_or_else(|| panic!("nobody with employee number {number}"))
}

fn codes(problems: &[Problem]) -> Vec<(u64, &'static str, &str)> {
    problems
        .iter()
        .map(|p| (p.line, p.code.as_str(), p.detail.as_str()))
        .collect()
}

/// Every row of every table that holds people, to show that an import changed nothing.
fn snapshot(conn: &Connection) -> Vec<Vec<Value>> {
    let mut rows = Vec::new();
    for sql in [
        "SELECT * FROM person ORDER BY id",
        "SELECT * FROM person_language ORDER BY person_id, code",
    ] {
        let mut stmt = conn.prepare(sql).unwrap();
        let columns = stmt.column_count();
        let table: Vec<Vec<Value>> = stmt
            .query_map([], |row| (0..columns).map(|i| row.get::<_, Value>(i)).collect())
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.extend(table);
    }
    rows
}

fn refused(conn: &mut Connection, bytes: &[u8]) -> Vec<Problem> {
    let before = snapshot(conn);
    let err = import(conn, bytes).unwrap_err();
    assert_eq!(err.code(), "import.invalid", "{err}");
    assert_eq!(snapshot(conn), before, "a refused import changes nothing");
    let preview = preview_of(conn, bytes);
    assert_eq!(preview.problems, err.problems(), "preview and apply agree");
    err.problems().to_vec()
}

#[test]
fn the_proposal_shows_columns_mapping_ignored_columns_and_a_sample() {
    let bytes = "\u{feff}Personeelsnummer;Voornaam;Tussenvoegsel;Achternaam;E-mailadres;Kostenplaats\r\n\
                 7;Jan;'t;Hart;jan.thart@waterschap.nl;K12\r\n"
        .as_bytes();
    let proposal = read_employee_csv(bytes).unwrap();
    assert_eq!(proposal.headers[0], "Personeelsnummer", "no BOM in the header");
    assert_eq!(proposal.mapping.employee_number, Some(0));
    assert_eq!(proposal.mapping.name, None);
    assert_eq!(proposal.mapping.infix, Some(2));
    assert_eq!(proposal.ignored, [5]);
    assert_eq!(proposal.row_count, 1);
    assert_eq!(proposal.sample[0][3], "Hart");
    assert!(proposal.problems.is_empty());
    let json = serde_json::to_value(&proposal).unwrap();
    assert_eq!(json["delimiter"], "semicolon");
    assert_eq!(json["encoding"], "utf8Bom");
    assert_eq!(json["rowCount"], 1);
}

#[test]
fn first_name_infix_and_last_name_make_the_name() {
    let mut conn = conn();
    let bytes = "Personeelsnummer,Voornaam,Tussenvoegsel,Achternaam,Email\r\n\
                 7,Jan,'t,Hart,jan.thart@waterschap.nl\r\n\
                 8,Fenna,,Dijkstra,fenna.dijkstra@waterschap.nl\r\n"
        .as_bytes();
    import(&mut conn, bytes).unwrap();
    assert_eq!(person(&conn, "7").name, "Jan 't Hart");
    assert_eq!(person(&conn, "8").name, "Fenna Dijkstra");
}

#[test]
fn an_unreadable_file_is_refused_at_every_step() {
    let mut conn = conn();
    let err = read_employee_csv(b"").unwrap_err();
    assert_eq!(
        codes(err.problems()),
        [(1, "import.unreadable_file", "the file is empty")]
    );
    let preview = preview(&conn, b"", &ColumnMapping::default(), today()).unwrap();
    assert_eq!(preview.problems[0].code, ProblemCode::UnreadableFile);
    let err = apply(&mut conn, b"\xEF\xBB\xBF\xFF", &ColumnMapping::default(), &[], today()).unwrap_err();
    assert_eq!(err.problems()[0].code, ProblemCode::UnreadableFile);
}

#[test]
fn the_preview_lists_what_would_be_added_and_writes_nothing() {
    let conn = conn();
    let preview = preview_of(&conn, &file(&[ZOE, BRAM, ANNE]));
    assert!(preview.is_valid(), "{:?}", preview.problems);
    let added: Vec<(u64, &str)> = preview.to_add.iter().map(|p| (p.line, p.name.as_str())).collect();
    assert_eq!(added, [(2, "Zoë Çelik"), (3, "Bram Bakker"), (4, "Anne de Vries")]);
    assert!(preview.to_update.is_empty() && preview.missing.is_empty());
    assert_eq!(people::count(&conn).unwrap(), 0);
}

#[test]
fn everyone_is_added_with_managers_whatever_the_order_of_the_rows() {
    let mut conn = conn();
    // Zoë's manager (by e-mail) and Bram's (by employee number) come after them.
    let summary = import(&mut conn, &file(&[ZOE, BRAM, ANNE])).unwrap();
    assert_eq!(
        summary,
        Summary {
            added: 3,
            ..Summary::default()
        }
    );
    let (anne, bram, zoe) = (person(&conn, "100"), person(&conn, "101"), person(&conn, "102"));
    assert_eq!(bram.manager_id, Some(anne.id));
    assert_eq!(zoe.manager_id, Some(bram.id));
    assert_eq!(anne.manager_id, None);
    assert_eq!(anne.start_date, NaiveDate::from_ymd_opt(2005, 9, 1));
    assert_eq!(zoe.start_date, NaiveDate::from_ymd_opt(2021, 2, 1));
    assert_eq!(bram.start_date, NaiveDate::from_ymd_opt(2010, 3, 1));
    assert_eq!(anne.career_start_year, Some(1995));
    assert_eq!(
        anne.languages.iter().map(LanguageCode::as_str).collect::<Vec<_>>(),
        ["en", "nl"]
    );
    assert!(zoe.languages.is_empty());
    assert_eq!(zoe.job_title, "Beleidsadviseur");
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let mut conn = conn();
    let bytes = file(&[ANNE, BRAM, ZOE]);
    import(&mut conn, &bytes).unwrap();
    let before = snapshot(&conn);
    let preview = preview_of(&conn, &bytes);
    assert_eq!(
        (preview.to_add.len(), preview.to_update.len(), preview.unchanged),
        (0, 0, 3)
    );
    let summary = import(&mut conn, &bytes).unwrap();
    assert_eq!(
        summary,
        Summary {
            unchanged: 3,
            ..Summary::default()
        }
    );
    assert_eq!(snapshot(&conn), before, "not even updated_at moves");
}

#[test]
fn changes_are_previewed_field_by_field_and_applied() {
    let mut conn = conn();
    import(&mut conn, &file(&[ANNE, BRAM, ZOE])).unwrap();
    let new_zoe = "102;Zoë Çelik-Smit;zoe.celik@waterschap.nl;Beleid;Senior beleidsadviseur;100;01-02-2021;2019;en";
    let bytes = file(&[ANNE, BRAM, new_zoe]);
    let preview = preview_of(&conn, &bytes);
    assert_eq!(preview.unchanged, 2);
    let update = &preview.to_update[0];
    assert_eq!((update.line, update.employee_number.as_str()), (4, "102"));
    let changes: Vec<(&str, &str, &str)> = update
        .changes
        .iter()
        .map(|c| (c.field.as_str(), c.old.as_str(), c.new.as_str()))
        .collect();
    assert_eq!(
        changes,
        [
            ("name", "Zoë Çelik", "Zoë Çelik-Smit"),
            ("jobTitle", "Beleidsadviseur", "Senior beleidsadviseur"),
            ("manager", "Bram Bakker (101)", "Anne de Vries (100)"),
            ("languages", "", "en"),
        ]
    );
    let bram_before = snapshot(&conn)[1].clone();
    let summary = import(&mut conn, &bytes).unwrap();
    assert_eq!((summary.added, summary.updated, summary.unchanged), (0, 1, 2));
    let zoe = person(&conn, "102");
    assert_eq!(zoe.name, "Zoë Çelik-Smit");
    assert_eq!(zoe.manager_id, Some(person(&conn, "100").id));
    assert_eq!(snapshot(&conn)[1], bram_before, "unchanged rows are not touched");
}

#[test]
fn a_column_the_file_does_not_have_keeps_what_is_stored() {
    let mut conn = conn();
    import(&mut conn, &file(&[ANNE, BRAM, ZOE])).unwrap();
    let bytes = "Personeelsnummer;Naam;E-mail\r\n\
                 100;Anne de Vries;anne.devries@waterschap.nl\r\n\
                 101;Bram Bakker;bram.bakker@waterschap.nl\r\n\
                 102;Zoë Çelik;zoe.celik@waterschap.nl\r\n"
        .as_bytes();
    let before = snapshot(&conn);
    assert_eq!(import(&mut conn, bytes).unwrap().unchanged, 3);
    assert_eq!(snapshot(&conn), before);
}

#[test]
fn an_empty_cell_clears_the_field() {
    let mut conn = conn();
    import(&mut conn, &file(&[ANNE, BRAM])).unwrap();
    let bram = "101;Bram Bakker;bram.bakker@waterschap.nl;;Teamleider;;;;";
    let summary = import(&mut conn, &file(&[ANNE, bram])).unwrap();
    assert_eq!(summary.updated, 1);
    let bram = person(&conn, "101");
    assert_eq!(
        (
            bram.department.as_str(),
            bram.manager_id,
            bram.start_date,
            bram.career_start_year
        ),
        ("", None, None, None)
    );
    assert!(bram.languages.is_empty());
}

#[test]
fn missing_people_are_kept_or_marked_as_left_by_hr_never_deleted() {
    let mut conn = conn();
    import(&mut conn, &file(&[ANNE, BRAM, ZOE])).unwrap();
    let bytes = file(&[ANNE]);
    let preview = preview_of(&conn, &bytes);
    let missing: Vec<&str> = preview.missing.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(missing, ["Bram Bakker", "Zoë Çelik"]);
    let (bram, zoe) = (preview.missing[0].person_id, preview.missing[1].person_id);

    let decisions = [
        MissingDecision {
            person_id: bram,
            decision: Decision::MarkLeft,
        },
        MissingDecision {
            person_id: zoe,
            decision: Decision::Keep,
        },
    ];
    let summary = apply(&mut conn, &bytes, &mapping_of(&bytes), &decisions, today()).unwrap();
    assert_eq!(
        summary,
        Summary {
            unchanged: 1,
            marked_left: 1,
            missing_kept: 1,
            ..Summary::default()
        }
    );
    assert_eq!(people::count(&conn).unwrap(), 3, "nobody is deleted");
    assert_eq!(person(&conn, "101").left_on, Some(today()));
    assert_eq!(person(&conn, "102").left_on, None);
    assert_eq!(person(&conn, "102").manager_id, Some(bram), "Zoë still reports to Bram");

    // Next time only Zoë is missing; Bram has left.
    let again = preview_of(&conn, &bytes);
    assert_eq!(again.missing.len(), 1);
    assert_eq!(again.missing[0].person_id, zoe);
}

#[test]
fn a_decision_about_someone_who_is_not_missing_is_refused_and_nothing_changes() {
    let mut conn = conn();
    import(&mut conn, &file(&[ANNE, BRAM])).unwrap();
    let anne = person(&conn, "100").id;
    let bytes = file(&[ANNE, "103;Nieuw Persoon;nieuw@waterschap.nl;;;;;;"]);
    let before = snapshot(&conn);
    let decision = MissingDecision {
        person_id: anne,
        decision: Decision::MarkLeft,
    };
    let err = apply(&mut conn, &bytes, &mapping_of(&bytes), &[decision], today()).unwrap_err();
    assert_eq!(err.code(), "import.not_missing");
    assert_eq!(snapshot(&conn), before);
}

#[test]
fn someone_who_left_and_is_in_the_file_again_is_employed_again() {
    let mut conn = conn();
    import(&mut conn, &file(&[ANNE, BRAM])).unwrap();
    let bram = person(&conn, "101").id;
    people::set_left_on(&conn, bram, NaiveDate::from_ymd_opt(2025, 1, 1)).unwrap();
    let preview = preview_of(&conn, &file(&[ANNE, BRAM]));
    assert_eq!(preview.to_update[0].changes[0].field, "leftOn");
    assert_eq!(preview.to_update[0].changes[0].old, "2025-01-01");
    import(&mut conn, &file(&[ANNE, BRAM])).unwrap();
    assert_eq!(person(&conn, "101").left_on, None);
}

#[test]
fn every_problem_is_listed_with_its_line_and_nothing_changes() {
    let mut conn = conn();
    import(&mut conn, &file(&[ANNE])).unwrap();
    let problems = refused(
        &mut conn,
        &file(&[
            ANNE,
            "101;Bram Bakker;bram.bakker@waterschap;Beleid;;100;31-02-2020;twee;nl",
            "101;Bram Dubbel;bram.dubbel@waterschap.nl;;;;;;",
            "102;   ;zoe@waterschap.nl;;;999;;1890;Klingon",
            ";Zonder Nummer;zonder@waterschap.nl;;;;;;",
            "105;Cem Öztürk;anne.devries@waterschap.nl;;;;;;",
            "106;Daan Jansen;daan@waterschap.nl;;;106;;;",
            "107;Eva de Wit;eva@waterschap.nl;;;108;;;",
            "108;Fatima Amrani;fatima@waterschap.nl;;;eva@waterschap.nl;;;",
            "109;Te Veel;te.veel@waterschap.nl;;;;;;;extra",
        ]),
    );
    assert_eq!(
        codes(&problems),
        [
            (3, "import.invalid_email", "bram.bakker@waterschap"),
            (3, "import.invalid_date", "31-02-2020"),
            (3, "import.invalid_year", "twee"),
            (4, "import.duplicate_employee_number", "101"),
            (5, "import.empty_name", "102"),
            (5, "import.invalid_year", "1890"),
            (5, "import.invalid_language", "Klingon"),
            (5, "import.unknown_manager", "999"),
            (6, "import.empty_employee_number", "Zonder Nummer"),
            (7, "import.duplicate_email", "anne.devries@waterschap.nl"),
            (8, "import.self_manager", "106"),
            (9, "import.management_cycle", "108"),
            (10, "import.management_cycle", "eva@waterschap.nl"),
            (11, "import.field_count", "10 instead of 9"),
        ]
    );
}

#[test]
fn missing_required_columns_are_reported_on_the_header_line() {
    let mut conn = conn();
    let problems = refused(&mut conn, b"Afdeling;Naam\r\nBeleid;Anne\r\n");
    assert_eq!(
        codes(&problems),
        [
            (1, "import.missing_column", "email"),
            (1, "import.missing_column", "employeeNumber"),
        ]
    );
}

#[test]
fn a_cycle_through_the_database_is_found_with_file_rows_overriding_stored_ones() {
    let mut conn = conn();
    // Stored: Bram reports to Anne, Zoë to Bram.
    import(&mut conn, &file(&[ANNE, BRAM, ZOE])).unwrap();
    // Anne now reports to Zoë; Bram and Zoë are not in the file, so their stored lines close the loop.
    let anne = "100;Anne de Vries;anne.devries@waterschap.nl;Directie;Directeur;102;01-09-2005;1995;nl, en";
    let problems = refused(&mut conn, &file(&[anne]));
    assert_eq!(codes(&problems), [(2, "import.management_cycle", "102")]);

    // The same reversal with Bram and Zoë in the file as well is no cycle: the file wins.
    let zoe = "102;Zoë Çelik;zoe.celik@waterschap.nl;Beleid;Beleidsadviseur;;1-2-2021;2019;";
    let bram = "101;Bram Bakker;bram.bakker@waterschap.nl;Beleid;Teamleider;102;2010-03-01;2001;nl";
    import(&mut conn, &file(&[anne, bram, zoe])).unwrap();
    assert_eq!(person(&conn, "100").manager_id, Some(person(&conn, "102").id));
    assert_eq!(person(&conn, "101").manager_id, Some(person(&conn, "102").id));
    assert_eq!(person(&conn, "102").manager_id, None);
}

#[test]
fn a_manager_may_be_someone_stored_who_is_not_in_the_file() {
    let mut conn = conn();
    import(&mut conn, &file(&[ANNE])).unwrap();
    let summary = import(&mut conn, &file(&[BRAM])).unwrap();
    assert_eq!((summary.added, summary.missing_kept), (1, 1));
    assert_eq!(person(&conn, "101").manager_id, Some(person(&conn, "100").id));
}

#[test]
fn an_e_mail_address_may_move_between_people_in_one_import() {
    let mut conn = conn();
    import(&mut conn, &file(&[ANNE, BRAM])).unwrap();
    // Anne and Bram swap addresses, and a newcomer takes nothing.
    let anne = "100;Anne de Vries;bram.bakker@waterschap.nl;Directie;Directeur;;01-09-2005;1995;nl, en";
    let bram = "101;Bram Bakker;anne.devries@waterschap.nl;Beleid;Teamleider;100;2010-03-01;2001;nl";
    let summary = import(&mut conn, &file(&[anne, bram])).unwrap();
    assert_eq!(summary.updated, 2);
    assert_eq!(person(&conn, "100").email, "bram.bakker@waterschap.nl");
    assert_eq!(person(&conn, "101").email, "anne.devries@waterschap.nl");
}

#[test]
fn a_corrected_mapping_is_what_gets_applied() {
    let mut conn = conn();
    // The HR system calls the employee number "Code"; nothing recognises it until HR maps it.
    let bytes = "Code;Naam;E-mail\r\n7;Jan 't Hart;jan.thart@waterschap.nl\r\n".as_bytes();
    let proposal = read_employee_csv(bytes).unwrap();
    assert_eq!(
        codes(&proposal.problems),
        [(1, "import.missing_column", "employeeNumber")]
    );
    let mapping = ColumnMapping {
        employee_number: Some(0),
        ..proposal.mapping
    };
    let summary = apply(&mut conn, bytes, &mapping, &[], today()).unwrap();
    assert_eq!(summary.added, 1);
    assert_eq!(person(&conn, "7").name, "Jan 't Hart");
}

#[test]
fn problems_name_the_line_a_record_starts_on_after_quoted_newlines() {
    let bytes = "Personeelsnummer;Naam;E-mail\r\n\
                 1;\"Anne\r\nde Vries\";anne@waterschap.nl\r\n\
                 \r\n\
                 2;\"Bakker; Bram\";geen-email\r\n"
        .as_bytes();
    let preview = preview_of(&conn(), bytes);
    assert_eq!(codes(&preview.problems), [(5, "import.invalid_email", "geen-email")]);
    assert_eq!(
        preview.to_add[0].name, "Anne de Vries",
        "spaces and line breaks collapse"
    );
}

#[test]
fn preview_summary_and_decisions_travel_as_camel_case_json() {
    let preview = preview_of(&conn(), &file(&[ANNE]));
    let json = serde_json::to_value(&preview).unwrap();
    assert_eq!(json["toAdd"][0]["employeeNumber"], "100");
    assert_eq!(json["unchanged"], 0);
    let summary = serde_json::to_value(Summary {
        marked_left: 2,
        ..Summary::default()
    })
    .unwrap();
    assert_eq!(summary["markedLeft"], 2);
    let decision: MissingDecision = serde_json::from_str(r#"{"personId":4,"decision":"mark_left"}"#).unwrap();
    assert_eq!(decision.decision, Decision::MarkLeft);
}

#[test]
fn a_stored_person_may_get_a_new_manager_who_is_added_in_the_same_import() {
    let mut conn = conn();
    import(&mut conn, &file(&[ANNE, BRAM, ZOE])).unwrap();
    // Bram now reports to Dirk, who is new and reports to Anne; Dirk's row comes last.
    let bram = "101;Bram Bakker;bram.bakker@waterschap.nl;Beleid;Teamleider;103;2010-03-01;2001;nl";
    let dirk = "103;Dirk Visser;dirk.visser@waterschap.nl;Beleid;Afdelingshoofd;anne.devries@waterschap.nl;;;";
    let preview = preview_of(&conn, &file(&[bram, ANNE, ZOE, dirk]));
    let change = &preview.to_update[0].changes[0];
    assert_eq!(
        (change.field.as_str(), change.old.as_str(), change.new.as_str()),
        ("manager", "Anne de Vries (100)", "Dirk Visser (103)")
    );
    let summary = import(&mut conn, &file(&[bram, ANNE, ZOE, dirk])).unwrap();
    assert_eq!((summary.added, summary.updated, summary.unchanged), (1, 1, 2));
    let dirk = person(&conn, "103");
    assert_eq!(person(&conn, "101").manager_id, Some(dirk.id));
    assert_eq!(dirk.manager_id, Some(person(&conn, "100").id));
}
