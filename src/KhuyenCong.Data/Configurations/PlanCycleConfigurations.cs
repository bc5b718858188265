using KhuyenCong.Domain.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class EstimateRevisionConfiguration : IEntityTypeConfiguration<EstimateRevision>
{
    public void Configure(EntityTypeBuilder<EstimateRevision> builder)
    {
        builder.ConfigureAudit();
        builder.Property(r => r.EstimateDong).HasColumnName("Estimate");
        builder.Property(r => r.ChangeDong).HasColumnName("Change");
        builder.Property(r => r.DecisionNumber).HasMaxLength(64);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Ignore(r => r.Estimate);
        builder.Ignore(r => r.Change);
        builder.Ignore(r => r.IsOriginal);
        builder.HasIndex(r => new { r.PlanId, r.Sequence }).IsUnique();
    }
}

internal sealed class PlanYearEventConfiguration : IEntityTypeConfiguration<PlanYearEvent>
{
    public void Configure(EntityTypeBuilder<PlanYearEvent> builder)
    {
        builder.ConfigureAudit();
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.HasMany(e => e.Balances).WithOne().HasForeignKey(b => b.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Balances).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(e => e.PlanId);
    }
}

internal sealed class UnspentBalanceConfiguration : IEntityTypeConfiguration<UnspentBalance>
{
    public void Configure(EntityTypeBuilder<UnspentBalance> builder)
    {
        builder.ToTable("PlanYearUnspentBalances");
        builder.Property(b => b.AllocatedDong).HasColumnName("Allocated");
        builder.Property(b => b.DisbursedDong).HasColumnName("Disbursed");
        builder.Ignore(b => b.Unspent);
        builder.HasOne(b => b.Recipient).WithMany().HasForeignKey(b => b.RecipientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AllocationProjectConfiguration : IEntityTypeConfiguration<AllocationProject>
{
    public void Configure(EntityTypeBuilder<AllocationProject> builder)
    {
        builder.ConfigureAudit();
        builder.HasOne(l => l.Project).WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.AllocationId, l.ProjectId }).IsUnique();
        builder.HasIndex(l => l.ProjectId);
    }
}
