use mentorpool_demo::DemoError;
use mentorpool_store::StoreError;
use serde::Serialize;

/// The one error shape that crosses IPC: the UI branches on `code` and shows its own
/// translated text; `message` is English detail for logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IpcError {
    pub code: &'static str,
    pub message: String,
}

impl From<StoreError> for IpcError {
    fn from(err: StoreError) -> Self {
        Self {
            code: err.code(),
            message: err.to_string(),
        }
    }
}

impl From<DemoError> for IpcError {
    fn from(err: DemoError) -> Self {
        Self {
            code: err.code(),
            message: err.to_string(),
        }
    }
}

impl From<mentorpool_exchange::ExchangeError> for IpcError {
    fn from(err: mentorpool_exchange::ExchangeError) -> Self {
        Self {
            code: err.code(),
            message: err.to_string(),
        }
    }
}

impl From<mentorpool_exchange::booklet::BookletExportError> for IpcError {
    fn from(err: mentorpool_exchange::booklet::BookletExportError) -> Self {
        Self {
            code: err.code(),
            message: err.to_string(),
        }
    }
}

impl From<mentorpool_media::MediaError> for IpcError {
    fn from(err: mentorpool_media::MediaError) -> Self {
        Self {
            code: err.code(),
            message: err.to_string(),
        }
    }
}

impl IpcError {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    /// A file the user picked could not be read or written.
    pub fn file(code: &'static str, path: &std::path::Path, err: &std::io::Error) -> Self {
        Self {
            code,
            message: format!("{}: {err}", path.display()),
        }
    }

    /// A failure in the shell itself, such as a worker thread that panicked.
    pub fn internal(message: impl Into<String>) -> Self {
        Self {
            code: "app.internal",
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mentorpool_domain::DomainError;

    #[test]
    fn errors_cross_ipc_as_code_and_message() {
        let json = serde_json::to_value(IpcError::from(StoreError::from(DomainError::EmptyName))).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "person.empty_name", "message": "the name is empty"})
        );
    }

    #[test]
    fn store_errors_keep_their_code() {
        assert_eq!(IpcError::from(StoreError::NoDataDir).code, "store.no_data_dir");
    }

    #[test]
    fn demo_refusal_has_its_own_code() {
        assert_eq!(IpcError::from(DemoError::NotEmpty).code, "store.demo_needs_empty");
    }
}
