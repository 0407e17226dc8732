//! IPC commands, one file per area. Each deserializes, calls the core and maps the error.

mod mentors;
mod people;
mod welcome;

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
    ]
}
