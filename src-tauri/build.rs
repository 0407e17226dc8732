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
];

fn main() {
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(err) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {err:#}");
    }
}
