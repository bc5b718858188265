using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

public sealed record SheetRowView(string Member, int[] Points, int Total);
