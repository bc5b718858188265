using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

/// <summary>A registered project of the council's year: "k/n" counts the members not recused from it.</summary>
public sealed record CouncilProjectRow(int Id, string Code, string Name, string Province, string Implementer,
    long RequestedDong, long? AppraisedDong, int? BaseScore, Domain.Projects.ProjectStatus Status, double? Mean,
    int Scored, int Expected, bool ScoredByMe, bool RecusedByMe, bool MineToSkip);
