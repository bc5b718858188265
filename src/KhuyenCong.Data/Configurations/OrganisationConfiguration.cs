using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ConfigureAudit();
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.HasIndex(o => o.Name);
        builder.Property(o => o.SearchKey).HasMaxLength(300);
        builder.HasIndex(o => new { o.Kind, o.SearchKey });
        builder.HasOne(o => o.ScopeUnit).WithMany().HasForeignKey(o => o.ScopeUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(o => o.HasNationwideScope);
        builder.Ignore(o => o.Letterhead);
        builder.Property(o => o.LetterheadSuperiorAgency).HasMaxLength(LetterheadSettings.MaxLength);
        builder.Property(o => o.LetterheadIssuingAgency).HasMaxLength(LetterheadSettings.MaxLength);
        builder.Property(o => o.LetterheadPlace).HasMaxLength(LetterheadSettings.MaxLength);
        builder.Property(o => o.LetterheadPreparerTitle).HasMaxLength(LetterheadSettings.MaxLength);
        builder.Property(o => o.LetterheadHeadTitle).HasMaxLength(LetterheadSettings.MaxLength);
        builder.Property(o => o.LetterheadHeadName).HasMaxLength(LetterheadSettings.MaxLength);

        // Former names are part of the organisation (a handful at most): loaded with it, saved with it.
        builder.OwnsMany(o => o.FormerNames, names =>
        {
            names.ToTable("OrganisationFormerNames");
            names.WithOwner().HasForeignKey("OrganisationId");
            names.Property<int>("Id");
            names.HasKey("Id");
            names.Property(n => n.Name).HasMaxLength(300);
        });
        builder.Navigation(o => o.FormerNames).AutoInclude();

        // Removing a link from the collection (reopening after a mistaken ending) deletes it.
        builder.HasMany(o => o.Successors).WithOne(s => s.Predecessor).HasForeignKey(s => s.PredecessorId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Successors).HasField("_successors");
    }
}
