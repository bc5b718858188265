namespace KhuyenCong.Web;

/// <summary>
/// Marker for the shared UI strings. Keys are the Vietnamese texts; Resources/SharedResource.en.resx
/// translates them to English (a missing translation falls back to Vietnamese).
/// </summary>
public sealed class SharedResource;
