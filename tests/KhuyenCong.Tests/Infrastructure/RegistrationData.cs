using System.Net;
using System.Net.Http.Headers;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>Rounds, packages and base-appraised KCQG projects for the registration tests.</summary>
public static class RegistrationData
{
    public const string PhuTho = "25";
    public const string HaNoi = "01";

    /// <summary>A minimal PDF (the portal checks the file by its first bytes).</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public static Task<int> ProvinceIdAsync(this PortalFactory portal, string code) =>
        portal.WithDbAsync(db => db.AdministrativeUnits
            .Where(u => u.Level == UnitLevel.Province && u.Generation == UnitGeneration.Current && u.Code == code)
            .Select(u => u.Id).SingleAsync());

    /// <summary>The name of a current province's Sở Công Thương (to create accounts in it).</summary>
    public static Task<string> DepartmentNameAsync(this PortalFactory portal, string code) =>
        portal.WithDbAsync(db => db.Organisations
            .Where(o => o.Kind == OrganisationKind.ProvincialDepartment && o.ValidTo == null
                        && o.ScopeUnit!.Generation == UnitGeneration.Current && o.ScopeUnit.Code == code)
            .OrderBy(o => o.Id).Select(o => o.Name).FirstAsync());

    /// <summary>
    /// Opens a round through the ministry's form, every province at <paramref name="figure"/> million.
    /// </summary>
    public static async Task<HttpResponseMessage> OpenRoundAsync(this HttpClient ministry, int year, DateOnly deadline,
        string figure = "1.000", int blankAt = -1)
    {
        var page = await ministry.GetDocumentAsync("/Registration/Create");
        var provinces = page.QuerySelectorAll("input[name$='.ProvinceUnitId']").Select(i => i.GetAttribute("value")!)
            .ToList();
        List<KeyValuePair<string, string>> fields =
        [
            new("Year", year.ToString()), new("Deadline", deadline.ToString("yyyy-MM-dd")),
            new("Note", "Hướng dẫn đăng ký"),
        ];
        for (var i = 0; i < provinces.Count; i++)
        {
            fields.Add(new($"Figures[{i}].ProvinceUnitId", provinces[i]));
            fields.Add(new($"Figures[{i}].Amount", i == blankAt ? "" : figure));
        }
        return await ministry.PostFormAsync("/Registration/Create", fields, tokenFromUrl: "/Registration/Create");
    }

    public static async Task<int> OpenRoundIdAsync(this HttpClient ministry, PortalFactory portal, int year,
        DateOnly deadline)
    {
        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.OpenRoundAsync(year, deadline));
        return await portal.WithDbAsync(db => db.RegistrationRounds.Where(r => r.Year == year)
            .Select(r => r.Id).SingleAsync());
    }

    /// <summary>Moves a round's dates into the past, as if it had been opened weeks ago (late packages).</summary>
    public static Task PastDeadlineAsync(this PortalFactory portal, int roundId, DateOnly deadline) =>
        portal.WithDbAsync(db => db.RegistrationRounds.Where(r => r.Id == roundId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.OpenedOn, deadline.AddDays(-30)).SetProperty(r => r.Deadline, deadline)));

    /// <summary>
    /// A KCQG proposal of <paramref name="year"/> at a Phú Thọ commune taken by the domain to <paramref name="until"/>
    /// (base-appraised by default), with one new beneficiary, or <paramref name="beneficiaryId"/> when given.
    /// </summary>
    public static Task<int> KcqgProjectAsync(this PortalFactory portal, int year, string name,
        ProjectStatus until = ProjectStatus.BaseAppraised, int? beneficiaryId = null, Fund fund = Fund.Kcqg) =>
        portal.WithDbAsync(async db =>
        {
            var commune = await db.AdministrativeUnits.SingleAsync(u =>
                u.Generation == UnitGeneration.Current && u.Level == UnitLevel.Commune && u.Code == "08740");
            var centre = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
            var content = await db.ActivityContents.Where(c => c.Code == "ND04").Select(c => c.Id).SingleAsync();
            if (beneficiaryId is null)
            {
                var form = await db.LegalForms.Where(l => l.Code == "HTX").Select(l => l.Id).SingleAsync();
                var establishment = new KhuyenCong.Domain.Establishments.Establishment(
                    $"HTX thử {Guid.NewGuid():N}", form, commune,
                    null, Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(), null, false, false);
                db.Establishments.Add(establishment);
                await db.SaveChangesAsync();
                beneficiaryId = establishment.Id;
            }
            var creator = new Actor("test-creator", "Người lập thử", centre);
            // The Sở appraises the centre's proposal: the implementer never appraises its own (separation of duties).
            var department = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
            var appraiser = new Actor("test-appraiser", "Người thẩm định thử", department);
            var draft = new ProjectDraft(name, ProjectKind.Single, fund, year, content, centre, commune.Id, PhuTho,
                "Hỗ trợ máy móc", null, new ProjectIndicators(1, 0, 1, 0, 5), new(year, 3, 1), new(year, 10, 31));
            var line = new CostLine(1, "Máy", Vnd.FromMillions(400), Vnd.FromMillions(200), Vnd.FromMillions(200),
                Vnd.Zero, null);
            var now = DateTime.UtcNow;
            var project = new Project(draft, [line], [beneficiaryId.Value], creator, now);
            project.AssignCode($"TEST-{year}-{Guid.NewGuid():N}"[..30]);
            if (until != ProjectStatus.Draft) project.Submit(creator, now, "ND04", null);
            if (until is ProjectStatus.BaseAppraised or ProjectStatus.Registered)
                project.AppraiseBase(appraiser, now, 80, Vnd.FromMillions(180), null);
            if (until == ProjectStatus.Registered) project.Register(appraiser, now, null);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });

    /// <summary>Posts the package form as a browser would (multipart, with the letter file).</summary>
    public static async Task<HttpResponseMessage> SubmitPackageAsync(this HttpClient client, int roundId,
        int provinceId, IEnumerable<int> projects, string letterNumber = "125/SCT-QLCN", string? letterDate = null,
        byte[]? file = null, string fileName = "cong-van.pdf", long version = 0)
    {
        var token = await client.GetFormTokenAsync("/");
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), PortalClientExtensions.TokenField },
            { new StringContent(letterNumber), "LetterNumber" },
            { new StringContent(letterDate ?? DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd")), "LetterDate" },
            { new StringContent(version.ToString()), "Version" },
        };
        foreach (var id in projects) content.Add(new StringContent(id.ToString()), "ProjectIds");
        if (file is not null)
        {
            var bytes = new ByteArrayContent(file);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(bytes, "Letter", fileName);
        }
        return await client.PostAsync($"/Registration/{roundId}/Packages/{provinceId}/Submit", content);
    }

    public static async Task<HttpResponseMessage> ReturnPackageAsync(this HttpClient client, PortalFactory portal,
        int roundId, int provinceId, string reason)
    {
        var version = await portal.WithDbAsync(db => db.RegistrationPackages
            .Where(p => p.RoundId == roundId && p.ProvinceUnitId == provinceId).Select(p => p.Version).SingleAsync());
        return await client.PostFormAsync($"/Registration/{roundId}/Packages/{provinceId}/Return",
            [new("Reason", reason), new("Version", version.ToString())], tokenFromUrl: "/");
    }

    public static Task<ProvincePackage?> PackageAsync(this PortalFactory portal, int roundId, int provinceId) =>
        portal.WithDbAsync(db => db.RegistrationPackages.AsNoTracking()
            .Include(p => p.Submissions).ThenInclude(s => s.Rows).ThenInclude(r => r.Beneficiaries)
            .SingleOrDefaultAsync(p => p.RoundId == roundId && p.ProvinceUnitId == provinceId));
}
