using KhuyenCong.Data;
using KhuyenCong.Data.Auditing;
using KhuyenCong.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhuyenCong.Web.Commands;

/// <summary>
/// Operator commands run from the published app instead of the web server
/// (<c>dotnet KhuyenCong.Web.dll admin create|backup|restore ...</c>). Each builds the portal's own services from
/// the same settings, so it reaches the same database and attachment folder as the running portal would.
/// Exit codes: 0 done, 2 refused (nothing changed, reason on stderr), 1 failed unexpectedly.
/// </summary>
public static class PortalCommands
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Refused = 2;

    private const string Usage = """
        Cách dùng / Usage:
          admin create --email <e-mail> --organisation "<tên đơn vị>" [--full-name "<họ tên>"] [--force]
          backup --to <thư mục / folder>
          restore --from <thư mục / folder> [--force]
        """;

    private static readonly string[] Verbs = ["admin", "backup", "restore"];

    /// <summary>Whether the process was started to run a command rather than the portal.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0
        && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args, CommandConsole console, CommandHostOptions? options = null,
        CancellationToken ct = default)
    {
        try
        {
            var (name, rest) = Resolve(args);
            await using var app = BuildHost(name, options ?? new CommandHostOptions());
            switch (name)
            {
                case AdminCreateCommand.Name:
                    await AdminCreateCommand.RunAsync(app.Services,
                        CommandArguments.Parse(rest, AdminCreateCommand.Options, ["force"]), console, ct);
                    break;
                case BackupCommand.Name:
                    await BackupCommand.RunAsync(app.Services, CommandArguments.Parse(rest, ["to"], []), console, ct);
                    break;
                case RestoreCommand.Name:
                    await RestoreCommand.RunAsync(app.Services, CommandArguments.Parse(rest, ["from"], ["force"]),
                        console, ct);
                    break;
            }
            return Success;
        }
        catch (CommandRefusedException refused)
        {
            await console.Error.WriteLineAsync(refused.Message);
            return Refused;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The innermost message is the useful one (a DbUpdateException wraps the database's own words).
            await console.Error.WriteLineAsync($"Lỗi / Error: {ex.GetType().Name}: {ex.GetBaseException().Message}");
            return Failed;
        }
    }

    private static (string Command, string[] Options) Resolve(string[] args)
    {
        var verb = args.Length > 0 ? args[0].ToLowerInvariant() : "";
        if (verb == "admin" && args.Length > 1 && args[1].Equals("create", StringComparison.OrdinalIgnoreCase))
            return (AdminCreateCommand.Name, args[2..]);
        if (verb is BackupCommand.Name or RestoreCommand.Name) return (verb, args[1..]);
        throw new CommandRefusedException(Usage);
    }

    private static WebApplication BuildHost(string command, CommandHostOptions options)
    {
        // No command-line configuration: the command's own options are not settings. Environment variables and
        // appsettings apply exactly as for the web start.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            // As the web start: user secrets in Development and MVC's parts come from the portal's assembly.
            ApplicationName = typeof(PortalCommands).Assembly.GetName().Name,
            EnvironmentName = options.EnvironmentName,
            ContentRootPath = options.ContentRoot,
        });
        builder.Configuration.AddInMemoryCollection(options.Configuration);
        // The command reports on stdout/stderr itself; framework logs would bury the one-time password.
        builder.Logging.ClearProviders();
        builder.Services.AddKhuyenCongData(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddKhuyenCongWeb();
        builder.Services.Replace(ServiceDescriptor.Scoped<ICurrentUser>(_ => new CommandActor(command)));
        return builder.Build();
    }
}
