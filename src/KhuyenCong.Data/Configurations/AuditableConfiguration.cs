using KhuyenCong.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal static class AuditableConfiguration
{
    /// <summary>Audit columns and the app-managed concurrency token, the same on every business table.</summary>
    public static void ConfigureAudit<T>(this EntityTypeBuilder<T> builder) where T : class, IAuditable
    {
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Property(e => e.Version).IsConcurrencyToken();
    }

    public static void ConfigureReferenceItem<T>(this EntityTypeBuilder<T> builder) where T : ReferenceItem
    {
        builder.ConfigureAudit();
        builder.Property(e => e.Code).HasMaxLength(32);
        builder.Property(e => e.Name).HasMaxLength(300);
        builder.Property(e => e.NameEn).HasMaxLength(300);
        builder.HasIndex(e => e.Code).IsUnique();
    }
}
