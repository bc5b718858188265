namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// A refused step of the yearly cycle (registration, report periods, appraisal council), shown on the record's own
/// page: the status (403 or 409), the reason in the user's language and what the user typed, so nothing is lost
/// (issue 15). Nothing was saved.
/// </summary>
public sealed record StepRefusal(int Status, string Reason, IReadOnlyList<string> Typed)
{
    /// <summary>The ViewData key under which the cycle's pages find the refusal.</summary>
    public const string Key = nameof(StepRefusal);

    public const string PartialPath = "~/Features/Registration/Views/_StepRefusal.cshtml";
}
