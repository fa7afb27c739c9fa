using Bulletin.Security;
using Bulletin.Intake.Storage;
using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Functions.Dashboard;
using Bulletin.Intake;
using Bulletin.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Bulletin.Functions.Pipeline;

/// <summary>Checks the caller an HTTP function's <see cref="CallerRuleAttribute"/> names before it runs: refuses as the
/// app always has (pages: 303 to sign in, forms: 401, a form without its proof: 403; APIs: 401), or records the caller in
/// <see cref="FunctionContext.Items"/> (<see cref="CallerItems"/>). A function that declares no rule never runs.</summary>
internal sealed class CallerMiddleware(DashboardSessions sessions, OperatorKeyVerifier operators, UnitSubmissionLinks units, InboundBasicAuth inbound)
    : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var rule = CallerRules.Of(context.FunctionDefinition)
            ?? throw new InvalidOperationException($"HTTP function {context.FunctionDefinition.Name} declares no [CallerRule]; it is refused.");
        var request = context.GetHttpContext()!.Request;
        var refusal = rule.Caller switch
        {
            Caller.Editor => await EditorAsync(context, request),
            Caller.Operator => Operator(context, request) ? null : new UnauthorizedResult(),
            Caller.Unit => await UnitAsync(context, request),
            Caller.OperatorOrUnit => Operator(context, request) ? null : await UnitAsync(context, request),
            Caller.InboundSecret => inbound.IsAuthorized(request) ? null : InboundRefusal(request),
            _ => null,
        };
        if (refusal is null)
            await next(context);
        else
            context.GetInvocationResult().Value = refusal;
    }

    private async Task<IActionResult?> EditorAsync(FunctionContext context, HttpRequest request)
    {
        if (await sessions.CheckAsync(DashboardCookie.Read(request), context.CancellationToken) is not { } session)
            return DashboardCookie.Refuse(request);
        if (HttpMethods.IsPost(request.Method) &&
            (!request.HasFormContentType || !sessions.ProofHolds(session, (await RequestForm.ReadAsync(request, context.CancellationToken))["proof"].ToString())))
            return DashboardLayout.StaleForm(request.HttpContext.Response);
        context.SetEditorSession(session);
        return null;
    }

    private bool Operator(FunctionContext context, HttpRequest request)
    {
        if (!operators.IsOperator(request))
            return false;
        context.SetOperator();
        return true;
    }

    /// <summary>A unit's token: 401 when missing or invalid, 403 saying why when its unit has left the directory.</summary>
    private async Task<IActionResult?> UnitAsync(FunctionContext context, HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return new UnauthorizedResult();
        var check = await units.CheckAsync(header["Bearer ".Length..].Trim(), context.CancellationToken);
        if (check.Problem is LinkProblem.HolderGone)
            return ApiProblem.Of(StatusCodes.Status403Forbidden, "单位已不在通讯录中", check.Explanation);
        if (check.Claims?.Subject is not { } unit)
            return new UnauthorizedResult();
        context.SetUnit(unit);
        return null;
    }

    private static UnauthorizedResult InboundRefusal(HttpRequest request)
    {
        request.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"inbound\"";
        return new UnauthorizedResult();
    }
}
