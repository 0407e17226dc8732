use crate::IpcError;
use mentorpool_store::{Connection, DataDir, StoreError, Transaction};
use std::sync::{Arc, Mutex, MutexGuard};

/// What every command shares: the one connection, and the data dir lock held for as long as
/// the window is open.
pub struct AppState {
    db: Arc<Mutex<Connection>>,
    data_dir: DataDir,
}

impl AppState {
    pub fn new(data_dir: DataDir, conn: Connection) -> Self {
        Self {
            db: Arc::new(Mutex::new(conn)),
            data_dir,
        }
    }

    pub fn data_dir(&self) -> &DataDir {
        &self.data_dir
    }

    /// Runs a read on a blocking thread, so the UI's event loop never waits on SQLite.
    pub async fn read<T, F>(&self, action: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        self.with_connection(move |conn| action(conn).map_err(IpcError::from))
            .await
    }

    /// Runs one user action in one IMMEDIATE transaction on a blocking thread.
    pub async fn write<T, F>(&self, action: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&Transaction) -> Result<T, StoreError> + Send + 'static,
    {
        self.with_connection(move |conn| mentorpool_store::write(conn, action).map_err(IpcError::from))
            .await
    }

    /// For core functions that manage their own transaction.
    pub async fn with_connection<T, F>(&self, action: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, IpcError> + Send + 'static,
    {
        let db = Arc::clone(&self.db);
        tauri::async_runtime::spawn_blocking(move || action(&mut lock(&db)))
            .await
            .map_err(|err| IpcError::internal(format!("database worker stopped: {err}")))?
    }
}

/// A panic in an earlier command poisons the mutex; the connection itself is still sound,
/// because every write ran in a transaction that rolled back.
fn lock(db: &Mutex<Connection>) -> MutexGuard<'_, Connection> {
    db.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
