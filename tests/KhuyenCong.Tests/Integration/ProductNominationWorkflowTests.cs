using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Product nominations through the portal (issue 13). The demo has Phú Thọ's package to the 2026 northern regional
/// round (quota 3): two products certified in Hòa Bình's 2025 provincial round, sent with letter 1875/SCT-QLCN.
/// Every refusal saves nothing.
/// </summary>
public sealed class ProductNominationWorkflowTests : IDisposable
{
    private const string TuyenQuangDepartment = "Sở Công Thương tỉnh Tuyên Quang";
    // The demo's northern round takes nominations until 15/12/2026: the tests live on the day they were written.
    private readonly PortalFactory _portal =
        new() { Clock = new ShiftedClock(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero)) };

    public void Dispose() => _portal.Dispose();

    private Task<int> NorthernRoundIdAsync() => _portal.WithDbAsync(db => db.ProductRounds
        .Where(r => r.Level == RoundLevel.Regional && r.Year == 2026).Select(r => r.Id).SingleAsync());

    private async Task<int> DemoPackageIdAsync()
    {
        var round = await NorthernRoundIdAsync();
        return await _portal.WithDbAsync(db => db.ProductNominations
            .Where(n => n.RoundId == round && n.Unit!.Code == "25" && n.Unit.Generation == UnitGeneration.Current)
            .Select(n => n.Id).SingleAsync());
    }

    private Task<ProductNomination> PackageAsync(int id) => _portal.WithDbAsync(db => db.ProductNominations
        .Include(n => n.Items).AsNoTracking().SingleAsync(n => n.Id == id));

    private async Task<KeyValuePair<string, string>> VersionAsync(int package) =>
        new("version", (await PackageAsync(package)).Version.ToString(CultureInfo.InvariantCulture));

    private Task<int> EntryCountAsync(int round) =>
        _portal.WithDbAsync(db => db.ProductEntries.CountAsync(e => e.RoundId == round));

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = _portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url,
        params KeyValuePair<string, string>[] fields) => await client.PostFormAsync(url, fields, "/");

    /// <summary>Uploads the signed letter as the nominator's form does (multipart, with the antiforgery
    /// token).</summary>
    private async Task<HttpResponseMessage> UploadLetterAsync(HttpClient client, int package, string number)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await client.GetFormTokenAsync("/")), PortalClientExtensions.TokenField);
        form.Add(new StringContent((await VersionAsync(package)).Value), "version");
        form.Add(new StringContent(number), "letterNumber");
        form.Add(new StringContent("2026-11-20"), "letterDate");
        var file = new ByteArrayContent("%PDF-1.4\n% cong van\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "cong-van-de-cu.pdf");
        return await client.PostAsync($"/Nominations/Letter/{package}", form);
    }

    [Fact]
    public async Task RoundPage_Ministry_PackagesByProvinceAndWhoHasNotNominated()
    {
        var round = await NorthernRoundIdAsync();
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);

        var page = await ministry.GetDocumentAsync($"/NominationReview/Round/{round}");

        var row = Assert.Single(page.QuerySelectorAll("#packages tbody tr[data-package-id]"));
        Assert.Contains("Phú Thọ", row.TextContent);
        Assert.Contains("Đã gửi", row.TextContent);
        Assert.Contains("1875/SCT-QLCN", row.TextContent);
        Assert.Equal("2", row.QuerySelectorAll("td")[2].TextContent.Trim());
        var missing = page.QuerySelector("#not-nominated")!.TextContent;
        Assert.Contains("Tuyên Quang", missing);
        Assert.DoesNotContain("Phú Thọ", missing);
        Assert.Equal("14", page.QuerySelector("#not-nominated-count")!.TextContent.Trim());
        var roundPage = await ministry.GetDocumentAsync($"/ProductRounds/Details/{round}");
        Assert.NotNull(roundPage.QuerySelector("#round-nominations"));
        Assert.Equal("3", roundPage.QuerySelector("#nomination-quota")!.TextContent.Trim().Split()[0]);
    }

    [Fact]
    public async Task Accept_Organiser_EveryProductBecomesAnEntryInOneStepThenAgain409()
    {
        var round = await NorthernRoundIdAsync();
        var package = await DemoPackageIdAsync();
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await PostAsync(ministry, $"/NominationReview/Accept/{package}", await VersionAsync(package)));

        var saved = await PackageAsync(package);
        Assert.Equal(NominationStatus.Accepted, saved.Status);
        var entries = await _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.RoundId == round)
            .Select(e => new { e.Id, e.Name, Certificate = e.PrerequisiteCertificate!.Number,
                Province = e.ProvinceUnit!.Code,
                e.ProvinceUnit.Generation }).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("HB-2025-", e.Certificate, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Equal(("25", UnitGeneration.Current), (e.Province, e.Generation)));
        Assert.Equal(entries.Select(e => (int?)e.Id).Order(), saved.Items.Select(i => i.EntryId).Order());

        var again = await PostAsync(ministry, $"/NominationReview/Accept/{package}", await VersionAsync(package));
        await Expect.StatusAsync(HttpStatusCode.Conflict, again);
        Assert.Equal(2, await EntryCountAsync(round));
    }

    [Fact]
    public async Task Accept_NotTheOrganiser_Answers403AndNothingSaved()
    {
        var round = await NorthernRoundIdAsync();
        var package = await DemoPackageIdAsync();
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);

        var response = await PostAsync(phuTho, $"/NominationReview/Accept/{package}", await VersionAsync(package));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(NominationStatus.Submitted, (await PackageAsync(package)).Status);
        Assert.Equal(0, await EntryCountAsync(round));
    }

    [Fact]
    public async Task Return_WithoutReasonRefused_WithReasonReturnedShownAndResent()
    {
        var package = await DemoPackageIdAsync();
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);
        var url = $"/Nominations/Details/{package}";

        var refused = await PostAsync(ministry, $"/NominationReview/Return/{package}", new("reason", " "),
            await VersionAsync(package));
        // The package's page again (422) with the reason, nothing saved.
        await Expect.StatusAsync(HttpStatusCode.UnprocessableEntity, refused);
        var refusedPage = await PortalClientExtensions.ParseHtmlAsync(refused);
        Assert.Contains("lý do trả lại", refusedPage.QuerySelector("#refusal-reason")!.TextContent);
        // Rendered by the review controller, the package page still links its letter to the packages' own action.
        Assert.Equal($"/Nominations/LetterFile/{package}",
            refusedPage.QuerySelector("#package-letter a")?.GetAttribute("href"));
        Assert.Equal(NominationStatus.Submitted, (await PackageAsync(package)).Status);

        await Expect.StatusAsync(HttpStatusCode.Redirect, await PostAsync(ministry,
            $"/NominationReview/Return/{package}",
            new("reason", "Công văn chưa đóng dấu"), await VersionAsync(package)));
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);
        var page = await phuTho.GetDocumentAsync(url);
        Assert.Contains("Công văn chưa đóng dấu", page.QuerySelector("#return-reason")!.TextContent);
        Assert.Contains("Bị trả lại", page.QuerySelector("#package-status")!.TextContent);

        await Expect.StatusAsync(HttpStatusCode.Redirect, await UploadLetterAsync(phuTho, package, "1990/SCT-QLCN"));
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await PostAsync(phuTho, $"/Nominations/Submit/{package}", await VersionAsync(package)));

        var saved = await PackageAsync(package);
        Assert.Equal(NominationStatus.Submitted, saved.Status);
        Assert.Equal(2, saved.Submissions);
        Assert.Equal("1990/SCT-QLCN", saved.LetterNumber);
        Assert.Equal("cong-van-de-cu.pdf", saved.LetterFileName);
        var letter = await phuTho.GetAsync($"/Nominations/LetterFile/{package}");
        await Expect.StatusAsync(HttpStatusCode.OK, letter);
        Assert.StartsWith("%PDF", await letter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nominator_QuotaWrongCertificateAndResend_RefusalsSaveNothing()
    {
        var round = await NorthernRoundIdAsync();
        var package = await DemoPackageIdAsync();
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);
        var url = $"/Nominations/Details/{package}";
        await PostAsync(ministry, $"/NominationReview/Return/{package}", new("reason", "Bổ sung sản phẩm"),
            await VersionAsync(package));
        var (third, national) = await _portal.WithDbAsync(async db => (
            await db.Certificates.Where(c => c.Number == "HB-2025-003").Select(c => c.Id).SingleAsync(),
            await db.Certificates.Where(c => c.Level == RoundLevel.National).Select(c => c.Id).FirstAsync()));

        // The page offers the third Hòa Bình certificate (Hòa Bình is part of Phú Thọ), not the national ones.
        var offered = (await phuTho.GetDocumentAsync(url)).QuerySelectorAll("#add-item option")
            .Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal([third.ToString(CultureInfo.InvariantCulture)], offered);
        var wrong = await PostAsync(phuTho, $"/Nominations/AddItem/{package}",
            new("certificateId", national.ToString(CultureInfo.InvariantCulture)), await VersionAsync(package));
        await Expect.StatusAsync(HttpStatusCode.UnprocessableEntity, wrong);
        Assert.Contains("không phải giấy chứng nhận",
            (await PortalClientExtensions.ParseHtmlAsync(wrong)).QuerySelector("#refusal-reason")!.TextContent);
        Assert.Equal(2, (await PackageAsync(package)).Items.Count);

        await Expect.StatusAsync(HttpStatusCode.Redirect, await PostAsync(phuTho, $"/Nominations/AddItem/{package}",
            new("certificateId", third.ToString(CultureInfo.InvariantCulture)), await VersionAsync(package)));
        var roundVersion = await _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round).Select(r
            => r.Version).SingleAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, await PostAsync(ministry,
            $"/RoundDecisions/NominationQuota/{round}",
            new("quota", "2"), new("version", roundVersion.ToString(CultureInfo.InvariantCulture))));
        var over = await PostAsync(phuTho, $"/Nominations/Submit/{package}", await VersionAsync(package));
        Assert.Contains("vượt số lượng 2",
            (await PortalClientExtensions.ParseHtmlAsync(over)).QuerySelector("#refusal-reason")!.TextContent);
        Assert.Equal(NominationStatus.Returned, (await PackageAsync(package)).Status);

        var item = (await PackageAsync(package)).Items.Single(i => i.CertificateId == third).Id;
        await Expect.StatusAsync(HttpStatusCode.Redirect, await PostAsync(phuTho, $"/Nominations/RemoveItem/{package}",
            new("itemId", item.ToString(CultureInfo.InvariantCulture)), await VersionAsync(package)));
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await PostAsync(phuTho, $"/Nominations/Submit/{package}", await VersionAsync(package)));
        Assert.Equal(NominationStatus.Submitted, (await PackageAsync(package)).Status);

        // Sent: no more changes (409).
        var locked = await PostAsync(phuTho, $"/Nominations/AddItem/{package}",
            new("certificateId", third.ToString(CultureInfo.InvariantCulture)), await VersionAsync(package));
        await Expect.StatusAsync(HttpStatusCode.Conflict, locked);
        Assert.Equal(2, (await PackageAsync(package)).Items.Count);
    }

    [Fact]
    public async Task OtherProvince_StartsItsOwnPackage_CannotSeePhuThosAndStaysNotNominatedAsADraft()
    {
        var round = await NorthernRoundIdAsync();
        var user = await _portal.CreateUserAsync(RoleNames.DepartmentOfficer, TuyenQuangDepartment);
        var tuyenQuang = await SignedInAsync(user.Email!);

        var index = await tuyenQuang.GetDocumentAsync("/Nominations");
        Assert.NotNull(index.QuerySelector($"#nomination-rounds tr[data-round-id='{round}'] form"));
        var created = await PostAsync(tuyenQuang, $"/Nominations/Create?roundId={round}");
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var own = int.Parse(Expect.Location(created).Split('/').Last(), CultureInfo.InvariantCulture);
        var empty = await PostAsync(tuyenQuang, $"/Nominations/Submit/{own}", await VersionAsync(own));

        await Expect.StatusAsync(HttpStatusCode.UnprocessableEntity, empty);
        Assert.Contains("chưa có sản phẩm", (await PortalClientExtensions.ParseHtmlAsync(empty))
            .QuerySelector("#refusal-reason")!.TextContent);
        Assert.Equal(NominationStatus.Draft, (await PackageAsync(own)).Status);
        await Expect.StatusAsync(HttpStatusCode.NotFound,
            await tuyenQuang.GetAsync($"/Nominations/Details/{await DemoPackageIdAsync()}"));
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);
        var page = await ministry.GetDocumentAsync($"/NominationReview/Round/{round}");
        Assert.Contains("Tuyên Quang", page.QuerySelector("#not-nominated")!.TextContent);
        Assert.Contains("Đang lập", page.QuerySelector($"tr[data-package-id='{own}']")!.TextContent);
    }

    [Fact]
    public async Task Submit_AfterTheRoundsDeadline_Answers409AndStaysDraft()
    {
        var user = await _portal.CreateUserAsync(RoleNames.DepartmentOfficer);
        var package = await _portal.WithDbAsync(async db =>
        {
            var ministryId = await db.Users.Where(u => u.Email == DemoAccounts.MinistryOfficer)
                .Select(u => u.OrganisationId).SingleAsync();
            var ministry = await db.Organisations.Include(o => o.ScopeUnit).SingleAsync(o => o.Id == ministryId);
            var phuThoId = await db.Users.Where(u => u.Email == DemoAccounts.PhuThoDepartment)
                .Select(u => u.OrganisationId).SingleAsync();
            var department = await db.Organisations.Include(o => o.ScopeUnit).SingleAsync(o => o.Id == phuThoId);
            var criteria = await db.ScoreCriteria.Where(c => c.IsActive).OrderBy(c => c.SortOrder)
                .Select(c => new RoundCriterion(c.Code, c.Name, c.MaxScore, c.SortOrder)).ToListAsync();
            var closes = DateOnly.FromDateTime(_portal.Clock!.GetUtcNow().UtcDateTime.AddHours(7)).AddDays(-1);
            var round = new ProductRound(RoundLevel.Regional, 2026, 9, Region.North, ministry, closes.AddDays(-60),
                closes, criteria, 70, null, [department.ScopeUnit!]);
            var nomination = new ProductNomination(round, department, department.ScopeUnit!, closes);
            var certificate = await db.Certificates.Include(c => c.Entry).SingleAsync(c => c.Number == "HB-2025-001");
            var own = await db.UnitSuccessions.Where(s => s.SuccessorId == department.ScopeUnitId)
                .Select(s => s.PredecessorId).ToListAsync();
            nomination.Add(round, certificate, own, closes);
            nomination.SetLetter("2001/SCT", closes, "cv.pdf", "cv.bin", "application/pdf", 10);
            db.ProductRounds.Add(round);
            db.ProductNominations.Add(nomination);
            await db.SaveChangesAsync();
            return nomination.Id;
        });
        var phuTho = await SignedInAsync(user.Email!);

        var response = await PostAsync(phuTho, $"/Nominations/Submit/{package}", await VersionAsync(package));

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Contains("quá hạn đề cử", await response.Content.ReadAsStringAsync());
        Assert.Equal(NominationStatus.Draft, (await PackageAsync(package)).Status);
    }

    [Fact]
    public async Task Commune_NominatesItsCertifiedProductToTheProvincialRound_AcceptedByTheSo()
    {
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);
        var opened = await phuTho.PostFormAsync("/ProductRounds/Create",
        [
            new("Level", "Provincial"), new("Year", "2026"), new("Ordinal", "7"), new("SubmissionOpens", "2026-01-01"),
            new("SubmissionCloses", "2026-12-31"), new("PassThreshold", "70"), new("NominationQuota", "2"),
        ], "/ProductRounds/Create");
        await Expect.StatusAsync(HttpStatusCode.Redirect, opened);
        var round = int.Parse(Expect.Location(opened).Split('/').Last(), CultureInfo.InvariantCulture);
        Assert.Equal(2, await _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round)
            .Select(r => r.NominationQuota).SingleAsync()));
        var certificate = await CommuneCertificateAsync();
        var commune = await SignedInAsync(DemoAccounts.CaoPhongCommune);

        Assert.NotNull((await commune.GetDocumentAsync("/Nominations"))
            .QuerySelector($"#nomination-rounds tr[data-round-id='{round}']"));
        var created = await PostAsync(commune, $"/Nominations/Create?roundId={round}");
        var package = int.Parse(Expect.Location(created).Split('/').Last(), CultureInfo.InvariantCulture);
        await Expect.StatusAsync(HttpStatusCode.Redirect, await PostAsync(commune, $"/Nominations/AddItem/{package}",
            new("certificateId", certificate.ToString(CultureInfo.InvariantCulture)), await VersionAsync(package)));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await UploadLetterAsync(commune, package, "45/UBND-KT"));
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await PostAsync(commune, $"/Nominations/Submit/{package}", await VersionAsync(package)));

        var overview = await phuTho.GetDocumentAsync($"/NominationReview/Round/{round}");
        Assert.Contains("Cao Phong", overview.QuerySelector($"tr[data-package-id='{package}']")!.TextContent);
        Assert.DoesNotContain("Cao Phong", overview.QuerySelector("#not-nominated")!.TextContent);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await PostAsync(phuTho, $"/NominationReview/Accept/{package}", await VersionAsync(package)));

        var entry = await _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.RoundId == round)
            .Select(e => new { e.Name, e.PrerequisiteCertificateId }).SingleAsync());
        Assert.Equal("Bánh gio Cao Phong", entry.Name);
        Assert.Equal(certificate, entry.PrerequisiteCertificateId);
    }

    /// <summary>A commune round of Cao Phong held and decided earlier in 2026, with one certified product.</summary>
    private Task<int> CommuneCertificateAsync() => _portal.WithDbAsync(async db =>
    {
        var organiser = await db.Organisations.Include(o => o.ScopeUnit)
            .SingleAsync(o => o.Name == DemoOrganisations.CaoPhongCommune);
        var commune = organiser.ScopeUnit!;
        var province = await db.AdministrativeUnits.SingleAsync(u => u.Level == UnitLevel.Province
            && u.Generation == UnitGeneration.Current && u.Code == commune.ProvinceCode);
        var criteria = await db.ScoreCriteria.Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new RoundCriterion(c.Code, c.Name, c.MaxScore, c.SortOrder)).ToListAsync();
        var member = await db.Users.Where(u => u.Email == DemoAccounts.Council).Select(u => u.Id).SingleAsync();
        var round = new ProductRound(RoundLevel.Local, 2026, 1, null, organiser, new(2026, 3, 1), new(2026, 4, 30),
            criteria, 70, null);
        round.AssignMember(member, "Lê Văn Hội Đồng");
        var establishment = new KhuyenCong.Domain.Establishments.Establishment("Hộ kinh doanh Bánh gio Cao Phong",
            await db.LegalForms.Select(f => f.Id).FirstAsync(), commune, null, null, null, false, false);
        var entry = ProductEntry.Imported(round, "Bánh gio Cao Phong",
            await db.ProductGroups.Select(g => g.Id).FirstAsync(), establishment, commune, province.Id, null, "xa");
        round.StartScoring();
        entry.Score(round, member, [35, 35, 8, 8]);
        round.Decide("12/QĐ-UBND", new(2026, 5, 10), [entry]);
        var certificate = entry.IssueCertificate(round, "XA-CP-2026-001", new(2026, 5, 10));
        db.ProductRounds.Add(round);
        db.Establishments.Add(establishment);
        db.ProductEntries.Add(entry);
        await db.SaveChangesAsync();
        return certificate.Id;
    });
}
