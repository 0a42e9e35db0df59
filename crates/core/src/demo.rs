//! A realistic demo workspace: a pump maker posing challenges to its network.
//! Used by `opencall-cli demo` and the README's "launch the app" command.

use chrono::{DateTime, Days, Utc};

use crate::agreement::{AgreementInput, AgreementKind};
use crate::challenge::{
    Audience, AudienceKind, ChallengeInput, ChallengeStatus, ChallengeType, Criterion, Decision,
    DecisionKind, Incentive, IncentiveKind, IpRegime, Risk, Rules,
};
use crate::contributor::{
    Contact, ContributorFilter, ContributorInput, ContributorKind, EntityKind, Recognition,
};
use crate::idea::{CommentInput, IdeaBody, IdeaInput, IdeaStage, ReviewInput, Reviewer, Score};
use crate::ids::{AgreementId, ChallengeId, ContributorId, RowId};
use crate::store::PageRequest;
use crate::workspace::WorkspaceInput;
use crate::{Result, Store};

/// What [`seed`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoReport {
    pub initialized: bool,
    pub seeded: bool,
    pub challenges: usize,
    pub contributors: usize,
    pub agreements: usize,
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| (*x).to_owned()).collect()
}

/// The demo's sponsor: organization, user, role.
const SPONSOR: (&str, &str, &str) = ("Brightwater Pumps", "Maria Keller", "Innovation lead");

/// Sets `store` up as (organization, user, role) unless it is set up
/// already; whether it did.
fn ensure_workspace(
    store: &Store,
    (organization, user, role): (&str, &str, &str),
    now: DateTime<Utc>,
) -> Result<bool> {
    if store.workspace()?.is_some() {
        return Ok(false);
    }
    store.init_workspace(
        WorkspaceInput {
            organization_name: organization.into(),
            user_name: user.into(),
            user_role: role.into(),
        },
        now,
    )?;
    Ok(true)
}

/// `f` on a store in a temporary folder (named after `what`), removed
/// afterwards.
fn in_temp_store<T>(what: &str, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
    let dir = std::env::temp_dir().join(format!("opencall-demo-{what}-{}", uuid::Uuid::new_v4()));
    let out = Store::open(&dir).and_then(|store| f(&store));
    let _ = std::fs::remove_dir_all(&dir);
    out
}

/// Sets up the workspace if needed, then seeds demo records unless the
/// workspace already has challenges (running it twice adds nothing).
pub fn seed(store: &Store, now: DateTime<Utc>) -> Result<DemoReport> {
    let initialized = ensure_workspace(store, SPONSOR, now)?;
    let all = PageRequest::new(0, 0);
    let already = store.challenges(&Default::default(), all)?.total > 0;
    if !already {
        seed_records(store, now, None)?;
    }
    Ok(DemoReport {
        initialized,
        seeded: !already,
        challenges: store.challenges(&Default::default(), all)?.total,
        contributors: store
            .contributors(&ContributorFilter::default(), all)?
            .total,
        agreements: store.agreements(&Default::default(), all)?.total,
    })
}

struct Person<'a> {
    name: &'a str,
    entity: EntityKind,
    kind: ContributorKind,
    affiliation: &'a str,
    expertise: &'a [&'a str],
    groups: &'a [&'a str],
    email: &'a str,
}

fn seed_records(store: &Store, now: DateTime<Utc>, partner: Option<&Store>) -> Result<()> {
    let day = |n: u64| now.date_naive().checked_add_days(Days::new(n));
    let ago = |n: u64| {
        now.date_naive()
            .checked_sub_days(Days::new(n))
            .unwrap_or(now.date_naive())
    };
    use ContributorKind::*;
    let people = [
        Person {
            name: "Hanna Berg",
            entity: EntityKind::Person,
            kind: Supplier,
            affiliation: "Berg Elastomers",
            expertise: &["elastomers", "vibration damping"],
            groups: &["Acoustics circle"],
            email: "hanna@berg-elastomers.example",
        },
        Person {
            name: "Castell Motors",
            entity: EntityKind::Organization,
            kind: Supplier,
            affiliation: "Castell Motors AG",
            expertise: &["electric motors", "inverters"],
            groups: &["Drive train"],
            email: "partners@castell.example",
        },
        Person {
            name: "Tomás Ortega",
            entity: EntityKind::Person,
            kind: IndependentInventor,
            affiliation: "",
            expertise: &["acoustics", "3D printing"],
            groups: &["Acoustics circle", "Makers"],
            email: "tomas@ortega.example",
        },
        Person {
            name: "Ines Duarte",
            entity: EntityKind::Person,
            kind: IndependentInventor,
            affiliation: "",
            expertise: &["sensors", "embedded"],
            groups: &["IoT"],
            email: "ines@duarte.example",
        },
        Person {
            name: "Fluid Dynamics Lab",
            entity: EntityKind::Organization,
            kind: UniversityLab,
            affiliation: "Technical University of Delft",
            expertise: &["CFD", "acoustics", "impeller design"],
            groups: &["Acoustics circle"],
            email: "fdl@tudelft.example",
        },
        Person {
            name: "Prof. Amara Nwosu",
            entity: EntityKind::Person,
            kind: UniversityLab,
            affiliation: "Materials Institute, Leoben",
            expertise: &["polymers", "recycling"],
            groups: &["Circular materials"],
            email: "nwosu@leoben.example",
        },
        Person {
            name: "Greenfield Farms Co-op",
            entity: EntityKind::Organization,
            kind: Customer,
            affiliation: "Greenfield Farms",
            expertise: &["irrigation"],
            groups: &["Agriculture users"],
            email: "ops@greenfield.example",
        },
        Person {
            name: "City of Lund Utilities",
            entity: EntityKind::Organization,
            kind: Customer,
            affiliation: "Lund municipality",
            expertise: &["water networks"],
            groups: &["Utilities"],
            email: "innovation@lund.example",
        },
        Person {
            name: "Dr. Kofi Mensah",
            entity: EntityKind::Person,
            kind: Expert,
            affiliation: "Independent consultant",
            expertise: &["predictive maintenance", "machine learning"],
            groups: &["IoT"],
            email: "kofi@mensah.example",
        },
        Person {
            name: "Yuki Tanaka",
            entity: EntityKind::Person,
            kind: Expert,
            affiliation: "Noise & Vibration Partners",
            expertise: &["acoustics", "standards"],
            groups: &["Acoustics circle"],
            email: "yuki@nvp.example",
        },
        Person {
            name: "AquaSense Ltd",
            entity: EntityKind::Organization,
            kind: PartnerFirm,
            affiliation: "AquaSense Ltd",
            expertise: &["IoT", "telemetry", "sensors"],
            groups: &["IoT"],
            email: "bd@aquasense.example",
        },
        Person {
            name: "Nordcast Foundry",
            entity: EntityKind::Organization,
            kind: PartnerFirm,
            affiliation: "Nordcast AB",
            expertise: &["casting", "impeller design"],
            groups: &["Drive train"],
            email: "sales@nordcast.example",
        },
        Person {
            name: "Jonas Weber",
            entity: EntityKind::Person,
            kind: Employee,
            affiliation: "Brightwater Pumps — R&D",
            expertise: &["hydraulics", "CFD"],
            groups: &["Acoustics circle"],
            email: "jonas.weber@brightwater.example",
        },
        Person {
            name: "Leila Farahani",
            entity: EntityKind::Person,
            kind: Employee,
            affiliation: "Brightwater Pumps — Service",
            expertise: &["field service", "seals"],
            groups: &["IoT"],
            email: "leila.farahani@brightwater.example",
        },
    ];
    let mut ids: Vec<ContributorId> = Vec::new();
    let id = |ids: &[ContributorId], i: usize| {
        ids.get(i)
            .copied()
            .ok_or_else(|| crate::Error::Corrupt(format!("demo contributor {i} missing")))
    };
    for p in &people {
        let mut input = ContributorInput::new(p.name, p.kind);
        input.entity = p.entity;
        input.affiliation = p.affiliation.into();
        input.expertise = s(p.expertise);
        input.groups = s(p.groups);
        input.contact = Contact {
            email: p.email.into(),
            ..Contact::default()
        };
        if p.name == "Tomás Ortega" {
            input.recognition.push(Recognition {
                date: ago(120),
                what: "Named co-inventor on the quiet-impeller prototype; €2,000 prize paid".into(),
            });
        }
        ids.push(store.create_contributor(input, now)?.id);
    }

    let nda = store.create_agreement(
        AgreementInput {
            title: "Mutual non-disclosure agreement".into(),
            kind: AgreementKind::Nda,
            summary: "Both sides keep each other's confidential information secret for 3 years.".into(),
            draft: "1. Confidential information is anything marked confidential or shared in a challenge marked confidential.\n2. Each party keeps the other's confidential information secret for three (3) years.\n3. This does not cover information that is public or independently developed.".into(),
        },
        now,
    )?;
    store.publish_agreement(nda.id, None, now)?;
    let mut edit = store.agreement(nda.id)?.body;
    edit.draft.push_str("\n4. Either party may end this agreement with 30 days' written notice; obligations in 2. survive.");
    store.update_agreement(nda.id, None, edit, now)?;
    store.publish_agreement(nda.id, None, now)?;

    let terms = store.create_agreement(
        AgreementInput {
            title: "Non-confidential idea submission terms".into(),
            kind: AgreementKind::NonConfidentialSubmission,
            summary: "Submit only what you are happy to share; we may use ideas we receive, and credit you.".into(),
            draft: "Do not submit anything confidential. Brightwater may use submitted ideas freely. We credit the submitter of every idea we implement and keep the incentive promised in the challenge.".into(),
        },
        now,
    )?;
    store.publish_agreement(terms.id, None, now)?;
    let rules = store.create_agreement(
        AgreementInput {
            title: "Participation rules".into(),
            kind: AgreementKind::ParticipationRules,
            summary: "How we behave in challenges and how disputes are settled.".into(),
            draft: "Be respectful. Criticise ideas, not people. Questions and answers are shared with all participants. Disputes go first to the challenge lead, then to an independent mediator named in the challenge.".into(),
        },
        now,
    )?;
    store.publish_agreement(rules.id, None, now)?;
    store.create_agreement(
        AgreementInput {
            title: "IP assignment for funded prototypes".into(),
            kind: AgreementKind::IpAssignment,
            summary: "Draft — assignment of prototype IP against a fixed fee.".into(),
            draft: "The contributor assigns all rights in the prototype to Brightwater against the fee stated in the challenge.".into(),
        },
        now,
    )?;
    for who in [0usize, 2, 4, 10] {
        store.record_acceptance(nda.id, None, id(&ids, who)?, now)?;
    }
    store.record_acceptance(terms.id, None, id(&ids, 2)?, now)?;
    store.record_acceptance(rules.id, None, id(&ids, 2)?, now)?;

    let standard_rules = |ip: IpRegime| {
        Rules {
        conduct: "Be constructive and specific. Criticise ideas, not people.".into(),
        confidentiality: "Material shared in this challenge is confidential under the mutual NDA.".into(),
        idea_handling: "Every idea is screened within 10 working days; you hear back either way, with reasons.".into(),
        dispute_resolution: "Raise it with the challenge lead; if unresolved in 14 days, an independent mediator decides.".into(),
        ip_regime: ip,
    }
    };
    let req = |v: &[AgreementId]| v.to_vec();

    // 1. Open prototype challenge.
    let quiet = store.create_challenge(
        ChallengeInput {
            title: "Quieter circulation pumps: below 35 dB(A) at 1 m".into(),
            brief: "Our domestic circulation pumps run at **42 dB(A)**. Customers install them in living spaces and ask for *quiet*.\n\nWe look for ideas, prototypes and partners to reach **below 35 dB(A) at 1 m** without losing hydraulic efficiency.\n\n- Test rig and acoustic chamber available in our lab\n- Noise spectra from 40 pumps shared under NDA".into(),
            problem: "Noise comes from blade-pass tones (impeller/volute interaction) and structure-borne vibration of the motor housing.".into(),
            goals: s(&["Cut noise by at least 7 dB(A)", "Keep efficiency within 2 % of today's EEI 0.20"]),
            success_criteria: s(&["35 dB(A) at 1 m measured to ISO 3744", "Unit cost increase below €4"]),
            assets_shared: s(&["Noise spectra of 40 field units (CSV)", "CAD of the current volute", "Two days in our acoustic chamber"]),
            lessons: s(&["2023: rubber motor mounts cut 3 dB but failed ageing tests at 60 °C", "Thicker housings helped little: the tone is hydraulic, not structural"]),
            constraints: s(&["Must fit the existing 180 mm installation length", "Materials approved for drinking water (KTW/WRAS)"]),
            challenge_type: ChallengeType::Prototype,
            lead: "Maria Keller".into(),
            deadline: day(75),
            audience: Audience { kind: AudienceKind::Invited, contributors: vec![id(&ids, 0)?, id(&ids, 2)?, id(&ids, 4)?, id(&ids, 9)?], groups: s(&["Acoustics circle"]) },
            rules: standard_rules(IpRegime::NonExclusiveLicence),
            required_agreements: req(&[nda.id, rules.id]),
            incentives: vec![
                Incentive { id: RowId::default(), kind: IncentiveKind::Money, description: "€10,000 for the best working prototype; €2,000 each for two runners-up".into() },
                Incentive { id: RowId::default(), kind: IncentiveKind::Collaboration, description: "A paid joint development project for the winner".into() },
                Incentive { id: RowId::default(), kind: IncentiveKind::Recognition, description: "Named credit in the product launch and our annual report".into() },
            ],
            criteria: vec![
                Criterion { id: RowId::default(), name: "Noise reduction".into(), weight: 40, description: "dB(A) reduction measured on our rig".into() },
                Criterion { id: RowId::default(), name: "Efficiency".into(), weight: 25, description: "Hydraulic efficiency kept".into() },
                Criterion { id: RowId::default(), name: "Cost".into(), weight: 20, description: "Added unit cost".into() },
                Criterion { id: RowId::default(), name: "Manufacturability".into(), weight: 15, description: "Fits our line without new tooling".into() },
            ],
            risks: vec![
                Risk { id: RowId::default(), risk: "Contributors fear losing their IP".into(), mitigation: "Non-exclusive licence only; contributors keep ownership".into() },
                Risk { id: RowId::default(), risk: "Prototype never reaches production cost".into(), mitigation: "Cost is a weighted criterion from the start".into() },
            ],
            decisions: vec![Decision { id: RowId::default(), kind: DecisionKind::Decision, date: ago(10), text: "Opened to the Acoustics circle only; wider audience in phase 2".into(), by: "Maria Keller".into(), resolution: String::new() }],
            blind_review: false,
        },
        now,
    )?;
    store.set_challenge_status(quiet.id, None, ChallengeStatus::Open, now)?;
    // Fluid Dynamics Lab accepts the participation rules too; Hanna Berg has
    // not yet, so an idea of hers is refused until she does (try it).
    store.record_acceptance(rules.id, None, id(&ids, 4)?, now)?;
    seed_quiet_ideas(store, now, quiet.id, &ids)?;
    seed_quiet_work(store, now, quiet.id, &ids)?;
    // Fluid Dynamics Lab runs Opencall too: the challenge went to them as a
    // bundle and their response came back (their key is pinned, their idea
    // shows where it came from).
    let recipient = id(&ids, 4)?;
    match partner {
        Some(p) => exchange(store, p, quiet.id, recipient, now)?,
        None => in_temp_store("partner", |p| exchange(store, p, quiet.id, recipient, now))?,
    }

    // 2. Evaluating: theoretical.
    let seals = store.create_challenge(
        ChallengeInput {
            title: "Predict seal failure from vibration data".into(),
            brief: "Mechanical seals cause 60 % of our warranty returns. We have **3 years of vibration logs** from 1,200 connected pumps. Can failures be predicted two weeks ahead?".into(),
            problem: "Failures look random in the service data; we suspect dry-running episodes leave a signature.".into(),
            goals: s(&["Warn 14 days before seal failure", "Fewer than 1 false alarm per 100 pumps per year"]),
            success_criteria: s(&["Recall above 70 % on the held-out 2025 data"]),
            assets_shared: s(&["Anonymised vibration logs (1.2 TB)", "Warranty return reasons"]),
            lessons: s(&["A simple RMS threshold gave 1 false alarm per pump per month — useless in the field"]),
            constraints: s(&["Must run on the pump's 64 KB microcontroller or on the gateway"]),
            challenge_type: ChallengeType::Theoretical,
            lead: "Jonas Weber".into(),
            deadline: day(20),
            audience: Audience { kind: AudienceKind::Open, contributors: vec![], groups: vec![] },
            rules: standard_rules(IpRegime::None),
            required_agreements: req(&[terms.id]),
            incentives: vec![
                Incentive { id: RowId::default(), kind: IncentiveKind::Money, description: "€5,000 for the best model".into() },
                Incentive { id: RowId::default(), kind: IncentiveKind::IdeaExchange, description: "Workshop with our service engineers".into() },
            ],
            criteria: vec![
                Criterion { id: RowId::default(), name: "Recall".into(), weight: 50, description: String::new() },
                Criterion { id: RowId::default(), name: "False alarms".into(), weight: 30, description: String::new() },
                Criterion { id: RowId::default(), name: "Runs on device".into(), weight: 20, description: String::new() },
            ],
            risks: vec![Risk { id: RowId::default(), risk: "Data could identify customers".into(), mitigation: "Serial numbers and locations removed before sharing".into() }],
            decisions: vec![],
            blind_review: false,
        },
        now,
    )?;
    store.set_challenge_status(seals.id, None, ChallengeStatus::Open, now)?;
    for who in [3usize, 10] {
        store.record_acceptance(terms.id, None, id(&ids, who)?, now)?;
    }
    seed_seal_ideas(store, now, seals.id, &ids)?;
    store.set_challenge_status(seals.id, None, ChallengeStatus::Evaluating, now)?;

    // 3. Draft: ideation.
    store.create_challenge(
        ChallengeInput {
            title: "A recyclable pump housing".into(),
            brief: "Cast-iron and brass housings are heavy and energy-hungry to make. What could replace them and be recycled at end of life?".into(),
            problem: "Plastics we tried crept under pressure at 90 °C.".into(),
            goals: s(&["A housing that is 80 % recyclable"]),
            lessons: s(&["Glass-filled PPS passed pressure tests but failed the 10-year creep estimate"]),
            challenge_type: ChallengeType::Ideation,
            lead: "Maria Keller".into(),
            audience: Audience { kind: AudienceKind::Invited, contributors: vec![id(&ids, 5)?], groups: s(&["Circular materials"]) },
            rules: standard_rules(IpRegime::NonExclusiveLicence),
            ..ChallengeInput::default()
        },
        now,
    )?;

    // 4. Implementing: partner scouting.
    let iot = store.create_challenge(
        ChallengeInput {
            title: "Partner for remote pump monitoring in agriculture".into(),
            brief: "Irrigation pumps sit far from any network. We seek a partner firm with low-power telemetry to build a monitoring service together.".into(),
            problem: "Farmers learn about a failed pump when crops wilt.".into(),
            goals: s(&["A joint offer for the 2027 irrigation season"]),
            challenge_type: ChallengeType::PartnerScouting,
            lead: "Leila Farahani".into(),
            deadline: day(5),
            audience: Audience { kind: AudienceKind::Invited, contributors: vec![id(&ids, 10)?, id(&ids, 6)?], groups: s(&["IoT"]) },
            rules: standard_rules(IpRegime::NonExclusiveLicence),
            required_agreements: req(&[nda.id]),
            incentives: vec![Incentive { id: RowId::default(), kind: IncentiveKind::Collaboration, description: "Joint venture with revenue share".into() }, Incentive { id: RowId::default(), kind: IncentiveKind::Contacts, description: "Introductions to our 40 agricultural dealers".into() }],
            criteria: vec![Criterion { id: RowId::default(), name: "Strategic fit".into(), weight: 60, description: String::new() }, Criterion { id: RowId::default(), name: "Battery life".into(), weight: 40, description: String::new() }],
            risks: vec![Risk { id: RowId::default(), risk: "Partner later competes with us".into(), mitigation: "Field-of-use limits in the joint development agreement".into() }],
            decisions: vec![
                Decision { id: RowId::default(), kind: DecisionKind::Decision, date: ago(30), text: "Selected AquaSense as partner".into(), by: "Leila Farahani".into(), resolution: String::new() },
                Decision { id: RowId::default(), kind: DecisionKind::Dispute, date: ago(12), text: "Greenfield asked who owns the field data".into(), by: "Greenfield Farms Co-op".into(), resolution: "Farmers own their data; we and AquaSense get a licence to use it anonymised".into() },
            ],
            ..ChallengeInput::default()
        },
        now,
    )?;
    for st in [
        ChallengeStatus::Open,
        ChallengeStatus::Evaluating,
        ChallengeStatus::Implementing,
    ] {
        store.set_challenge_status(iot.id, None, st, now)?;
    }

    // 5. Closed.
    let casting = store.create_challenge(
        ChallengeInput {
            title: "Cheaper impeller casting".into(),
            brief: "Find a way to cut impeller casting cost by 15 %.".into(),
            problem: "Investment casting is precise but expensive.".into(),
            lessons: s(&["Sand casting was cheaper but needed machining that ate the savings"]),
            challenge_type: ChallengeType::Ideation,
            lead: "Jonas Weber".into(),
            deadline: day(1),
            audience: Audience {
                kind: AudienceKind::Open,
                contributors: vec![],
                groups: vec![],
            },
            rules: standard_rules(IpRegime::ExclusiveAssignment),
            incentives: vec![Incentive {
                id: RowId::default(),
                kind: IncentiveKind::Money,
                description: "€3,000 prize".into(),
            }],
            criteria: vec![Criterion {
                id: RowId::default(),
                name: "Cost saving".into(),
                weight: 100,
                description: String::new(),
            }],
            ..ChallengeInput::default()
        },
        now,
    )?;
    store.set_challenge_status(casting.id, None, ChallengeStatus::Open, now)?;
    store.set_challenge_status(casting.id, None, ChallengeStatus::Closed, now)?;
    Ok(())
}

fn idea_input(
    challenge: ChallengeId,
    title: &str,
    summary: &str,
    body: &str,
    authors: Vec<ContributorId>,
) -> IdeaInput {
    IdeaInput {
        challenge: Some(challenge),
        body: IdeaBody {
            title: title.into(),
            summary: summary.into(),
            body: body.into(),
            authors,
            attachments: vec![],
            sub_problem: None,
        },
    }
}

fn scores(c: &crate::challenge::Challenge, values: &[i64]) -> Vec<Score> {
    c.body
        .criteria
        .iter()
        .zip(values)
        .map(|(cr, v)| Score {
            criterion: cr.id,
            score: *v,
        })
        .collect()
}

/// Ideas on the open acoustics challenge: co-authored, with an attachment,
/// reviewed by staff and an outside expert, one rejected as a shared lesson.
fn seed_quiet_ideas(
    store: &Store,
    now: DateTime<Utc>,
    quiet: ChallengeId,
    ids: &[ContributorId],
) -> Result<()> {
    let who = |i: usize| {
        ids.get(i)
            .copied()
            .ok_or_else(|| crate::Error::Corrupt(format!("demo contributor {i} missing")))
    };
    let c = store.challenge(quiet)?;
    let me = Reviewer::Person(store.require_workspace()?.user);
    let mut resonator = idea_input(
        quiet,
        "Helmholtz resonator tuned to the blade-pass tone",
        "A small resonant cavity in the volute cancels the 290 Hz blade-pass tone.",
        "The blade-pass tone at **290 Hz** dominates the spectrum. A Helmholtz resonator cast into the volute wall, tuned to that frequency, cut it by 6 dB(A) in our 3D-printed test housing.\n\n- Neck: 8 mm × 12 mm\n- Cavity: 22 cm³\n- No moving parts, no extra assembly step",
        vec![who(2)?, who(4)?],
    );
    resonator.body.attachments = vec![store.add_attachment(
        "blade-pass-spectrum.csv",
        b"frequency_hz,baseline_db,resonator_db\n145,31.2,31.0\n290,42.0,35.9\n580,33.4,32.8\n",
    )?];
    let resonator = store.create_idea(resonator, now)?;
    let skew = store.create_idea(
        idea_input(
            quiet,
            "Skewed impeller blades",
            "Skewing the blades spreads the pressure pulse over time.",
            "CFD on the current impeller shows that a 12° skew spreads the blade-pass pulse and lowers the tone by 4 dB with a 0.5 % efficiency loss.",
            vec![who(4)?],
        ),
        now,
    )?;
    let walls = store.create_idea(
        idea_input(
            quiet,
            "Thicker housing walls",
            "Add 2 mm of wall thickness to damp structure-borne noise.",
            "Thicker cast walls damp the housing's radiation.",
            vec![who(2)?],
        ),
        now,
    )?;
    for i in [resonator.id, skew.id] {
        store.set_idea_stage(i, None, IdeaStage::Screening, None, false, now)?;
    }
    store.set_idea_stage(resonator.id, None, IdeaStage::Evaluation, None, false, now)?;
    store.set_idea_stage(
        walls.id,
        None,
        IdeaStage::Rejected,
        Some("Adds 1.2 kg and €6 unit cost for only −1 dB(A)".into()),
        true,
        now,
    )?;
    for (idea, reviewer, values, note) in [
        (
            resonator.id,
            me,
            [8, 8, 7, 6],
            "Strong result on the rig; check casting tolerances.",
        ),
        (
            resonator.id,
            Reviewer::Contributor(who(8)?),
            [9, 7, 8, 5],
            "Elegant. Tuning drifts with temperature — test at 60 °C.",
        ),
        (
            skew.id,
            me,
            [6, 6, 7, 8],
            "Solid, but the efficiency loss needs confirming.",
        ),
    ] {
        store.add_review(
            ReviewInput {
                idea,
                reviewer,
                scores: scores(&c, &values),
                note: note.into(),
            },
            now,
        )?;
    }
    let question = store.add_comment(
        CommentInput {
            idea: resonator.id,
            parent: None,
            author: me,
            text: "Could the cavity be part of the existing core, so casting needs no new tooling?"
                .into(),
        },
        now,
    )?;
    store.add_comment(
        CommentInput {
            idea: resonator.id,
            parent: Some(question.id),
            author: Reviewer::Contributor(who(2)?),
            text: "Yes — we sketched it into core 3; drawings follow.".into(),
        },
        now,
    )?;
    Ok(())
}

/// Work packages, questions and disputes on the acoustics challenge.
fn seed_quiet_work(
    store: &Store,
    now: DateTime<Utc>,
    quiet: ChallengeId,
    ids: &[ContributorId],
) -> Result<()> {
    use crate::work::{RecordRef, SubProblemBody, SubProblemInput, SubProblemStatus};
    let who = |i: usize| {
        ids.get(i)
            .copied()
            .ok_or_else(|| crate::Error::Corrupt(format!("demo contributor {i} missing")))
    };
    let add = |title: &str, description: &str, tags: &[&str]| {
        store.create_sub_problem(
            SubProblemInput {
                challenge: Some(quiet),
                parent: None,
                body: SubProblemBody {
                    title: title.into(),
                    description: description.into(),
                    expertise: s(tags),
                    due: now.date_naive().checked_add_days(Days::new(40)),
                    assigned: vec![],
                },
            },
            now,
        )
    };
    let volute = add(
        "Model the volute acoustics",
        "CFD of the blade-pass tone in the current volute.",
        &["CFD", "acoustics"],
    )?;
    let proto = add(
        "Print and test a resonator housing",
        "3D-print the housing with the resonator and measure on our rig.",
        &["3D printing", "acoustics"],
    )?;
    add(
        "Damp the motor housing",
        "Find an elastomer mount that survives 90 °C.",
        &["elastomers", "vibration damping"],
    )?;
    store.claim_sub_problem(volute.id, who(4)?, now)?;
    store.set_sub_problem_status(volute.id, SubProblemStatus::InProgress, now)?;
    store.claim_sub_problem(proto.id, who(2)?, now)?;
    store.set_sub_problem_status(proto.id, SubProblemStatus::Done, now)?;
    let me = Reviewer::Person(store.require_workspace()?.user);
    let q = store.ask_question(
        quiet,
        Reviewer::Contributor(who(2)?),
        "Can we book the acoustic chamber for a full day?",
        now,
    )?;
    store.answer_question(
        q.id,
        "Yes: book it two weeks ahead with Jonas Weber; one full day per team.",
        true,
        now,
    )?;
    store.ask_question(
        quiet,
        Reviewer::Contributor(who(4)?),
        "Is a 0.5 % efficiency loss acceptable if noise drops 4 dB?",
        now,
    )?;
    let d = store.raise_dispute(
        quiet,
        Reviewer::Contributor(who(0)?),
        Some(RecordRef { kind: crate::record::RecordKind::Challenge, id: quiet.to_string() }),
        "Our elastomer mount idea was not accepted because we had not accepted the participation rules — we did not know they were required.",
        now,
    )?;
    store.add_dispute_note(
        d.id,
        me,
        "The rules are listed on the challenge; we will remind invitees by mail too.",
        now,
    )?;
    Ok(())
}

/// Ideas on the seal-failure challenge (reviewed while it evaluates).
fn seed_seal_ideas(
    store: &Store,
    now: DateTime<Utc>,
    seals: ChallengeId,
    ids: &[ContributorId],
) -> Result<()> {
    let who = |i: usize| {
        ids.get(i)
            .copied()
            .ok_or_else(|| crate::Error::Corrupt(format!("demo contributor {i} missing")))
    };
    let c = store.challenge(seals)?;
    let me = Reviewer::Person(store.require_workspace()?.user);
    let model = store.create_idea(
        idea_input(
            seals,
            "Dry-running signature classifier",
            "A tiny decision tree on three vibration features flags dry-running episodes.",
            "Dry-running leaves a broadband rise above 2 kHz. Three features (kurtosis, 2–4 kHz band energy, RMS trend) feed a 40-node tree that fits in 6 KB.",
            vec![who(3)?],
        ),
        now,
    )?;
    let gateway = store.create_idea(
        idea_input(
            seals,
            "Gateway-side anomaly detection",
            "Run the model on the AquaSense gateway instead of the pump.",
            "The gateway has 256 MB of RAM; an autoencoder there can watch 40 pumps at once.",
            vec![who(10)?],
        ),
        now,
    )?;
    for (idea, values) in [(model.id, [7, 8, 9]), (gateway.id, [8, 6, 4])] {
        store.add_review(
            ReviewInput {
                idea,
                reviewer: me,
                scores: scores(&c, &values),
                note: String::new(),
            },
            now,
        )?;
    }
    for stage in [
        IdeaStage::Screening,
        IdeaStage::Evaluation,
        IdeaStage::Selected,
    ] {
        // Selecting makes each incentive an obligation to Ines Duarte.
        store.set_idea_stage(model.id, None, stage, None, false, now)?;
    }
    let owed = store.obligations(Some(seals), None, None)?;
    if let Some(first) = owed
        .iter()
        .find(|o| o.kind == crate::challenge::IncentiveKind::IdeaExchange)
    {
        store.settle_obligation(
            first.id,
            crate::work::ObligationStatus::Delivered,
            "Workshop held with the service engineers in Lund",
            now,
        )?;
    }
    Ok(())
}

/// How big a demo workspace to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// The hand-written demo: five challenges, fourteen contributors.
    Small,
    /// The small demo plus generated records: `challenges` challenges and
    /// `contributors` contributors (benchmarks and paging).
    Large {
        challenges: usize,
        contributors: usize,
        /// Ideas: 2,000 of them (or all, if fewer) on the first generated
        /// challenge, the rest spread over the others.
        ideas: usize,
        /// Reviews: half on the first generated challenge's ideas.
        reviews: usize,
    },
}

impl Scale {
    /// `opencall-cli demo --scale large`: 5,000 challenges, 50,000
    /// contributors, 100,000 ideas and 20,000 reviews.
    pub const LARGE: Scale = Scale::Large {
        challenges: 5_000,
        contributors: 50_000,
        ideas: 100_000,
        reviews: 20_000,
    };
}

/// Seeds the demo at `scale`. Generated records are written in batches of
/// 1,000, each one transaction with its log entries; running it again on a
/// workspace that already has them adds nothing.
pub fn seed_scaled(store: &Store, now: DateTime<Utc>, scale: Scale) -> Result<DemoReport> {
    let mut report = seed(store, now)?;
    let Scale::Large {
        challenges,
        contributors,
        ideas,
        reviews,
    } = scale
    else {
        return Ok(report);
    };
    let all = PageRequest::new(0, 0);
    let have = store
        .contributors(&ContributorFilter::default(), all)?
        .total;
    if have < contributors {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut batch = Batch::new(store, now);
        for i in have..contributors {
            batch.push(generated_contributor(&mut rng, i, store, now)?)?;
        }
        batch.finish()?;
        report.seeded = true;
    }
    let have = store.challenges(&Default::default(), all)?.total;
    if have < challenges {
        let mut rng = Rng(0xD1B5_4A32_D192_ED03);
        let mut batch = Batch::new(store, now);
        for i in have..challenges {
            batch.push(generated_challenge(&mut rng, i, store, now)?)?;
        }
        batch.finish()?;
        report.seeded = true;
    }
    let have = store.ideas(&Default::default(), all)?.total;
    if have < ideas {
        seed_generated_ideas(store, now, ideas - have, reviews)?;
        report.seeded = true;
    }
    report.challenges = store.challenges(&Default::default(), all)?.total;
    report.contributors = store
        .contributors(&ContributorFilter::default(), all)?
        .total;
    Ok(report)
}

/// The number in a generated challenge's title ("… (#12)").
fn generated_number(title: &str) -> Option<usize> {
    title.strip_suffix(')')?.rsplit_once("(#")?.1.parse().ok()
}

/// The generated challenge that holds 2,000 ideas in a large demo, if any.
pub fn busy_challenge(store: &Store) -> Result<Option<ChallengeId>> {
    Ok(store
        .challenges(&Default::default(), PageRequest::all())?
        .iter()
        .filter_map(|c| generated_number(&c.title).map(|n| (n, c.id)))
        .min()
        .map(|(_, id)| id))
}

/// Generated ideas and reviews over the generated challenges: the first gets
/// 2,000 ideas and half the reviews (a busy challenge to rank), the others
/// share the rest. Written in batches like the other generated records.
fn seed_generated_ideas(
    store: &Store,
    now: DateTime<Utc>,
    ideas: usize,
    reviews: usize,
) -> Result<()> {
    use crate::challenge::Challenge;
    use crate::idea::{Idea, Review};
    let everyone = store.contributors(&ContributorFilter::default(), PageRequest::all())?;
    let authors: Vec<ContributorId> = everyone.iter().map(|c| c.id).collect();
    // The generated challenges have numbered titles; the hand-written five do
    // not. The lowest number is the busy one.
    let mut numbered: Vec<(usize, ChallengeId)> = store
        .challenges(&Default::default(), PageRequest::all())?
        .iter()
        .filter_map(|c| generated_number(&c.title).map(|n| (n, c.id)))
        .collect();
    numbered.sort();
    let generated: Vec<Challenge> = numbered
        .iter()
        .map(|(_, id)| store.challenge(*id))
        .collect::<Result<_>>()?;
    let (Some(busy), false) = (generated.first(), authors.is_empty()) else {
        return Ok(());
    };
    let org = store.require_workspace()?.organization.id;
    let mut rng = Rng(0xA076_1D64_78BD_642F);
    let on_busy = ideas.min(2_000);
    let mut busy_ideas = Vec::with_capacity(on_busy);
    let mut other_ideas = Vec::new();
    let mut batch = Batch::new(store, now);
    for i in 0..ideas {
        let c = if i < on_busy {
            busy
        } else {
            rng.pick(&generated)
        };
        let mut body = IdeaBody {
            title: format!(
                "{} {} for {} (idea {i})",
                rng.pick(&["Use", "Try", "Combine", "Replace with", "Test"]),
                rng.pick(EXPERTISE),
                rng.pick(THINGS)
            ),
            summary: format!(
                "Apply {} to make them {}.",
                rng.pick(EXPERTISE),
                rng.pick(TOPICS)
            ),
            body: "Generated for benchmarks and paging.".into(),
            authors: vec![*rng.pick(&authors)],
            attachments: vec![],
            sub_problem: None,
        };
        if rng.next().is_multiple_of(4) {
            body.authors.push(*rng.pick(&authors));
        }
        if rng.next().is_multiple_of(50) {
            body.attachments.push(store.add_attachment(
                &format!("notes-{i}.txt"),
                format!("Notes for idea {i}").as_bytes(),
            )?);
        }
        let body = body.normalized();
        let stage = *rng.pick(&[
            IdeaStage::Submitted,
            IdeaStage::Submitted,
            IdeaStage::Screening,
            IdeaStage::Evaluation,
            IdeaStage::Selected,
            IdeaStage::Rejected,
        ]);
        let idea = Idea {
            id: crate::ids::IdeaId::new(),
            meta: crate::record::RecordMeta::new(org, now),
            challenge: c.id,
            stage,
            content_hash: body.content_hash(),
            body,
            accepted_versions: vec![],
            rejection: None,
            merged_into: None,
            merged_from: vec![],
            merged_notes: vec![],
            history: vec![],
        };
        if i < on_busy {
            busy_ideas.push(idea.id);
        } else {
            other_ideas.push((idea.id, c.id));
        }
        batch.push(idea)?;
    }
    batch.finish()?;
    let mut batch = Batch::new(store, now);
    for i in 0..reviews {
        let (idea, challenge) = if i < reviews / 2 || other_ideas.is_empty() {
            (busy_ideas[i % busy_ideas.len().max(1)], busy)
        } else {
            let (idea, cid) = *rng.pick(&other_ideas);
            let c = generated.iter().find(|c| c.id == cid).unwrap_or(busy);
            (idea, c)
        };
        batch.push(Review {
            id: crate::ids::ReviewId::new(),
            meta: crate::record::RecordMeta::new(org, now),
            idea,
            challenge: challenge.id,
            // Each review of an idea comes from a different contributor.
            reviewer: Reviewer::Contributor(authors[(i * 7919) % authors.len()]),
            scores: challenge
                .body
                .criteria
                .iter()
                .map(|cr| Score {
                    criterion: cr.id,
                    score: i64::try_from(rng.next() % 11).unwrap_or(5),
                })
                .collect(),
            note: String::new(),
            blind: false,
        })?;
    }
    batch.finish()?;
    seed_generated_work(store, now, busy, &authors, &mut rng)
}

/// Sub-problems, questions and obligations on the busy challenge.
fn seed_generated_work(
    store: &Store,
    now: DateTime<Utc>,
    busy: &crate::challenge::Challenge,
    authors: &[ContributorId],
    rng: &mut Rng,
) -> Result<()> {
    use crate::work::{
        Obligation, ObligationStatus, Question, SubProblem, SubProblemBody, SubProblemStatus,
    };
    let org = store.require_workspace()?.organization.id;
    let subs: Vec<SubProblem> = (0..40)
        .map(|i| SubProblem {
            id: crate::ids::SubProblemId::new(),
            meta: crate::record::RecordMeta::new(org, now),
            challenge: busy.id,
            parent: None,
            status: *rng.pick(&[
                SubProblemStatus::Open,
                SubProblemStatus::Claimed,
                SubProblemStatus::InProgress,
                SubProblemStatus::Done,
            ]),
            body: SubProblemBody {
                title: format!("Work package {i}: {}", rng.pick(THINGS)),
                expertise: vec![
                    (*rng.pick(EXPERTISE)).to_owned(),
                    (*rng.pick(EXPERTISE)).to_owned(),
                ],
                ..Default::default()
            }
            .normalized(),
            claimed_by: vec![*rng.pick(authors)],
        })
        .collect();
    store.insert_many(now, &subs)?;
    let questions: Vec<Question> = (0..200)
        .map(|i| Question {
            id: crate::ids::QuestionId::new(),
            meta: crate::record::RecordMeta::new(org, now),
            challenge: busy.id,
            asked_by: Reviewer::Contributor(*rng.pick(authors)),
            text: format!("Question {i} about {}?", rng.pick(EXPERTISE)),
            answer: None,
        })
        .collect();
    store.insert_many(now, &questions)?;
    let selected = store.ideas(
        &crate::idea::IdeaFilter {
            challenge: Some(busy.id),
            stage: Some(IdeaStage::Selected),
            ..Default::default()
        },
        PageRequest::all(),
    )?;
    let due = now
        .date_naive()
        .checked_add_days(Days::new(30))
        .unwrap_or(now.date_naive());
    let mut owed = Vec::new();
    for idea in selected.iter() {
        for inc in &busy.body.incentives {
            for a in &idea.authors {
                owed.push(Obligation {
                    id: crate::ids::ObligationId::new(),
                    meta: crate::record::RecordMeta::new(org, now),
                    challenge: busy.id,
                    idea: idea.id,
                    incentive: inc.id,
                    kind: inc.kind,
                    description: inc.description.clone(),
                    contributor: *a,
                    due,
                    status: ObligationStatus::Outstanding,
                    settled_at: None,
                    settled_by: None,
                    note: String::new(),
                });
            }
        }
    }
    for chunk in owed.chunks(BATCH) {
        store.insert_many(now, chunk)?;
    }
    Ok(())
}

const BATCH: usize = 1_000;

/// Generated records written in transactions of [`BATCH`].
struct Batch<'a, R: crate::store::Stored> {
    store: &'a Store,
    now: DateTime<Utc>,
    items: Vec<R>,
}

impl<'a, R: crate::store::Stored> Batch<'a, R> {
    fn new(store: &'a Store, now: DateTime<Utc>) -> Self {
        Self {
            store,
            now,
            items: Vec::with_capacity(BATCH),
        }
    }

    fn push(&mut self, record: R) -> Result<()> {
        self.items.push(record);
        if self.items.len() == BATCH {
            self.store.insert_many(self.now, &self.items)?;
            self.items.clear();
        }
        Ok(())
    }

    fn finish(self) -> Result<()> {
        if self.items.is_empty() {
            return Ok(());
        }
        self.store.insert_many(self.now, &self.items)
    }
}

/// A small deterministic generator (xorshift64*), so large demos are the
/// same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let n = items.len().max(1) as u64;
        let i = usize::try_from(self.next() % n).unwrap_or(0);
        &items[i.min(items.len().saturating_sub(1))]
    }
}

const FIRST: &[&str] = &[
    "Ada", "Ben", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hamid", "Ines", "Jonas", "Kaveh",
    "Lena", "Mina", "Noah", "Omid", "Parisa", "Quentin", "Rosa", "Sina", "Tara", "Ugo", "Vera",
    "Wen", "Xavier", "Yara", "Zoltan", "Nasrin", "Reza", "Sophie", "Aarav",
];
const LAST: &[&str] = &[
    "Andersen",
    "Bakker",
    "Costa",
    "Demir",
    "Eriksen",
    "Farahani",
    "Garcia",
    "Hosseini",
    "Ivanova",
    "Jansen",
    "Karimi",
    "Lindqvist",
    "Moreau",
    "Nowak",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rahimi",
    "Schmidt",
    "Tanaka",
    "Urban",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zamani",
    "Rossi",
    "Novak",
];
const ORGS: &[&str] = &[
    "Polymer Works",
    "Rotor Labs",
    "Hydro Systems",
    "Sensorik",
    "Castings Ltd",
    "Seal Tech",
    "Flow Institute",
    "Motor Group",
    "Acoustic Lab",
    "Materials Centre",
    "Drive Partners",
    "Control Systems",
    "Printing Studio",
    "Pump Service",
    "Energy Lab",
];
const EXPERTISE: &[&str] = &[
    "acoustics",
    "CFD",
    "elastomers",
    "sensors",
    "embedded",
    "electric motors",
    "inverters",
    "impeller design",
    "casting",
    "machining",
    "3D printing",
    "seals",
    "bearings",
    "corrosion",
    "control software",
    "IoT",
    "data science",
    "vibration damping",
    "thermal design",
    "hydraulics",
    "composites",
    "coatings",
    "field service",
    "supply chain",
    "lean manufacturing",
    "ergonomics",
    "energy efficiency",
    "water treatment",
    "regulation",
    "testing",
    "power electronics",
    "magnetics",
    "tribology",
    "polymer chemistry",
    "metrology",
    "industrial design",
    "UX research",
    "cost engineering",
    "recycling",
    "heat pumps",
];
const GROUPS: &[&str] = &[
    "Acoustics circle",
    "Drive train",
    "Makers",
    "IoT",
    "Materials",
    "Water",
    "Service network",
    "Energy",
    "Design",
    "Quality",
    "Suppliers forum",
    "Research partners",
];
const TOPICS: &[&str] = &[
    "quieter",
    "lighter",
    "cheaper",
    "smarter",
    "cleaner",
    "safer",
    "repairable",
    "modular",
    "efficient",
    "recyclable",
    "connected",
    "compact",
];
const THINGS: &[&str] = &[
    "pump housings",
    "impellers",
    "seals",
    "motor mounts",
    "controllers",
    "bearings",
    "valves",
    "filters",
    "heat exchangers",
    "service kits",
    "packaging",
    "test rigs",
];

fn generated_contributor(
    rng: &mut Rng,
    i: usize,
    store: &Store,
    now: DateTime<Utc>,
) -> Result<crate::contributor::Contributor> {
    let kind = *rng.pick(ContributorKind::ALL);
    let org = matches!(
        kind,
        ContributorKind::UniversityLab | ContributorKind::PartnerFirm
    ) && rng.next().is_multiple_of(2);
    let name = if org {
        format!("{} {}", rng.pick(ORGS), i)
    } else {
        format!("{} {} {}", rng.pick(FIRST), rng.pick(LAST), i)
    };
    let mut body = ContributorInput::new(name, kind);
    if org {
        body.entity = EntityKind::Organization;
    }
    body.affiliation = (*rng.pick(ORGS)).to_owned();
    let tags = 2 + rng.next() % 3;
    body.expertise = (0..tags)
        .map(|_| (*rng.pick(EXPERTISE)).to_owned())
        .collect();
    body.groups = vec![(*rng.pick(GROUPS)).to_owned()];
    body.contact.email = format!("c{i}@example.org");
    let body = body.normalized();
    body.validate()?;
    Ok(crate::contributor::Contributor {
        id: ContributorId::new(),
        meta: crate::record::RecordMeta::new(store.require_workspace()?.organization.id, now),
        body,
    })
}

fn generated_challenge(
    rng: &mut Rng,
    i: usize,
    store: &Store,
    now: DateTime<Utc>,
) -> Result<crate::challenge::Challenge> {
    let topic = rng.pick(TOPICS);
    let thing = rng.pick(THINGS);
    let mut body = ChallengeInput::titled(format!("Make {thing} {topic} (#{i})"));
    body.brief = format!(
        "We are looking for ideas to make our {thing} {topic}. Suppliers, labs and inventors with \
         experience in {} or {} are welcome. Share what you tried, including what did not work.",
        rng.pick(EXPERTISE),
        rng.pick(EXPERTISE)
    );
    body.challenge_type = *rng.pick(ChallengeType::ALL);
    body.deadline = now
        .date_naive()
        .checked_add_days(Days::new(30 + rng.next() % 300));
    body.incentives = vec![Incentive {
        id: RowId::default(),
        kind: *rng.pick(IncentiveKind::ALL),
        description: "A paid pilot project for the best idea".into(),
    }];
    body.criteria = vec![Criterion {
        id: RowId::default(),
        name: "Impact".into(),
        weight: 60,
        description: String::new(),
    }];
    let body = body.normalized();
    body.validate()?;
    let status = *rng.pick(&[
        ChallengeStatus::Draft,
        ChallengeStatus::Open,
        ChallengeStatus::Open,
        ChallengeStatus::Evaluating,
        ChallengeStatus::Implementing,
        ChallengeStatus::Closed,
    ]);
    Ok(crate::challenge::Challenge {
        id: crate::ids::ChallengeId::new(),
        meta: crate::record::RecordMeta::new(store.require_workspace()?.organization.id, now),
        status,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_seeds_every_kind_once() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let now = Utc::now();
        let first = seed(&store, now).unwrap();
        assert!(first.initialized && first.seeded);
        assert_eq!(first.challenges, 5);
        assert!(first.contributors >= 12);
        let kinds: std::collections::HashSet<_> = store
            .contributors(&ContributorFilter::default(), PageRequest::all())
            .unwrap()
            .iter()
            .map(|c| c.kind)
            .collect();
        assert_eq!(kinds.len(), ContributorKind::ALL.len());
        let second = seed(&store, now).unwrap();
        assert!(!second.initialized && !second.seeded);
        assert_eq!(second.challenges, 5);
        assert!(store.verify_log().unwrap().is_intact());
    }
}

/// Two workspaces ready to exchange bundles at scale: what
/// [`exchange_workload`] made.
#[derive(Clone, Copy, Debug)]
pub struct Exchange {
    pub challenge: ChallengeId,
    /// The partner's contributor profile (the challenge bundle's recipient).
    pub partner: ContributorId,
}

/// A sponsor ("Brightwater Pumps") with an open challenge requiring a
/// published NDA, sent as a challenge bundle to a partner ("Northwind
/// Labs") who imports it, accepts the NDA and contributes `ideas` ideas
/// carrying `attachment_bytes` of attachments in files of 1 MiB (bytes that
/// do not compress, like real drawings). For benchmarks and kill tests of
/// response bundles; deterministic apart from ids and keys.
pub fn exchange_workload(
    sponsor: &Store,
    partner: &Store,
    ideas: usize,
    attachment_bytes: u64,
    now: DateTime<Utc>,
) -> Result<Exchange> {
    use crate::bundle::{BundleKind, ExportRequest};
    ensure_workspace(sponsor, ("Brightwater Pumps", "Maria Keller", ""), now)?;
    ensure_workspace(partner, ("Northwind Labs", "Nils Berg", ""), now)?;
    let nda = sponsor.create_agreement(
        AgreementInput {
            title: "Mutual NDA".into(),
            kind: AgreementKind::Nda,
            summary: "Both sides keep what they learn confidential.".into(),
            draft: "The parties keep confidential what they learn from each other.".into(),
        },
        now,
    )?;
    sponsor.publish_agreement(nda.id, None, now)?;
    let lab = sponsor.create_contributor(
        ContributorInput::new("Northwind Labs", ContributorKind::PartnerFirm),
        now,
    )?;
    let mut body = crate::challenge::ChallengeBody::titled("Quieter pumps at scale");
    body.brief = "Cut the noise of our pumps.".into();
    body.deadline = now.date_naive().checked_add_days(Days::new(60));
    body.required_agreements = vec![nda.id];
    body.audience.kind = AudienceKind::Invited;
    body.audience.contributors = vec![lab.id];
    body.incentives.push(Incentive {
        id: RowId::default(),
        kind: IncentiveKind::Money,
        description: "€5,000".into(),
    });
    body.criteria.push(Criterion {
        id: RowId::default(),
        name: "Novelty".into(),
        weight: 100,
        description: String::new(),
    });
    let c = sponsor.create_challenge(body, now)?;
    sponsor.set_challenge_status(c.id, None, ChallengeStatus::Open, now)?;
    let (bundle, _) = sponsor.export_bundle(
        &ExportRequest {
            kind: BundleKind::Challenge,
            challenge: Some(c.id),
            recipients: vec![lab.id],
        },
        now,
    )?;
    partner.import_bundle(&bundle, true, now)?;
    partner.record_acceptance(nda.id, None, lab.id, now)?;
    let challenge = partner.challenge(c.id)?;
    let (_, accepted) = partner.contribution_problems(&challenge, &[lab.id])?;
    const MIB: u64 = 1024 * 1024;
    let mut rng = Rng(0x5EED_0F0C_EA11);
    let mut files = Vec::new();
    let mut left = attachment_bytes;
    while left > 0 {
        let n = left.min(MIB) as usize;
        let mut bytes = Vec::with_capacity(n);
        while bytes.len() < n {
            bytes.extend_from_slice(&rng.next().to_le_bytes());
        }
        bytes.truncate(n);
        files.push(partner.add_attachment(&format!("drawing-{}.bin", files.len() + 1), &bytes)?);
        left -= n as u64;
    }
    let org = partner.require_workspace()?.organization.id;
    let mut batch = Batch::new(partner, now);
    for i in 0..ideas {
        let body = IdeaBody {
            title: format!("Idea {} for quieter pumps", i + 1),
            summary: "A way to cut tonal noise at the impeller.".into(),
            body: format!(
                "Idea {}. Curved blades, a damped volute and a slower motor: measured {} dB less at 1 m.",
                i + 1,
                i % 9 + 1
            ),
            authors: vec![lab.id],
            attachments: files.get(i).cloned().into_iter().collect(),
            sub_problem: None,
        };
        batch.push(crate::idea::Idea {
            id: crate::ids::IdeaId::new(),
            meta: crate::record::RecordMeta::new(org, now),
            challenge: c.id,
            stage: IdeaStage::Submitted,
            content_hash: body.content_hash(),
            body,
            accepted_versions: accepted.clone(),
            rejection: None,
            merged_into: None,
            merged_from: Vec::new(),
            merged_notes: Vec::new(),
            history: Vec::new(),
        })?;
    }
    batch.finish()?;
    Ok(Exchange {
        challenge: c.id,
        partner: lab.id,
    })
}

/// The demo's bundle exchange: the sponsor sends `challenge` to the
/// contributor `recipient` (who runs their own copy, `partner`, as the
/// organization of that name); the partner accepts the required
/// agreements, contributes an idea with a drawing, asks a question and
/// responds; the sponsor imports the response, answers, moves the idea to
/// evaluation and sends an update with a signed receipt, which the partner
/// imports.
fn exchange(
    sponsor: &Store,
    partner: &Store,
    challenge: ChallengeId,
    recipient: ContributorId,
    now: DateTime<Utc>,
) -> Result<()> {
    use crate::bundle::{BundleKind, ExportRequest};
    let send = |from: &Store, kind, to: Vec<ContributorId>| {
        from.export_bundle(
            &ExportRequest {
                kind,
                challenge: Some(challenge),
                recipients: to,
            },
            now,
        )
        .map(|(bytes, _)| bytes)
    };
    let who = sponsor.contributor(recipient)?;
    ensure_workspace(
        partner,
        (&who.body.name, "Dr. Pieter de Vries", "Lab manager"),
        now,
    )?;
    partner.import_bundle(
        &send(sponsor, BundleKind::Challenge, vec![recipient])?,
        true,
        now,
    )?;
    let c = partner.challenge(challenge)?;
    for a in &c.body.required_agreements {
        partner.record_acceptance(*a, None, recipient, now)?;
    }
    let drawing = partner.add_attachment(
        "helmholtz-volute.txt",
        b"Helmholtz resonator in the volute tongue: 3 chambers tuned to 120, 240 and 360 Hz.\n",
    )?;
    let idea = partner.create_idea(
        IdeaInput {
            challenge: Some(challenge),
            body: IdeaBody {
                title: "Helmholtz resonators in the volute".into(),
                summary: "Three small chambers in the volute tongue absorb the blade-pass tone.".into(),
                body: "Tuned to the blade-pass frequency and its first two harmonics. Our CFD runs show **6 dB** less at 1 m; no efficiency loss.".into(),
                authors: vec![recipient],
                attachments: vec![drawing],
                sub_problem: None,
            },
        },
        now,
    )?;
    let q = partner.ask_question(
        challenge,
        Reviewer::Contributor(recipient),
        "May we test on your 2 kW prototype in our lab?",
        now,
    )?;
    sponsor.import_bundle(&send(partner, BundleKind::Response, vec![])?, true, now)?;
    sponsor.answer_question(q.id, "Yes: we ship one to Delft next week.", true, now)?;
    for to in [IdeaStage::Screening, IdeaStage::Evaluation] {
        sponsor.set_idea_stage(idea.id, None, to, None, false, now)?;
    }
    partner.import_bundle(
        &send(sponsor, BundleKind::Update, vec![recipient])?,
        false,
        now,
    )?;
    Ok(())
}

/// A partner's copy that took part in the demo sponsor's open challenge:
/// the challenge received as a bundle, the agreements accepted, an idea
/// with a drawing and a question sent back, and the sponsor's update with
/// the answer, the idea's new stage and a signed receipt. (The sponsor is
/// a demo in a temporary folder, removed afterwards.)
pub fn seed_partner(partner: &Store, now: DateTime<Utc>) -> Result<DemoReport> {
    if partner.workspace()?.is_some() {
        return Err(crate::Error::AlreadyInitialized(
            partner.require_workspace()?.organization.name,
        ));
    }
    in_temp_store("sponsor", |sponsor| {
        ensure_workspace(sponsor, SPONSOR, now)?;
        seed_records(sponsor, now, Some(partner))
    })?;
    let all = PageRequest::new(0, 0);
    Ok(DemoReport {
        initialized: true,
        seeded: true,
        challenges: partner.challenges(&Default::default(), all)?.total,
        contributors: partner
            .contributors(&ContributorFilter::default(), all)?
            .total,
        agreements: partner.agreements(&Default::default(), all)?.total,
    })
}
