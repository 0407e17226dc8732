//! What the system and end-to-end tests share: where the app binary is, and running its CLI.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `mentorpool` binary built from this tree by `cargo build -p mentorpool`.
pub fn app_binary() -> PathBuf {
    let binary = target_dir()
        .join("debug")
        .join(format!("mentorpool{}", std::env::consts::EXE_SUFFIX));
    assert!(
        binary.is_file(),
        "{} is missing: build the app first with `cargo build -p mentorpool` (the README's test command does)",
        binary.display()
    );
    binary
}

/// The cargo target dir of this tree (`CARGO_TARGET_DIR` if set, else `<repo>/target`), absolute.
pub fn target_dir() -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ lies inside the repo");
    match std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => dir,
        // Cargo reads a relative CARGO_TARGET_DIR against the directory it was started in; for this
        // workspace that is the repo root.
        Some(dir) => repo.join(dir),
        None => repo.join("target"),
    }
}

/// Runs the app's CLI on `data_dir` with `args` and waits for it to finish.
pub fn mentorpool<S: AsRef<OsStr>>(data_dir: &Path, args: &[S]) -> Output {
    Command::new(app_binary())
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .output()
        .expect("the app binary runs")
}

/// What the CLI printed, as text (its messages are UTF-8; anything else shows as replacement marks).
pub fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
