use thiserror::Error;

/// A rule of the domain that the input breaks. Each variant has a stable `code` that the UI
/// translates, so the message text here is for logs and the CLI only.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DomainError {
    #[error("the name is empty")]
    EmptyName,
    #[error("'{0}' is not a valid e-mail address")]
    InvalidEmail(String),
    #[error("e-mail address '{0}' is already in use")]
    DuplicateEmail(String),
    #[error("the employee number is empty")]
    EmptyEmployeeNumber,
    #[error("employee number '{0}' is already in use")]
    DuplicateEmployeeNumber(String),
    #[error("a person cannot be their own manager")]
    SelfManager,
    #[error("this manager would create a management cycle")]
    ManagementCycle,
    #[error("the manager does not exist")]
    UnknownManager,
    #[error("'{0}' is not a language code (use two or three letters, such as nl or en)")]
    InvalidLanguage(String),
    #[error("career start year {0} is not plausible")]
    ImplausibleCareerStartYear(i32),
    #[error("capacity {0} is outside 0 to 10")]
    CapacityOutOfRange(i64),
    #[error("this person is already a mentor")]
    AlreadyMentor,
    #[error("a mentor cannot go from {from} to {to}")]
    InvalidStatusTransition { from: &'static str, to: &'static str },
    #[error("expertise tag is empty")]
    EmptyExpertise,
    #[error("the person does not exist")]
    UnknownPerson,
    #[error("the mentor does not exist")]
    UnknownMentor,
    #[error("a poll round needs a title")]
    EmptyPollTitle,
    #[error("{0} hours a month is not plausible next to a regular job")]
    HoursOutOfRange(i64),
    #[error("the poll round does not exist")]
    UnknownPollRound,
    #[error("this person was not invited in this round")]
    NotInvited,
    #[error("the poll round is closed; open a new round to invite more people")]
    PollRoundClosed,
    #[error("a screening decision needs a reason")]
    DecisionNeedsReason,
    #[error("approving needs every screening point met")]
    ApprovalNeedsAllChecks,
    #[error("a candidate is approved only after HR's screening decided to approve")]
    NotScreenedForApproval,
    #[error("the profile is not complete enough to publish; missing: {0}")]
    ProfileIncomplete(String),
    #[error("the profile text is longer than {0} characters")]
    BioTooLong(usize),
    #[error("a topic is empty")]
    EmptyTopic,
    #[error("a career move needs the role moved to")]
    CareerMoveWithoutRole,
    #[error("a CV entry needs a title")]
    CvEntryWithoutTitle,
    #[error("a CV entry ends before it starts")]
    CvEntryEndsBeforeStart,
    #[error("year {0} is not plausible")]
    ImplausibleYear(i32),
    #[error("the expertise tag does not exist")]
    UnknownTag,
    #[error("an expertise tag named '{0}' already exists")]
    DuplicateTag(String),
    #[error("a tag cannot be merged into itself")]
    MergeIntoItself,
    #[error("mentor {0} has no places left")]
    MentorFull(crate::MentorId),
    #[error("mentor {0} no longer takes new mentees (paused, retired or left)")]
    MentorUnavailable(crate::MentorId),
    #[error("{0} alternatives chosen; at most two are allowed")]
    TooManyAlternatives(usize),
    #[error("the same mentor is chosen more than once")]
    DuplicateMentorChoice,
    #[error("a newcomer cannot choose themself as mentor")]
    ChoiceOfSelf,
    #[error("the motivation needs at least a couple of sentences")]
    MotivationTooShort,
    #[error("the motivation is longer than {0} characters")]
    MotivationTooLong(usize),
    #[error("choosing one's own manager with a horizontal ambition needs explicit confirmation")]
    ConfirmationRequired,
    #[error("declining a choice needs a reason")]
    DeclineNeedsReason,
    #[error("a choice cannot go from {from} to {to}")]
    InvalidChoiceTransition { from: &'static str, to: &'static str },
    #[error("the choice does not exist")]
    UnknownChoice,
    #[error("this newcomer already has a choice waiting for HR")]
    ChoiceAlreadyOpen,
    #[error("this newcomer already has a mentor")]
    AlreadyMatched,
    #[error("the intake is needed before choosing a mentor")]
    IntakeMissing,
    #[error("the intake names no informal mentor to formalise")]
    NoInformalMentor,
    #[error("HR can approve only a mentor the choice names")]
    NotAPick,
    #[error("'{0}' is not in the expertise vocabulary")]
    UnknownTopic(String),
    #[error("person {0} named in the intake does not exist")]
    UnknownIntakePerson(crate::PersonId),
    #[error("'{0}' is not a chapter of the orientation")]
    UnknownChapter(String),
    #[error("the note is longer than {0} characters")]
    NoteTooLong(usize),
    #[error("{0} mentors to compare; compare two or three")]
    CompareCount(usize),
}

impl DomainError {
    /// The stable code the UI branches on and translates.
    pub fn code(&self) -> &'static str {
        match self {
            Self::EmptyName => "person.empty_name",
            Self::InvalidEmail(_) => "person.invalid_email",
            Self::DuplicateEmail(_) => "person.duplicate_email",
            Self::EmptyEmployeeNumber => "person.empty_employee_number",
            Self::DuplicateEmployeeNumber(_) => "person.duplicate_employee_number",
            Self::SelfManager => "person.self_manager",
            Self::ManagementCycle => "person.management_cycle",
            Self::UnknownManager => "person.unknown_manager",
            Self::InvalidLanguage(_) => "person.invalid_language",
            Self::ImplausibleCareerStartYear(_) => "person.implausible_career_start",
            Self::CapacityOutOfRange(_) => "mentor.capacity_out_of_range",
            Self::AlreadyMentor => "mentor.already_mentor",
            Self::InvalidStatusTransition { .. } => "mentor.invalid_status_transition",
            Self::EmptyExpertise => "mentor.empty_expertise",
            Self::UnknownPerson => "person.not_found",
            Self::UnknownMentor => "mentor.not_found",
            Self::EmptyPollTitle => "poll.empty_title",
            Self::HoursOutOfRange(_) => "poll.hours_out_of_range",
            Self::UnknownPollRound => "poll.not_found",
            Self::NotInvited => "poll.not_invited",
            Self::PollRoundClosed => "poll.closed",
            Self::DecisionNeedsReason => "screening.decision_needs_reason",
            Self::ApprovalNeedsAllChecks => "screening.approval_needs_all_checks",
            Self::NotScreenedForApproval => "mentor.not_screened",
            Self::ProfileIncomplete(_) => "mentor.profile_incomplete",
            Self::BioTooLong(_) => "mentor.bio_too_long",
            Self::EmptyTopic => "profile.empty_topic",
            Self::CareerMoveWithoutRole => "profile.career_move_without_role",
            Self::CvEntryWithoutTitle => "profile.cv_entry_without_title",
            Self::CvEntryEndsBeforeStart => "profile.cv_entry_ends_before_start",
            Self::ImplausibleYear(_) => "profile.implausible_year",
            Self::UnknownTag => "expertise.not_found",
            Self::DuplicateTag(_) => "expertise.duplicate",
            Self::MergeIntoItself => "expertise.merge_into_itself",
            Self::MentorFull(_) => "choice.mentor_full",
            Self::MentorUnavailable(_) => "choice.mentor_unavailable",
            Self::TooManyAlternatives(_) => "choice.too_many_alternatives",
            Self::DuplicateMentorChoice => "choice.duplicate_mentor",
            Self::ChoiceOfSelf => "choice.self",
            Self::MotivationTooShort => "choice.motivation_too_short",
            Self::MotivationTooLong(_) => "choice.motivation_too_long",
            Self::ConfirmationRequired => "choice.confirmation_required",
            Self::DeclineNeedsReason => "choice.decline_needs_reason",
            Self::InvalidChoiceTransition { .. } => "choice.invalid_status_transition",
            Self::UnknownChoice => "choice.not_found",
            Self::ChoiceAlreadyOpen => "choice.already_open",
            Self::AlreadyMatched => "choice.already_matched",
            Self::IntakeMissing => "choice.intake_missing",
            Self::NoInformalMentor => "choice.no_informal_mentor",
            Self::NotAPick => "choice.not_a_pick",
            Self::UnknownTopic(_) => "intake.unknown_topic",
            Self::UnknownIntakePerson(_) => "intake.unknown_person",
            Self::UnknownChapter(_) => "orientation.unknown_chapter",
            Self::NoteTooLong(_) => "note.too_long",
            Self::CompareCount(_) => "compare.wrong_count",
        }
    }
}
