using KhuyenCong.Domain.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(10);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.Type).HasMaxLength(50);
        builder.Property(u => u.ProvinceCode).HasMaxLength(10);
        builder.Property(u => u.DistrictCode).HasMaxLength(10);
        builder.HasIndex(u => new { u.Generation, u.Code }).IsUnique();
        builder.HasIndex(u => new { u.Generation, u.Level, u.ProvinceCode });
        builder.Property(u => u.SearchKey).HasMaxLength(200);
        builder.HasIndex(u => u.SearchKey);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
