//! Starting Mentorpool again on a data dir whose window is open brings that window to the front
//! instead of opening a second one on the same database.

use crate::harness::E2eTest;
use mentorpool_tests::app_binary;
use std::process::Command;

#[test]
fn a_second_start_on_the_same_data_dir_hands_over_to_the_open_window() {
    let mut test = E2eTest::start("second_start");
    let app = test.launch();
    app.wait_for_boot();
    app.wait_for("#welcome");

    let second = Command::new(app_binary())
        .arg("--data-dir")
        .arg(test.data_dir())
        .output()
        .expect("the second start runs");
    let said = String::from_utf8_lossy(&second.stdout);
    assert!(
        second.status.success(),
        "second start failed: {said} {}",
        String::from_utf8_lossy(&second.stderr)
    );
    assert!(said.contains("brought to the front"), "{said}");

    // The first window is still there and still works.
    app.click("#welcome-empty");
    app.wait_for("#people-view");
    app.close();
}
