using KhuyenCong.Domain.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ConfigureAudit();
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.DecisionNumber).HasMaxLength(64);
        builder.HasOne(p => p.ProvinceUnit).WithMany().HasForeignKey(p => p.ProvinceUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ProvinceUnitId, p.StartYear });
    }
}

internal sealed class AnnualPlanConfiguration : IEntityTypeConfiguration<AnnualPlan>
{
    public void Configure(EntityTypeBuilder<AnnualPlan> builder)
    {
        builder.ConfigureAudit();
        builder.Property(p => p.EstimateDong).HasColumnName("Estimate");
        builder.Property(p => p.AllocatedDong).HasColumnName("Allocated");
        builder.Property(p => p.DecisionNumber).HasMaxLength(64);
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.Ignore(p => p.Estimate);
        builder.Ignore(p => p.Allocated);
        builder.Ignore(p => p.Remaining);
        builder.HasOne(p => p.OwnerUnit).WithMany().HasForeignKey(p => p.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Programme).WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Allocations).WithOne(a => a.Plan).HasForeignKey(a => a.PlanId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Allocations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Revisions).WithOne(r => r.Plan).HasForeignKey(r => r.PlanId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.YearEvents).WithOne(e => e.Plan).HasForeignKey(e => e.PlanId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.YearEvents).UsePropertyAccessMode(PropertyAccessMode.Field);
        // One plan per year, fund and province; the national plan (no province) is unique by the second,
        // filtered index because SQL Server's unique index on a nullable column skips nulls.
        builder.HasIndex(p => new { p.Year, p.Fund, p.OwnerUnitId }).IsUnique();
        builder.HasIndex(p => new { p.Year, p.Fund }).IsUnique().HasFilter("\"OwnerUnitId\" IS NULL")
            .HasDatabaseName("IX_AnnualPlans_Year_Fund_National");
    }
}

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.ConfigureAudit();
        builder.Property(a => a.AmountDong).HasColumnName("Amount");
        builder.Property(a => a.DecisionNumber).HasMaxLength(64);
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.Ignore(a => a.Amount);
        builder.Ignore(a => a.IsCorrection);
        builder.HasOne(a => a.Recipient).WithMany().HasForeignKey(a => a.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Corrects).WithMany().HasForeignKey(a => a.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PlanId, a.RecipientId });
        builder.HasMany(a => a.Projects).WithOne(l => l.Allocation).HasForeignKey(l => l.AllocationId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Projects).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
