using System.Text.Json.Nodes;
using Bulletin.LocalHost.Worker;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Admin;

/// <summary><c>POST /admin/functions/{name}</c> runs a non-HTTP function now, like the Functions host's admin API:
/// a queue function gets the body's <c>input</c> as its message, a timer function runs as if due. Only with the key
/// (<see cref="AdminKey"/>), as Azure's admin API only with the master key.</summary>
internal static class AdminEndpoints
{
    public static void MapAdminFunctions(this IEndpointRouteBuilder endpoints, Func<FunctionRegistry?> registry, string? adminKey)
    {
        endpoints.MapPost("/admin/functions/{name}", async (string name, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (Refusal(request, response, adminKey) is { } refused)
                return refused;
            if (registry() is not { } functions || !functions.Invoker.IsReady)
                return Results.Problem("The worker is starting.", statusCode: 503);
            if (!functions.ByName.TryGetValue(name, out var function))
                return Results.Problem($"No function named '{name}'.", statusCode: 404);
            if (function.IsHttp)
                return Results.Problem($"'{name}' is an HTTP function: call its route instead.", statusCode: 400);

            var body = request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0
                ? await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) : null;
            var input = body?["input"]?.ToString() ?? "";
            _ = function.IsTimer
                ? functions.Timers[name].RunNowAsync(CancellationToken.None)
                : functions.Invoker.InvokeAsync(function, new TypedData { String = input }, metadata => metadata["QueueTrigger"] = new TypedData { String = input });
            return Results.Accepted();
        });
    }

    /// <summary><c>GET /admin/storage</c>: the storage connection string the host gave the worker (Azurite's ports are chosen at
    /// start), for tools such as <c>generate-history</c> that write through the app's stores. Only with the key.</summary>
    public static void MapAdminStorage(this IEndpointRouteBuilder endpoints, string connectionString, string? adminKey) =>
        endpoints.MapGet("/admin/storage", (HttpRequest request, HttpResponse response) =>
            Refusal(request, response, adminKey) ?? Results.Json(new { connectionString }));

    private static IResult? Refusal(HttpRequest request, HttpResponse response, string? adminKey)
    {
        if (AdminKey.IsPresented(request, adminKey))
            return null;
        response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(string.IsNullOrEmpty(adminKey)
            ? $"The admin API is closed: set {AdminKey.SettingName} in local.settings.json."
            : $"Send the operator key ({AdminKey.SettingName} in local.settings.json) as 'Authorization: Bearer <key>' or '{AdminKey.FunctionsKeyHeader}: <key>'.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Admin key required");
    }
}
