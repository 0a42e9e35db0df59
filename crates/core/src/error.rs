//! Typed errors. Shells show [`Error`]'s `Display` text to people and switch on
//! [`Error::kind`]; nobody has to match message text.

use crate::record::RecordKind;
use crate::validation::FieldError;

/// Result alias used throughout the core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The specifics of a message by name (`title`, `status`, `max`…): what a
/// translation fills in. The English text is written where the error is made.
pub type Args = std::collections::BTreeMap<String, String>;

/// What [`Error::AlreadyInitialized`] carries after the folder when a
/// restore target already holds a workspace.
pub(crate) const RESTORE_TARGET_HINT: &str =
    " (choose an empty folder, or move the current workspace aside first)";

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("No {kind} with id {id} exists in this workspace.")]
    NotFound { kind: RecordKind, id: String },

    #[error("{}", validation_summary(.0))]
    Validation(Vec<FieldError>),

    /// A move the record's lifecycle does not allow. `code` names which
    /// (stable, like a field error's), `args` its specifics.
    #[error("{message}")]
    Transition {
        message: String,
        problems: Vec<FieldError>,
        code: &'static str,
        args: Args,
    },

    /// A rule of the challenge refuses the action; `problems` say who must do
    /// what first.
    #[error("{message}")]
    Refused {
        message: String,
        problems: Vec<FieldError>,
        code: &'static str,
        args: Args,
    },

    #[error("This {kind} is archived. Restore it before changing it.")]
    Archived { kind: RecordKind },

    #[error("{message}")]
    InUse {
        message: String,
        /// Labels of the records that use it.
        by: Vec<String>,
        code: &'static str,
        args: Args,
    },

    #[error("'{prefix}' matches {count} {kind} records; type more of the id.")]
    Ambiguous {
        kind: RecordKind,
        prefix: String,
        count: usize,
    },

    #[error("This {kind} was changed elsewhere since you opened it (you edited revision {expected}, it is now at {actual}). Reload it and apply your edits again.")]
    Conflict {
        kind: RecordKind,
        expected: u64,
        actual: u64,
    },

    #[error("This workspace has not been set up yet. Create it first: the app's first screen, or `opencall-cli init --org NAME --user NAME`.")]
    NotInitialized,

    #[error("This workspace is already set up for {0}.")]
    AlreadyInitialized(String),

    #[error("The data in this workspace was written by a newer Opencall (schema version {found}; this build reads up to {supported}). Update Opencall to open it.")]
    SchemaTooNew { found: u32, supported: u32 },

    #[error("The workspace at {path} is in use by another Opencall window or command. Close it and try again.")]
    Locked { path: String },

    /// Too little free space for the change: refused before writing.
    #[error("The disk holding the workspace is nearly full ({free_mb} MB free; this change needs about {needed_mb} MB). Free some space and try again. Nothing was saved.")]
    DiskFull { free_mb: u64, needed_mb: u64 },

    /// The data folder cannot be written (read-only disk or no permission).
    #[error("The data folder {path} cannot be written (it is read-only or you lack permission). Opencall writes as it works: make the folder writable, or copy the workspace somewhere writable and open it there.")]
    ReadOnly { path: String },

    /// The database cannot be read, or holds less than was written to it.
    #[error("The workspace at {path} is damaged: {detail}. Nothing was changed. Restore the newest backup that verifies: Backups in the app, or `opencall-cli backup list` and then `opencall-cli backup restore FILE --in-place`.")]
    Damaged {
        path: String,
        detail: String,
        /// Which damage `detail` describes (stable).
        code: &'static str,
        args: Args,
    },

    #[error("The workspace database could not be read or written: {0}. Check that the data directory is writable and the disk is not full.")]
    Storage(String),

    #[error("A stored record could not be read ({0}). The workspace may be damaged; run `opencall-cli log verify`.")]
    Corrupt(String),

    #[error("'{0}' is not a valid id.")]
    InvalidId(String),

    /// A bundle was refused; nothing was written. `fault` is the kind;
    /// `code` names which of the fault's messages this is (stable), `args`
    /// its specifics and `cause` the error underneath, if any.
    #[error("{message}")]
    Bundle {
        fault: crate::bundle::BundleFault,
        message: String,
        code: &'static str,
        args: Args,
        cause: Option<Box<Error>>,
    },
}

fn validation_summary(fields: &[FieldError]) -> String {
    match fields {
        [] => "Some fields are not valid.".to_owned(),
        [one] => format!("{}: {}", one.field, one.message),
        [first, rest @ ..] => format!(
            "{}: {} (and {} more problem{})",
            first.field,
            first.message,
            rest.len(),
            if rest.len() == 1 { "" } else { "s" }
        ),
    }
}

impl Error {
    /// A stable, machine-readable code for this error (`snake_case`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::NotFound { .. } => "not_found",
            Error::Validation(_) => "validation",
            Error::Transition { .. } => "invalid_transition",
            Error::Archived { .. } => "archived",
            Error::Refused { .. } => "refused",
            Error::InUse { .. } => "in_use",
            Error::Ambiguous { .. } => "ambiguous_id",
            Error::Conflict { .. } => "conflict",
            Error::NotInitialized => "not_initialized",
            Error::AlreadyInitialized(_) => "already_initialized",
            Error::SchemaTooNew { .. } => "schema_too_new",
            Error::Locked { .. } => "locked",
            Error::Damaged { .. } => "damaged",
            Error::DiskFull { .. } => "disk_full",
            Error::ReadOnly { .. } => "read_only",
            Error::Storage(_) => "storage",
            Error::Corrupt(_) => "corrupt",
            Error::InvalidId(_) => "invalid_id",
            Error::Bundle { fault, .. } => fault.as_str(),
        }
    }

    /// The message in `lang` (`Display` is the English one).
    pub fn message_in(&self, lang: crate::Lang) -> String {
        crate::i18n::error_message(self, lang)
    }

    /// Field-level problems, if this error has any.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            Error::Validation(fields) => fields,
            Error::Transition { problems, .. } | Error::Refused { problems, .. } => problems,
            _ => &[],
        }
    }

    /// Adds a specific a translation uses, on the variants that carry
    /// [`Args`] (the others are returned unchanged).
    pub(crate) fn with(mut self, name: &str, value: impl ToString) -> Self {
        if let Error::Transition { args, .. }
        | Error::Refused { args, .. }
        | Error::InUse { args, .. }
        | Error::Damaged { args, .. }
        | Error::Bundle { args, .. } = &mut self
        {
            args.insert(name.to_owned(), value.to_string());
        }
        self
    }

    /// A lifecycle move refused, without field problems.
    pub(crate) fn transition(code: &'static str, message: impl Into<String>) -> Self {
        Error::Transition {
            message: message.into(),
            problems: Vec::new(),
            code,
            args: Args::new(),
        }
    }

    /// An action a rule refuses; `problems` say who must do what first.
    pub(crate) fn refused(
        code: &'static str,
        message: impl Into<String>,
        problems: Vec<FieldError>,
    ) -> Self {
        Error::Refused {
            message: message.into(),
            problems,
            code,
            args: Args::new(),
        }
    }

    /// A workspace in `path` whose database is damaged: `code` names which
    /// damage `detail` describes.
    pub(crate) fn damaged(
        code: &'static str,
        detail: impl Into<String>,
        path: &std::path::Path,
    ) -> Self {
        Error::Damaged {
            path: path.display().to_string(),
            detail: detail.into(),
            code,
            args: Args::new(),
        }
    }

    /// The error underneath a refused bundle (kept for its translation).
    pub(crate) fn caused_by(mut self, error: Error) -> Self {
        if let Error::Bundle { cause, .. } = &mut self {
            *cause = Some(Box::new(error));
        }
        self
    }

    pub(crate) fn not_found(kind: RecordKind, id: impl ToString) -> Self {
        Error::NotFound {
            kind,
            id: id.to_string(),
        }
    }
}

impl From<sled::Error> for Error {
    fn from(error: sled::Error) -> Self {
        Error::Storage(error.to_string())
    }
}

impl From<sled::transaction::TransactionError<Error>> for Error {
    fn from(error: sled::transaction::TransactionError<Error>) -> Self {
        match error {
            sled::transaction::TransactionError::Abort(inner) => inner,
            sled::transaction::TransactionError::Storage(e) => e.into(),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(error: serde_json::Error) -> Self {
        Error::Corrupt(error.to_string())
    }
}

impl From<std::io::Error> for Error {
    fn from(error: std::io::Error) -> Self {
        Error::Storage(error.to_string())
    }
}
