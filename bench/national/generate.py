#!/usr/bin/env python3
"""Builds the national data set of issue 16 from a demo-seeded SQLite database (bench/run.sh makes one).

Ten years (2016-2026) of every province: projects at real communes (legacy units before 2025, current ones from
2026) implemented by the province's department or extension centre, in every state and both funds, with cost
lines, history rows and audit rows in the proportions of a real history (per project about 2.5 cost lines,
7.8 history rows and 10 audit rows). The same seed gives the same file. Rows go in with plain INSERTs in one
transaction, outside the portal, so the whole set takes about a minute.

Usage: python3 bench/national/generate.py DEMO_DB OUT_DB [--projects 100000] [--seed 16]
"""
import argparse, json, random, shutil, sqlite3, unicodedata

STATUSES_OLD = [9] * 5 + [11] * 9 + [10, 6]            # years long past: settled, closed, stopped, rejected
STATUSES_NEW = [1, 2, 3, 4, 5, 7, 7, 8, 9, 6, 10, 11]   # recent years: every state
ITEMS = ["Máy sấy nông sản", "Dây chuyền đóng gói", "Tập huấn kỹ thuật", "Mô hình trình diễn",
         "Hội chợ triển lãm", "Thiết bị chế biến", "Xây dựng thương hiệu", "Tư vấn cải tiến sản xuất"]
VERBS = ["Hỗ trợ ứng dụng máy móc thiết bị", "Xây dựng mô hình trình diễn kỹ thuật", "Đào tạo nghề, truyền nghề",
         "Hỗ trợ tham gia hội chợ", "Tư vấn phát triển sản phẩm", "Hỗ trợ sản xuất sạch hơn"]
GOODS = ["chế biến chè", "dệt thổ cẩm", "chế biến gỗ", "mây tre đan", "gốm sứ", "chế biến dược liệu",
         "cơ khí nông nghiệp", "chế biến nông sản", "thực phẩm", "đồ gỗ mỹ nghệ"]


def search_key(text):
    text = text.strip().lower().replace("đ", "d")
    return " ".join("".join(c for c in unicodedata.normalize("NFD", text)
                            if unicodedata.category(c) != "Mn").split())


def abbreviate(province):  # the same rule as ProjectCode.Abbreviate (with its two exceptions)
    bare = province.replace("Thành phố ", "").replace("Tỉnh ", "").strip()
    fixed = {"hau giang": "HUG", "dak nong": "DKN"}.get(search_key(bare))
    if fixed: return fixed
    words = search_key(bare).replace("-", " ").split()
    initials = "".join(w[0].upper() for w in words)
    return initials if len(initials) >= 3 else initials + words[-1][-1].upper()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("demo_db"); ap.add_argument("out_db")
    ap.add_argument("--projects", type=int, default=100_000); ap.add_argument("--seed", type=int, default=16)
    a = ap.parse_args()
    shutil.copyfile(a.demo_db, a.out_db)
    rnd = random.Random(a.seed)
    db = sqlite3.connect(a.out_db)
    db.execute("PRAGMA journal_mode=OFF"); db.execute("PRAGMA synchronous=OFF")
    q = lambda sql, *p: db.execute(sql, p).fetchall()

    # Provinces of each generation with their communes and implementing organisations.
    places = {}
    for gen in (1, 2):
        for pid, code, name in q("select Id, Code, Name from AdministrativeUnits where Generation=? and Level=1", gen):
            communes = [r[0] for r in q("select Id from AdministrativeUnits where Generation=? and Level=3 "
                                        "and ProvinceCode=?", gen, code)]
            orgs = [r[0] for r in q("select Id from Organisations where ScopeUnitId=? and Kind in (3,4)", pid)]
            if communes and orgs: places.setdefault(gen, []).append((code, name, communes, orgs))
    contents = [r[0] for r in q("select Id from ActivityContents")]
    users = q("select Id, coalesce(FullName, Email) from AspNetUsers where Email like '%.so@%' or Email like '%.ttkc@%'"
              " or Email like 'bo.canbo@%'")
    seq = {}
    for (code,) in q("select Code from Projects"):
        prefix, n = code.rsplit("-", 1); seq[prefix + "-"] = max(seq.get(prefix + "-", 0), int(n))

    next_id = q("select coalesce(max(Id),0) from Projects")[0][0] + 1
    projects, lines, history, audit = [], [], [], []
    for i in range(a.projects):
        year = 2016 + i * 11 // a.projects
        gen = 2 if year >= 2026 else 1
        pcode, pname, communes, orgs = rnd.choice(places[gen])
        fund = 1 if rnd.random() < 0.35 else 2
        prefix = f"{'KCQG' if fund == 1 else 'KCDP'}-{year}-{abbreviate(pname)}-"
        seq[prefix] = seq.get(prefix, 0) + 1
        status = rnd.choice(STATUSES_OLD if year <= 2023 else STATUSES_NEW)
        name = f"{rnd.choice(VERBS)} {rnd.choice(GOODS)} tại {pname.replace('Tỉnh ', 'tỉnh ')} ({i})"
        n_lines = rnd.choice((1, 2, 2, 3, 3, 4))
        amounts = [rnd.randrange(50, 900) * 1_000_000 for _ in range(n_lines)]
        total = sum(amounts); support = total // 2
        approved = support if status >= 5 and status != 6 else None
        disbursed = support if status in (8, 9, 11) else (support // 2 if status == 7 else 0)
        settled = support if status in (9, 11) else None
        user_id, user_name = rnd.choice(users)
        created = f"{year}-0{rnd.randrange(1, 4)}-{rnd.randrange(10, 28)} 02:00:00"
        pid = next_id + i
        projects.append((pid, f"{prefix}{seq[prefix]:03d}", name, search_key(name), rnd.choice((1, 2, 3)), fund, year,
                         rnd.choice(contents), rnd.choice(orgs), rnd.choice(communes), pcode,
                         rnd.randrange(1, 20), rnd.randrange(0, 80), rnd.randrange(0, 10), rnd.randrange(0, 3),
                         rnd.randrange(0, 60), f"{year}-04-01", f"{year}-11-30", total, support,
                         support if status >= 3 and status != 6 else None, approved,
                         f"{rnd.randrange(100, 3000)}/QĐ-BCT" if approved else None,
                         f"{year}-05-20" if approved else None, disbursed, settled, status, user_id, created))
        for n, amount in enumerate(amounts, 1):
            lines.append((pid, n, rnd.choice(ITEMS), amount, amount // 2, amount - amount // 2, 0,
                          amount // 2 if settled else None))
        steps = min(status, 9) if status not in (6, 10) else 4
        for s in range(1, steps + 1):
            history.append((pid, s, max(s - 1, 1), s, user_id, user_name, created, None))
        for s in range(10):
            audit.append((created, user_id, user_name, "Project" if s < 6 else "CostLine", str(pid),
                          "Added" if s == 0 else "Modified",
                          json.dumps({"Status": status, "Version": s}), json.dumps({"Status": status, "Version": s + 1})))

    db.executemany("""insert into Projects (Id, Code, Name, SearchKey, Kind, Fund, Year, ActivityContentId,
        ImplementingOrganisationId, LocationUnitId, ProvinceCode, EstablishmentsSupported, WorkersTrained, Machines,
        DemonstrationModels, Jobs, StartDate, EndDate, TotalCostDong, RequestedSupportDong, AppraisedSupportDong,
        ApprovedSupportDong, ApprovalDecisionNumber, ApprovalDecisionDate, DisbursedDong, SettledDong, Status,
        CreatedByUserId, CreatedAtUtc, CreatedBy, UpdatedAtUtc, UpdatedBy, Version)
        values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'bench',?,'bench',1)""",
                   [p + (p[-1],) for p in projects])
    db.executemany("""insert into ProjectCostLines (ProjectId, "Order", Item, TotalDong, FundSupportDong,
        ContributionDong, OtherSourcesDong, SettledSupportDong) values (?,?,?,?,?,?,?,?)""", lines)
    db.executemany("""insert into ProjectHistory (ProjectId, Action, FromStatus, ToStatus, UserId, UserName, AtUtc,
        Comment) values (?,?,?,?,?,?,?,?)""", history)
    db.executemany("""insert into AuditLog (AtUtc, UserId, UserName, EntityType, EntityKey, Action, OldValues,
        NewValues) values (?,?,?,?,?,?,?,?)""", audit)
    db.commit()
    for t in ("Projects", "ProjectCostLines", "ProjectHistory", "AuditLog"):
        print(f"{t}: {q(f'select count(*) from {t}')[0][0]:,}")
    db.close()


if __name__ == "__main__":
    main()
