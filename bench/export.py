#!/usr/bin/env python3
"""Measures the long exports of a running portal (issue 16): per export, the time from the request to the file
being ready (the request itself answers at once with the job's page; the job runs in the background), the
portal's CPU ms, and the memory the export added (the process's peak resident set while it ran, less the resident
set before; the peak is reset through /proc/PID/clear_refs when allowed, else RSS is sampled every 50 ms).
Also the time the request itself took, and the file's size and sheet rows (read with Python's zipfile only).

Usage: python3 bench/export.py BASE_URL PID OUT_JSON [--year 2021]
"""
import argparse, json, re, threading, time, zipfile, io, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from measure import Client, USERS, cpu_ms  # noqa: E402


def status_kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def reset_peak(pid):
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def run_export(client, pid, path):
    """Returns the figures of one export, from the request to the downloaded file."""
    before = status_kb(pid, "VmRSS")
    exact = reset_peak(pid)
    peak = [before]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], status_kb(pid, "VmRSS")); time.sleep(0.05)
    sampler = threading.Thread(target=sample); sampler.start()
    cpu0, t0 = cpu_ms(pid), time.perf_counter()
    status, _ = client.request("GET", path)
    request_ms = (time.perf_counter() - t0) * 1000
    location = None
    if status == 302:
        location = client.last_location
    assert location and "/Exports/Job/" in location, f"{path} answered {status} {location}"
    href = None
    while href is None:
        _, page = client.request("GET", location)
        m = re.search(rb'href="(/Exports/Download/\d+)"', page)
        if m: href = m.group(1).decode()
        elif b"alert-danger" in page: raise SystemExit(f"{path}: the job failed")
        else: time.sleep(0.2)
    ready_ms = (time.perf_counter() - t0) * 1000
    cpu = cpu_ms(pid) - cpu0
    done.set(); sampler.join()
    hwm = status_kb(pid, "VmHWM") if exact else peak[0]
    _, data = client.request("GET", href)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
        # The Open XML SDK's writer names elements with a prefix ("<x:row"), SpreadCheetah without ("<row").
        rows = [len(re.findall(rb"<(?:\w+:)?row[ >]", z.read(n))) for n in sheets]
    return {"path": path, "request_ms": round(request_ms, 1), "ready_ms": round(ready_ms), "cpu_ms": round(cpu),
            "added_mb": round((max(hwm, peak[0]) - before) / 1024, 1), "rss_before_mb": round(before / 1024, 1),
            "peak_exact": exact, "file_kb": len(data) // 1024, "sheet_rows": rows}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("base"); p.add_argument("pid", type=int); p.add_argument("out")
    p.add_argument("--year", type=int, default=2021)
    p.add_argument("--repeat", type=int, default=1, help="runs of every export (the machine is shared: best/median)")
    a = p.parse_args()
    client = Client(a.base)
    original = client.request

    def request(method, path, body=None):  # keeps the Location of a redirect
        client.conn.request(method, path, None if body is None else __import__("urllib.parse").parse.urlencode(body),
                            {"Cookie": "; ".join(f"{k}={v}" for k, v in client.cookies.items()),
                             **({"Content-Type": "application/x-www-form-urlencoded"} if body else {})})
        r = client.conn.getresponse(); data = r.read()
        client.last_location = r.getheader("Location")
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, value = v.split(";", 1)[0].split("=", 1); client.cookies[name] = value
        return r.status, data
    client.request = request
    client.sign_in(USERS["leader"])
    client.request("GET", "/Reports")  # warm-up of the pages and their queries
    results = []
    paths = (f"/Reports/ImplementationExcel?year={a.year}&period=Year",
             f"/ProjectExports/Registration?year={a.year}", "/ProjectExports/Registration")
    for _ in range(a.repeat):
        for path in paths:
            r = run_export(client, a.pid, path)
            print(json.dumps(r), flush=True)
            results.append(r)
    if a.repeat > 1:
        for path in paths:
            runs = sorted((r for r in results if r["path"] == path), key=lambda r: r["ready_ms"])
            ready = [r["ready_ms"] for r in runs]; cpu = sorted(r["cpu_ms"] for r in runs)
            print(f"{path}: ready ms best {ready[0]}, median {ready[len(ready) // 2]}; CPU ms best {cpu[0]}, "
                  f"median {cpu[len(cpu) // 2]}; added MB max {max(r['added_mb'] for r in runs)}", flush=True)
    del original
    with open(a.out, "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
