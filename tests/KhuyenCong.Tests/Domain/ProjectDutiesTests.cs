using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// Separation of duties, written out here from DOMAIN §3 ("nobody approves or appraises an item they created"), §5
/// (who takes each step) and §11 ("the implementing organisation never appraises, approves, accepts or settles its
/// own project; the appraiser does not also approve; acceptance and settlement belong to the approving level:
/// ministry for KCQG, province for KCĐP"), and §10 (a successor carries on its predecessor's work, so it is the
/// implementer of its predecessor's projects too). Not read from the production table: each row says who may or may
/// not, and which rule refuses.
/// </summary>
public sealed class ProjectDutiesTests
{
    private const int Ministry = 1, ServiceUnit = 2, So = 3, Centre = 4, Commune = 5, PhuThoSo = 13, PhuThoCentre = 14;
    private static readonly DateTime Now = new(2021, 5, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Day = new(2021, 5, 1);

    private static Actor Person(string id, int organisation, OrganisationKind kind, params int[] predecessors) =>
        new(id, id, organisation)
        {
            OrganisationKind = kind,
            Predecessors =
                [.. predecessors.Select(p => new PredecessorOrganisation(p, $"Đơn vị {p}", new HashSet<int>()))],
        };

    /// <summary>The people of the table: two officers of the Sở, one of its centre, the ministry, a ministry service
    /// unit, the commune that drafts, and the successors (after 01/07/2025) of the Sở and of the centre.</summary>
    private static readonly Dictionary<string, Actor> People = new()
    {
        ["xã (người lập)"] = Person("xa", Commune, OrganisationKind.CommuneCommittee),
        ["Sở (thẩm định)"] = Person("so-1", So, OrganisationKind.ProvincialDepartment),
        ["Sở (cán bộ khác)"] = Person("so-2", So, OrganisationKind.ProvincialDepartment),
        ["TTKC"] = Person("ttkc", Centre, OrganisationKind.ProvincialExtensionCentre),
        ["Bộ"] = Person("bo", Ministry, OrganisationKind.Ministry),
        ["TT dịch vụ của Bộ"] = Person("tt1", ServiceUnit, OrganisationKind.MinistryServiceUnit),
        ["Sở kế thừa"] = Person("pt-so", PhuThoSo, OrganisationKind.ProvincialDepartment, So),
        ["TTKC kế thừa"] = Person("pt-ttkc", PhuThoCentre, OrganisationKind.ProvincialExtensionCentre, Centre),
    };

    // Whoever takes the earlier steps in each set-up, so that none of the table's people did.
    private static readonly Actor SetupMinistry = Person("bo-setup", Ministry, OrganisationKind.Ministry);
    private static readonly Actor SetupSo = Person("so-setup", So, OrganisationKind.ProvincialDepartment);

    private static readonly Dictionary<string, int> Implementers = new()
    {
        ["TTKC"] = Centre, ["Sở"] = So, ["xã"] = Commune, ["TT dịch vụ của Bộ"] = ServiceUnit,
    };

    private static readonly Dictionary<string, ProjectDuty> Rules = new()
    {
        ["người lập"] = ProjectDuty.NotCreator,
        ["đơn vị thực hiện"] = ProjectDuty.NotImplementer,
        ["người thẩm định"] = ProjectDuty.NotAppraiser,
        ["cấp phê duyệt"] = ProjectDuty.ApprovingLevel,
    };

    /// <summary>fund, implementer, step, who, rule that refuses ("" = allowed). The appraiser is "Sở (thẩm định)"
    /// when the Sở does not implement, else "TTKC".</summary>
    public static TheoryData<string, string, ProjectAction, string, string> Table() => new()
    {
        // Base appraisal: the department of the province, never the implementer (nor its successor) or the drafter.
        { "KCĐP", "TTKC", ProjectAction.BaseAppraised, "Sở (thẩm định)", "" },
        { "KCĐP", "TTKC", ProjectAction.BaseAppraised, "Sở kế thừa", "" },
        { "KCĐP", "TTKC", ProjectAction.BaseAppraised, "TTKC", "đơn vị thực hiện" },
        { "KCĐP", "TTKC", ProjectAction.BaseAppraised, "TTKC kế thừa", "đơn vị thực hiện" },
        { "KCĐP", "TTKC", ProjectAction.BaseAppraised, "xã (người lập)", "người lập" },
        { "KCQG", "Sở", ProjectAction.BaseAppraised, "TTKC", "" },
        { "KCQG", "Sở", ProjectAction.BaseAppraised, "Sở (thẩm định)", "đơn vị thực hiện" },
        { "KCQG", "Sở", ProjectAction.BaseAppraised, "Sở kế thừa", "đơn vị thực hiện" },
        { "KCĐP", "xã", ProjectAction.BaseAppraised, "Sở (thẩm định)", "" },

        // KCĐP approval: the Sở records the People's Committee's decision, not its appraiser, not the implementer.
        { "KCĐP", "TTKC", ProjectAction.Approved, "Sở (cán bộ khác)", "" },
        { "KCĐP", "TTKC", ProjectAction.Approved, "Sở kế thừa", "" },
        { "KCĐP", "TTKC", ProjectAction.Approved, "Sở (thẩm định)", "người thẩm định" },
        { "KCĐP", "TTKC", ProjectAction.Approved, "TTKC", "đơn vị thực hiện" },
        { "KCĐP", "TTKC", ProjectAction.Approved, "TTKC kế thừa", "đơn vị thực hiện" },
        { "KCĐP", "TTKC", ProjectAction.Approved, "Bộ", "cấp phê duyệt" },
        { "KCĐP", "TTKC", ProjectAction.Approved, "xã (người lập)", "người lập" },
        // A KCĐP project is decided by the People's Committee (§5, §11), the Sở records it: a Sở implementing its own
        // KCĐP project records the Committee's approval like any other, by an officer who neither drafted nor
        // appraised it (else nobody could, and the project would be stuck). A centre implementing stays refused.
        { "KCĐP", "Sở", ProjectAction.Approved, "Sở (cán bộ khác)", "" },
        { "KCĐP", "Sở", ProjectAction.Approved, "Sở kế thừa", "" },
        { "KCĐP", "Sở", ProjectAction.Approved, "TTKC", "người thẩm định" },
        { "KCĐP", "Sở", ProjectAction.Approved, "Bộ", "cấp phê duyệt" },
        { "KCĐP", "xã", ProjectAction.Approved, "Sở (cán bộ khác)", "" },

        // KCQG approval and rejection: the ministry.
        { "KCQG", "Sở", ProjectAction.Approved, "Bộ", "" },
        { "KCQG", "Sở", ProjectAction.Approved, "TT dịch vụ của Bộ", "cấp phê duyệt" },
        { "KCQG", "Sở", ProjectAction.Approved, "Sở (cán bộ khác)", "đơn vị thực hiện" },
        { "KCQG", "Sở", ProjectAction.Approved, "TTKC", "người thẩm định" },
        { "KCQG", "TT dịch vụ của Bộ", ProjectAction.Approved, "Bộ", "" },
        { "KCQG", "TT dịch vụ của Bộ", ProjectAction.Approved, "TT dịch vụ của Bộ", "đơn vị thực hiện" },
        { "KCQG", "Sở", ProjectAction.Rejected, "Bộ", "" },
        { "KCQG", "Sở", ProjectAction.Rejected, "Sở kế thừa", "đơn vị thực hiện" },
        { "KCQG", "Sở", ProjectAction.Rejected, "TTKC", "người thẩm định" },
        { "KCQG", "TTKC", ProjectAction.Rejected, "Sở (thẩm định)", "người thẩm định" },
        { "KCQG", "TTKC", ProjectAction.Rejected, "Sở (cán bộ khác)", "cấp phê duyệt" },

        // Acceptance: the approving level, never the implementer. The appraiser may accept.
        { "KCĐP", "TTKC", ProjectAction.Accepted, "Sở (cán bộ khác)", "" },
        { "KCĐP", "TTKC", ProjectAction.Accepted, "Sở (thẩm định)", "" },
        { "KCĐP", "TTKC", ProjectAction.Accepted, "Sở kế thừa", "" },
        { "KCĐP", "TTKC", ProjectAction.Accepted, "TTKC", "đơn vị thực hiện" },
        { "KCĐP", "TTKC", ProjectAction.Accepted, "TTKC kế thừa", "đơn vị thực hiện" },
        { "KCĐP", "TTKC", ProjectAction.Accepted, "Bộ", "cấp phê duyệt" },
        { "KCĐP", "xã", ProjectAction.Accepted, "Sở (cán bộ khác)", "" },
        // The Committee's acceptance of the Sở's own KCĐP project, recorded by the Sở (or its successor).
        { "KCĐP", "Sở", ProjectAction.Accepted, "Sở (cán bộ khác)", "" },
        { "KCĐP", "Sở", ProjectAction.Accepted, "Sở kế thừa", "" },
        { "KCĐP", "Sở", ProjectAction.Accepted, "TTKC", "cấp phê duyệt" },
        { "KCQG", "Sở", ProjectAction.Accepted, "Bộ", "" },
        { "KCQG", "Sở", ProjectAction.Accepted, "Sở (cán bộ khác)", "đơn vị thực hiện" },
        { "KCQG", "Sở", ProjectAction.Accepted, "TTKC", "cấp phê duyệt" },
        { "KCQG", "TTKC", ProjectAction.Accepted, "Sở (cán bộ khác)", "cấp phê duyệt" },

        // Settlement: the same.
        { "KCĐP", "TTKC", ProjectAction.Settled, "Sở (cán bộ khác)", "" },
        { "KCĐP", "TTKC", ProjectAction.Settled, "Sở kế thừa", "" },
        { "KCĐP", "TTKC", ProjectAction.Settled, "TTKC", "đơn vị thực hiện" },
        { "KCĐP", "TTKC", ProjectAction.Settled, "TTKC kế thừa", "đơn vị thực hiện" },
        { "KCĐP", "TTKC", ProjectAction.Settled, "Bộ", "cấp phê duyệt" },
        { "KCĐP", "Sở", ProjectAction.Settled, "Sở (cán bộ khác)", "" },
        { "KCĐP", "Sở", ProjectAction.Settled, "Bộ", "cấp phê duyệt" },
        { "KCQG", "Sở", ProjectAction.Settled, "Bộ", "" },
        { "KCQG", "Sở", ProjectAction.Settled, "Sở (thẩm định)", "đơn vị thực hiện" },
        { "KCQG", "Sở", ProjectAction.Settled, "TTKC", "cấp phê duyệt" },
        { "KCQG", "TT dịch vụ của Bộ", ProjectAction.Settled, "TT dịch vụ của Bộ", "đơn vị thực hiện" },

        // Adjusting, stopping, carrying: "the authority that approved" (§5).
        { "KCQG", "Sở", ProjectAction.Adjusted, "Bộ", "" },
        { "KCQG", "Sở", ProjectAction.Adjusted, "Sở (cán bộ khác)", "cấp phê duyệt" },
        { "KCĐP", "TTKC", ProjectAction.Adjusted, "Sở (cán bộ khác)", "" },
        { "KCĐP", "TTKC", ProjectAction.Adjusted, "TTKC", "cấp phê duyệt" },
        { "KCQG", "Sở", ProjectAction.Stopped, "Bộ", "" },
        { "KCĐP", "TTKC", ProjectAction.Stopped, "Bộ", "cấp phê duyệt" },
        { "KCĐP", "TTKC", ProjectAction.Stopped, "xã (người lập)", "người lập" },
        { "KCQG", "Sở", ProjectAction.Carried, "Bộ", "" },
        { "KCQG", "Sở", ProjectAction.Carried, "TTKC", "cấp phê duyệt" },

        // Returning for revision is the appraisal's other outcome: the implementer (a centre holding the department
        // officer's role, or its successor) and the drafter do not return their own proposal; the Sở does.
        { "KCĐP", "TTKC", ProjectAction.Returned, "Sở (thẩm định)", "" },
        { "KCĐP", "TTKC", ProjectAction.Returned, "Sở kế thừa", "" },
        { "KCĐP", "TTKC", ProjectAction.Returned, "TTKC", "đơn vị thực hiện" },
        { "KCĐP", "TTKC", ProjectAction.Returned, "TTKC kế thừa", "đơn vị thực hiện" },
        { "KCĐP", "TTKC", ProjectAction.Returned, "xã (người lập)", "người lập" },
        { "KCQG", "Sở", ProjectAction.Returned, "TTKC", "" },
        { "KCQG", "Sở", ProjectAction.Returned, "Sở (cán bộ khác)", "đơn vị thực hiện" },

        // No actor rule: the province registers its own proposals, the implementer signs its contract.
        { "KCQG", "Sở", ProjectAction.Registered, "Sở (cán bộ khác)", "" },
        { "KCĐP", "TTKC", ProjectAction.Started, "TTKC", "" },
        { "KCĐP", "TTKC", ProjectAction.Started, "TTKC kế thừa", "" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Step_ByWhom_AllowedOrRefusedNamingTheRule(
        string fund, string implementer, ProjectAction step, string who, string rule)
    {
        var project = Before(step, fund == "KCQG" ? Fund.Kcqg : Fund.Kcdp, Implementers[implementer]);
        var actor = People[who];
        var status = project.Status;
        var history = project.History.Count;

        var refusal = project.DutyRefusal(step, actor);
        var inQuery = Project.DutiesAllow(step, actor).Compile()(project);

        if (rule == "")
        {
            Assert.Null(refusal);
            Assert.True(inQuery);
            Take(project, step, actor);
            Assert.Equal(history + 1, project.History.Count);
            Assert.Equal(actor.UserId, project.History[^1].UserId);
            return;
        }
        Assert.False(inQuery);
        var expected = Rules[rule].RefusalOf(step, project);
        Assert.Equal(expected.MessageKey, refusal?.MessageKey);
        var thrown = Assert.Throws<SelfApprovalException>(() => Take(project, step, actor));
        Assert.Equal(expected.Message, thrown.Message);
        Assert.Equal((status, history), (project.Status, project.History.Count));
    }

    [Fact]
    public void EveryRefusal_NamesTheSeparationOfDutiesOrTheCreator()
    {
        var project = Before(ProjectAction.Accepted, Fund.Kcdp, Centre);
        foreach (var (step, duties) in Project.Duties)
            foreach (var duty in duties)
            {
                var message = duty.RefusalOf(step, project).Message;
                Assert.True(message.StartsWith("Phân định trách nhiệm: ", StringComparison.Ordinal)
                            || message.StartsWith("Bạn đã lập đề án này", StringComparison.Ordinal), message);
            }
    }

    [Fact]
    public void Successor_TakingAStepOnItsPredecessorsProject_RecordsWhomItActedFor()
    {
        var project = Before(ProjectAction.Accepted, Fund.Kcdp, Centre);
        var successor = People["Sở kế thừa"] with
        {
            Predecessors = [new PredecessorOrganisation(So, "Sở Công Thương Hòa Bình", new HashSet<int> { 100 })],
        };

        project.Accept(successor, Now, "BB 01", Day, null);

        Assert.Equal(PhuThoSo, project.History[^1].OrganisationId);
        Assert.Equal(So, project.History[^1].OnBehalfOfOrganisationId);
        Assert.Equal("Sở Công Thương Hòa Bình", project.History[^1].OnBehalfOfName);
    }

    [Fact]
    public void ActorWithoutOrganisationKind_IsNoApprovingLevel()
    {
        var project = Before(ProjectAction.Approved, Fund.Kcqg, So);
        var unknown = new Actor("bo-2", "Cán bộ", Ministry);

        Assert.Equal(ProjectDuty.ApprovingLevel.RefusalOf(ProjectAction.Approved, project).MessageKey,
            project.DutyRefusal(ProjectAction.Approved, unknown)?.MessageKey);
    }

    /// <summary>A project in the state where <paramref name="step"/> is taken, by the set-up people.</summary>
    private static Project Before(ProjectAction step, Fund fund, int implementer)
    {
        var draft = new ProjectDraft("Ứng dụng máy móc chế biến nông sản", ProjectKind.Group, fund, 2021, 4,
            implementer, 100, "17", "Hỗ trợ máy móc", null, new ProjectIndicators(2, 0, 4, 0, 20),
            new(2021, 4, 1), new(2021, 11, 30));
        var p = new Project(draft, [new CostLine(1, "Máy sấy", M(800), M(400), M(400), Vnd.Zero, null)], [1, 2],
            People["xã (người lập)"], Now);
        p.Submit(People["xã (người lập)"], Now, "ND04", null);
        if (step is ProjectAction.BaseAppraised or ProjectAction.Returned) return p;
        var appraiser = implementer == So ? People["TTKC"] : People["Sở (thẩm định)"];
        p.AppraiseBase(appraiser, Now, 80, M(400), null);
        if (fund == Fund.Kcqg && step != ProjectAction.Registered) p.Register(appraiser, Now, null);
        if (step is ProjectAction.Registered or ProjectAction.Approved or ProjectAction.Rejected) return p;
        p.Approve(fund == Fund.Kcqg ? SetupMinistry : SetupSo, Now, 85, M(400), "1/QĐ", Day, null, null);
        if (step is ProjectAction.Started or ProjectAction.Adjusted or ProjectAction.Stopped
            or ProjectAction.Carried) return p;
        p.Start(People["xã (người lập)"], Now, "HĐ 01", Day, new FundingHeadroom("Đơn vị", M(1_000), Vnd.Zero));
        if (step == ProjectAction.Accepted) return p;
        p.Accept(fund == Fund.Kcqg ? SetupMinistry : SetupSo, Now, "BB 01", Day, null);
        return p;
    }

    private static void Take(Project p, ProjectAction step, Actor by)
    {
        switch (step)
        {
            case ProjectAction.BaseAppraised: p.AppraiseBase(by, Now, 80, M(400), null); break;
            case ProjectAction.Returned: p.Return(by, Now, "Bổ sung báo giá"); break;
            case ProjectAction.Registered: p.Register(by, Now, null); break;
            case ProjectAction.Approved: p.Approve(by, Now, 85, M(400), "2/QĐ", Day, null, null); break;
            case ProjectAction.Rejected: p.Reject(by, Now, "Không đạt"); break;
            case ProjectAction.Started:
                p.Start(by, Now, "HĐ 02", Day, new FundingHeadroom("Đơn vị", M(1_000), Vnd.Zero)); break;
            case ProjectAction.Accepted: p.Accept(by, Now, "BB 02", Day, null); break;
            case ProjectAction.Settled: p.Settle(by, Now, M(400), "QT 1", Day, null); break;
            case ProjectAction.Adjusted: p.Adjust(by, Now, M(350), "3/QĐ", Day, "Giảm", null, null); break;
            case ProjectAction.Stopped: p.Stop(by, Now, "4/QĐ", Day, "Dừng"); break;
            case ProjectAction.Carried:
                p.Carry(by, Now, p.Fund, p.Year + 1, OrganisationKind.ProvincialExtensionCentre, "Chưa cấp vốn"); break;
            default: throw new ArgumentOutOfRangeException(nameof(step));
        }
    }

    private static Vnd M(decimal v) => Vnd.FromMillions(v);
}
