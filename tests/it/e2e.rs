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
    s.exec(
        "const path = arguments[0]; window.__TAURI__.dialog.open = async () => [path]; return true;",
        json!([sketch.display().to_string()]),
    );
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
    s.exec(
        "const path = arguments[0]; window.__TAURI__.dialog.save = async () => path; return true;",
        json!([copy.display().to_string()]),
    );
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
