using System.Net;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>Ended, not locked (DOMAIN §10): the staff of an ended organisation sign in and read.</summary>
public sealed class ClosedOrganisationLoginTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Login_RightPasswordInClosedOrganisation_SignsInAndReads()
    {
        var name = await CreateClosedOrganisationAsync();
        var user = await portal.CreateUserAsync(RoleNames.LocalOfficer, name);
        var client = portal.CreateClient();

        await client.SignInAsync(user.Email!);

        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/"));
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/Projects"));
    }

    [Fact]
    public async Task Login_WrongPasswordInClosedOrganisation_RevealsNothingAboutTheAccount()
    {
        var name = await CreateClosedOrganisationAsync();
        var user = await portal.CreateUserAsync(RoleNames.LocalOfficer, name);

        var response = await portal.CreateClient().PostLoginAsync(user.Email!, "mat-khau-sai-hoan-toan");

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("ngừng hoạt động", body);
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
