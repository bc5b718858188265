using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Mvc.TagHelpers;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// Every date field of the portal: a text input typed and shown as dd/MM/yyyy with the Vietnamese date picker
/// (js/forms.js), never a native <c>type=date</c> (Chromium shows it month-first whatever the page's language).
/// Applies by itself to <c>&lt;input asp-for&gt;</c> on a DateOnly or DateTime property; an input bound by hand
/// says <c>kc-date="@value"</c>. The typed text comes back as typed after a refused POST, and the client-side
/// check says the same as the server (<see cref="DateModelBinder"/>).
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("input", Attributes = ValueAttribute)]
public sealed class DateInputTagHelper(IStringLocalizer<SharedResource> localizer, DateWindow window) : TagHelper
{
    private const string ValueAttribute = "kc-date";

    // After the framework's InputTagHelper, whose type and value this replaces.
    public override int Order => 100;

    [HtmlAttributeName("asp-for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression? For { get; set; }

    /// <summary>The date shown in an input bound by hand (no asp-for).</summary>
    [HtmlAttributeName(ValueAttribute)]
    public DateOnly? Value { get; set; }

    /// <summary>The field's name in messages for an input bound by hand (its aria-label otherwise).</summary>
    [HtmlAttributeName(ValueAttribute + "-label")]
    public string? Label { get; set; }

    [HtmlAttributeNotBound, ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        string name;
        object? model;
        string? label;
        if (For is not null)
        {
            var type = For.Metadata.UnderlyingOrModelType;
            if (type != typeof(DateOnly) && type != typeof(DateTime)) return;
            name = output.Attributes["name"]?.Value?.ToString() ?? For.Name;
            model = For.Model;
            label = For.Metadata.DisplayName;
        }
        else if (context.AllAttributes.ContainsName(ValueAttribute))
        {
            name = output.Attributes["name"]?.Value?.ToString() ?? "";
            model = Value;
            label = Label ?? output.Attributes["aria-label"]?.Value?.ToString();
        }
        else
        {
            return;
        }

        // A refused date comes back as typed; an accepted one in the one format (15032026 → 15/03/2026).
        var typed = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0
            ? entry.AttemptedValue : null;
        var shown = typed ?? model switch
        {
            DateOnly d => DateText.Show(d),
            DateTime d => DateText.Show(d),
            _ => "",
        };
        var field = label ?? name;
        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("value", shown);
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("placeholder", localizer["dd/mm/yyyy"].Value);
        output.Attributes.SetAttribute("data-date-picker", "");
        output.Attributes.SetAttribute("data-val", "true");
        // Checked on leaving the field, not at every keystroke of a date half typed.
        output.Attributes.SetAttribute("data-val-event", "change");
        output.Attributes.SetAttribute("data-val-kcdate", localizer[DateModelBinder.UnreadableMessage, field].Value);
        // {1} is filled in by the script with what was typed.
        output.Attributes.SetAttribute("data-val-kcdate-impossible",
            localizer[DateModelBinder.ImpossibleMessage, field, "{1}"].Value);
        output.Attributes.SetAttribute("data-val-kcdate-min", window.MinYear.ToString(CultureInfo.InvariantCulture));
        output.Attributes.SetAttribute("data-val-kcdate-max", window.MaxYear.ToString(CultureInfo.InvariantCulture));
        output.Attributes.SetAttribute("data-val-kcdate-window",
            localizer[GuardedModelBinder.WindowMessage, field, window.MinYear, window.MaxYear].Value);
    }
}
