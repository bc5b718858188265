#!/usr/bin/env python3
"""The page cache's own measurement (issue 16, slice scale-cache): one portal process, CPU ms/request per page
(sequential, after a warm-up: the steady figure on a shared machine), the dashboard's cost on a miss of every cache
(a year and range not asked before: the one aggregation pass and the rest of the page), and wrk throughput against
the bare page. Run twice by page-cache.sh, with PageCache:Enabled true and false.

Usage: python3 bench/page_cache.py BASE PID LABEL OUT_JSON [--requests 40] [--wrk-seconds 5]
"""
import argparse, json, re, subprocess, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import Client, USERS, cpu_ms, pick  # the benchmark's own client and CPU reading
import time

PAGES = [("leader", "/Dashboard?year=2021"), ("province", "/Dashboard?year=2021"), ("ministry", "/Projects"),
         ("ministry", "/Inbox"), ("ministry", "/Budget?year=2021"), ("ministry", "/Projects/Details/{project}"),
         ("province", "/Projects")]
THROUGHPUT = [("anonymous", "/Account/Login"), ("leader", "/Dashboard?year=2021"), ("ministry", "/Projects")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base"); ap.add_argument("pid", type=int); ap.add_argument("label"); ap.add_argument("out")
    ap.add_argument("--requests", type=int, default=40); ap.add_argument("--wrk-seconds", type=int, default=5)
    a = ap.parse_args()
    clients = {}
    for user in ("leader", "ministry", "province"):
        clients[user] = Client(a.base); clients[user].sign_in(USERS[user])
    result = {"label": a.label, "pages": [], "misses": {}, "throughput": []}

    # Misses first, while no cache holds anything: each year with its own one-year range is a new key everywhere.
    for user in ("leader", "province"):
        c, times, before = clients[user], [], cpu_ms(a.pid)
        years = range(2016, 2027)
        for y in years:
            t = time.perf_counter(); status, _ = c.request("GET", f"/Dashboard?year={y}&from={y}")
            times.append((time.perf_counter() - t) * 1000); assert status == 200, status
        result["misses"][user] = {"cpu": (cpu_ms(a.pid) - before) / len(years), "p50": pick(times, .5)}
        print(f"{a.label:9} {user:9} dashboard miss: cpu {result['misses'][user]['cpu']:6.1f} ms/req", flush=True)

    for user, path in PAGES:
        c = clients[user]
        if "{project}" in path:
            _, html = c.request("GET", "/Projects")
            path = path.replace("{project}", re.search(rb'/Projects/Details/(\d+)', html).group(1).decode())
        for _ in range(5): c.request("GET", path)
        times, before = [], cpu_ms(a.pid)
        for _ in range(a.requests):
            t = time.perf_counter(); status, body = c.request("GET", path)
            times.append((time.perf_counter() - t) * 1000)
        cpu = (cpu_ms(a.pid) - before) / a.requests
        result["pages"].append({"user": user, "path": path, "status": status, "bytes": len(body), "cpu": cpu,
                                "p50": pick(times, .5), "p95": pick(times, .95)})
        print(f"{a.label:9} {user:9} {path:32} {status} cpu {cpu:6.1f} ms/req p50 {pick(times, .5):7.1f}", flush=True)

    for user, path in THROUGHPUT:
        cookie = "; ".join(f"{k}={v}" for k, v in clients[user].cookies.items()) if user in clients else ""
        before = cpu_ms(a.pid)
        out = subprocess.run(["wrk", "-t2", "-c4", f"-d{a.wrk_seconds}s", "-H", f"Cookie: {cookie}", a.base + path],
                             capture_output=True, text=True).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        total = int(re.search(r"(\d+) requests in", out).group(1))
        bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        result["throughput"].append({"user": user, "path": path, "rps": rps, "cpu": (cpu_ms(a.pid) - before) / total,
                                     "non2xx": int(bad.group(1)) if bad else 0})
        print(f"{a.label:9} wrk {user:9} {path:32} {rps:8.1f} req/s", flush=True)
    json.dump(result, open(a.out, "w"), indent=1)


def report(on_file, off_file):
    on, off = json.load(open(on_file)), json.load(open(off_file))
    print("| Page | user | CPU ms/req cached | CPU ms/req uncached | bytes |")
    print("| --- | --- | --- | --- | --- |")
    for p, q in zip(on["pages"], off["pages"]):
        print(f"| `{p['path']}` | {p['user']} | {p['cpu']:.1f} | {q['cpu']:.1f} | {p['bytes']:,} |")
    for user in on["misses"]:
        print(f"| `/Dashboard?year=Y&from=Y`, a miss of every cache (11 years) | {user} | "
              f"{on['misses'][user]['cpu']:.1f} | {off['misses'][user]['cpu']:.1f} | |")
    print()
    # On a loaded machine req/s mostly measure the queue for a core; the CPU the portal spent per request under wrk
    # (bare ÷ page) is the share an idle machine would give, and steadier.
    print("| Throughput (wrk -t2 -c4) | cached req/s | share of bare | CPU ms/req | CPU share | uncached req/s "
          "| share of bare | CPU ms/req | CPU share | target |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    bare_on, bare_off = on["throughput"][0]["rps"], off["throughput"][0]["rps"]
    targets = {"/Dashboard?year=2021": 25, "/Projects": 30}
    for p, q in zip(on["throughput"], off["throughput"]):
        target = targets.get(p["path"])
        share_on, share_off = 100 * p["rps"] / bare_on, 100 * q["rps"] / bare_off
        cpu_on = 100 * on["throughput"][0]["cpu"] / p["cpu"]
        cpu_off = 100 * off["throughput"][0]["cpu"] / q["cpu"]
        mark = "(the bare page)" if target is None else (
            f"≥ {target}%: req/s {'✓' if share_on >= target else '✗'}, CPU {'✓' if cpu_on >= target else '✗'}")
        print(f"| {p['user']} `{p['path']}` | {p['rps']:.1f} | {share_on:.1f}% | {p['cpu']:.1f} | {cpu_on:.1f}% "
              f"| {q['rps']:.1f} | {share_off:.1f}% | {q['cpu']:.1f} | {cpu_off:.1f}% | {mark} |")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "report": report(sys.argv[2], sys.argv[3])
    else: main()
