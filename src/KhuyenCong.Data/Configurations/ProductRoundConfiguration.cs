using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class ProductRoundConfiguration : IEntityTypeConfiguration<ProductRound>
{
    public void Configure(EntityTypeBuilder<ProductRound> builder)
    {
        builder.ConfigureAudit();
        builder.Property(r => r.DecisionNumber).HasMaxLength(100);
        builder.HasIndex(r => new { r.Year, r.Level });
        builder.HasIndex(r => r.ScopeUnitId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganiserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.AdministrativeUnits.AdministrativeUnit>().WithMany().HasForeignKey(r => r.ScopeUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(r => r.Criteria, criteria =>
        {
            criteria.ToTable("ProductRoundCriteria");
            criteria.WithOwner().HasForeignKey("RoundId");
            criteria.Property<int>("Id");
            criteria.HasKey("Id");
            criteria.Property(c => c.Code).HasMaxLength(32);
            criteria.Property(c => c.Name).HasMaxLength(300);
        });
        builder.Navigation(r => r.Criteria).AutoInclude();
        builder.HasMany(r => r.Members).WithOne().HasForeignKey(m => m.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.MaxTotal);
    }
}

internal sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> builder)
    {
        builder.ToTable("ProductRoundMembers");
        builder.ConfigureAudit();
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.FullName).HasMaxLength(200);
        builder.HasIndex(m => new { m.RoundId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne<Identity.AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
