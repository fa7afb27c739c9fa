using Microsoft.Net.Http.Headers;

namespace Bulletin.LocalHost.MailSink;

/// <summary>Reading and emptying the outbox: JSON for scripts and tests, pages for people, attachment downloads.</summary>
internal static class OutboxEndpoints
{
    public static async Task ListAsJsonAsync(HttpContext context, OutboxStore outbox, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await outbox.CopyAllAsJsonArrayAsync(context.Response.Body, cancellationToken);
    }

    public static IResult Clear(OutboxStore outbox, ILogger<OutboxStore> logger)
    {
        var deleted = outbox.Clear();
        logger.LogInformation("Outbox cleared, {Count} mails deleted", deleted);
        return Results.NoContent();
    }

    public static async Task<IResult> ListPageAsync(HttpContext context, OutboxStore outbox, CancellationToken cancellationToken)
    {
        var mails = new List<(OutboxEntry, OutboxMail)>();
        foreach (var id in outbox.ListIds().Reverse())
        {
            if (await outbox.FindAsync(id, cancellationToken) is { } entry)
                mails.Add((entry, OutboxMail.Of(entry.Request)));
        }
        return Page(context, StatusCodes.Status200OK, OutboxPages.List(mails, BasePath(context)));
    }

    public static async Task<IResult> MailPageAsync(
        string id, HttpContext context, OutboxStore outbox, CancellationToken cancellationToken)
    {
        if (await outbox.FindAsync(id, cancellationToken) is not { } entry)
            return Page(context, StatusCodes.Status404NotFound, OutboxPages.NotFound(BasePath(context)));
        return Page(context, StatusCodes.Status200OK, OutboxPages.Mail(entry, OutboxMail.Of(entry.Request), BasePath(context)));
    }

    public static async Task<IResult> AttachmentAsync(
        string id, int index, HttpContext context, OutboxStore outbox, CancellationToken cancellationToken)
    {
        var attachments = await outbox.FindAsync(id, cancellationToken) is { } entry
            ? OutboxMail.Of(entry.Request).Attachments
            : [];
        if (index < 0 || index >= attachments.Count || attachments[index].Decode() is not { } bytes)
            return Page(context, StatusCodes.Status404NotFound, OutboxPages.NotFound(BasePath(context)));

        var attachment = attachments[index];
        var contentType = MediaTypeHeaderValue.TryParse(attachment.Type, out var parsed)
            ? parsed.ToString()
            : "application/octet-stream";
        // A mail may attach HTML or SVG: never let the browser run it on this origin.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "sandbox";
        // With a download name ASP.NET Core writes filename and RFC 5987 filename* (UTF-8), so Chinese names survive.
        return Results.File(bytes, contentType, attachment.Filename ?? $"attachment-{index}");
    }

    private static IResult Page(HttpContext context, int statusCode, string html)
    {
        context.Response.Headers.ContentSecurityPolicy = HtmlPage.ContentSecurityPolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    private static string BasePath(HttpContext context) => HtmlPage.Encode(context.Request.PathBase.ToUriComponent());
}
