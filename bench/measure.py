#!/usr/bin/env python3
"""Measures pages of a running portal: per page and user, N sequential requests after a warm-up, giving
p50/p95/p99 wall-clock ms and the server's CPU ms/request (utime+stime of the portal's process from /proc,
the steadier figure on a machine shared with other work). Optionally a wrk throughput pass per page.

Usage: python3 bench/measure.py BASE_URL PID LABEL OUT_JSON [--requests 60] [--wrk-seconds 5]
Pages and users are listed in PAGES below; {project} is replaced by one project of the user's scope.
"""
import argparse, http.client, json, os, re, subprocess, time, urllib.parse

PASSWORD = "KhuyenCong@2021"
USERS = {"ministry": "bo.canbo@khuyencong.local", "province": "phutho.so@khuyencong.local",
         "admin": "admin@khuyencong.local", "leader": "bo.lanhdao@khuyencong.local"}
PAGES = [  # (user, path)
    ("ministry", "/Projects"), ("ministry", "/Projects?page=2000"), ("ministry", "/Projects?q=che+bien+che"),
    ("ministry", "/Projects/Details/{project}"), ("ministry", "/Inbox"), ("ministry", "/Dashboard?year=2021"),
    ("ministry", "/Budget?year=2021"), ("ministry", "/Plans"),
    ("province", "/Projects"), ("province", "/Projects?page=20"), ("province", "/Inbox"),
    ("province", "/Projects?q=che+bien"), ("province", "/Dashboard?year=2021"), ("province", "/Budget?year=2021"),
    ("admin", "/AuditLog"), ("admin", "/AuditLog?before=500000"),
    # scale-lists: the lists the first runs did not measure (product rounds need generate.py's products); a
    # selective text beside the common one; {round} is a 2025 round of the user's scope.
    ("ministry", "/Projects?q=lo+nung+gom"), ("ministry", "/ProductRounds"),
    ("ministry", "/ProductRounds/Details/{round}"), ("ministry", "/Establishments"),
    ("ministry", "/Establishments?q=che"), ("province", "/Establishments"), ("province", "/Establishments?q=che"),
    ("province", "/ProductRounds"), ("province", "/ProductRounds/Details/{round}"), ("province", "/Plans"),
    ("admin", "/Organisations?q=so+cong+thuong"), ("admin", "/Users?q=hoi+dong"),
]
THROUGHPUT = [("anonymous", "/Account/Login"), ("leader", "/Dashboard?year=2021"), ("ministry", "/Projects")]


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


class Client:
    def __init__(self, base):
        u = urllib.parse.urlparse(base)
        self.host, self.port = u.hostname, u.port
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
        self.cookies = {}

    def request(self, method, path, body=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            body = urllib.parse.urlencode(body); headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.conn.request(method, path, body, headers)
            r = self.conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionError):  # the server closed an idle keep-alive connection
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
            self.conn.request(method, path, body, headers)
            r = self.conn.getresponse()
        data = r.read()
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, value = v.split(";", 1)[0].split("=", 1); self.cookies[name] = value
        return r.status, data

    def sign_in(self, email):
        _, page = self.request("GET", "/Account/Login")
        token = re.search(rb'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page).group(1)
        status, _ = self.request("POST", "/Account/Login", {"Email": email, "Password": PASSWORD,
                                                            "__RequestVerificationToken": token.decode()})
        assert status == 302, f"sign-in of {email} answered {status}"


def pick(times, q):
    s = sorted(times); return s[min(len(s) - 1, max(0, int(q * len(s) + 0.999) - 1))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base"); ap.add_argument("pid", type=int); ap.add_argument("label"); ap.add_argument("out")
    ap.add_argument("--requests", type=int, default=60); ap.add_argument("--wrk-seconds", type=int, default=5)
    a = ap.parse_args()
    clients, results = {}, {"label": a.label, "pages": [], "throughput": []}
    for user, email in USERS.items():
        clients[user] = Client(a.base); clients[user].sign_in(email)
    for user, path in PAGES:
        c = clients[user]
        if "{project}" in path:
            _, html = c.request("GET", "/Projects")
            path = path.replace("{project}", re.search(rb'/Projects/Details/(\d+)', html).group(1).decode())
        if "{round}" in path:
            _, html = c.request("GET", "/ProductRounds?year=2025")
            path = path.replace("{round}", re.search(rb'/ProductRounds/Details/(\d+)', html).group(1).decode())
        for _ in range(5): status, body = c.request("GET", path)
        times, before = [], cpu_ms(a.pid)
        for _ in range(a.requests):
            t = time.perf_counter(); status, body = c.request("GET", path); times.append((time.perf_counter() - t) * 1000)
        cpu = (cpu_ms(a.pid) - before) / a.requests
        results["pages"].append({"user": user, "path": path, "status": status, "bytes": len(body), "cpu": cpu,
                                 "p50": pick(times, .5), "p95": pick(times, .95), "p99": pick(times, .99)})
        print(f"{a.label:9} {user:9} {path:32} {status} p50 {pick(times, .5):7.1f} p95 {pick(times, .95):7.1f} "
              f"cpu {cpu:6.1f} ms/req", flush=True)
    if a.wrk_seconds > 0:
        for user, path in THROUGHPUT:
            cookie = "; ".join(f"{k}={v}" for k, v in clients[user].cookies.items()) if user in clients else ""
            out = subprocess.run(["wrk", "-t2", "-c4", f"-d{a.wrk_seconds}s", "-H", f"Cookie: {cookie}",
                                  a.base + path], capture_output=True, text=True).stdout
            rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
            bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
            results["throughput"].append({"user": user, "path": path, "rps": rps, "non2xx": int(bad.group(1)) if bad else 0})
            print(f"{a.label:9} wrk {user:9} {path:32} {rps:8.1f} req/s", flush=True)
    json.dump(results, open(a.out, "w"), indent=1)


if __name__ == "__main__":
    main()
