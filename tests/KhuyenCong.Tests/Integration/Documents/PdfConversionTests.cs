using System.Diagnostics;
using System.Net;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration.Documents;

/// <summary>
/// Every kind of generated document, and an existing .xlsx export, converts to PDF with LibreOffice headless
/// (what an officer without Word does): a conversion error or an empty PDF fails.
/// </summary>
public sealed class PdfConversionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [OfficeFact]
    public async Task Convert_OneOfEachKindAndAnExcelExport_EveryFileBecomesAPdf()
    {
        Assert.True(File.Exists(OfficeFactAttribute.SofficePath),
            $"LibreOffice is required ({OfficeFactAttribute.RequireVariable}=1) but {OfficeFactAttribute.SofficePath} is missing");
        var folder = Directory.CreateTempSubdirectory("kc-pdf-");
        try
        {
            var files = await DraftEveryKindAsync(folder.FullName);

            var (exitCode, output) = await ConvertAsync(folder.FullName, files);

            Assert.True(exitCode == 0, $"soffice exited with {exitCode}: {output}");
            foreach (var file in files)
            {
                var pdf = Path.ChangeExtension(file, ".pdf");
                Assert.True(File.Exists(pdf), $"{Path.GetFileName(file)} was not converted: {output}");
                var head = new byte[5];
                await using (var stream = File.OpenRead(pdf)) await stream.ReadExactlyAsync(head);
                Assert.Equal("%PDF-"u8.ToArray(), head);
                Assert.True(new FileInfo(pdf).Length > 1000, $"{Path.GetFileName(pdf)} is nearly empty");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<List<string>> DraftEveryKindAsync(string folder)
    {
        var project = await portal.SettledHoaBinhProjectAsync();
        var plan = await portal.PhuThoLocalPlanAsync();
        var round = await portal.HoaBinhRoundAsync();
        var certificate = await portal.CertificateIdAsync("HB-2025-001");
        var department = await portal.ClientAsync(DemoAccounts.HoaBinhDepartment);
        var phuTho = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        (HttpClient Client, DocumentKind Kind, int Id, int? Part)[] drafts =
        [
            (department, DocumentKind.ProjectApproval, project, null),
            (department, DocumentKind.ProjectContract, project, null),
            (department, DocumentKind.AcceptanceMinutes, project, null),
            (department, DocumentKind.SettlementDecision, project, null),
            (phuTho, DocumentKind.AllocationDecision, plan, 1),
            (phuTho, DocumentKind.ProvincialSubmission, plan, null),
            (department, DocumentKind.ProductRecognition, round, null),
            (department, DocumentKind.Certificate, certificate, null),
        ];
        Assert.Equal(Enum.GetValues<DocumentKind>().Length, drafts.Length);
        var files = new List<string>();
        foreach (var (client, kind, id, part) in drafts)
        {
            var path = Path.Combine(folder, $"{kind}.docx");
            await File.WriteAllBytesAsync(path, await client.DraftAsync(kind, id, part));
            files.Add(path);
        }
        var export = await department.GetAsync($"/ProjectExports/CostEstimate/{project}");
        await Expect.StatusAsync(HttpStatusCode.OK, export);
        var xlsx = Path.Combine(folder, "mau-1.xlsx");
        await File.WriteAllBytesAsync(xlsx, await export.Content.ReadAsByteArrayAsync());
        files.Add(xlsx);
        return files;
    }

    /// <summary>One soffice run for all files, with its own profile so that a running LibreOffice does not interfere.</summary>
    internal static async Task<(int ExitCode, string Output)> ConvertAsync(string folder, List<string> files)
    {
        var start = new ProcessStartInfo(OfficeFactAttribute.SofficePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[$"-env:UserInstallation=file://{folder}/profile", "--headless",
                     "--norestore", "--convert-to", "pdf", "--outdir", folder])
            start.ArgumentList.Add(argument);
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish in 5 minutes");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
