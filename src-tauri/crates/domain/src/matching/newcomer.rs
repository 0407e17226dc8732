//! The newcomer as ranking and the choice rules see them: their intake and reporting line.

use super::Intake;
use crate::{DomainError, PersonId};
use serde::{Deserialize, Serialize};

/// How a mentor stands to the newcomer in the reporting line. The UI shows the rule's
/// explanation next to such a mentor: a manager may not separate the department's interest
/// from the employee's career interest (Van der Heijden 1998).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportingRelation {
    DirectManager,
    /// The manager's manager, or anyone further up.
    HigherUp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Newcomer {
    pub person_id: PersonId,
    pub intake: Intake,
    /// From HR's data: the direct manager first, then the manager's manager, and so on up.
    #[serde(default)]
    pub reporting_line: Vec<PersonId>,
}

impl Newcomer {
    /// A newcomer with a validated intake and a reporting line without loops.
    pub fn new(person_id: PersonId, intake: Intake, reporting_line: Vec<PersonId>) -> Result<Self, DomainError> {
        let intake = intake.validate(person_id)?;
        for (i, id) in reporting_line.iter().enumerate() {
            if *id == person_id || reporting_line[..i].contains(id) {
                return Err(DomainError::ManagementCycle);
            }
        }
        Ok(Self {
            person_id,
            intake,
            reporting_line,
        })
    }

    /// Whether `person` is the newcomer's direct manager or higher up in their reporting line.
    ///
    /// The direct manager is whoever the intake names (the newcomer may have corrected HR's
    /// data) and also the first of HR's reporting line. When the two differ, both count: the
    /// rule protects the newcomer, so a stale or corrected record errs on the side of showing
    /// the explanation rather than hiding it.
    pub fn relation_to(&self, person: PersonId) -> Option<ReportingRelation> {
        if self.intake.manager_id == Some(person) || self.reporting_line.first() == Some(&person) {
            Some(ReportingRelation::DirectManager)
        } else if self.reporting_line.iter().skip(1).any(|id| *id == person) {
            Some(ReportingRelation::HigherUp)
        } else {
            None
        }
    }

    /// Whether `person` is the informal mentor the newcomer named.
    pub fn is_informal_mentor(&self, person: PersonId) -> bool {
        self.intake.informal_mentor == Some(person)
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{intake, pid};
    use super::*;

    #[test]
    fn the_reporting_line_names_the_manager_and_those_above() {
        let newcomer = Newcomer::new(pid(1), intake(), vec![pid(2), pid(3), pid(4)]).unwrap();
        assert_eq!(newcomer.relation_to(pid(2)), Some(ReportingRelation::DirectManager));
        assert_eq!(newcomer.relation_to(pid(3)), Some(ReportingRelation::HigherUp));
        assert_eq!(newcomer.relation_to(pid(4)), Some(ReportingRelation::HigherUp));
        assert_eq!(newcomer.relation_to(pid(5)), None);
    }

    #[test]
    fn a_manager_corrected_in_the_intake_counts_as_well_as_hr_data() {
        let corrected = Intake {
            manager_id: Some(pid(7)),
            ..intake()
        };
        let newcomer = Newcomer::new(pid(1), corrected, vec![pid(2), pid(3)]).unwrap();
        assert_eq!(newcomer.relation_to(pid(7)), Some(ReportingRelation::DirectManager));
        assert_eq!(newcomer.relation_to(pid(2)), Some(ReportingRelation::DirectManager));
        assert_eq!(newcomer.relation_to(pid(3)), Some(ReportingRelation::HigherUp));
    }

    #[test]
    fn a_reporting_line_cannot_loop() {
        for line in [vec![pid(2), pid(1)], vec![pid(2), pid(3), pid(2)]] {
            assert_eq!(
                Newcomer::new(pid(1), intake(), line).unwrap_err().code(),
                "person.management_cycle"
            );
        }
    }
}
