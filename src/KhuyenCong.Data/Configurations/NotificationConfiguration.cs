using KhuyenCong.Data.Identity;
using KhuyenCong.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.MessageKey).HasMaxLength(500);
        builder.Property(n => n.Arguments).HasMaxLength(4000);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.Property(n => n.DedupeKey).HasMaxLength(200);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // The list (newest first) and the unread badge read by user.
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc, n.Id });
        builder.HasIndex(n => new { n.UserId, n.DedupeKey }).IsUnique().HasFilter("[DedupeKey] IS NOT NULL");
    }
}
