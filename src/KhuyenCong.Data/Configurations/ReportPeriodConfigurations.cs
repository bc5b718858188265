using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class ReportPeriodConfiguration : IEntityTypeConfiguration<ReportPeriod>
{
    public void Configure(EntityTypeBuilder<ReportPeriod> builder)
    {
        builder.ConfigureAudit();
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.Property(p => p.OpenedByUserId).HasMaxLength(450);
        // One 6-month and one annual period per year: a second one would split the provinces' reports.
        builder.HasIndex(p => new { p.Year, p.Kind }).IsUnique();
        builder.Ignore(p => p.End);
    }
}

internal sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> builder)
    {
        builder.ConfigureAudit();
        builder.Property(s => s.LetterNumber).HasMaxLength(100);
        builder.Property(s => s.LetterFileName).HasMaxLength(255);
        builder.Property(s => s.LetterStoredName).HasMaxLength(100);
        builder.Property(s => s.LetterContentType).HasMaxLength(100);
        builder.Property(s => s.SubmittedByUserId).HasMaxLength(450);
        builder.Property(s => s.SubmittedByName).HasMaxLength(256);
        builder.Property(s => s.ReturnReason).HasMaxLength(1000);
        // One report per period and province: a returned report is corrected and resent, not duplicated.
        builder.HasIndex(s => new { s.PeriodId, s.ProvinceUnitId }).IsUnique();
        builder.HasIndex(s => s.ProvinceUnitId);
        builder.HasOne(s => s.Period).WithMany().HasForeignKey(s => s.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.ProvinceUnit).WithMany().HasForeignKey(s => s.ProvinceUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.SubmitterOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Rows).WithOne().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.Rows).HasField("_rows");
        builder.Ignore(s => s.ScopeUnitId);
        builder.Ignore(s => s.CurrentRows);
    }
}

internal sealed class ReportSubmissionRowConfiguration : IEntityTypeConfiguration<ReportSubmissionRow>
{
    public void Configure(EntityTypeBuilder<ReportSubmissionRow> builder)
    {
        builder.ToTable("ReportSubmissionRows");
        builder.Property(r => r.ProjectCode).HasMaxLength(40);
        builder.Property(r => r.ProjectName).HasMaxLength(500);
        builder.Property(r => r.Implementer).HasMaxLength(500);
        builder.Property(r => r.Beneficiaries).HasMaxLength(4000);
        builder.Property(r => r.Location).HasMaxLength(500);
        builder.Property(r => r.Content).HasMaxLength(500);
        builder.Property(r => r.DecisionNumber).HasMaxLength(64);
        builder.HasIndex(r => new { r.SubmissionId, r.Attempt });
    }
}
