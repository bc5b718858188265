using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using Microsoft.AspNetCore.Mvc.Rendering;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>The proposal form: every field of DOMAIN §5 and the cost-estimate lines of form Mẫu 1.</summary>
public sealed class ProjectFormModel : IVersionedForm
{
    public const int CostLineRows = 8;

    public int Id { get; set; }
    public long Version { get; set; }
    public string? Code { get; set; }

    [Display(Name = "Tên đề án"), Required, StringLength(500)]
    public string? Name { get; set; }

    [Display(Name = "Loại đề án"), Required]
    public ProjectKind? Kind { get; set; }

    [Display(Name = "Nguồn kinh phí"), Required]
    public Fund? Fund { get; set; }

    [Display(Name = "Năm kế hoạch"), Required, Range(2000, 2100)]
    public int? Year { get; set; }

    [Display(Name = "Nội dung khuyến công"), Required]
    public int? ActivityContentId { get; set; }

    [Display(Name = "Đơn vị thực hiện"), Required]
    public int? ImplementingOrganisationId { get; set; }

    [Display(Name = "Địa giới của địa điểm"), Required]
    public UnitGeneration? LocationGeneration { get; set; }

    [Display(Name = "Mã huyện/xã nơi thực hiện"), Required, StringLength(10)]
    public string? LocationCode { get; set; }

    [Display(Name = "Mục tiêu và nội dung chính"), StringLength(4000)]
    public string? Objectives { get; set; }

    [Display(Name = "Kết quả dự kiến"), StringLength(4000)]
    public string? ExpectedResults { get; set; }

    [Display(Name = "Số cơ sở được hỗ trợ"), Range(0, 100_000)]
    public int EstablishmentsSupported { get; set; }

    [Display(Name = "Số lao động được đào tạo"), Range(0, 1_000_000)]
    public int WorkersTrained { get; set; }

    [Display(Name = "Số máy móc, dây chuyền"), Range(0, 100_000)]
    public int Machines { get; set; }

    [Display(Name = "Số mô hình trình diễn"), Range(0, 10_000)]
    public int DemonstrationModels { get; set; }

    [Display(Name = "Số việc làm tạo ra"), Range(0, 1_000_000)]
    public int Jobs { get; set; }

    [Display(Name = "Ngày bắt đầu")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Ngày kết thúc")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Cơ sở thụ hưởng")]
    public List<int> BeneficiaryIds { get; set; } = [];

    public List<CostLineInput> CostLines { get; set; } = [];

    // S3 caps: the conditions the support caps read (DOMAIN §5).
    [Display(Name = "Đầu tư dây chuyền sản xuất hoàn chỉnh")]
    public bool IsCompleteProductionLine { get; set; }

    [Display(Name = "Hỗ trợ thành lập doanh nghiệp mới tại địa bàn khó khăn")]
    public bool IsNewEnterpriseInDisadvantagedArea { get; set; }

    public IReadOnlyList<SelectListItem> ActivityContents { get; set; } = [];
    public IReadOnlyList<SelectListItem> Organisations { get; set; } = [];
    public IReadOnlyList<SelectListItem> Establishments { get; set; } = [];
    /// <summary>The chosen place and the units above it, province first, for the cascading picker; never bound.
    /// </summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<AdminUnits.UnitPickerItem> LocationChain { get; set; } = [];

    /// <summary>The legal forms, for "add new" in the beneficiary picker; never bound.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<SelectListItem> LegalForms { get; set; } = [];

    /// <summary>What the pickers were filled for (the plan year's generations of units); never bound.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public Domain.Reform.ReferencePeriod? Period { get; set; }
}
