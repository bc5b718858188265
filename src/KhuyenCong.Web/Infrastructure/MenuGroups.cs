namespace KhuyenCong.Web.Infrastructure;

/// <summary>
/// Which drop-down menu of the main navigation each area belongs to. Twenty entries side by side wrapped every
/// label onto two lines at 1366 px (issue 15): related areas share one menu, the daily ones stay on the bar.
/// The menu component decides who sees an entry; this table only decides where it goes.
/// </summary>
public static class MenuGroups
{
    /// <summary>A drop-down menu; <paramref name="Text"/> is the Vietnamese resource key; <paramref name="Last"/>
    /// puts it after the daily areas, just before the bar's final entry (the notifications).</summary>
    public sealed record Group(string Id, string Text, string Icon, bool Last = false);

    public static readonly Group Planning = new("planning", "Kế hoạch", "cash-coin");
    public static readonly Group Products = new("products", "Sản phẩm", "award");
    public static readonly Group Reporting = new("reporting", "Báo cáo", "file-earmark-spreadsheet");
    public static readonly Group Administration = new("administration", "Danh mục", "gear", Last: true);

    private static readonly Dictionary<string, Group> ByController = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Budget"] = Planning,
        ["Registration"] = Planning,
        ["AppraisalCouncil"] = Planning,
        ["PlanDecisions"] = Planning,
        ["ProductRounds"] = Products,
        ["Nominations"] = Products,
        ["Establishments"] = Products,
        ["Commendations"] = Products,
        ["Reports"] = Reporting,
        ["ReportPeriods"] = Reporting,
        ["Organisations"] = Administration,
        ["AdminUnits"] = Administration,
        ["Users"] = Administration,
        ["AuditLog"] = Administration,
        ["ReferenceForms"] = Administration,
    };

    /// <summary>The menu an area's entry goes in, or null for an entry that stays on the bar itself.</summary>
    public static Group? Of(string controller) => ByController.GetValueOrDefault(controller);

    /// <summary>
    /// The bar in display order: an entry alone, or a menu with its entries, placed where its first entry was.
    /// A menu the user would see with a single entry is shown as that entry (a council member's one area).
    /// </summary>
    public static IReadOnlyList<(Group? Group, IReadOnlyList<T> Items)> Arrange<T>(IEnumerable<T> items,
        Func<T, string> controller)
    {
        var slots = new List<(Group? Group, List<T> Items)>();
        foreach (var item in items)
        {
            var group = Of(controller(item));
            var slot = group is null ? -1 : slots.FindIndex(s => s.Group == group);
            if (slot < 0) slots.Add((group, [item]));
            else slots[slot].Items.Add(item);
        }
        var last = slots.Where(s => s.Group is { Last: true }).ToList();
        if (last.Count > 0)
        {
            slots.RemoveAll(s => s.Group is { Last: true });
            slots.InsertRange(Math.Max(0, slots.Count - 1), last);
        }
        return slots.Select(s => (s.Items.Count == 1 ? null : s.Group, (IReadOnlyList<T>)s.Items)).ToList();
    }
}
