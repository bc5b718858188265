namespace KhuyenCong.Data.Exports;

/// <summary>What a background job does: writes a file to download, or reads an uploaded one into the records.</summary>
/// <remarks>Stored as its number (0 for every job made before imports ran as jobs): keep the values.</remarks>
public enum JobCategory
{
    Export = 0,
    Import = 1,
}
