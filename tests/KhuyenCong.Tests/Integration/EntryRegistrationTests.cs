using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>Opening rounds and registering entries with their files: level by role, prerequisite certificates, file types by content.</summary>
public sealed class EntryRegistrationTests : IDisposable
{
    // Registers in the demo's 2026 regional round or a 2026 round of its own: a clock inside their windows.
    private readonly PortalFactory _portal = new() { Clock = ShiftedClock.InDemoRoundWindows() };

    public void Dispose() => _portal.Dispose();

    private async Task<(HttpClient Client, int RoundId)> OpenRoundAsync(string email, RoundLevel level, string? region = null)
    {
        var client = _portal.CreateClient();
        await client.SignInAsync(email);
        List<KeyValuePair<string, string>> form =
        [
            new("Level", level.ToString()), new("Year", "2026"), new("Ordinal", "9"), new("Region", region ?? ""),
            new("SubmissionOpens", "2026-01-01"), new("SubmissionCloses", "2026-12-31"), new("PassThreshold", "70"),
        ];
        // A regional round lists the provinces it covers: here Phú Thọ, which Hòa Bình became part of.
        if (level == RoundLevel.Regional)
            form.Add(new("ProvinceIds", (await _portal.WithDbAsync(db => db.AdministrativeUnits.Where(u =>
                u.Code == "25" && u.Generation == KhuyenCong.Domain.AdministrativeUnits.UnitGeneration.Current)
                .Select(u => u.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var response = await client.PostFormAsync("/ProductRounds/Create", form, "/ProductRounds/Create");
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        return (client, int.Parse(Expect.Location(response).Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task<(int Establishment, int Group)> HoaBinhEstablishmentAsync() =>
        _portal.WithDbAsync(async db => (
            await db.Establishments.Where(e => e.AddressUnit!.ProvinceCode == "17" && e.AddressUnit.Generation == KhuyenCong.Domain.AdministrativeUnits.UnitGeneration.Legacy).Select(e => e.Id).FirstAsync(),
            await db.ProductGroups.Where(g => g.Code == "TCMN").Select(g => g.Id).SingleAsync()));

    private static List<KeyValuePair<string, string>> Entry(int establishment, int group, string? certificate = null) =>
    [
        new("Name", "Thổ cẩm Mường"), new("GroupId", group.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("EstablishmentId", establishment.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("PrerequisiteNumber", certificate ?? ""), new("Description", "Dệt tay"),
    ];

    [Fact]
    public async Task Create_DepartmentOfficerAsksForNationalLevel_Answers403()
    {
        var client = _portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);

        var response = await client.PostFormAsync("/ProductRounds/Create",
            [new("Level", "National"), new("Year", "2027"), new("Ordinal", "5"), new("SubmissionOpens", "2027-01-01"), new("SubmissionCloses", "2027-03-01"), new("PassThreshold", "70")],
            "/ProductRounds/Create");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
    }

    [Fact]
    public async Task Register_RegionalEntryWithoutCertificate_RefusedWithReason_ThenAcceptedWithValidProvincialOne()
    {
        var (_, roundId) = await OpenRoundAsync(DemoAccounts.MinistryOfficer, RoundLevel.Regional, "North");
        var (_, group) = await HoaBinhEstablishmentAsync();
        // The provincial certificate belongs to one producer; another Hòa Bình producer may not use it.
        var establishment = await _portal.WithDbAsync(db => db.Certificates.Where(c => c.Number == "HB-2025-001").Select(c => c.Entry!.EstablishmentId).SingleAsync());
        var otherProducer = await _portal.WithDbAsync(db => db.Establishments
            .Where(e => e.Id != establishment && e.AddressUnit!.ProvinceCode == "17" && e.AddressUnit.Generation == KhuyenCong.Domain.AdministrativeUnits.UnitGeneration.Legacy)
            .Select(e => e.Id).FirstAsync());
        var officer = _portal.CreateClient();
        await officer.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var form = $"/ProductEntries/Create?roundId={roundId}";

        var refused = await officer.PostFormAsync(form, Entry(establishment, group), form);
        var expired = await officer.PostFormAsync(form, Entry(establishment, group, "QG-2021-001"), form);
        var borrowed = await officer.PostFormAsync(form, Entry(otherProducer, group, "HB-2025-001"), form);
        var accepted = await officer.PostFormAsync(form, Entry(establishment, group, "hb-2025-001"), form);

        await Expect.StatusAsync(HttpStatusCode.OK, refused);
        Assert.Contains("giấy chứng nhận cấp tỉnh còn hiệu lực", await refused.Content.ReadAsStringAsync());
        await Expect.StatusAsync(HttpStatusCode.OK, expired);
        await Expect.StatusAsync(HttpStatusCode.OK, borrowed);
        Assert.Contains("cơ sở khác", await borrowed.Content.ReadAsStringAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, accepted);
        var saved = await _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.RoundId == roundId)
            .Select(e => new { e.Name, Prerequisite = e.PrerequisiteCertificate!.Number, e.Eligibility }).SingleAsync());
        Assert.Equal("HB-2025-001", saved.Prerequisite);
        Assert.Equal(EligibilityStatus.Pending, saved.Eligibility);
    }

    [Fact]
    public async Task Attachments_PngAccepted_TextRefused_DownloadAsAttachment()
    {
        var (officer, roundId) = await OpenRoundAsync(DemoAccounts.PhuThoDepartment, RoundLevel.Provincial);
        var (establishment, group) = await HoaBinhEstablishmentAsync();
        var form = $"/ProductEntries/Create?roundId={roundId}";
        var created = await officer.PostFormAsync(form, Entry(establishment, group), form);
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var entryId = int.Parse(Expect.Location(created).Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

        var ok = await UploadAsync(officer, entryId, "anh-san-pham.png", png);
        var bad = await UploadAsync(officer, entryId, "gia-mao.png", "not an image"u8.ToArray());

        await Expect.StatusAsync(HttpStatusCode.Redirect, ok);
        // A refused file: the entry's page with the reason, nothing stored.
        await Expect.StatusAsync(HttpStatusCode.UnprocessableEntity, bad);
        Assert.NotNull((await PortalClientExtensions.ParseHtmlAsync(bad)).QuerySelector("#refusal-reason"));
        var attachments = await _portal.WithDbAsync(db => db.Set<EntryAttachment>().Where(a => a.EntryId == entryId).ToListAsync());
        var only = Assert.Single(attachments);
        Assert.Equal("image/png", only.ContentType);
        var download = await officer.GetAsync($"/EntryAttachments/Download/{only.Id}");
        await Expect.StatusAsync(HttpStatusCode.OK, download);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
        // The commune officer of Cao Phong does not cover Đà Bắc, where the entry is: the file answers 404.
        var outsider = _portal.CreateClient();
        await outsider.SignInAsync(DemoAccounts.CaoPhongCommune);
        await Expect.StatusAsync(HttpStatusCode.NotFound, await outsider.GetAsync($"/EntryAttachments/Download/{only.Id}"));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int entryId, string name, byte[] bytes)
    {
        var token = await client.GetFormTokenAsync($"/ProductEntries/Details/{entryId}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), PortalClientExtensions.TokenField },
            { new ByteArrayContent(bytes), "file", name },
        };
        return await client.PostAsync($"/EntryAttachments/Upload?entryId={entryId}", content);
    }
}
