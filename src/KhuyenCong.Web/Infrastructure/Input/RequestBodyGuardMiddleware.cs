using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// Reads a form body once, under the endpoint's size limit, before MVC sees it. A body over the limit answers 413
/// (the status page then says the limit) and a malformed one 400, without anything downstream reading the body
/// again; the antiforgery check and model binding use the form buffered here. Runs after authorization, so an
/// anonymous request to a protected page is refused without its body being read.
/// </summary>
public sealed class RequestBodyGuardMiddleware(RequestDelegate next, IOptions<FormOptions> formOptions,
    ILogger<RequestBodyGuardMiddleware> logger)
{
    /// <summary>The limit that was exceeded, in bytes, for the 413 page.</summary>
    public const string LimitItem = "KhuyenCong.BodyLimit";

    /// <summary>
    /// An over-limit body up to this size is read and thrown away before the 413 is sent: a browser that is still
    /// sending when the server closes the connection shows a network error instead of the page saying the limit.
    /// </summary>
    public const long DrainLimit = 100L * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method)
            // The status and error pages, re-executed inside a refused request, never touch its body.
            || context.GetEndpoint()?.Metadata.GetMetadata<NoBodyBindingAttribute>() is not null)
        {
            await next(context);
            return;
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        if (sizeFeature is { IsReadOnly: false } && metadata is not null)
            sizeFeature.MaxRequestBodySize = metadata.MaxRequestBodySize;
        var limit = sizeFeature?.MaxRequestBodySize;

        try
        {
            if (limit is { } max && request.ContentLength > max)
            {
                await DrainAsync(context, sizeFeature!);
                Refuse(context, StatusCodes.Status413PayloadTooLarge, max, "over the limit");
                return;
            }
            if (request.HasFormContentType && !await ReadFormAsync(context, limit)) return;
        }
        catch (Exception ex)
            when (ex is IOException or OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-upload: nobody to answer.
            return;
        }

        await next(context);
    }

    /// <summary>Reads the form into the request's form feature; false when the request was refused.</summary>
    private async Task<bool> ReadFormAsync(HttpContext context, long? limit)
    {
        var request = context.Request;
        var urlEncoded = request.ContentType?.StartsWith("application/x-www-form-urlencoded",
            StringComparison.OrdinalIgnoreCase) == true;
        // A url-encoded form is small (under the limit); kept so that a form refused for its characters can be parsed
        // again.
        if (urlEncoded) request.EnableBuffering();
        try
        {
            await request.ReadFormAsync(context.RequestAborted);
            return true;
        }
        catch (BadHttpRequestException ex)
        {
            Refuse(context, ex.StatusCode, limit, "unreadable body");
            return false;
        }
        catch (InvalidDataException ex) when (urlEncoded)
        {
            try
            {
                request.Body.Position = 0;
                var form = await LenientFormParser.ParseAsync(request.Body, formOptions.Value, context.RequestAborted);
                context.Features.Set<IFormFeature>(new FormFeature(form));
                logger.LogInformation("Form read leniently after {Reason}", ex.Message);
                return true;
            }
            catch (InvalidDataException)
            {
                Refuse(context, StatusCodes.Status400BadRequest, limit, "form limits");
                return false;
            }
        }
        catch (InvalidDataException)
        {
            // Form limits (value count, value or multipart length) or a malformed multipart body.
            Refuse(context, StatusCodes.Status400BadRequest, limit, "malformed form");
            return false;
        }
    }

    private static async Task DrainAsync(HttpContext context, IHttpMaxRequestBodySizeFeature sizeFeature)
    {
        if (context.Request.ContentLength > DrainLimit || sizeFeature.IsReadOnly)
        {
            context.Response.Headers.Connection = "close";
            return;
        }
        sizeFeature.MaxRequestBodySize = context.Request.ContentLength;
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
    }

    private void Refuse(HttpContext context, int status, long? limit, string reason)
    {
        logger.LogInformation("Request body refused with {StatusCode} ({Reason}, limit {Limit} bytes)", status, reason,
            limit);
        if (limit is not null) context.Items[LimitItem] = limit;
        context.Response.StatusCode = status;
    }
}
