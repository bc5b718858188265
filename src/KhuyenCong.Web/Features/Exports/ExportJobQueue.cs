using System.Security.Claims;
using KhuyenCong.Data.Exports;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>Where an export action decides between answering at once and queuing a job.</summary>
public sealed class ExportJobQueue(BackgroundJobQueue queue, IOptions<ExportOptions> options)
{
    /// <summary>The stored column's length (ExportJobConfiguration).</summary>
    public const int MaxParameters = 2000;

    /// <summary>Whether a table of this many rows is too long to build during the request.</summary>
    public bool IsLong(int rows) => rows > options.Value.DirectRowLimit;

    public async Task<long> EnqueueAsync(
        string kind, ClaimsPrincipal user, QueryString query, string fileName, int rows, CancellationToken ct)
    {
        var job = new ExportJob
        {
            Kind = kind,
            Category = JobCategory.Export,
            Parameters = Parameters(query),
            FileName = fileName,
            // Both sheets are written from one pass over the rows: the progress bar runs over the table's rows.
            Total = Math.Max(1, rows),
        };
        return await queue.EnqueueAsync(job, user, ct);
    }

    /// <summary>
    /// The request's filter as the job keeps it: only the values given (blank ones are no filter for the list
    /// either), trimmed, and never longer than the column (a padded query string would otherwise fail the insert
    /// on SQL Server). What is cut is only padding or a search text far longer than any list filter.
    /// </summary>
    public static string Parameters(QueryString query)
    {
        var given = QueryHelpers.ParseQuery(query.Value)
            .Where(p => !string.IsNullOrWhiteSpace(p.Value.ToString()))
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString().Trim()));
        var value = QueryString.Create(given).Value ?? "";
        return value.Length <= MaxParameters ? value : value[..MaxParameters];
    }
}
