namespace KhuyenCong.Web.Features.Registration;

/// <summary>A refused step of the registration cycle (409 or 403), with where to go back to.</summary>
public sealed record RegistrationRefusal(string Title, string Message, string BackUrl);
