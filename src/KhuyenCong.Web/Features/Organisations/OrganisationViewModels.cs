using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Organisations;

public sealed record OrganisationRow(
    int Id, string Name, OrganisationKind Kind, string? UnitName, UnitGeneration? UnitGeneration,
    DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record MemberRow(string FullName, string Email);

/// <summary>A successor or predecessor, with the first day of the successor's responsibility.</summary>
public sealed record OrganisationLink(int Id, string Name, DateOnly EffectiveFrom, string? Note);
