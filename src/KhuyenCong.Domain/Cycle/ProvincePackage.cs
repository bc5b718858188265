using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// A province's registration package for a round (DOMAIN §11 step 2): its base-appraised KCQG projects of the
/// year, sent with the Sở's signed letter. Sending freezes the Mẫu 2 list and registers every project with the
/// ministry, all or none; the ministry may return it (the projects go back to base-appraised) and the Sở resends.
/// </summary>
public sealed class ProvincePackage : AuditableEntity, IScopedRecord
{
    private readonly List<PackageSubmission> _submissions = [];

    private ProvincePackage() { }

    private ProvincePackage(RegistrationRound round, int provinceUnitId, int organisationId)
    {
        Round = round;
        RoundId = round.Id;
        ProvinceUnitId = provinceUnitId;
        OrganisationId = organisationId;
    }

    public int RoundId { get; private set; }
    public RegistrationRound? Round { get; private set; }
    public int ProvinceUnitId { get; private set; }

    /// <summary>The Sở that sent the package.</summary>
    public int OrganisationId { get; private set; }

    public PackageStatus Status { get; private set; }
    public IReadOnlyList<PackageSubmission> Submissions => _submissions;

    int? IScopedRecord.ScopeUnitId => ProvinceUnitId;

    /// <summary>The latest sending: what the ministry consolidates while the package is with it.</summary>
    public PackageSubmission? Current => _submissions.MaxBy(s => s.Number);

    /// <summary>A province's first sending in a round.</summary>
    public static ProvincePackage Submit(RegistrationRound round, int provinceUnitId, int organisationId,
        IReadOnlyList<Project> projects, IReadOnlyList<PackageRow> rows, PackageLetter letter, Actor by,
        DateTime nowUtc, DateOnly today)
    {
        if (round.IndicativeFor(provinceUnitId) is null)
            throw new DomainException("Tỉnh này không có trong đợt đăng ký kế hoạch KCQG năm {0}.", round.Year);
        var package = new ProvincePackage(round, provinceUnitId, organisationId);
        package.Send(round, projects, rows, letter, by, nowUtc, today);
        return package;
    }

    /// <summary>Sends a returned package again, with its list as chosen now and a new letter.</summary>
    public void Resubmit(RegistrationRound round, IReadOnlyList<Project> projects, IReadOnlyList<PackageRow> rows,
        PackageLetter letter, Actor by, DateTime nowUtc, DateOnly today)
    {
        RequireReturned();
        Send(round, projects, rows, letter, by, nowUtc, today);
    }

    /// <summary>A package with the ministry is not sent again until the ministry returns it (409).</summary>
    public void RequireReturned()
    {
        if (Status == PackageStatus.Submitted)
            throw new WorkflowException(
                "Hồ sơ đăng ký của tỉnh đã gửi Bộ ngày {0}; chỉ gửi lại khi Bộ trả lại.",
                MessageArguments.Date(Current!.SubmittedOn));
    }

    /// <summary>
    /// The ministry sends the package back with its reason: every project of the list goes back to base-appraised,
    /// all or none (a project the ministry has already decided keeps the package where it is).
    /// </summary>
    public void Return(RegistrationRound round, IReadOnlyList<Project> projects, string? reason, Actor by,
        DateTime nowUtc)
    {
        round.RequireOpen();
        if (Status != PackageStatus.Submitted)
            throw new WorkflowException("Hồ sơ đăng ký này đã được trả lại, đang chờ tỉnh gửi lại.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Hãy ghi lý do trả lại hồ sơ đăng ký để Sở Công Thương hoàn thiện.");
        var listed = Current!.Rows.Select(r => r.ProjectId).ToHashSet();
        if (!listed.SetEquals(projects.Select(p => p.Id)))
            throw new InvalidOperationException("The projects given are not those of the package's list.");
        if (projects.FirstOrDefault(p => p.Status != ProjectStatus.Registered) is { } decided)
            throw new WorkflowException(
                "Đề án {0} đang ở trạng thái \"{1}\": không trả lại hồ sơ đăng ký được nữa.",
                decided.Code, new MessageTerm(ProjectNames.Status(decided.Status)));
        foreach (var project in projects) project.ReturnRegistration(by, nowUtc, reason);
        Current.MarkReturned(by.Name, nowUtc, reason.Trim());
        Status = PackageStatus.Returned;
    }

    private void Send(RegistrationRound round, IReadOnlyList<Project> projects, IReadOnlyList<PackageRow> rows,
        PackageLetter letter, Actor by, DateTime nowUtc, DateOnly today)
    {
        round.RequireOpen();
        if (projects.Count == 0)
            throw new DomainException("Hãy chọn ít nhất một đề án đã thẩm định cơ sở để đăng ký.");
        if (letter.Date > today)
            throw new DomainException(
                "Ngày công văn {0} sau ngày hôm nay {1}.", MessageArguments.Date(letter.Date),
                MessageArguments.Date(today));
        if (!rows.Select(r => r.ProjectId).ToHashSet().SetEquals(projects.Select(p => p.Id))
            || rows.Count != projects.Count)
            throw new InvalidOperationException("The Mẫu 2 rows must be those of the chosen projects, once each.");
        foreach (var project in projects)
        {
            if (project.Fund != Budgets.Fund.Kcqg || project.Year != round.Year)
                throw new DomainException(
                    "Đề án {0} không thuộc kế hoạch KCQG năm {1}: không đưa vào hồ sơ đăng ký được.",
                    project.Code, round.Year);
            // Checked for all before any is registered, so a refusal leaves every project as it was.
            if (!project.Allows(ProjectAction.Registered))
                throw new WorkflowException(
                    "Đề án {0} đang ở trạng thái \"{1}\", không còn chờ đăng ký: hãy chọn lại danh sách.",
                    project.Code, new MessageTerm(ProjectNames.Status(project.Status)));
        }
        var comment = $"Hồ sơ đăng ký kế hoạch KCQG năm {round.Year}, công văn {letter.Number}";
        foreach (var project in projects) project.Register(by, nowUtc, comment);
        var number = _submissions.Count == 0 ? 1 : _submissions.Max(s => s.Number) + 1;
        _submissions.Add(new PackageSubmission(number, letter, rows, by.UserId, by.Name, nowUtc, today,
            round.IsLateOn(today)));
        Status = PackageStatus.Submitted;
    }
}
