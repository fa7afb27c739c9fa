using Bulletin.Functions.Pages;
using Bulletin.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Operations;

/// <summary><c>POST /api/operations/test-mail</c> <c>{"to": "..."}</c> with the operator key: sends one test mail.</summary>
[CallerRule(Caller.Operator)]
public sealed class SendTestMail(OperatorKeyVerifier operators, TestMailSender sender)
{
    [Function(nameof(SendTestMail))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "operations/test-mail")] HttpRequest request)
    {
        if (!operators.IsOperator(request))
            return new UnauthorizedResult();
        var body = await JsonBody.ReadAsync<TestMailRequest>(request, request.HttpContext.RequestAborted);
        var result = await sender.SendAsync(body?.To ?? "", request.HttpContext.RequestAborted);
        if (result.Succeeded)
            return new AcceptedResult((string?)null, new { messageId = result.MessageId });
        return new ObjectResult(new ProblemDetails { Title = "测试邮件未发送", Detail = result.Error })
        {
            StatusCode = result.RefusedBySendGrid ? StatusCodes.Status502BadGateway : StatusCodes.Status400BadRequest,
        };
    }

    private sealed record TestMailRequest(string? To);
}
