using Bulletin.Dashboard;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Dashboard;

/// <summary><c>/api/dashboard/sign-in</c>: GET asks for an address; POST mails a sign-in link if it is an editor's,
/// and answers the same neutral page whatever the address.</summary>
[CallerRule(Caller.Public, ForPeople = true)]
public sealed class DashboardSignIn(SignInMailer mailer)
{
    [Function(nameof(DashboardSignIn))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/sign-in")] HttpRequest request, CancellationToken cancellationToken)
    {
        var response = request.HttpContext.Response;
        if (HttpMethods.IsGet(request.Method))
            return SignInPage.Ask(response);
        var email = request.HasFormContentType ? (await RequestForm.ReadAsync(request, cancellationToken))["email"].ToString() : null;
        await mailer.RequestAsync(email, ClientAddress.Of(request), cancellationToken);
        return SignInPage.Answered(response);
    }
}
