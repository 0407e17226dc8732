//! Files the user picked in a dialog (or a test passed): read and written with an error code
//! the UI can translate.

use crate::IpcError;
use std::path::Path;

pub fn read(path: &Path) -> Result<Vec<u8>, IpcError> {
    std::fs::read(path).map_err(|err| IpcError::file("file.unreadable", path, &err))
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<(), IpcError> {
    std::fs::write(path, bytes).map_err(|err| IpcError::file("file.unwritable", path, &err))
}
