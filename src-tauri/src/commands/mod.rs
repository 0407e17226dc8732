//! IPC commands, one file per area. Each deserializes, calls the core and maps the error.

mod booklet;
mod choices;
mod discover;
mod files;
mod import;
mod intake;
mod marks;
mod mentors;
mod orientation;
mod people;
mod poll;
mod pool;
mod screening;
mod vocabulary;
mod welcome;

pub use booklet::BookletJobs;

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        welcome::startup_state,
        welcome::load_demo,
        welcome::start_empty,
        welcome::set_language,
        people::list_people,
        people::get_person,
        people::add_person,
        people::update_person,
        people::list_departments,
        mentors::list_mentors,
        mentors::make_mentor_candidate,
        mentors::update_mentor,
        mentors::set_mentor_status,
        mentors::get_mentor,
        files::mentor_photo,
        files::set_mentor_photo,
        files::remove_mentor_photo,
        files::set_cv_file,
        files::remove_cv_file,
        files::export_cv_file,
        screening::get_screening,
        screening::save_screening,
        vocabulary::list_tags,
        vocabulary::add_tag,
        vocabulary::rename_tag,
        vocabulary::merge_tags,
        pool::list_available_mentors,
        poll::list_poll_rounds,
        poll::open_poll_round,
        poll::close_poll_round,
        poll::preview_invitees,
        poll::invite_to_poll,
        poll::list_invitees,
        poll::record_poll_answer,
        import::preview_employee_import,
        import::apply_employee_import,
        import::export_invitations,
        import::preview_poll_answers,
        import::apply_poll_answers,
        orientation::orientation,
        orientation::get_orientation_progress,
        orientation::open_chapter,
        orientation::mark_chapter_read,
        intake::get_intake,
        intake::save_intake,
        discover::suggest_mentors,
        discover::search_mentors,
        discover::search_facets,
        discover::get_public_profile,
        discover::compare_mentors,
        marks::list_marks,
        marks::set_star,
        marks::save_mentor_note,
        choices::advise_choice,
        choices::submit_choice,
        choices::request_formalise_informal,
        choices::list_my_choices,
        choices::withdraw_choice,
        choices::list_choices,
        choices::approve_choice,
        choices::decline_choice,
        booklet::list_booklet_mentors,
        booklet::booklet_defaults,
        booklet::export_booklet,
        booklet::cancel_booklet,
        booklet::reveal_booklet,
    ]
}
