use mentorpool_domain::DomainError;
use std::path::PathBuf;
use thiserror::Error;

/// Everything that can go wrong between the app and its data on disk.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error(
        "the database was made by a newer Mentorpool (schema version {found}, this version knows up to {supported}); \
         it was left untouched: please update Mentorpool"
    )]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("{} is not a Mentorpool database; it was left untouched", .0.display())]
    NotADatabase(PathBuf),
    #[error(
        "{} is on a network drive ({kind}); SQLite cannot lock files safely there, so your data could be damaged. \
         Choose a folder on this computer",
        path.display()
    )]
    DataDirOnNetwork { path: PathBuf, kind: String },
    #[error("another Mentorpool is already using {}; close it first or use another --data-dir", .0.display())]
    DataDirInUse(PathBuf),
    #[error("cannot use the data folder {}: {source}", path.display())]
    DataDirUnusable { path: PathBuf, source: std::io::Error },
    #[error("this system has no folder for application data; start Mentorpool with --data-dir")]
    NoDataDir,
}

impl StoreError {
    /// The file or folder the error is about, for messages that name it.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Self::NotADatabase(path) | Self::DataDirInUse(path) => Some(path),
            Self::DataDirOnNetwork { path, .. } | Self::DataDirUnusable { path, .. } => Some(path),
            _ => None,
        }
    }

    /// The stable code the UI translates.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Domain(err) => err.code(),
            Self::Sqlite(_) => "store.database",
            Self::SchemaTooNew { .. } => "store.schema_too_new",
            Self::NotADatabase(_) => "store.not_a_database",
            Self::DataDirOnNetwork { .. } => "store.data_dir_on_network",
            Self::DataDirInUse(_) => "store.data_dir_in_use",
            Self::DataDirUnusable { .. } => "store.data_dir_unusable",
            Self::NoDataDir => "store.no_data_dir",
        }
    }
}
