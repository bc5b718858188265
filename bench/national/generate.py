#!/usr/bin/env python3
"""Builds the national data set of issue 16 from a demo-seeded SQLite database (bench/run.sh makes one).

Ten years (2016-2026) of every province: projects at real communes (legacy units before 2025, current ones from
2026) implemented by the province's department or extension centre, in every state and both funds, with cost
lines, history rows and audit rows in the proportions of a real history (per project about 2.5 cost lines,
7.8 history rows and 10 audit rows). The same seed gives the same file. Rows go in with plain INSERTs in one
transaction, outside the portal, so the whole set takes about a minute.

Product rounds (add_products): a provincial round per legacy province and year 2016-2025 organised by its
department, each with about 32 entries of new establishments at the province's communes and four score sheets an
entry by the demo's council members (about 20,000 entries, 10,000 establishments and 80,000 sheets), the top third
recognised with a certificate. They draw from their own random stream, so the projects are the same as without them.

Usage: python3 bench/national/generate.py DEMO_DB OUT_DB [--projects 100000] [--entries 20000] [--seed 16]
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
    ap.add_argument("--entries", type=int, default=20_000)
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
    add_products(db, random.Random(a.seed + 1), a.entries)
    for t in ("Projects", "ProjectCostLines", "ProjectHistory", "AuditLog", "Establishments", "ProductRounds",
              "ProductEntries", "ProductScoreSheets"):
        print(f"{t}: {q(f'select count(*) from {t}')[0][0]:,}")
    db.close()


PRODUCTS = ["Chè", "Mật ong", "Gốm", "Nón lá", "Thổ cẩm", "Mây tre đan", "Nước mắm", "Miến dong", "Rượu", "Bánh",
            "Cà phê", "Tinh dầu", "Đồ gỗ", "Dao rèn", "Lụa", "Chiếu cói"]
FORMS = [(1, "Công ty TNHH"), (3, "Hợp tác xã"), (5, "Hộ kinh doanh"), (2, "Tổ hợp tác"), (6, "Nghệ nhân")]
COUNCIL = "hoidong.0%"


def add_products(db, rnd, entries):
    """Provincial rounds of every legacy province and year 2016-2025 with their entries and score sheets."""
    q = lambda sql, *p: db.execute(sql, p).fetchall()
    provinces = []
    for pid, code, name in q("select Id, Code, Name from AdministrativeUnits where Generation=1 and Level=1 "
                             "order by Code"):
        communes = [r[0] for r in q("select Id from AdministrativeUnits where Generation=1 and Level=3 "
                                    "and ProvinceCode=? order by Id", code)]
        dept = q("select Id from Organisations where ScopeUnitId=? and Kind=3 order by Id", pid)
        if communes and dept: provinces.append((pid, name, communes, dept[0][0]))
    council = q("select Id, coalesce(FullName, Email) from AspNetUsers where Email like ? order by Email", COUNCIL)
    criteria = q("select Code, Name, MaxScore, SortOrder from ScoreCriteria where IsActive=1 order by SortOrder")
    groups = [r[0] for r in q("select Id from ProductGroups order by Id")]
    registrar = q("select Id from AspNetUsers where Email like 'bo.canbo@%'")[0][0]
    years = range(2016, 2026)
    per_round = max(1, entries // (len(provinces) * len(years)))
    round_id = q("select coalesce(max(Id),0) from ProductRounds")[0][0]
    entry_id = q("select coalesce(max(Id),0) from ProductEntries")[0][0]
    est_id = q("select coalesce(max(Id),0) from Establishments")[0][0]
    rounds, members, crits, ests, ents, sheets, certs = [], [], [], [], [], [], []
    for year in years:
        for pid, pname, communes, dept in provinces:
            round_id += 1
            stamp = f"{year}-03-01 02:00:00"
            rounds.append((round_id, 2, year, year - 2015, dept, pid, f"{year}-03-01", f"{year}-04-15", 70,
                           4, f"{rnd.randrange(100, 999)}/QĐ-SCT", f"{year}-05-20", stamp))
            for uid, uname in council:
                members.append((round_id, uid, uname, stamp))
            for code, cname, max_score, order in criteria:
                crits.append((code, cname, max_score, order, round_id))
            place = pname.replace("Thành phố ", "").replace("Tỉnh ", "")
            for n in range(per_round):
                unit = rnd.choice(communes)
                if n % 2 == 0:  # an establishment enters two products
                    est_id += 1
                    form, form_name = rnd.choice(FORMS)
                    est_name = f"{form_name} {rnd.choice(PRODUCTS).lower()} {place} số {est_id}"
                    ests.append((est_id, est_name, search_key(est_name), form, unit,
                                 f"8{est_id:09d}" if form != 5 else None, int(rnd.random() < 0.4), stamp))
                entry_id += 1
                name = f"{rnd.choice(PRODUCTS)} {place} {rnd.choice(('đặc sản', 'truyền thống', 'cao cấp'))} {n + 1}"
                scores = []
                for uid, _ in council[:4]:
                    points = [rnd.randrange(max_score // 2, max_score + 1) for _, _, max_score, _ in criteria]
                    scores.append(sum(points))
                    sheets.append((entry_id, uid, json.dumps(points, separators=(",", ":")), sum(points), stamp))
                mean = sum(scores) / len(scores)
                recognised = int(mean >= 80)
                ents.append((entry_id, round_id, name, search_key(name), rnd.choice(groups), est_id, ests[-1][4],
                             pid, registrar, mean, len(scores), recognised, stamp))
                if recognised:
                    certs.append((f"{pid}-{year}-{n + 1:03d}", entry_id, 2, f"{year}-05-20", f"{year + 3}-12-31",
                                  stamp))
    db.executemany("""insert into ProductRounds (Id, Level, Year, Ordinal, OrganiserId, ScopeUnitId, SubmissionOpens,
        SubmissionCloses, PassThreshold, Status, DecisionNumber, DecisionDate, CreatedAtUtc, CreatedBy, UpdatedAtUtc,
        UpdatedBy, Version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,'bench',?,'bench',1)""", [r + (r[-1],) for r in rounds])
    db.executemany("""insert into ProductRoundMembers (RoundId, UserId, FullName, CreatedAtUtc, CreatedBy,
        UpdatedAtUtc, UpdatedBy, Version) values (?,?,?,?,'bench',?,'bench',1)""", [m + (m[-1],) for m in members])
    db.executemany("""insert into ProductRoundCriteria (Code, Name, MaxScore, SortOrder, RoundId)
        values (?,?,?,?,?)""", crits)
    db.executemany("""insert into Establishments (Id, Name, SearchKey, LegalFormId, AddressUnitId, TaxCode,
        OwnerIsWoman, OwnerIsEthnicMinority, CreatedAtUtc, CreatedBy, UpdatedAtUtc, UpdatedBy, Version)
        values (?,?,?,?,?,?,?,0,?,'bench',?,'bench',1)""", [e + (e[-1],) for e in ests])
    db.executemany("""insert into ProductEntries (Id, RoundId, Name, SearchKey, GroupId, EstablishmentId,
        LocationUnitId, ProvinceUnitId, RegisteredByUserId, Eligibility, MeanScore, SheetCount, Recognised,
        CreatedAtUtc, CreatedBy, UpdatedAtUtc, UpdatedBy, Version)
        values (?,?,?,?,?,?,?,?,?,1,?,?,?,?,'bench',?,'bench',1)""", [e + (e[-1],) for e in ents])
    db.executemany("""insert into ProductScoreSheets (EntryId, MemberUserId, Points, Total, CreatedAtUtc, CreatedBy,
        UpdatedAtUtc, UpdatedBy, Version) values (?,?,?,?,?,'bench',?,'bench',1)""", [s + (s[-1],) for s in sheets])
    db.executemany("""insert into ProductCertificates (Number, EntryId, Level, IssueDate, ValidUntil, CreatedAtUtc,
        CreatedBy, UpdatedAtUtc, UpdatedBy, Version) values (?,?,?,?,?,?,'bench',?,'bench',1)""",
                   [c + (c[-1],) for c in certs])
    db.commit()


if __name__ == "__main__":
    main()
