#!/usr/bin/env bash
# Measures the first start on an empty SQLite database (migrate + seed every reference list, with and
# without the demo accounts) and a second start on the same database (must add nothing).
# Usage: bash bench/seed-startup.sh [runs]   (default 3). Prints the portal's own "Database ready in N ms" line.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build src/KhuyenCong.Web -c Release -v q -nologo >/dev/null
dll="$(pwd)/src/KhuyenCong.Web/bin/Release/net10.0/KhuyenCong.Web.dll"

start_once() { # $1 = database file, $2 = demo true/false; prints the start-up line, then stops the portal
    local log="$work/run.log"
    (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Production Security__RequireHttps=false Seeding__Demo="$2" \
    ConnectionStrings__Sqlite="Data Source=$1" Serilog__WriteTo__1__Args__path="$work/log-.log" \
    ASPNETCORE_URLS=http://127.0.0.1:0 exec dotnet KhuyenCong.Web.dll) >"$log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 120); do grep -q "Database ready" "$log" && break; sleep 0.5; done
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    grep -o "Database ready in [0-9]* ms.*" "$log"
}

count_units() { sqlite3 "$1" "select count(*) from AdministrativeUnits; select count(*) from UnitSuccessions; select count(*) from AspNetUsers;" | paste -sd' '; }

for demo in false true; do
    for i in $(seq 1 "$runs"); do
        db="$work/bench-$demo-$i.db"
        echo "first start (demo=$demo) #$i: $(start_once "$db" "$demo")"
    done
    echo "second start (demo=$demo): $(start_once "$db" "$demo")"
    command -v sqlite3 >/dev/null && echo "rows (units, links, users): $(count_units "$db")"
done
