using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class RegistrationRoundConfiguration : IEntityTypeConfiguration<RegistrationRound>
{
    public void Configure(EntityTypeBuilder<RegistrationRound> builder)
    {
        builder.ConfigureAudit();
        // One KCQG registration per plan year.
        builder.HasIndex(r => r.Year).IsUnique();
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.HasMany(r => r.Figures).WithOne().HasForeignKey(f => f.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Figures).HasField("_figures");
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.IndicativeTotal);
    }
}

internal sealed class IndicativeFigureConfiguration : IEntityTypeConfiguration<IndicativeFigure>
{
    public void Configure(EntityTypeBuilder<IndicativeFigure> builder)
    {
        builder.ToTable("RegistrationIndicativeFigures");
        builder.ConfigureAudit();
        builder.HasIndex(f => new { f.RoundId, f.ProvinceUnitId }).IsUnique();
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(f => f.ProvinceUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(f => f.Amount);
    }
}

internal sealed class ProvincePackageConfiguration : IEntityTypeConfiguration<ProvincePackage>
{
    public void Configure(EntityTypeBuilder<ProvincePackage> builder)
    {
        builder.ToTable("RegistrationPackages");
        builder.ConfigureAudit();
        // One package per province and round; a return and resend add submissions to it.
        builder.HasIndex(p => new { p.RoundId, p.ProvinceUnitId }).IsUnique();
        builder.HasOne(p => p.Round).WithMany().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(p => p.ProvinceUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Submissions).WithOne().HasForeignKey(s => s.PackageId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Submissions).HasField("_submissions");
        builder.Ignore(p => p.Current);
    }
}

internal sealed class PackageSubmissionConfiguration : IEntityTypeConfiguration<PackageSubmission>
{
    public void Configure(EntityTypeBuilder<PackageSubmission> builder)
    {
        builder.ToTable("RegistrationSubmissions");
        builder.ConfigureAudit();
        builder.HasIndex(s => new { s.PackageId, s.Number }).IsUnique();
        builder.Property(s => s.SubmittedByUserId).HasMaxLength(450);
        builder.Property(s => s.SubmittedByName).HasMaxLength(256);
        builder.Property(s => s.ReturnedByName).HasMaxLength(256);
        builder.Property(s => s.ReturnReason).HasMaxLength(1000);
        builder.OwnsOne(s => s.Letter, letter =>
        {
            letter.Property(l => l.Number).HasColumnName("LetterNumber").HasMaxLength(100);
            letter.Property(l => l.Date).HasColumnName("LetterDate");
            letter.Property(l => l.FileName).HasColumnName("LetterFileName").HasMaxLength(260);
            letter.Property(l => l.ContentType).HasColumnName("LetterContentType").HasMaxLength(200);
            letter.Property(l => l.Size).HasColumnName("LetterSize");
            letter.Property(l => l.StoredName).HasColumnName("LetterStoredName").HasMaxLength(100);
        });
        builder.Navigation(s => s.Letter).IsRequired();
        builder.HasMany(s => s.Rows).WithOne().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Rows).HasField("_rows");
        builder.Ignore(s => s.Requested);
        builder.Ignore(s => s.Recommended);
    }
}

internal sealed class PackageRowConfiguration : IEntityTypeConfiguration<PackageRow>
{
    public void Configure(EntityTypeBuilder<PackageRow> builder)
    {
        builder.ToTable("RegistrationPackageRows");
        builder.Property(r => r.Code).HasMaxLength(64);
        builder.Property(r => r.Name).HasMaxLength(500);
        builder.Property(r => r.ContentName).HasMaxLength(300);
        builder.Property(r => r.Implementer).HasMaxLength(300);
        builder.Property(r => r.Location).HasMaxLength(300);
        builder.HasIndex(r => r.ProjectId);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Beneficiaries).WithOne().HasForeignKey(b => b.RowId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Beneficiaries).HasField("_beneficiaries");
        builder.Ignore(r => r.Requested);
        builder.Ignore(r => r.Recommended);
    }
}

internal sealed class PackageRowBeneficiaryConfiguration : IEntityTypeConfiguration<PackageRowBeneficiary>
{
    public void Configure(EntityTypeBuilder<PackageRowBeneficiary> builder)
    {
        builder.ToTable("RegistrationPackageBeneficiaries");
        builder.Property(b => b.Name).HasMaxLength(300);
        builder.Property(b => b.TaxCode).HasMaxLength(32);
        builder.HasIndex(b => b.EstablishmentId);
        builder.HasIndex(b => b.TaxCode);
    }
}
