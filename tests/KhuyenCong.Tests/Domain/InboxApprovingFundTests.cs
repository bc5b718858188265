using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Features.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// Issue 16: the inbox narrows the approving level's buckets to one fund with a plain equality
/// (<see cref="InboxQuery.ApprovingFundOf"/>) so that an index serves them. That fund must be exactly the one
/// <see cref="ProjectDuty.ApprovingLevel"/> lets the level take, for every kind of organisation.
/// </summary>
public sealed class InboxApprovingFundTests
{
    public static TheoryData<OrganisationKind?> Kinds()
    {
        var kinds = new TheoryData<OrganisationKind?> { (OrganisationKind?)null };
        foreach (var kind in Enum.GetValues<OrganisationKind>()) kinds.Add(kind);
        return kinds;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ApprovingFundOf_EveryKind_TheFundTheApprovingLevelRuleAllows(OrganisationKind? kind)
    {
        var actor = new Actor("u-1", "Cán bộ", 1) { OrganisationKind = kind };
        var rule = ProjectDuty.ApprovingLevel.For(actor).Compile();

        var allowed = Enum.GetValues<Fund>().Where(fund => rule(ProjectOf(fund))).ToList();

        Assert.Equal(InboxQuery.ApprovingFundOf(kind) is { } f ? [f] : [], allowed);
    }

    private static Project ProjectOf(Fund fund)
    {
        var draft = new ProjectDraft("Ứng dụng máy móc chế biến nông sản", ProjectKind.Group, fund, 2021, 4, 2, 100,
            "17", "Hỗ trợ máy móc", null, new ProjectIndicators(2, 0, 4, 0, 20), new(2021, 4, 1), new(2021, 11, 30));
        var line = new CostLine(1, "Máy sấy", Vnd.FromMillions(800), Vnd.FromMillions(400), Vnd.FromMillions(400),
            Vnd.Zero, null);
        return new Project(draft, [line], [1], new Actor("u-2", "Người lập", 3),
            new DateTime(2021, 5, 1, 3, 0, 0, DateTimeKind.Utc));
    }
}
