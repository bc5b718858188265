namespace KhuyenCong.Web.Infrastructure.Refusals;

/// <summary>
/// A form that carries the version the user saw. After a concurrency refusal the refusal path moves it to the
/// stored version, so the user keeps what they typed and a second save is a deliberate choice.
/// </summary>
public interface IVersionedForm
{
    long Version { get; set; }
}
