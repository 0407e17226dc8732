//! The recruitment poll's files: the invitation list for a mail merge, and the answers HR
//! collected in a spreadsheet. Answers follow the import rules: every problem with its line,
//! and nothing changes unless the whole file is right.

use crate::csv_file::{header_key, read_csv, CsvTable};
use crate::{ExchangeError, Problem, ProblemCode};
use chrono::NaiveDate;
use mentorpool_domain::poll::{Invitee, PollAnswer, PollAnswerInput, PollRoundId, MAX_HOURS_PER_MONTH};
use mentorpool_domain::PersonId;
use mentorpool_store::{poll, Connection};
use serde::Serialize;

/// The invitation list as Excel in the Netherlands opens it without questions: UTF-8 with a
/// BOM, `;` between fields, CRLF line ends.
pub fn invitation_csv(invitees: &[Invitee]) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(&mut out);
    // The empty answer columns let HR fill in the same file and import it back as answers.
    let header = [
        "Naam",
        "E-mail",
        "Personeelsnummer",
        "Afdeling",
        "Functie",
        "Antwoord",
        "Uren per maand",
        "Motivatie",
        "Onderwerpen",
    ];
    let mut rows = vec![header.map(String::from).to_vec()];
    rows.extend(invitees.iter().map(|i| {
        let person = [&i.name, &i.email, &i.employee_number, &i.department, &i.job_title].map(|c| spreadsheet_safe(c));
        person
            .into_iter()
            .chain(std::iter::repeat_n(String::new(), 4))
            .collect()
    }));
    for row in rows {
        // Writing into a Vec cannot fail.
        let _ = writer.write_record(&row);
    }
    drop(writer);
    out
}

/// Excel runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or CR before one) as a
/// formula; a leading apostrophe makes it plain text.
pub fn spreadsheet_safe(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// One answer read from the file, for the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerRow {
    pub line: u64,
    pub person_id: PersonId,
    pub name: String,
    pub answer: PollAnswer,
    pub hours_per_month: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswersPreview {
    pub rows: Vec<AnswerRow>,
    pub problems: Vec<Problem>,
}

/// Reads the answers file against the round's invitees; writes nothing.
pub fn preview_answers(conn: &Connection, round: PollRoundId, bytes: &[u8]) -> Result<AnswersPreview, ExchangeError> {
    let invitees = poll::invitees(conn, round)?;
    Ok(match read_answers(bytes, &invitees) {
        Ok(answers) => AnswersPreview {
            rows: answers.into_iter().map(|(row, _)| row).collect(),
            problems: Vec::new(),
        },
        Err(problems) => AnswersPreview {
            rows: Vec::new(),
            problems,
        },
    })
}

/// Records every answer in the file, or none when any line has a problem. Returns how many
/// answers were recorded. Call inside one write transaction.
pub fn apply_answers(
    conn: &Connection,
    round: PollRoundId,
    bytes: &[u8],
    today: NaiveDate,
) -> Result<usize, ExchangeError> {
    let invitees = poll::invitees(conn, round)?;
    let answers = read_answers(bytes, &invitees).map_err(ExchangeError::Invalid)?;
    for (row, input) in &answers {
        poll::record_answer(conn, round, row.person_id, input.clone(), today)?;
    }
    Ok(answers.len())
}

const WHO: &[&str] = &[
    "personeelsnummer",
    "employeenumber",
    "personnelnumber",
    "email",
    "emailadres",
];
const ANSWER: &[&str] = &["antwoord", "answer", "interesse", "interested"];
const HOURS: &[&str] = &["urenpermaand", "hourspermonth", "uren", "hours"];
const MOTIVATION: &[&str] = &["motivatie", "motivation"];
const TOPICS: &[&str] = &["onderwerpen", "topics"];

fn read_answers(bytes: &[u8], invitees: &[Invitee]) -> Result<Vec<(AnswerRow, PollAnswerInput)>, Vec<Problem>> {
    let table = read_csv(bytes).map_err(|problem| vec![problem])?;
    let column = |aliases: &[&str]| find_column(&table, aliases);
    let (Some(who), Some(answer)) = (column(WHO), column(ANSWER)) else {
        let missing = if column(WHO).is_none() {
            "personeelsnummer / e-mail"
        } else {
            "antwoord"
        };
        return Err(vec![Problem::new(
            table.header_line,
            ProblemCode::MissingColumn,
            missing,
        )]);
    };
    let (hours, motivation, topics) = (column(HOURS), column(MOTIVATION), column(TOPICS));
    let mut problems = table.field_count_problems();
    let mut answers = Vec::new();
    for row in &table.rows {
        let key = row.field(who);
        let Some(invitee) = invitees
            .iter()
            .find(|i| i.employee_number == key || i.email.eq_ignore_ascii_case(key))
        else {
            problems.push(Problem::new(row.line, ProblemCode::NotInvited, key));
            continue;
        };
        let Some(parsed) = parse_answer(row.field(answer)) else {
            problems.push(Problem::new(row.line, ProblemCode::InvalidAnswer, row.field(answer)));
            continue;
        };
        let hours_text = hours.map_or("", |c| row.field(c));
        let hours_per_month = match hours_text {
            "" => None,
            text => match text.parse::<i64>() {
                Ok(h) if (0..=MAX_HOURS_PER_MONTH).contains(&h) => Some(h),
                _ => {
                    problems.push(Problem::new(row.line, ProblemCode::InvalidHours, text));
                    continue;
                }
            },
        };
        let input = PollAnswerInput {
            answer: parsed,
            hours_per_month,
            motivation: motivation.map_or("", |c| row.field(c)).to_string(),
            topics: topics.map_or("", |c| row.field(c)).to_string(),
        };
        let shown = AnswerRow {
            line: row.line,
            person_id: invitee.person_id,
            name: invitee.name.clone(),
            answer: parsed,
            hours_per_month,
        };
        answers.push((shown, input));
    }
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(problems)
    }
}

fn find_column(table: &CsvTable, aliases: &[&str]) -> Option<usize> {
    table
        .headers
        .iter()
        .position(|header| aliases.contains(&header_key(header).as_str()))
}

/// What people type in a spreadsheet, in Dutch or English.
fn parse_answer(raw: &str) -> Option<PollAnswer> {
    match header_key(raw).as_str() {
        "ja" | "yes" | "interesse" | "interested" | "geinteresseerd" => Some(PollAnswer::Interested),
        "nee" | "no" | "geeninteresse" | "notinterested" | "nietgeinteresseerd" => Some(PollAnswer::NotInterested),
        "" | "geenantwoord" | "noanswer" | "onbekend" => Some(PollAnswer::NoAnswer),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mentorpool_domain::poll::PollRoundInput;
    use mentorpool_domain::PersonInput;
    use mentorpool_store::people;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    fn round_with(conn: &Connection, names: &[(&str, &str)]) -> PollRoundId {
        let round = poll::open_round(
            conn,
            PollRoundInput {
                title: "Peiling".into(),
                invitation: String::new(),
            },
            today(),
        )
        .unwrap();
        let ids: Vec<PersonId> = names
            .iter()
            .map(|(name, number)| {
                let input = PersonInput {
                    name: name.to_string(),
                    email: format!("p{number}@waterschap.nl"),
                    employee_number: number.to_string(),
                    ..PersonInput::default()
                };
                people::insert(conn, &input.validate(2026).unwrap()).unwrap()
            })
            .collect();
        poll::invite(conn, round.id, &ids).unwrap();
        round.id
    }

    #[test]
    fn formulas_are_escaped_for_excel() {
        for (cell, safe) in [
            ("=1+1", "'=1+1"),
            ("+31 6", "'+31 6"),
            ("-x", "'-x"),
            ("@SUM", "'@SUM"),
            ("\tx", "'\tx"),
            ("Zoë", "Zoë"),
        ] {
            assert_eq!(spreadsheet_safe(cell), safe);
        }
    }

    #[test]
    fn the_invitation_list_opens_in_dutch_excel() {
        let conn = mentorpool_store::open_in_memory().unwrap();
        let round = round_with(&conn, &[("=HYPERLINK(\"x\")", "1"), ("Zoë Çelik", "2")]);
        let csv = invitation_csv(&poll::invitees(&conn, round).unwrap());
        assert!(csv.starts_with("\u{feff}".as_bytes()), "UTF-8 with BOM");
        let text = String::from_utf8(csv).unwrap();
        assert!(text.contains(
            "Naam;E-mail;Personeelsnummer;Afdeling;Functie;Antwoord;Uren per maand;Motivatie;Onderwerpen\r\n"
        ));
        assert!(text.contains("Zoë Çelik;p2@waterschap.nl;2;;;;;;\r\n"));
        assert!(text.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{text}");
    }

    #[test]
    fn answers_are_recorded_all_or_nothing() {
        let conn = mentorpool_store::open_in_memory().unwrap();
        let round = round_with(&conn, &[("Anne", "1"), ("Bram", "2")]);
        let bad = "personeelsnummer;antwoord;uren per maand\r\n1;ja;6\r\n2;misschien;\r\n3;nee;\r\n".as_bytes();
        let preview = preview_answers(&conn, round, bad).unwrap();
        let lines: Vec<(u64, &str)> = preview.problems.iter().map(|p| (p.line, p.code.as_str())).collect();
        assert_eq!(lines, [(3, "import.invalid_answer"), (4, "import.not_invited")]);
        assert!(apply_answers(&conn, round, bad, today()).is_err());
        assert_eq!(poll::round(&conn, round).unwrap().answered, 0, "nothing was recorded");

        let good = "E-mail;Antwoord;Uren per maand;Motivatie\r\np1@waterschap.nl;Ja;6;Ik help graag\r\np2@waterschap.nl;nee;;\r\n";
        assert_eq!(apply_answers(&conn, round, good.as_bytes(), today()).unwrap(), 2);
        let counted = poll::round(&conn, round).unwrap();
        assert_eq!((counted.answered, counted.interested), (2, 1));
    }

    #[test]
    fn the_exported_list_filled_in_imports_back_as_answers() {
        let conn = mentorpool_store::open_in_memory().unwrap();
        let round = round_with(&conn, &[("Anne", "1")]);
        let exported = String::from_utf8(invitation_csv(&poll::invitees(&conn, round).unwrap())).unwrap();
        let filled = exported.replace(
            "p1@waterschap.nl;1;;;;;;",
            "p1@waterschap.nl;1;;;ja;5;Graag;Omgevingswet",
        );
        assert_eq!(apply_answers(&conn, round, filled.as_bytes(), today()).unwrap(), 1);
        assert_eq!(poll::round(&conn, round).unwrap().interested, 1);
    }

    #[test]
    fn a_file_without_an_answer_column_is_refused() {
        let conn = mentorpool_store::open_in_memory().unwrap();
        let round = round_with(&conn, &[("Anne", "1")]);
        let preview = preview_answers(&conn, round, b"personeelsnummer;uren\n1;4\n").unwrap();
        assert_eq!(preview.problems[0].code.as_str(), "import.missing_column");
    }
}
