using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Tests.Domain;

/// <summary>Issue 14: an official form's text is in force over dates; a new instrument starts a new entry.</summary>
public sealed class OfficialFormTests
{
    private static OfficialForm Seeded() =>
        new(OfficialFormKeys.CostEstimate, "Mẫu số 1", "ban hành kèm theo Thông tư số 20/2017/TT-BCT",
            new(2017, 11, 15));

    [Fact]
    public void ReplaceFrom_EndsTheCurrentTheDayBefore_AndTheNewStartsThen()
    {
        var old = Seeded();
        var next = old.ReplaceFrom(new(2026, 7, 1), " Mẫu số 01 ", "  ");

        Assert.Equal(new DateOnly(2026, 6, 30), old.ValidTo);
        Assert.True(old.InForceOn(new(2026, 6, 30)));
        Assert.False(old.InForceOn(new(2026, 7, 1)));
        Assert.Equal((OfficialFormKeys.CostEstimate, "Mẫu số 01", (string?)null, new DateOnly(2026, 7, 1)),
            (next.Key, next.Number, next.Instrument, next.ValidFrom));
        Assert.True(next.InForceOn(new(2030, 1, 1)));
        Assert.False(next.InForceOn(new(2026, 6, 30)));
    }

    [Fact]
    public void ReplaceFrom_AnEndedEntry_IsAStateRefusal_NothingChanges()
    {
        var old = Seeded();
        old.ReplaceFrom(new(2026, 7, 1), "Mẫu số 01", null);

        Assert.Throws<WorkflowException>(() => old.ReplaceFrom(new(2027, 1, 1), "Mẫu số 001", null));
        Assert.Equal(new DateOnly(2026, 6, 30), old.ValidTo);
    }

    [Fact]
    public void ReplaceFrom_NotAfterTheFirstDay_OrWithoutNumber_Refused_NothingChanges()
    {
        var old = Seeded();
        var early = Assert.Throws<DomainException>(() => old.ReplaceFrom(new(2017, 11, 15), "Mẫu số 01", null));
        Assert.IsNotType<WorkflowException>(early);
        Assert.Throws<DomainException>(() => old.ReplaceFrom(new(2026, 1, 1), " ", null));
        Assert.Null(old.ValidTo);
        Assert.Equal("Mẫu số 1", old.Number);
    }
}
