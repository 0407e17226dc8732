//! Reading a CSV file as HR's tools write it, for every import: the encoding (UTF-8 with or
//! without a BOM, Windows-1252, or UTF-16 with a BOM as Excel's "Unicode text"), the delimiter
//! (`;`, `,` or tab, from the header line), quoted fields with delimiters, quotes and newlines
//! inside, and CRLF. Every record keeps the line of the file it starts on.

use crate::{Problem, ProblemCode};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use mentorpool_domain::fold_for_search;
use serde::{Deserialize, Serialize};

/// How the bytes of the file were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Windows1252,
    Utf16Le,
    Utf16Be,
}

/// The separator between fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Delimiter {
    Semicolon,
    Comma,
    Tab,
}

impl Delimiter {
    const ALL: [Delimiter; 3] = [Delimiter::Semicolon, Delimiter::Tab, Delimiter::Comma];

    pub fn as_char(self) -> char {
        match self {
            Self::Semicolon => ';',
            Self::Comma => ',',
            Self::Tab => '\t',
        }
    }

    fn as_byte(self) -> u8 {
        match self {
            Self::Semicolon => b';',
            Self::Comma => b',',
            Self::Tab => b'\t',
        }
    }
}

/// One record of the file after the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRow {
    /// The line of the file the record starts on (1-based), for messages.
    pub line: u64,
    /// The fields with surrounding spaces trimmed.
    pub fields: Vec<String>,
}

impl CsvRow {
    /// The field in `column`, or "" when the row is short.
    pub fn field(&self, column: usize) -> &str {
        self.fields.get(column).map_or("", String::as_str)
    }

    fn is_blank(&self) -> bool {
        self.fields.iter().all(String::is_empty)
    }
}

/// A whole CSV file: the header and every record, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvTable {
    pub encoding: TextEncoding,
    pub delimiter: Delimiter,
    /// The line the header is on (1 unless the file starts with blank lines).
    pub header_line: u64,
    /// The header cells as written (trimmed, never with a BOM character).
    pub headers: Vec<String>,
    /// Every record after the header; rows with only empty fields (`;;;` from Excel) are left out.
    pub rows: Vec<CsvRow>,
}

impl CsvTable {
    /// A problem for each row with another number of fields than the header: usually a
    /// value with the delimiter in it that was not quoted, which would shift every column after it.
    pub fn field_count_problems(&self) -> Vec<Problem> {
        self.rows
            .iter()
            .filter(|row| row.fields.len() != self.headers.len())
            .map(|row| {
                Problem::new(
                    row.line,
                    ProblemCode::FieldCount,
                    format!("{} instead of {}", row.fields.len(), self.headers.len()),
                )
            })
            .collect()
    }
}

/// Decodes and parses a CSV file. Only a file that is not CSV at all (empty, or broken
/// text after a UTF BOM) is refused here; what the rows mean is up to each import.
pub fn read_csv(bytes: &[u8]) -> Result<CsvTable, Problem> {
    let (text, encoding) = decode(bytes)?;
    // One line end everywhere: the csv crate's own line count goes wrong on CRLF, and a
    // line break inside a quoted value means the same either way.
    let text = unify_line_ends(&text);
    let delimiter = detect_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter.as_byte())
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = LineCounter::new(&text);
    let mut header: Option<CsvRow> = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|err| {
            let line = err.position().map_or(1, |p| lines.line_of(p.byte()));
            Problem::new(line, ProblemCode::UnreadableFile, err.to_string())
        })?;
        let row = CsvRow {
            line: record.position().map_or(1, |p| lines.line_of(p.byte())),
            fields: record.iter().map(|field| field.trim().to_string()).collect(),
        };
        if row.is_blank() {
            continue;
        }
        if header.is_none() {
            header = Some(row);
        } else {
            rows.push(row);
        }
    }
    let Some(header) = header else {
        return Err(Problem::new(1, ProblemCode::UnreadableFile, "the file is empty"));
    };
    Ok(CsvTable {
        encoding,
        delimiter,
        header_line: header.line,
        headers: header
            .fields
            .into_iter()
            .map(|cell| {
                cell.trim_matches(|c: char| c == '\u{feff}' || c.is_whitespace())
                    .to_string()
            })
            .collect(),
        rows,
    })
}

/// CRLF and a lone CR (old Mac exports) become LF.
fn unify_line_ends(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    let mut unified = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            unified.push('\n');
        } else {
            unified.push(c);
        }
    }
    unified
}

/// Turns the byte offsets the csv crate reports into line numbers. A record's offset is where
/// the previous one ended, so the blank lines in between are skipped first. Offsets only grow,
/// so each byte of the file is counted once.
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    fn line_of(&mut self, byte: u64) -> u64 {
        let mut start = usize::try_from(byte).unwrap_or(usize::MAX).min(self.text.len());
        if start < self.offset {
            // Not expected: offsets only grow. Count afresh from the beginning.
            self.offset = 0;
            self.line = 1;
        }
        while self.text.get(start) == Some(&b'\n') {
            start += 1;
        }
        self.line += self.text[self.offset..start].iter().filter(|&&b| b == b'\n').count() as u64;
        self.offset = start;
        self.line
    }
}

/// UTF-8 or UTF-16 when a BOM says so, UTF-8 when the bytes are valid UTF-8, and otherwise
/// Windows-1252, which is what Excel writes on a Dutch Windows ("CSV (gescheiden door
/// lijstscheidingsteken)"). Windows-1252 gives every byte a character, so it never fails.
fn decode(bytes: &[u8]) -> Result<(String, TextEncoding), Problem> {
    let (text, encoding) = match Encoding::for_bom(bytes) {
        Some((bom_encoding, bom_length)) => {
            let encoding = if bom_encoding == UTF_8 {
                TextEncoding::Utf8Bom
            } else if bom_encoding == UTF_16LE {
                TextEncoding::Utf16Le
            } else if bom_encoding == UTF_16BE {
                TextEncoding::Utf16Be
            } else {
                return Err(Problem::new(1, ProblemCode::UnreadableFile, bom_encoding.name()));
            };
            let rest = &bytes[bom_length..];
            let text = bom_encoding
                .decode_without_bom_handling_and_without_replacement(rest)
                .ok_or_else(|| broken_text(rest, bom_encoding))?;
            (text.into_owned(), encoding)
        }
        None => match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_string(), TextEncoding::Utf8),
            Err(_) => {
                let (text, _had_errors) = WINDOWS_1252.decode_without_bom_handling(bytes);
                (text.into_owned(), TextEncoding::Windows1252)
            }
        },
    };
    // A second BOM (files glued together, or a tool that adds one to text that had one).
    Ok((text.trim_start_matches('\u{feff}').to_string(), encoding))
}

/// The problem for text that breaks the encoding its BOM announced, on the line where it breaks.
fn broken_text(bytes: &[u8], encoding: &'static Encoding) -> Problem {
    let line = if encoding == UTF_8 {
        let valid = std::str::from_utf8(bytes).map_or_else(|err| err.valid_up_to(), str::len);
        1 + bytes[..valid].iter().filter(|&&b| b == b'\n').count() as u64
    } else {
        1
    };
    Problem::new(
        line,
        ProblemCode::UnreadableFile,
        format!("not valid {}", encoding.name()),
    )
}

/// The delimiter that occurs most often outside quotes on the header line; `;` wins a tie (it is
/// what Dutch Excel writes), then tab, then `,`.
fn detect_delimiter(text: &str) -> Delimiter {
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            // The end of the header line; blank lines before it do not count.
            '\n' | '\r' if !in_quotes && counts.iter().any(|&n| n > 0) => break,
            _ if !in_quotes => {
                if let Some(index) = Delimiter::ALL.iter().position(|d| d.as_char() == c) {
                    counts[index] += 1;
                }
            }
            _ => {}
        }
    }
    let mut best = Delimiter::ALL[0];
    let mut best_count = 0;
    for (delimiter, &count) in Delimiter::ALL.iter().zip(&counts) {
        if count > best_count {
            best = *delimiter;
            best_count = count;
        }
    }
    best
}

/// A header as imports compare it: without case, accents or punctuation, `-` and `_` as
/// spaces, spaces collapsed. "E-mailadres", "e_mailadres" and " E-MAILADRES " all become
/// "e mailadres".
pub fn normalise_header(header: &str) -> String {
    let folded = fold_for_search(header.trim_start_matches('\u{feff}'));
    let spaced: String = folded
        .chars()
        .filter_map(|c| match c {
            '-' | '_' => Some(' '),
            c if c.is_alphanumeric() || c.is_whitespace() => Some(c),
            _ => None,
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The header reduced further, without spaces, so "e-mail", "E-mail", "email" and "e mail"
/// all match the alias "email".
pub fn header_key(header: &str) -> String {
    normalise_header(header).replace(' ', "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(table: &CsvTable) -> Vec<Vec<&str>> {
        table
            .rows
            .iter()
            .map(|row| row.fields.iter().map(String::as_str).collect())
            .collect()
    }

    fn windows_1252(text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = WINDOWS_1252.encode(text);
        assert!(!unmappable);
        bytes.into_owned()
    }

    #[test]
    fn utf8_with_and_without_bom_and_windows_1252_read_the_same() {
        let text = "Naam;Plaats\r\nZoë Çelik;Utrecht\r\nJan 't Hart;Köln\r\n";
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice(text.as_bytes());
        let variants = [
            (text.as_bytes().to_vec(), TextEncoding::Utf8),
            (with_bom, TextEncoding::Utf8Bom),
            (windows_1252(text), TextEncoding::Windows1252),
        ];
        for (bytes, encoding) in variants {
            let table = read_csv(&bytes).unwrap();
            assert_eq!(table.encoding, encoding);
            assert_eq!(table.headers, ["Naam", "Plaats"], "{encoding:?}");
            assert_eq!(
                fields(&table),
                [["Zoë Çelik", "Utrecht"], ["Jan 't Hart", "Köln"]],
                "{encoding:?}"
            );
        }
    }

    #[test]
    fn utf16_with_a_bom_is_read_as_excel_unicode_text() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Naam\tAfdeling\r\nZoë\tBeleid\r\n".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let table = read_csv(&bytes).unwrap();
        assert_eq!(table.encoding, TextEncoding::Utf16Le);
        assert_eq!(table.delimiter, Delimiter::Tab);
        assert_eq!(fields(&table), [["Zoë", "Beleid"]]);
    }

    #[test]
    fn no_header_keeps_a_bom_even_a_doubled_one() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("\u{feff}Naam,E-mail\nA,a@b.nl\n".as_bytes());
        let table = read_csv(&bytes).unwrap();
        assert_eq!(table.headers, ["Naam", "E-mail"]);
        assert!(table.headers.iter().all(|h| !h.contains('\u{feff}')));
    }

    #[test]
    fn the_delimiter_is_detected_from_the_header_outside_quotes() {
        assert_eq!(detect_delimiter("a;b;c\n1,2,3,4,5\n"), Delimiter::Semicolon);
        assert_eq!(detect_delimiter("a,b,c\n"), Delimiter::Comma);
        assert_eq!(detect_delimiter("a\tb, c\td\n"), Delimiter::Tab);
        assert_eq!(detect_delimiter("\"a;b;c\",d,e\n"), Delimiter::Comma);
        assert_eq!(detect_delimiter("\r\n\r\na,b\r\n"), Delimiter::Comma);
        assert_eq!(detect_delimiter("a;b,c\n"), Delimiter::Semicolon, "a tie goes to ;");
        assert_eq!(detect_delimiter("naam\n"), Delimiter::Semicolon);
    }

    #[test]
    fn quoted_fields_keep_delimiters_quotes_and_newlines_and_rows_keep_their_line() {
        let text = "naam;notitie\r\n\"Bakker; Jan\";\"zei \"\"hoi\"\"\r\nen ging\"\r\n\r\nPiet;x\r\n";
        let table = read_csv(text.as_bytes()).unwrap();
        assert_eq!(
            fields(&table),
            [vec!["Bakker; Jan", "zei \"hoi\"\nen ging"], vec!["Piet", "x"]]
        );
        let lines: Vec<u64> = table.rows.iter().map(|row| row.line).collect();
        assert_eq!(lines, [2, 5], "the record after a quoted newline and a blank line");
    }

    #[test]
    fn blank_and_empty_rows_are_skipped_and_short_rows_are_reported() {
        let table = read_csv(b"\n\na;b\n;\n1;2\n3\n4;5;6\n").unwrap();
        assert_eq!(table.header_line, 3);
        assert_eq!(fields(&table), [vec!["1", "2"], vec!["3"], vec!["4", "5", "6"]]);
        let problems = table.field_count_problems();
        assert_eq!(
            problems,
            [
                Problem::new(6, ProblemCode::FieldCount, "1 instead of 2"),
                Problem::new(7, ProblemCode::FieldCount, "3 instead of 2"),
            ]
        );
        assert_eq!(table.rows[1].field(1), "");
    }

    #[test]
    fn an_empty_file_or_broken_utf8_after_a_bom_is_unreadable() {
        for empty in [&b""[..], b"\xEF\xBB\xBF", b"\r\n\r\n", b" ; \n"] {
            let problem = read_csv(empty).unwrap_err();
            assert_eq!(problem.code, ProblemCode::UnreadableFile, "{empty:?}");
        }
        let problem = read_csv(b"\xEF\xBB\xBFnaam\nok\nbr\xFFoken\n").unwrap_err();
        assert_eq!(problem, Problem::new(3, ProblemCode::UnreadableFile, "not valid UTF-8"));
    }

    #[test]
    fn headers_are_compared_without_case_accents_or_punctuation() {
        assert_eq!(normalise_header(" E-mailadres "), "e mailadres");
        assert_eq!(normalise_header("IN_DIENST   sinds:"), "in dienst sinds");
        assert_eq!(normalise_header("\u{feff}Functie (titel)"), "functie titel");
        assert_eq!(normalise_header("Personeelsnr."), "personeelsnr");
        assert_eq!(normalise_header("Afdéling"), "afdeling");
        assert_eq!(header_key("E-mail"), "email");
        assert_eq!(header_key("First name"), "firstname");
    }
}
