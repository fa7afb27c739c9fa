using Bulletin.Intake.Extraction;

namespace Bulletin.Intake.Inbound;

/// <summary>
/// Parses the exact request body SendGrid Inbound Parse posted, in either mode: the default ("parsed") fields,
/// or the raw, full MIME message in the email field. Refusals come back as an error, never as an exception.
/// </summary>
public static class SendGridInboundParser
{
    public static async Task<InboundParseResult> ParseAsync(Stream body, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = await ReadLimitedAsync(body, cancellationToken);
        if (bytes is null)
        {
            return InboundParseResult.Failed($"The request body is larger than {InboundParseLimits.MaxBodyBytes} bytes (30 MB, SendGrid's own limit).");
        }

        try
        {
            var form = SendGridForm.Read(bytes, contentType);
            cancellationToken.ThrowIfCancellationRequested();
            var message = form.Fields.ContainsKey("email") ? RawModeReader.Read(form) : ParsedModeReader.Read(form);
            return InboundParseResult.Parsed(message);
        }
        catch (InboundPayloadException refused)
        {
            return InboundParseResult.Failed(refused.Message);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            // Input from the internet: whatever a library throws on it is a bad payload, not a crash of the queue step.
            return InboundParseResult.Failed($"The payload could not be parsed ({unexpected.GetType().Name}).");
        }
    }

    /// <summary>The whole body, or null when it is over the limit.</summary>
    private static Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken) =>
        BoundedStream.ReadAllAsync(body, InboundParseLimits.MaxBodyBytes, cancellationToken);
}
