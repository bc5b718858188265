#!/usr/bin/env bash
# Issue 16's benchmark, demo against national data, side by side in one run on this machine:
#   1. builds the portal (Release) and makes a demo database (a fresh start with demo seeding);
#   2. builds the national data set from it (bench/national/generate.py: 100,000 projects over 2016-2026);
#   3. starts the portal on each database in turn, measures every page of bench/measure.py (sequential requests
#      after a warm-up: p50/p95/p99 and the server's CPU ms/request) and a wrk throughput pass against the bare
#      page (the anonymous sign-in page: MVC with the portal's layout, no data);
#   4. prints the table with the targets beside the figures (bench/report.py).
# Usage: bash bench/run.sh [requests per page] [projects]     (defaults: 60, 100000)
# Keep the work folder with KEEP=1 (the national database is reused when BENCH_DB names an existing file).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
requests="${1:-60}"
projects="${2:-100000}"
work="${BENCH_WORK:-$(mktemp -d)}"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/KhuyenCong.Web -c Release -v q -nologo >/dev/null
dll="$(pwd)/src/KhuyenCong.Web/bin/Release/net10.0/KhuyenCong.Web.dll"

start() { # $1 = database file; sets pid and base, waits for /healthz
    local port=$((20000 + RANDOM % 20000))
    base="http://127.0.0.1:$port"
    (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Development Security__RequireHttps=false Seeding__Demo=true \
      ConnectionStrings__Sqlite="Data Source=$1" Serilog__WriteTo__1__Args__path="$work/log-.log" \
      Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__Microsoft=Warning \
      RateLimits__SignIn__PermitLimit=1000 ASPNETCORE_URLS="$base" exec dotnet KhuyenCong.Web.dll) >"$work/run.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/healthz" 2>/dev/null && return; sleep 0.5; done
    echo "the portal did not start:"; tail -20 "$work/run.log"; exit 1
}
stop() { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=""; }

if [ ! -f "$work/demo.db" ]; then start "$work/demo.db"; stop; fi
national="${BENCH_DB:-$work/national.db}"
if [ ! -f "$national" ]; then
    echo "generating the national data set ($projects projects)…"
    python3 bench/national/generate.py "$work/demo.db" "$national" --projects "$projects"
fi
cp "$work/demo.db" "$work/demo-run.db"
for label in ${LABELS:-demo national}; do
    db="$work/demo-run.db"; [ "$label" = national ] && db="$national"
    start "$db"
    # The background services' first round runs 30 s after start (deadline reminders scan the projects and may store
    # notifications, which moves the change counter and so empties the page cache): measuring through it mixed its
    # CPU and one round of cache misses into whichever pages it met. Pages are measured in the steady state after it.
    sleep "${SETTLE_SECONDS:-45}"
    python3 bench/measure.py "$base" "$pid" "$label" "$work/$label.json" --requests "$requests"
    stop
done
[ -f "$work/demo.json" ] && [ -f "$work/national.json" ] && python3 bench/report.py "$work/demo.json" "$work/national.json" | tee "$work/report.md"
echo "work folder: $work"

# Start-up (issue 16: first start <= 10 s, later starts <= 2 s on the national data set): bench/seed-startup.sh on an
# empty database and on a copy of the national one; its table is printed after the pages'. NO_STARTUP=1 skips it.
# It publishes and measures the ReadyToRun build that README's Production section deploys.
if [ -z "${NO_STARTUP:-}" ]; then
    bash bench/seed-startup.sh 3 "$national" | tee "$work/startup.md"
fi
