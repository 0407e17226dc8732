/// Every app command, so that tauri-build generates an `allow-*` permission for each and
/// nothing is callable unless a capability lists it.
const COMMANDS: &[&str] = &[
    "startup_state",
    "load_demo",
    "start_empty",
    "set_language",
    "list_people",
    "get_person",
    "add_person",
    "update_person",
    "list_departments",
    "list_mentors",
    "make_mentor_candidate",
    "update_mentor",
    "set_mentor_status",
    "get_mentor",
    "mentor_photo",
    "set_mentor_photo",
    "remove_mentor_photo",
    "set_cv_file",
    "remove_cv_file",
    "export_cv_file",
    "get_screening",
    "save_screening",
    "list_tags",
    "add_tag",
    "rename_tag",
    "merge_tags",
    "list_available_mentors",
    "list_poll_rounds",
    "open_poll_round",
    "close_poll_round",
    "preview_invitees",
    "invite_to_poll",
    "list_invitees",
    "record_poll_answer",
    "preview_employee_import",
    "apply_employee_import",
    "export_invitations",
    "preview_poll_answers",
    "apply_poll_answers",
];

fn main() {
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(err) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {err:#}");
    }
}
