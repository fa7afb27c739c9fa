using System.Text.Json;
using Azure.Storage.Queues;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Intake;

/// <summary><c>POST /api/inbound/sendgrid</c>: SendGrid Inbound Parse (both modes). The request is stored as received
/// and queued before 200 is answered; a non-2xx answer only when it could not be stored, so SendGrid retries.</summary>
public sealed class ReceiveInboundMail(InboundBasicAuth auth, InboundMailStore store, QueueServiceClient queues)
{
    // SendGrid refuses mail over 30 MB; the margin covers the multipart framing around it.
    private const long MaxRequestBytes = 35L * 1024 * 1024;

    [Function(nameof(ReceiveInboundMail))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "inbound/sendgrid")] HttpRequest request)
    {
        if (!auth.IsAuthorized(request))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"inbound\"";
            return new UnauthorizedResult();
        }
        if (request.ContentLength > MaxRequestBytes)
            return new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);

        var cancellationToken = request.HttpContext.RequestAborted;
        var delivery = await store.SaveAsync(request.Body, request.ContentType ?? "", cancellationToken);
        var queue = queues.GetQueueClient(IntakeQueues.InboundMail);
        await queue.EnsureExistsAsync(cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(delivery), cancellationToken);
        return new OkResult();
    }
}
