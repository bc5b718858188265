using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Organisations;

public sealed record OrganisationDetailsViewModel(Organisation Organisation, IReadOnlyList<MemberRow> Members)
{
    public IReadOnlyList<OrganisationLink> Successors { get; init; } = [];
    public IReadOnlyList<OrganisationLink> Predecessors { get; init; } = [];

    /// <summary>The history form's fields as typed, when the page answers a refused form.</summary>
    public IReadOnlyDictionary<string, string[]> Typed { get; init; } = new Dictionary<string, string[]>();

    /// <summary>A field of the refused history form as typed ("" when none).</summary>
    public string TypedValue(string field) =>
        Typed.TryGetValue(field, out var values) ? values.FirstOrDefault() ?? "" : "";

    /// <summary>A date field of the refused form as typed, when it reads as a date (else the field's own check
    /// keeps the text).</summary>
    public DateOnly? TypedDate(string field) =>
        Infrastructure.Input.DateText.TryRead(TypedValue(field), out var date)
            == Infrastructure.Input.DateText.Outcome.Date ? date : null;

    /// <summary>Whether a list field of the refused form held this value (a successor ticked).</summary>
    public bool WasTyped(string field, string? value) =>
        Typed.TryGetValue(field, out var values) && values.Contains(value);

    /// <summary>For administrators: the active organisations a successor or a receiving one is chosen from.</summary>
    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> ActiveOrganisations { get; init; } = [];
}
