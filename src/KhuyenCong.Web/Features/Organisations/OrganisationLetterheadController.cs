using KhuyenCong.Data;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Documents;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Organisations;

/// <summary>
/// Administrators set what an organisation prints at the top and bottom of its official tables and documents
/// (issue 14); what they leave empty is derived (<see cref="LetterheadSource"/>).
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class OrganisationLetterheadController(AppDbContext db, ILetterheadSource letterheads) : Controller
{
    private const string FormView = "~/Features/Organisations/Views/Letterhead.cshtml";

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var o = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return NotFound();
        var stored = o.Letterhead;
        return View(FormView, new OrganisationLetterheadForm
        {
            Id = o.Id, Version = o.Version, OrganisationName = o.Name,
            Current = await letterheads.ForOrganisationAsync(id, ct),
            SuperiorAgency = stored.SuperiorAgency, IssuingAgency = stored.IssuingAgency, Place = stored.Place,
            PreparerTitle = stored.PreparerTitle, HeadTitle = stored.HeadTitle, HeadName = stored.HeadName,
        });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, OrganisationLetterheadForm model, CancellationToken ct)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        model.Id = id;
        model.OrganisationName = organisation.Name;
        db.Entry(organisation).Property(o => o.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            organisation.SetLetterhead(model.ToSettings());
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu tiêu đề văn bản của đơn vị.");
            return RedirectToAction("Details", "Organisations", new { id });
        }, async () =>
        {
            model.Current = await letterheads.ForOrganisationAsync(id, ct);
            return View(FormView, model);
        }, ct);
    }
}
