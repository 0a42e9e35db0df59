//! End-to-end tests: the real desktop app, driven through tauri-driver under
//! Xvfb, each with its own data directory. Screenshots land in
//! target/e2e-shots/ for people to look at.

use serde_json::{json, Value};

use crate::support::driver::Driver;
use crate::support::target_dir;
use crate::support::webdriver::Session;
use crate::support::{cli_ok as cli, cut_in_half};

fn shot(d: &Driver, name: &str) {
    d.screenshot(&target_dir().join("e2e-shots").join(format!("{name}.png")));
}

/// A screenshot without the toasts of earlier steps in front of the page.
fn clean_shot(d: &Driver, s: &Session, name: &str) {
    s.exec(
        "document.querySelectorAll('#toasts > *').forEach((t) => t.remove()); return true;",
        json!([]),
    );
    shot(d, name);
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

// ---- ideas: the journey of issue 6 -----------------------------------------

/// Picks a record in a search picker the way a user does: types into its box
/// and clicks the match that names `name`.
fn pick(s: &Session, search_box: &str, text: &str, name: &str) {
    s.fill(search_box, text);
    s.wait_until(
        &format!("a match for {name:?} under {search_box}"),
        &format!(
            "const box = document.querySelector({search_box:?});
             const list = box && box.parentElement.querySelector('.picker-results');
             const b = list && [...list.querySelectorAll('button')].find((b) => b.textContent.includes({name:?}));
             if (b) b.dataset.e2e = 'pick';
             return Boolean(b);"
        ),
    );
    s.click("[data-e2e='pick']");
    s.wait_until(
        &format!("{name:?} picked"),
        &format!(
            "const box = document.querySelector({search_box:?});
             return [...box.parentElement.querySelectorAll('.picked-item')].some((li) => li.textContent.includes({name:?}));"
        ),
    );
}

/// The id of the record on screen, from the address (`#/ideas/<id>`).
fn id_in_hash(s: &Session) -> String {
    hash(s)
        .trim_start_matches('#')
        .split('/')
        .nth(2)
        .unwrap_or_default()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// Opens the review screen of an idea from its page, scores it as
/// `reviewer` (None: the user, the default) and saves. Returns the weighted
/// total the screen previewed.
fn review_idea(s: &Session, idea: &str, scores: [&str; 2], note: &str) -> String {
    s.click(&format!("#ranking-table a[href='#/ideas/{idea}']"));
    s.click("#review-idea");
    s.wait("#review-form");
    s.fill("#score-0", scores[0]);
    s.fill("#score-1", scores[1]);
    let preview = s.wait_text("#review-preview", "preview): ");
    s.fill("[data-field='note']", note);
    s.click("#save-review");
    s.wait_text("#idea-reviews", note);
    preview
}

fn ranking(s: &Session) -> Vec<Value> {
    s.exec(
        "return [...document.querySelectorAll('#ranking-table tbody tr')].map((tr) => ({
           id: tr.dataset.id,
           cells: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
         }));",
        json!([]),
    )
    .as_array()
    .cloned()
    .unwrap_or_default()
}

#[test]
fn ideas_are_gated_by_agreements_reviewed_blind_ranked_selected_and_rejected_as_lessons() {
    let started = std::time::Instant::now();
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);

    // The NDA the challenge requires, published as version 1.
    s.click("#nav-agreements");
    s.click("#new-agreement");
    s.type_into("[data-field='title']", "Mutual NDA");
    s.set_value("[data-field='kind']", "nda");
    s.fill(
        "[data-field='draft']",
        "Each party keeps the other's confidential information secret for 3 years.",
    );
    s.click("#save-agreement");
    s.wait_text("#draft-state", "Not published");
    auto_confirm(&s);
    s.click("#publish-agreement");
    s.wait_text("#agreement-versions", "Version 1");

    // Three contributors of different kinds; the lab accepts the NDA now.
    let people = [
        ("Ines Duarte", "person", "independent_inventor", ""),
        (
            "Fluid Dynamics Lab",
            "organization",
            "university_lab",
            "TU Delft",
        ),
        ("Lena Vogt", "person", "expert", "TU Delft"),
    ];
    for (name, entity, kind, affiliation) in people {
        s.click("#nav-contributors");
        s.click("#new-contributor");
        s.fill("[data-field='name']", name);
        s.set_value("[data-field='entity']", entity);
        s.set_value("[data-field='kind']", kind);
        if !affiliation.is_empty() {
            s.fill("[data-field='affiliation']", affiliation);
        }
        s.click("#save-contributor");
        s.wait_text("h1", name);
        if name == "Fluid Dynamics Lab" {
            s.wait_until(
                "the NDA is offered",
                "return document.querySelectorAll('#acceptance-version option').length >= 2;",
            );
            s.click("#acceptance-form button[type='submit']");
            s.wait_text("#contributor-acceptances", "v1 accepted");
        }
    }

    // The challenge: requires the NDA, scores Novelty (60) and Cost (40),
    // reviews blind.
    s.click("#nav-challenges");
    s.click("#new-challenge");
    s.fill("[data-field='title']", "Quieter circulation pumps");
    s.set_value("[data-field='deadline']", "2031-03-31");
    s.fill("[data-field='brief']", "Reach **35 dB(A)** at 1 m.");
    add_row(&s, "incentives");
    s.fill(
        "[data-field='incentives.0.description']",
        "€10,000 for the best prototype",
    );
    s.set_value("[data-field='audience']", "open");
    s.click("[data-field='required_agreements'] input[type='checkbox']");
    add_row(&s, "criteria");
    s.fill("[data-field='criteria.0.name']", "Novelty");
    s.fill("[data-field='criteria.0.weight']", "60");
    add_row(&s, "criteria");
    s.fill("[data-field='criteria.1.name']", "Cost");
    s.fill("[data-field='criteria.1.weight']", "40");
    s.click("#f-blind-review");
    s.click("#save-challenge");
    s.wait("#challenge-criteria");
    s.click("button[data-status='open']");
    s.wait("#record-idea");
    let challenge = id_in_hash(&s);

    // Idea A, by Ines: refused until her acceptance of the NDA is recorded.
    s.click("#record-idea");
    s.wait("#idea-form");
    assert_eq!(s.value_of("[data-field='challenge']"), challenge);
    s.type_into("[data-field='title']", "Helmholtz");
    s.fill("[data-field='title']", "Helmholtz resonator in the volute");
    s.fill(
        "[data-field='summary']",
        "A tuned cavity cancels the blade-pass tone.",
    );
    s.fill(
        "[data-field='body']",
        "A **Helmholtz resonator** tuned to the blade-pass frequency.\n\n- no moving parts",
    );
    pick(&s, "#author-search", "Ines", "Ines Duarte");
    s.wait_text(
        "#contribution-check",
        "Record Ines Duarte's acceptance of “Mutual NDA” v1 first",
    );
    // Submitting anyway is refused, with the same advice under Authors.
    s.click("#save-idea");
    s.wait_text("#form-errors", "cannot be recorded yet");
    assert_eq!(hash(&s), format!("#/ideas/new?challenge={challenge}"));
    shot(&driver, "14-idea-refused");
    // Go and record the acceptance on her page, then come back.
    s.click("#contribution-check button[data-action='accept']");
    s.wait_text("h1", "Ines Duarte");
    s.wait_text(".back-callout", "Back to the idea");
    s.click("#acceptance-form button[type='submit']");
    s.wait_text("#contributor-acceptances", "v1 accepted");
    shot(&driver, "15-acceptance-for-the-idea");
    s.click("#back-to-idea");
    s.wait("#idea-form");
    assert_eq!(
        s.value_of("[data-field='title']"),
        "Helmholtz resonator in the volute",
        "the draft came back"
    );
    s.wait_text("#contribution-check", "may contribute");
    s.click("#save-idea");
    s.wait_text("#idea-accepted", "Mutual NDA");
    let idea_a = id_in_hash(&s);
    assert!(s.text_of("#idea-authors").contains("Ines Duarte"));
    assert!(s
        .text_of("#idea-accepted")
        .contains("Ines Duarte accepted Mutual NDA v1"));
    let fingerprint = s.text_of("#idea-fingerprint");
    assert_eq!(fingerprint.len(), 64, "{fingerprint}");

    // Idea B, co-authored by Ines and the lab, with an attachment. The native
    // file dialog cannot be driven through WebDriver: it answers with a file
    // the test wrote, and the app stores it through its attach_file command.
    let sketch = files.path().join("blade-sketch.pdf");
    std::fs::write(&sketch, b"%PDF-1.4 skewed blades, 7 degrees").unwrap();
    s.click("#idea-challenge");
    s.click("#record-idea");
    s.wait("#idea-form");
    s.fill("[data-field='title']", "Skewed impeller blades");
    s.fill(
        "[data-field='summary']",
        "Skewing the blades spreads the tone.",
    );
    pick(&s, "#author-search", "Ines", "Ines Duarte");
    pick(&s, "#author-search", "Fluid", "Fluid Dynamics Lab");
    s.wait_text("#contribution-check", "may contribute");
    answer_open_dialog(&s, &sketch);
    s.click("#attach-file");
    s.wait_text("#attachment-list", "blade-sketch.pdf");
    shot(&driver, "16-idea-form-attachment");
    s.click("#save-idea");
    s.wait_text("#idea-attachments", "blade-sketch.pdf");
    let idea_b = id_in_hash(&s);
    let authors = s.text_of("#idea-authors");
    assert!(
        authors.contains("Ines Duarte") && authors.contains("Fluid Dynamics Lab"),
        "{authors}"
    );
    // Save… writes the stored file where the save dialog says.
    let copy = files.path().join("copy.pdf");
    answer_save_dialog(&s, &copy);
    s.click("#idea-attachments .save-attachment");
    s.wait_until(
        "the copy is saved",
        "return document.querySelector('#toasts').textContent.includes('Saved');",
    );
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        std::fs::read(&sketch).unwrap()
    );

    // Idea C, by the lab.
    s.click("#idea-challenge");
    s.click("#record-idea");
    s.wait("#idea-form");
    s.fill("[data-field='title']", "Variable-speed drive tuning");
    s.fill("[data-field='summary']", "Run the pump off its resonances.");
    pick(&s, "#author-search", "Fluid", "Fluid Dynamics Lab");
    s.wait_text("#contribution-check", "may contribute");
    s.click("#save-idea");
    s.wait_text("#idea-authors", "Fluid Dynamics Lab");
    let idea_c = id_in_hash(&s);

    // The Ideas list, filtered by author.
    s.click("#nav-ideas");
    s.wait_text(".list-count", "3 ideas");
    pick_filter(&s, "#filter-author", "Fluid", "Fluid Dynamics Lab");
    s.wait_text(".list-count", "2 ideas");
    assert!(hash(&s).contains("author="), "{}", hash(&s));
    let listed = s.text_of("#idea-list");
    assert!(
        listed.contains("Skewed impeller blades") && !listed.contains("Helmholtz"),
        "{listed}"
    );
    assert!(listed.contains("1 file"), "{listed}");
    shot(&driver, "17-ideas-list");
    assert!(nothing_overflows(&s), "the ideas list overflows");
    s.click("#filter-author-clear");
    s.wait_text(".list-count", "3 ideas");

    // Reviews. The user scores all three; the review screen is blind.
    s.click(&format!("#idea-list a[href='#/challenges/{challenge}']"));
    s.wait("#ranking-table");
    let a_preview = {
        s.click(&format!("#ranking-table a[href='#/ideas/{idea_a}']"));
        s.click("#review-idea");
        s.wait("#review-form");
        s.wait_text("#blind-note", "Blind review: authors are hidden");
        let main = s.text_of("#main");
        assert!(
            !main.contains("Ines Duarte"),
            "blind review shows an author: {main}"
        );
        assert!(
            s.exec(
                "return document.querySelector('#review-authors') === null;",
                json!([])
            ) == json!(true)
        );
        s.fill("#score-0", "8");
        s.fill("#score-1", "5");
        let preview = s.wait_text("#review-preview", "6.8");
        s.fill("[data-field='note']", "Simple, no moving parts.");
        shot(&driver, "18-review-screen");
        assert!(nothing_overflows(&s), "the review screen overflows");
        s.click("#save-review");
        s.wait_text("#idea-score", "6.8 of 10");
        preview
    };
    assert!(a_preview.contains("preview"), "{a_preview}");
    s.click("#idea-challenge");
    review_idea(
        &s,
        &idea_b,
        ["9", "7"],
        "Promising; tooling cost is moderate.",
    );
    assert!(s.text_of("#idea-score").contains("8.2"));
    s.click("#idea-challenge");
    review_idea(&s, &idea_c, ["4", "8"], "Cheap but hardly new.");
    assert!(s.text_of("#idea-score").contains("5.6"));

    // Lena shares an affiliation with the lab: her review of B is refused,
    // next to the reviewer picker.
    s.click("#idea-challenge");
    s.click(&format!("#ranking-table a[href='#/ideas/{idea_b}']"));
    s.click("#review-idea");
    s.wait("#review-form");
    assert_eq!(
        s.value_of("#score-0"),
        "9",
        "the user's earlier scores are resumed"
    );
    s.set_value("#review-reviewer", "contributor");
    assert_eq!(s.value_of("#score-0"), "", "another reviewer starts empty");
    pick(&s, "#expert-search", "Lena", "Lena Vogt");
    s.fill("#score-0", "7");
    s.fill("#score-1", "7");
    s.click("#save-review");
    let refusal = s.wait_text("#review-reviewer-error", "shares an affiliation");
    assert!(refusal.contains("TU Delft"), "{refusal}");
    assert!(s.text_of("#form-errors").contains("Conflict of interest"));
    assert!(hash(&s).ends_with("/review"));
    shot(&driver, "19-review-conflict");

    // Lena may review A as an outside expert.
    s.click(".back-link");
    s.wait_until(
        "back on B",
        "return !document.querySelector('#review-form');",
    );
    s.click("#idea-challenge");
    s.click(&format!("#ranking-table a[href='#/ideas/{idea_a}']"));
    s.click("#review-idea");
    s.wait("#review-form");
    s.set_value("#review-reviewer", "contributor");
    pick(&s, "#expert-search", "Lena", "Lena Vogt");
    s.fill("#score-0", "6");
    s.fill("#score-1", "7");
    s.wait_text("#review-preview", "6.4");
    s.fill("[data-field='note']", "Check the resonator at part load.");
    s.click("#save-review");
    s.wait_text("#idea-reviews", "Check the resonator at part load.");
    // Means: Novelty (8+6)/2 = 7, Cost (5+7)/2 = 6 → 0.6·7 + 0.4·6 = 6.6.
    s.wait_text("#idea-score", "6.6 of 10");
    assert!(s.text_of("#idea-reviews").contains("outside expert"));

    // A comment as the user, and a reply recorded on behalf of Ines.
    s.fill("#comment-form-text", "Which frequency band does it cover?");
    s.click("#comment-form-post");
    s.wait_text("#idea-comments", "Which frequency band does it cover?");
    s.click("#idea-comments .reply-button");
    let reply_as = s.exec(
        "const sel = document.querySelector('#idea-comments .comment-form select');
         const o = [...sel.options].find((o) => o.textContent.includes('On behalf of Ines Duarte'));
         return [sel.id, o ? o.value : ''];",
        json!([]),
    );
    let select_id = reply_as[0].as_str().unwrap().to_owned();
    s.set_value(&format!("#{select_id}"), reply_as[1].as_str().unwrap());
    let reply_text = format!(
        "#{}",
        select_id.trim_end_matches("-as").to_owned() + "-text"
    );
    s.fill(&reply_text, "180 to 420 Hz, tuned per pump size.");
    s.click(&format!(
        "#{}",
        select_id.trim_end_matches("-as").to_owned() + "-post"
    ));
    s.wait_text("#idea-comments .replies", "180 to 420 Hz");
    assert!(s.text_of("#idea-comments .replies").contains("Ines Duarte"));
    // Editing keeps the earlier version and its fingerprint readable.
    s.click("#edit-idea");
    s.wait("#idea-form");
    s.fill(
        "[data-field='summary']",
        "A tuned cavity cancels the 290 Hz blade-pass tone.",
    );
    s.click("#save-idea");
    s.wait_text("#idea-versions", "Revision 1");
    let new_fingerprint = s.text_of("#idea-fingerprint");
    assert_ne!(
        new_fingerprint, fingerprint,
        "an edit makes a new fingerprint"
    );
    s.exec(
        "document.querySelectorAll('#idea-versions details').forEach((d) => { d.open = true; }); return true;",
        json!([]),
    );
    let versions = s.text_of("#idea-versions");
    assert!(
        versions.contains(&fingerprint)
            && versions.contains("A tuned cavity cancels the blade-pass tone."),
        "{versions}"
    );
    s.exec(
        "document.getElementById('main').scrollTop = 0; return true;",
        json!([]),
    );
    shot(&driver, "20-idea-page");
    assert!(nothing_overflows(&s), "the idea page overflows");

    // The ranking on the challenge page: B 8.2, A 6.6, C 5.6.
    s.click("#idea-challenge");
    s.wait("#ranking-table tbody tr");
    let rows = ranking(&s);
    let order: Vec<&str> = rows
        .iter()
        .map(|r| r["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        order,
        vec![idea_b.as_str(), idea_a.as_str(), idea_c.as_str()]
    );
    let cell = |r: usize, c: usize| rows[r]["cells"][c].as_str().unwrap_or("").to_owned();
    assert_eq!(
        (cell(0, 2), cell(1, 2), cell(2, 2)),
        ("8.2".into(), "6.6".into(), "5.6".into())
    );
    assert_eq!(
        (cell(0, 3), cell(1, 3), cell(2, 3)),
        ("1".into(), "2".into(), "1".into())
    );
    // Mean per criterion: A's Novelty 7 and Cost 6.
    assert_eq!((cell(1, 4), cell(1, 5)), ("7".into(), "6".into()));
    let head = s.text_of("#ranking-table thead");
    assert!(head.contains("Novelty") && head.contains("Cost"), "{head}");
    s.exec(
        "document.querySelector('#ranking-table').closest('.card').scrollIntoView({block: 'start'}); return true;",
        json!([]),
    );
    shot(&driver, "21-challenge-ranking");
    assert!(nothing_overflows(&s), "the challenge page overflows");

    // Select the best idea: screening → evaluation → selected.
    s.click(&format!("#ranking-table a[href='#/ideas/{idea_b}']"));
    for (stage, shown) in [
        ("screening", "Screening"),
        ("evaluation", "Evaluation"),
        ("selected", "Selected"),
    ] {
        s.click(&format!(".page-header button[data-stage='{stage}']"));
        s.wait_text("#idea-stage", shown);
    }

    // Reject C, shared as a lesson: it shows in the challenge's lessons.
    s.click("#idea-challenge");
    s.click(&format!("#ranking-table a[href='#/ideas/{idea_c}']"));
    s.click("#reject-idea");
    s.click("#confirm-reject");
    s.wait_text("#reject-form", "Say why");
    s.fill("#reject-reason", "Retuning alone cannot reach 35 dB(A)");
    s.click("#reject-share");
    shot(&driver, "22-reject-as-lesson");
    s.click("#confirm-reject");
    s.wait_text("#idea-stage", "Rejected");
    assert!(s
        .text_of("#rejection")
        .contains("Retuning alone cannot reach 35 dB(A)"));
    s.click("#idea-challenge");
    s.wait_text(
        "#challenge-lessons",
        "Variable-speed drive tuning — Retuning alone cannot reach 35 dB(A)",
    );
    let stages = s.text_of("#ranking-table");
    assert!(
        stages.contains("Selected") && stages.contains("Rejected"),
        "{stages}"
    );
    s.exec(
        "document.querySelector('#challenge-lessons').scrollIntoView({block: 'center'}); return true;",
        json!([]),
    );
    shot(&driver, "23-challenge-lessons");

    // A duplicate of B (its title one 190-character word), with a comment,
    // merged into B: B credits its authors, the comment moves, the duplicate
    // stays readable as merged.
    let long_title = format!("Angled{}", "Laufradschaufel".repeat(12));
    s.click("#record-idea");
    s.wait("#idea-form");
    s.fill("[data-field='title']", &long_title);
    pick(&s, "#author-search", "Ines", "Ines Duarte");
    s.wait_text("#contribution-check", "may contribute");
    s.click("#save-idea");
    s.wait_text("#idea-authors", "Ines Duarte");
    let idea_d = id_in_hash(&s);
    s.fill("#comment-form-text", "Same as the skewed blades?");
    s.click("#comment-form-post");
    s.wait_text("#idea-comments", "Same as the skewed blades?");
    s.fill("#merge-search", "Skewed");
    s.wait_until(
        "B is offered",
        "const b = [...document.querySelectorAll('.picker-results button')].find((b) => b.textContent.includes('Skewed impeller blades'));
         if (b) b.dataset.e2e = 'merge-into'; return Boolean(b);",
    );
    s.click("[data-e2e='merge-into']");
    s.wait_text("#merge-idea", "Merge into “Skewed impeller blades”");
    s.click("#merge-idea");
    s.wait_text("#merged-from", "AngledLaufradschaufel");
    assert!(nothing_overflows(&s), "the merged-into idea overflows");
    assert_eq!(id_in_hash(&s), idea_b);
    assert!(s
        .text_of("#idea-comments")
        .contains("Same as the skewed blades?"));
    assert!(s
        .text_of("#idea-comments")
        .contains("Moved here from a merged idea"));
    s.click("#merged-from a");
    s.wait_text("#merged-banner", "Merged into Skewed impeller blades");
    assert_eq!(id_in_hash(&s), idea_d);
    assert!(nothing_overflows(&s), "the merged idea overflows");
    shot(&driver, "24-merged-idea");
    s.click("#nav-ideas");
    s.wait_text(".list-count", "4 ideas");
    assert!(s.text_of("#idea-list").contains("Merged"));
    assert!(
        nothing_overflows(&s),
        "the ideas list overflows with a long title"
    );

    // The activity log tells the story in words.
    s.click("#nav-activity");
    let log = s.wait_text("#activity-table", "Rejected the idea");
    for expected in [
        "Recorded the idea Helmholtz resonator in the volute",
        "Reviewed the idea Skewed impeller blades",
        "Moved the idea Skewed impeller blades from evaluation to selected",
        "and shared it as a lesson",
        "Commented on the idea Helmholtz resonator in the volute",
    ] {
        assert!(log.contains(expected), "log lacks {expected:?}: {log}");
    }
    assert!(nothing_overflows(&s), "activity table overflows");
    s.quit();
    eprintln!("ideas journey took {:.1?}", started.elapsed());
}

/// Picks a record in a list filter (a combobox): types, then clicks the match.
fn pick_filter(s: &Session, search_box: &str, text: &str, name: &str) {
    s.fill(search_box, text);
    let list = format!("{search_box}-results");
    s.wait_until(
        &format!("a match for {name:?} in {list}"),
        &format!(
            "const b = [...document.querySelectorAll('{list} button')].find((b) => b.textContent.includes({name:?}));
             if (b) b.dataset.e2e = 'filter-pick';
             return Boolean(b);"
        ),
    );
    s.click("[data-e2e='filter-pick']");
    s.wait_until(
        &format!("the {search_box} filter shows {name:?}"),
        &format!(
            "const chip = document.querySelector('{search_box}-chip');
             return Boolean(chip && !chip.hidden && chip.textContent.includes({name:?}));"
        ),
    );
}

// ---- working together: the journey of issue 7 --------------------------------

/// The starting point the ideas journey builds through the UI — an open
/// challenge that requires a published NDA, three contributors who accepted
/// it, and an idea by two of them — made here through the app's own commands.
/// Returns (challenge id, idea id).
fn seed_open_challenge_with_an_idea(s: &Session) -> (String, String) {
    s.exec(
        "window.__seeded = false;
         (async () => {
           const inv = window.__TAURI__.core.invoke;
           const contributor = async (name, entity, kind, tags, affiliation) => (await inv('create_contributor', { input: {
             name, entity, kind, affiliation, expertise: tags, groups: [],
             contact: { email: '', phone: '', website: '' }, notes: '', recognition: [] } })).id;
           const lab = await contributor('Fluid Dynamics Lab', 'organization', 'university_lab', ['CFD', 'acoustics'], 'TU Delft');
           const berg = await contributor('Berg Elastomers', 'organization', 'supplier', ['elastomers', 'acoustics'], '');
           const ines = await contributor('Ines Duarte', 'person', 'independent_inventor', ['acoustics'], '');
           const nda = await inv('create_agreement', { input: { title: 'Mutual NDA', kind: 'nda', summary: '',
             draft: 'Each party keeps the other party confidential information secret for 3 years.' } });
           await inv('publish_agreement', { id: nda.id, revision: null });
           for (const c of [lab, berg, ines]) await inv('record_acceptance', { agreement: nda.id, version: null, contributor: c });
           const ch = await inv('create_challenge', { input: {
             title: 'Quieter circulation pumps', brief: 'Reach **35 dB(A)** at 1 m.', problem: '', goals: [], success_criteria: [],
             assets_shared: [], lessons: [], constraints: [], challenge_type: 'prototype', lead: 'Maria Keller', deadline: '2031-03-31',
             audience: { kind: 'open', contributors: [], groups: [] },
             rules: { conduct: '', confidentiality: '', idea_handling: '', dispute_resolution: 'The lead decides after hearing both sides.', ip_regime: 'none' },
             required_agreements: [nda.id],
             incentives: [{ id: null, kind: 'money', description: 'EUR 10,000 for the best prototype' },
                          { id: null, kind: 'recognition', description: 'Named in the launch press release' }],
             criteria: [{ id: null, name: 'Novelty', weight: 60, description: '' }], risks: [], decisions: [], blind_review: false } });
           await inv('set_challenge_status', { id: ch.id, revision: null, status: 'open' });
           const idea = await inv('create_idea', { input: { challenge: ch.id, title: 'Skewed impeller blades',
             summary: 'Skewing the blades spreads the blade-pass tone.', body: '', authors: [ines, lab], attachments: [] } });
           window.__seeded = { challenge: ch.id, idea: idea.id };
         })().catch((e) => { window.__seeded = 'seeding failed: ' + JSON.stringify(e); });
         return true;",
        json!([]),
    );
    s.wait_until(
        "the challenge and its idea exist",
        "if (typeof window.__seeded === 'string') throw new Error(window.__seeded); return typeof window.__seeded === 'object' && window.__seeded !== null;",
    );
    let seeded = s.exec("return window.__seeded;", json!([]));
    (
        seeded["challenge"].as_str().unwrap().to_owned(),
        seeded["idea"].as_str().unwrap().to_owned(),
    )
}

/// The id of the sub-problem whose title contains `title`.
fn sub_problem_id(s: &Session, title: &str) -> String {
    s.wait_until(
        &format!("the sub-problem {title:?} is listed"),
        &format!(
            "return [...document.querySelectorAll('#subproblem-tree .sp-node')].some((li) => li.querySelector('.sp-title').textContent.includes({title:?}));"
        ),
    );
    s.exec(
        "return [...document.querySelectorAll('#subproblem-tree .sp-node')].find((li) => li.querySelector('.sp-title').textContent.includes(arguments[0])).dataset.id;",
        json!([title]),
    )
    .as_str()
    .unwrap()
    .to_owned()
}

/// The number a dashboard shows for `metric` (its text), once it is there.
fn metric(s: &Session, scope: &str, metric: &str) -> String {
    let css = format!("{scope} [data-metric='{metric}']");
    s.wait_until(
        &format!("{css} is shown"),
        &format!("return Boolean(document.querySelector({css:?}));"),
    );
    s.exec(
        "return document.querySelector(arguments[0]).textContent.trim();",
        json!([css]),
    )
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

/// The id of the first element matching `css` (forms made per record have
/// ids that carry the record's id).
fn id_of(s: &Session, css: &str) -> String {
    s.wait(css);
    s.exec(
        "return document.querySelector(arguments[0]).id;",
        json!([css]),
    )
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

#[test]
fn a_challenge_runs_from_divided_work_to_delivered_rewards() {
    let started = std::time::Instant::now();
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    let (challenge, idea) = seed_open_challenge_with_an_idea(&s);
    // The list on screen was drawn before the seeding: draw it again.
    s.exec(
        "window.dispatchEvent(new Event('opencall:reload')); return true;",
        json!([]),
    );
    s.click(&format!(
        "#challenge-list a[href='#/challenges/{challenge}']"
    ));
    s.wait_text("#work-packages", "No sub-problems yet");

    // Split the challenge into two sub-problems with expertise tags.
    for (title, tags) in [
        ("Acoustic model of the volute", "acoustics, CFD"),
        ("Elastomer mounts that survive 60 °C", "elastomers"),
    ] {
        s.click("#add-subproblem");
        s.fill("#sp-title", title);
        s.fill("#sp-expertise", tags);
        s.set_value("#sp-due", "2031-01-31");
        s.click("#sp-submit");
        s.wait_text("#subproblem-tree", title);
    }
    let model = sub_problem_id(&s, "Acoustic model");
    let mounts = sub_problem_id(&s, "Elastomer mounts");
    assert_eq!(s.text_of("#subproblem-count"), "0 of 2 done");

    // Who could take the model: the lab matches both tags, so it comes first,
    // with the matching tags shown; one click claims it for the lab.
    s.click(&format!("li[data-id='{model}'] .sp-candidates"));
    s.wait(&format!("#candidates-{model} li"));
    let candidates = s.exec(
        "return [...document.querySelectorAll(`#candidates-${arguments[0]} > li`)].map((li) => ({
           name: li.querySelector('.candidate-name').textContent,
           matching: [...li.querySelectorAll('.chip.match')].map((c) => c.textContent.replace('✓', '').trim()),
         }));",
        json!([model]),
    );
    assert_eq!(
        candidates[0]["name"],
        json!("Fluid Dynamics Lab"),
        "{candidates}"
    );
    assert_eq!(
        candidates[0]["matching"],
        json!(["acoustics", "CFD"]),
        "{candidates}"
    );
    assert_eq!(
        candidates.as_array().unwrap().len(),
        3,
        "everyone with acoustics: {candidates}"
    );
    clean_shot(&driver, &s, "25-who-could-take-this");
    s.click(&format!(
        "#candidates-{model} > li:first-child .candidate-claim"
    ));
    s.wait_text(
        &format!("li[data-id='{model}'] .sp-claimed"),
        "Fluid Dynamics Lab",
    );
    // The mounts go to Berg, found with the contributor picker.
    s.click(&format!("li[data-id='{mounts}'] .sp-claim"));
    pick(&s, &format!("#claim-{mounts}"), "Berg", "Berg Elastomers");
    s.click(&format!("li[data-id='{mounts}'] .sp-claim-confirm"));
    s.wait_text(
        &format!("li[data-id='{mounts}'] .sp-claimed"),
        "Berg Elastomers",
    );
    assert!(s
        .text_of(&format!("li[data-id='{mounts}']"))
        .contains("Claimed"));

    // The lab finishes the model: half the work is done.
    s.click(&format!(
        "li[data-id='{model}'] button.sp-status[data-status='done']"
    ));
    s.wait_text("#subproblem-count", "1 of 2 done");
    assert_eq!(s.text_of("#subproblem-completion .progress-text"), "50%");

    // A question recorded on behalf of Ines, waiting for the lead.
    s.fill("#ask-text", "May we measure at our own test rig?");
    s.set_value("#ask-as", "contributor");
    pick(&s, "#ask-as-contributor", "Ines", "Ines Duarte");
    s.click("#ask-submit");
    s.wait_text("#open-questions", "May we measure at our own test rig?");
    assert_eq!(s.text_of("#unanswered-count"), "1 question to answer");
    assert_eq!(s.text_of("#questions-to-answer"), "1 question to answer");
    assert!(s
        .text_of("#open-questions")
        .contains("Asked by Ines Duarte"));

    // The dashboard so far: half the work, one open question.
    s.click("#open-dashboard");
    s.wait("#dashboard");
    assert_eq!(metric(&s, "#dashboard", "subproblems.done"), "1");
    assert_eq!(metric(&s, "#dashboard", "subproblems.total"), "2");
    assert_eq!(metric(&s, "#dashboard", "subproblems.completion"), "50%");
    assert_eq!(metric(&s, "#dashboard", "open_questions"), "1");
    assert_eq!(metric(&s, "#dashboard", "funnel.submitted"), "1");
    s.click("#dashboard-challenge");
    s.wait("#open-questions");

    // The lead answers publicly: it joins the FAQ.
    let answer = id_of(&s, "#open-questions .answer-text");
    s.fill(
        &format!("#{answer}"),
        "Yes, any rig that measures to ISO 3744.",
    );
    s.click("#open-questions .answer-public");
    s.click("#open-questions .answer-form button[type='submit']");
    s.wait_text("#faq", "Yes, any rig that measures to ISO 3744.");
    assert!(s
        .text_of("#faq")
        .contains("May we measure at our own test rig?"));
    assert_eq!(s.text_of("#unanswered-count"), "No open questions");

    // Berg raises a dispute about the idea; a note; the lead resolves it.
    s.fill(
        "#dispute-text",
        "The skewed blades copy our 2019 mount patent.",
    );
    s.set_value("#dispute-by", "contributor");
    pick(&s, "#dispute-by-contributor", "Berg", "Berg Elastomers");
    s.set_value("#dispute-about", &idea);
    s.click("#dispute-submit");
    s.wait_text("#disputes-open", "2019 mount patent");
    assert!(s
        .text_of("#disputes-open")
        .contains("About the idea Skewed impeller blades"));
    assert_eq!(s.text_of("#open-disputes-count"), "1 open dispute");
    s.click("#disputes-open .dispute-actions summary");
    let note = id_of(&s, "#disputes-open textarea[id$='-note']");
    s.fill(
        &format!("#{note}"),
        "The patent covers mounts, not blade geometry.",
    );
    s.click("#disputes-open .note-form button[type='submit']");
    s.wait_text("#disputes-open", "The patent covers mounts");
    s.click("#disputes-open .dispute-actions summary");
    let resolution = id_of(&s, "#disputes-open textarea[id$='-resolution']");
    s.fill(
        &format!("#{resolution}"),
        "No overlap: the idea stands, and Berg is thanked for the review.",
    );
    s.click("#disputes-open .resolve-form button[type='submit']");
    s.wait_text("#disputes-resolved", "No overlap: the idea stands");
    let record = s.text_of("#disputes-resolved");
    assert!(record.contains("Decided by Maria Keller"), "{record}");
    assert!(record.contains("The patent covers mounts"), "{record}");
    assert_eq!(s.text_of("#open-disputes-count"), "No open disputes");

    // Select the idea: one obligation per incentive per author.
    s.click(&format!("#ranking-table a[href='#/ideas/{idea}']"));
    for (stage, shown) in [
        ("screening", "Screening"),
        ("evaluation", "Evaluation"),
        ("selected", "Selected"),
    ] {
        s.click(&format!(".page-header button[data-stage='{stage}']"));
        s.wait_text("#idea-stage", shown);
    }
    s.click("#idea-challenge");
    s.wait_text("#obligations", "EUR 10,000 for the best prototype");
    let groups = s.exec(
        "return [...document.querySelectorAll('#obligations .obligation-group')].map((g) => [g.querySelector('h3').textContent, g.querySelectorAll('li.obligation').length]);",
        json!([]),
    );
    let mut groups: Vec<(String, u64)> = groups
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g[0].as_str().unwrap().to_owned(), g[1].as_u64().unwrap()))
        .collect();
    groups.sort();
    assert_eq!(
        groups,
        vec![
            ("Fluid Dynamics Lab".to_owned(), 2),
            ("Ines Duarte".to_owned(), 2)
        ]
    );
    assert_eq!(
        s.text_of("#obligation-summary"),
        "4 outstanding · 0 overdue · 0 delivered · 0 waived"
    );

    // Deliver the lab's money, with the transfer as evidence.
    let money = s
        .exec(
            "return [...document.querySelectorAll('#obligations li.obligation')].find((li) =>
               li.closest('.obligation-group').querySelector('h3').textContent === 'Fluid Dynamics Lab' && li.textContent.includes('EUR 10,000')).dataset.id;",
            json!([]),
        )
        .as_str()
        .unwrap()
        .to_owned();
    s.click(&format!("li[data-id='{money}'] .deliver-button"));
    s.fill(
        &format!("#settle-{money}-note"),
        "Paid on 2 April, transfer BW-0042.",
    );
    s.click(&format!("#settle-{money}-submit"));
    s.wait_until(
        "the money is delivered",
        &format!("return document.querySelector(\"li[data-id='{money}']\").dataset.status === 'delivered';"),
    );
    assert!(s
        .text_of(&format!("li[data-id='{money}']"))
        .contains("Paid on 2 April, transfer BW-0042."));
    assert_eq!(
        s.text_of("#obligation-summary"),
        "3 outstanding · 0 overdue · 1 delivered · 0 waived"
    );
    s.exec(
        "document.getElementById('work-packages').scrollIntoView({block: 'start'}); return true;",
        json!([]),
    );
    clean_shot(&driver, &s, "26-challenge-working-together");
    assert!(nothing_overflows(&s), "the challenge page overflows");

    // Each step on the dashboard.
    s.click("#open-dashboard");
    s.wait("#dashboard");
    for (name, expected) in [
        ("subproblems.done", "1"),
        ("subproblems.total", "2"),
        ("subproblems.completion", "50%"),
        ("open_questions", "0"),
        ("open_disputes", "0"),
        ("obligations.outstanding", "3"),
        ("obligations.overdue", "0"),
        ("obligations.delivered", "1"),
        ("funnel.selected", "1"),
        ("funnel.submitted", "0"),
        ("ideas", "1 idea"),
        ("participants.university_lab", "1"),
        ("participants.independent_inventor", "1"),
    ] {
        assert_eq!(metric(&s, "#dashboard", name), expected, "metric {name}");
    }
    // Every chart is an image with its numbers in words (a bar chart also
    // as a table, behind "Show the numbers").
    let charts = s.exec(
        "return [...document.querySelectorAll('#dashboard figure')].map((f) => {
           const svg = f.querySelector('svg');
           return {role: svg.getAttribute('role'), label: svg.getAttribute('aria-label'),
                   table: f.classList.contains('ring-figure') || Boolean(f.querySelector('details table caption'))};
         });",
        json!([]),
    );
    for chart in charts.as_array().unwrap() {
        assert_eq!(chart["role"], json!("img"), "{chart}");
        assert_eq!(chart["table"], json!(true), "{chart}");
    }
    let funnel = s.exec(
        "return document.querySelector('#chart-funnel svg').getAttribute('aria-label');",
        json!([]),
    );
    let funnel = funnel.as_str().unwrap_or_default();
    assert!(
        funnel.starts_with("Ideas by stage: ")
            && funnel.contains("Selected 1")
            && funnel.contains("Submitted 0"),
        "{funnel}"
    );
    let ring = s.exec(
        "return document.querySelector('#chart-completion svg').getAttribute('aria-label');",
        json!([]),
    );
    assert!(
        ring.as_str()
            .unwrap_or_default()
            .starts_with("Sub-problem completion: "),
        "{ring}"
    );
    clean_shot(&driver, &s, "27-dashboard");
    assert!(nothing_overflows(&s), "the dashboard overflows");
    // The portfolio shows the same numbers for this challenge.
    s.click("#nav-portfolio");
    let card = format!("#portfolio [data-challenge='{challenge}']");
    assert_eq!(metric(&s, &card, "open_disputes"), "0");
    assert_eq!(metric(&s, &card, "obligations.outstanding"), "3");
    assert_eq!(metric(&s, &card, "funnel.selected"), "1");
    clean_shot(&driver, &s, "28-portfolio");

    // The lab's page: what it gave and what it received.
    s.click("#nav-leaderboard");
    s.wait_text("#leaderboard-table", "Fluid Dynamics Lab");
    clean_shot(&driver, &s, "29-leaderboard");
    s.click("#leaderboard-table a.contributor-name");
    s.wait("#contributor-gave");
    let lab_gave = s.text_of("#contributor-gave");
    assert!(lab_gave.contains("Skewed impeller blades"), "{lab_gave}");
    assert!(
        lab_gave.contains("Acoustic model of the volute"),
        "{lab_gave}"
    );
    let lab_received = s.text_of("#contributor-received");
    assert!(
        lab_received.contains("EUR 10,000 for the best prototype")
            && lab_received.contains("Delivered"),
        "{lab_received}"
    );

    // The report, saved where the (stubbed) save dialog says.
    s.click("#nav-challenges");
    s.click(&format!(
        "#challenge-list a[href='#/challenges/{challenge}']"
    ));
    for (button, name) in [
        ("#export-report-html", "report.html"),
        ("#export-report-md", "report.md"),
    ] {
        let path = files.path().join(name);
        answer_save_dialog(&s, &path);
        s.click(button);
        s.wait_until(
            "the report is saved",
            &format!("const text = document.querySelector('#toasts').textContent; return text.includes('Saved') && text.includes('{name}');"),
        );
        let report = std::fs::read_to_string(&path).unwrap();
        assert!(
            report.contains("Quieter circulation pumps"),
            "{name} lacks the title"
        );
        assert!(
            report.contains("Yes, any rig that measures to ISO 3744."),
            "{name} lacks the FAQ answer"
        );
    }

    // Dark and right-to-left, for people to look at.
    s.click("#open-dashboard");
    s.wait("#dashboard");
    dark(&s, true);
    clean_shot(&driver, &s, "30-dashboard-dark");
    s.click("#dashboard-challenge");
    s.wait("#work-packages");
    s.exec(
        "document.getElementById('work-packages').scrollIntoView({block: 'start'}); return true;",
        json!([]),
    );
    clean_shot(&driver, &s, "31-challenge-dark");
    s.click("#open-dashboard");
    s.wait("#dashboard");
    s.exec(
        "document.documentElement.dir = 'rtl'; window.dispatchEvent(new Event('opencall:reload')); return true;",
        json!([]),
    );
    s.wait_until(
        "the funnel is drawn right to left",
        "const bar = document.querySelector('#chart-funnel .chart-bar'); const track = document.querySelector('#chart-funnel .chart-track');
         return document.documentElement.dir === 'rtl' && bar && track && Math.abs((+track.getAttribute('x') + +track.getAttribute('width')) - (+bar.getAttribute('x') + +bar.getAttribute('width'))) < 0.5;",
    );
    clean_shot(&driver, &s, "32-dashboard-dark-rtl");
    s.quit();
    eprintln!("working-together journey took {:.1?}", started.elapsed());
}

#[test]
fn a_sub_problem_is_edited_in_place_on_the_challenge_page() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    let (challenge, _idea) = seed_open_challenge_with_an_idea(&s);
    s.exec(
        "window.dispatchEvent(new Event('opencall:reload')); return true;",
        json!([]),
    );
    s.click(&format!(
        "#challenge-list a[href='#/challenges/{challenge}']"
    ));
    s.wait_text("#work-packages", "No sub-problems yet");
    s.click("#add-subproblem");
    s.fill("#sp-title", "Acoustic model of the volute");
    s.fill("#sp-expertise", "acoustics");
    s.click("#sp-submit");
    let id = sub_problem_id(&s, "Acoustic model");

    // An empty title comes back next to the field, and nothing is saved.
    s.click(&format!("#sp-edit-{id}"));
    s.wait(&format!("#sp-edit-{id}-form"));
    s.fill(&format!("#sp-edit-{id}-title"), "");
    s.click(&format!("#sp-edit-{id}-submit"));
    s.wait(&format!("#sp-edit-{id}-title[aria-invalid='true']"));
    assert!(s
        .text_of("#subproblem-tree")
        .contains("Acoustic model of the volute"));

    // A new title is saved and shown.
    s.fill(
        &format!("#sp-edit-{id}-title"),
        "Acoustic model of the impeller",
    );
    s.click(&format!("#sp-edit-{id}-submit"));
    s.wait_text(&format!("li[data-id='{id}'] .sp-title"), "impeller");
    assert!(!s.text_of("#subproblem-tree").contains("volute"));
    s.quit();
}

// ---- bundles: two firms, two copies of the app ---------------------------------

/// Switches the dark theme on (as a dark system would) or back off: the
/// stylesheet's `prefers-color-scheme: dark` rules are made to apply through
/// the CSSOM (which the CSP allows); the rules it changed are remembered so
/// the light theme can come back for the rest of the journey.
fn dark(s: &Session, on: bool) {
    s.exec(
        "const on = arguments[0]; window.__darkRules = window.__darkRules || [];
         if (on) {
           for (const sheet of document.styleSheets) for (const rule of sheet.cssRules)
             if (rule.media && rule.media.mediaText.includes('prefers-color-scheme: dark')) { rule.media.mediaText = 'all'; window.__darkRules.push(rule); }
         } else {
           for (const rule of window.__darkRules) rule.media.mediaText = '(prefers-color-scheme: dark)';
           window.__darkRules = [];
         }
         return true;",
        json!([on]),
    );
}

/// Scrolls the card holding `css` to the top of the page (for screenshots).
fn scroll_to(s: &Session, css: &str) {
    s.wait(css);
    s.exec(
        "const el = document.querySelector(arguments[0]).closest('section') || document.querySelector(arguments[0]);
         const main = document.getElementById('main');
         main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
         return true;",
        json!([css]),
    );
}

/// The narrow test hook for native file dialogs (WebDriver cannot drive
/// them): the next "open" answers `path`.
fn answer_open_dialog(s: &Session, path: &std::path::Path) {
    s.exec(
        "const path = arguments[0]; window.__TAURI__.dialog.open = async () => [path]; return true;",
        json!([path.display().to_string()]),
    );
}

/// The next "save" answers `path`.
fn answer_save_dialog(s: &Session, path: &std::path::Path) {
    s.exec(
        "const path = arguments[0]; window.__TAURI__.dialog.save = async () => path; return true;",
        json!([path.display().to_string()]),
    );
}

/// Marks the first element under `scope` whose text contains `text` (so a
/// real click can go to it) and returns its selector.
fn mark(s: &Session, scope: &str, text: &str, tag: &str) -> String {
    s.wait_until(
        &format!("{text:?} under {scope}"),
        &format!(
            "const el = [...document.querySelectorAll({scope:?})].find((e) => e.textContent.includes({text:?}));
             document.querySelectorAll('[data-e2e={tag:?}]').forEach((x) => delete x.dataset.e2e);
             if (el) el.dataset.e2e = {tag:?};
             return Boolean(el);"
        ),
    );
    format!("[data-e2e='{tag}']")
}

/// Imports the bundle at `path` through the sidebar's "Import bundle…" and
/// waits for its preview.
fn open_bundle(s: &Session, path: &std::path::Path) {
    answer_open_dialog(s, path);
    // What an earlier import left on screen must not pass for this one.
    s.exec(
        "document.querySelectorAll('#import-preview, #import-error').forEach((e) => e.remove()); return true;",
        json!([]),
    );
    s.click("#import-bundle");
    s.wait_until(
        "the import preview (or its refusal) of this file",
        &format!(
            "return decodeURIComponent(location.hash).includes({:?}) && Boolean(document.querySelector('#import-preview, #import-error'));",
            path.display().to_string()
        ),
    );
    let refusal = s.exec(
        "const e = document.querySelector('#import-error'); return e ? e.textContent : null;",
        json!([]),
    );
    assert!(refusal.is_null(), "the bundle was refused: {refusal}");
}

/// Records `contributor`'s acceptance of the latest version of the agreement
/// whose title contains `agreement`, on the contributor's page.
fn accept_on_contributor_page(s: &Session, agreement: &str) {
    s.wait("#acceptance-form");
    let value = s.exec(
        "const o = [...document.querySelectorAll('#acceptance-agreement option')].find((o) => o.textContent.includes(arguments[0]));
         return o ? o.value : null;",
        json!([agreement]),
    );
    let value = value.as_str().expect("the agreement is offered").to_owned();
    s.set_value("#acceptance-agreement", &value);
    s.wait_until(
        "its versions are offered",
        "return document.querySelectorAll('#acceptance-version option').length >= 2;",
    );
    s.click("#acceptance-form button[type='submit']");
    s.wait_text("#contributor-acceptances", agreement);
}

/// A sponsor (the demo workspace, Brightwater Pumps) and a partner (a fresh
/// workspace, Northwind Labs) exchange a challenge, a response and an update
/// through bundle files, each in its own copy of the app, as people would:
/// clicking and typing. The file dialogs answer paths the test chose.
#[test]
fn bundle_round_trip_between_two_apps() {
    let started = std::time::Instant::now();
    let sponsor_dir = tempfile::tempdir().unwrap();
    let partner_dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    // The sponsor's workspace is the demo: "Quieter circulation pumps" is
    // open, invites Yuki Tanaka (among others) and requires the published
    // mutual NDA and participation rules, which Yuki has not accepted there.
    cli(sponsor_dir.path(), &["demo"]);

    let sponsor_driver = Driver::start(sponsor_dir.path());
    let partner_driver = sponsor_driver.companion(partner_dir.path());
    let sponsor = sponsor_driver.launch();
    let partner = partner_driver.launch();

    // The partner sets up a fresh workspace on the first-run screen.
    partner.type_into("[data-field='organization_name']", "Northwind Labs");
    partner.fill("[data-field='user_name']", "Ava Lindqvist");
    partner.click("#setup-submit");
    partner.wait("#import-bundle");

    // 1. The sponsor sends the challenge to one invited contributor.
    sponsor.click("#nav-challenges");
    let card = mark(
        &sponsor,
        "#challenge-list a.item-card",
        "Quieter circulation pumps",
        "quiet",
    );
    sponsor.click(&card);
    sponsor.wait_text("h1", "Quieter circulation pumps");
    let challenge = id_in_hash(&sponsor);
    sponsor.click("#send-bundle");
    sponsor.wait("#bundle-kind");
    // The invited contributors are chosen to start with; keep only Yuki.
    sponsor.wait_text("#export-items", "Hanna Berg");
    for name in ["Hanna Berg", "Tomás Ortega", "Fluid Dynamics Lab"] {
        sponsor.click(&format!(
            "#bundle-recipients button[aria-label='Remove {name}']"
        ));
    }
    sponsor.wait_until(
        "the preview is for Yuki only",
        "const t = (document.querySelector('#export-items') || {}).textContent || '';
         return t.includes('Yuki Tanaka') && !t.includes('Hanna Berg') && !t.includes('Fluid Dynamics Lab');",
    );
    let leaves = sponsor.text_of("#export-preview");
    for expected in [
        "For Yuki Tanaka",
        "Quieter circulation pumps",
        "Mutual non-disclosure agreement",
        "Participation rules",
        "Contributor profiles",
        "internal notes, risks, decisions, reviews",
    ] {
        assert!(
            leaves.contains(expected),
            "the export preview lacks {expected:?}: {leaves}"
        );
    }
    scroll_to(&sponsor, "#export-preview");
    clean_shot(&sponsor_driver, &sponsor, "40-export-preview");
    dark(&sponsor, true);
    clean_shot(&sponsor_driver, &sponsor, "41-export-preview-dark");
    dark(&sponsor, false);
    let challenge_bundle = files.path().join("Quieter-circulation-pumps.ocbundle");
    answer_save_dialog(&sponsor, &challenge_bundle);
    sponsor.click("#save-bundle");
    sponsor.wait_text("#export-done", "Bundle saved");
    assert!(sponsor
        .text_of("#export-path")
        .contains(&challenge_bundle.display().to_string()));
    assert!(challenge_bundle.exists(), "the bundle was written");

    // A file that is not a bundle is refused in plain words; nothing breaks.
    let junk = files.path().join("not-a-bundle.ocbundle");
    std::fs::write(&junk, b"PK\x03\x04 this is not a zip archive").unwrap();
    answer_open_dialog(&partner, &junk);
    partner.click("#import-bundle");
    let refusal = partner.wait_text("#import-error", "This file cannot be imported");
    assert!(refusal.contains("Nothing was written"), "{refusal}");

    // 2. The partner imports it: an unknown signer must be trusted first.
    open_bundle(&partner, &challenge_bundle);
    assert_eq!(partner.text_of("#import-org"), "Brightwater Pumps");
    let sponsor_key = partner.text_of("#import-key");
    assert_eq!(sponsor_key.len(), 16, "{sponsor_key}");
    let trust = partner.text_of("#import-trust");
    assert!(
        trust.contains("not trusted") && trust.contains(&sponsor_key),
        "{trust}"
    );
    assert!(partner
        .text_of("#import-items")
        .contains("Quieter circulation pumps"));
    assert_eq!(
        partner.exec(
            "return document.querySelector('#import-submit').disabled;",
            json!([])
        ),
        json!(true),
        "Import waits for the trust box"
    );
    clean_shot(
        &partner_driver,
        &partner,
        "42-import-preview-unknown-signer",
    );
    dark(&partner, true);
    clean_shot(&partner_driver, &partner, "43-import-preview-dark");
    dark(&partner, false);
    partner.click("#trust-signer");
    partner.click("#import-submit");
    partner.wait_text("#import-done", "Added");
    partner.wait_text("h1", "Imported from Brightwater Pumps");
    partner.click("#import-open-challenge");
    partner.wait_text("h1", "Quieter circulation pumps");
    assert_eq!(id_in_hash(&partner), challenge, "records keep their ids");
    let banner = partner.text_of("#provenance-banner");
    assert!(
        banner.contains("From Brightwater Pumps") && banner.contains(&sponsor_key),
        "{banner}"
    );
    assert_eq!(
        partner.exec(
            "return !document.querySelector('#edit-challenge') && !document.querySelector('.page-header button[data-status]');",
            json!([])
        ),
        json!(true),
        "a received challenge is read-only"
    );
    clean_shot(&partner_driver, &partner, "44-received-challenge");

    // 3. The partner records Yuki's acceptance of the required agreements.
    let yuki = mark(&partner, "#challenge-audience a", "Yuki Tanaka", "yuki");
    partner.click(&yuki);
    partner.wait_text("h1", "Yuki Tanaka");
    accept_on_contributor_page(&partner, "Mutual non-disclosure agreement");
    accept_on_contributor_page(&partner, "Participation rules");

    // 4. … submits an idea with an attachment, on Yuki's behalf …
    let drawing = files.path().join("resonator-drawing.pdf");
    std::fs::write(&drawing, b"%PDF-1.4 quarter-wave resonator, 82 mm").unwrap();
    partner.click("#nav-challenges");
    let card = mark(
        &partner,
        "#challenge-list a.item-card",
        "Quieter circulation pumps",
        "quiet",
    );
    partner.click(&card);
    partner.click("#record-idea");
    partner.wait("#idea-form");
    partner.fill(
        "[data-field='title']",
        "Quarter-wave resonator in the outlet",
    );
    partner.fill(
        "[data-field='summary']",
        "A tuned side branch cancels the blade-pass tone without moving parts.",
    );
    pick(&partner, "#author-search", "Yuki", "Yuki Tanaka");
    partner.wait_text("#contribution-check", "may contribute");
    answer_open_dialog(&partner, &drawing);
    partner.click("#attach-file");
    partner.wait_text("#attachment-list", "resonator-drawing.pdf");
    partner.click("#save-idea");
    partner.wait_text("#idea-attachments", "resonator-drawing.pdf");
    let idea = id_in_hash(&partner);
    let fingerprint = partner.text_of("#idea-fingerprint");

    // … asks a question (as Yuki: the sponsor knows only its contributors) …
    partner.click("#idea-challenge");
    partner.wait("#ask-form");
    assert!(
        partner.value_of("#ask-as").starts_with("contributor:"),
        "on a received challenge, questions are asked on a contributor's behalf"
    );
    partner.fill(
        "#ask-text",
        "May the resonator extend the housing by 40 mm?",
    );
    partner.click("#ask-submit");
    partner.wait_text("#open-questions", "extend the housing by 40 mm");

    // … and sends the response back.
    partner.click("#send-response");
    partner.wait_text("#response-intro", "Brightwater Pumps");
    partner.wait_text("#export-items", "Quarter-wave resonator in the outlet");
    let leaves = partner.text_of("#export-preview");
    for expected in [
        "extend the housing by 40 mm",
        "Acceptances",
        "Yuki Tanaka",
        "1 attached file",
    ] {
        assert!(
            leaves.contains(expected),
            "the response preview lacks {expected:?}: {leaves}"
        );
    }
    let response_bundle = files.path().join("response.ocbundle");
    answer_save_dialog(&partner, &response_bundle);
    partner.click("#save-bundle");
    partner.wait_text("#export-done", "Bundle saved");

    // 5. The sponsor imports the response, trusting Northwind's key.
    open_bundle(&sponsor, &response_bundle);
    assert_eq!(sponsor.text_of("#import-org"), "Northwind Labs");
    let items = sponsor.text_of("#import-items");
    assert!(
        items.contains("Quarter-wave resonator in the outlet")
            && items.contains("extend the housing"),
        "{items}"
    );
    assert_eq!(
        sponsor.exec(
            "return [...document.querySelectorAll('#import-items tr[data-kind=acceptance]')].filter((tr) => tr.dataset.action === 'add').length;",
            json!([])
        ),
        json!(2),
        "both acceptances are new to the sponsor"
    );
    sponsor.click("#trust-signer");
    sponsor.click("#import-submit");
    sponsor.wait("#import-done");
    sponsor.click(&format!("#import-items a[href='#/ideas/{idea}']"));
    let provenance = sponsor.wait_text("#idea-provenance", "Received from Northwind Labs");
    assert!(provenance.contains("key"), "{provenance}");
    assert!(sponsor
        .text_of("#kept-by")
        .contains("Kept by Northwind Labs"));
    assert_eq!(
        sponsor.exec("return !document.querySelector('#edit-idea');", json!([])),
        json!(true),
        "a partner's idea is read-only at the sponsor"
    );
    assert_eq!(sponsor.text_of("#idea-fingerprint"), fingerprint);
    assert!(sponsor
        .text_of("#idea-accepted")
        .contains("Yuki Tanaka accepted Mutual non-disclosure agreement v2"));
    assert!(sponsor
        .text_of("#idea-attachments")
        .contains("resonator-drawing.pdf"));
    clean_shot(&sponsor_driver, &sponsor, "50-received-idea");

    // 6. The sponsor answers the question publicly and selects the idea.
    sponsor.click("#idea-challenge");
    let question = mark(
        &sponsor,
        "#open-questions li.question",
        "extend the housing by 40 mm",
        "question",
    );
    let qid = sponsor
        .exec(
            "return document.querySelector(arguments[0]).dataset.id;",
            json!([question]),
        )
        .as_str()
        .unwrap()
        .to_owned();
    sponsor.fill(
        &format!("#answer-{qid}-text"),
        "Yes, up to 40 mm; the installation length limit is 180 mm.",
    );
    sponsor.click(&format!("#answer-{qid}-public"));
    sponsor.click(&format!("#answer-{qid}-submit"));
    sponsor.wait_text("#faq", "up to 40 mm");
    sponsor.click(&format!("#ranking-table a[href='#/ideas/{idea}']"));
    for (stage, shown) in [
        ("screening", "Screening"),
        ("evaluation", "Evaluation"),
        ("selected", "Selected"),
    ] {
        sponsor.click(&format!(".page-header button[data-stage='{stage}']"));
        sponsor.wait_text("#idea-stage", shown);
    }

    // 7. … and sends Yuki an update.
    sponsor.click("#idea-challenge");
    sponsor.click("#send-bundle");
    sponsor.click("#bundle-kind-update");
    sponsor.wait_text("#export-preview", "Choose recipients");
    pick(&sponsor, "#partner-search", "Yuki", "Yuki Tanaka");
    sponsor.wait_text("#export-items", "Receipts");
    let leaves = sponsor.text_of("#export-items");
    assert!(
        leaves.contains("Quarter-wave resonator in the outlet"),
        "{leaves}"
    );
    let update_bundle = files.path().join("update.ocbundle");
    answer_save_dialog(&sponsor, &update_bundle);
    sponsor.click("#save-bundle");
    sponsor.wait_text("#export-done", "Bundle saved");

    // 8. The partner imports the update: the sponsor is trusted by now.
    open_bundle(&partner, &update_bundle);
    let trust = partner.text_of("#import-trust");
    assert!(trust.contains("You trust this key since"), "{trust}");
    partner.click("#import-submit");
    partner.wait("#import-done");
    partner.click("#import-open-challenge");
    partner.wait_text(
        "#faq",
        "Yes, up to 40 mm; the installation length limit is 180 mm.",
    );
    partner.click(&format!("#ranking-table a[href='#/ideas/{idea}']"));
    partner.wait_text("#idea-stage", "Selected");
    assert!(partner
        .text_of("#stage-by-sponsor")
        .contains("Brightwater Pumps"));
    assert!(partner
        .text_of("#idea-provenance")
        .contains("Stage last set by Brightwater Pumps"));
    let receipt = partner.wait_text("#idea-receipts", "Received by Brightwater Pumps");
    assert!(
        receipt.contains("fingerprint") && receipt.contains(&fingerprint),
        "{receipt}"
    );
    assert_eq!(
        partner.exec(
            "return [...document.querySelectorAll('#idea-receipts .badge')].map((b) => b.dataset.valid);",
            json!([])
        ),
        json!(["true"]),
        "the receipt's signature checks"
    );
    partner.click("#idea-receipts .check-receipt");
    partner.wait_text("#toasts", "the signature is valid");
    scroll_to(&partner, "#receipts-card");
    clean_shot(&partner_driver, &partner, "45-idea-receipt");
    dark(&partner, true);
    clean_shot(&partner_driver, &partner, "46-idea-receipt-dark");
    dark(&partner, false);
    partner.exec(
        "document.documentElement.dir = 'rtl'; return true;",
        json!([]),
    );
    scroll_to(&partner, "#receipts-card");
    clean_shot(&partner_driver, &partner, "47-idea-receipt-rtl");
    partner.exec(
        "document.documentElement.dir = 'ltr'; return true;",
        json!([]),
    );

    // The log tells the story in words on both sides.
    partner.click("#nav-activity");
    let log = partner.wait_text(
        "#activity-table",
        "Received a signed receipt from Brightwater Pumps",
    );
    for expected in [
        "Imported an update bundle from Brightwater Pumps",
        "Trusted the signing key",
        "Brightwater Pumps moved the idea Quarter-wave resonator in the outlet from submitted to",
        "Brightwater Pumps answered the question",
        "Sent a response bundle on Quieter circulation pumps",
    ] {
        assert!(
            log.contains(expected),
            "the partner's log lacks {expected:?}: {log}"
        );
    }
    clean_shot(&partner_driver, &partner, "49-activity-bundles");
    sponsor.click("#nav-activity");
    let log = sponsor.wait_text(
        "#activity-table",
        "Imported a response bundle from Northwind Labs",
    );
    for expected in [
        "Received the idea Quarter-wave resonator in the outlet from Northwind Labs",
        "Received the question May the resonator extend the housing by 40 mm? from Northwind Labs",
        "Sent an update bundle on Quieter circulation pumps",
    ] {
        assert!(
            log.contains(expected),
            "the sponsor's log lacks {expected:?}: {log}"
        );
    }
    sponsor.click("#nav-workspace");
    sponsor.wait_text("#trusted-keys", "Northwind Labs");
    let history = sponsor.text_of("#bundle-history");
    assert!(
        history.contains("Sent")
            && history.contains("Received")
            && history.contains("Response bundle"),
        "{history}"
    );
    scroll_to(&sponsor, "#exchange");
    clean_shot(&sponsor_driver, &sponsor, "48-settings-keys-and-bundles");

    partner.quit();
    sponsor.quit();
    eprintln!("bundle round trip took {:.1?}", started.elapsed());
}

// ---- backups, a damaged workspace, files given on the command line -------------

/// The dark theme on (as `dark`), given a moment to be drawn before a
/// screenshot.
fn dark_drawn(s: &Session) {
    dark(s, true);
    std::thread::sleep(std::time::Duration::from_millis(300));
}

/// Marks the page so a reload (which forgets every script variable) shows.
fn mark_page(s: &Session) {
    s.exec("window.__notReloaded = true; return true;", json!([]));
}

/// Waits until the page marked by `mark_page` was replaced by a fresh load
/// (scripts may fail while the page goes away: those tries do not count).
fn wait_for_reload(s: &Session) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while s.try_exec(
        "return window.__notReloaded !== true && document.readyState === 'complete';",
        json!([]),
    ) != Ok(Value::Bool(true))
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the window did not reload"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// Backups in the app: made on request, listed with their size, checked
/// (what they hold), restored as a new workspace into an empty folder, and
/// restored in place of this workspace — after which the app reloads and a
/// change made after the backup is gone. On the way, Settings leads to
/// About (Help › About): version, organization, key and data folder.
#[test]
fn backups_are_listed_made_checked_and_restored_in_place() {
    let started = std::time::Instant::now();
    let data = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    cli(data.path(), &["demo"]);
    let driver = Driver::start(data.path());
    let s = driver.launch();
    s.wait_text("#challenge-list", "Quieter circulation pumps");

    // About, from Settings: a modal dialog.
    s.click("#nav-workspace");
    let key_id = s.wait_text("#key-id", "").trim().to_owned();
    s.click("#settings-about");
    s.wait("#about[open]");
    assert_eq!(s.text_of("#about-org"), "Brightwater Pumps");
    assert_eq!(s.text_of("#about-key-id"), key_id);
    assert!(!s.text_of("#about-version").is_empty());
    assert_eq!(
        s.text_of("#about-data-dir"),
        data.path().display().to_string()
    );
    shot(&driver, "65-about");
    dark_drawn(&s);
    shot(&driver, "66-about-dark");
    dark(&s, false);
    s.click("#about-close");
    s.wait_until("About closes", "return !document.getElementById('about');");

    // Backups: from Settings (and the sidebar, and File › Backups…).
    s.click("#settings-backups");
    s.wait_text("h1", "Backups");
    let note = s.text_of("#backups-about");
    for expected in ["every 30 minutes", "newest 10", "signing key"] {
        assert!(note.contains(expected), "{expected:?} not in {note}");
    }
    s.wait_text("#backup-list", "No backup yet");

    s.click("#backup-now");
    s.wait("#backup-list tbody tr");
    let rows = s.exec(
        "return [...document.querySelectorAll('#backup-list tbody tr')].map((r) => ({
           when: r.querySelector('.backup-when').textContent, size: r.querySelector('.backup-size').textContent, name: r.dataset.name }));",
        json!([]),
    );
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    let size = rows[0]["size"].as_str().unwrap();
    assert!(
        size.chars().any(|c| c.is_ascii_digit())
            && (size.contains("kB")
                || size.contains("KB")
                || size.contains("MB")
                || size.contains("byte")),
        "a size: {size}"
    );
    let name = rows[0]["name"].as_str().unwrap().to_owned();
    assert!(
        data.path().join("backups").join(&name).exists(),
        "{name} is in the data folder's backups/"
    );

    // Check: the core verifies it and says what it holds.
    s.click("#backup-list .check-backup");
    s.wait("#backup-list .check-result[data-state='ok']");
    let checked = s.text_of("#backup-list .check-result");
    assert!(
        checked.contains("log entries")
            && checked.contains("attachment")
            && checked.contains("Brightwater Pumps"),
        "{checked}"
    );
    let entries: u64 = s
        .exec(
            "return Number(document.querySelector('#backup-list .check-result').dataset.entries);",
            json!([]),
        )
        .as_u64()
        .unwrap();
    assert!(entries > 20, "the demo's log is in it: {entries}");
    clean_shot(&driver, &s, "60-backups");
    dark(&s, true);
    clean_shot(&driver, &s, "61-backups-dark");
    dark(&s, false);

    // Restore as a new workspace: into an empty folder; this one is untouched.
    let copy = elsewhere.path().join("restored");
    std::fs::create_dir(&copy).unwrap();
    answer_open_dialog(&s, &copy);
    s.click("#backup-list .restore-new");
    s.wait_text("#restore-done", "Restored into a new workspace");
    assert!(s
        .text_of("#restore-done")
        .contains(&format!("OPENCALL_DATA_DIR={}", copy.display())));
    let restored: Value =
        serde_json::from_str(&cli(&copy, &["challenge", "list", "--json"])).unwrap();
    assert_eq!(restored.as_array().map(Vec::len), Some(5), "{restored}");
    // A folder that holds a workspace already is refused in plain words.
    answer_open_dialog(&s, &copy);
    s.click("#backup-list .restore-new");
    s.wait_text("#alerts", "holds a workspace already");
    s.exec(
        "document.querySelectorAll('#alerts > *').forEach((e) => e.remove()); return true;",
        json!([]),
    );

    // A change after the backup…
    s.click("#nav-challenges");
    s.click("#new-challenge");
    s.type_into("[data-field='title']", "Made after the backup");
    s.click("#save-challenge");
    s.wait_text("h1", "Made after the backup");
    s.click("#nav-challenges");
    s.wait_text("#challenge-list", "Made after the backup");

    // …is gone once the backup is restored in place (asked first).
    s.click("#nav-backups");
    s.wait("#backup-list tbody tr");
    answer_dialogs(&s, false);
    s.click("#backup-list .restore-in-place");
    s.wait_until("the question", "return window.__asked === 1;");
    assert!(
        std::fs::read_dir(data.path()).unwrap().flatten().all(|e| !e
            .file_name()
            .to_string_lossy()
            .starts_with("db.before-restore-")),
        "No: nothing restored"
    );
    answer_dialogs(&s, true);
    mark_page(&s);
    s.click("#backup-list .restore-in-place");
    wait_for_reload(&s);
    s.wait_text("#toasts", "Restored the backup made");
    s.click("#nav-challenges");
    s.wait_text("#challenge-list", "Quieter circulation pumps");
    assert!(
        !s.text_of("#challenge-list")
            .contains("Made after the backup"),
        "the change after the backup is gone"
    );
    assert!(
        std::fs::read_dir(data.path()).unwrap().flatten().any(|e| e
            .file_name()
            .to_string_lossy()
            .starts_with("db.before-restore-")),
        "the replaced database is kept aside"
    );
    s.quit();
    eprintln!("backups in the app took {:.1?}", started.elapsed());
}

/// Two backups of the workspace in `dir`, the newest cut short; then its
/// database loses half its bytes.
fn damage_workspace(dir: &std::path::Path) {
    let older: Value = serde_json::from_str(&cli(dir, &["backup", "create", "--json"])).unwrap();
    let newest: Value = serde_json::from_str(&cli(dir, &["backup", "create", "--json"])).unwrap();
    assert_ne!(older["path"], newest["path"]);
    let newest = std::path::PathBuf::from(newest["path"].as_str().unwrap());
    cut_in_half(&newest);
    cut_in_half(&dir.join("db").join("db"));
}

/// A workspace whose database lost half its bytes opens on a screen that
/// lists its backups and checks the newest; its one button restores the
/// newest backup that verifies (here the older one: the newest was cut
/// short), after asking, then starts the app on the restored workspace.
#[test]
fn a_damaged_workspace_offers_its_newest_backup() {
    let started = std::time::Instant::now();
    let data = tempfile::tempdir().unwrap();
    cli(data.path(), &["demo"]);
    damage_workspace(data.path());

    let driver = Driver::start(data.path());
    let s = driver.launch();
    s.wait_text("#damaged h1", "This workspace is damaged");
    let refused = s.wait_text(
        "#backup-list tr.is-newest .check-result[data-state='broken']",
        "Does not verify",
    );
    assert!(
        s.text_of("#backup-list tr.is-newest").contains("Newest"),
        "{refused}"
    );
    assert_eq!(
        s.exec(
            "return document.querySelectorAll('#backup-list tbody tr').length;",
            json!([])
        ),
        json!(2)
    );
    assert_eq!(
        s.text_of("#restore-newest"),
        "Restore the newest backup that verifies"
    );

    // Not without asking: "Cancel" leaves everything as it is.
    answer_dialogs(&s, false);
    s.click("#restore-newest");
    s.wait_until("the question", "return window.__asked === 1;");
    s.wait("#backup-list tr:not(.is-newest) .check-result[data-state='ok']");
    s.wait_until(
        "the button is back",
        "return !document.querySelector('#restore-newest').disabled;",
    );
    shot(&driver, "62-damaged-workspace");
    dark_drawn(&s);
    shot(&driver, "63-damaged-workspace-dark");
    dark(&s, false);
    answer_dialogs(&s, true);
    mark_page(&s);
    s.click("#restore-newest");
    wait_for_reload(&s);
    s.wait_text("#challenge-list", "Quieter circulation pumps");
    s.wait_text("#toasts", "Restored the backup made");
    assert!(
        std::fs::read_dir(data.path()).unwrap().flatten().any(|e| e
            .file_name()
            .to_string_lossy()
            .starts_with("db.before-restore-")),
        "the damaged database is kept aside"
    );
    s.quit();
    eprintln!("the damaged workspace took {:.1?}", started.elapsed());
}

/// A private D-Bus session bus for one test, stopped (by its pid) when
/// dropped, also when the test fails.
struct SessionBus {
    address: String,
    pid: u32,
}

impl SessionBus {
    /// None when dbus-daemon is missing.
    fn start() -> Option<Self> {
        let out = std::process::Command::new("dbus-daemon")
            .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut lines = text.lines();
        let address = lines.next()?.trim().to_owned();
        let pid = lines.next()?.trim().parse().ok()?;
        Some(Self { address, pid })
    }
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        let _ = std::process::Command::new("kill")
            .arg(self.pid.to_string())
            .status();
    }
}

/// A double-click on a bundle (`opencall FILE.ocbundle`) opens the app on
/// its import preview; a second `opencall FILE` while the window is open
/// hands its file to that window (one instance per workspace, over D-Bus)
/// and exits at once.
#[test]
fn the_app_opens_a_bundle_given_on_its_command_line() {
    let started = std::time::Instant::now();
    let sponsor = tempfile::tempdir().unwrap();
    let partner = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    cli(sponsor.path(), &["demo"]);
    let quiet = demo_id(sponsor.path(), "challenge", "Quieter circulation pumps");
    // For one invited contributor (a challenge bundle names its audience).
    let yuki = demo_id(sponsor.path(), "contributor", "Yuki Tanaka");
    let first = files.path().join("quieter pumps.ocbundle");
    cli(
        sponsor.path(),
        &[
            "bundle",
            "export",
            "--challenge",
            &quiet,
            "--recipient",
            &yuki,
            "--to",
            first.to_str().unwrap(),
        ],
    );
    let second = files.path().join("second copy.ocbundle");
    std::fs::copy(&first, &second).unwrap();
    cli(
        partner.path(),
        &["init", "--org", "Northwind Labs", "--user", "Nils"],
    );

    // The single-instance check needs a session bus: a private one.
    let bus = SessionBus::start();
    let env: Vec<(&str, &str)> = bus
        .as_ref()
        .map(|b| vec![("DBUS_SESSION_BUS_ADDRESS", b.address.as_str())])
        .unwrap_or_default();
    let driver = Driver::start_env(partner.path(), &env);
    let s = driver.launch_with_args(&[first.display().to_string()]);
    s.wait("#import-preview");
    assert_eq!(s.text_of("#import-org"), "Brightwater Pumps");
    assert!(s.text_of(".page-header").contains("quieter pumps.ocbundle"));
    assert!(s
        .text_of("#import-items")
        .contains("Quieter circulation pumps"));
    // Handed over once: drawing the page again does not reopen it.
    s.click("#nav-challenges");
    s.wait("#challenge-list, .empty");

    match &bus {
        None => eprintln!("dbus-daemon not found: the second-instance step is skipped"),
        Some(SessionBus { address, .. }) => {
            let t0 = std::time::Instant::now();
            let mut child = std::process::Command::new(crate::support::app_binary())
                .arg(&second)
                .env("OPENCALL_DATA_DIR", partner.path())
                .env("DISPLAY", driver.display())
                .env("DBUS_SESSION_BUS_ADDRESS", address)
                .env("GDK_BACKEND", "x11")
                .env_remove("WAYLAND_DISPLAY")
                .current_dir(files.path())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("start a second opencall");
            let status = loop {
                if let Some(status) = child.try_wait().unwrap() {
                    break status;
                }
                if t0.elapsed() > std::time::Duration::from_secs(20) {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("the second opencall did not hand over its file and exit");
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
            };
            assert!(
                status.success(),
                "the second opencall exits with 0: {status}"
            );
            eprintln!("the second opencall exited after {:.1?}", t0.elapsed());
            s.wait_until(
                "the running window shows the second file's preview",
                &format!(
                    "return new URLSearchParams(location.hash.split('?')[1] || '').get('path') === {:?}
                       && Boolean(document.querySelector('#import-preview'));",
                    second.display().to_string()
                ),
            );
            assert_eq!(s.text_of("#import-org"), "Brightwater Pumps");
        }
    }
    clean_shot(&driver, &s, "64-opened-from-command-line");
    s.quit();
    drop(driver);
    drop(bus);
    eprintln!(
        "bundles from the command line took {:.1?}",
        started.elapsed()
    );
}

// ---- accessibility: axe-core on every view, light and dark, English and Persian ----

/// axe-core's browser build, installed for the tests by
/// `scripts/install-deps.sh test` (pinned there; never shipped in the app).
fn axe_source() -> String {
    let path = std::env::var_os("OPENCALL_AXE_JS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            let cache = std::env::var_os("XDG_CACHE_HOME")
                .map(std::path::PathBuf::from)
                .unwrap_or_else(|| {
                    std::path::PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                        .join(".cache")
                });
            cache.join("opencall-test-axe/node_modules/axe-core/axe.min.js")
        });
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "axe-core missing at {} ({e}): run scripts/install-deps.sh test",
            path.display()
        )
    })
}

/// Opens `#path` and waits until its view is drawn: a fresh page heading
/// (the previous one is marked) and no list still loading. The view on
/// screen is drawn again (after a reload its hash is already the current
/// one).
fn visit(s: &Session, path: &str) {
    s.exec(
        "document.querySelectorAll('#toasts > *').forEach((t) => t.remove());
         document.querySelectorAll('h1').forEach((e) => e.setAttribute('data-axe-seen', ''));
         if (location.hash === arguments[0]) window.dispatchEvent(new CustomEvent('opencall:reload'));
         else location.hash = arguments[0];
         return true;",
        json!([path]),
    );
    s.wait_until(
        &format!("{path} is drawn"),
        "return Boolean(document.querySelector('#main h1:not([data-axe-seen])'))
           && !document.querySelector('[aria-busy=\"true\"]');",
    );
    std::thread::sleep(std::time::Duration::from_millis(250));
}

/// Runs axe on the page (injecting it first when the page has none: the
/// CSP refuses foreign scripts, but WebDriver scripts run outside it, so the
/// source text goes in through `execute/sync`) →
/// `{counts: {impact: n}, passes, bad: [{id, impact, targets}], all: [...]}`.
fn axe_run(s: &Session, source: &str) -> Value {
    if s.exec("return typeof window.axe;", json!([])) != json!("object") {
        s.exec(&format!("{source}\n;return typeof window.axe;"), json!([]));
        assert_eq!(
            s.exec("return typeof window.axe;", json!([])),
            json!("object"),
            "axe-core could not be injected"
        );
    }
    s.exec(
        "window.__axeResult = null;
         window.axe.run(document, {resultTypes: ['violations']}).then((r) => {
           const counts = {minor: 0, moderate: 0, serious: 0, critical: 0};
           const all = r.violations.map((v) => {
             counts[v.impact] = (counts[v.impact] || 0) + v.nodes.length;
             return {id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')),
                     summary: v.nodes.slice(0, 1).map((n) => n.failureSummary).join('')};
           });
           const review = r.incomplete.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
           window.__axeResult = JSON.stringify({counts, all, review, passes: r.passes.length,
             bad: all.filter((v) => v.impact === 'serious' || v.impact === 'critical')});
         }, (e) => { window.__axeResult = JSON.stringify({error: String(e)}); });
         return true;",
        json!([]),
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        if let Value::String(text) = s.exec("return window.__axeResult;", json!([])) {
            let v: Value = serde_json::from_str(&text).unwrap();
            assert!(v["error"].is_null(), "axe failed: {}", v["error"]);
            return v;
        }
        assert!(std::time::Instant::now() < deadline, "axe did not finish");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// What axe does not judge: every chart is an image (role=img) whose
/// aria-label carries every label and number of its table; a status
/// (badge, chip, stat, progress, check result) has words, not only a
/// colour; the current section is marked by more than colour; and in
/// Persian every date field says it is Gregorian and, once it has a date,
/// which day that is in the Solar Hijri calendar (in English none does).
/// → the problems found.
const TEXT_ALTERNATIVES: &str = r#"
const lang = arguments[0];
const problems = [];
const shown = (e) => e.getClientRects().length > 0;
const where = (e) => e.id ? `#${e.id}` : `${e.tagName.toLowerCase()}.${(e.getAttribute('class') || '').trim().split(/\s+/).join('.')}`;
for (const svg of document.querySelectorAll('svg')) {
  if (svg.closest('[aria-hidden="true"]')) continue;
  const name = (svg.getAttribute('aria-label') || '').trim();
  if (svg.getAttribute('role') !== 'img' || !name) { problems.push(`chart ${where(svg)}: no role=img with an aria-label`); continue; }
  const figure = svg.closest('figure');
  if (!figure) continue;
  for (const cell of figure.querySelectorAll('tbody th, tbody td')) {
    if (!name.includes(cell.textContent.trim())) problems.push(`chart ${where(figure)}: ${JSON.stringify(cell.textContent.trim())} is in its table, not in ${JSON.stringify(name)}`);
  }
}
for (const el of document.querySelectorAll('.badge, .chip, .stat, .progress, .check-result, .callout')) {
  if (shown(el) && !el.textContent.trim() && !(el.getAttribute('aria-label') || '').trim()) problems.push(`${where(el)}: a status without words`);
}
for (const bar of document.querySelectorAll('[role="progressbar"]')) {
  if (!(bar.getAttribute('aria-label') || '').trim() || !bar.hasAttribute('aria-valuenow')) problems.push(`progress bar ${where(bar)}: no name or value`);
}
for (const chip of document.querySelectorAll('.candidate-tags .chip')) {
  const words = chip.nextElementSibling;
  if (!words || !words.classList.contains('visually-hidden') || !words.textContent.trim()) problems.push(`tag ${JSON.stringify(chip.textContent.trim())}: covered or not only by colour`);
}
const current = document.querySelector('.nav a[aria-current="page"]');
if (current) {
  const cs = getComputedStyle(current);
  if (Math.max(parseFloat(cs.borderLeftWidth), parseFloat(cs.borderRightWidth)) < 2) problems.push('the current section is marked by colour only');
}
for (const input of document.querySelectorAll('input[type="date"]')) {
  if (!shown(input)) continue;
  const ids = (input.getAttribute('aria-describedby') || '').split(' ');
  const line = [...document.querySelectorAll('.calendar-hint')].find((x) => ids.includes(x.id));
  if (lang !== 'fa') { if (line) problems.push(`date field ${where(input)}: a calendar line in ${lang}`); continue; }
  if (!line || !shown(line)) { problems.push(`date field ${where(input)}: does not say which calendar it uses`); continue; }
  if (!line.textContent.includes('میلادی')) problems.push(`date field ${where(input)}: ${JSON.stringify(line.textContent)} does not say Gregorian`);
  if (input.value && !/[۰-۹]+ [^ ]+ [۰-۹]{4}/.test(line.textContent)) problems.push(`date field ${where(input)} (${input.value}): no Solar Hijri date in ${JSON.stringify(line.textContent)}`);
}
return problems;
"#;

/// How the audit reaches a view.
enum Reach {
    /// The screen as it is (the first run, a damaged workspace).
    AsIs,
    /// `#path`.
    Hash(String),
    /// `#path`, then a click on the first `click` and a wait until `shown`
    /// is displayed (a dialog, a panel, a form's errors).
    Then(String, &'static str, &'static str),
}

struct View {
    name: &'static str,
    reach: Reach,
}

fn view(name: &'static str, path: impl Into<String>) -> View {
    View {
        name,
        reach: Reach::Hash(path.into()),
    }
}

fn view_then(
    name: &'static str,
    path: impl Into<String>,
    click: &'static str,
    shown: &'static str,
) -> View {
    View {
        name,
        reach: Reach::Then(path.into(), click, shown),
    }
}

/// The language the app shows: `lang` remembered as the user's choice (the
/// calendar left to its default, Solar Hijri for Persian), then the window
/// loads again and `ready` waits for its screen.
fn show_in(s: &Session, lang: &str, ready: &str) {
    mark_page(s);
    let _ = s.try_exec(
        "localStorage.setItem('opencall.lang', arguments[0]); localStorage.removeItem('opencall.calendar');
         setTimeout(() => location.reload(), 0); return true;",
        json!([lang]),
    );
    wait_for_reload(s);
    s.wait(ready);
    s.wait_until(
        &format!("the page is in {lang}"),
        &format!("return document.documentElement.lang === {lang:?};"),
    );
}

/// One line of the audit's figures.
struct Figures {
    view: String,
    theme: &'static str,
    lang: &'static str,
    counts: [u64; 4],
    passes: u64,
}

/// The audit: axe-core and the text-alternative checks on each view, the
/// figures of each run, and every serious or critical violation and every
/// missing text alternative found.
struct Audit {
    source: String,
    figures: Vec<Figures>,
    failures: Vec<String>,
    backgrounds: Vec<Value>,
}

impl Audit {
    /// Each of `views`, in English and in Persian, each in the light and the
    /// dark theme. `ready` is what shows the app's screen is there after the
    /// window loaded again in the other language.
    fn screens(&mut self, s: &Session, ready: &str, views: &[View]) {
        for lang in ["en", "fa"] {
            show_in(s, lang, ready);
            answer_dialogs(s, true);
            for theme in ["light", "dark"] {
                dark(s, theme == "dark");
                self.backgrounds.push(s.exec(
                    "return getComputedStyle(document.body).backgroundColor;",
                    json!([]),
                ));
                for v in views {
                    match &v.reach {
                        Reach::AsIs => std::thread::sleep(std::time::Duration::from_millis(250)),
                        Reach::Hash(path) => visit(s, path),
                        Reach::Then(path, click, shown) => {
                            visit(s, path);
                            s.click(click);
                            s.wait(shown);
                            std::thread::sleep(std::time::Duration::from_millis(250));
                        }
                    }
                    self.check(s, v.name, theme, lang);
                    // A dialog opened for the audit closes again.
                    s.exec(
                        "document.querySelectorAll('dialog[open]').forEach((d) => d.close()); return true;",
                        json!([]),
                    );
                }
            }
        }
    }

    fn check(&mut self, s: &Session, name: &str, theme: &'static str, lang: &'static str) {
        let r = axe_run(s, &self.source);
        let c = &r["counts"];
        let count = |impact: &str| c[impact].as_u64().unwrap_or(0);
        let f = Figures {
            view: name.to_owned(),
            theme,
            lang,
            counts: [
                count("critical"),
                count("serious"),
                count("moderate"),
                count("minor"),
            ],
            passes: r["passes"].as_u64().unwrap_or(0),
        };
        eprintln!(
            "axe {:<30} {:<5} {}: critical {} serious {} moderate {} minor {}, {} rules pass; to review by hand: {}",
            name, theme, lang, f.counts[0], f.counts[1], f.counts[2], f.counts[3], f.passes, r["review"]
        );
        for v in r["all"].as_array().unwrap() {
            eprintln!("    {} {}: {}", v["impact"], v["id"], v["targets"]);
        }
        for v in r["bad"].as_array().unwrap() {
            self.failures.push(format!(
                "{name} ({theme}, {lang}): {} [{}] at {} — {}",
                v["id"].as_str().unwrap_or_default(),
                v["impact"].as_str().unwrap_or_default(),
                v["targets"],
                v["summary"].as_str().unwrap_or_default()
            ));
        }
        let problems = s.exec(TEXT_ALTERNATIVES, json!([lang]));
        for p in problems.as_array().unwrap() {
            self.failures.push(format!(
                "{name} ({theme}, {lang}): {}",
                p.as_str().unwrap_or_default()
            ));
        }
        self.figures.push(f);
    }

    /// The figures as a Markdown table on stdout (for a closing note), then
    /// the verdict.
    fn report(self) {
        println!(
            "\n| view | theme | lang | critical | serious | moderate | minor | rules passed |"
        );
        println!("|---|---|---|--:|--:|--:|--:|--:|");
        let mut total = [0u64; 4];
        for f in &self.figures {
            println!(
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                f.view,
                f.theme,
                f.lang,
                f.counts[0],
                f.counts[1],
                f.counts[2],
                f.counts[3],
                f.passes
            );
            for (t, n) in total.iter_mut().zip(f.counts) {
                *t += n;
            }
        }
        println!(
            "| **{} runs** | | | {} | {} | {} | {} | |\n",
            self.figures.len(),
            total[0],
            total[1],
            total[2],
            total[3]
        );
        for pair in self.backgrounds.chunks(2) {
            assert_ne!(pair[0], pair[1], "the dark theme did not apply");
        }
        assert!(
            self.failures.is_empty(),
            "{} accessibility failures (axe-core serious or critical violations, missing text alternatives):\n{}",
            self.failures.len(),
            self.failures.join("\n")
        );
    }
}

/// The id of the demo record of `kind` whose title (or name) contains `text`.
fn demo_id(dir: &std::path::Path, kind: &str, text: &str) -> String {
    let list: Value = serde_json::from_str(&cli(dir, &[kind, "list", "--json"])).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["title"]
                .as_str()
                .or(r["name"].as_str())
                .unwrap_or_default()
                .contains(text)
        })
        .and_then(|r| r["id"].as_str())
        .unwrap_or_else(|| panic!("no {kind} {text:?} in the demo"))
        .to_owned()
}

/// Every screen of the app — the first run, the empty lists of a new
/// workspace, every view of the demo workspace with a new-record form of
/// each kind, a form showing its errors, About, a record that is not there,
/// a refused bundle, and the screen of a damaged workspace — in English and
/// in Persian (right to left), each in the light and the dark theme, is
/// audited by axe-core: any serious or critical violation fails the test,
/// and so does a chart or status without a text alternative or, in
/// Persian, a date field that does not say its calendar. The figures of
/// every run are printed as a table on stdout (`--nocapture`).
#[test]
fn axe_finds_no_serious_or_critical_violations_on_any_view() {
    let started = std::time::Instant::now();
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let mut audit = Audit {
        source: axe_source(),
        figures: Vec::new(),
        failures: Vec::new(),
        backgrounds: Vec::new(),
    };

    // The first run, then the empty lists of the workspace it sets up.
    let s = driver.launch();
    s.wait("#setup-submit");
    audit.screens(
        &s,
        "#setup-submit",
        &[View {
            name: "first run",
            reach: Reach::AsIs,
        }],
    );
    set_up_workspace(&s);
    audit.screens(
        &s,
        "#nav-challenges",
        &[
            view("challenges (none yet)", "#/challenges"),
            view("ideas (none yet)", "#/ideas"),
            view("new idea (nothing open)", "#/ideas/new"),
            view("contributors (none yet)", "#/contributors"),
            view("agreements (none yet)", "#/agreements"),
            view("portfolio (none yet)", "#/portfolio"),
            view("leaderboard (none yet)", "#/leaderboard"),
        ],
    );
    s.quit();

    // The demo workspace.
    cli(data.path(), &["demo"]);
    let quiet = demo_id(data.path(), "challenge", "Quieter circulation pumps");
    let remote = demo_id(data.path(), "challenge", "remote pump monitoring");
    let idea = demo_id(data.path(), "idea", "Helmholtz resonator tuned");
    let person = demo_id(data.path(), "contributor", "Yuki Tanaka");
    let agreement = demo_id(data.path(), "agreement", "Participation rules");
    let s = driver.launch();
    show_in(&s, "en", "#nav-challenges");
    s.wait_text("#challenge-list", "Quieter circulation pumps");
    // The audit must be able to fail: a low-contrast line and a field
    // without a label, put into the page for a moment, are caught. (Line
    // height 2: text taller than its box is "partially obscured" to axe,
    // which then asks for a review instead of judging the contrast.)
    s.exec(
        "document.querySelectorAll('#toasts > *').forEach((t) => t.remove());
         const probe = document.createElement('div'); probe.id = 'axe-probe';
         Object.assign(probe.style, {position: 'fixed', top: '40%', left: '40%', zIndex: '2147483647', background: '#ffffff', padding: '8px'});
         const low = document.createElement('p'); low.textContent = 'A line too faint to read';
         low.style.color = '#c4c4c4'; low.style.background = '#ffffff'; low.style.lineHeight = '2';
         const field = document.createElement('input'); field.type = 'text';
         probe.append(low, field); document.getElementById('main').prepend(probe); return true;",
        json!([]),
    );
    let probe = axe_run(&s, &audit.source);
    let caught: Vec<&str> = probe["bad"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v["id"].as_str())
        .collect();
    for rule in ["color-contrast", "label"] {
        assert!(caught.contains(&rule), "axe did not catch {rule}: {probe}");
    }
    s.exec(
        "document.getElementById('axe-probe').remove(); return true;",
        json!([]),
    );
    let missing = "/nowhere/opencall-missing.ocbundle";
    audit.screens(
        &s,
        "#nav-challenges",
        &[
            view("challenges", "#/challenges"),
            view("challenge", format!("#/challenges/{quiet}")),
            view_then(
                "challenge, who could take a part",
                format!("#/challenges/{quiet}"),
                "#work-packages .sp-candidates",
                "#work-packages .candidates",
            ),
            view("challenge work", format!("#/challenges/{remote}")),
            view("challenge edit", format!("#/challenges/{quiet}/edit")),
            view("new challenge", "#/challenges/new"),
            view_then(
                "new challenge, saved empty",
                "#/challenges/new",
                "#save-challenge",
                "#form-errors li",
            ),
            view(
                "challenge dashboard",
                format!("#/challenges/{remote}/dashboard"),
            ),
            view("send", format!("#/challenges/{quiet}/send")),
            view(
                "challenge not found",
                "#/challenges/00000000-0000-4000-8000-000000000000",
            ),
            view("ideas", "#/ideas"),
            view("idea", format!("#/ideas/{idea}")),
            view("idea review", format!("#/ideas/{idea}/review")),
            view("new idea", format!("#/ideas/new?challenge={quiet}")),
            view("contributors", "#/contributors"),
            view("contributor", format!("#/contributors/{person}")),
            view("new contributor", "#/contributors/new"),
            view("agreements", "#/agreements"),
            view("agreement", format!("#/agreements/{agreement}")),
            view("new agreement", "#/agreements/new"),
            view("portfolio", "#/portfolio"),
            view(
                "leaderboard, since a date",
                "#/leaderboard?since=2025-01-05",
            ),
            view("activity", "#/activity"),
            view("workspace", "#/workspace"),
            view_then("about", "#/workspace", "#settings-about", "#about[open]"),
            view("backups", "#/backups"),
            view("import", "#/import"),
            view(
                "import, a bundle refused",
                format!("#/import?path={missing}"),
            ),
        ],
    );
    s.quit();

    // A damaged workspace: its own screen, before anything else.
    damage_workspace(data.path());
    let s = driver.launch();
    let damaged = "#backup-list tr.is-newest .check-result[data-state='broken']";
    s.wait(damaged);
    audit.screens(
        &s,
        damaged,
        &[View {
            name: "damaged workspace",
            reach: Reach::AsIs,
        }],
    );
    s.quit();

    eprintln!("axe audit took {:.1?}", started.elapsed());
    audit.report();
}

/// Persian, chosen in Workspace settings, applies at once: the page turns
/// right to left, headings are Persian, dates are Solar Hijri in Persian
/// digits; a date field (the system's Gregorian picker) says so under it and
/// names the chosen day in the Solar Hijri calendar as it changes, and says
/// nothing once the Gregorian calendar is chosen; choosing the system's
/// language again brings English back.
#[test]
fn persian_locale_runs_right_to_left() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let s = driver.launch();
    set_up_workspace(&s);
    s.click("#new-challenge");
    s.type_into("[data-field='title']", "Quieter circulation pumps");
    s.set_value("[data-field='deadline']", "2031-03-31");
    s.click("#save-challenge");
    s.wait_until(
        "the new challenge is shown",
        r"return /^#\/challenges\/[0-9a-f-]{36}$/.test(location.hash);",
    );

    s.click("#nav-workspace");
    s.set_value("#settings-language", "fa");
    s.wait_until(
        "the page is right to left",
        "return document.documentElement.dir === 'rtl' && document.documentElement.lang === 'fa';",
    );
    // The shell takes the language (core messages, the menu in Persian and
    // right to left) without an error; the UI sends it on every change.
    assert_eq!(
        s.exec(
            "return window.__TAURI__.core.invoke('set_language', {lang: 'fa'})
               .then(() => 'ok', (e) => JSON.stringify(e));",
            json!([])
        ),
        json!("ok")
    );
    // Drawn again in Persian, now with the calendar choice.
    s.wait("#settings-calendar");
    assert_eq!(s.value_of("#settings-calendar"), "persian");
    assert_eq!(
        s.exec("return localStorage.getItem('opencall.lang');", json!([])),
        json!("fa")
    );
    s.click("#nav-challenges");
    s.wait_text("main h1", "چالش‌ها");
    // 31 March 2031 is in the Solar Hijri year 1410, in Persian digits.
    let meta = s.wait_text(".item-meta", "۱۴۱۰");
    assert!(meta.contains("مهلت"), "a Persian label: {meta}");
    assert!(!meta.contains("2031"), "no Gregorian year: {meta}");
    clean_shot(&driver, &s, "persian-challenges");

    // The deadline field is Gregorian: the line under it says so, with the
    // day in the Solar Hijri calendar (31 March 2031 = 11 Farvardin 1410),
    // and the field names that line for screen readers.
    s.click("#challenge-list a.item-card");
    s.click("#edit-challenge");
    let hint = "[data-for='deadline'] .calendar-hint";
    let line = s.wait_text(hint, "۱۴۱۰");
    assert_eq!(line, "تاریخ میلادی — برابر با ۱۱ فروردین ۱۴۱۰", "{line}");
    assert_eq!(
        s.exec(
            "const f = document.querySelector(\"[data-field='deadline']\");
             return f.getAttribute('aria-describedby').split(' ').includes(document.querySelector(arguments[0]).id);",
            json!([hint]),
        ),
        json!(true)
    );
    s.set_value("[data-field='deadline']", "2026-11-26");
    s.wait_text(hint, "۵ آذر ۱۴۰۵");
    s.set_value("[data-field='deadline']", "");
    s.wait_text(hint, "تاریخ را به تقویم میلادی وارد کنید.");
    s.set_value("[data-field='deadline']", "2031-03-31");
    s.wait_text(hint, "۱۱ فروردین ۱۴۱۰");
    scroll_to(&s, "[data-field='deadline']");
    clean_shot(&driver, &s, "persian-date-field");
    // The core's own messages arrive in Persian (the shell was told the
    // language): save without a title.
    s.set_value("[data-field='title']", "");
    s.click("#save-challenge");
    let error = s.wait_text(".field-error:not([hidden])", "لازم");
    assert_eq!(error.trim(), "این فیلد لازم است.", "{error}");
    s.set_value("[data-field='title']", "Quieter circulation pumps");
    s.click("#save-challenge");
    s.wait_until(
        "the challenge is saved",
        r"return /^#\/challenges\/[0-9a-f-]{36}$/.test(location.hash);",
    );
    // With the Gregorian calendar chosen, dates are shown as the field
    // shows them: no line.
    s.click("#nav-workspace");
    s.set_value("#settings-calendar", "gregorian");
    s.click("#nav-challenges");
    s.click("#challenge-list a.item-card");
    s.click("#edit-challenge");
    s.wait("[data-field='deadline']");
    assert_eq!(
        s.exec(
            "return document.querySelectorAll('.calendar-hint').length;",
            json!([])
        ),
        json!(0)
    );
    s.click("#nav-workspace");
    s.set_value("#settings-calendar", "persian");

    s.click("#nav-workspace");
    s.set_value("#settings-language", "");
    s.wait_until(
        "the page is left to right again",
        "return document.documentElement.dir === 'ltr' && document.documentElement.lang === 'en';",
    );
    s.click("#nav-challenges");
    s.wait_text("main h1", "Challenges");
    s.wait_text(".item-meta", "2031");
    s.quit();
}

// ---- the keyboard alone ---------------------------------------------------------

const TAB: &str = "\u{E004}";
const SHIFT_TAB: &str = "\u{E008}\u{E004}";
const ENTER: &str = "\u{E007}";
const SPACE: &str = "\u{E00D}";
const BACKSPACE: &str = "\u{E003}";
const ARROW_LEFT: &str = "\u{E012}";
const ARROW_RIGHT: &str = "\u{E014}";
const ARROW_DOWN: &str = "\u{E015}";

/// What has the focus: `label` as a screen reader names it (aria-label,
/// its <label>, or its text), `visible` — a focus outline of at least 2 px
/// that is not transparent, or a box shadow, on an element on screen —, and
/// where it is on the page (coordinates with its scroll container's scroll
/// added, so positions compare across scrolling). `key` tells elements
/// apart; `at` says which one it is in terms that are the same in every
/// language (an id, a data-field, or a place under one).
const FOCUSED: &str = r#"
const e = document.activeElement;
if (!e || e === document.body) return {key: 0, tag: 'body', at: 'body', label: '', visible: false};
window.__kbKeys = window.__kbKeys || new WeakMap();
if (!window.__kbKeys.has(e)) window.__kbKeys.set(e, (window.__kbNext = (window.__kbNext || 0) + 1));
const text = (x) => {
  if (!x) return '';
  const copy = x.cloneNode(true);
  copy.querySelectorAll('[aria-hidden="true"], select, option').forEach((n) => n.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
};
const label = (e.getAttribute('aria-label') || '').trim()
  || (e.labels && e.labels.length ? text(e.labels[0]) : '')
  || (['A', 'BUTTON', 'SUMMARY'].includes(e.tagName) ? text(e) : '')
  || e.getAttribute('title') || '';
const cs = getComputedStyle(e);
const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2
  && !/transparent|rgba\([^)]*,\s*0\)/.test(cs.outlineColor);
const shadow = Boolean(cs.boxShadow) && cs.boxShadow !== 'none';
// Who it is, in words that do not depend on the language: a stable id (not
// one form.js numbers), else its data-field, else its tag and classes with
// their place among the same under the nearest ancestor that has one of those.
const generated = (id) => !id || /^f-.+-\d+$/.test(id);
const name = (x) => (!generated(x.id) ? `#${x.id}` : (x.dataset.field ? `[data-field=${x.dataset.field}]`
  : (x.dataset.for ? `[data-for=${x.dataset.for}]` : '')));
let at = name(e);
if (!at) {
  let a = e.parentElement;
  while (a && !name(a)) a = a.parentElement;
  const sel = [e.tagName.toLowerCase(), ...[...e.classList].filter((c) => !c.startsWith('is-'))].join('.');
  at = `${a ? name(a) : ''} ${sel}[${[...(a || document).querySelectorAll(sel)].indexOf(e)}]`.trim();
}
const r = e.getBoundingClientRect();
const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
const scroller = e.closest('.main, .sidebar');
const top = r.top + (scroller ? scroller.scrollTop : window.scrollY);
return {
  key: window.__kbKeys.get(e), tag: e.tagName.toLowerCase(), id: e.id, at, label,
  value: 'value' in e ? String(e.value) : '', visible: (outline || shadow) && onScreen,
  style: `outline ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; box-shadow ${cs.boxShadow}; on screen ${onScreen}`,
  top, bottom: top + r.height, left: r.left, right: r.right,
  rtl: getComputedStyle(document.documentElement).direction === 'rtl',
};
"#;

fn focused(s: &Session) -> Value {
    s.exec(FOCUSED, json!([]))
}

/// Presses `chord` (a key, or keys held together such as Shift+Tab) and
/// returns what has the focus then, which must show it.
fn press(s: &Session, chord: &str) -> Value {
    s.key_actions(&[chord]);
    let f = focused(s);
    assert_eq!(
        f["visible"],
        json!(true),
        "after {chord:?} the focus does not show: {f}"
    );
    f
}

/// Types `text` key by key into whatever has the focus (special keys are
/// WebDriver code points, e.g. ARROW_DOWN).
fn type_keys(s: &Session, text: &str) {
    if text.is_empty() {
        return;
    }
    let keys: Vec<String> = text.chars().map(String::from).collect();
    let chords: Vec<&str> = keys.iter().map(String::as_str).collect();
    s.key_actions(&chords);
}

fn labels(stops: &[Value]) -> Vec<String> {
    stops
        .iter()
        .map(|f| f["label"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn places(stops: &[Value]) -> Vec<String> {
    stops
        .iter()
        .map(|f| f["at"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Presses Tab until the focus is on `css` (at most `max` times) → the
/// stops on the way.
fn tab_to(s: &Session, css: &str, max: usize) -> Vec<Value> {
    let mut stops = Vec::new();
    for _ in 0..max {
        stops.push(press(s, TAB));
        if s.exec(
            "return document.activeElement.matches(arguments[0]);",
            json!([css]),
        ) == json!(true)
        {
            return stops;
        }
    }
    panic!("Tab did not reach {css}; it went {:?}", places(&stops));
}

/// A letter of the Persian alphabet (the Arabic letters it shares, and
/// پ چ ژ ک گ ی).
fn is_persian_letter(c: char) -> bool {
    matches!(
        c,
        '\u{0621}'..='\u{064A}' | 'پ' | 'چ' | 'ژ' | 'ک' | 'گ' | 'ی'
    )
}

/// `text` is Persian: not empty, with Persian letters, and neither a Latin
/// letter nor an ASCII digit (numbers in Persian digits).
fn assert_persian(what: &str, text: &str) {
    assert!(
        text.chars().any(is_persian_letter),
        "{what}: no Persian words in {text:?}"
    );
    assert!(
        !text.chars().any(|c| c.is_ascii_alphanumeric()),
        "{what}: Latin letters or digits in {text:?}"
    );
}

/// Who uses the app in the keyboard journey and what they type, in their
/// language: in Persian, every name and text is Persian too.
struct Journey {
    lang: &'static str,
    rtl: bool,
    org: &'static str,
    user: &'static str,
    /// A contributor (an outside expert), found by typing `author_search`.
    author: &'static str,
    author_search: &'static str,
    challenge: &'static str,
    brief: &'static str,
    prize: &'static str,
    criterion: &'static str,
    idea: &'static str,
    description: &'static str,
    /// Typed over the slider's 7 in the score's own field ("" for nothing),
    /// and the score then: as the slider holds it, as the app shows it.
    retyped_score: &'static str,
    score: (&'static str, &'static str),
    note: &'static str,
}

const IN_ENGLISH: Journey = Journey {
    lang: "en",
    rtl: false,
    org: "Brightwater Pumps",
    user: "Maria Keller",
    author: "Ines Duarte",
    author_search: "Ines",
    challenge: "Quiet pumps",
    brief: "Less noise.",
    prize: "A prize",
    criterion: "Noise",
    idea: "Rubber feet",
    description: "Soft mounts.",
    retyped_score: "",
    score: ("7", "7"),
    note: "Quiet.",
};

const IN_PERSIAN: Journey = Journey {
    lang: "fa",
    rtl: true,
    org: "پمپ‌سازی آب‌روشن",
    user: "مریم کلر",
    author: "اینس دوآرته",
    author_search: "اینس",
    challenge: "پمپ‌های کم‌صداتر",
    brief: "صدای کمتر.",
    prize: "یک جایزه",
    criterion: "صدا",
    idea: "پره‌های مورب",
    description: "پایه‌های نرم.",
    // A Persian keyboard types Persian digits.
    retyped_score: "۸",
    score: ("8", "۸"),
    note: "بی‌صدا.",
};

impl Journey {
    /// The arrow that moves a slider towards its maximum: a slider runs in
    /// the page's direction (on a right-to-left page its maximum is on the
    /// left).
    fn slider_up(&self) -> &'static str {
        if self.rtl {
            ARROW_LEFT
        } else {
            ARROW_RIGHT
        }
    }
}

/// One stop of a keyboard plan: the key pressed to get there ("" when the
/// app moved the focus itself), where the focus must then be (its `at`,
/// the same in every language), its label in English, and what is typed
/// there.
struct Stop {
    key: &'static str,
    at: &'static str,
    en: &'static str,
    then: String,
}

fn stop(key: &'static str, at: &'static str, en: &'static str, then: impl Into<String>) -> Stop {
    Stop {
        key,
        at,
        en,
        then: then.into(),
    }
}

/// Follows `plan` and returns every stop. At each, the focus shows, is
/// where the plan says, and the page runs in the journey's direction; in
/// English the label is the plan's, in Persian it is Persian.
fn keyboard_plan(s: &Session, j: &Journey, what: &str, plan: &[Stop]) -> Vec<Value> {
    let mut stops = Vec::new();
    for p in plan {
        let mut f = if p.key.is_empty() {
            let f = focused(s);
            assert_eq!(f["visible"], json!(true), "the focus does not show: {f}");
            f
        } else {
            press(s, p.key)
        };
        f["moved_by_app"] = json!(p.key.is_empty());
        assert_eq!(
            f["at"].as_str().unwrap_or_default(),
            p.at,
            "{what}: after {:?} the focus is on {f} (so far {:?})",
            p.key,
            places(&stops)
        );
        assert_eq!(
            f["rtl"],
            json!(j.rtl),
            "{what}: the page's direction at {f}"
        );
        let label = f["label"].as_str().unwrap_or_default();
        if j.lang == "en" {
            assert_eq!(
                label,
                p.en,
                "{what}: after {:?} the focus is on {f} (so far {:?})",
                p.key,
                labels(&stops)
            );
        } else {
            assert_persian(&format!("{what}: the label of {}", p.at), label);
        }
        stops.push(f);
        type_keys(s, &p.then);
    }
    stops
}

/// Each focus stop comes after the one before it in reading order: lower on
/// the page, or on the same line further along — to the right on a
/// left-to-right page, to the left on a right-to-left one (`rtl`). Stops on
/// one element (a date's month, day and year) count once; where the app
/// moved the focus itself (to a row it just added above the button) the
/// page changed, so that step is not compared.
fn assert_reading_order(what: &str, stops: &[Value], rtl: bool) {
    let mut distinct: Vec<&Value> = Vec::new();
    for f in stops {
        if distinct.last().is_none_or(|last| last["key"] != f["key"]) {
            distinct.push(f);
        }
    }
    let n = |v: &Value, k: &str| v[k].as_f64().unwrap_or(0.0);
    for pair in distinct.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        assert_eq!(b["rtl"], json!(rtl), "{what}: the page's direction at {b}");
        if b["moved_by_app"] == json!(true) {
            continue;
        }
        let below = n(b, "top") >= n(a, "bottom") - 4.0;
        let same_line = n(b, "top") < n(a, "bottom") && n(b, "bottom") > n(a, "top");
        let further = if rtl {
            n(b, "right") <= n(a, "left") + 4.0
        } else {
            n(b, "left") >= n(a, "right") - 4.0
        };
        assert!(
            below || (same_line && further),
            "{what}: the focus goes from {} to {}, which is before it on the page\n{a}\n{b}",
            a["at"],
            b["at"]
        );
    }
}

/// The page on screen is in the journey's language and direction; in
/// Persian its headings (h1–h3, legends, table headers) are Persian, their
/// numbers in Persian digits.
fn assert_page_in(s: &Session, j: &Journey, what: &str) {
    let page = s.exec(
        "const shown = (x) => x.getClientRects().length > 0;
         return {dir: document.documentElement.dir, lang: document.documentElement.lang,
           headings: [...document.querySelectorAll('main h1, main h2, main h3, main legend, main th')]
             .filter(shown).map((x) => x.textContent.replace(/\\s+/g, ' ').trim()).filter(Boolean)};",
        json!([]),
    );
    assert_eq!(
        page["dir"],
        json!(if j.rtl { "rtl" } else { "ltr" }),
        "{what}: {page}"
    );
    assert_eq!(page["lang"], json!(j.lang), "{what}: {page}");
    let headings: Vec<String> = page["headings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h.as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(!headings.is_empty(), "{what}: no headings");
    eprintln!("{what} ({}): {headings:?}", j.lang);
    if j.lang == "fa" {
        for h in &headings {
            assert_persian(&format!("{what}: a heading"), h);
        }
    }
}

/// Remembers every toast and alert the app shows from now on (they go
/// after a few seconds), in `window.__seen`.
const WATCH_TOASTS: &str = "
window.__seen = [];
const watch = new MutationObserver((changes) => changes.forEach((c) => c.addedNodes.forEach((n) => {
  if (n.nodeType === 1) window.__seen.push({region: c.target.id, text: n.textContent.replace(/\\s+/g, ' ').trim()});
})));
for (const id of ['toasts', 'alerts']) watch.observe(document.getElementById(id), {childList: true});
return true;";

/// The keyboard alone — keys sent to whatever has the focus, no clicks, no
/// focus() from the test — reaches the skip link and the sidebar, creates
/// a challenge (a date typed field by field, rows added with Space and
/// Enter, a select changed with an arrow), opens it, records an idea for
/// it (an author found by typing and chosen with Enter) and reviews it (a
/// score set with the arrow keys on the slider), in `j`'s language. On
/// every form the focus moves in reading order (in the language's
/// direction) through exactly the fields on screen — the same ones, in the
/// same order, in every language —, and every element that gets the focus
/// shows it. At the end the challenge shows its deadline and the ranking
/// and the idea their score in the language's calendar and digits.
fn keyboard_journey(j: &Journey) {
    let data = tempfile::tempdir().unwrap();
    cli(data.path(), &["init", "--org", j.org, "--user", j.user]);
    cli(
        data.path(),
        &["contributor", "add", "--name", j.author, "--kind", "expert"],
    );
    let driver = Driver::start(data.path());
    // Timed from here: the driver waited for any other test's to end.
    let started = std::time::Instant::now();
    let s = driver.launch();
    s.wait(".empty");
    if j.lang != "en" {
        show_in(&s, j.lang, ".empty");
    }
    s.exec(WATCH_TOASTS, json!([]));
    if j.lang == "en" {
        s.wait_text(".empty", "No challenges yet");
    }
    s.wait_until(
        "the page heading has the focus",
        "return document.activeElement && document.activeElement.id === 'page-title';",
    );
    assert_page_in(&s, j, "the empty list of challenges");

    // Back from the page through the sidebar, bottom to top, to the skip
    // link, the first stop of the window; Tab goes down again.
    let sidebar = [
        ("#nav-backups", "Backups"),
        ("#nav-workspace", "Workspace settings"),
        ("#import-bundle", "Import bundle…"),
        ("#nav-activity", "Activity"),
        ("#nav-agreements", "Agreements"),
        ("#nav-leaderboard", "Leaderboard"),
        ("#nav-contributors", "Contributors"),
        ("#nav-ideas", "Ideas"),
        ("#nav-portfolio", "Dashboard"),
        ("#nav-challenges", "Challenges"),
        ("#skip-link", "Skip to content"),
    ]
    .map(|(at, en)| stop(SHIFT_TAB, at, en, ""));
    let mut back = keyboard_plan(
        &s,
        j,
        "Shift+Tab from the page through the sidebar",
        &sidebar,
    );
    back.reverse();
    assert_reading_order("the sidebar", &back, j.rtl);
    assert_eq!(press(&s, TAB)["id"], json!("nav-challenges"));
    assert_eq!(press(&s, SHIFT_TAB)["id"], json!("skip-link"));
    // The skip link jumps over the sidebar to the page.
    s.key_actions(&[ENTER]);
    assert_eq!(focused(&s)["id"], json!("main"));
    let f = press(&s, TAB);
    assert_eq!(f["id"], json!("new-challenge"), "{f}");
    s.key_actions(&[ENTER]);
    s.wait_until(
        "the new challenge form has the focus in its title",
        "return location.hash === '#/challenges/new' && document.activeElement.dataset.field === 'title';",
    );
    assert_page_in(&s, j, "the new challenge form");

    // A challenge, field by field in reading order.
    let challenge_form = keyboard_plan(
        &s,
        j,
        "the challenge form",
        &[
            stop("", "[data-field=title]", "Title", j.challenge),
            stop(TAB, "[data-field=challenge_type]", "Type", ARROW_DOWN),
            // 31 March 2031. The date field is left to right and its parts
            // come in the system's order (WebKit's, not the page's), month,
            // day, year, in Persian too.
            stop(TAB, "[data-field=deadline]", "Deadline", "03"),
            stop(TAB, "[data-field=deadline]", "Deadline", "31"),
            stop(TAB, "[data-field=deadline]", "Deadline", "2031"),
            stop(TAB, "[data-field=lead]", "Lead", ""),
            stop(
                TAB,
                "[data-for=brief] button.button.subtle.small[0]",
                "Preview",
                "",
            ),
            stop(TAB, "#f-brief", "Brief", j.brief),
            stop(TAB, "[data-field=problem]", "Problem statement", ""),
            stop(TAB, "[data-field=goals]", "Goals", ""),
            stop(TAB, "[data-field=success_criteria]", "Success criteria", ""),
            stop(TAB, "[data-field=assets_shared]", "What we share", ""),
            stop(
                TAB,
                "[data-field=lessons]",
                "Lessons learned and what did not work",
                "",
            ),
            stop(TAB, "[data-field=constraints]", "Constraints", ""),
            stop(
                TAB,
                "[data-field=incentives] button.button.subtle[0]",
                "+ Add incentive",
                SPACE,
            ),
            stop("", "[data-field=incentives.0.kind]", "Kind", ""),
            stop(
                TAB,
                "[data-field=incentives.0.description]",
                "What exactly",
                j.prize,
            ),
            stop(
                TAB,
                "[data-field=incentives] button.button.icon[0]",
                "Remove: Incentives 1",
                "",
            ),
            stop(
                TAB,
                "[data-field=incentives] button.button.subtle[0]",
                "+ Add incentive",
                "",
            ),
            stop(
                TAB,
                "[data-field=rules.ip_regime]",
                "Intellectual property",
                "",
            ),
            stop(TAB, "[data-field=rules.conduct]", "Conduct", ""),
            stop(
                TAB,
                "[data-field=rules.confidentiality]",
                "Confidentiality",
                "",
            ),
            stop(
                TAB,
                "[data-field=rules.idea_handling]",
                "How ideas are handled",
                "",
            ),
            stop(
                TAB,
                "[data-field=rules.dispute_resolution]",
                "Dispute resolution",
                "",
            ),
            // Open to anyone: an outside expert may then contribute.
            stop(
                TAB,
                "[data-field=audience]",
                "Who may take part",
                format!("{ARROW_DOWN}{ARROW_DOWN}"),
            ),
            stop(
                TAB,
                "[data-field=criteria] button.button.subtle[0]",
                "+ Add criterion",
                ENTER,
            ),
            stop("", "[data-field=criteria.0.name]", "Criterion", j.criterion),
            stop(TAB, "[data-field=criteria.0.weight]", "Weight", ""),
            stop(
                TAB,
                "[data-field=criteria.0.description]",
                "Description",
                "",
            ),
            stop(
                TAB,
                "[data-field=criteria] button.button.icon[0]",
                "Remove: Evaluation criteria 1",
                "",
            ),
            stop(
                TAB,
                "[data-field=criteria] button.button.subtle[0]",
                "+ Add criterion",
                "",
            ),
            stop(
                TAB,
                "#f-blind-review",
                "Blind review: reviewers don’t see who wrote an idea",
                "",
            ),
            stop(
                TAB,
                "[data-field=risks] button.button.subtle[0]",
                "+ Add risk",
                "",
            ),
            stop(
                TAB,
                "[data-field=decisions] button.button.subtle[0]",
                "+ Add entry",
                "",
            ),
            stop(TAB, "#save-challenge", "Save", ""),
        ],
    );
    assert_reading_order("the challenge form", &challenge_form, j.rtl);
    let values = s.exec(
        "const v = (f) => document.querySelector(`[data-field='${f}']`).value;
         return [v('title'), v('challenge_type'), v('deadline'), v('brief'), v('incentives.0.description'), v('audience'), v('criteria.0.name'), v('criteria.0.weight')];",
        json!([]),
    );
    assert_eq!(
        values,
        json!([
            j.challenge,
            "theoretical",
            "2031-03-31",
            j.brief,
            j.prize,
            "open",
            j.criterion,
            "10"
        ])
    );
    s.key_actions(&[ENTER]);
    s.wait_until(
        "the challenge is saved and its heading has the focus",
        r"return /^#\/challenges\/[0-9a-f-]{36}$/.test(location.hash) && document.activeElement.id === 'page-title';",
    );
    assert_page_in(&s, j, "the new challenge");
    // Its deadline, 31 March 2031: in Persian 11 Farvardin 1410 of the
    // Solar Hijri calendar, in Persian digits.
    let meta = s.text_of(".page-header .subtitle");
    if j.lang == "fa" {
        assert!(meta.contains("۱۱ فروردین ۱۴۱۰"), "{meta}");
        assert!(!meta.chars().any(|c| c.is_ascii_digit()), "{meta}");
    } else {
        assert!(meta.contains("2031"), "{meta}");
    }

    // Open it, then "Record an idea".
    tab_to(&s, "button[data-status='open']", 15);
    s.key_actions(&[ENTER]);
    s.wait_until(
        "the challenge is open",
        "return Boolean(document.querySelector('#record-idea')) && document.activeElement.id === 'page-title';",
    );
    assert_page_in(&s, j, "the open challenge");
    tab_to(&s, "#record-idea", 30);
    s.key_actions(&[ENTER]);
    s.wait_until(
        "the idea form has the focus in its title",
        "return location.hash.startsWith('#/ideas/new') && document.activeElement.dataset.field === 'title';",
    );
    assert_page_in(&s, j, "the new idea form");
    let mut idea_form = keyboard_plan(
        &s,
        j,
        "the idea form",
        &[
            stop("", "[data-field=title]", "Title", j.idea),
            stop(TAB, "[data-field=summary]", "Summary", ""),
            stop(TAB, "#author-search", "Find an author", j.author_search),
        ],
    );
    s.wait("#author-search ~ .picker-results button");
    s.key_actions(&[ENTER]);
    s.wait_text(".picked-item", j.author);
    s.wait("#contribution-check.ok");
    let remove_author = "[data-field=authors] button.button.icon.small[0]";
    idea_form.extend(keyboard_plan(
        &s,
        j,
        "the idea form",
        &[
            stop("", "#author-search", "Find an author", ""),
            stop(SHIFT_TAB, remove_author, "Remove Ines Duarte", ""),
            stop(TAB, "#author-search", "Find an author", ""),
            stop(
                TAB,
                "[data-for=body] button.button.subtle.small[0]",
                "Preview",
                "",
            ),
            stop(TAB, "#f-body", "Description", j.description),
            stop(TAB, "#attach-file", "Attach file…", ""),
            stop(TAB, "#save-idea", "Record idea", ""),
        ],
    ));
    // Shift+Tab went back once: the order is checked without that stop.
    let forward: Vec<Value> = idea_form
        .iter()
        .filter(|f| f["at"] != json!(remove_author))
        .cloned()
        .collect();
    assert_reading_order("the idea form", &forward, j.rtl);
    s.key_actions(&[ENTER]);
    s.wait_until(
        "the idea is recorded and its heading has the focus",
        r"return /^#\/ideas\/[0-9a-f-]{36}$/.test(location.hash) && document.activeElement.id === 'page-title';",
    );
    assert!(s.text_of("#idea-authors").contains(j.author));
    assert_page_in(&s, j, "the new idea");

    // Review it: the score with the arrow keys.
    tab_to(&s, "a[href$='/review']", 30);
    s.key_actions(&[ENTER]);
    s.wait_until(
        "the review form has the focus on the reviewer",
        "return location.hash.endsWith('/review') && document.activeElement.id === 'review-reviewer';",
    );
    assert_page_in(&s, j, "the review form");
    let up = j.slider_up();
    let retype = if j.retyped_score.is_empty() {
        String::new()
    } else {
        format!("{BACKSPACE}{}", j.retyped_score)
    };
    let mut review_form = keyboard_plan(
        &s,
        j,
        "the review form",
        &[
            stop("", "#review-reviewer", "Reviewer", ""),
            stop(TAB, "#score-range-0", "Noise: slider", format!("{up}{up}")),
            stop(TAB, "#score-0", "Noise", ""),
        ],
    );
    assert_eq!(s.value_of("#score-0"), "7");
    review_form.extend(keyboard_plan(
        &s,
        j,
        "the review form",
        &[
            stop(SHIFT_TAB, "#score-range-0", "Noise: slider", ""),
            stop(TAB, "#score-0", "Noise", retype),
            stop(TAB, "[data-field=note]", "Note", j.note),
            stop(TAB, "#save-review", "Save review", ""),
        ],
    ));
    // What was typed in the field moved the slider.
    assert_eq!(s.value_of("#score-range-0"), j.score.0);
    let forward: Vec<Value> = review_form
        .iter()
        .enumerate()
        .filter(|(i, _)| !matches!(i, 3 | 4))
        .map(|(_, f)| f.clone())
        .collect();
    assert_reading_order("the review form", &forward, j.rtl);
    s.key_actions(&[ENTER]);
    s.wait_until(
        "the review is saved",
        r"return /^#\/ideas\/[0-9a-f-]{36}$/.test(location.hash);",
    );
    // The score in the language's digits.
    let score = s.wait_text("#idea-score", j.score.1);
    if j.lang == "fa" {
        assert_persian("the idea's score", &score);
    }
    assert!(s.text_of("#idea-reviews").contains(j.note));
    assert_page_in(&s, j, "the reviewed idea");
    clean_shot(&driver, &s, &format!("keyboard-reviewed-{}", j.lang));

    // The challenge's ranking: the idea first, with that score.
    tab_to(&s, "#idea-challenge", 30);
    s.key_actions(&[ENTER]);
    s.wait("#ranking-table");
    assert_eq!(s.text_of("#ranking-table tbody tr .weighted"), j.score.1);
    assert_eq!(
        s.text_of("#ranking-table tbody tr .rank"),
        if j.lang == "fa" { "۱" } else { "1" }
    );
    assert_page_in(&s, j, "the challenge with its ranking");
    clean_shot(&driver, &s, &format!("keyboard-ranking-{}", j.lang));

    // What the app said on the way: a toast for the challenge made, opened,
    // the idea recorded and the review saved; no alert.
    let seen = s.exec("return window.__seen;", json!([]));
    let seen = seen.as_array().unwrap();
    assert!(
        seen.iter().all(|t| t["region"] == json!("toasts")),
        "an alert on the way: {seen:?}"
    );
    eprintln!("toasts ({}): {seen:?}", j.lang);
    assert_eq!(seen.len(), 4, "{seen:?}");
    if j.lang == "fa" {
        for t in seen {
            assert_persian("a toast", t["text"].as_str().unwrap_or_default());
        }
    }
    assert_eq!(
        s.exec("return document.documentElement.dir;", json!([])),
        json!(if j.rtl { "rtl" } else { "ltr" })
    );
    s.quit();
    eprintln!(
        "the keyboard journey in {} took {:.1?}",
        j.lang,
        started.elapsed()
    );
}

/// The keyboard journey (see `keyboard_journey`) in English.
#[test]
fn keyboard_alone_creates_a_challenge_records_an_idea_and_reviews_it() {
    keyboard_journey(&IN_ENGLISH);
}

/// The same journey in Persian: the page right to left, Persian names and
/// texts typed key by key, the focus through the same elements in the same
/// order (read right to left), every label Persian, and at the end the
/// deadline in the Solar Hijri calendar and the score in Persian digits.
#[test]
fn keyboard_alone_runs_the_journey_in_persian_right_to_left() {
    keyboard_journey(&IN_PERSIAN);
}
