using System.Net;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Commands;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Commands;

public sealed class AdminCreateCommandTests(FirstAdministratorSite fixture) : IClassFixture<FirstAdministratorSite>
{
    private const string Actor = "system (admin create)";

    private CommandSite Site => fixture.Site;

    [Fact]
    public async Task AdminCreate_EmptyDatabase_CreatesMinistryOrganisationAndAdministratorWhoMustChangePassword()
    {
        Assert.True(fixture.FirstRun.ExitCode == PortalCommands.Success, fixture.FirstRun.Error);
        Assert.Contains(FirstAdministratorSite.Email, fixture.FirstRun.Out);
        Assert.DoesNotContain(FirstAdministratorSite.Password, fixture.FirstRun.Out);

        var organisation = await fixture.Portal.WithDbAsync(db =>
            db.Organisations.AsNoTracking().SingleAsync(o => o.Name == FirstAdministratorSite.Organisation));
        Assert.Equal(OrganisationKind.Ministry, organisation.Kind);
        Assert.Null(organisation.ScopeUnitId);
        Assert.Equal(Actor, organisation.CreatedBy);

        var user = await fixture.Portal.FindUserAsync(FirstAdministratorSite.Email);
        Assert.NotNull(user);
        Assert.Equal(organisation.Id, user.OrganisationId);
        Assert.Equal("Nguyễn Thị Quản Trị", user.FullName);
        Assert.True(await fixture.Portal.WithDbAsync(db => db.UserRoles.AnyAsync(ur =>
            ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == RoleNames.Administrator))));

        var audited = await fixture.Portal.WithDbAsync(db => db.AuditLog.AsNoTracking()
            .Where(a => a.UserName == Actor && a.Action == "Added")
            .Select(a => a.EntityType + "|" + a.EntityKey).ToListAsync());
        Assert.Contains($"Organisation|{organisation.Id}", audited);
        Assert.Contains($"AppUser|{user.Id}", audited);
        Assert.Contains(audited, a => a.StartsWith("IdentityUserRole", StringComparison.Ordinal) && a.Contains(user.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdminCreate_ActiveAdministratorExists_RefusedWithExit2AndNothingChanged()
    {
        var before = CommandSite.CountRows(Site.DatabasePath);

        var result = await Site.RunAsync("Mot-mat-khau-khac-2026\n",
            "admin", "create", "--email", "thu.hai@moit.gov.vn", "--organisation", "Cục Công Thương địa phương");

        result.ShouldExit(PortalCommands.Refused);
        Assert.Contains("--force", result.Error);
        Assert.Equal(before, CommandSite.CountRows(Site.DatabasePath));
        Assert.Null(await fixture.Portal.FindUserAsync("thu.hai@moit.gov.vn"));
    }

    [Fact]
    public async Task AdminCreate_Force_AddsAnotherAdministratorToTheExistingOrganisation()
    {
        var organisationsBefore = CommandSite.Scalar<long>(Site.DatabasePath, "SELECT COUNT(*) FROM Organisations");

        var result = await Site.RunAsync("Mat-khau-du-phong-2026\n",
            "admin", "create", "--email", "du.phong@moit.gov.vn", "--organisation", FirstAdministratorSite.Organisation, "--force");

        Assert.True(result.ExitCode == PortalCommands.Success, result.Error);
        Assert.Equal(organisationsBefore, CommandSite.Scalar<long>(Site.DatabasePath, "SELECT COUNT(*) FROM Organisations"));
        var user = await fixture.Portal.FindUserAsync("du.phong@moit.gov.vn");
        Assert.NotNull(user);
        Assert.True(user.MustChangePassword);
    }

    [Theory]
    [InlineData("khong-phai-email")]
    [InlineData("a@b")]
    [InlineData("hai ten@moit.gov.vn")]
    [InlineData("Tên <ten@moit.gov.vn>")]
    public async Task AdminCreate_InvalidEmail_RefusedWithExit2AndNothingChanged(string email)
    {
        var before = CommandSite.CountRows(Site.DatabasePath);

        var result = await Site.RunAsync("Mat-khau-hop-le-2026\n", "admin", "create", "--email", email, "--organisation", "X", "--force");

        result.ShouldExit(PortalCommands.Refused);
        Assert.Contains("Invalid e-mail", result.Error);
        Assert.Equal(before, CommandSite.CountRows(Site.DatabasePath));
    }

    [Fact]
    public async Task AdminCreate_ExistingEmail_RefusedEvenWithForce()
    {
        var before = CommandSite.CountRows(Site.DatabasePath);

        var result = await Site.RunAsync("Mat-khau-hop-le-2026\n",
            "admin", "create", "--email", FirstAdministratorSite.Email.ToUpperInvariant(), "--organisation", "Đơn vị mới", "--force");

        result.ShouldExit(PortalCommands.Refused);
        Assert.Contains("already in use", result.Error);
        Assert.Equal(before, CommandSite.CountRows(Site.DatabasePath));
    }

    [Fact]
    public async Task AdminCreate_PipedPasswordTooShort_RefusedAndNothingChanged()
    {
        var before = CommandSite.CountRows(Site.DatabasePath);

        var result = await Site.RunAsync("ngan\n", "admin", "create", "--email", "ngan@moit.gov.vn", "--organisation", "Đơn vị ngắn", "--force");

        result.ShouldExit(PortalCommands.Refused);
        Assert.Equal(before, CommandSite.CountRows(Site.DatabasePath));
    }

    [Fact]
    public async Task AdminCreate_NothingPiped_PrintsAStrongGeneratedPasswordOnceThatSignsIn()
    {
        const string email = "sinh.matkhau@moit.gov.vn";

        var result = await Site.RunAsync(stdin: null, "admin", "create", "--email", email, "--organisation", FirstAdministratorSite.Organisation, "--force");

        Assert.True(result.ExitCode == PortalCommands.Success, result.Error);
        var line = Assert.Single(result.Out.Split('\n'), l => l.Contains("(shown once):", StringComparison.Ordinal));
        var password = line[(line.IndexOf("(shown once):", StringComparison.Ordinal) + "(shown once):".Length)..].Trim();
        Assert.True(password.Length >= 16, password);
        Assert.Equal(1, CountOccurrences(result.Out, password));
        var client = fixture.Portal.CreateClient();
        Assert.Equal("/", await client.SignInAsync(email, password));
        Assert.Equal(AccountObligationsMiddleware.ChangePasswordPath, Expect.Location(await client.GetAsync("/")));
    }

    [Fact]
    public async Task SignIn_FirstAdministrator_OnlyChangePasswordUntilChangedThenHomeOpens()
    {
        const string newPassword = "Mat-khau-rieng-cua-toi-2026";
        var client = fixture.Portal.CreateClient();
        Assert.Equal("/", await client.SignInAsync(FirstAdministratorSite.Email, FirstAdministratorSite.Password));

        foreach (var page in new[] { "/", "/Users", "/AuditLog", "/Organisations", "/Profile/TwoFactor" })
        {
            var response = await client.GetAsync(page);
            await Expect.StatusAsync(HttpStatusCode.Redirect, response);
            Assert.Equal(AccountObligationsMiddleware.ChangePasswordPath, Expect.Location(response));
        }
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync("/api/v1/admin-units/provinces"));
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/healthz"));
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/css/site.css"));
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync("/Home/Status/404"));
        var form = await client.GetDocumentAsync(AccountObligationsMiddleware.ChangePasswordPath);
        Assert.Contains("mật khẩu tạm thời", form.Body!.TextContent);

        var changed = await client.PostFormAsync(AccountObligationsMiddleware.ChangePasswordPath,
            [new("CurrentPassword", FirstAdministratorSite.Password), new("NewPassword", newPassword), new("ConfirmPassword", newPassword)],
            tokenFromUrl: AccountObligationsMiddleware.ChangePasswordPath);
        await Expect.StatusAsync(HttpStatusCode.Redirect, changed);

        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/"));
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/Users"));
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/api/v1/admin-units/provinces"));
        var user = await fixture.Portal.FindUserAsync(FirstAdministratorSite.Email);
        Assert.False(user!.MustChangePassword);
        var cleared = await fixture.Portal.WithDbAsync(db => db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == "AppUser" && a.EntityKey == user.Id && a.Action == "Modified" && a.UserName == FirstAdministratorSite.Email)
            .Select(a => a.NewValues!).ToListAsync());
        Assert.Contains(cleared, values => values.Contains("\"MustChangePassword\":false", StringComparison.Ordinal));
        // The new password is the one that now signs in.
        Assert.Equal("/", await fixture.Portal.CreateClient().SignInAsync(FirstAdministratorSite.Email, newPassword));
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
