#!/usr/bin/env bash
# Times the ministry leader's dashboard (the widest scope: every province, every project) on the demo data.
# Starts the Release build on a fresh SQLite database (migrated and demo-seeded), signs in with curl
# (antiforgery token + cookie), warms up, then sends N sequential requests and prints p50/p95/max in ms.
# With `hey` installed (apt-get install hey) it also runs a concurrent pass for comparison.
# Usage: bash bench/dashboard.sh [requests] [url-path]    (defaults: 50, /Dashboard?year=2021)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
requests="${1:-50}"
path="${2:-/Dashboard?year=2021}"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
base="http://localhost:$port"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/KhuyenCong.Web -c Release -v q -nologo >/dev/null
dll="$(pwd)/src/KhuyenCong.Web/bin/Release/net10.0/KhuyenCong.Web.dll"
# Development keeps the cookies usable over plain http (SameAsRequest); logging is lowered so that it does not dominate.
(cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Development Security__RequireHttps=false Seeding__Demo=true \
  ConnectionStrings__Sqlite="Data Source=$work/bench.db" Serilog__WriteTo__1__Args__path="$work/log-.log" \
  Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__Microsoft=Warning \
  ASPNETCORE_URLS="$base" exec dotnet KhuyenCong.Web.dll) >"$work/run.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do curl -fs -o /dev/null "$base/healthz" 2>/dev/null && break; sleep 0.5; done

jar="$work/cookies"
token="$(curl -fs -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
landing="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode "Email=bo.lanhdao@khuyencong.local" --data-urlencode "Password=KhuyenCong@2021" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login")"
echo "signed in as the ministry leader, landing: $landing"

status="$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$jar" "$base$path")"
[ "$status" = 200 ] || { echo "GET $path answered $status"; exit 1; }
for _ in $(seq 1 10); do curl -s -o /dev/null -b "$jar" "$base$path"; done

for _ in $(seq 1 "$requests"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$path"; done | sort -n > "$work/times"
pick() { awk -v q="$1" '{ a[NR] = $1 } END { i = int(q * NR + 0.999); if (i < 1) i = 1; printf "%.1f", a[i] * 1000 }' "$work/times"; }
echo "GET $path, $requests sequential requests: p50 $(pick 0.50) ms, p95 $(pick 0.95) ms, max $(pick 1.0) ms"

if command -v hey >/dev/null; then
  cookie="$(awk '$6 == "kc.auth" { print "kc.auth=" $7 }' "$jar")"
  hey -n 200 -c 4 -H "Cookie: $cookie" "$base$path" | grep -E 'Requests/sec|50%|95%|99%|\[200\]'
fi
