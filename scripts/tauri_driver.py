"""The app through tauri-driver, for the scripts that drive its window
(`screenshots.py`, `startup.py`): start the driver, open a session, call
WebDriver."""
import json, os, subprocess, urllib.request


def call(port, method, path, body=None, timeout=60):
    """One WebDriver call to the driver on `port`; its `value`."""
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                 data=json.dumps(body or {}).encode() if method != "GET" else None,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.load(r)["value"]


def start(port, env, **popen):
    """tauri-driver on `port` (WebKitWebDriver on `port + 1`): the one cargo
    installed, else the one on PATH."""
    driver_bin = os.path.expanduser("~/.cargo/bin/tauri-driver")
    return subprocess.Popen([driver_bin if os.path.exists(driver_bin) else "tauri-driver",
                             "--port", str(port), "--native-port", str(port + 1)], env=env, **popen)


def session(port, app, timeout=60):
    """A new session running the app binary `app`; its id."""
    return call(port, "POST", "/session",
                {"capabilities": {"alwaysMatch": {"tauri:options": {"application": app}}}},
                timeout)["sessionId"]
