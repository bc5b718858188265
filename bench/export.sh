#!/usr/bin/env bash
# The long exports on the national data set (issue 16): the implementation report of one year, Mẫu 2 of one year
# and Mẫu 2 of every project, each as a background job; prints time to the file, CPU ms and memory added.
# Usage: BENCH_DB=<national.db> bash bench/export.sh [year]   (the national database from bench/run.sh, KEEP=1,
# or bench/national/generate.py; --projects 230000 gives ≈ 20,000 approved projects a year, the issue's report size)
# REPEAT=n runs every export n times on the one portal and prints the best and median (a shared machine);
# BENCH_BIN=<folder> runs a portal built elsewhere (e.g. a copy of bin/Release/net10.0 from before a change).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
year="${1:-2021}"
db="${BENCH_DB:?name the national database in BENCH_DB}"
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"' EXIT
[ -n "${NO_BUILD:-}" ] || dotnet build src/KhuyenCong.Web -c Release -v q -nologo >/dev/null
dll="${BENCH_BIN:-$(pwd)/src/KhuyenCong.Web/bin/Release/net10.0}/KhuyenCong.Web.dll"
port=$((20000 + RANDOM % 20000)); base="http://127.0.0.1:$port"
(cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Production Security__RequireHttps=false Seeding__Demo=true \
  ConnectionStrings__Sqlite="Data Source=$db" Storage__Attachments="$work/files" \
  Serilog__WriteTo__1__Args__path="$work/log-.log" Serilog__MinimumLevel__Default=Warning \
  RateLimits__SignIn__PermitLimit=1000 ASPNETCORE_URLS="$base" exec dotnet KhuyenCong.Web.dll) >"$work/run.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/healthz" 2>/dev/null && break; sleep 0.5; done
python3 bench/export.py "$base" "$pid" "$work/export.json" --year "$year" --repeat "${REPEAT:-1}"
