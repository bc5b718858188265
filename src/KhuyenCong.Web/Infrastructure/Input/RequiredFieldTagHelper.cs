using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// Marks the fields an officer must fill in, read from the view model's own [Required] (not the implicit one of
/// every number, which always has a value): the label gets the class <c>required</c> (an asterisk, forms.css)
/// and the control <c>aria-required</c>, so a screen reader says it too.
/// </summary>
[HtmlTargetElement("label", Attributes = "asp-for")]
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class RequiredFieldTagHelper : TagHelper
{
    public override int Order => 100;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public static bool IsDeclaredRequired(Microsoft.AspNetCore.Mvc.ModelBinding.ModelMetadata metadata) =>
        metadata is DefaultModelMetadata { Attributes.PropertyAttributes: { } attributes }
        && attributes.OfType<RequiredAttribute>().Any();

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!IsDeclaredRequired(For.Metadata)) return;
        if (output.TagName == "label") output.AddClass("required", System.Text.Encodings.Web.HtmlEncoder.Default);
        else if (!output.Attributes.ContainsName("type") || output.Attributes["type"].Value?.ToString() != "hidden")
            output.Attributes.SetAttribute("aria-required", "true");
    }
}
