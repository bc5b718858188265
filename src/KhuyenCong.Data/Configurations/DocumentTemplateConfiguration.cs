using KhuyenCong.Domain.Documents;
using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class DocumentTemplateConfiguration : IEntityTypeConfiguration<DocumentTemplate>
{
    public void Configure(EntityTypeBuilder<DocumentTemplate> builder)
    {
        builder.ConfigureAudit();
        builder.Property(t => t.FileName).HasMaxLength(200);
        builder.Property(t => t.StoredName).HasMaxLength(100);
        builder.Property(t => t.Sha256).HasMaxLength(64);
        builder.Property(t => t.UploadedBy).HasMaxLength(256);
        // Two administrators uploading at once cannot both take the same version number.
        builder.HasIndex(t => new { t.OrganisationId, t.Kind, t.TemplateVersion }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
