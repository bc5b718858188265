using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class PlanDecisionConfiguration : IEntityTypeConfiguration<PlanDecision>
{
    public void Configure(EntityTypeBuilder<PlanDecision> builder)
    {
        builder.ConfigureAudit();
        builder.Property(d => d.Number).HasMaxLength(64);
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.Property(d => d.RecordedByUserId).HasMaxLength(450);
        builder.Property(d => d.RecordedByName).HasMaxLength(256);
        // A decision number is recorded once by its recorder (the same decision typed twice is refused).
        builder.HasIndex(d => new { d.RecorderOrganisationId, d.Number }).IsUnique();
        builder.HasIndex(d => new { d.Year, d.Fund });
        builder.HasIndex(d => d.ScopeUnitId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.RecorderOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.AdministrativeUnits.AdministrativeUnit>().WithMany().HasForeignKey(d => d.ScopeUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Items).WithOne().HasForeignKey(i => i.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanDecisionItemConfiguration : IEntityTypeConfiguration<PlanDecisionItem>
{
    public void Configure(EntityTypeBuilder<PlanDecisionItem> builder)
    {
        builder.ToTable("PlanDecisionItems");
        builder.Property(i => i.ProjectCode).HasMaxLength(40);
        builder.Property(i => i.ProjectName).HasMaxLength(500);
        builder.Property(i => i.Reason).HasMaxLength(2000);
        builder.HasIndex(i => new { i.DecisionId, i.ProjectId }).IsUnique();
        builder.HasIndex(i => i.ProjectId);
        builder.HasOne<Project>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
