#!/usr/bin/env python3
"""Takes a screenshot of every view of the app on a demo workspace.

    python3 scripts/screenshots.py [--dark] [--rtl] [--lang fa] [--large] [OUT_DIR]   (default: target/screenshots)

Every route (lists, details, dashboards, forms new and edit, review, send,
import preview, leaderboard, portfolio, settings, backups, activity), the
About dialog, a form showing its errors, the first-run screen (an empty
workspace) and the damaged-workspace screen.

--lang fa switches the app to Persian (right to left, Solar Hijri dates) first.
--dark uses the dark theme; --rtl mirrors the layout without translating.
--large seeds `demo --scale large` (5,000 challenges, 50,000 contributors) to look at paging.

Needs what `scripts/test.sh` installs (Xvfb, tauri-driver, ImageMagick) and a
built app and CLI (`cargo build -p opencall-app -p opencall-cli`).
"""
import json, os, signal, subprocess, sys, tempfile, time, urllib.parse

import tauri_driver

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
CLI = os.path.join(TARGET, "debug", "opencall-cli")
APP = os.path.join(TARGET, "debug", "opencall")
LANG = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else None
ARGS = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and sys.argv[i - 1] != "--lang"]
DARK = "--dark" in sys.argv
RTL = "--rtl" in sys.argv  # mirror the layout to check the CSS logical properties
LARGE = "--large" in sys.argv
OUT = os.path.abspath(ARGS[0] if ARGS else os.path.join(TARGET, "screenshots"))
DISPLAY = ":77"
PORT = 4477
SUFFIX = f"{'-dark' if DARK else ''}{'-rtl' if RTL else ''}{'-' + LANG if LANG else ''}{'-large' if LARGE else ''}"


def wd(method, path, body=None):
    return tauri_driver.call(PORT, method, path, body)


def cli(data, *args):
    return subprocess.run([CLI, "--data-dir", data, *args], check=True, capture_output=True, text=True).stdout


class Session:
    """The app on `data` through tauri-driver, in the chosen language."""

    def __init__(self, data):
        # Its own WebKit storage: the language chosen here never changes the
        # app a person uses on this machine.
        env = dict(os.environ, DISPLAY=DISPLAY, OPENCALL_DATA_DIR=data,
                   XDG_DATA_HOME=tempfile.mkdtemp(prefix="opencall-shots-web-"))
        if DARK:
            env["GTK_THEME"] = "Adwaita:dark"
        self.driver = tauri_driver.start(PORT, env)
        time.sleep(1.5)
        self.sid = tauri_driver.session(PORT, APP)
        if LANG:
            self.run(f"localStorage.setItem('opencall.lang', {json.dumps(LANG)}); location.reload(); return true;")
            time.sleep(2)
        wd("POST", f"/session/{self.sid}/window/rect", {"x": 0, "y": 0, "width": 1280, "height": 820})
        time.sleep(1.5)

    def run(self, script):
        return wd("POST", f"/session/{self.sid}/execute/sync", {"script": script, "args": []})

    def go(self, hash_):
        self.run(f"location.hash = {json.dumps(hash_)}; return true;")
        if RTL:
            self.run("document.documentElement.dir = 'rtl'; return true;")
        time.sleep(1.3)

    def shot(self, name):
        path = os.path.join(OUT, f"{name}{SUFFIX}.png")
        subprocess.run(["import", "-display", DISPLAY, "-window", "root", path], check=True)
        print(path)

    def close(self):
        try:
            wd("DELETE", f"/session/{self.sid}")
        finally:
            self.driver.send_signal(signal.SIGTERM)
            self.driver.wait(timeout=10)


def href(s, selector, pattern):
    return s.run(f"const a = [...document.querySelectorAll({json.dumps(selector)})]"
                 f".find(x => new RegExp({json.dumps(pattern)}).test(x.getAttribute('href') || ''));"
                 "return a ? a.getAttribute('href') : null;")


def demo_views(data):
    # A partner's response to import: Northwind Labs receives the open
    # challenge, accepts its agreements, records an idea and answers.
    partner = tempfile.mkdtemp(prefix="opencall-shots-partner-")
    bundle = os.path.join(partner, "response.ocbundle")
    cli(partner, "init", "--org", "Northwind Labs", "--user", "Nils Berg")
    listing = json.loads(cli(data, "challenge", "list", "--status", "open", "--json"))
    quiet = next(c["id"] for c in listing if c["title"].startswith("Quieter"))
    lab = json.loads(cli(data, "contributor", "list", "--search", "Fluid", "--json"))[0]["id"]
    cli(data, "bundle", "export", "--kind", "challenge", "--challenge", quiet, "--recipient", lab,
        "--to", os.path.join(partner, "c.ocbundle"))
    cli(partner, "bundle", "import", os.path.join(partner, "c.ocbundle"), "--yes", "--trust-signer")
    for a in json.loads(cli(partner, "agreement", "list", "--json")):
        cli(partner, "agreement", "accept", a["id"], "--contributor", lab)
    cli(partner, "idea", "add", "--challenge", quiet, "--title", "Swept impeller blades with a serrated edge",
        "--author", lab)
    cli(partner, "question", "ask", "--challenge", quiet, "--text", "Which flow rate should the test rig use?",
        "--contributor", lab)
    cli(partner, "bundle", "export", "--kind", "response", "--challenge", quiet, "--to", bundle)
    s = Session(data)
    try:
        s.go("#/challenges")
        challenge = s.run("const cards = [...document.querySelectorAll('#challenge-list a.item-card')];"
                          "return (cards.find(c => c.textContent.includes('Quieter')) || cards[0])?.getAttribute('href');")
        s.shot("challenges")
        for name, hash_ in [("challenge-detail", challenge), ("challenge-dashboard", challenge + "/dashboard"),
                            ("challenge-edit", challenge + "/edit"), ("challenge-send", challenge + "/send"),
                            ("challenge-new", "#/challenges/new")]:
            s.go(hash_)
            s.shot(name)
        # A form's errors: save the new challenge empty.
        s.run("document.querySelector('#main form [type=submit], #main form button.primary')?.click(); return true;")
        time.sleep(1)
        s.shot("challenge-new-errors")
        # Each kind's list, then its first record's pages, then its new form.
        for kind, links, pages in [("idea", "#idea-list a", ["review", "edit"]),
                                   ("contributor", "#main a", ["edit"]), ("agreement", "#main a", ["edit"])]:
            s.go(f"#/{kind}s")
            s.shot(f"{kind}s")
            record = href(s, links, rf"^#/{kind}s/[0-9a-f-]{{36}}$")
            shots = [(f"{kind}-detail", record)]
            shots += [(f"{kind}-{p}", record and f"{record}/{p}") for p in pages]
            shots += [(f"{kind}-new", f"#/{kind}s/new")]
            for name, hash_ in shots:
                if hash_:
                    s.go(hash_)
                    s.shot(name)
        for name in ["leaderboard", "portfolio", "activity", "workspace", "backups"]:
            s.go(f"#/{name}")
            s.shot(name)
        s.go("#/workspace")
        s.run("document.getElementById('settings-about')?.click(); return true;")
        time.sleep(1)
        s.shot("about")
        s.run("document.querySelector('dialog[open] button')?.click(); return true;")
        if os.path.exists(bundle):
            s.go("#/import?" + urllib.parse.urlencode({"path": bundle}))
            time.sleep(1)
            s.shot("import-preview")
    finally:
        s.close()


def setup_view():
    s = Session(tempfile.mkdtemp(prefix="opencall-shots-empty-"))
    try:
        s.shot("setup")
    finally:
        s.close()


def damaged_view():
    data = tempfile.mkdtemp(prefix="opencall-shots-damaged-")
    cli(data, "demo")
    cli(data, "backup", "create")
    db = os.path.join(data, "db", "db")
    with open(db, "r+b") as f:
        f.truncate(os.path.getsize(db) // 2)
    s = Session(data)
    try:
        s.shot("damaged")
    finally:
        s.close()


def main():
    os.makedirs(OUT, exist_ok=True)
    data = tempfile.mkdtemp(prefix="opencall-shots-")
    cli(data, "demo", "--scale", "large" if LARGE else "small")
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x820x24", "-nolisten", "tcp"])
    time.sleep(1)
    try:
        demo_views(data)
        if not LARGE:
            setup_view()
            damaged_view()
    finally:
        xvfb.terminate()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
