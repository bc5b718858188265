using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class AppraisalCouncilConfiguration : IEntityTypeConfiguration<AppraisalCouncil>
{
    public void Configure(EntityTypeBuilder<AppraisalCouncil> builder)
    {
        builder.ConfigureAudit();
        // One council per KCQG plan year.
        builder.HasIndex(c => c.Year).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganiserId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(c => c.Criteria, criteria =>
        {
            criteria.ToTable("AppraisalCriteria");
            criteria.WithOwner().HasForeignKey("CouncilId");
            criteria.Property<int>("Id");
            criteria.HasKey("Id");
            criteria.Property(c => c.Name).HasMaxLength(300);
        });
        builder.Navigation(c => c.Criteria).AutoInclude();
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Sheets).WithOne().HasForeignKey(s => s.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Recusals).WithOne().HasForeignKey(r => r.CouncilId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(AppraisalCouncil.Members), nameof(AppraisalCouncil.Sheets),
                     nameof(AppraisalCouncil.Recusals) })
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.MaxTotal);
    }
}

internal sealed class AppraisalMemberConfiguration : IEntityTypeConfiguration<AppraisalMember>
{
    public void Configure(EntityTypeBuilder<AppraisalMember> builder)
    {
        builder.ToTable("AppraisalMembers");
        builder.ConfigureAudit();
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.FullName).HasMaxLength(200);
        builder.HasIndex(m => new { m.CouncilId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne<Identity.AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppraisalSheetConfiguration : IEntityTypeConfiguration<AppraisalSheet>
{
    public void Configure(EntityTypeBuilder<AppraisalSheet> builder)
    {
        builder.ToTable("AppraisalSheets");
        builder.ConfigureAudit();
        builder.Property(s => s.MemberUserId).HasMaxLength(450);
        builder.HasIndex(s => new { s.CouncilId, s.ProjectId, s.MemberUserId }).IsUnique();
        builder.HasIndex(s => s.ProjectId);
        builder.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppraisalRecusalConfiguration : IEntityTypeConfiguration<AppraisalRecusal>
{
    public void Configure(EntityTypeBuilder<AppraisalRecusal> builder)
    {
        builder.ToTable("AppraisalRecusals");
        builder.ConfigureAudit();
        builder.Property(r => r.MemberUserId).HasMaxLength(450);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.HasIndex(r => new { r.CouncilId, r.ProjectId, r.MemberUserId }).IsUnique();
        builder.HasIndex(r => r.ProjectId);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
