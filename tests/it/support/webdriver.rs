//! A small synchronous W3C WebDriver client, enough to drive the app through
//! tauri-driver: sessions, finding elements, typing, clicking, scripts and
//! screenshots, with polling waits (no fixed sleeps).

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct Session {
    agent: ureq::Agent,
    base: String,
    id: String,
}

#[derive(Clone, Debug)]
pub struct Element(String);

fn read_body(response: ureq::Response) -> Result<Value, String> {
    response
        .into_json::<Value>()
        .map_err(|e| format!("bad WebDriver response: {e}"))
}

impl Session {
    /// Starts the app through the driver at `port`, with `args` on its
    /// command line. Session creation is bounded by `timeout` so a stuck
    /// driver fails the test instead of hanging it.
    pub fn start(
        port: u16,
        application: &Path,
        args: &[String],
        timeout: Duration,
    ) -> Result<Self, String> {
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(Duration::from_secs(5))
            .timeout(timeout)
            .build();
        let base = format!("http://127.0.0.1:{port}");
        let caps = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "wry",
                    "tauri:options": {
                        "application": application.display().to_string(),
                        "args": args,
                    }
                }
            }
        });
        let value = match agent.post(&format!("{base}/session")).send_json(caps) {
            Ok(r) => read_body(r)?,
            Err(ureq::Error::Status(code, r)) => {
                return Err(format!(
                    "session creation failed ({code}): {}",
                    r.into_string().unwrap_or_default()
                ))
            }
            Err(e) => return Err(format!("session creation failed: {e}")),
        };
        let id = value["value"]["sessionId"]
            .as_str()
            .ok_or_else(|| format!("no session id in {value}"))?
            .to_owned();
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(Duration::from_secs(5))
            .timeout(Duration::from_secs(30))
            .build();
        Ok(Self { agent, base, id })
    }

    fn url(&self, path: &str) -> String {
        format!("{}/session/{}{}", self.base, self.id, path)
    }

    fn send(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let started = Instant::now();
        let request = self.agent.request(method, &self.url(path));
        let result = match body {
            Some(b) => request.send_json(b),
            None if method == "POST" => request.send_json(json!({})),
            None => request.call(),
        };
        if started.elapsed() > Duration::from_millis(700) {
            eprintln!(
                "slow WebDriver call: {method} {path} took {:.1?}",
                started.elapsed()
            );
        }
        match result {
            Ok(r) => Ok(read_body(r)?["value"].clone()),
            Err(ureq::Error::Status(code, r)) => {
                let v = read_body(r).unwrap_or(Value::Null);
                Err(format!(
                    "{method} {path} failed ({code}): {} {}",
                    v["value"]["error"], v["value"]["message"]
                ))
            }
            Err(e) => Err(format!("{method} {path} failed: {e}")),
        }
    }

    pub fn find(&self, css: &str) -> Result<Element, String> {
        let v = self.send(
            "POST",
            "/element",
            Some(json!({"using": "css selector", "value": css})),
        )?;
        v[ELEMENT_KEY]
            .as_str()
            .map(|s| Element(s.to_owned()))
            .ok_or_else(|| format!("no element for {css}"))
    }

    /// Waits until `css` matches a displayed element.
    pub fn wait(&self, css: &str) -> Element {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(el) = self.find(css) {
                if self.displayed(&el) {
                    return el;
                }
            }
            assert!(Instant::now() < deadline, "timed out waiting for {css}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the text of `css` contains `needle`; returns the text.
    pub fn wait_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut last = String::new();
        loop {
            if let Ok(el) = self.find(css) {
                last = self.text(&el);
                if last.contains(needle) {
                    return last;
                }
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {css} to contain {needle:?}; last text: {last:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Polls a script until it returns true.
    pub fn wait_until(&self, what: &str, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if self.exec(script, json!([])) == Value::Bool(true) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting until {what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn displayed(&self, el: &Element) -> bool {
        self.send("GET", &format!("/element/{}/displayed", el.0), None)
            .map(|v| v == Value::Bool(true))
            .unwrap_or(false)
    }

    pub fn click(&self, css: &str) {
        let el = self.wait(css);
        // Centre it first: the form's sticky action bar would cover an
        // element scrolled only just into view.
        self.exec(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'center'}); return true;",
            json!([css]),
        );
        self.send("POST", &format!("/element/{}/click", el.0), None)
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Clears the field and types `text` into it with real key events.
    pub fn type_into(&self, css: &str, text: &str) {
        let el = self.wait(css);
        self.send("POST", &format!("/element/{}/clear", el.0), None)
            .unwrap_or_else(|e| panic!("clear {css}: {e}"));
        self.send(
            "POST",
            &format!("/element/{}/value", el.0),
            // WebDriver drops "\n"; the Enter key is U+E007.
            Some(json!({"text": text.replace('\n', "\u{E007}")})),
        )
        .unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// Fills a long text quickly: sets the value, fires `input`, then types
    /// one real key (End) so keyboard handling is exercised too. WebKit's
    /// driver types ~150 ms per key into big forms; this keeps tests fast.
    pub fn fill(&self, css: &str, text: &str) {
        self.set_value(css, text);
        let el = self.wait(css);
        self.send(
            "POST",
            &format!("/element/{}/value", el.0),
            Some(json!({"text": "\u{E010}"})),
        )
        .unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// Sets a value the way a picker would (selects, dates) and fires
    /// input/change events.
    pub fn set_value(&self, css: &str, value: &str) {
        self.wait(css);
        let ok = self.exec(
            "const el = document.querySelector(arguments[0]); if (!el) return false; el.value = arguments[1];
             el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true}));
             return el.value === arguments[1];",
            json!([css, value]),
        );
        assert_eq!(ok, Value::Bool(true), "could not set {css} to {value:?}");
    }

    pub fn text(&self, el: &Element) -> String {
        self.send("GET", &format!("/element/{}/text", el.0), None)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    pub fn text_of(&self, css: &str) -> String {
        let el = self.wait(css);
        self.text(&el)
    }

    /// The `value` property of a form control.
    pub fn value_of(&self, css: &str) -> String {
        self.wait(css);
        self.exec(
            "return document.querySelector(arguments[0]).value;",
            json!([css]),
        )
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// Key presses through the Actions API, keys only (no pointer): they go
    /// to whatever has the focus, as a person's keyboard would. Each of
    /// `chords` is pressed in order and released in reverse, e.g.
    /// `&["\u{E008}\u{E004}"]` is Shift+Tab (WebDriver code points: Tab
    /// U+E004, Enter U+E007, Space U+E00D, arrows U+E012–U+E015 …). Unlike
    /// "Element Send Keys", which sets a date field's value instead of
    /// typing, these reach a date field's month, day and year.
    pub fn key_actions(&self, chords: &[&str]) {
        let mut actions = Vec::new();
        for chord in chords {
            let keys: Vec<char> = chord.chars().collect();
            for k in &keys {
                actions.push(json!({"type": "keyDown", "value": k.to_string()}));
            }
            for k in keys.iter().rev() {
                actions.push(json!({"type": "keyUp", "value": k.to_string()}));
            }
        }
        self.send(
            "POST",
            "/actions",
            Some(json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})),
        )
        .unwrap_or_else(|e| panic!("key actions {chords:?}: {e}"));
        let _ = self.send("DELETE", "/actions", None);
    }

    pub fn exec(&self, script: &str, args: Value) -> Value {
        self.try_exec(script, args)
            .unwrap_or_else(|e| panic!("script failed: {e}"))
    }

    /// Runs a script that may fail (e.g. while the page reloads).
    pub fn try_exec(&self, script: &str, args: Value) -> Result<Value, String> {
        self.send(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
    }

    /// Ends the session; tauri-driver closes the app.
    pub fn quit(self) {
        let _ = self
            .agent
            .delete(&format!("{}/session/{}", self.base, self.id))
            .call();
    }
}
