using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Production;

/// <summary>
/// The portal as an operator runs it: <c>dotnet KhuyenCong.Web.dll</c> in a process of its own with
/// <c>ASPNETCORE_ENVIRONMENT=Production</c> and settings from environment variables (as docker-compose sets them),
/// on a real port. The published folder when <c>KC_PUBLISHED_APP</c> names one (.ci/run publishes), otherwise the
/// web project's build output with the project folder as content root (for wwwroot).
/// </summary>
public sealed class PublishedApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;

    private PublishedApp(Process process, StringBuilder output, Uri address, string folder)
    {
        _process = process;
        _output = output;
        Address = address;
        Folder = folder;
    }

    public Uri Address { get; }
    public string Folder { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Environment of every run: a database, attachments and logs in <paramref name="folder"/>.</summary>
    public static Dictionary<string, string> Settings(string folder, bool demo) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DatabaseProvider"] = "Sqlite",
        ["ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(folder, "khuyencong.db")}",
        ["Storage__Attachments"] = Path.Combine(folder, "attachments"),
        ["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "khuyencong-.log"),
        ["Seeding__Demo"] = demo ? "true" : "false",
        // docker-compose.yml: plain HTTP inside, TLS at the proxy.
        ["Security__RequireHttps"] = "false",
    };

    /// <summary>Runs the app's command line (e.g. <c>admin create …</c>) to the end: exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(
        IDictionary<string, string> settings, string? stdin, params string[] arguments)
    {
        using var process = Start(settings, arguments, redirectInput: stdin is not null);
        var output = new StringBuilder();
        Capture(process, output);
        if (stdin is not null)
        {
            await process.StandardInput.WriteLineAsync(stdin);
            process.StandardInput.Close();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit();
        lock (output) return (process.ExitCode, output.ToString());
    }

    public static async Task<PublishedApp> StartAsync(string folder, IDictionary<string, string> settings)
    {
        var port = FreePort();
        var all = new Dictionary<string, string>(settings) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };
        var process = Start(all, [], redirectInput: false);
        var output = new StringBuilder();
        Capture(process, output);
        var app = new PublishedApp(process, output, new Uri($"http://127.0.0.1:{port}"), folder);
        using var client = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited) throw new InvalidOperationException($"The portal exited with {process.ExitCode}:\n{app.Output}");
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        await app.DisposeAsync();
        throw new TimeoutException($"The portal did not answer /healthz within 3 minutes:\n{app.Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static Process Start(IDictionary<string, string> settings, string[] arguments, bool redirectInput)
    {
        var (dll, contentRoot) = Locate();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        // The web start takes the content root as a setting; the commands use the working folder.
        if (arguments.Length == 0 && contentRoot != Path.GetDirectoryName(dll))
        {
            info.ArgumentList.Add("--contentRoot");
            info.ArgumentList.Add(contentRoot);
        }
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        // Nothing of the test run's own environment (e.g. a Development setting) leaks into the portal.
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in settings) info.Environment[key] = value;
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static void Capture(Process process, StringBuilder output)
    {
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private static (string Dll, string ContentRoot) Locate()
    {
        var published = Environment.GetEnvironmentVariable("KC_PUBLISHED_APP");
        if (!string.IsNullOrEmpty(published))
            return (Path.Combine(published, "KhuyenCong.Web.dll"), published);
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (testOutput.Name, testOutput.Parent!.Name);
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "KhuyenCong.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("KhuyenCong.sln not found above " + AppContext.BaseDirectory);
        var project = Path.Combine(root.FullName, "src", "KhuyenCong.Web");
        return (Path.Combine(project, "bin", configuration, framework, "KhuyenCong.Web.dll"), project);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
