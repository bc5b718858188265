using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>Reads the payment and settlement forms against the project as loaded, never trusting an id.</summary>
public static class MoneyForms
{
    /// <summary>The settled amount typed for each of the project's own lines; a line left empty is missing.</summary>
    public static IReadOnlyDictionary<int, Vnd> LineActuals(Project project, StepFormModel form)
    {
        var orders = project.CostLines.Select(l => l.Order).ToHashSet();
        return form.LineActuals
            .Where(l => l.Amount is not null && orders.Contains(l.Order))
            .GroupBy(l => l.Order)
            .ToDictionary(g => g.Key, g => g.First().Amount!.Value);
    }

    /// <summary>The ledger entry a reversal names, among this project's entries only.</summary>
    public static Disbursement Entry(Project project, StepFormModel form) =>
        project.Disbursements.FirstOrDefault(d => form.EntryId is { } id && d.Id == id)
        ?? throw new DomainException("Hãy chọn chứng từ cần điều chỉnh giảm.");
}
