using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class OrganisationSuccessionConfiguration : IEntityTypeConfiguration<OrganisationSuccession>
{
    public void Configure(EntityTypeBuilder<OrganisationSuccession> builder)
    {
        builder.Property(s => s.Note).HasMaxLength(300);
        builder.HasOne(s => s.Successor).WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PredecessorId, s.SuccessorId }).IsUnique();
        builder.HasIndex(s => s.SuccessorId);
    }
}
