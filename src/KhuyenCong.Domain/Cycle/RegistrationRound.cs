using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// Đợt đăng ký kế hoạch khuyến công quốc gia năm N (DOMAIN §11 step 1): opened by the ministry, one per plan year,
/// with a deadline and an indicative figure per province. Packages sent after the deadline are accepted and marked
/// late, because the ministry would rather consolidate a late list than lose a province; closing ends the intake.
/// </summary>
public sealed class RegistrationRound : AuditableEntity, IScopedRecord
{
    private readonly List<IndicativeFigure> _figures = [];

    private RegistrationRound() { }

    public RegistrationRound(int year, DateOnly openedOn, DateOnly deadline, string? note,
        IReadOnlyDictionary<int, Vnd> figures)
    {
        if (year is < 2000 or > 2100) throw new DomainException("Năm kế hoạch {0} không hợp lệ.", year);
        if (year < openedOn.Year)
            throw new DomainException(
                "Không mở đăng ký cho năm kế hoạch {0} đã qua (hôm nay {1}).", year, MessageArguments.Date(openedOn));
        Year = year;
        OpenedOn = openedOn;
        Status = RegistrationRoundStatus.Open;
        Apply(deadline, note, figures);
    }

    public int Year { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public DateOnly Deadline { get; private set; }
    public string? Note { get; private set; }
    public RegistrationRoundStatus Status { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public IReadOnlyList<IndicativeFigure> Figures => _figures;

    /// <summary>A round is the ministry's, nationwide: provinces reach it through their own packages.</summary>
    int? IScopedRecord.ScopeUnitId => null;

    public bool IsOpen => Status == RegistrationRoundStatus.Open;

    public Vnd IndicativeTotal => Vnd.Sum(_figures.Select(f => f.Amount));

    /// <summary>Days from <paramref name="today"/> to the deadline: negative once it has passed.</summary>
    public int DaysLeft(DateOnly today) => Deadline.DayNumber - today.DayNumber;

    /// <summary>
    /// A package sent on <paramref name="day"/> (Vietnam time) is late when the deadline day has passed.
    /// </summary>
    public bool IsLateOn(DateOnly day) => day > Deadline;

    public Vnd? IndicativeFor(int provinceUnitId) =>
        _figures.FirstOrDefault(f => f.ProvinceUnitId == provinceUnitId)?.Amount;

    /// <summary>Changes the deadline, the note and the figures while the round is open.</summary>
    public void Update(DateOnly deadline, string? note, IReadOnlyDictionary<int, Vnd> figures)
    {
        RequireOpen();
        Apply(deadline, note, figures);
    }

    /// <summary>Ends the intake: no package is sent, returned or resent any more.</summary>
    public void Close(DateOnly today)
    {
        RequireOpen();
        Status = RegistrationRoundStatus.Closed;
        ClosedOn = today;
    }

    public void RequireOpen()
    {
        if (!IsOpen)
            throw new WorkflowException(
                "Đợt đăng ký kế hoạch KCQG năm {0} đã đóng ngày {1}; không thay đổi được nữa.",
                Year, ClosedOn is { } d ? MessageArguments.Date(d) : "");
    }

    private void Apply(DateOnly deadline, string? note, IReadOnlyDictionary<int, Vnd> figures)
    {
        if (deadline < OpenedOn)
            throw new DomainException(
                "Hạn gửi hồ sơ {0} trước ngày mở đăng ký {1}.",
                MessageArguments.Date(deadline), MessageArguments.Date(OpenedOn));
        if (figures.Count == 0) throw new DomainException("Đợt đăng ký cần số kiểm tra của ít nhất một tỉnh.");
        if (figures.Values.Any(v => v.IsNegative)) throw new DomainException("Số kiểm tra không được âm.");
        Deadline = deadline;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        _figures.RemoveAll(f => !figures.ContainsKey(f.ProvinceUnitId));
        foreach (var (province, amount) in figures)
        {
            if (_figures.FirstOrDefault(f => f.ProvinceUnitId == province) is { } existing) existing.Change(amount);
            else _figures.Add(new IndicativeFigure(province, amount));
        }
    }
}
