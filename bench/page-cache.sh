#!/usr/bin/env bash
# The page cache's measurement (issue 16, slice scale-cache): the portal on a national database twice, with the page
# cache on and off (PageCache__Enabled), each measured by bench/page_cache.py; prints cached beside uncached CPU
# ms/request, the dashboard's cost on a miss, and the wrk throughput shares of the bare page.
# Usage: BENCH_DB=<national.db> bash bench/page-cache.sh [requests]   (NO_BUILD=1 skips the build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
requests="${1:-40}"
db="${BENCH_DB:?BENCH_DB names a national database (bench/national/generate.py)}"
work="${BENCH_WORK:-$(mktemp -d)}"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
[ -n "${NO_BUILD:-}" ] || dotnet build src/KhuyenCong.Web -c Release -v q -nologo >/dev/null
dll="$(pwd)/src/KhuyenCong.Web/bin/Release/net10.0/KhuyenCong.Web.dll"
for enabled in true false; do
    port=$((20000 + RANDOM % 20000)); base="http://127.0.0.1:$port"
    (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Development Security__RequireHttps=false Seeding__Demo=true \
      ConnectionStrings__Sqlite="Data Source=$db" Serilog__WriteTo__1__Args__path="$work/log-.log" \
      Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__Microsoft=Warning \
      PageCache__Enabled=$enabled RateLimits__SignIn__PermitLimit=1000 ASPNETCORE_URLS="$base" \
      exec dotnet KhuyenCong.Web.dll) >"$work/run-$enabled.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/healthz" 2>/dev/null && break; sleep 0.5; done
    python3 bench/page_cache.py "$base" "$pid" "cache-$enabled" "$work/cache-$enabled.json" --requests "$requests"
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done
python3 bench/page_cache.py report "$work/cache-true.json" "$work/cache-false.json" | tee "$work/page-cache.md"
