using System.Text.Json;
using Bulletin.Functions.Pages;
using Bulletin.Markup;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace Bulletin.Functions.Pipeline;

/// <summary>Answers what an HTTP function throws: a body that cannot be read is the caller's 4xx, a secret setting still
/// holding its Key Vault reference 503 naming the setting, anything else 500;
/// as RFC 9457 problem details for API callers and as a Chinese page for people, never with the exception's text.</summary>
internal sealed class ErrorMiddleware(ILogger<ErrorMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { } http && !http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            var status = StatusOf(e);
            if (status >= 500)
                logger.LogError(e, "HTTP function {Function} failed", context.FunctionDefinition.Name);
            else
                logger.LogWarning("HTTP function {Function} refused an unreadable request ({Status}, {Exception})", context.FunctionDefinition.Name, status, e.GetType().Name);
            var (title, detail) = e is UnresolvedSecretException secret ? Unconfigured(secret.Setting) : Explain(status);
            context.GetInvocationResult().Value = CallerRules.Of(context.FunctionDefinition)?.ForPeople == true
                ? HtmlPage.Render(http.Response, status, title, Html.Of($"<p class=\"error\" role=\"alert\">{detail}</p>"))
                : ApiProblem.Of(status, title, detail);
        }
    }

    private static int StatusOf(Exception e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException or JsonException => StatusCodes.Status400BadRequest,
        UnresolvedSecretException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static (string Title, string Detail) Unconfigured(string setting) =>
        ("服务尚未配置完成", $"应用的密钥设置 {setting} 尚未生效（Key Vault 引用未解析），此请求未被处理，未作任何更改。请联系系统管理员；/api/health 列出尚未生效的设置。");

    private static (string Title, string Detail) Explain(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => ("内容过大", "提交的内容过大，未作任何更改。请压缩图片或删去附件后重新提交。"),
        StatusCodes.Status415UnsupportedMediaType => ("无法读取提交的内容", "提交的内容不是表单，未作任何更改。请在页面上填写后提交。"),
        < 500 => ("无法读取提交的内容", "提交的内容格式有误或字段过多，无法读取，未作任何更改。请回到页面重新填写后提交。"),
        _ => ("处理出错", "服务器处理这次请求时出错，操作可能没有完成。请稍后重试；如仍不成功，请联系编辑部。"),
    };
}
