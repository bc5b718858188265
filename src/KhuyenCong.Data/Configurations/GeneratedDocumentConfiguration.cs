using KhuyenCong.Domain.Documents;
using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class GeneratedDocumentConfiguration : IEntityTypeConfiguration<GeneratedDocument>
{
    public void Configure(EntityTypeBuilder<GeneratedDocument> builder)
    {
        builder.ConfigureAudit();
        builder.Property(d => d.TemplateLabel).HasMaxLength(400);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.GeneratedBy).HasMaxLength(256);
        builder.Property(d => d.SignedNumber).HasMaxLength(100);
        // A record's page lists its documents by kind and subject.
        builder.HasIndex(d => new { d.Kind, d.SubjectId });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DocumentTemplate>().WithMany().HasForeignKey(d => d.TemplateId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
