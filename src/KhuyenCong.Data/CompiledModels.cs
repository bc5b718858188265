using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KhuyenCong.Data;

/// <summary>
/// Issue 16 (later starts ≤ 2 s): without a compiled model EF Core builds <see cref="AppDbContext"/>'s model from
/// OnModelCreating and its conventions on the first use in each process, about a second of CPU on every start. The
/// model differs per provider (column types, SQLite's DateTimeOffset converter), so each provider's compiled model is
/// generated beside its migrations (<c>CompiledModel/</c> of KhuyenCong.Migrations.Sqlite / .SqlServer; see README,
/// "Compiled models") and found the way EF finds the migrations: by that assembly's name, through the
/// <see cref="DbContextModelAttribute"/> the generator writes there. Keeping them out of this assembly also keeps EF
/// from picking one up automatically for both providers.
/// </summary>
public static class CompiledModels
{
    private static readonly ConcurrentDictionary<string, IModel> Loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// The compiled model of <see cref="AppDbContext"/> generated into <paramref name="assemblyName"/>.
    /// </summary>
    public static IModel For(string assemblyName) => Loaded.GetOrAdd(assemblyName, Load);

    private static IModel Load(string assemblyName)
    {
        var assembly = Assembly.Load(new AssemblyName(assemblyName));
        var attribute = assembly.GetCustomAttributes<DbContextModelAttribute>()
                            .SingleOrDefault(a => a.ContextType == typeof(AppDbContext))
                        ?? throw new InvalidOperationException(
                            $"{assemblyName} holds no compiled model of AppDbContext: regenerate it (README, " +
                            "\"Compiled models\").");
        var instance = attribute.ModelType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static);
        return instance?.GetValue(null) as IModel
               ?? throw new InvalidOperationException($"{attribute.ModelType} has no static Instance model.");
    }
}
