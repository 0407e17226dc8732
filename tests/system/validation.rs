//! The validation cases of the people and mentor slice, through the store's public API as
//! the window uses it: each refusal has its code and leaves the database as it was.

use mentorpool_domain::{MentorInput, MentorStatus, PersonId, PersonInput};
use mentorpool_store::{mentors, people, write, Connection, StoreError};

fn input(name: &str, number: &str) -> PersonInput {
    PersonInput {
        name: name.into(),
        email: format!("medewerker{number}@waterschap.nl"),
        employee_number: number.into(),
        department: "Watersystemen".into(),
        ..PersonInput::default()
    }
}

fn add(conn: &mut Connection, input: PersonInput) -> Result<PersonId, StoreError> {
    write(conn, |tx| people::add(tx, input)).map(|p| p.id)
}

fn refused_with(conn: &mut Connection, input: PersonInput, code: &str) {
    let before = people::count(conn).unwrap();
    let err = add(conn, input).unwrap_err();
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(people::count(conn).unwrap(), before, "nothing is stored after {code}");
}

#[test]
fn people_are_refused_for_each_rule() {
    let mut conn = mentorpool_store::open_in_memory().unwrap();
    add(&mut conn, input("Anne de Vries", "100")).unwrap();
    refused_with(&mut conn, input("  ", "101"), "person.empty_name");
    refused_with(
        &mut conn,
        PersonInput {
            email: "anne@@waterschap".into(),
            ..input("Anne", "102")
        },
        "person.invalid_email",
    );
    refused_with(
        &mut conn,
        input("Bram Bakker", "100"),
        "person.duplicate_employee_number",
    );
    refused_with(
        &mut conn,
        PersonInput {
            manager_id: Some(PersonId::new(999)),
            ..input("Cem", "103")
        },
        "person.unknown_manager",
    );
}

#[test]
fn managers_cannot_form_a_loop() {
    let mut conn = mentorpool_store::open_in_memory().unwrap();
    let a = add(&mut conn, input("Anne de Vries", "1")).unwrap();
    let b = add(
        &mut conn,
        PersonInput {
            manager_id: Some(a),
            ..input("Bram Bakker", "2")
        },
    )
    .unwrap();

    let own = write(&mut conn, |tx| {
        people::edit(
            tx,
            a,
            PersonInput {
                manager_id: Some(a),
                ..input("Anne de Vries", "1")
            },
        )
    });
    assert_eq!(own.unwrap_err().code(), "person.self_manager");

    let cycle = write(&mut conn, |tx| {
        people::edit(
            tx,
            a,
            PersonInput {
                manager_id: Some(b),
                ..input("Anne de Vries", "1")
            },
        )
    });
    assert_eq!(cycle.unwrap_err().code(), "person.management_cycle");
    assert_eq!(
        people::get(&conn, a).unwrap().manager_id,
        None,
        "the refused edit changed nothing"
    );
}

#[test]
fn capacity_stays_between_zero_and_ten() {
    let mut conn = mentorpool_store::open_in_memory().unwrap();
    let person = add(&mut conn, input("Anne de Vries", "1")).unwrap();
    let mentor = write(&mut conn, |tx| mentors::make_candidate(tx, person)).unwrap();
    for capacity in [-1, 11] {
        let err = write(&mut conn, |tx| {
            mentors::edit(
                tx,
                mentor.id,
                MentorInput {
                    capacity,
                    ..MentorInput::default()
                },
            )
        });
        assert_eq!(err.unwrap_err().code(), "mentor.capacity_out_of_range");
    }
    let kept = mentors::get(&conn, mentor.id).unwrap();
    assert_eq!((kept.capacity, kept.status), (2, MentorStatus::Candidate));
}
