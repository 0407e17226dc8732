use crate::{network_fs, StoreError};
use mentorpool_domain::APP_IDENTIFIER;
use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};

pub const DATABASE_FILE: &str = "mentorpool.sqlite3";
const LOCK_FILE: &str = "mentorpool.lock";

/// The OS folder for application data: `$XDG_DATA_HOME/nl.mentorpool.app` on Linux,
/// `%APPDATA%\nl.mentorpool.app` on Windows, `~/Library/Application Support/…` on macOS.
pub fn default_data_dir() -> Result<PathBuf, StoreError> {
    dirs::data_dir()
        .map(|base| base.join(APP_IDENTIFIER))
        .ok_or(StoreError::NoDataDir)
}

/// A data dir this process holds exclusively. The OS lock is released when the value is
/// dropped or the process ends, even after a crash, so there is no stale lock to clean up.
#[derive(Debug)]
pub struct DataDir {
    path: PathBuf,
    _lock: File,
}

impl DataDir {
    /// Creates the folder if needed, refuses network locations, and takes the lock.
    pub fn acquire(path: &Path) -> Result<Self, StoreError> {
        if let Some(kind) = network_fs::unc_kind(path) {
            return Err(StoreError::DataDirOnNetwork {
                path: path.to_path_buf(),
                kind,
            });
        }
        let unusable = |source| StoreError::DataDirUnusable {
            path: path.to_path_buf(),
            source,
        };
        fs::create_dir_all(path).map_err(unusable)?;
        let path = fs::canonicalize(path).map_err(unusable)?;
        if let Some(kind) = network_fs::mount_kind(&path) {
            return Err(StoreError::DataDirOnNetwork { path, kind });
        }
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path.join(LOCK_FILE))
            .map_err(|source| StoreError::DataDirUnusable {
                path: path.clone(),
                source,
            })?;
        match lock.try_lock() {
            Ok(()) => Ok(Self { path, _lock: lock }),
            Err(TryLockError::WouldBlock) => Err(StoreError::DataDirInUse(path)),
            Err(TryLockError::Error(source)) => Err(StoreError::DataDirUnusable { path, source }),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn database_path(&self) -> PathBuf {
        self.path.join(DATABASE_FILE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_of_the_same_dir_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let first = DataDir::acquire(dir.path()).unwrap();
        assert!(matches!(DataDir::acquire(dir.path()), Err(StoreError::DataDirInUse(_))));
        drop(first);
        assert!(DataDir::acquire(dir.path()).is_ok(), "the lock goes with its holder");
    }

    #[test]
    fn two_different_dirs_can_be_held_side_by_side() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let _first = DataDir::acquire(a.path()).unwrap();
        assert!(DataDir::acquire(b.path()).is_ok());
    }

    #[test]
    fn a_missing_dir_is_created() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a/b");
        let held = DataDir::acquire(&nested).unwrap();
        assert!(held.database_path().ends_with(DATABASE_FILE));
        assert!(nested.is_dir());
    }
}
