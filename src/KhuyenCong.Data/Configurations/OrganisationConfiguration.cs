using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ConfigureAudit();
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.HasIndex(o => o.Name);
        builder.Property(o => o.SearchKey).HasMaxLength(300);
        builder.HasIndex(o => new { o.Kind, o.SearchKey });
        builder.HasOne(o => o.ScopeUnit).WithMany().HasForeignKey(o => o.ScopeUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(o => o.HasNationwideScope);
    }
}
