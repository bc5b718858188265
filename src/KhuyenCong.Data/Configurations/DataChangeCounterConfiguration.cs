using KhuyenCong.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class DataChangeCounterConfiguration : IEntityTypeConfiguration<DataChangeCounter>
{
    public void Configure(EntityTypeBuilder<DataChangeCounter> builder)
    {
        builder.ToTable("DataChangeCounter");
        builder.Property(c => c.Id).ValueGeneratedNever();
        // The row exists from the migration on: an UPDATE of a missing row would leave the number unchanged and a
        // cached figure stale.
        builder.HasData(new DataChangeCounter { Id = DataChangeCounter.SingleId, Version = 0 });
    }
}
