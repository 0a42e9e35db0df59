#!/usr/bin/env python3
"""Takes screenshots of the app on a demo workspace, light and dark.

    python3 scripts/screenshots.py [--dark] [--rtl] [--lang fa] [--large] [OUT_DIR]   (default: target/screenshots)

--lang fa switches the app to Persian (right to left, Solar Hijri dates) first.

--large seeds `demo --scale large` (5,000 challenges, 50,000 contributors) to look at paging.

Needs what `scripts/test.sh` installs (Xvfb, tauri-driver, ImageMagick) and a
built app and CLI (`cargo build -p opencall-app -p opencall-cli`).
"""
import json, os, signal, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
LANG = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else None
ARGS = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and sys.argv[i - 1] != "--lang"]
DARK = "--dark" in sys.argv
RTL = "--rtl" in sys.argv  # mirror the layout to check the CSS logical properties
LARGE = "--large" in sys.argv
OUT = os.path.abspath(ARGS[0] if ARGS else os.path.join(TARGET, "screenshots"))
DISPLAY = ":77"
PORT = 4477


def wd(method, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", method=method,
                                 data=json.dumps(body or {}).encode() if method != "GET" else None,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)["value"]


def main():
    os.makedirs(OUT, exist_ok=True)
    data = tempfile.mkdtemp(prefix="opencall-shots-")
    subprocess.run([os.path.join(TARGET, "debug", "opencall-cli"), "--data-dir", data, "demo", "--scale", "large" if LARGE else "small"], check=True)
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x820x24", "-nolisten", "tcp"])
    time.sleep(1)
    env = dict(os.environ, DISPLAY=DISPLAY, OPENCALL_DATA_DIR=data)
    if DARK:
        env["GTK_THEME"] = "Adwaita:dark"
    driver_bin = os.path.expanduser("~/.cargo/bin/tauri-driver")
    driver = subprocess.Popen([driver_bin if os.path.exists(driver_bin) else "tauri-driver", "--port", str(PORT), "--native-port", str(PORT + 1)], env=env)
    time.sleep(1.5)
    try:
        sid = wd("POST", "/session", {"capabilities": {"alwaysMatch": {"tauri:options": {"application": os.path.join(TARGET, "debug", "opencall")}}}})["sessionId"]
        def run(script):
            return wd("POST", f"/session/{sid}/execute/sync", {"script": script, "args": []})
        if LANG:
            run(f"localStorage.setItem('opencall.lang', {json.dumps(LANG)}); location.reload(); return true;")
            time.sleep(2)
        # Fill the screen with the window.
        wd("POST", f"/session/{sid}/window/rect", {"x": 0, "y": 0, "width": 1280, "height": 820})
        time.sleep(1.5)
        first = run("const cards = [...document.querySelectorAll('#challenge-list a.item-card')];"
                    "return (cards.find(c => c.textContent.includes('Quieter')) || cards[0])?.getAttribute('href');")
        pages = [("challenges", "#/challenges"), ("challenge-detail", first), ("challenge-edit", first + "/edit"),
                 ("ideas", "#/ideas"), ("contributors", "#/contributors"), ("agreements", "#/agreements"),
                 ("activity", "#/activity")]
        agreement = None
        for name, hash_ in pages:
            run(f"location.hash = {json.dumps(hash_)}; return true;")
            if RTL:
                run("document.documentElement.dir = 'rtl'; return true;")
            time.sleep(1.2)
            if name == "agreements":
                agreement = run("return document.querySelector('#agreement-list a.item-card')?.getAttribute('href');")
            subprocess.run(["import", "-display", DISPLAY, "-window", "root", os.path.join(OUT, f"{name}{'-dark' if DARK else ''}{'-rtl' if RTL else ''}{'-' + LANG if LANG else ''}{'-large' if LARGE else ''}.png")], check=True)
        run("location.hash = '#/ideas'; return true;")
        time.sleep(1.2)
        idea = run("const a = [...document.querySelectorAll('#idea-list a')].find(x => /^#\\/ideas\\/[0-9a-f-]{36}$/.test(x.getAttribute('href') || '')); return a ? a.getAttribute('href') : null;")
        if idea:
            for name, hash_ in [("idea-detail", idea), ("idea-review", idea + "/review")]:
                run(f"location.hash = {json.dumps(hash_)}; return true;")
                if RTL:
                    run("document.documentElement.dir = 'rtl'; return true;")
                time.sleep(1.2)
                subprocess.run(["import", "-display", DISPLAY, "-window", "root", os.path.join(OUT, f"{name}{'-dark' if DARK else ''}{'-rtl' if RTL else ''}{'-' + LANG if LANG else ''}{'-large' if LARGE else ''}.png")], check=True)
        if agreement:
            run(f"location.hash = {json.dumps(agreement)}; return true;")
            time.sleep(1.2)
            subprocess.run(["import", "-display", DISPLAY, "-window", "root", os.path.join(OUT, "agreement-detail.png")], check=True)
        wd("DELETE", f"/session/{sid}")
    finally:
        driver.send_signal(signal.SIGTERM)
        driver.wait(timeout=10)
        xvfb.terminate()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
