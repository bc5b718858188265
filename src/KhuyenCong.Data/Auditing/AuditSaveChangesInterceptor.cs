using System.Text.Json;
using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace KhuyenCong.Data.Auditing;

/// <summary>
/// The one place that stamps audit fields, bumps concurrency tokens and writes the audit log.
/// Generated keys are only known after the save, so the log rows are written by a second save inside
/// a transaction this interceptor opens (or the caller's): change and log commit or fail together.
/// </summary>
public sealed class AuditSaveChangesInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    // Vietnamese names stay readable in the log instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions JsonOptions =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    private static readonly HashSet<string> SecretProperties =
        [nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp)];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext context && !context.Audit.WritingLog)
            await BeforeSaveAsync(context, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext context && !context.Audit.WritingLog)
            BeforeSaveAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext context && !context.Audit.WritingLog)
            await WriteLogAsync(context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is AppDbContext context && !context.Audit.WritingLog)
            WriteLogAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext context && !context.Audit.WritingLog)
            await context.Audit.RollBackAsync(cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is AppDbContext context && !context.Audit.WritingLog)
            context.Audit.RollBackAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    private async Task BeforeSaveAsync(AppDbContext context, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = new List<PendingChange>();
        context.ChangeTracker.DetectChanges();

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is AuditLogEntry)
            {
                if (entry.State != EntityState.Added)
                    throw new InvalidOperationException("The audit log is append-only.");
                continue;
            }
            if (entry.Entity is IAppendOnly && entry.State != EntityState.Added)
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} records are append-only: add a " +
                    $"correction instead.");

            if (entry.Entity is IAuditable auditable) Stamp(entry, auditable, now);
            if (IsAudited(entry.Entity)) pending.Add(Capture(entry));
        }

        if (pending.Count == 0) return;
        context.Audit.Pending = pending;
        if (context.Database.CurrentTransaction is null)
            context.Audit.OwnedTransaction = await context.Database.BeginTransactionAsync(ct);
    }

    private async Task WriteLogAsync(AppDbContext context, CancellationToken ct)
    {
        var pending = context.Audit.Pending;
        if (pending is null) return;
        context.Audit.Pending = null;

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var change in pending)
        {
            context.AuditLog.Add(new AuditLogEntry
            {
                AtUtc = now,
                UserId = currentUser.UserId,
                UserName = currentUser.UserName,
                EntityType = change.Entry.Metadata.ClrType.Name,
                EntityKey = change.Key ?? KeyOf(change.Entry),
                Action = change.Action.ToString(),
                OldValues = change.OldValues,
                NewValues = change.Action == EntityState.Deleted ? null
                    : Values(change.Entry, change.ChangedProperties, current: true),
            });
        }

        context.Audit.WritingLog = true;
        try
        {
            await context.SaveChangesAsync(ct);
            // In the change's own transaction: the cache key moves exactly when the change commits.
            await DataChangeCounter.BumpAsync(context, ct);
            if (context.Audit.OwnedTransaction is { } tx) await tx.CommitAsync(ct);
        }
        catch
        {
            await context.Audit.RollBackAsync(ct);
            throw;
        }
        finally
        {
            context.Audit.WritingLog = false;
            await context.Audit.DisposeTransactionAsync();
        }
    }

    private void Stamp(EntityEntry entry, IAuditable auditable, DateTime now)
    {
        if (entry.State == EntityState.Added)
        {
            auditable.CreatedAtUtc = now;
            auditable.CreatedBy = currentUser.UserName;
            auditable.Version = 1;
        }
        if (entry.State is EntityState.Added or EntityState.Modified)
        {
            auditable.UpdatedAtUtc = now;
            auditable.UpdatedBy = currentUser.UserName;
        }
        if (entry.State == EntityState.Modified)
        {
            // The original value stays what the editor loaded (or posted back), so EF's WHERE Version = @original
            // detects a concurrent edit; the new value marks this save.
            var version = entry.Property(nameof(IAuditable.Version));
            version.CurrentValue = (long)version.OriginalValue! + 1;
        }
    }

    private static bool IsAudited(object entity) => IsAuditedType(entity.GetType());

    /// <summary>
    /// Whether changes to entities of this type are logged (the audit log's entity filter offers these).
    /// </summary>
    public static bool IsAuditedType(Type type) =>
        typeof(IAuditable).IsAssignableFrom(type) || typeof(IAppendOnly).IsAssignableFrom(type)
        || type == typeof(AppUser) || type == typeof(IdentityUserRole<string>) || type == typeof(IdentityRole)
        || type == typeof(Domain.Projects.CostLine) || type == typeof(Domain.Projects.ProjectBeneficiary);

    private static PendingChange Capture(EntityEntry entry)
    {
        var changed = entry.State switch
        {
            EntityState.Modified => entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToList(),
            _ => entry.Properties.Select(p => p.Metadata.Name).ToList(),
        };
        changed.RemoveAll(SecretProperties.Contains);
        var old = entry.State == EntityState.Added ? null : Values(entry, changed, current: false);
        // Deleted rows lose their key values after the save; added rows only get theirs then.
        var key = entry.State == EntityState.Added ? null : KeyOf(entry);
        return new PendingChange(entry, entry.State, changed, old, key);
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? ""
            : string.Join("|", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue,
                System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Values(EntityEntry entry, IEnumerable<string> properties, bool current)
    {
        var values = properties.ToDictionary(
            name => name,
            name => current ? entry.Property(name).CurrentValue : entry.Property(name).OriginalValue);
        return JsonSerializer.Serialize(values, JsonOptions);
    }

    internal sealed record PendingChange(
        EntityEntry Entry, EntityState Action, List<string> ChangedProperties, string? OldValues, string? Key);
}

/// <summary>Per-context state of the audit interceptor (the interceptor itself is shared).</summary>
public sealed class AuditState
{
    internal List<AuditSaveChangesInterceptor.PendingChange>? Pending { get; set; }
    internal IDbContextTransaction? OwnedTransaction { get; set; }
    internal bool WritingLog { get; set; }

    internal async Task RollBackAsync(CancellationToken ct)
    {
        Pending = null;
        if (OwnedTransaction is { } tx)
        {
            await tx.RollbackAsync(ct);
            await DisposeTransactionAsync();
        }
    }

    internal async Task DisposeTransactionAsync()
    {
        if (OwnedTransaction is { } tx)
        {
            OwnedTransaction = null;
            await tx.DisposeAsync();
        }
    }
}
