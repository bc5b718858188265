namespace KhuyenCong.Data.Seeding;

/// <summary>
/// What the reference seeding last completed on this database (one row per <see cref="Name"/>): the build's
/// fingerprint (<see cref="ReferenceFingerprint"/>). A start whose build has the same fingerprint skips the reference
/// seeders, whose every check it would repeat for nothing (issue 16: later starts ≤ 2 s). Technical state, like the
/// change counter: not audited.
/// </summary>
public sealed class SeedingState
{
    public const string Reference = "reference";

    public string Name { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    public DateTime CompletedAtUtc { get; set; }
}
