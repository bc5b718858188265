using System.Net;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

public sealed class ClosedOrganisationLoginTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Closed = "Đơn vị của tài khoản này đã ngừng hoạt động.";

    [Fact]
    public async Task Login_RightPasswordInClosedOrganisation_RefusedWithReasonAndNoSession()
    {
        var name = await CreateClosedOrganisationAsync();
        var user = await portal.CreateUserAsync(RoleNames.LocalOfficer, name);
        var client = portal.CreateClient();

        var response = await client.PostLoginAsync(user.Email!, KhuyenCong.Data.Seeding.DemoAccounts.Password);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains(Closed, await response.Content.ReadAsStringAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.GetAsync("/"));
    }

    [Fact]
    public async Task Login_WrongPasswordInClosedOrganisation_RevealsNothingAboutTheAccount()
    {
        var name = await CreateClosedOrganisationAsync();
        var user = await portal.CreateUserAsync(RoleNames.LocalOfficer, name);

        var response = await portal.CreateClient().PostLoginAsync(user.Email!, "mat-khau-sai-hoan-toan");

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Closed, body);
        Assert.Contains("Thư điện tử hoặc mật khẩu không đúng.", body);
    }

    private Task<string> CreateClosedOrganisationAsync() => portal.WithDbAsync(async db =>
    {
        var district = await db.AdministrativeUnits.SingleAsync(u => u.Generation == KhuyenCong.Domain.AdministrativeUnits.UnitGeneration.Legacy && u.Code == "155");
        var name = $"UBND huyện thử {Guid.NewGuid():N}";
        var organisation = new Organisation(name, OrganisationKind.DistrictCommittee, district, new DateOnly(2008, 1, 1));
        organisation.Close(new DateOnly(2025, 6, 30));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return name;
    });
}
