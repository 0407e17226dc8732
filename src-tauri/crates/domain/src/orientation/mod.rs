//! The orientation newcomers read at their own pace, in Dutch and English.
//!
//! The texts are data (`nl.json`, `en.json` next to this file) so that they can be reviewed and
//! edited as prose; they are compiled in, and the tests below keep the two languages parallel and
//! every research claim tied to a listed source.

use crate::UiLanguage;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The chapters, in reading order. The ids are stored with a newcomer's progress, so they
/// never change.
pub const CHAPTER_IDS: [&str; 6] = [
    "mentoring_vs_coaching",
    "how_it_comes_about",
    "triangle",
    "manager_as_mentor",
    "career_phase",
    "choosing",
];

/// One chapter as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Chapter {
    /// One of [`CHAPTER_IDS`].
    pub id: String,
    pub title: String,
    /// One sentence for the chapter list.
    pub summary: String,
    /// Estimated reading time.
    pub minutes: u8,
    pub blocks: Vec<Block>,
    /// Exactly the sources the chapter's text cites.
    pub sources: Vec<Source>,
}

/// A piece of a chapter's body. All text is plain, since the UI only ever sets it as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Paragraph {
        text: String,
    },
    List {
        items: Vec<String>,
    },
    Table {
        caption: String,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Advice or reassurance set apart from the running text.
    Note {
        text: String,
    },
    /// `source` is the citation, starting with a source key ("Kram 1985, p. 2").
    Quote {
        text: String,
        source: String,
    },
}

/// A source the way the text cites it (`key`, e.g. "Van der Heijden 1998"). The article names
/// its sources by author and year only, so `text` says what the source is cited for instead of
/// giving bibliographic details nobody could check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Source {
    pub key: String,
    pub text: String,
}

/// One language's file.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Orientation {
    chapters: Vec<Chapter>,
    /// "How to choose a mentor", for the cover of the printed profile booklet.
    booklet_introduction: Vec<String>,
}

const DUTCH_JSON: &str = include_str!("nl.json");
const ENGLISH_JSON: &str = include_str!("en.json");

static DUTCH: LazyLock<Orientation> = LazyLock::new(|| load(DUTCH_JSON));
static ENGLISH: LazyLock<Orientation> = LazyLock::new(|| load(ENGLISH_JSON));

fn parse(json: &str) -> Result<Orientation, serde_json::Error> {
    serde_json::from_str(json)
}

/// The files are compiled in and a unit test parses both, so a tested build never takes the
/// fallback; should an untested one, an empty orientation is still better than a crash on a
/// newcomer's first day.
fn load(json: &str) -> Orientation {
    parse(json).unwrap_or_default()
}

fn orientation(language: UiLanguage) -> &'static Orientation {
    match language {
        UiLanguage::Nl => &DUTCH,
        UiLanguage::En => &ENGLISH,
    }
}

/// The chapters in reading order ([`CHAPTER_IDS`]).
pub fn chapters(language: UiLanguage) -> Vec<Chapter> {
    orientation(language).chapters.clone()
}

/// Whether `id` names a chapter, e.g. before progress on it is saved.
pub fn is_chapter(id: &str) -> bool {
    CHAPTER_IDS.contains(&id)
}

/// A few short paragraphs on how to choose a mentor, for the cover of the profile booklet.
pub fn booklet_introduction(language: UiLanguage) -> Vec<String> {
    orientation(language).booklet_introduction.clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    const LANGUAGES: [UiLanguage; 2] = [UiLanguage::Nl, UiLanguage::En];

    fn parsed(language: UiLanguage) -> Orientation {
        let json = match language {
            UiLanguage::Nl => DUTCH_JSON,
            UiLanguage::En => ENGLISH_JSON,
        };
        parse(json).unwrap_or_else(|e| panic!("{}.json does not parse: {e}", language.as_str()))
    }

    fn kind(block: &Block) -> &'static str {
        match block {
            Block::Paragraph { .. } => "paragraph",
            Block::List { .. } => "list",
            Block::Table { .. } => "table",
            Block::Note { .. } => "note",
            Block::Quote { .. } => "quote",
        }
    }

    /// The text a reader sees in the chapter's body, where citations appear.
    fn body(chapter: &Chapter) -> Vec<&str> {
        let mut texts = Vec::new();
        for block in &chapter.blocks {
            match block {
                Block::Paragraph { text } | Block::Note { text } => texts.push(text.as_str()),
                Block::List { items } => texts.extend(items.iter().map(String::as_str)),
                Block::Table { caption, head, rows } => {
                    texts.push(caption);
                    texts.extend(head.iter().map(String::as_str));
                    texts.extend(rows.iter().flatten().map(String::as_str));
                }
                Block::Quote { text, source } => texts.extend([text.as_str(), source.as_str()]),
            }
        }
        texts
    }

    /// Every string in the chapter, for the checks that apply to all text.
    fn all_text(chapter: &Chapter) -> Vec<&str> {
        let mut texts = vec![chapter.id.as_str(), &chapter.title, &chapter.summary];
        texts.extend(body(chapter));
        for source in &chapter.sources {
            texts.extend([source.key.as_str(), source.text.as_str()]);
        }
        texts
    }

    /// The byte offsets just past each run of exactly four digits: the years of citations.
    fn year_ends(text: &str) -> Vec<usize> {
        let mut ends = Vec::new();
        let mut run = 0;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            if c.is_ascii_digit() {
                run += 1;
                continue;
            }
            if run == 4 {
                ends.push(i);
            }
            run = 0;
        }
        ends
    }

    /// Every year in `text` must close the citation of one of `keys`, so a typo ("Kram 1984")
    /// or a source missing from the list fails.
    fn assert_years_cite(text: &str, keys: &BTreeSet<&str>, context: &str) {
        for end in year_ends(text) {
            assert!(
                keys.iter().any(|key| text[..end].ends_with(key)),
                "{context}: the year before byte {end} of {text:?} cites no listed source"
            );
        }
    }

    #[test]
    fn both_languages_parse_and_follow_the_chapter_ids() {
        for language in LANGUAGES {
            let ids: Vec<String> = parsed(language).chapters.into_iter().map(|c| c.id).collect();
            assert_eq!(ids, CHAPTER_IDS, "{}", language.as_str());
            let served: Vec<String> = chapters(language).into_iter().map(|c| c.id).collect();
            assert_eq!(served, CHAPTER_IDS, "{}", language.as_str());
        }
    }

    #[test]
    fn the_translations_stay_parallel() {
        let dutch = parsed(UiLanguage::Nl);
        let english = parsed(UiLanguage::En);
        for (nl, en) in dutch.chapters.iter().zip(&english.chapters) {
            let kinds = |c: &Chapter| c.blocks.iter().map(kind).collect::<Vec<_>>();
            assert_eq!(kinds(nl), kinds(en), "block kinds of {}", nl.id);
            for (nl_block, en_block) in nl.blocks.iter().zip(&en.blocks) {
                match (nl_block, en_block) {
                    (Block::List { items: nl_items }, Block::List { items: en_items }) => {
                        assert_eq!(nl_items.len(), en_items.len(), "list items in {}", nl.id);
                    }
                    (
                        Block::Table {
                            head: nl_head,
                            rows: nl_rows,
                            ..
                        },
                        Block::Table {
                            head: en_head,
                            rows: en_rows,
                            ..
                        },
                    ) => {
                        assert_eq!(nl_head.len(), en_head.len(), "table head in {}", nl.id);
                        let shape = |rows: &[Vec<String>]| rows.iter().map(Vec::len).collect::<Vec<_>>();
                        assert_eq!(shape(nl_rows), shape(en_rows), "table rows in {}", nl.id);
                    }
                    _ => {}
                }
            }
            let keys = |c: &Chapter| c.sources.iter().map(|s| s.key.clone()).collect::<Vec<_>>();
            assert_eq!(keys(nl), keys(en), "sources of {}", nl.id);
        }
        assert_eq!(dutch.booklet_introduction.len(), english.booklet_introduction.len());
    }

    #[test]
    fn every_chapter_cites_exactly_the_sources_it_lists() {
        for language in LANGUAGES {
            for chapter in parsed(language).chapters {
                let context = format!("{} {}", language.as_str(), chapter.id);
                assert!(!chapter.sources.is_empty(), "{context} lists no sources");
                let keys: BTreeSet<&str> = chapter.sources.iter().map(|s| s.key.as_str()).collect();
                assert_eq!(keys.len(), chapter.sources.len(), "{context} lists a source twice");
                let body = body(&chapter);
                for key in &keys {
                    assert!(
                        body.iter().any(|t| t.contains(key)),
                        "{context} lists {key} but never cites it"
                    );
                }
                for text in &body {
                    assert_years_cite(text, &keys, &context);
                }
            }
        }
    }

    #[test]
    fn every_source_line_starts_with_its_authors_and_year() {
        for language in LANGUAGES {
            for source in parsed(language).chapters.iter().flat_map(|c| &c.sources) {
                let (authors, year) = source.key.rsplit_once(' ').unwrap_or_default();
                assert!(
                    year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()),
                    "{} ends in no year",
                    source.key
                );
                let heading = format!("{authors} ({year})");
                assert!(
                    source.text.starts_with(&heading),
                    "{:?} starts with {heading}",
                    source.text
                );
            }
        }
    }

    #[test]
    fn the_booklet_introduction_cites_only_sources_the_chapters_list() {
        for language in LANGUAGES {
            let orientation = parsed(language);
            let keys: BTreeSet<&str> = orientation
                .chapters
                .iter()
                .flat_map(|c| &c.sources)
                .map(|s| s.key.as_str())
                .collect();
            let paragraphs = &orientation.booklet_introduction;
            assert!(
                (2..=3).contains(&paragraphs.len()),
                "{} booklet introduction",
                language.as_str()
            );
            for paragraph in paragraphs {
                assert_years_cite(paragraph, &keys, language.as_str());
            }
            assert_eq!(booklet_introduction(language), *paragraphs);
        }
    }

    #[test]
    fn mentoring_vs_coaching_has_the_comparison_table() {
        for language in LANGUAGES {
            let chapter = &parsed(language).chapters[0];
            assert_eq!(chapter.id, "mentoring_vs_coaching");
            let table = chapter.blocks.iter().find_map(|b| match b {
                Block::Table { head, rows, .. } => Some((head, rows)),
                _ => None,
            });
            let (head, rows) = table.unwrap_or_else(|| panic!("{}: no table", language.as_str()));
            assert_eq!(head.len(), 3);
            assert_eq!(rows.len(), 2, "coaching and mentoring");
        }
    }

    #[test]
    fn all_text_is_plain_and_never_empty() {
        const MARKUP: [&str; 6] = ["<", "**", "__", "`", "](", "&#"];
        for language in LANGUAGES {
            let orientation = parsed(language);
            let mut texts: Vec<&str> = orientation.booklet_introduction.iter().map(String::as_str).collect();
            texts.extend(orientation.chapters.iter().flat_map(all_text));
            for text in texts {
                assert!(!text.trim().is_empty(), "{}: an empty text", language.as_str());
                assert_eq!(text, text.trim(), "stray whitespace around {text:?}");
                assert!(!text.starts_with(['#', '-', '*']), "markdown in {text:?}");
                for marker in MARKUP {
                    assert!(!text.contains(marker), "{marker} in {text:?}");
                }
            }
            for chapter in &orientation.chapters {
                for block in &chapter.blocks {
                    match block {
                        Block::List { items } => assert!(!items.is_empty(), "an empty list in {}", chapter.id),
                        Block::Table { head, rows, .. } => {
                            assert!(!rows.is_empty(), "an empty table in {}", chapter.id);
                            assert!(rows.iter().all(|row| row.len() == head.len()), "a ragged table");
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    #[test]
    fn reading_times_are_between_one_and_ten_minutes() {
        for language in LANGUAGES {
            for chapter in parsed(language).chapters {
                assert!(
                    (1..=10).contains(&chapter.minutes),
                    "{}: {}",
                    chapter.id,
                    chapter.minutes
                );
            }
        }
    }

    #[test]
    fn knows_its_chapters() {
        assert!(CHAPTER_IDS.iter().all(|id| is_chapter(id)));
        assert!(!is_chapter("Triangle"));
        assert!(!is_chapter(""));
    }

    #[test]
    fn crosses_ipc_in_the_shape_the_ui_reads() {
        let chapter = Chapter {
            id: "triangle".into(),
            title: "T".into(),
            summary: "S".into(),
            minutes: 2,
            blocks: vec![
                Block::Table {
                    caption: "C".into(),
                    head: vec!["H".into()],
                    rows: vec![vec!["R".into()]],
                },
                Block::Quote {
                    text: "Q".into(),
                    source: "Kram 1985".into(),
                },
            ],
            sources: vec![Source {
                key: "Kram 1985".into(),
                text: "Kram (1985).".into(),
            }],
        };
        let json = serde_json::json!({
            "id": "triangle", "title": "T", "summary": "S", "minutes": 2,
            "blocks": [
                {"kind": "table", "caption": "C", "head": ["H"], "rows": [["R"]]},
                {"kind": "quote", "text": "Q", "source": "Kram 1985"}
            ],
            "sources": [{"key": "Kram 1985", "text": "Kram (1985)."}]
        });
        assert_eq!(serde_json::to_value(&chapter).unwrap(), json);
    }

    #[test]
    fn refuses_unknown_fields_so_a_misspelt_one_is_not_lost() {
        let misspelt = r#"{"chapters": [], "bookletIntroduction": [], "bookletIntro": []}"#;
        assert!(parse(misspelt).is_err());
        let block = r#"{"kind": "note", "text": "x", "txt": "y"}"#;
        assert!(serde_json::from_str::<Block>(block).is_err());
    }
}
