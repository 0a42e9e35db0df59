//! End-to-end tests: the real desktop app, driven through tauri-driver under
//! Xvfb, each with its own data directory. Screenshots land in
//! target/e2e-shots/ for people to look at.

use serde_json::{json, Value};

use crate::support::driver::Driver;
use crate::support::target_dir;
use crate::support::webdriver::Session;

fn shot(d: &Driver, name: &str) {
    d.screenshot(&target_dir().join("e2e-shots").join(format!("{name}.png")));
}

/// First-run screen: create the workspace.
fn set_up_workspace(s: &Session) {
    s.type_into("[data-field='organization_name']", "Brightwater Pumps");
    s.type_into("[data-field='user_name']", "Maria Keller");
    s.click("#setup-submit");
    s.wait("#nav-challenges");
}

/// Publishing asks for confirmation in a native dialog, which WebDriver cannot
/// click; answer "yes" for this page.
fn auto_confirm(s: &Session) {
    answer_dialogs(s, true);
}

/// Answers every native yes/no dialog on this page with `yes` (OK) or not
/// (Cancel / "Keep editing"), counting the questions in `window.__asked`.
fn answer_dialogs(s: &Session, yes: bool) {
    s.exec(
        "const answer = arguments[0]; window.__asked = window.__asked || 0;
         window.__TAURI__.dialog.ask = async () => { window.__asked += 1; return answer; };
         return true;",
        json!([yes]),
    );
}

fn add_row(s: &Session, editor: &str) {
    s.click(&format!("[data-field='{editor}'] > button"));
}

#[test]
fn challenge_with_incentives_and_rules_survives_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    s.wait("#setup-submit");
    shot(&driver, "01-first-run");
    set_up_workspace(&s);
    s.wait_text(".empty", "No challenges yet");
    shot(&driver, "02-empty-challenges");

    s.click("#new-challenge");
    s.type_into("[data-field='title']", "Quieter circulation pumps");
    s.set_value("[data-field='challenge_type']", "prototype");
    s.set_value("[data-field='deadline']", "2031-03-31");
    s.fill("[data-field='lead']", "Jonas Weber");
    s.fill(
        "[data-field='brief']",
        "Reach **35 dB(A)** at 1 m.\n\n- test rig available",
    );
    s.fill(
        "[data-field='problem']",
        "Blade-pass tones from the volute.",
    );
    s.fill("[data-field='goals']", "Cut 7 dB(A)\nKeep efficiency");
    s.fill("[data-field='success_criteria']", "ISO 3744 measurement");
    s.fill("[data-field='assets_shared']", "Noise spectra of 40 units");
    s.fill(
        "[data-field='lessons']",
        "Rubber mounts failed ageing at 60 °C",
    );
    s.fill("[data-field='constraints']", "180 mm installation length");
    add_row(&s, "incentives");
    s.set_value("[data-field='incentives.0.kind']", "money");
    s.fill(
        "[data-field='incentives.0.description']",
        "€10,000 for the best prototype",
    );
    add_row(&s, "incentives");
    s.set_value("[data-field='incentives.1.kind']", "collaboration");
    s.fill(
        "[data-field='incentives.1.description']",
        "Paid joint development",
    );
    s.set_value("[data-field='rules.ip_regime']", "non_exclusive_licence");
    s.fill(
        "[data-field='rules.conduct']",
        "Criticise ideas, not people.",
    );
    s.fill(
        "[data-field='rules.confidentiality']",
        "Shared material is confidential.",
    );
    s.fill(
        "[data-field='rules.idea_handling']",
        "Screened within 10 working days.",
    );
    s.fill(
        "[data-field='rules.dispute_resolution']",
        "Independent mediator.",
    );
    s.set_value("[data-field='audience']", "open");
    add_row(&s, "criteria");
    s.fill("[data-field='criteria.0.name']", "Noise reduction");
    s.fill("[data-field='criteria.0.weight']", "60");
    add_row(&s, "risks");
    s.fill(
        "[data-field='risks.0.risk']",
        "Contributors fear for their IP",
    );
    s.fill(
        "[data-field='risks.0.mitigation']",
        "Non-exclusive licence only",
    );
    shot(&driver, "03-challenge-form");
    s.click("#save-challenge");
    s.wait_text("#challenge-incentives", "€10,000 for the best prototype");
    shot(&driver, "04-challenge-detail");

    // Open it: the lifecycle check passes because it has everything.
    s.click("button[data-status='open']");
    s.wait_text(".page-header", "Open");

    // Restart the app on the same data directory.
    s.quit();
    let s = driver.launch();
    s.wait_text("#challenge-list", "Quieter circulation pumps");
    s.click("#challenge-list a.item-card");
    s.wait_text("h1", "Quieter circulation pumps");
    let incentives = s.text_of("#challenge-incentives");
    assert!(
        incentives.contains("€10,000 for the best prototype"),
        "{incentives}"
    );
    assert!(
        incentives.contains("Paid joint development"),
        "{incentives}"
    );
    let rules = s.text_of("#challenge-rules");
    for expected in [
        "Non-exclusive licence",
        "Criticise ideas, not people.",
        "Shared material is confidential.",
        "Screened within 10 working days.",
        "Independent mediator.",
    ] {
        assert!(rules.contains(expected), "rules lack {expected:?}: {rules}");
    }
    let brief_html = s.exec(
        "return document.querySelector('#challenge-brief').innerHTML;",
        json!([]),
    );
    assert!(
        brief_html
            .as_str()
            .unwrap_or("")
            .contains("<strong>35 dB(A)</strong>"),
        "{brief_html}"
    );
    assert!(s.text_of("#challenge-criteria").contains("Noise reduction"));
    assert!(s.text_of(".page-header").contains("Open"));

    // Every field, exactly, in the edit form.
    s.click("#edit-challenge");
    let expect = [
        ("title", "Quieter circulation pumps"),
        ("challenge_type", "prototype"),
        ("deadline", "2031-03-31"),
        ("lead", "Jonas Weber"),
        (
            "brief",
            "Reach **35 dB(A)** at 1 m.\n\n- test rig available",
        ),
        ("problem", "Blade-pass tones from the volute."),
        ("goals", "Cut 7 dB(A)\nKeep efficiency"),
        ("success_criteria", "ISO 3744 measurement"),
        ("assets_shared", "Noise spectra of 40 units"),
        ("lessons", "Rubber mounts failed ageing at 60 °C"),
        ("constraints", "180 mm installation length"),
        ("incentives.0.kind", "money"),
        ("incentives.0.description", "€10,000 for the best prototype"),
        ("incentives.1.kind", "collaboration"),
        ("incentives.1.description", "Paid joint development"),
        ("rules.ip_regime", "non_exclusive_licence"),
        ("rules.conduct", "Criticise ideas, not people."),
        ("rules.confidentiality", "Shared material is confidential."),
        ("rules.idea_handling", "Screened within 10 working days."),
        ("rules.dispute_resolution", "Independent mediator."),
        ("audience", "open"),
        ("criteria.0.name", "Noise reduction"),
        ("criteria.0.weight", "60"),
        ("risks.0.risk", "Contributors fear for their IP"),
        ("risks.0.mitigation", "Non-exclusive licence only"),
    ];
    for (field, value) in expect {
        assert_eq!(
            s.value_of(&format!("[data-field='{field}']")),
            value,
            "field {field}"
        );
    }
    s.quit();
}

#[test]
fn validation_errors_show_next_to_their_fields() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    s.click("#new-challenge");
    add_row(&s, "criteria");
    s.fill("[data-field='criteria.0.weight']", "500");
    s.click("#save-challenge");
    s.wait_text("#form-errors", "problem");
    let invalid = s.exec(
        "return [...document.querySelectorAll('[aria-invalid=true]')].map(e => e.dataset.field);",
        json!([]),
    );
    let invalid: Vec<&str> = invalid
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(invalid.contains(&"title"), "{invalid:?}");
    assert!(invalid.contains(&"criteria.0.weight"), "{invalid:?}");
    let title_error = s.exec(
        "const el = document.querySelector(\"[data-field='title']\"); return el.closest('.field').querySelector('.field-error').textContent;",
        json!([]),
    );
    assert_eq!(title_error, json!("This field is required."));
    shot(&driver, "05-validation");
    s.quit();
}

#[test]
fn contributors_filter_by_kind_and_expertise() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    let people = [
        ("Fluid Dynamics Lab", "university_lab", "CFD, acoustics"),
        ("Berg Elastomers", "supplier", "elastomers, acoustics"),
        ("Materials Institute", "university_lab", "polymers"),
    ];
    for (name, kind, tags) in people {
        s.click("#nav-contributors");
        s.click("#new-contributor");
        s.type_into("[data-field='name']", name);
        s.set_value("[data-field='kind']", kind);
        s.fill("[data-field='expertise']", tags);
        s.click("#save-contributor");
        s.wait_text("h1", name);
    }
    s.click("#nav-contributors");
    s.wait_text("#contributor-list", "Materials Institute");
    let names = |s: &Session| -> Vec<String> {
        s.exec(
            "return [...document.querySelectorAll('#contributor-list .contributor-name')].map(a => a.textContent);",
            json!([]),
        )
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
    };
    assert_eq!(names(&s).len(), 3);
    s.set_value("#filter-kind", "university_lab");
    s.wait_until(
        "two labs listed",
        "return document.querySelectorAll('#contributor-list .contributor-name').length === 2;",
    );
    assert_eq!(names(&s), vec!["Fluid Dynamics Lab", "Materials Institute"]);
    s.set_value("#filter-expertise", "acoustics");
    s.wait_until(
        "one acoustics lab",
        "return document.querySelectorAll('#contributor-list .contributor-name').length === 1;",
    );
    assert_eq!(names(&s), vec!["Fluid Dynamics Lab"]);
    shot(&driver, "06-contributors-filtered");
    s.set_value("#filter-kind", "");
    s.wait_until(
        "both acoustics people",
        "return document.querySelectorAll('#contributor-list .contributor-name').length === 2;",
    );
    assert_eq!(names(&s), vec!["Berg Elastomers", "Fluid Dynamics Lab"]);
    s.set_value("#filter-kind", "customer");
    s.wait_text("#contributor-list", "No contributor matches");
    s.quit();
}

#[test]
fn editing_a_published_agreement_makes_a_new_version() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    s.click("#nav-agreements");
    s.click("#new-agreement");
    s.type_into("[data-field='title']", "Mutual NDA");
    s.set_value("[data-field='kind']", "nda");
    s.fill(
        "[data-field='draft']",
        "Keep each other's secrets for 3 years.",
    );
    s.click("#save-agreement");
    s.wait_text("#draft-state", "Not published");
    auto_confirm(&s);
    s.click("#publish-agreement");
    s.wait_text("#agreement-versions", "Version 1");
    let v1 = s.text_of("#agreement-versions li[data-version='1']");
    assert!(
        v1.contains("Keep each other's secrets for 3 years."),
        "{v1}"
    );
    let v1_sha = s.exec(
        "return document.querySelector(\"#agreement-versions li[data-version='1'] code\").textContent;",
        json!([]),
    );
    // sha256("Keep each other's secrets for 3 years.")
    assert_eq!(v1_sha.as_str().unwrap().len(), 64);

    s.click("#edit-agreement");
    s.fill(
        "[data-field='draft']",
        "Keep each other's secrets for 5 years.",
    );
    s.click("#save-agreement");
    s.wait_text("#draft-state", "Unpublished changes");
    auto_confirm(&s);
    s.click("#publish-agreement");
    s.wait_text("#agreement-versions", "Version 2");
    s.exec("document.querySelectorAll('#agreement-versions details').forEach(d => d.open = true); return true;", json!([]));
    let v2 = s.text_of("#agreement-versions li[data-version='2']");
    assert!(v2.contains("5 years"), "{v2}");
    let v1_after = s.text_of("#agreement-versions li[data-version='1']");
    assert!(
        v1_after.contains("Keep each other's secrets for 3 years."),
        "{v1_after}"
    );
    assert!(!v1_after.contains("5 years"), "{v1_after}");
    let v1_sha_after = s.exec(
        "return document.querySelector(\"#agreement-versions li[data-version='1'] code\").textContent;",
        json!([]),
    );
    assert_eq!(v1_sha, v1_sha_after, "version 1's hash never changes");
    shot(&driver, "07-agreement-versions");
    s.quit();
}

#[test]
fn hostile_text_is_shown_harmlessly() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    let title = r#"<img src=x onerror="window.__pwned=1">"#;
    s.click("#new-challenge");
    s.type_into("[data-field='title']", title);
    s.fill(
        "[data-field='brief']",
        "Intro\n\n<script>window.__pwned=2</script>\n\n[click me](javascript:window.__pwned=3)\n\n<a href=\"javascript:window.__pwned=4\" onclick=\"window.__pwned=5\">raw link</a>",
    );
    s.click("#save-challenge");
    s.wait("#challenge-brief");
    assert_eq!(s.text_of("h1"), title, "the title shows as literal text");
    let pwned = "return typeof window.__pwned;";
    assert_eq!(s.exec(pwned, json!([])), json!("undefined"));
    let brief = s
        .exec(
            "return document.querySelector('#challenge-brief').innerHTML;",
            json!([]),
        )
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(!brief.contains("<script"), "{brief}");
    assert!(!brief.contains("javascript:"), "{brief}");
    assert!(!brief.contains("onclick"), "{brief}");
    assert_eq!(
        s.exec("return document.querySelectorAll('img').length;", json!([])),
        json!(0),
        "no image element was created"
    );
    s.exec(
        "document.querySelectorAll('#challenge-brief a').forEach(a => a.click()); return true;",
        json!([]),
    );
    assert_eq!(s.exec(pwned, json!([])), json!("undefined"));
    // The list, the edit form and the activity log show it as text too.
    s.click("#nav-challenges");
    s.wait_text("#challenge-list", title);
    s.click("#nav-activity");
    s.wait_text("#activity-table", title);
    assert_eq!(s.exec(pwned, json!([])), json!("undefined"));
    assert_eq!(
        s.exec("return document.querySelectorAll('img').length;", json!([])),
        json!(0)
    );
    shot(&driver, "08-hostile-text");
    s.quit();
}

#[test]
fn organization_and_people_are_edited_in_workspace_settings() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    s.click("#nav-workspace");
    s.wait_text("#key-fingerprint", " ");
    s.type_into(
        "#workspace-form [data-field='name']",
        "Brightwater Pumps GmbH",
    );
    s.click("[data-field='people'] > button");
    s.type_into("[data-field='people.1.name']", "Jonas Weber");
    s.fill("[data-field='people.1.role']", "R&D lead");
    s.click("#save-workspace");
    s.wait_text("#org-name", "Brightwater Pumps GmbH");
    shot(&driver, "09-workspace-settings");
    s.quit();
    let s = driver.launch();
    s.wait_text("#org-name", "Brightwater Pumps GmbH");
    s.click("#nav-workspace");
    assert_eq!(s.value_of("[data-field='people.1.name']"), "Jonas Weber");
    assert_eq!(s.value_of("[data-field='people.1.role']"), "R&D lead");
    assert_eq!(s.value_of("[data-field='people.0.name']"), "Maria Keller");
    s.quit();
}

fn hash(s: &Session) -> String {
    s.exec("return location.hash;", json!([]))
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn leaving_a_dirty_form_asks_and_keeping_edits_keeps_them() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    s.click("#new-challenge");
    s.type_into("[data-field='title']", "Half-done idea");
    answer_dialogs(&s, false);

    // The sidebar asks; "Keep editing" stays on the form with the text.
    s.click("#nav-contributors");
    s.wait_until("the app asked", "return window.__asked === 1;");
    assert_eq!(hash(&s), "#/challenges/new");
    assert_eq!(s.value_of("[data-field='title']"), "Half-done idea");

    // So does the back link, and the browser's Back.
    s.click(".back-link");
    s.wait_until("the app asked again", "return window.__asked === 2;");
    s.exec("history.back(); return true;", json!([]));
    s.wait_until("the app asked a third time", "return window.__asked === 3;");
    s.wait_until(
        "back on the form",
        "return location.hash === '#/challenges/new';",
    );
    assert_eq!(s.value_of("[data-field='title']"), "Half-done idea");
    shot(&driver, "10-dirty-form-kept");

    // Discarding leaves.
    answer_dialogs(&s, true);
    s.click("#nav-contributors");
    s.wait_text("h1", "Contributors");
    assert_eq!(hash(&s), "#/contributors");
    s.quit();
}

#[test]
fn a_filtered_paged_contributor_list_survives_opening_one_and_going_back() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    // 55 labs and 3 suppliers, created through the app's own commands
    // (typing them would take minutes).
    s.exec(
        "window.__seeded = false;
         (async () => {
           const make = (name, kind, tags) => window.__TAURI__.core.invoke('create_contributor', { input: {
             name, entity: 'organization', kind, affiliation: '', expertise: tags, groups: [],
             contact: { email: '', phone: '', website: '' }, notes: '', recognition: [] } });
           for (let i = 1; i <= 55; i++) await make(`Lab ${String(i).padStart(2, '0')}`, 'university_lab', ['acoustics']);
           for (const n of ['Supplier A', 'Supplier B', 'Supplier C']) await make(n, 'supplier', ['elastomers']);
           window.__seeded = true;
         })().catch((e) => { window.__seeded = 'seeding failed: ' + JSON.stringify(e); });
         return true;",
        json!([]),
    );
    s.wait_until(
        "contributors created",
        "if (typeof window.__seeded === 'string') throw new Error(window.__seeded); return window.__seeded === true;",
    );
    s.click("#nav-contributors");
    s.wait_text(".list-count", "58 contributors");
    let rows = "return document.querySelectorAll('#contributor-list .contributor-name').length;";
    assert_eq!(s.exec(rows, json!([])), json!(50), "one page of 50");

    s.set_value("#filter-kind", "university_lab");
    s.wait_text(".list-count", "55 contributors");
    s.click("#list-next");
    s.wait_text("#list-page", "Page 2 of 2");
    s.wait_text("#contributor-list", "Lab 51");
    let h = hash(&s);
    assert!(
        h.contains("kind=university_lab") && h.contains("page=2"),
        "{h}"
    );
    assert_eq!(s.exec(rows, json!([])), json!(5));
    shot(&driver, "11-contributors-page-2");

    // Open one, then the browser's Back: the same filter and page.
    s.click("#contributor-list .contributor-name");
    s.wait_text("h1", "Lab 51");
    s.exec("history.back(); return true;", json!([]));
    s.wait_text("#list-page", "Page 2 of 2");
    assert_eq!(s.value_of("#filter-kind"), "university_lab");
    assert_eq!(s.exec(rows, json!([])), json!(5));
    assert!(s.text_of("#contributor-list").contains("Lab 55"));

    // The page's own back link restores them too.
    s.click("#contributor-list .contributor-name");
    s.wait_text("h1", "Lab 51");
    s.click(".back-link");
    s.wait_text("#list-page", "Page 2 of 2");
    assert_eq!(s.value_of("#filter-kind"), "university_lab");
    assert_eq!(hash(&s), h);
    s.quit();
}

#[test]
fn wrong_criterion_weights_come_back_as_field_errors() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    s.click("#new-challenge");
    s.fill("[data-field='title']", "Weighing ideas");
    add_row(&s, "criteria");
    s.fill("[data-field='criteria.0.name']", "Noise reduction");
    for bad in ["-5", "abc"] {
        s.fill("[data-field='criteria.0.weight']", bad);
        s.click("#save-challenge");
        s.wait_until(
            "the weight is marked invalid",
            "return document.querySelector(\"[data-field='criteria.0.weight']\").getAttribute('aria-invalid') === 'true';",
        );
        let message = s.exec(
            "return document.querySelector(\"[data-field='criteria.0.weight']\").closest('.row-editor').querySelector('.field-error').textContent;",
            json!([]),
        );
        let message = message.as_str().unwrap_or_default().to_owned();
        assert!(!message.trim().is_empty(), "weight {bad}: no message");
        let page = s
            .exec("return document.body.innerText;", json!([]))
            .as_str()
            .unwrap_or_default()
            .to_owned();
        for leak in [
            "invalid args",
            "expected u32",
            "invalid value",
            "invalid type",
        ] {
            assert!(
                !page.contains(leak),
                "weight {bad}: {leak:?} on the page: {page}"
            );
        }
        assert_eq!(hash(&s), "#/challenges/new", "weight {bad} was not saved");
    }
    shot(&driver, "12-weight-errors");
    s.quit();
}

/// True when nothing on the page sticks out sideways: no horizontal
/// scrolling, every button and table inside the window, and no table column
/// squeezed to a sliver by a long word elsewhere.
fn nothing_overflows(s: &Session) -> bool {
    s.exec(
        "const m = document.getElementById('main');
         const inside = [...document.querySelectorAll('button, a.button, table, .page-header, .card')]
           .every((e) => { const r = e.getBoundingClientRect(); return r.width === 0 || r.right <= window.innerWidth + 1; });
         const columns = [...document.querySelectorAll('th')].every((th) => th.getBoundingClientRect().width >= 48);
         return inside && columns && m.scrollWidth <= m.clientWidth + 1 && document.documentElement.scrollWidth <= window.innerWidth + 1;",
        json!([]),
    ) == json!(true)
}

#[test]
fn long_words_wrap_and_an_empty_agreement_explains_why_it_cannot_be_published() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    // 200 characters without a break (the longest title the core accepts).
    let word = format!("{}Rotor", "Pumpenkennlinie".repeat(13));
    s.click("#nav-agreements");
    s.click("#new-agreement");
    s.fill("[data-field='title']", &word);
    s.click("#save-agreement");
    s.wait_text("#draft-state", "Not published");
    assert!(nothing_overflows(&s), "agreement page overflows");

    // The draft is empty: publishing explains why instead of asking.
    answer_dialogs(&s, true);
    s.click("#publish-agreement");
    s.wait_text("#publish-problems", "Write the agreement text");
    assert_eq!(s.exec("return window.__asked;", json!([])), json!(0));
    assert!(!s.text_of("#publish-problems").contains("draft:"));

    s.click("#nav-challenges");
    s.click("#new-challenge");
    s.fill("[data-field='title']", &word);
    s.fill("[data-field='brief']", &format!("See {word}"));
    add_row(&s, "criteria");
    s.fill("[data-field='criteria.0.name']", &word);
    s.fill("[data-field='criteria.0.weight']", "10");
    s.click("#save-challenge");
    s.wait("#challenge-criteria");
    assert!(nothing_overflows(&s), "challenge page overflows");
    assert!(s
        .text_of("#audience-note")
        .contains("Only your organization"));
    s.click(".back-link");
    s.wait("#challenge-list a.item-card");
    assert!(nothing_overflows(&s), "challenge list overflows");
    s.click("#nav-activity");
    s.wait_text("#activity-table", "Pumpenkennlinie");
    assert!(nothing_overflows(&s), "activity table overflows");
    shot(&driver, "13-long-words");
    s.quit();
}
