using KhuyenCong.Data.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> builder)
    {
        builder.ToTable("ExportJobs");
        builder.Property(j => j.Kind).HasMaxLength(64);
        builder.Property(j => j.Parameters).HasMaxLength(2000);
        builder.Property(j => j.UserId).HasMaxLength(450);
        builder.Property(j => j.FileName).HasMaxLength(200);
        builder.Property(j => j.LeaseToken).HasMaxLength(64);
        builder.Property(j => j.StoredName).HasMaxLength(200);
        builder.Property(j => j.Error).HasMaxLength(2000);
        builder.Property(j => j.InputName).HasMaxLength(200);
        // The runner's query: jobs waiting, or running under a lease that has ended.
        builder.HasIndex(j => new { j.State, j.LeaseUntilUtc });
        // A user's own exports, newest first.
        builder.HasIndex(j => new { j.UserId, j.CreatedAtUtc });
    }
}
