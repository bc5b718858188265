using KhuyenCong.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class EmailOutboxMessageConfiguration : IEntityTypeConfiguration<EmailOutboxMessage>
{
    public void Configure(EntityTypeBuilder<EmailOutboxMessage> builder)
    {
        builder.ToTable("EmailOutbox");
        builder.Property(m => m.ToAddress).HasMaxLength(256);
        builder.Property(m => m.ClaimToken).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasOne(m => m.Notification).WithMany().HasForeignKey(m => m.NotificationId)
            .OnDelete(DeleteBehavior.Cascade);
        // The sender's query: unsent rows that are due.
        builder.HasIndex(m => new { m.SentAtUtc, m.AbandonedAtUtc, m.NextAttemptAtUtc });
    }
}
