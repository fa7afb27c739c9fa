using System.Text.Json;

namespace Bulletin.LocalHost.Http;

/// <summary>The answers the host itself gives for an HTTP function (never the function's exception text), as problem details.</summary>
internal static class HostProblems
{
    public static Task FunctionFailedAsync(HttpContext context, string function, string invocationId) =>
        WriteAsync(context, StatusCodes.Status500InternalServerError, new { title = "Function failed", status = 500, function, invocationId });

    /// <summary>The worker went away while the request ran: answered at once, whatever the function had done.</summary>
    public static Task WorkerLostAsync(HttpContext context, string function, string invocationId) =>
        WriteAsync(context, StatusCodes.Status500InternalServerError,
            new { title = "Function failed", status = 500, detail = "The worker process stopped while the function ran; it is being restarted.", function, invocationId });

    public static Task WorkerRestartingAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
            new { title = "服务暂时不可用", status = 503, detail = "函数应用正在重新启动，请几秒后重试。" });
    }

    public static Task BodyTooLargeAsync(HttpContext context, long? limit) =>
        WriteAsync(context, StatusCodes.Status413PayloadTooLarge, new
        {
            title = "请求内容过大", status = 413,
            detail = limit is { } bytes ? $"请求内容不能超过 {bytes / (1024 * 1024)} MB。" : "请求内容超过了函数应用接受的大小。",
        });

    private static async Task WriteAsync(HttpContext context, int status, object problem)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, "application/problem+json");
    }
}
