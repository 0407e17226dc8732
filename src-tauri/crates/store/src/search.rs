//! Newcomers' search over the visible mentor pool: full text over profile and CV (SQLite FTS5,
//! insensitive to case and diacritics) with filters on expertise, department, language and
//! free places.

use crate::cards::{self, MentorCard, IS_IN_POOL};
use crate::StoreError;
use mentorpool_domain::{fold_for_search, LanguageCode, MentorId};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchQuery {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub expertise: Option<String>,
    #[serde(default)]
    pub department: Option<String>,
    #[serde(default)]
    pub language: Option<LanguageCode>,
    /// Only mentors with at least this many free places; 1 shows everyone a newcomer can choose.
    #[serde(default = "one_place")]
    pub min_places: u32,
    /// How many cards to return, best first; the screen asks for more as the newcomer scrolls.
    #[serde(default = "first_page")]
    pub limit: u32,
}

fn one_place() -> u32 {
    1
}

fn first_page() -> u32 {
    FIRST_PAGE
}

/// Cards per page: a screenful or two. Building a card costs more than finding the match, so
/// a search over thousands of profiles returns the best ones and the total.
pub const FIRST_PAGE: u32 = 48;

/// The best matches and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    pub total: usize,
    pub cards: Vec<MentorCard>,
}

impl Default for SearchQuery {
    fn default() -> Self {
        Self {
            text: String::new(),
            expertise: None,
            department: None,
            language: None,
            min_places: one_place(),
            limit: first_page(),
        }
    }
}

/// What the filters can offer: the values that occur among the visible mentors.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchFacets {
    pub expertise: Vec<String>,
    pub departments: Vec<String>,
    pub languages: Vec<LanguageCode>,
}

/// The mentors newcomers may see with at least `?1` free places, as a CTE.
fn visible() -> String {
    format!(
        "WITH visible AS (
            SELECT m.id, m.person_id, p.name, p.department
              FROM mentor m
              JOIN person p ON p.id = m.person_id
              JOIN mentor_places mp ON mp.mentor_id = m.id
             WHERE {IS_IN_POOL} AND mp.places_available >= ?1)"
    )
}

/// A match in the name weighs most, then expertise and topics, then job, career, department,
/// bio and CV; in the column order of `mentor_search`.
const COLUMN_WEIGHTS: &str = "10.0, 3.0, 2.0, 1.0, 5.0, 4.0, 2.0, 1.0";

/// The cards of the best `query.limit` matches, best first, and the number of matches.
pub fn search(conn: &Connection, query: &SearchQuery) -> Result<SearchResults, StoreError> {
    let ids = matching_ids(conn, query)?;
    let page = usize::try_from(query.limit).unwrap_or(usize::MAX).min(ids.len());
    Ok(SearchResults {
        total: ids.len(),
        cards: cards::cards_for(conn, &ids[..page])?,
    })
}

/// The mentors that match `query`: by relevance when there is text, else by name.
pub fn matching_ids(conn: &Connection, query: &SearchQuery) -> Result<Vec<MentorId>, StoreError> {
    // A full mentor cannot be chosen, so asking for "at least 0 places" still means 1.
    let mut args: Vec<Value> = vec![Value::Integer(i64::from(query.min_places.max(1)))];
    let text = match_expression(&query.text);
    let mut sql = visible();
    match &text {
        Some(expression) => {
            sql.push_str(&format!(
                " SELECT v.id, v.name, s.rank FROM visible v
                    JOIN (SELECT rowid, bm25(mentor_search, {COLUMN_WEIGHTS}) AS rank
                            FROM mentor_search WHERE mentor_search MATCH ?2) s ON s.rowid = v.id
                   WHERE 1"
            ));
            args.push(Value::Text(expression.clone()));
        }
        None => sql.push_str(" SELECT v.id, v.name, 0.0 FROM visible v WHERE 1"),
    }
    if let Some(tag) = non_blank(&query.expertise) {
        sql.push_str(
            " AND EXISTS (SELECT 1 FROM mentor_expertise e JOIN expertise_tag t ON t.id = e.tag_id
                           WHERE e.mentor_id = v.id AND t.name = ?)",
        );
        args.push(Value::Text(tag.to_string()));
    }
    if let Some(department) = non_blank(&query.department) {
        sql.push_str(" AND v.department = ?");
        args.push(Value::Text(department.to_string()));
    }
    if let Some(language) = &query.language {
        sql.push_str(" AND EXISTS (SELECT 1 FROM person_language l WHERE l.person_id = v.person_id AND l.code = ?)");
        args.push(Value::Text(language.as_str().to_string()));
    }
    let mut statement = conn.prepare(&sql)?;
    let mut hits: Vec<(MentorId, String, f64)> = statement
        .query_map(params_from_iter(args), |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    // bm25 is lower for a better match; equal ranks (and no text) go by name, accents folded.
    hits.sort_by_cached_key(|(id, name, rank)| (Rank(*rank), fold_for_search(name), *id));
    Ok(hits.into_iter().map(|(id, _, _)| id).collect())
}

/// bm25's score, totally ordered so it can be a sort key.
#[derive(PartialEq)]
struct Rank(f64);
impl Eq for Rank {}
impl PartialOrd for Rank {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Rank {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// The user's words as an FTS5 expression that cannot be read as query syntax: every word
/// becomes a quoted prefix term ("zoe"*), and all of them must match. `None` for no words.
fn match_expression(text: &str) -> Option<String> {
    let terms: Vec<String> = fold_for_search(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

fn non_blank(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// The filter values that occur among the visible mentors, in the reader's order.
pub fn facets(conn: &Connection) -> Result<SearchFacets, StoreError> {
    let distinct = |select: &str| -> Result<Vec<String>, StoreError> {
        let mut statement = conn.prepare(&format!("{} SELECT DISTINCT {select}", visible()))?;
        let mut values: Vec<String> = statement
            .query_map([1], |row| row.get::<_, String>(0))?
            .collect::<Result<_, _>>()?;
        values.retain(|v| !v.trim().is_empty());
        values.sort_by_cached_key(|v| (fold_for_search(v), v.clone()));
        Ok(values)
    };
    Ok(SearchFacets {
        expertise: distinct(
            "t.name FROM visible v JOIN mentor_expertise e ON e.mentor_id = v.id
             JOIN expertise_tag t ON t.id = e.tag_id",
        )?,
        departments: distinct("v.department FROM visible v")?,
        languages: distinct("l.code FROM visible v JOIN person_language l ON l.person_id = v.person_id")?
            .iter()
            .filter_map(|code| LanguageCode::parse(code).ok())
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::complete_profile;
    use crate::{mentors, people, vocabulary};
    use mentorpool_domain::{MentorInput, MentorStatus, PersonInput};

    struct Pool {
        conn: Connection,
    }

    impl Pool {
        fn new() -> Self {
            Self {
                conn: crate::open_in_memory().unwrap(),
            }
        }

        fn mentor(
            &self,
            name: &str,
            department: &str,
            status: MentorStatus,
            edit: impl FnOnce(&mut MentorInput),
        ) -> MentorId {
            let n = people::count(&self.conn).unwrap();
            let person = PersonInput {
                name: name.into(),
                email: format!("p{n}@waterschap.nl"),
                employee_number: format!("E{n}"),
                department: department.into(),
                job_title: "Adviseur".into(),
                languages: vec!["nl".into()],
                ..PersonInput::default()
            }
            .validate(2026)
            .unwrap();
            let person = people::insert(&self.conn, &person).unwrap();
            let mut profile = complete_profile(2);
            edit(&mut profile);
            mentors::insert(&self.conn, person, &profile.validate().unwrap(), status).unwrap()
        }

        fn approved(&self, name: &str) -> MentorId {
            self.mentor(name, "Beleid", MentorStatus::Approved, |_| {})
        }

        fn find(&self, text: &str) -> Vec<MentorId> {
            self.search(SearchQuery {
                text: text.into(),
                ..SearchQuery::default()
            })
        }

        fn search(&self, query: SearchQuery) -> Vec<MentorId> {
            matching_ids(&self.conn, &query).unwrap()
        }
    }

    #[test]
    fn finds_names_ignoring_case_and_diacritics() {
        let pool = Pool::new();
        let zoe = pool.approved("Zoë de Wit");
        let celik = pool.approved("Mehmet Çelik");
        pool.approved("Daniël Bakker");
        assert_eq!(pool.find("zoe"), [zoe]);
        assert_eq!(pool.find("ZOË"), [zoe]);
        assert_eq!(pool.find("celik"), [celik]);
        assert_eq!(pool.find("Çel"), [celik], "a word being typed matches as a prefix");
        assert_eq!(pool.find("zoe wit"), [zoe], "every word must match");
        let yilmaz = pool.approved("Emre Yılmaz");
        let lukasz = pool.approved("Łukasz Søndergaard");
        assert_eq!(pool.find("yilmaz"), [yilmaz], "letters that do not decompose fold too");
        assert_eq!(pool.find("Yılmaz"), [yilmaz]);
        assert_eq!(pool.find("lukasz sondergaard"), [lukasz]);
        assert!(pool.find("zoe bakker").is_empty());
    }

    #[test]
    fn searches_the_whole_public_profile_and_cv() {
        let pool = Pool::new();
        let mentor = pool.mentor("Fenna Visser", "Beleid", MentorStatus::Approved, |p| {
            p.bio =
                "Begon als hydroloog en werkt nu aan de kaderrichtlijn water en aan peilbesluiten in de polder.".into();
            p.expertise = vec!["Financiën & control".into()];
            p.topics = vec!["Netwerken in de regio".into()];
            p.cv[0].organisation = "Rijkswaterstaat".into();
            p.career_path[0].from_department = "Zuivering".into();
        });
        for words in [
            "kaderrichtlijn",
            "financien",
            "netwerken",
            "rijkswaterstaat",
            "zuivering",
            "adviseur",
        ] {
            assert_eq!(pool.find(words), [mentor], "{words}");
        }
    }

    #[test]
    fn a_name_match_ranks_above_a_match_in_the_bio() {
        let pool = Pool::new();
        let in_bio = pool.mentor("Anaïs Bakker", "Beleid", MentorStatus::Approved, |p| {
            p.bio =
                "Werkte jaren samen met Sjoerd aan de dijkversterking en leert nieuwe collega's graag de weg.".into();
        });
        let named = pool.approved("Sjoerd Hoekstra");
        assert_eq!(pool.find("sjoerd"), [named, in_bio]);
    }

    #[test]
    fn query_syntax_in_the_text_is_taken_as_plain_words() {
        let pool = Pool::new();
        let zoe = pool.approved("Zoë de Wit");
        for text in [
            "\"zoe",
            "zoe*",
            "zoe OR",
            "NEAR(zoe",
            "zoe AND -wit",
            "name:zoe",
            "^zoe",
            "zoe'",
        ] {
            let found = pool.find(text);
            assert!(found.is_empty() || found == [zoe], "{text}: {found:?}");
        }
        assert_eq!(pool.find("  "), [zoe], "no words: everyone visible");
        assert_eq!(pool.find("!?*"), [zoe]);
    }

    #[test]
    fn only_approved_mentors_with_a_free_place_are_found() {
        let pool = Pool::new();
        let approved = pool.approved("Zoë de Wit");
        for status in [MentorStatus::Candidate, MentorStatus::Paused, MentorStatus::Retired] {
            pool.mentor("Zoë Jansen", "Beleid", status, |_| {});
        }
        let full = pool.mentor("Zoë Full", "Beleid", MentorStatus::Approved, |p| p.capacity = 1);
        pool.conn
            .execute(
                "INSERT INTO mentorship (mentor_id, mentee_id, origin, started_on)
                 VALUES (?1, (SELECT id FROM person WHERE name = 'Zoë Jansen' LIMIT 1), 'arranged', '2026-01-01')",
                [full],
            )
            .unwrap();
        assert_eq!(pool.find("zoe"), [approved]);
        assert_eq!(pool.find(""), [approved]);
    }

    #[test]
    fn filters_on_expertise_department_language_and_places() {
        let pool = Pool::new();
        let water = pool.mentor("Ad Water", "Watersystemen", MentorStatus::Approved, |p| {
            p.capacity = 3;
        });
        let finance = pool.mentor("Bo Geld", "Financiën", MentorStatus::Approved, |p| {
            p.expertise = vec!["Financiën & control".into()];
        });
        pool.conn
            .execute(
                "INSERT INTO person_language (person_id, code) SELECT person_id, 'en' FROM mentor WHERE id = ?1",
                [finance],
            )
            .unwrap();
        let by = |edit: fn(&mut SearchQuery)| {
            let mut query = SearchQuery::default();
            edit(&mut query);
            pool.search(query)
        };
        assert_eq!(by(|q| q.expertise = Some("Financiën & control".into())), [finance]);
        assert_eq!(by(|q| q.department = Some("Watersystemen".into())), [water]);
        assert_eq!(by(|q| q.language = Some(LanguageCode::parse("en").unwrap())), [finance]);
        assert_eq!(by(|q| q.min_places = 3), [water]);
        assert_eq!(by(|q| q.min_places = 0), [water, finance], "0 places reads as 1");
        assert_eq!(
            by(|q| q.department = Some("  ".into())),
            [water, finance],
            "a blank filter is no filter"
        );
    }

    #[test]
    fn the_index_follows_every_change_to_a_profile() {
        let pool = Pool::new();
        let mentor = pool.approved("Zoë de Wit");
        let person = mentors::get(&pool.conn, mentor).unwrap().person_id;

        let mut profile = complete_profile(2);
        profile.bio = "Nu vooral bezig met klimaatadaptatie en het betrekken van bewoners bij nieuwe plannen.".into();
        profile.expertise = vec!["Crisisbeheersing".into()];
        mentors::update(&pool.conn, mentor, &profile.validate().unwrap()).unwrap();
        assert_eq!(pool.find("klimaatadaptatie"), [mentor]);
        assert!(pool.find("peilbeheer").is_empty(), "the old bio is gone from the index");
        assert_eq!(pool.find("crisis"), [mentor]);

        let tag = vocabulary::tags(&pool.conn)
            .unwrap()
            .into_iter()
            .find(|t| t.name == "Crisisbeheersing")
            .unwrap();
        vocabulary::rename(&pool.conn, tag.id, "Calamiteitenzorg").unwrap();
        assert_eq!(pool.find("calamiteiten"), [mentor]);
        assert!(pool.find("crisisbeheersing").is_empty());

        pool.conn
            .execute("UPDATE person SET name = 'Zoë Jansen' WHERE id = ?1", [person])
            .unwrap();
        assert_eq!(pool.find("jansen"), [mentor]);
        assert!(pool.find("wit").is_empty());
    }

    #[test]
    fn returns_a_page_of_cards_and_the_total() {
        let pool = Pool::new();
        let ids: Vec<MentorId> = (0..5).map(|i| pool.approved(&format!("Zoë {i}"))).collect();
        let results = search(
            &pool.conn,
            &SearchQuery {
                text: "zoe".into(),
                limit: 2,
                ..SearchQuery::default()
            },
        )
        .unwrap();
        assert_eq!(results.total, 5);
        assert_eq!(results.cards.iter().map(|c| c.id).collect::<Vec<_>>(), ids[..2]);
    }

    #[test]
    fn facets_offer_the_values_of_visible_mentors_only() {
        let pool = Pool::new();
        pool.mentor("Ad Water", "Watersystemen", MentorStatus::Approved, |p| {
            p.expertise = vec!["Zuivering".into(), "Águas".into()];
        });
        pool.mentor("Bo Geld", "Financiën", MentorStatus::Candidate, |p| {
            p.expertise = vec!["Financiën & control".into()];
        });
        let facets = facets(&pool.conn).unwrap();
        assert_eq!(facets.expertise, ["Águas", "Zuivering"]);
        assert_eq!(facets.departments, ["Watersystemen"]);
        assert_eq!(facets.languages, [LanguageCode::parse("nl").unwrap()]);
    }
}
