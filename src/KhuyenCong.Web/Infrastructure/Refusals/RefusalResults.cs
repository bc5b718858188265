using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Infrastructure.Refusals;

/// <summary>
/// The web layer's one refusal path: controllers write the happy path and hand it here.
/// <list type="bullet">
/// <item><c>SaveOrShowFormAsync</c>: a POST that renders a form. A business rule refusal or a concurrency
/// conflict shows the form again (the <c>form</c> callback refills its options) with the typed values and the
/// reason in the validation summary; after a conflict the form's <see cref="IVersionedForm.Version"/> is the
/// stored one.</item>
/// <item><c>SaveOrNoticeAsync</c>: a button on a details page. The refusal becomes <c>TempData["Error"]</c>
/// and the user is redirected as after a success.</item>
/// <item>In both, <see cref="WorkflowException"/> answers 409 and
/// <see cref="SelfApprovalException"/> 403, through the controller's <see cref="IRefusalPages"/>.</item>
/// </list>
/// Nothing is saved on any refusal: domain methods throw before <c>SaveChanges</c>; a failed save writes nothing.
/// </summary>
public static class RefusalResults
{
    /// <param name="versioned">The form moved to the stored version after a conflict; null for creation.</param>
    /// <param name="save">The happy path: change, save, set the notice, return the redirect.</param>
    /// <param name="form">The form again, options refilled; the reason is already in the model state.</param>
    /// <param name="errorKey">The model-state key of the reason; "" shows it in the summary.</param>
    /// <param name="duplicate">
    /// The reason shown when the save breaks a unique index (someone created the same record at the same moment);
    /// null lets such a failure through.
    /// </param>
    public static async Task<IActionResult> SaveOrShowFormAsync(this Controller controller, IVersionedForm? versioned,
        Func<Task<IActionResult>> save, Func<Task<IActionResult>> form, CancellationToken ct,
        string errorKey = "", string? duplicate = null)
    {
        // A field the binder refused (a date outside the window, control characters) is never saved as its fallback.
        if (!controller.ModelState.IsValid) return await form();
        try
        {
            return await save();
        }
        catch (DomainException ex) when (StatusOf(ex) is { } status)
        {
            return Page(controller, status, Text(controller, ex));
        }
        catch (DomainException ex)
        {
            controller.ModelState.AddModelError(errorKey, Text(controller, ex));
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            // Read before the form callback runs: it may clear the change tracker to show the stored record.
            var stored = await ConcurrencyMessage.ShowAsync(controller.ModelState, conflict,
                Localized(controller, ConcurrencyMessage.Text), ct);
            if (versioned is not null && stored is { } version) versioned.Version = version;
        }
        catch (DbUpdateException unique) when (duplicate is not null && IsUniqueViolation(unique))
        {
            controller.ModelState.AddModelError(errorKey, Localized(controller, duplicate));
        }
        return await form();
    }

    /// <summary>The same, for a form that needs no options refilled.</summary>
    public static Task<IActionResult> SaveOrShowFormAsync(this Controller controller, IVersionedForm? versioned,
        Func<Task<IActionResult>> save, Func<IActionResult> form, CancellationToken ct, string? duplicate = null) =>
        controller.SaveOrShowFormAsync(versioned, save, () => Task.FromResult(form()), ct, duplicate: duplicate);

    /// <param name="save">The change and its save; on success <paramref name="notice"/> is set.</param>
    /// <param name="then">Where the user goes next, after a success or a refusal alike.</param>
    /// <param name="duplicate">The reason shown when the save breaks a unique index; null lets it through.</param>
    public static async Task<IActionResult> SaveOrNoticeAsync(this Controller controller, Func<Task> save,
        string notice, IActionResult then, string? duplicate = null)
    {
        if (!controller.ModelState.IsValid)
        {
            controller.TempData["Error"] = string.Join(" ", controller.ModelState.Values
                .SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            return then;
        }
        try
        {
            await save();
            controller.TempData["Notice"] = notice;
        }
        catch (DomainException ex) when (StatusOf(ex) is { } status)
        {
            return Page(controller, status, Text(controller, ex));
        }
        catch (DomainException ex)
        {
            controller.TempData["Error"] = Text(controller, ex);
        }
        catch (DbUpdateConcurrencyException)
        {
            controller.TempData["Error"] = Localized(controller, ConcurrencyMessage.Text);
        }
        catch (DbUpdateException unique) when (duplicate is not null && IsUniqueViolation(unique))
        {
            controller.TempData["Error"] = Localized(controller, duplicate);
        }
        return then;
    }

    /// <summary>
    /// Builds a value whose constructor guards itself (a cost line, an amount); a refusal becomes a validation
    /// message on <paramref name="key"/> so that it joins the form's other messages.
    /// </summary>
    public static bool TryBuild<T>(this Controller controller, string key, Func<T> build, out T? value)
    {
        try
        {
            value = build();
            return true;
        }
        catch (DomainException ex) when (StatusOf(ex) is null)
        {
            controller.ModelState.AddModelError(key, Text(controller, ex));
            value = default;
            return false;
        }
    }

    /// <summary>
    /// Runs a save that may meet a concurrent save of independent data (two council members' sheets): on a
    /// conflict the change tracker is cleared and the attempt, which reloads what it changes, runs again.
    /// The last attempt's conflict goes to the caller's refusal path.
    /// </summary>
    public static async Task RetryOnConflictAsync(this DbContext db, int attempts, Func<int, Task> attempt)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                await attempt(i);
                return;
            }
            catch (DbUpdateConcurrencyException) when (i < attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    internal static int? StatusOf(DomainException refusal) => refusal switch
    {
        WorkflowException => StatusCodes.Status409Conflict,
        SelfApprovalException => StatusCodes.Status403Forbidden,
        _ => null,
    };

    /// <summary>
    /// A unique index refused the row (SQLite's UNIQUE/PRIMARY KEY constraint, SQL Server 2601/2627); any other
    /// database failure is not a "someone just took it" and goes on to the error page.
    /// </summary>
    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Microsoft.Data.SqlClient.SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>The refusal in the user's language (see <see cref="DomainRefusalText"/>).</summary>
    private static string Text(Controller controller, DomainException ex)
        => DomainRefusalText.For(ex, Localizer(controller));

    /// <summary>The portal's own refusal wording (conflict, duplicate) in the user's language.</summary>
    private static string Localized(Controller controller, string vietnamese) => Localizer(controller)[vietnamese]
        .Value;

    private static IStringLocalizer Localizer(Controller controller) =>
        controller.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    private static IActionResult Page(Controller controller, int status, string message) =>
        controller is IRefusalPages pages ? pages.Refused(status, message) : new StatusCodeResult(status);
}
