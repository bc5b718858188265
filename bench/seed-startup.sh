#!/usr/bin/env bash
# Issue 16's start-up targets: first start with full reference seeding <= 10 s (Production), later starts <= 2 s on
# the national data set. Starts the built portal (Production) and times each start from launch until /healthz answers
# 200: wall-clock ms and the portal's CPU ms (utime+stime from /proc; the steadier figure on a loaded machine), and
# prints the portal's own per-step line ("steps wall/CPU ms: migrate …, units …").
#   - first start on an empty SQLite file: reference seeding only, and with demo seeding;
#   - later start on that database (same build: reference seeding skipped);
#   - on a copy of a national database (argument 2, e.g. bench/run.sh's): the first start of this build (the reference
#     seeders check everything once), then later starts.
# The measured build is the one README's Production section deploys: `dotnet publish --ucr -p:PublishReadyToRun=true`
# (precompiled code) into src/KhuyenCong.Web/bin/Release/publish-r2r. APP_DIR=<folder of KhuyenCong.Web.dll> measures another build
# instead, e.g. APP_DIR=src/KhuyenCong.Web/bin/Release/net10.0 (`dotnet build`'s output: JIT-compiled on each start).
# Usage: bash bench/seed-startup.sh [runs] [national.db]   (runs default 3; NO_BUILD=1 skips the publish)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-3}"
national="${2:-}"
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

published="$(pwd)/src/KhuyenCong.Web/bin/Release/publish-r2r"
[ -n "${NO_BUILD:-}" ] || [ -n "${APP_DIR:-}" ] || dotnet publish src/KhuyenCong.Web -c Release --ucr \
    --self-contained false -p:PublishReadyToRun=true -p:UseAppHost=false -o "$published" -v q -nologo >/dev/null
dll="$(realpath "${APP_DIR:-$published}")/KhuyenCong.Web.dll"
[ -f "$dll" ] || { echo "No $dll: run without NO_BUILD (publishes it) or set APP_DIR"; exit 1; }
echo "Measured build: $(dirname "$dll") ($([ -n "${APP_DIR:-}" ] && echo "APP_DIR" \
    || echo "dotnet publish --ucr -p:PublishReadyToRun=true"))"
tck="$(getconf CLK_TCK)"
rows=()

start_once() { # $1 = label, $2 = database file, $3 = demo true/false; adds a row, prints the portal's step line
    local port=$((20000 + RANDOM % 20000)) log="$work/run.log"
    local t0; t0=$(date +%s%N)
    (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Production Security__RequireHttps=false Seeding__Demo="$3" \
    ConnectionStrings__Sqlite="Data Source=$2" Serilog__WriteTo__1__Args__path="$work/log-.log" \
    ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet KhuyenCong.Web.dll) >"$log" 2>&1 &
    pid=$!
    local ok=""
    for _ in $(seq 1 3000); do
        if curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null; then ok=1; break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    local t1; t1=$(date +%s%N)
    local cpu; cpu=$(awk -v t="$tck" '{print int(($14 + $15) * 1000 / t)}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=""
    if [ -z "$ok" ]; then echo "$1: the portal did not start"; tail -20 "$log"; exit 1; fi
    local wall=$(( (t1 - t0) / 1000000 ))
    rows+=("$1|$wall|$cpu")
    echo "$1: ${wall} ms wall, ${cpu} ms CPU; $(grep -o 'steps wall/CPU ms: .*' "$log" | head -1)"
}

for i in $(seq 1 "$runs"); do start_once "first start, reference data only" "$work/ref-$i.db" false; done
start_once "first start, with demo data" "$work/demo.db" true
for i in $(seq 1 "$runs"); do start_once "later start, reference data only" "$work/ref-1.db" false; done
if [ -n "$national" ]; then
    cp "$national" "$work/national.db"
    start_once "national: first start of this build" "$work/national.db" false
    for i in $(seq 1 "$runs"); do start_once "national: later start" "$work/national.db" false; done
    for i in $(seq 1 "$runs"); do start_once "national: later start, demo seeding on" "$work/national.db" true; done
fi

echo
echo "| Start (Production, SQLite) | runs | wall ms (median) | CPU ms (median) | target |"
echo "| --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}" | python3 -c '
import sys, statistics
rows = {}
for line in sys.stdin:
    label, wall, cpu = line.strip().split("|"); rows.setdefault(label, []).append((int(wall), int(cpu)))
for label, values in rows.items():
    wall = statistics.median(v[0] for v in values); cpu = statistics.median(v[1] for v in values)
    limit = 10_000 if label.startswith("first start, reference") else 2_000 if "later start" in label else None
    target = "" if limit is None else ("✓" if wall <= limit else "✗") + f" ≤ {limit // 1000} s"
    if limit and "demo seeding" in label: target = "(demo seeding is no production start)"
    print(f"| {label} | {len(values)} | {wall:,.0f} | {cpu:,.0f} | {target} |")
'
