using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class ProductNominationConfiguration : IEntityTypeConfiguration<ProductNomination>
{
    public void Configure(EntityTypeBuilder<ProductNomination> builder)
    {
        builder.ConfigureAudit();
        builder.Property(n => n.LetterNumber).HasMaxLength(100);
        builder.Property(n => n.LetterFileName).HasMaxLength(255);
        builder.Property(n => n.LetterStoredName).HasMaxLength(100);
        builder.Property(n => n.LetterContentType).HasMaxLength(100);
        builder.Property(n => n.SubmittedByUserId).HasMaxLength(450);
        builder.Property(n => n.ReturnReason).HasMaxLength(1000);
        // One package per round and nominating unit: a returned package is corrected and resent, not duplicated.
        builder.HasIndex(n => new { n.RoundId, n.UnitId }).IsUnique();
        builder.HasIndex(n => n.UnitId);
        builder.HasOne(n => n.Round).WithMany().HasForeignKey(n => n.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(n => n.NominatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Unit).WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(n => n.ProvinceUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Items).WithOne().HasForeignKey(i => i.NominationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Items).HasField("_items");
        builder.Ignore(n => n.ScopeUnitId);
        builder.Ignore(n => n.IsEditable);
    }
}

internal sealed class NominationItemConfiguration : IEntityTypeConfiguration<NominationItem>
{
    public void Configure(EntityTypeBuilder<NominationItem> builder)
    {
        builder.ToTable("ProductNominationItems");
        builder.ConfigureAudit();
        builder.HasIndex(i => new { i.NominationId, i.CertificateId }).IsUnique();
        builder.HasOne(i => i.Certificate).WithMany().HasForeignKey(i => i.CertificateId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Entry).WithMany().HasForeignKey(i => i.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
