namespace KhuyenCong.Web.Features.Projects;

/// <summary>A refused step: the status it answered and the reason, already in the user's language.</summary>
public sealed record StepRefusal(int Status, string Reason);
