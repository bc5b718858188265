using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>Department officers download the template and upload many proposals at once; all rows or none.</summary>
[Authorize(Policy = Policies.DepartmentOfficer)]
public sealed class ProjectImportController(ProjectImporter importer) : Controller
{
    public const long MaxBytes = 5 * 1024 * 1024;
    private const string ImportView = "~/Features/Projects/Views/Import.cshtml";

    [HttpGet]
    public IActionResult Index() => View(ImportView, new ProjectImporter.Result(0, []));

    [HttpGet]
    public IActionResult Template() =>
        File(ProjectImporter.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "mau-nhap-de-an.xlsx");

    [HttpPost]
    [RequestSizeLimit(MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Index(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
            return View(ImportView,
                new ProjectImporter.Result(0, [new(0, "", "Hãy chọn tệp Excel (.xlsx) theo mẫu, tối đa 5 MB.")]));
        await using var stream = file.OpenReadStream();
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var result = await importer.ImportAsync(User, buffer, ct);
        if (result.Errors.Count > 0) return View(ImportView, result);
        TempData.Notice("Đã nhập {0} đề án (dự thảo).", result.Saved);
        return RedirectToAction("Index", "Projects", new { status = "Draft" });
    }
}
