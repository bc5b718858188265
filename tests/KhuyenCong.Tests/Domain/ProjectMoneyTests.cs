using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// Money after approval (issue 13, DOMAIN §11 step 5): advances cleared by payments, reversal entries, settlement per
/// Mẫu 1 line, the balance paid or recovered, then closing. Each refusal leaves the ledger, the paid figure and the
/// history as they were. The project has lines of 400 and 200 support, 600 approved.
/// </summary>
public sealed class ProjectMoneyTests
{
    // Payments, reversals and recoveries have no actor rule beyond the role; settling and closing belong to the
    // approving level (separation of duties): the ministry for KCQG, the province's department for KCĐP.
    private static readonly Actor Department = new("u-dept", "Cán bộ Sở", 2)
        { OrganisationKind = OrganisationKind.ProvincialDepartment };
    private static readonly Actor Ministry = new("u-bo", "Cán bộ Bộ", 3)
        { OrganisationKind = OrganisationKind.Ministry };

    private static Actor Approver(Project p) => p.Fund == Fund.Kcqg ? Ministry : Department;
    private static readonly DateTime Now = new(2021, 9, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Day = new(2021, 9, 1);
    private static Vnd M(decimal v) => Vnd.FromMillions(v);

    private static Project Running() => ProjectWorkflowTests.In(ProjectStatus.InProgress);

    private static Project Accepted() => ProjectWorkflowTests.In(ProjectStatus.Accepted);

    private static Disbursement Pay(Project p, DisbursementKind kind, decimal amount, decimal cleared = 0,
        string number = "UNC", DateOnly? date = null) =>
        p.Disburse(Department, Now, kind, number, date ?? Day, M(amount), null, cleared == 0 ? null : M(cleared));

    private static void Settle(Project p, decimal line1, decimal line2) =>
        p.Settle(Approver(p), Now, new Dictionary<int, Vnd> { [1] = M(line1), [2] = M(line2) }, "QT 1", Day, null);

    /// <summary>What a refusal must leave untouched.</summary>
    private static (int Entries, long Paid, int History, ProjectStatus Status, long? Settled) State(Project p) =>
        (p.Disbursements.Count, p.DisbursedDong, p.History.Count, p.Status, p.SettledDong);

    [Fact]
    public void Advance_ClearedByLaterPayments_OutstandingAdvanceFallsAndLedgerRunsTotals()
    {
        var p = Running();
        Pay(p, DisbursementKind.Advance, 200, number: "TU 1", date: new(2021, 6, 1));
        Assert.Equal(M(200), p.OutstandingAdvance);

        // 150 of the advance proven by this payment's documents, 100 of new money.
        Pay(p, DisbursementKind.Payment, 100, cleared: 150, number: "TT 1", date: new(2021, 7, 1));
        // A payment that only settles the advance moves no money.
        Pay(p, DisbursementKind.Payment, 0, cleared: 50, number: "TT 2", date: new(2021, 8, 1));

        Assert.Equal(M(300), p.Paid);
        Assert.Equal(M(300), p.Disbursed);
        Assert.Equal(Vnd.Zero, p.OutstandingAdvance);
        Assert.Equal([(M(200), M(200)), (M(300), M(50)), (M(300), Vnd.Zero)],
            p.Ledger().Select(l => (l.PaidAfter, l.AdvanceOutstandingAfter)));
    }

    [Fact]
    public void Payment_ClearingMoreThanTheOutstandingAdvance_RefusedNothingSaved()
    {
        var p = Running();
        Pay(p, DisbursementKind.Advance, 100);
        var before = State(p);

        var ex = Assert.Throws<DomainException>(() => Pay(p, DisbursementKind.Payment, 50, cleared: 120));

        Assert.Contains("vượt số tạm ứng chưa thanh toán 100 triệu đồng", ex.Message);
        Assert.Equal(before, State(p));
        Assert.Equal(M(100), p.OutstandingAdvance);
    }

    [Fact]
    public void Advance_ThatClearsAnAdvance_Refused()
    {
        var p = Running();
        Pay(p, DisbursementKind.Advance, 100);
        var before = State(p);

        Assert.Throws<DomainException>(() => Pay(p, DisbursementKind.Advance, 50, cleared: 20));
        Assert.Throws<DomainException>(() => Pay(p, DisbursementKind.Payment, 0));

        Assert.Equal(before, State(p));
    }

    [Fact]
    public void Reverse_MistypedPayment_AppendsANegativeEntryWithItsReasonAndKeepsTheOriginal()
    {
        var p = Running();
        var typo = Pay(p, DisbursementKind.Payment, 250, number: "TT 7");

        var reversal = p.Reverse(Department, Now, typo, "ĐC 1", Day, M(225), Vnd.Zero, "Gõ nhầm 250 thay cho 25");

        Assert.Equal(M(25), p.Paid);
        Assert.Equal(M(25), p.Disbursed);
        Assert.Equal([M(250), M(-225)], p.Disbursements.Select(d => d.Amount));
        Assert.Equal(DisbursementKind.Reversal, reversal.Kind);
        Assert.Same(typo, reversal.Reverses);
        Assert.Equal("Gõ nhầm 250 thay cho 25", reversal.Note);
        Assert.Equal(ProjectAction.Reversed, p.History[^1].Action);
        Assert.Contains("TT 7", p.History[^1].Comment);
        Assert.Same(reversal, p.Ledger()[0].ReversedBy);
        Assert.Empty(p.ReversibleEntries);
    }

    [Fact]
    public void Reverse_SameEntryTwice_RefusedAsAStateNothingSaved()
    {
        var p = Running();
        var entry = Pay(p, DisbursementKind.Payment, 100, number: "TT 1");
        p.Reverse(Department, Now, entry, "ĐC 1", Day, M(10), Vnd.Zero, "Nhầm số");
        var before = State(p);

        var ex = Assert.Throws<WorkflowException>(() =>
            p.Reverse(Department, Now, entry, "ĐC 2", Day, M(10), Vnd.Zero, "Lại nhầm"));

        Assert.Contains("không điều chỉnh lần thứ hai", ex.Message);
        Assert.Equal(before, State(p));
    }

    [Fact]
    public void Reverse_AReversal_Refused()
    {
        var p = Running();
        var entry = Pay(p, DisbursementKind.Payment, 100);
        var reversal = p.Reverse(Department, Now, entry, "ĐC 1", Day, M(100), Vnd.Zero, "Trùng chứng từ");
        var before = State(p);

        Assert.Throws<WorkflowException>(() =>
            p.Reverse(Department, Now, reversal, "ĐC 2", Day, M(1), Vnd.Zero, "Đảo lại"));

        Assert.Equal(before, State(p));
    }

    [Theory]
    [InlineData(101, 0, "vượt số tiền của chứng từ")]
    [InlineData(0, 30, "vượt số của chứng từ")]
    [InlineData(0, 0, "phải lớn hơn 0")]
    [InlineData(-5, 0, "không được âm")]
    public void Reverse_MoreThanTheEntryOrNothing_RefusedNothingSaved(decimal amount, decimal cleared, string reason)
    {
        var p = Running();
        Pay(p, DisbursementKind.Advance, 100);
        var entry = Pay(p, DisbursementKind.Payment, 100, cleared: 20);
        var before = State(p);

        var ex = Assert.Throws<DomainException>(() =>
            p.Reverse(Department, Now, entry, "ĐC 1", Day, M(amount), M(cleared), "Nhầm số"));

        Assert.Contains(reason, ex.Message);
        Assert.Equal(before, State(p));
    }

    [Fact]
    public void Reverse_WithoutReason_RefusedNothingSaved()
    {
        var p = Running();
        var entry = Pay(p, DisbursementKind.Payment, 100);
        var before = State(p);

        var ex = Assert.Throws<DomainException>(() =>
            p.Reverse(Department, Now, entry, "ĐC 1", Day, M(10), Vnd.Zero, " "));

        Assert.Equal("Hãy ghi lý do điều chỉnh giảm.", ex.Message);
        Assert.Equal(before, State(p));
    }

    [Fact]
    public void Reverse_PaymentThatClearedAnAdvance_PutsTheAdvanceBackOutstanding()
    {
        var p = Running();
        Pay(p, DisbursementKind.Advance, 200);
        var payment = Pay(p, DisbursementKind.Payment, 50, cleared: 150);

        p.Reverse(Department, Now, payment, "ĐC 1", Day, Vnd.Zero, M(150), "Chứng từ thanh toán tạm ứng chưa hợp lệ");

        Assert.Equal(M(200), p.OutstandingAdvance);
        Assert.Equal(M(250), p.Paid);
    }

    [Fact]
    public void Reverse_AdvanceAlreadySettledByPayments_RefusedUntilThePaymentIsReversed()
    {
        var p = Running();
        var advance = Pay(p, DisbursementKind.Advance, 200);
        Pay(p, DisbursementKind.Payment, 0, cleared: 150);
        var before = State(p);

        var ex = Assert.Throws<DomainException>(() =>
            p.Reverse(Department, Now, advance, "ĐC 1", Day, M(200), Vnd.Zero, "Nhầm"));

        Assert.Contains("chỉ còn 50 triệu đồng chưa thanh toán", ex.Message);
        Assert.Equal(before, State(p));
        p.Reverse(Department, Now, advance, "ĐC 2", Day, M(50), Vnd.Zero, "Tạm ứng thừa");
        Assert.Equal(Vnd.Zero, p.OutstandingAdvance);
    }

    [Fact]
    public void Settle_PerCostLine_RecordsPlannedAndActualAndTheSettledTotalIsTheSum()
    {
        var p = Accepted();

        Settle(p, 380, 190);

        Assert.Equal(ProjectStatus.Settled, p.Status);
        Assert.Equal(M(570), p.Settled);
        Assert.Equal([(M(400), M(380)), (M(200), M(190))],
            p.CostLines.OrderBy(l => l.Order).Select(l => (l.FundSupport, l.SettledSupport!.Value)));
        Assert.Equal(M(570), new Vnd(p.History[^1].AmountDong!.Value));
    }

    [Theory]
    [InlineData(true, "Thiếu số quyết toán của dòng 2")]
    [InlineData(false, "không được âm")]
    public void Settle_LineMissingOrNegative_RefusedNothingSaved(bool missing, string reason)
    {
        var p = Accepted();
        var before = State(p);
        var lines = missing
            ? new Dictionary<int, Vnd> { [1] = M(300) }
            : new Dictionary<int, Vnd> { [1] = M(300), [2] = M(-1) };

        var ex = Assert.Throws<DomainException>(() => p.Settle(Approver(p), Now, lines, "QT 1", Day, null));

        Assert.Contains(reason, ex.Message);
        Assert.Equal(before, State(p));
        Assert.All(p.CostLines, l => Assert.Null(l.SettledSupportDong));
    }

    [Fact]
    public void Settle_LinesAboveTheApprovedSupport_RefusedNothingSaved()
    {
        var p = Accepted();
        var before = State(p);

        var ex = Assert.Throws<DomainException>(() => Settle(p, 400, 201));

        Assert.Contains("vượt kinh phí phê duyệt 600 triệu đồng, vượt 1 triệu đồng", ex.Message);
        Assert.Equal(before, State(p));
        Assert.All(p.CostLines, l => Assert.Null(l.SettledSupportDong));
    }

    [Fact]
    public void SettledAbovePaid_TheBalanceIsPaid_ThenTheProjectCloses()
    {
        // The case: settlement of 45 with 30 paid left the 15 unpayable (409).
        var p = Accepted();
        Pay(p, DisbursementKind.Advance, 30);
        Settle(p, 30, 15);
        Assert.Equal(M(15), p.Balance);
        Assert.Equal(Vnd.Zero, p.OutstandingAdvance);
        Assert.True(p.Offers(ProjectAction.Disbursed));
        Assert.False(p.Offers(ProjectAction.Closed));

        Pay(p, DisbursementKind.Payment, 15, number: "TT cuối");
        p.Close(Approver(p), Now, "Hoàn thành");

        Assert.Equal(ProjectStatus.Closed, p.Status);
        Assert.Equal(M(45), p.Paid);
        Assert.Equal(Vnd.Zero, p.Balance);
        Assert.Equal(ProjectAction.Closed, p.History[^1].Action);
    }

    [Fact]
    public void AfterSettlement_AnAdvanceOrMoreThanTheBalance_RefusedNothingSaved()
    {
        var p = Accepted();
        Pay(p, DisbursementKind.Payment, 30);
        Settle(p, 30, 15);
        var before = State(p);

        var over = Assert.Throws<DomainException>(() => Pay(p, DisbursementKind.Payment, 16));
        Assert.Contains("còn phải thanh toán 15 triệu đồng", over.Message);
        Assert.Contains("vượt 1 triệu đồng", over.Message);
        Assert.Throws<DomainException>(() => Pay(p, DisbursementKind.Advance, 5));

        Assert.Equal(before, State(p));
    }

    [Fact]
    public void OverPaid_RecoveryUpToTheOverPayment_ThenTheProjectCloses()
    {
        var p = Accepted();
        Pay(p, DisbursementKind.Advance, 300);
        Settle(p, 200, 50);
        Assert.Equal(M(-50), p.Balance);
        Assert.True(p.Offers(ProjectAction.Recovered));
        Assert.False(p.Offers(ProjectAction.Disbursed));
        var before = State(p);

        var close = Assert.Throws<WorkflowException>(() => p.Close(Approver(p), Now, null));
        Assert.Contains("còn phải thu hồi 50 triệu đồng", close.Message);
        var tooMuch = Assert.Throws<DomainException>(() => p.Recover(Department, Now, "GNT 1", Day, M(60), null));
        Assert.Contains("vượt số chi vượt quyết toán 50 triệu đồng", tooMuch.Message);
        Assert.Equal(before, State(p));

        var recovery = p.Recover(Department, Now, "GNT 1", Day, M(50), "Nộp trả ngân sách");
        p.Close(Approver(p), Now, null);

        Assert.Equal((DisbursementKind.Recovery, M(-50)), (recovery.Kind, recovery.Amount));
        Assert.Equal(M(250), p.Paid);
        Assert.Equal(ProjectStatus.Closed, p.Status);
        Assert.Equal(ProjectAction.Recovered, p.History[^2].Action);
    }

    [Fact]
    public void Recover_WhenNothingWasOverPaid_RefusedAsAStateNothingSaved()
    {
        var p = Accepted();
        Pay(p, DisbursementKind.Payment, 100);
        Settle(p, 100, 0);
        var before = State(p);

        Assert.Throws<WorkflowException>(() => p.Recover(Department, Now, "GNT 1", Day, M(1), null));

        Assert.Equal(before, State(p));
        Assert.False(p.Offers(ProjectAction.Recovered));
        Assert.True(p.Offers(ProjectAction.Closed));
    }

    [Fact]
    public void Close_WithTheBalanceStillOwed_RefusedAsAStateNothingSaved()
    {
        var p = Accepted();
        Pay(p, DisbursementKind.Payment, 30);
        Settle(p, 30, 15);
        var before = State(p);

        var ex = Assert.Throws<WorkflowException>(() => p.Close(Approver(p), Now, null));

        Assert.Contains("còn phải thanh toán 15 triệu đồng", ex.Message);
        Assert.Equal(before, State(p));
    }

    /// <summary>The new steps of the transition table, from every state: allowed only as the table says.</summary>
    [Theory]
    [InlineData(ProjectAction.Reversed,
        new[] { ProjectStatus.InProgress, ProjectStatus.Accepted, ProjectStatus.Settled })]
    [InlineData(ProjectAction.Recovered, new[] { ProjectStatus.Settled })]
    [InlineData(ProjectAction.Closed, new[] { ProjectStatus.Settled })]
    public void NewSteps_FromEveryState_AllowedOnlyWhereTheTableSays(ProjectAction action, ProjectStatus[] allowed)
    {
        foreach (var status in Enum.GetValues<ProjectStatus>().Where(s => s is not ProjectStatus.Rejected))
        {
            var p = ProjectWorkflowTests.In(status, Fund.Kcqg);
            Assert.Equal(allowed.Contains(p.Status), p.Allows(action));
            if (allowed.Contains(p.Status)) continue;
            var before = State(p);
            Assert.Throws<WorkflowException>(() => Take(p, action));
            Assert.Equal(before, State(p));
        }
    }

    private static void Take(Project p, ProjectAction action)
    {
        switch (action)
        {
            case ProjectAction.Reversed:
                // A ledger entry from another project stands in: the state is refused before the entry is looked at.
                var other = Running();
                p.Reverse(Department, Now, Pay(other, DisbursementKind.Payment, 1), "ĐC", Day, M(1), Vnd.Zero, "x");
                break;
            case ProjectAction.Recovered: p.Recover(Department, Now, "GNT", Day, M(1), null); break;
            default: p.Close(Approver(p), Now, null); break;
        }
    }
}
