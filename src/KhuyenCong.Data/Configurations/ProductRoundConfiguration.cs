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
        builder.Property(r => r.QuorumExceptionReason).HasMaxLength(1000);
        builder.Property(r => r.QuorumExceptionByUserId).HasMaxLength(450);
        builder.Property(r => r.TieBreakReason).HasMaxLength(1000);
        builder.HasIndex(r => new { r.Year, r.Level });
        builder.HasIndex(r => r.ScopeUnitId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganiserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.AdministrativeUnits.AdministrativeUnit>().WithMany().HasForeignKey(r => r.ScopeUnitId)
            .OnDelete(DeleteBehavior.Restrict);
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
        // The provinces a regional round covers (Circular 38/2025/TT-BCT): a plain join table, round ↔ province unit.
        builder.HasMany(r => r.Provinces).WithMany().UsingEntity(
            "ProductRoundProvinces",
            right => right.HasOne(typeof(Domain.AdministrativeUnits.AdministrativeUnit)).WithMany()
                .HasForeignKey("ProvinceUnitId").OnDelete(DeleteBehavior.Restrict),
            left => left.HasOne(typeof(ProductRound)).WithMany().HasForeignKey("RoundId")
                .OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("RoundId", "ProvinceUnitId"));
        builder.Navigation(r => r.Provinces).HasField("_provinces");
        builder.HasMany(r => r.Members).WithOne().HasForeignKey(m => m.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.MaxTotal);
        builder.Ignore(r => r.UnderCircular38);
        builder.Ignore(r => r.TakesNominations);
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
