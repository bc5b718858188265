using KhuyenCong.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class OfficialFormConfiguration : IEntityTypeConfiguration<OfficialForm>
{
    public void Configure(EntityTypeBuilder<OfficialForm> builder)
    {
        builder.ConfigureAudit();
        builder.Property(f => f.Key).HasMaxLength(32);
        builder.Property(f => f.Number).HasMaxLength(100);
        builder.Property(f => f.Instrument).HasMaxLength(300);
        // One entry of a key starts on a given day; the lookup reads a key's entries by their first day.
        builder.HasIndex(f => new { f.Key, f.ValidFrom }).IsUnique();
    }
}
