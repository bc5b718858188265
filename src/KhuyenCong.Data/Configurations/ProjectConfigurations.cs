using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ConfigureAudit();
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(500);
        builder.Property(p => p.SearchKey).HasMaxLength(500);
        builder.Property(p => p.ProvinceCode).HasMaxLength(8);
        builder.Property(p => p.Objectives).HasMaxLength(4000);
        builder.Property(p => p.ExpectedResults).HasMaxLength(4000);
        builder.Property(p => p.CreatedByUserId).HasMaxLength(450);
        foreach (var name in new[] { nameof(Project.ApprovalDecisionNumber), nameof(Project.ContractNumber),
            nameof(Project.AcceptanceNumber), nameof(Project.SettlementDecisionNumber) })
            builder.Property(name).HasMaxLength(64);
        builder.Ignore(p => p.TotalCost);
        builder.Ignore(p => p.RequestedSupport);
        builder.Ignore(p => p.ApprovedSupport);
        builder.Ignore(p => p.Disbursed);
        builder.Ignore(p => p.CapFacts);
        builder.Ignore(p => p.Paid);
        builder.Ignore(p => p.OutstandingAdvance);
        builder.Ignore(p => p.Settled);
        builder.Ignore(p => p.Balance);
        builder.Ignore(p => p.ReversibleEntries);

        builder.HasOne(p => p.ActivityContent).WithMany().HasForeignKey(p => p.ActivityContentId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ImplementingOrganisation).WithMany().HasForeignKey(p => p.ImplementingOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.LocationUnit).WithMany().HasForeignKey(p => p.LocationUnitId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.CostLines).WithOne().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Beneficiaries).WithOne().HasForeignKey(b => b.ProjectId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => h.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Disbursements).WithOne().HasForeignKey(d => d.ProjectId)
            .OnDelete(DeleteBehavior.Restrict);
        foreach (var navigation in new[] { nameof(Project.CostLines), nameof(Project.Beneficiaries),
            nameof(Project.History), nameof(Project.Disbursements) })
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The lists filter by these; the budget overview groups by recipient, fund and year.
        builder.HasIndex(p => new { p.Year, p.Fund, p.Status });
        builder.HasIndex(p => new { p.ImplementingOrganisationId, p.Fund, p.Year });
        // Issue 16: a province's scope is its codes (ScopeQueryExtensions), so its list reads this index in its order
        // and its inbox buckets (one state each, by code) the next.
        builder.HasIndex(p => new { p.ProvinceCode, p.Year, p.Code }).IsDescending(false, true, false);
        builder.HasIndex(p => new { p.ProvinceCode, p.Status, p.Code });
        // By place, then state: a province's inbox reads its units' projects in one state (issue 16: 65 ms → 1 ms).
        builder.HasIndex(p => new { p.LocationUnitId, p.Status });
        // Issue 16: the list's default order (newest year first, then code) and the inbox's (by state, then code),
        // so a page is read in index order instead of sorting every project in scope. The inbox's index also holds
        // what the separation of duties filters on (fund, implementer), so skipping the projects a ministry officer
        // may not take reads the index alone (24 ms → 0.5 ms a bucket at national scale).
        builder.HasIndex(p => new { p.Year, p.Code }).IsDescending(true, false);
        builder.HasIndex(p => new { p.Status, p.Code, p.Fund, p.ImplementingOrganisationId });
        // Issue 16: a bucket of the approving level's steps holds one fund (InboxQuery.ApprovingFund): its range here.
        builder.HasIndex(p => new { p.Status, p.Fund, p.Code });
    }
}

internal sealed class CostLineConfiguration : IEntityTypeConfiguration<CostLine>
{
    public void Configure(EntityTypeBuilder<CostLine> builder)
    {
        builder.ToTable("ProjectCostLines");
        builder.Property(l => l.Item).HasMaxLength(500);
        builder.Property(l => l.Note).HasMaxLength(500);
        builder.Ignore(l => l.Total);
        builder.Ignore(l => l.FundSupport);
        builder.Ignore(l => l.Contribution);
        builder.Ignore(l => l.OtherSources);
        builder.Ignore(l => l.SettledSupport);
    }
}

internal sealed class ProjectBeneficiaryConfiguration : IEntityTypeConfiguration<ProjectBeneficiary>
{
    public void Configure(EntityTypeBuilder<ProjectBeneficiary> builder)
    {
        builder.ToTable("ProjectBeneficiaries");
        builder.HasKey(b => new { b.ProjectId, b.EstablishmentId });
        builder.HasOne<Domain.Establishments.Establishment>().WithMany().HasForeignKey(b => b.EstablishmentId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectHistoryEntryConfiguration : IEntityTypeConfiguration<ProjectHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ProjectHistoryEntry> builder)
    {
        builder.ToTable("ProjectHistory");
        builder.Property(h => h.UserId).HasMaxLength(450);
        builder.Property(h => h.UserName).HasMaxLength(256);
        builder.Property(h => h.Comment).HasMaxLength(2000);
        builder.Property(h => h.DecisionNumber).HasMaxLength(64);
        builder.Property(h => h.OrganisationName).HasMaxLength(300);
        builder.Property(h => h.OnBehalfOfName).HasMaxLength(300);
        builder.HasIndex(h => h.ProjectId);
    }
}

internal sealed class DisbursementConfiguration : IEntityTypeConfiguration<Disbursement>
{
    public void Configure(EntityTypeBuilder<Disbursement> builder)
    {
        builder.ToTable("ProjectDisbursements");
        builder.Property(d => d.DocumentNumber).HasMaxLength(64);
        builder.Property(d => d.Note).HasMaxLength(500);
        builder.Ignore(d => d.Amount);
        builder.Ignore(d => d.AdvanceCleared);
        builder.HasIndex(d => d.ProjectId);
        // A reversal names the entry it corrects; the entry is never deleted (append-only).
        builder.HasOne(d => d.Reverses).WithMany().HasForeignKey(d => d.ReversesId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupportCapConfiguration : IEntityTypeConfiguration<SupportCap>
{
    public void Configure(EntityTypeBuilder<SupportCap> builder)
    {
        builder.ConfigureAudit();
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Ignore(c => c.CapAmount);
        builder.Ignore(c => c.LegalBasis);
        builder.Property(c => c.LegalInstrument).HasMaxLength(SupportCap.InstrumentLength);
        builder.Property(c => c.LegalArticle).HasMaxLength(SupportCap.ArticleLength);
        builder.HasOne(c => c.ActivityContent).WithMany().HasForeignKey(c => c.ActivityContentId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.AdministrativeUnits.AdministrativeUnit>().WithMany().HasForeignKey(c => c.ProvinceUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Fund, c.ActivityContentId });
    }
}

internal sealed class ProjectAttachmentConfiguration : IEntityTypeConfiguration<ProjectAttachment>
{
    public void Configure(EntityTypeBuilder<ProjectAttachment> builder)
    {
        builder.ConfigureAudit();
        builder.Property(a => a.FileName).HasMaxLength(260);
        builder.Property(a => a.ContentType).HasMaxLength(120);
        builder.Property(a => a.StoredName).HasMaxLength(80);
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ProjectId);
    }
}
