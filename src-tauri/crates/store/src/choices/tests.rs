use super::*;
use crate::newcomer_fixtures::{
    approve_as_mentor, approved_mentor, choice, intake, newcomer_with, person, person_managed_by,
};
use crate::test_support::today;
use crate::{mentors, newcomers};
use chrono::Days;
use mentorpool_domain::matching::{Advice, Ambition, CareerPhase, Intake};
use mentorpool_domain::MentorStatus;
use std::sync::{Arc, Barrier};

fn conn() -> Connection {
    crate::open_in_memory().unwrap()
}

fn later(days: u64) -> NaiveDate {
    today().checked_add_days(Days::new(days)).unwrap()
}

fn places(conn: &Connection, mentor: MentorId) -> i64 {
    conn.query_row(
        "SELECT places_available FROM mentor_places WHERE mentor_id = ?1",
        [mentor],
        |r| r.get(0),
    )
    .unwrap()
}

fn advice_kinds(advice: &ChoiceAdvice) -> Vec<String> {
    advice
        .warnings
        .iter()
        .map(|a| serde_json::to_value(a).unwrap()["kind"].as_str().unwrap().to_string())
        .collect()
}

/// A newcomer managed by a teamleader who is an approved mentor, with `ambition`.
fn managed_newcomer(conn: &Connection, ambition: Ambition) -> (PersonId, MentorId) {
    let boss = person(conn, "Teamleider");
    let boss_as_mentor = approve_as_mentor(conn, boss, 2);
    let me = person_managed_by(conn, "Nieuw", Some(boss));
    newcomers::save_intake(
        conn,
        me,
        Intake {
            ambition,
            manager_id: Some(boss),
            ..intake()
        },
    )
    .unwrap();
    (me, boss_as_mentor)
}

#[test]
fn a_submitted_choice_reads_back_with_its_picks_advice_and_expiry() {
    let conn = conn();
    let anne = approved_mentor(&conn, "Anne", 2);
    let bram = approved_mentor(&conn, "Bram", 2);
    let me = newcomer_with(&conn, "Nieuw", intake());
    let record = submit(&conn, me, choice(anne, &[bram]), today()).unwrap();
    assert_eq!(record.status, ChoiceStatus::Submitted);
    assert_eq!(record.kind, ChoiceKind::Mentor);
    assert_eq!((record.newcomer_id, record.newcomer_name.as_str()), (me, "Nieuw"));
    let picks: Vec<(MentorId, u32)> = record.picks.iter().map(|p| (p.mentor_id, p.places_available)).collect();
    assert_eq!(picks, [(anne, 1), (bram, 2)], "only the first choice holds a place");
    assert_eq!(record.expires_on, later(30));
    assert!(!record.flagged_for_hr && record.decided_on.is_none());
    assert_eq!(list_mine(&conn, me, today()).unwrap(), std::slice::from_ref(&record));

    let json = serde_json::to_value(&record).unwrap();
    assert_eq!(json["status"], "submitted");
    assert_eq!(json["kind"], "mentor");
    assert_eq!(json["declineReason"], "");
    assert_eq!(json["picks"][0]["name"], "Anne");
    assert_eq!(json["picks"][0]["jobTitle"], "Adviseur");
    assert_eq!(json["submittedOn"], "2026-11-28");
    assert_eq!(json["expiresOn"], "2026-12-28");
    assert_eq!(json["informalMentor"], serde_json::Value::Null);
    assert_eq!(json["advice"]["flagForHr"], false);
}

// domain.md: horizontal ambition and the manager as mentor: a clear warning, explicit
// confirmation, and the match is flagged for HR.
#[test]
fn the_manager_with_a_horizontal_ambition_needs_confirmation_and_is_flagged() {
    let conn = conn();
    let (me, boss) = managed_newcomer(&conn, Ambition::Horizontal);
    let advice = advise(&conn, me, &[boss], today()).unwrap();
    assert!(advice.needs_explicit_confirmation && advice.flag_for_hr);
    let err = submit(&conn, me, choice(boss, &[]), today()).unwrap_err();
    assert_eq!(err.code(), "choice.confirmation_required");
    assert!(list_mine(&conn, me, today()).unwrap().is_empty());
    let confirmed = Choice {
        confirmed_manager_warning: true,
        ..choice(boss, &[])
    };
    let record = submit(&conn, me, confirmed, today()).unwrap();
    assert!(record.flagged_for_hr && record.confirmed_manager_warning);
    assert_eq!(advice_kinds(&record.advice), ["manager_as_mentor_horizontal"]);
    assert_eq!(record.advice, advice, "HR sees the advice the newcomer read");
}

#[test]
fn the_manager_with_a_vertical_ambition_is_allowed_with_the_trade_offs() {
    let conn = conn();
    let (me, boss) = managed_newcomer(&conn, Ambition::Vertical);
    let record = submit(&conn, me, choice(boss, &[]), today()).unwrap();
    assert!(!record.flagged_for_hr);
    assert!(matches!(
        record.advice.warnings[0],
        Advice::ManagerAsMentorVertical { .. }
    ));
}

#[test]
fn a_fresh_graduate_is_advised_coaching_without_being_blocked() {
    let conn = conn();
    let anne = approved_mentor(&conn, "Anne", 2);
    let me = newcomer_with(
        &conn,
        "Nieuw",
        Intake {
            phase: CareerPhase::FreshGraduate,
            ..intake()
        },
    );
    assert_eq!(
        advice_kinds(&advise(&conn, me, &[anne], today()).unwrap()),
        ["coaching_fits_first_years"]
    );
    assert!(submit(&conn, me, choice(anne, &[]), today()).is_ok());
}

#[test]
fn a_full_or_unapproved_mentor_cannot_be_chosen() {
    let conn = conn();
    let full = approved_mentor(&conn, "Anne", 1);
    let taken_by = newcomer_with(&conn, "Eerder", intake());
    submit(&conn, taken_by, choice(full, &[]), today()).unwrap();
    let paused = approved_mentor(&conn, "Bram", 2);
    mentors::set_status(&conn, paused, MentorStatus::Paused).unwrap();
    let candidate = mentors::create_candidate(&conn, person(&conn, "Cem")).unwrap();
    let open = approved_mentor(&conn, "Dirk", 2);
    let me = newcomer_with(&conn, "Nieuw", intake());
    let code = |c: Choice| submit(&conn, me, c, today()).unwrap_err().code();
    assert_eq!(code(choice(full, &[])), "choice.mentor_full");
    assert_eq!(code(choice(open, &[full])), "choice.mentor_full", "an alternative too");
    assert_eq!(code(choice(paused, &[])), "mentor.not_found");
    assert_eq!(code(choice(candidate, &[])), "mentor.not_found");
    assert_eq!(code(choice(MentorId::new(999), &[])), "mentor.not_found");
    assert_eq!(
        advise(&conn, me, &[full], today()).unwrap_err().code(),
        "choice.mentor_full"
    );
    assert!(list_mine(&conn, me, today()).unwrap().is_empty());
}

#[test]
fn one_open_choice_at_a_time_and_a_saved_intake_first() {
    let conn = conn();
    let anne = approved_mentor(&conn, "Anne", 2);
    let bram = approved_mentor(&conn, "Bram", 2);
    let me = newcomer_with(&conn, "Nieuw", intake());
    submit(&conn, me, choice(anne, &[]), today()).unwrap();
    let again = submit(&conn, me, choice(bram, &[]), today()).unwrap_err();
    assert_eq!(again.code(), "choice.already_open");
    // The confirmation screen refuses it before the newcomer writes a word more.
    assert_eq!(
        advise(&conn, me, &[bram], today()).unwrap_err().code(),
        "choice.already_open"
    );
    // After the last valid day the preview answers as the next write will: the choice has expired.
    let after_expiry = later(u64::from(mentorpool_domain::matching::CHOICE_VALID_DAYS) + 1);
    assert!(advise(&conn, me, &[bram], after_expiry).is_ok());
    let without_intake = person(&conn, "Zonder intake");
    assert_eq!(
        submit(&conn, without_intake, choice(anne, &[]), today())
            .unwrap_err()
            .code(),
        "choice.intake_missing"
    );
    assert_eq!(
        advise(&conn, without_intake, &[anne], today()).unwrap_err().code(),
        "choice.intake_missing"
    );
    assert_eq!(
        submit(&conn, PersonId::new(999), choice(anne, &[]), today())
            .unwrap_err()
            .code(),
        "person.not_found"
    );
}

#[test]
fn a_withdrawn_choice_frees_the_place_and_the_newcomer_may_choose_again() {
    let conn = conn();
    let anne = approved_mentor(&conn, "Anne", 1);
    let me = newcomer_with(&conn, "Nieuw", intake());
    let first = submit(&conn, me, choice(anne, &[]), today()).unwrap();
    assert_eq!(places(&conn, anne), 0);
    let someone_else = newcomer_with(&conn, "Ander", intake());
    assert_eq!(
        withdraw(&conn, someone_else, first.id, today()).unwrap_err().code(),
        "choice.not_found"
    );
    let withdrawn = withdraw(&conn, me, first.id, later(1)).unwrap();
    assert_eq!(withdrawn.status, ChoiceStatus::Withdrawn);
    assert_eq!(withdrawn.decided_on, Some(later(1)));
    assert_eq!(places(&conn, anne), 1);
    assert_eq!(
        withdraw(&conn, me, first.id, later(1)).unwrap_err().code(),
        "choice.invalid_status_transition"
    );
    assert_eq!(
        withdraw(&conn, me, ChoiceId::new(999), today()).unwrap_err().code(),
        "choice.not_found"
    );
    let second = submit(&conn, me, choice(anne, &[]), later(2)).unwrap();
    let mine: Vec<ChoiceId> = list_mine(&conn, me, later(2)).unwrap().iter().map(|r| r.id).collect();
    assert_eq!(mine, [second.id, first.id], "newest first");
}

#[test]
fn an_overdue_choice_reads_as_expired_and_frees_the_place_at_the_next_write() {
    let conn = conn();
    let anne = approved_mentor(&conn, "Anne", 1);
    let me = newcomer_with(&conn, "Nieuw", intake());
    let mine = submit(&conn, me, choice(anne, &[]), today()).unwrap();
    let last_day = mine.expires_on;
    let after = last_day.succ_opt().unwrap();
    assert_eq!(
        list_mine(&conn, me, last_day).unwrap()[0].status,
        ChoiceStatus::Submitted
    );
    assert_eq!(list_mine(&conn, me, after).unwrap()[0].status, ChoiceStatus::Expired);
    assert!(list_for_hr(&conn, true, after).unwrap().is_empty());
    let other = newcomer_with(&conn, "Ander", intake());
    assert_eq!(
        submit(&conn, other, choice(anne, &[]), last_day).unwrap_err().code(),
        "choice.mentor_full"
    );
    submit(&conn, other, choice(anne, &[]), after).unwrap();
    let stored: String = conn
        .query_row("SELECT status FROM mentor_choice WHERE id = ?1", [mine.id], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(stored, "expired");
    assert_eq!(
        approve(&conn, mine.id, Some(anne), after).unwrap_err().code(),
        "choice.invalid_status_transition"
    );
    assert_eq!(expire_overdue(&conn, after).unwrap(), 0);
}

#[test]
fn approving_starts_the_mentorship_which_takes_the_place_for_good() {
    let conn = conn();
    let anne = approved_mentor(&conn, "Anne", 2);
    let bram = approved_mentor(&conn, "Bram", 2);
    let me = newcomer_with(&conn, "Nieuw", intake());
    let mine = submit(&conn, me, choice(anne, &[bram]), today()).unwrap();
    assert_eq!(
        approve(&conn, mine.id, Some(approved_mentor(&conn, "Cem", 2)), today())
            .unwrap_err()
            .code(),
        "choice.not_a_pick"
    );
    assert_eq!(
        approve(&conn, mine.id, None, today()).unwrap_err().code(),
        "choice.not_a_pick"
    );
    let approved = approve(&conn, mine.id, Some(bram), later(3)).unwrap();
    assert_eq!(approved.status, ChoiceStatus::Approved);
    assert_eq!(
        (approved.approved_mentor_id, approved.decided_on),
        (Some(bram), Some(later(3)))
    );
    let (mentor, origin, started): (MentorId, String, NaiveDate) = conn
        .query_row(
            "SELECT s.mentor_id, s.origin, s.started_on FROM mentorship s
               JOIN mentor_choice c ON c.mentorship_id = s.id WHERE c.id = ?1 AND s.mentee_id = ?2",
            params![mine.id, me],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((mentor, origin.as_str(), started), (bram, "self_chosen", later(3)));
    assert_eq!(
        (places(&conn, anne), places(&conn, bram)),
        (2, 1),
        "the first choice's hold is released"
    );
    assert_eq!(
        approve(&conn, mine.id, Some(bram), later(3)).unwrap_err().code(),
        "choice.invalid_status_transition"
    );
    assert_eq!(
        submit(&conn, me, choice(anne, &[]), later(4)).unwrap_err().code(),
        "choice.already_matched"
    );
    assert_eq!(
        approve(&conn, ChoiceId::new(999), Some(bram), today())
            .unwrap_err()
            .code(),
        "choice.not_found"
    );
}

#[test]
fn approving_counts_the_choices_own_place_but_not_a_place_taken_since() {
    let conn = conn();
    let anne = approved_mentor(&conn, "Anne", 1);
    let me = newcomer_with(&conn, "Nieuw", intake());
    let mine = submit(&conn, me, choice(anne, &[]), today()).unwrap();
    // HR arranged a mentorship for someone else meanwhile: Anne has more taken than capacity.
    let other = person(&conn, "Ander");
    conn.execute(
        "INSERT INTO mentorship (mentor_id, mentee_id, origin, started_on) VALUES (?1, ?2, 'arranged', ?3)",
        params![anne, other, today()],
    )
    .unwrap();
    assert_eq!(
        approve(&conn, mine.id, Some(anne), today()).unwrap_err().code(),
        "choice.mentor_full"
    );
    conn.execute(
        "UPDATE mentorship SET ended_on = ?1 WHERE mentee_id = ?2",
        params![today(), other],
    )
    .unwrap();
    approve(&conn, mine.id, Some(anne), today()).unwrap();
    assert_eq!(places(&conn, anne), 0);
}

#[test]
fn a_mentor_who_paused_since_the_choice_cannot_be_approved() {
    let conn = conn();
    let anne = approved_mentor(&conn, "Anne", 2);
    let bram = approved_mentor(&conn, "Bram", 2);
    let me = newcomer_with(&conn, "Nieuw", intake());
    let mine = submit(&conn, me, choice(anne, &[bram]), today()).unwrap();
    mentors::set_status(&conn, anne, MentorStatus::Paused).unwrap();
    assert_eq!(
        approve(&conn, mine.id, Some(anne), today()).unwrap_err().code(),
        "choice.mentor_unavailable"
    );
    // The alternative is still there for HR to approve.
    approve(&conn, mine.id, Some(bram), today()).unwrap();
}

#[test]
fn a_decline_needs_a_reason_and_frees_the_place() {
    let conn = conn();
    let anne = approved_mentor(&conn, "Anne", 1);
    let me = newcomer_with(&conn, "Nieuw", intake());
    let mine = submit(&conn, me, choice(anne, &[]), today()).unwrap();
    assert_eq!(
        decline(&conn, mine.id, "  ", today()).unwrap_err().code(),
        "choice.decline_needs_reason"
    );
    let declined = decline(&conn, mine.id, " Anne gaat met verlof ", later(1)).unwrap();
    assert_eq!(declined.status.as_str(), "declined");
    assert_eq!(declined.decline_reason, "Anne gaat met verlof");
    assert_eq!(places(&conn, anne), 1);
    let json = serde_json::to_value(&declined).unwrap();
    assert_eq!(
        (json["status"].as_str(), json["declineReason"].as_str()),
        (Some("declined"), Some("Anne gaat met verlof"))
    );
    assert_eq!(
        decline(&conn, mine.id, "Nogmaals", later(1)).unwrap_err().code(),
        "choice.invalid_status_transition"
    );
}

// domain.md: the app never silently replaces a working informal relationship; it offers to
// formalise the informal one instead.
#[test]
fn formalising_the_informal_mentor_makes_them_a_candidate_and_starts_an_informal_mentorship() {
    let conn = conn();
    let friend = person(&conn, "Oud-collega");
    let me = newcomer_with(
        &conn,
        "Nieuw",
        Intake {
            informal_mentor: Some(friend),
            ..intake()
        },
    );
    let request = request_formalise_informal(&conn, me, " We spreken elkaar al een jaar. ", today()).unwrap();
    assert_eq!(request.kind, ChoiceKind::FormaliseInformal);
    assert!(request.picks.is_empty());
    assert_eq!(request.motivation, "We spreken elkaar al een jaar.");
    assert_eq!(
        request.informal_mentor,
        Some(InformalMentor {
            person_id: friend,
            name: "Oud-collega".into()
        })
    );
    assert_eq!(advice_kinds(&request.advice), ["formalise_informal_mentor"]);
    assert_eq!(
        request_formalise_informal(&conn, me, "", today()).unwrap_err().code(),
        "choice.already_open"
    );
    let approved = approve(&conn, request.id, None, later(1)).unwrap();
    let mentor = mentors::get_by_person(&conn, friend).unwrap().unwrap();
    assert_eq!(mentor.status, MentorStatus::Candidate);
    assert_eq!(approved.approved_mentor_id, Some(mentor.id));
    let origin: String = conn
        .query_row("SELECT origin FROM mentorship WHERE mentee_id = ?1", [me], |r| r.get(0))
        .unwrap();
    assert_eq!(origin, "informal");
    let json = serde_json::to_value(&approved).unwrap();
    assert_eq!(json["kind"], "formalise_informal");
    assert_eq!(json["informalMentor"]["name"], "Oud-collega");
}

#[test]
fn formalising_needs_an_informal_mentor_and_skips_the_capacity_check() {
    let conn = conn();
    let me = newcomer_with(&conn, "Nieuw", intake());
    assert_eq!(
        request_formalise_informal(&conn, me, "", today()).unwrap_err().code(),
        "choice.no_informal_mentor"
    );
    let full = approved_mentor(&conn, "Anne", 0);
    let friend = mentors::get(&conn, full).unwrap().person_id;
    let other = newcomer_with(
        &conn,
        "Ander",
        Intake {
            informal_mentor: Some(friend),
            ..intake()
        },
    );
    let request = request_formalise_informal(&conn, other, "", today()).unwrap();
    assert_eq!(
        approve(&conn, request.id, Some(approved_mentor(&conn, "Bram", 2)), today())
            .unwrap_err()
            .code(),
        "choice.not_a_pick"
    );
    let approved = approve(&conn, request.id, Some(full), today()).unwrap();
    assert_eq!(
        approved.approved_mentor_id,
        Some(full),
        "the relationship already exists"
    );
}

#[test]
fn hr_sees_open_choices_first_flagged_ones_leading_then_the_oldest() {
    let conn = conn();
    let anne = approved_mentor(&conn, "Anne", 5);
    let first = newcomer_with(&conn, "Eerste", intake());
    let oldest = submit(&conn, first, choice(anne, &[]), today()).unwrap();
    let second = newcomer_with(&conn, "Tweede", intake());
    let declined = submit(&conn, second, choice(anne, &[]), later(1)).unwrap();
    decline(&conn, declined.id, "Past niet", later(1)).unwrap();
    let third = newcomer_with(&conn, "Derde", intake());
    let plain = submit(&conn, third, choice(anne, &[]), later(2)).unwrap();
    let (me, boss) = managed_newcomer(&conn, Ambition::Horizontal);
    let flagged = submit(
        &conn,
        me,
        Choice {
            confirmed_manager_warning: true,
            ..choice(boss, &[])
        },
        later(3),
    )
    .unwrap();
    let ids = |open_only: bool| -> Vec<ChoiceId> {
        list_for_hr(&conn, open_only, later(3))
            .unwrap()
            .iter()
            .map(|r| r.id)
            .collect()
    };
    assert_eq!(ids(true), [flagged.id, oldest.id, plain.id]);
    assert_eq!(ids(false), [flagged.id, oldest.id, plain.id, declined.id]);
}

#[test]
fn a_refused_choice_written_through_store_write_leaves_nothing_behind() {
    let mut conn = conn();
    let anne = approved_mentor(&conn, "Anne", 2);
    let me = newcomer_with(&conn, "Nieuw", intake());
    let result = crate::write(&mut conn, |tx| {
        submit(
            tx,
            me,
            Choice {
                motivation: "Kort.".into(),
                ..choice(anne, &[])
            },
            today(),
        )
    });
    assert_eq!(result.unwrap_err().code(), "choice.motivation_too_short");
    let rows: i64 = conn
        .query_row("SELECT count(*) FROM mentor_choice", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 0);
}

/// Two newcomers submit for a mentor's last place at the same moment, each on their own
/// connection and thread, as two app windows on one data dir would: exactly one gets it.
#[test]
fn two_newcomers_racing_for_the_last_place_never_both_get_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentorpool.sqlite3");
    let setup = crate::open(&path).unwrap();
    for round in 0..8 {
        let mentor = approved_mentor(&setup, &format!("Mentor {round}"), 1);
        let racers = [
            newcomer_with(&setup, &format!("Snel {round}"), intake()),
            newcomer_with(&setup, &format!("Vlug {round}"), intake()),
        ];
        let barrier = Arc::new(Barrier::new(racers.len()));
        let handles: Vec<_> = racers
            .into_iter()
            .map(|newcomer| {
                let (path, barrier) = (path.clone(), Arc::clone(&barrier));
                std::thread::spawn(move || {
                    let mut conn = crate::open(&path).unwrap();
                    barrier.wait();
                    crate::write(&mut conn, |tx| submit(tx, newcomer, choice(mentor, &[]), today()))
                })
            })
            .collect();
        let results: Vec<Result<ChoiceRecord, StoreError>> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        let won = results.iter().filter(|r| r.is_ok()).count();
        let refused: Vec<&str> = results
            .iter()
            .filter_map(|r| r.as_ref().err())
            .map(StoreError::code)
            .collect();
        assert_eq!((won, refused), (1, vec!["choice.mentor_full"]), "round {round}");
        let (available, unclamped): (i64, i64) = setup
            .query_row(
                "SELECT places_available, capacity - active_mentorships - open_first_choices
                   FROM mentor_places WHERE mentor_id = ?1",
                [mentor],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((available, unclamped), (0, 0), "round {round}");
    }
}
