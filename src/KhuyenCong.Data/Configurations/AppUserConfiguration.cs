using KhuyenCong.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(200);
        builder.Property(u => u.SearchKey).HasMaxLength(200);
        builder.HasIndex(u => u.SearchKey);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(10);
        builder.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
