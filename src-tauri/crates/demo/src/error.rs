use mentorpool_store::StoreError;
use thiserror::Error;

/// Why the demo organisation was not loaded. Each variant has a stable `code` for the UI.
#[derive(Debug, Error)]
pub enum DemoError {
    /// Demo data never overwrites or mixes with real data.
    #[error("the demo organisation can only be loaded into an empty database")]
    NotEmpty,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl DemoError {
    /// The stable code the UI branches on and translates.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotEmpty => "store.demo_needs_empty",
            Self::Store(err) => err.code(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mentorpool_domain::DomainError;

    #[test]
    fn codes_are_stable_and_store_codes_pass_through() {
        assert_eq!(DemoError::NotEmpty.code(), "store.demo_needs_empty");
        let err = DemoError::from(StoreError::from(DomainError::ManagementCycle));
        assert_eq!(err.code(), "person.management_cycle");
    }
}
