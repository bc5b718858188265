using KhuyenCong.Data;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Web.Commands;
using KhuyenCong.Web.Infrastructure;
using Serilog;

// `admin create`, `backup`, `restore`: operator commands instead of the web server (see README, Production).
if (PortalCommands.IsCommand(args))
    return await PortalCommands.RunAsync(args, CommandConsole.System);

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services));

    builder.Services.AddKhuyenCongData(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddKhuyenCongWeb();

    var app = builder.Build();
    app.UseKhuyenCongPipeline();

    await DatabaseInitializer.InitialiseAsync(app.Services);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The portal stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point; public so that tests can start the portal with WebApplicationFactory.</summary>
public partial class Program;
