using Bulletin.Intake;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Intake;

/// <summary><c>POST /api/inbound/sendgrid</c>: SendGrid Inbound Parse (both modes). The request is stored as received
/// and queued before 200 is answered; a non-2xx answer only when it could not be stored, so SendGrid retries.</summary>
[CallerRule(Caller.InboundSecret)]
public sealed class ReceiveInboundMail(InboundMailReception reception)
{
    // SendGrid refuses mail over 30 MB; the margin covers the multipart framing around it.
    private const long MaxRequestBytes = 35L * 1024 * 1024;

    [Function(nameof(ReceiveInboundMail))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "inbound/sendgrid")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxRequestBytes)
            return new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);

        await reception.AcceptAsync(request.Body, request.ContentType ?? "", cancellationToken);
        return new OkResult();
    }
}
