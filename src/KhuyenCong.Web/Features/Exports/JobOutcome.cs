namespace KhuyenCong.Web.Features.Exports;

/// <summary>What a finished job leaves: an export's file in the storage, or an import's result (JSON).</summary>
public sealed record JobOutcome(string? StoredName = null, long? Size = null, string? Result = null);
