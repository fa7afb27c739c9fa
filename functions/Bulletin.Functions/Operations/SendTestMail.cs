using Bulletin.Functions.Pages;
using Bulletin.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Operations;

/// <summary><c>POST /api/operations/test-mail</c> <c>{"to": "..."}</c> with the operator key: sends one test mail.</summary>
[CallerRule(Caller.Operator)]
public sealed class SendTestMail(TestMailSender sender)
{
    [Function(nameof(SendTestMail))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "operations/test-mail")] HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<TestMailRequest>(request, cancellationToken);
        var result = await sender.SendAsync(body?.To ?? "", cancellationToken);
        if (result.Succeeded)
            return new AcceptedResult((string?)null, new { messageId = result.MessageId });
        return new ObjectResult(new ProblemDetails { Title = "测试邮件未发送", Detail = result.Error })
        {
            StatusCode = result.RefusedBySendGrid ? StatusCodes.Status502BadGateway : StatusCodes.Status400BadRequest,
        };
    }

    private sealed record TestMailRequest(string? To);
}
