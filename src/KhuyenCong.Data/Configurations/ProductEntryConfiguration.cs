using KhuyenCong.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class ProductEntryConfiguration : IEntityTypeConfiguration<ProductEntry>
{
    public void Configure(EntityTypeBuilder<ProductEntry> builder)
    {
        builder.ConfigureAudit();
        builder.Property(e => e.Name).HasMaxLength(300);
        builder.Property(e => e.SearchKey).HasMaxLength(300);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.Property(e => e.RegisteredByUserId).HasMaxLength(450);
        builder.Property(e => e.IneligibilityReason).HasMaxLength(1000);
        builder.HasIndex(e => new { e.RoundId, e.GroupId });
        builder.HasIndex(e => e.LocationUnitId);
        builder.HasOne(e => e.Round).WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Group).WithMany().HasForeignKey(e => e.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Establishment).WithMany().HasForeignKey(e => e.EstablishmentId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.LocationUnit).WithMany().HasForeignKey(e => e.LocationUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.ProvinceUnit).WithMany().HasForeignKey(e => e.ProvinceUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.PrerequisiteCertificate).WithMany().HasForeignKey(e => e.PrerequisiteCertificateId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Sheets).WithOne().HasForeignKey(s => s.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Recusals).WithOne().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Certificate).WithOne(c => c.Entry).HasForeignKey<Certificate>(c => c.EntryId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(e => e.ScopeUnitId);
    }
}

internal sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> builder)
    {
        builder.ToTable("ProductScoreSheets");
        builder.ConfigureAudit();
        builder.Property(s => s.MemberUserId).HasMaxLength(450);
        builder.HasIndex(s => new { s.EntryId, s.MemberUserId }).IsUnique();
        builder.HasIndex(s => s.MemberUserId);
    }
}

internal sealed class RecusalConfiguration : IEntityTypeConfiguration<Recusal>
{
    public void Configure(EntityTypeBuilder<Recusal> builder)
    {
        builder.ToTable("ProductRecusals");
        builder.ConfigureAudit();
        builder.Property(r => r.MemberUserId).HasMaxLength(450);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.HasIndex(r => new { r.EntryId, r.MemberUserId }).IsUnique();
    }
}

internal sealed class EntryAttachmentConfiguration : IEntityTypeConfiguration<EntryAttachment>
{
    public void Configure(EntityTypeBuilder<EntryAttachment> builder)
    {
        builder.ToTable("ProductEntryAttachments");
        builder.ConfigureAudit();
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.StoredName).HasMaxLength(100);
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("ProductCertificates");
        builder.ConfigureAudit();
        builder.Property(c => c.Number).HasMaxLength(50);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.EntryId).IsUnique();
    }
}
