#!/usr/bin/env python3
"""Start-up time and memory of Opencall, beside a plain Tauri "hello" window.

    python3 scripts/startup.py [--runs N]        (default 3 runs each)

Builds (release) the app, the CLI and tools/hello-window (same Tauri, same
profile, same machine), then for the hello window, an empty workspace and the
large demo (5,000 challenges, 50,000 contributors, 100,000 ideas) launches the
window under Xvfb through tauri-driver and measures:

- start-up: from the moment the app process started (its start time in
  /proc) to the first rendered data (`window.__firstData`, set by the UI when
  the first view has its data on screen, and by the hello page on its first
  frame);
- memory: the resident set (VmRSS) of the app process and of its WebKit
  processes, 2 s after the first rendered data.

Needs what `scripts/test.sh` installs (Xvfb, tauri-driver).
"""
import os, shutil, signal, statistics, subprocess, sys, tempfile, time

import tauri_driver

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
RUNS = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
DISPLAY = ":78"
PORT = 4577
CLK = os.sysconf("SC_CLK_TCK")


def sh(*cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def build():
    sh("cargo", "build", "--release", "-p", "opencall-app", "-p", "opencall-cli", cwd=ROOT)
    hello = os.path.join(ROOT, "tools", "hello-window")
    # The same dependency versions as Opencall's.
    shutil.copy(os.path.join(ROOT, "Cargo.lock"), os.path.join(hello, "Cargo.lock"))
    sh("cargo", "build", "--release", "--target-dir", TARGET, cwd=hello)
    return (os.path.join(TARGET, "release", "opencall"),
            os.path.join(TARGET, "release", "opencall-cli"),
            os.path.join(TARGET, "release", "hello-window"))


_port = [PORT]


def wd(method, path, body=None):
    return tauri_driver.call(_port[0], method, path, body, timeout=120)


def boot_time():
    with open("/proc/stat") as f:
        for line in f:
            if line.startswith("btime"):
                return int(line.split()[1])
    raise RuntimeError("no btime")


def procs():
    """pid -> (ppid, name, start seconds since boot, exe)."""
    out = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                stat = f.read()
            name = stat[stat.index("(") + 1:stat.rindex(")")]
            rest = stat[stat.rindex(")") + 2:].split()
            exe = os.readlink(f"/proc/{d}/exe") if os.path.exists(f"/proc/{d}/exe") else ""
            out[int(d)] = (int(rest[1]), name, int(rest[19]) / CLK, exe)
        except (OSError, ValueError):
            pass
    return out


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def measure(app, data_dir, attempts=3):
    """One launch; a launch whose WebDriver session fails is tried again on
    fresh ports (a driver that just stopped may still hold its port)."""
    for attempt in range(attempts):
        _port[0] += 2
        try:
            return measure_once(app, data_dir)
        except (OSError, RuntimeError) as e:
            if attempt == attempts - 1:
                raise
            print(f"  (launch failed: {e}; again)", flush=True)
            time.sleep(2)


def measure_once(app, data_dir):
    port = _port[0]
    env = dict(os.environ, DISPLAY=DISPLAY)
    if data_dir:
        env["OPENCALL_DATA_DIR"] = data_dir
    driver = tauri_driver.start(port, env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    try:
        sid = tauri_driver.session(port, app, timeout=120)
        first = None
        deadline = time.time() + 120
        while first is None and time.time() < deadline:
            first = wd("POST", f"/session/{sid}/execute/sync", {"script": "return window.__firstData || null;", "args": []})
            if first is None:
                time.sleep(0.02)
        if first is None:
            raise RuntimeError("no first rendered data within 120 s")
        table = procs()
        real = os.path.realpath(app)
        pid = next(p for p, (_, _, _, exe) in table.items() if exe == real)
        started = boot_time() + table[pid][2]
        startup_ms = first - started * 1000
        time.sleep(2.0)
        table = procs()
        kids = [p for p, (pp, _, _, _) in table.items() if pp == pid]
        kids += [p for p, (pp, _, _, _) in table.items() if pp in kids]
        app_mb = rss_kb(pid) / 1024
        webkit_mb = sum(rss_kb(k) for k in kids) / 1024
        wd("DELETE", f"/session/{sid}")
        return startup_ms, app_mb, webkit_mb
    finally:
        driver.send_signal(signal.SIGTERM)
        driver.wait(10)
        # A window whose session failed must not keep the workspace locked.
        real = os.path.realpath(app)
        for p, (_, _, _, exe) in procs().items():
            if exe == real:
                try:
                    os.kill(p, signal.SIGKILL)
                except OSError:
                    pass
        time.sleep(0.5)


def main():
    opencall, cli, hello = build()
    tmp = tempfile.mkdtemp(prefix="opencall-startup-")
    empty = os.path.join(tmp, "empty")
    large = os.path.join(tmp, "large")
    sh(cli, "--data-dir", empty, "init", "--org", "Brightwater Pumps", "--user", "Maria Keller")
    print("Seeding the large demo (5,000 challenges, 50,000 contributors, 100,000 ideas)…", flush=True)
    sh(cli, "--data-dir", large, "demo", "--scale", "large", stdout=subprocess.DEVNULL)
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x820x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    results = {}
    try:
        for name, app, data in [("hello window", hello, None), ("Opencall, empty", opencall, empty),
                                ("Opencall, large", opencall, large)]:
            runs = [measure(app, data) for _ in range(RUNS)]
            results[name] = runs
            print(f"{name:18} " + "  ".join(f"{s:6.0f} ms {a + w:6.1f} MB" for s, a, w in runs), flush=True)
    finally:
        xvfb.terminate()
        shutil.rmtree(tmp, ignore_errors=True)

    def med(name, i):
        return statistics.median(r[i] for r in results[name])
    print()
    print(f"{'':18} {'start-up':>10} {'app RSS':>9} {'WebKit RSS':>11} {'total':>8}   (median of {RUNS}; first run)")
    for name in results:
        s, a, w = med(name, 0), med(name, 1), med(name, 2)
        first = results[name][0][0]
        print(f"{name:18} {s:8.0f} ms {a:7.1f} MB {w:9.1f} MB {a + w:6.1f} MB   ({first:.0f} ms)")
    hs, ht = med("hello window", 0), med("hello window", 1) + med("hello window", 2)
    es, et = med("Opencall, empty", 0), med("Opencall, empty", 1) + med("Opencall, empty", 2)
    ls, lt = med("Opencall, large", 0), med("Opencall, large", 1) + med("Opencall, large", 2)
    print()
    print(f"large / empty start-up:   {ls / es:.2f}×   (target ≤ 1.2×)")
    print(f"empty / hello start-up:   {es / hs:.2f}×   (target ≤ 1.3×)")
    print(f"large / hello start-up:   {ls / hs:.2f}×")
    print(f"memory over hello:        empty +{et - ht:.0f} MB, large +{lt - ht:.0f} MB   (target ≤ +80 MB)")


if __name__ == "__main__":
    main()
