//! The IPC commands are declared once (src-tauri/src/main.rs, between
//! COMMANDS-BEGIN and COMMANDS-END; build.rs reads them from there). These
//! tests fail when the capability file or the UI's api.js disagree.

use std::collections::BTreeSet;

use crate::support::workspace_root;

fn read(path: &str) -> String {
    std::fs::read_to_string(workspace_root().join(path)).unwrap()
}

fn declared() -> BTreeSet<String> {
    let main = read("src-tauri/src/main.rs");
    let start = main.find("COMMANDS-BEGIN").expect("COMMANDS-BEGIN marker");
    let end = main.find("COMMANDS-END").expect("COMMANDS-END marker");
    main[start..end]
        .split("commands::")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn capability_grants_exactly_the_declared_commands() {
    let caps: serde_json::Value =
        serde_json::from_str(&read("src-tauri/capabilities/main.json")).unwrap();
    let granted: BTreeSet<String> = caps["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .filter_map(|p| p.strip_prefix("allow-"))
        .map(|p| p.replace('-', "_"))
        .collect();
    assert_eq!(granted, declared(), "capabilities/main.json vs main.rs");
}

#[test]
fn the_ui_calls_only_declared_commands_and_every_one_is_used() {
    let api = read("ui/js/api.js");
    let called: BTreeSet<String> = api
        .split("call('")
        .skip(1)
        .filter_map(|rest| rest.split('\'').next())
        .map(str::to_owned)
        .collect();
    assert_eq!(called, declared(), "ui/js/api.js vs main.rs");
}

#[test]
fn every_command_is_a_tauri_command_in_commands_rs() {
    let src = read("src-tauri/src/commands.rs");
    for name in declared() {
        assert!(
            src.contains(&format!("pub fn {name}(")),
            "{name} is declared in main.rs but not defined in commands.rs"
        );
    }
}

/// Every enum the UI labels is the core's own list of names (declared once
/// with `named_enum!`): no value without a label, no label without a value.
#[test]
fn the_ui_labels_exactly_the_core_enum_values() {
    use opencall_core::agreement::AgreementKind;
    use opencall_core::bundle::{BundleKind, ItemAction};
    use opencall_core::challenge::{
        AudienceKind, ChallengeStatus, ChallengeType, DecisionKind, IncentiveKind, IpRegime,
    };
    use opencall_core::contributor::{ContributorKind, EntityKind};
    use opencall_core::record::RecordKind;
    let i18n = read("ui/js/i18n.js");
    let start = i18n.find("enums: {").expect("an enums block in i18n.js");
    let block = &i18n[start..];
    let group = |name: &str| -> BTreeSet<String> {
        let at = block
            .find(&format!("\n    {name}: {{"))
            .unwrap_or_else(|| panic!("no enums.{name} in i18n.js"));
        let body = &block[at..];
        let open = body.find('{').unwrap() + 1;
        let close = body.find('}').unwrap();
        body[open..close]
            .split(',')
            .filter_map(|pair| pair.split(':').next())
            .map(|k| k.trim().to_owned())
            .filter(|k| !k.is_empty())
            .collect()
    };
    let names = |v: Vec<&str>| v.into_iter().map(str::to_owned).collect::<BTreeSet<_>>();
    for (ui, core) in [
        ("challenge_status", names(ChallengeStatus::names())),
        ("challenge_type", names(ChallengeType::names())),
        ("audience", names(AudienceKind::names())),
        ("ip_regime", names(IpRegime::names())),
        ("incentive", names(IncentiveKind::names())),
        ("decision", names(DecisionKind::names())),
        ("contributor_kind", names(ContributorKind::names())),
        ("entity", names(EntityKind::names())),
        ("agreement_kind", names(AgreementKind::names())),
        ("record_kind", names(RecordKind::names())),
        ("record_kind_inline", names(RecordKind::names())),
        ("record_kind_plural", names(RecordKind::names())),
        ("bundle_kind", names(BundleKind::names())),
        ("bundle_kind_inline", names(BundleKind::names())),
        ("import_action", names(ItemAction::names())),
    ] {
        assert_eq!(group(ui), core, "enums.{ui} in ui/js/i18n.js");
    }
}

/// Every locale has exactly the English keys, and each message has the same
/// `{placeholders}` (plural forms included). i18n.js is imported as an ES
/// module by node (it touches `document` only when a locale is set), and its
/// `dictionaries` are dumped as JSON.
#[test]
fn every_locale_has_the_english_keys_and_placeholders() {
    use serde_json::Value;
    use std::collections::BTreeMap;
    let module = workspace_root().join("ui/js/i18n.js");
    let url = format!("file://{}", module.display());
    let script = format!(
        "import({url:?}).then((m) => process.stdout.write(JSON.stringify(m.dictionaries)))"
    );
    let out = std::process::Command::new("node")
        .args(["--input-type=module", "-e", &script])
        .output()
        .expect("node (the UI's dictionaries are read with it)");
    assert!(
        out.status.success(),
        "node could not import i18n.js: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let all: BTreeMap<String, Value> = serde_json::from_slice(&out.stdout).unwrap();
    fn flatten(prefix: &str, v: &Value, into: &mut BTreeMap<String, BTreeSet<String>>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    flatten(&format!("{prefix}{k}."), v, into);
                }
            }
            Value::String(s) => {
                let names = s
                    .split('{')
                    .skip(1)
                    .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
                    .filter(|name| {
                        !name.is_empty()
                            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    })
                    .map(str::to_owned)
                    .collect();
                into.insert(prefix.trim_end_matches('.').to_owned(), names);
            }
            other => panic!("{prefix}: not a string or object: {other}"),
        }
    }
    let flat = |v: &Value| {
        let mut m = BTreeMap::new();
        flatten("", v, &mut m);
        m
    };
    let en = flat(&all["en"]);
    assert!(
        en.len() > 1000,
        "the English dictionary is read ({} keys)",
        en.len()
    );
    assert!(all.contains_key("fa"), "a Persian dictionary");
    for (name, dict) in all.iter().filter(|(name, _)| name.as_str() != "en") {
        let other = flat(dict);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "keys missing in the {name} locale: {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "keys in the {name} locale but not in en: {extra:?}"
        );
        for (key, names) in &en {
            assert_eq!(
                &other[key], names,
                "placeholders of {key} in the {name} locale"
            );
        }
    }
}
