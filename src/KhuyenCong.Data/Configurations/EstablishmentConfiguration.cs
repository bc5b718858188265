using KhuyenCong.Domain.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class EstablishmentConfiguration : IEntityTypeConfiguration<Establishment>
{
    public void Configure(EntityTypeBuilder<Establishment> builder)
    {
        builder.ConfigureAudit();
        builder.Property(e => e.Name).HasMaxLength(300);
        builder.Property(e => e.SearchKey).HasMaxLength(300);
        builder.Property(e => e.TaxCode).HasMaxLength(20);
        builder.Property(e => e.Address).HasMaxLength(300);
        builder.Property(e => e.CraftVillage).HasMaxLength(200);
        builder.HasIndex(e => e.SearchKey);
        // Unique only when given: many household businesses have no tax code.
        builder.HasIndex(e => e.TaxCode).IsUnique().HasFilter("[TaxCode] IS NOT NULL");
        builder.HasOne(e => e.LegalForm).WithMany().HasForeignKey(e => e.LegalFormId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.AddressUnit).WithMany().HasForeignKey(e => e.AddressUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(e => e.ScopeUnitId);
    }
}
