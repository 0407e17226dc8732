//! The mentor card newcomers see in every list (suggestions, search, shortlist, compare), and
//! the one rule for whom they may see: approved mentors with a free place, as the
//! `mentor_places` view counts them. Like `public`, the card has no HR field at all.

use crate::StoreError;
use mentorpool_domain::profile::MeetingMode;
use mentorpool_domain::{LanguageCode, MentorId, PersonId};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MentorCard {
    pub id: MentorId,
    pub person_id: PersonId,
    pub name: String,
    pub job_title: String,
    pub department: String,
    pub bio: String,
    pub expertise: Vec<String>,
    pub topics: Vec<String>,
    pub languages: Vec<LanguageCode>,
    pub has_photo: bool,
    pub places_available: u32,
    pub capacity: u32,
}

/// A visible mentor with what ranking needs beyond the card.
pub(crate) struct VisibleMentor {
    pub card: MentorCard,
    pub meeting_mode: Option<MeetingMode>,
}

/// Mentors in the pool newcomers look at, over `mentor m`: approved, and still working here.
macro_rules! in_pool {
    () => {
        "m.status = 'approved'
         AND NOT EXISTS (SELECT 1 FROM person gone WHERE gone.id = m.person_id AND gone.left_on IS NOT NULL)"
    };
}
pub(crate) const IS_IN_POOL: &str = in_pool!();

/// Who newcomers may see and choose, over `mentor m` joined with `mentor_places mp`.
pub(crate) const IS_VISIBLE: &str = concat!(in_pool!(), " AND mp.places_available > 0");

/// Every visible mentor, in one statement: lists and parts come from correlated subqueries
/// instead of a query per mentor. `?1` is NULL for everyone, or a JSON array of mentor ids.
const SELECT_VISIBLE: &str = "
    SELECT m.id, m.person_id, p.name, p.job_title, p.department, m.bio,
           (SELECT group_concat(t.name, char(31) ORDER BY me.position)
              FROM mentor_expertise me JOIN expertise_tag t ON t.id = me.tag_id
             WHERE me.mentor_id = m.id),
           (SELECT group_concat(topic, char(31) ORDER BY position) FROM mentor_topic WHERE mentor_id = m.id),
           (SELECT group_concat(code, char(31) ORDER BY code) FROM person_language WHERE person_id = m.person_id),
           EXISTS (SELECT 1 FROM mentor_photo WHERE mentor_id = m.id),
           mp.places_available, m.capacity, m.meeting_mode
    FROM mentor m
    JOIN person p ON p.id = m.person_id
    JOIN mentor_places mp ON mp.mentor_id = m.id";

/// Every mentor newcomers may see, sorted by name.
pub fn visible_cards(conn: &Connection) -> Result<Vec<MentorCard>, StoreError> {
    Ok(visible_mentors(conn, None)?.into_iter().map(|m| m.card).collect())
}

/// The cards of `ids` in the order given, each once, leaving out every mentor newcomers may
/// not see (gone, not approved, or full). Search turns its hits into cards with this.
pub fn cards_for(conn: &Connection, ids: &[MentorId]) -> Result<Vec<MentorCard>, StoreError> {
    let mut found: HashMap<MentorId, MentorCard> = visible_mentors(conn, Some(ids))?
        .into_iter()
        .map(|m| (m.card.id, m.card))
        .collect();
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

/// The free places of `id` if newcomers may see the mentor, else `None`.
pub(crate) fn places_if_visible(conn: &Connection, id: MentorId) -> Result<Option<u32>, StoreError> {
    let places = conn
        .prepare_cached(&format!(
            "SELECT mp.places_available FROM mentor m JOIN mentor_places mp ON mp.mentor_id = m.id
              WHERE m.id = ?1 AND {IS_VISIBLE}"
        ))?
        .query_row([id], |row| row.get(0))
        .optional()?;
    Ok(places)
}

/// The visible mentors among `ids` (everyone visible for `None`), sorted by name.
pub(crate) fn visible_mentors(conn: &Connection, ids: Option<&[MentorId]>) -> Result<Vec<VisibleMentor>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_VISIBLE}
         WHERE {IS_VISIBLE} AND (?1 IS NULL OR m.id IN (SELECT value FROM json_each(?1)))
         ORDER BY p.name COLLATE NOCASE, m.id"
    ))?;
    let mentors = stmt
        .query_map([ids.map(json_ids)], read_visible)?
        .collect::<Result<_, _>>()?;
    Ok(mentors)
}

/// Ids as a JSON array, for `json_each`: one bound parameter however many ids there are.
pub(crate) fn json_ids<Id: ToString>(ids: &[Id]) -> String {
    let ids: Vec<String> = ids.iter().map(ToString::to_string).collect();
    format!("[{}]", ids.join(","))
}

fn read_visible(row: &Row<'_>) -> rusqlite::Result<VisibleMentor> {
    let list = |column: usize| -> rusqlite::Result<Vec<String>> {
        Ok(row
            .get::<_, Option<String>>(column)?
            .map(|all| all.split('\u{1f}').map(str::to_string).collect())
            .unwrap_or_default())
    };
    let mode: Option<String> = row.get(12)?;
    Ok(VisibleMentor {
        card: MentorCard {
            id: row.get(0)?,
            person_id: row.get(1)?,
            name: row.get(2)?,
            job_title: row.get(3)?,
            department: row.get(4)?,
            bio: row.get(5)?,
            expertise: list(6)?,
            topics: list(7)?,
            languages: list(8)?
                .iter()
                .filter_map(|code| LanguageCode::parse(code).ok())
                .collect(),
            has_photo: row.get(9)?,
            places_available: row.get(10)?,
            capacity: row.get(11)?,
        },
        meeting_mode: mode.as_deref().and_then(MeetingMode::parse),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentors;
    use crate::newcomer_fixtures::{approved_mentor, person};
    use mentorpool_domain::MentorStatus;

    #[test]
    fn a_card_shows_the_public_profile_and_the_places_left() {
        let conn = crate::open_in_memory().unwrap();
        let id = approved_mentor(&conn, "Zoë Çelik", 3);
        let cards = visible_cards(&conn).unwrap();
        assert_eq!(cards.len(), 1);
        let card = &cards[0];
        assert_eq!((card.id, card.name.as_str()), (id, "Zoë Çelik"));
        assert_eq!((card.places_available, card.capacity), (3, 3));
        assert_eq!(card.expertise, ["Waterkwaliteit"]);
        assert_eq!(card.topics, ["Je weg vinden"]);
        assert_eq!(card.languages, [LanguageCode::parse("nl").unwrap()]);
        let json = serde_json::to_value(card).unwrap();
        assert_eq!(json["placesAvailable"], 3);
        assert_eq!(json["personId"], card.person_id.get());
    }

    #[test]
    fn cards_for_keeps_the_order_given_and_leaves_out_whom_newcomers_may_not_see() {
        let conn = crate::open_in_memory().unwrap();
        let anne = approved_mentor(&conn, "Anne", 2);
        let bram = approved_mentor(&conn, "Bram", 2);
        let full = approved_mentor(&conn, "Cem", 0);
        let paused = approved_mentor(&conn, "Dirk", 2);
        mentors::set_status(&conn, paused, MentorStatus::Paused).unwrap();
        let candidate = mentors::create_candidate(&conn, person(&conn, "Eva")).unwrap();
        let ids = [bram, full, anne, paused, candidate, MentorId::new(999), bram];
        let shown: Vec<MentorId> = cards_for(&conn, &ids).unwrap().iter().map(|c| c.id).collect();
        assert_eq!(shown, [bram, anne]);
        assert!(cards_for(&conn, &[]).unwrap().is_empty());
        assert_eq!(places_if_visible(&conn, anne).unwrap(), Some(2));
        assert_eq!(places_if_visible(&conn, full).unwrap(), None);
    }
}
