#!/usr/bin/env python3
"""Prints issue 16's table from two bench/measure.py results (demo, national), targets beside the figures.

Targets (issue 16): p95 <= 50 ms at national scale and p95(national) / p95(demo) <= 1.5 for every page and user;
the leader's dashboard >= 25 % and the project list >= 30 % of the bare page's throughput.
CPU ms/request is the server process's own CPU time per request: on a machine shared with other work it is
steadier than wall-clock percentiles, which include waiting for a core.
Usage: python3 bench/report.py demo.json national.json
"""
import json, sys

demo, national = (json.load(open(p)) for p in sys.argv[1:3])
ok = lambda b: "✓" if b else "✗"
print("| Page | user | CPU ms/req demo → national | p50 / p95 / p99 ms national | p95 demo | ratio | target |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for d, n in zip(demo["pages"], national["pages"]):
    ratio = n["p95"] / max(d["p95"], 0.1)
    status = "" if n["status"] == 200 else f" (HTTP {n['status']})"
    print(f"| `{n['path']}`{status} | {n['user']} | {d['cpu']:.1f} → {n['cpu']:.1f} | "
          f"{n['p50']:.1f} / {n['p95']:.1f} / {n['p99']:.1f} | {d['p95']:.1f} | {ratio:.2f} | "
          f"{ok(n['p95'] <= 50)} p95 ≤ 50, {ok(ratio <= 1.5)} ratio ≤ 1.5 |")
print()
print("| Throughput (wrk -t2 -c4) | demo req/s | national req/s | share of the bare page (national) | target |")
print("| --- | --- | --- | --- | --- |")
bare = {r["label"]: r["throughput"][0]["rps"] for r in (demo, national) if r["throughput"]}
targets = {"/Dashboard?year=2021": 0.25, "/Projects": 0.30}
for d, n in zip(demo["throughput"], national["throughput"]):
    share = n["rps"] / bare["national"]
    target = targets.get(n["path"])
    goal = f"{ok(share >= target)} ≥ {target:.0%}" if target else "(the bare page)"
    print(f"| {n['user']} `{n['path']}` | {d['rps']:.1f} | {n['rps']:.1f} | {share:.1%} | {goal} |")
