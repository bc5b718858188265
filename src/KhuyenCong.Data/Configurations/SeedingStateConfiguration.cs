using KhuyenCong.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class SeedingStateConfiguration : IEntityTypeConfiguration<SeedingState>
{
    public void Configure(EntityTypeBuilder<SeedingState> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(50);
        builder.Property(s => s.Fingerprint).HasMaxLength(200);
    }
}
