using KhuyenCong.Domain.Commendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class CommendationConfiguration : IEntityTypeConfiguration<Commendation>
{
    public void Configure(EntityTypeBuilder<Commendation> builder)
    {
        builder.ConfigureAudit();
        builder.Property(c => c.Recipient).HasMaxLength(300);
        builder.Property(c => c.SearchKey).HasMaxLength(300);
        builder.Property(c => c.RecipientOrganisation).HasMaxLength(300);
        builder.Property(c => c.Form).HasMaxLength(300);
        builder.Property(c => c.DecisionNumber).HasMaxLength(100);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.HasIndex(c => c.SearchKey);
        builder.HasIndex(c => c.DecisionDate);
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.ScopeUnitId);
    }
}
