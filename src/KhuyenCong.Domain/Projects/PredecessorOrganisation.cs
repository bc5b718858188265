namespace KhuyenCong.Domain.Projects;

/// <summary>
/// An ended organisation whose work the actor's organisation carries on (directly or through a chain of
/// successions), with the units it worked for: a step on a record of those units is taken on its behalf.
/// </summary>
public sealed record PredecessorOrganisation(int OrganisationId, string Name, IReadOnlySet<int> UnitIds);
