use crate::PersonId;
use std::collections::HashSet;

/// Whether making `manager` the direct manager of `person` closes a loop in the reporting
/// lines, given how everyone else is managed now. `manager_of` answers "who manages X?".
///
/// A person managing themselves counts as a cycle too; callers usually report that case first
/// with its own, clearer error.
pub fn would_create_cycle(
    person: PersonId,
    manager: PersonId,
    mut manager_of: impl FnMut(PersonId) -> Option<PersonId>,
) -> bool {
    let mut seen = HashSet::new();
    let mut current = Some(manager);
    while let Some(id) = current {
        if id == person {
            return true;
        }
        if !seen.insert(id) {
            // An existing loop above us that does not pass through `person`: not ours to report.
            return false;
        }
        current = manager_of(id);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn chain(pairs: &[(i64, i64)]) -> impl Fn(PersonId) -> Option<PersonId> {
        let map: HashMap<PersonId, PersonId> = pairs
            .iter()
            .map(|&(p, m)| (PersonId::new(p), PersonId::new(m)))
            .collect();
        move |id| map.get(&id).copied()
    }

    #[test]
    fn two_people_managing_each_other_is_a_cycle() {
        // B (2) is managed by A (1); making B the manager of A closes the loop.
        assert!(would_create_cycle(PersonId::new(1), PersonId::new(2), chain(&[(2, 1)])));
    }

    #[test]
    fn a_longer_loop_is_found() {
        let lines = chain(&[(2, 1), (3, 2), (4, 3)]);
        assert!(would_create_cycle(PersonId::new(1), PersonId::new(4), lines));
    }

    #[test]
    fn an_ordinary_hierarchy_is_fine() {
        let lines = chain(&[(2, 1), (3, 2)]);
        assert!(!would_create_cycle(PersonId::new(4), PersonId::new(3), lines));
    }

    #[test]
    fn self_management_counts_as_a_cycle() {
        assert!(would_create_cycle(PersonId::new(5), PersonId::new(5), chain(&[])));
    }

    #[test]
    fn a_loop_elsewhere_does_not_hang() {
        let lines = chain(&[(2, 3), (3, 2)]);
        assert!(!would_create_cycle(PersonId::new(1), PersonId::new(2), lines));
    }
}
