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

    /// Language of the human output: en or fa [default: the environment's locale (LC_ALL, LC_MESSAGES, LANG)]; --json output never changes, and numbers, ids and dates stay in Latin digits and ISO form in every language
    #[arg(long, value_name = "LANG", global = true)]
    pub lang: Option<String>,
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
    Demo {
        /// small: the hand-written demo; large: plus 5,000 challenges and
        /// 50,000 contributors (benchmarks, paging)
        #[arg(long, default_value = "small", value_name = "SCALE")]
        scale: String,
        /// Seed a partner firm's copy instead (Fluid Dynamics Lab): a
        /// challenge received as a bundle, its idea sent back, and the
        /// sponsor's update with a signed receipt
        #[arg(long)]
        partner: bool,
    },
    /// Challenges: list, show, create, change status, archive, restore
    #[command(subcommand)]
    Challenge(ChallengeCmd),
    /// Contributors: list, show, add, archive, restore
    #[command(subcommand)]
    Contributor(ContributorCmd),
    /// Agreements: list, show, publish, archive, restore
    #[command(subcommand)]
    Agreement(AgreementCmd),
    /// Ideas: add, list, show, change stage, merge, rank
    #[command(subcommand)]
    Idea(IdeaCmd),
    /// Reviews: score an idea on the challenge's criteria
    #[command(subcommand)]
    Review(ReviewCmd),
    /// Sub-problems (work packages): add, list, claim, status, candidates
    #[command(subcommand)]
    Subproblem(crate::work::SubproblemCmd),
    /// Questions and answers on a challenge
    #[command(subcommand)]
    Question(crate::work::QuestionCmd),
    /// Disputes: raise, add a note, resolve
    #[command(subcommand)]
    Dispute(crate::work::DisputeCmd),
    /// Promised incentives owed to contributors: list, deliver, waive
    #[command(subcommand)]
    Obligation(crate::work::ObligationCmd),
    /// Recognition points per contributor, best first
    Leaderboard {
        /// Only events since this date (YYYY-MM-DD)
        #[arg(long)]
        since: Option<String>,
        /// Only contributors of this kind
        #[arg(long)]
        kind: Option<String>,
    },
    /// Signed bundles exchanged with partner firms
    #[command(subcommand)]
    Bundle(BundleCmd),
    /// This organization's signing identity
    #[command(subcommand)]
    Identity(IdentityCmd),
    /// Partner keys pinned by imports: list, revoke
    #[command(subcommand)]
    Trust(TrustCmd),
    /// Backups of the whole workspace: create, list, verify, restore
    #[command(subcommand)]
    Backup(BackupCmd),
    /// Export CSV files and challenge reports
    #[command(subcommand)]
    Export(crate::work::ExportCmd),
    /// The hash-chained activity log
    #[command(subcommand)]
    Log(LogCmd),
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per run; boxing buys nothing
pub enum ChallengeCmd {
    /// List challenges, most recently updated first
    List {
        /// Only this status (draft, open, evaluating, implementing, closed)
        #[arg(long)]
        status: Option<String>,
        /// Only this type (ideation, theoretical, prototype, partner_scouting)
        #[arg(long = "type", value_name = "TYPE")]
        challenge_type: Option<String>,
        /// Free text over title and brief
        #[arg(long)]
        search: Option<String>,
        /// Include archived challenges
        #[arg(long)]
        archived: bool,
        #[command(flatten)]
        page: Paging,
    },
    /// Show one challenge in full
    Show {
        /// The challenge id (or its first 8+ characters)
        id: String,
    },
    /// Archive a challenge: hidden from lists, frozen until restored
    Archive {
        /// The challenge id (or its first 8+ characters)
        id: String,
    },
    /// Every number of the challenge's dashboard
    Dashboard {
        /// The challenge id (or its first 8+ characters)
        id: String,
    },
    /// Restore an archived challenge
    Restore {
        /// The challenge id (or its first 8+ characters)
        id: String,
    },
    /// Create a draft challenge (only --title is required)
    Create(CreateChallenge),
    /// Move a challenge to another status
    Status {
        /// The challenge id (or its first 8+ characters)
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
    /// ideation, theoretical, prototype or partner_scouting
    #[arg(long = "type", value_name = "TYPE")]
    pub challenge_type: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub deadline: Option<String>,
    /// Who leads it [default: you]
    #[arg(long)]
    pub lead: Option<String>,
    /// KIND:TEXT, e.g. money:"€5,000 prize" (repeatable; kinds: money, contacts,
    /// collaboration, recognition, idea_exchange, other)
    #[arg(long = "incentive", value_name = "KIND:TEXT")]
    pub incentives: Vec<String>,
    /// NAME:WEIGHT, weight 1–100 (repeatable)
    #[arg(long = "criterion", value_name = "NAME:WEIGHT")]
    pub criteria: Vec<String>,
    /// A goal (repeatable)
    #[arg(long = "goal", value_name = "GOAL")]
    pub goals: Vec<String>,
    /// An agreement contributors must accept before contributing (repeatable)
    #[arg(long = "require-agreement", value_name = "AGREEMENT_ID")]
    pub require_agreements: Vec<String>,
    /// Who may take part: internal (own staff), invited or open
    #[arg(long, value_name = "AUDIENCE")]
    pub audience: Option<String>,
    /// An invited contributor (repeatable; with --audience invited)
    #[arg(long = "invite", value_name = "CONTRIBUTOR_ID")]
    pub invite: Vec<String>,
    /// An invited group (repeatable; with --audience invited)
    #[arg(long = "invite-group", value_name = "GROUP")]
    pub invite_groups: Vec<String>,
    /// Reviewers do not see who wrote an idea
    #[arg(long)]
    pub blind_review: bool,
}

#[derive(Debug, Subcommand)]
pub enum ContributorCmd {
    /// List contributors, sorted by name
    List {
        /// Only this kind (supplier, independent_inventor, university_lab,
        /// customer, expert, partner_firm, employee)
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
        #[command(flatten)]
        page: Paging,
    },
    /// Show one contributor with the agreements they accepted
    Show {
        /// The contributor id (or its first 8+ characters)
        id: String,
    },
    /// Archive a contributor: hidden from lists, frozen until restored
    Archive {
        /// The contributor id (or its first 8+ characters)
        id: String,
    },
    /// Restore an archived contributor
    Restore {
        /// The contributor id (or its first 8+ characters)
        id: String,
    },
    /// Add a contributor
    Add {
        /// The person's or organization's name
        #[arg(long)]
        name: String,
        /// supplier, independent_inventor, university_lab, customer, expert,
        /// partner_firm or employee
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
        /// Words over title, summary and kind
        #[arg(long)]
        search: Option<String>,
        #[command(flatten)]
        page: Paging,
    },
    /// Show one agreement with its published versions
    Show {
        /// The agreement id (or its first 8+ characters)
        id: String,
    },
    /// Record that a contributor accepted an agreement's latest version
    Accept {
        /// The agreement id (or its first 8+ characters)
        id: String,
        /// Who accepted it
        #[arg(long, value_name = "CONTRIBUTOR_ID")]
        contributor: String,
        /// A specific published version instead of the latest
        #[arg(long)]
        version: Option<u32>,
    },
    /// Archive an agreement (not while open challenges require it)
    Archive {
        /// The agreement id (or its first 8+ characters)
        id: String,
    },
    /// Restore an archived agreement
    Restore {
        /// The agreement id (or its first 8+ characters)
        id: String,
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
    /// nda, non_confidential_submission, ip_assignment, licence,
    /// joint_development or participation_rules
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
    /// Show entries, newest first (all of them unless --limit is given)
    List {
        #[command(flatten)]
        page: Paging,
    },
}

/// Paging for list commands: everything unless --limit is given.
#[derive(Debug, Args, Clone, Copy)]
pub struct Paging {
    /// Show at most N items
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Skip the first N items
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub offset: usize,
}

impl Paging {
    pub fn request(self) -> opencall_core::PageRequest {
        opencall_core::PageRequest {
            offset: self.offset,
            limit: self.limit,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum IdeaCmd {
    /// Record an idea on a challenge (prints its id)
    Add {
        /// The challenge it answers
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        summary: Option<String>,
        /// Read the Markdown body from this file
        #[arg(long, value_name = "FILE")]
        body_file: Option<PathBuf>,
        /// An author (repeatable; the first is the lead author)
        #[arg(long = "author", value_name = "CONTRIBUTOR_ID", required = true)]
        authors: Vec<String>,
        /// Attach a file, at most 25 MB (repeatable)
        #[arg(long = "attach", value_name = "FILE")]
        attach: Vec<PathBuf>,
    },
    /// List ideas, newest first
    List {
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: Option<String>,
        /// submitted, screening, evaluation, selected, implementing, done, rejected
        #[arg(long)]
        stage: Option<String>,
        #[arg(long, value_name = "CONTRIBUTOR_ID")]
        author: Option<String>,
        /// Words over title, summary and body
        #[arg(long)]
        search: Option<String>,
        /// Include archived ideas
        #[arg(long)]
        archived: bool,
        #[command(flatten)]
        page: Paging,
    },
    /// Show one idea: body, authors, agreements accepted, reviews, comments
    Show {
        /// The idea id (or its first 8+ characters)
        id: String,
        /// Show it as a reviewer sees it (no authors under blind review)
        #[arg(long)]
        as_reviewer: bool,
    },
    /// Move an idea along the pipeline
    Stage {
        /// The idea id (or its first 8+ characters)
        id: String,
        /// submitted, screening, evaluation, selected, implementing, done, rejected
        stage: String,
        /// Why (required to reject)
        #[arg(long)]
        reason: Option<String>,
        /// Add the rejection reason to the challenge's lessons
        #[arg(long)]
        share_as_lesson: bool,
    },
    /// Merge a duplicate idea into another
    Merge {
        /// The duplicate
        id: String,
        /// The idea that keeps both authors' credit
        #[arg(long, value_name = "IDEA_ID")]
        into: String,
    },
    /// Rank a challenge's ideas by weighted score, best first
    Rank {
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: String,
    },
    /// Comment on an idea (as you, or on behalf of a contributor)
    Comment {
        /// The idea id (or its first 8+ characters)
        id: String,
        #[arg(long)]
        text: String,
        /// Record it on behalf of this contributor
        #[arg(long, value_name = "CONTRIBUTOR_ID")]
        by: Option<String>,
        /// Reply to this comment
        #[arg(long, value_name = "COMMENT_ID")]
        reply_to: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReviewCmd {
    /// Score an idea (0–10 per criterion); reviewing again replaces your scores
    Add {
        #[arg(long, value_name = "IDEA_ID")]
        idea: String,
        /// A person of your organization or a contributor acting as an outside expert
        #[arg(long, value_name = "PERSON_OR_CONTRIBUTOR_ID")]
        reviewer: String,
        /// CRITERION=SCORE, the criterion by name or id (repeatable)
        #[arg(long = "score", value_name = "CRITERION=SCORE", required = true)]
        scores: Vec<String>,
        #[arg(long)]
        note: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum IdentityCmd {
    /// The public key and key id (with --pub: a standard minisign .pub file)
    Show {
        /// Print the public key as a minisign .pub file
        #[arg(long = "pub")]
        public: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum BundleCmd {
    /// Write a signed bundle (format v1: zip + BagIt + minisign)
    Export {
        /// challenge (sponsor → partners), response (partner → sponsor) or
        /// update (sponsor → one partner: answers, stages, receipts)
        #[arg(long, default_value = "challenge")]
        kind: String,
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: String,
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
        /// A contributor the bundle is for (repeatable; exactly one for update)
        #[arg(long = "recipient", value_name = "CONTRIBUTOR_ID")]
        recipients: Vec<String>,
        /// Only list what would leave; write nothing
        #[arg(long)]
        preview: bool,
    },
    /// Check a bundle's bag and signature without importing it
    Verify { file: PathBuf },
    /// Show who signed a bundle and what it carries
    Inspect { file: PathBuf },
    /// Verify, preview and import a bundle (one transaction)
    Import {
        file: PathBuf,
        /// Import without asking (after showing the preview)
        #[arg(long)]
        yes: bool,
        /// Trust the signer's key if it is not pinned yet
        #[arg(long = "trust-signer")]
        trust_signer: bool,
    },
    /// Bundles sent and received
    History,
}

#[derive(Debug, Subcommand)]
pub enum BackupCmd {
    /// Write a backup now (signed bundle of the whole workspace) into backups/
    Create {
        /// How many backups to keep
        #[arg(long, default_value_t = opencall_core::store::backup::KEEP)]
        keep: usize,
    },
    /// The backups beside the workspace, newest first
    List,
    /// Check a backup (default: the newest) without restoring it
    Verify { file: Option<PathBuf> },
    /// Restore a backup into an empty folder, or in place of this workspace
    Restore {
        file: PathBuf,
        /// An empty folder to restore into
        #[arg(long, value_name = "DIR", conflicts_with = "in_place")]
        to: Option<PathBuf>,
        /// Replace this workspace (the current database is kept aside)
        #[arg(long = "in-place")]
        in_place: bool,
        /// Do not ask before replacing this workspace
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TrustCmd {
    /// Pinned partner keys (revoked ones included)
    List,
    /// Revoke a pinned key: bundles it signs are refused
    Revoke {
        /// The key id as shown by `trust list`
        key_id: String,
    },
}
