using System.Reflection;
using System.Text.RegularExpressions;
using KhuyenCong.Data;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Each provider's compiled model (issue 16: it saves building the model on every start) must be exactly what
/// `dotnet ef dbcontext optimize` generates from today's code, or the portal would run on yesterday's model: these
/// tests generate it the way the tool does, from the app's own registrations (<see cref="ProviderServices"/>), and
/// compare it file by file with the committed one. When they fail, regenerate (README, "Compiled models").
/// </summary>
public sealed partial class CompiledModelTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("SqlServer")]
    public void CompiledModel_GeneratedFromTodaysModel_SameAsCommitted(string provider)
    {
        var folder = TestDirectories.NewFolder();
        try
        {
            using var services = ProviderServices.Build(provider, folder);
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var assembly = MigrationsAssembly(provider);
            var output = Path.Combine(folder, "CompiledModel");

#pragma warning disable EF1001 // the tool's own way to its design-time services (DbContextOperations.Optimize)
            var designTime = new DesignTimeServicesBuilder(Assembly.Load(assembly), typeof(Program).Assembly,
                new OperationReporter(handler: null), []).Build(db);
#pragma warning restore EF1001
            designTime.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
                db.GetService<IDesignTimeModel>().Model, output, new CompiledModelCodeGenerationOptions
                {
                    ContextType = typeof(AppDbContext),
                    ModelNamespace = assembly + ".CompiledModel",
                    Language = "C#",
                    UseNullableReferenceTypes = true,
                });

            var committed = Path.Combine(Repository.Root, "src", assembly, "CompiledModel");
            var stale = $"The {provider} compiled model lags behind the model: regenerate it " +
                        "(README, \"Compiled models\").";
            Assert.True(FileNames(committed).SequenceEqual(FileNames(output)), stale);
            foreach (var name in FileNames(output))
                Assert.True(Normalised(Path.Combine(committed, name)) == Normalised(Path.Combine(output, name)),
                    $"{name}: {stale}");
        }
        finally
        {
            TestDirectories.TryDelete(folder);
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("SqlServer")]
    public void Context_AppRegistrations_RunsOnItsProvidersCompiledModel(string provider)
    {
        var folder = TestDirectories.NewFolder();
        try
        {
            using var services = ProviderServices.Build(provider, folder);
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            Assert.Equal(MigrationsAssembly(provider), db.Model.GetType().Assembly.GetName().Name);
        }
        finally
        {
            TestDirectories.TryDelete(folder);
        }
    }

    /// <summary>EF would pick a compiled model in the context's own assembly for both providers.</summary>
    [Fact]
    public void DataAssembly_NoCompiledModelThatEfWouldDiscover()
    {
        Assert.Empty(typeof(AppDbContext).Assembly.GetCustomAttributes<DbContextModelAttribute>());
    }

    private static string MigrationsAssembly(string provider) => provider == "Sqlite"
        ? DependencyInjection.SqliteMigrationsAssembly
        : DependencyInjection.SqlServerMigrationsAssembly;

    private static List<string> FileNames(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            .ToList()
        : [];

    /// <summary>The generator draws a new model id each time; line endings follow the machine.</summary>
    private static string Normalised(string file) =>
        ModelId().Replace(File.ReadAllText(file).ReplaceLineEndings("\n"), "modelId: new Guid(\"…\")");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]{36}"\)""")]
    private static partial Regex ModelId();
}
