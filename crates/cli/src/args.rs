//! Command-line syntax (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Headless commands over an Opencall workspace.
#[derive(Debug, Parser)]
#[command(name = "opencall-cli", version, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Workspace directory [default: $OPENCALL_DATA_DIR, else the OS app-data directory]
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Print machine-readable JSON on stdout
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Set up a new workspace: your organization and you
    Init {
        /// Your organization's name
        #[arg(long)]
        org: String,
        /// Your name
        #[arg(long)]
        user: String,
        /// Your role in the organization
        #[arg(long, default_value = "")]
        role: String,
    },
    /// Fill the workspace with a realistic demo (sets it up if needed; running it twice adds nothing)
    Demo,
    /// Challenges: list, show, create, change status
    #[command(subcommand)]
    Challenge(ChallengeCmd),
    /// Contributors: list, add
    #[command(subcommand)]
    Contributor(ContributorCmd),
    /// Agreements: list, publish
    #[command(subcommand)]
    Agreement(AgreementCmd),
    /// The hash-chained activity log
    #[command(subcommand)]
    Log(LogCmd),
}

#[derive(Debug, Subcommand)]
pub enum ChallengeCmd {
    /// List challenges, most recently updated first
    List {
        /// Only this status (draft, open, evaluating, implementing, closed)
        #[arg(long)]
        status: Option<String>,
        /// Only this type (ideation, theoretical, prototype, partner-scouting)
        #[arg(long = "type", value_name = "TYPE")]
        challenge_type: Option<String>,
        /// Free text over title and brief
        #[arg(long)]
        search: Option<String>,
        /// Include archived challenges
        #[arg(long)]
        archived: bool,
    },
    /// Show one challenge in full
    Show {
        /// The challenge id
        id: String,
    },
    /// Create a draft challenge (only --title is required)
    Create(CreateChallenge),
    /// Move a challenge to another status
    Status {
        /// The challenge id
        id: String,
        /// The new status (draft, open, evaluating, implementing, closed)
        status: String,
    },
}

#[derive(Debug, Args)]
pub struct CreateChallenge {
    /// The challenge's title
    #[arg(long)]
    pub title: String,
    /// Markdown brief
    #[arg(long)]
    pub brief: Option<String>,
    /// The problem behind the challenge
    #[arg(long)]
    pub problem: Option<String>,
    /// ideation, theoretical, prototype or partner-scouting
    #[arg(long = "type", value_name = "TYPE")]
    pub challenge_type: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub deadline: Option<String>,
    /// Who leads it [default: you]
    #[arg(long)]
    pub lead: Option<String>,
    /// KIND:TEXT, e.g. money:"€5,000 prize" (repeatable; kinds: money, contacts,
    /// collaboration, recognition, idea-exchange, other)
    #[arg(long = "incentive", value_name = "KIND:TEXT")]
    pub incentives: Vec<String>,
    /// NAME:WEIGHT, weight 1–100 (repeatable)
    #[arg(long = "criterion", value_name = "NAME:WEIGHT")]
    pub criteria: Vec<String>,
    /// A goal (repeatable)
    #[arg(long = "goal", value_name = "GOAL")]
    pub goals: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum ContributorCmd {
    /// List contributors, sorted by name
    List {
        /// Only this kind (supplier, independent-inventor, university-lab,
        /// customer, expert, partner-firm, employee)
        #[arg(long)]
        kind: Option<String>,
        /// Only contributors with this expertise tag
        #[arg(long, value_name = "TAG")]
        expertise: Option<String>,
        /// Only members of this group
        #[arg(long, value_name = "GROUP")]
        group: Option<String>,
        /// Free text over name, affiliation, expertise and groups
        #[arg(long)]
        search: Option<String>,
        /// Include archived contributors
        #[arg(long)]
        archived: bool,
    },
    /// Add a contributor
    Add {
        /// The person's or organization's name
        #[arg(long)]
        name: String,
        /// supplier, independent-inventor, university-lab, customer, expert,
        /// partner-firm or employee
        #[arg(long)]
        kind: String,
        /// The contributor is an organization, not a person
        #[arg(long)]
        org: bool,
        #[arg(long)]
        affiliation: Option<String>,
        /// An expertise tag (repeatable)
        #[arg(long = "expertise", value_name = "TAG")]
        expertise: Vec<String>,
        /// A group (repeatable)
        #[arg(long = "group", value_name = "GROUP")]
        groups: Vec<String>,
        #[arg(long)]
        email: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AgreementCmd {
    /// List agreements with their latest published version
    List {
        /// Include archived agreements
        #[arg(long)]
        archived: bool,
    },
    /// Publish an agreement's draft as a new version, or create and publish a
    /// new agreement (--title, --kind and --text or --file)
    Publish(PublishAgreement),
}

#[derive(Debug, Args)]
pub struct PublishAgreement {
    /// An existing agreement's id: publish its current draft
    #[arg(conflicts_with_all = ["title", "kind", "summary", "text", "file"])]
    pub id: Option<String>,
    /// Title of a new agreement
    #[arg(long)]
    pub title: Option<String>,
    /// nda, non-confidential-submission, ip-assignment, licence,
    /// joint-development or participation-rules
    #[arg(long)]
    pub kind: Option<String>,
    /// One-line summary of a new agreement
    #[arg(long)]
    pub summary: Option<String>,
    /// The agreement text
    #[arg(long, conflicts_with = "file")]
    pub text: Option<String>,
    /// Read the agreement text from this file
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum LogCmd {
    /// Check every link of the hash chain
    Verify,
    /// Show the latest entries, newest first
    List {
        /// How many entries to show
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
}
