//! Runs a private X server and tauri-driver for one end-to-end test, with the
//! app's data in a directory of the test's own. Tests take a global lock so
//! only one test runs at a time on a small CI machine; a test that needs two
//! copies of the app at once (a bundle round trip between two firms) starts
//! the second with [`Driver::companion`], under the same lock.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::webdriver::Session;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

pub struct Driver {
    display: u32,
    xvfb: Child,
    driver: Child,
    port: u16,
    app: PathBuf,
    /// Held by the first driver of a test; a companion holds none.
    _serial: Option<MutexGuard<'static, ()>>,
    /// The app's own WebKit storage (`XDG_DATA_HOME`) unless the test gave
    /// one: a language or any other choice kept in localStorage never leaks
    /// from one test (or from a person's own use of the app) into another.
    _web: Option<tempfile::TempDir>,
}

/// Two distinct free ports (both listeners are held while choosing, so the
/// system cannot hand out the same port twice: tauri-driver and
/// WebKitWebDriver on one port made session creation fail now and then).
fn free_ports() -> (u16, u16) {
    let a = TcpListener::bind("127.0.0.1:0").expect("no free port");
    let b = TcpListener::bind("127.0.0.1:0").expect("no free port");
    let port = |l: &TcpListener| l.local_addr().map(|a| a.port()).expect("no free port");
    (port(&a), port(&b))
}

fn free_display() -> u32 {
    let start = 90 + std::process::id() % 60;
    (start..start + 200)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .expect("no free X display")
}

fn tauri_driver() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let home_bin = std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join(".cargo/bin/tauri-driver"))
        .filter(|p| p.exists());
    home_bin.unwrap_or_else(|| PathBuf::from("tauri-driver"))
}

impl Driver {
    /// Starts Xvfb and tauri-driver; the app will use `data_dir`.
    pub fn start(data_dir: &Path) -> Self {
        Self::start_env(data_dir, &[])
    }

    /// Like [`Driver::start`], with more environment for the app (e.g. the
    /// address of a private D-Bus session bus).
    pub fn start_env(data_dir: &Path, env: &[(&str, &str)]) -> Self {
        let serial = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
        Self::start_with(data_dir, env, Some(serial))
    }

    /// A second copy of the app for the same test, with its own data
    /// directory, X display and tauri-driver ports (so each copy's
    /// screenshots show only its own window). Its processes stop when it is
    /// dropped, like the first driver's.
    pub fn companion(&self, data_dir: &Path) -> Self {
        Self::start_with(data_dir, &[], None)
    }

    /// The X display the app's windows are on (`:N`).
    pub fn display(&self) -> String {
        format!(":{}", self.display)
    }

    fn start_with(
        data_dir: &Path,
        env: &[(&str, &str)],
        serial: Option<MutexGuard<'static, ()>>,
    ) -> Self {
        let app = super::app_binary();
        let display = free_display();
        let xvfb = Command::new("Xvfb")
            .args([
                format!(":{display}").as_str(),
                "-screen",
                "0",
                "1400x900x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb not found: install the xvfb package (the README's test command does)");
        let socket = format!("/tmp/.X11-unix/X{display}");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !Path::new(&socket).exists() {
            assert!(
                Instant::now() < deadline,
                "Xvfb did not start on :{display}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let (port, native_port) = free_ports();
        let web = if env.iter().any(|(k, _)| *k == "XDG_DATA_HOME") {
            None
        } else {
            Some(tempfile::tempdir().expect("a temporary folder for the app's storage"))
        };
        let log = std::env::temp_dir().join(format!("opencall-tauri-driver-{port}.log"));
        let log_file = std::fs::File::create(&log).ok();
        let mut cmd = Command::new(tauri_driver());
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("DISPLAY", format!(":{display}"))
        .env("OPENCALL_DATA_DIR", data_dir)
        .env("GDK_BACKEND", "x11")
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
        .env_remove("WAYLAND_DISPLAY")
        .envs(env.iter().copied())
        .stdout(Stdio::null());
        if let Some(web) = &web {
            cmd.env("XDG_DATA_HOME", web.path());
        }
        match log_file {
            Some(f) => cmd.stderr(f),
            None => cmd.stderr(Stdio::null()),
        };
        let driver = cmd
            .spawn()
            .expect("tauri-driver not found: `cargo install tauri-driver --locked` (the README's test command does)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            display,
            xvfb,
            driver,
            port,
            app,
            _serial: serial,
            _web: web,
        }
    }

    /// Saves a screenshot of the whole X screen (ImageMagick's `import`;
    /// WebKitWebDriver's own screenshot is too slow here).
    pub fn screenshot(&self, path: &Path) {
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = Command::new("import")
            .args(["-display", &format!(":{}", self.display), "-window", "root"])
            .arg(path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }

    /// Launches the app in a new WebDriver session (bounded wait).
    pub fn launch(&self) -> Session {
        self.launch_with_args(&[])
    }

    /// Launches the app with `args` on its command line (a bundle file, as
    /// a double-click in a file manager would).
    pub fn launch_with_args(&self, args: &[String]) -> Session {
        let mut last = String::new();
        let started = Instant::now();
        for attempt in 0..3 {
            if attempt > 0 {
                std::thread::sleep(Duration::from_secs(2));
            }
            match Session::start(self.port, &self.app, args, Duration::from_secs(60)) {
                Ok(s) => {
                    s.wait("body");
                    eprintln!("app launched in {:.1?}", started.elapsed());
                    return s;
                }
                Err(e) => last = e,
            }
        }
        panic!("could not start the app under WebDriver: {last}");
    }
}

fn terminate(child: &mut Child, grace: Duration) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + grace;
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

impl Drop for Driver {
    fn drop(&mut self) {
        // SIGTERM (not SIGKILL) so tauri-driver also stops WebKitWebDriver.
        terminate(&mut self.driver, Duration::from_secs(5));
        terminate(&mut self.xvfb, Duration::from_secs(5));
    }
}
