using System.Net;
using System.Text.Json;
using Bulletin.LocalHost.Worker;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;
using Yarp.ReverseProxy.Forwarder;

namespace Bulletin.LocalHost.Http;

/// <summary>Runs an HTTP function the way the Functions host does with ASP.NET Core integration: an
/// InvocationRequest over gRPC, and the request itself forwarded to the worker's Kestrel with
/// <c>x-ms-invocation-id</c>. The response is held until the invocation's outcome is known, because
/// a function that throws still lets the worker answer 200.</summary>
internal sealed class HttpTriggerForwarder(FunctionInvoker invoker, IHttpForwarder forwarder, ILoggerFactory loggers)
{
    private readonly HttpMessageInvoker _client = new(new SocketsHttpHandler
    {
        UseProxy = false, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false, ActivityHeadersPropagator = null, ConnectTimeout = TimeSpan.FromSeconds(15),
    });
    private readonly ILogger _logger = loggers.CreateLogger("Host.Http");

    public async Task ForwardAsync(HttpContext context, FunctionDefinition function, RouteValueDictionary routeValues, Uri workerHttpUri)
    {
        // Azure's front end refuses a body over its limit before any function runs.
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            await HostProblems.BodyTooLargeAsync(context, limit);
            return;
        }
        if (!invoker.IsReady)
        {
            await HostProblems.WorkerRestartingAsync(context);
            return;
        }

        var invocationId = Guid.NewGuid().ToString();
        var invocation = invoker.InvokeAsync(function, new TypedData { Http = ToRpcHttp(context.Request, routeValues) },
            metadata => AddTriggerMetadata(metadata, context.Request, routeValues), invocationId, context.RequestAborted);

        var kestrelBody = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        ForwarderError error;
        try
        {
            error = await forwarder.SendAsync(context, workerHttpUri.ToString(), _client, ForwarderRequestConfig.Empty, new InvocationIdTransformer(invocationId));
        }
        finally
        {
            context.Features.Set(kestrelBody);
        }

        var errorException = context.Features.Get<IForwarderErrorFeature>()?.Exception;
        if (error != ForwarderError.None && (IsBodyTooLarge(errorException) || IsBodyTooLarge(errorException?.InnerException)))
        {
            Observe(invocation);
            await HostProblems.BodyTooLargeAsync(context, limit);
            return;
        }
        InvocationResult result;
        try
        {
            // Forwarding failed: the worker may never see the request, so its invocation is not waited for long.
            result = await invocation.WaitAsync(error == ForwarderError.None ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is WorkerUnavailableException or TimeoutException)
        {
            _logger.LogError("'{Function}' (Id={InvocationId}) did not finish: {Error}", function.Name, invocationId, ex.Message);
            await HostProblems.WorkerLostAsync(context, function.Name, invocationId);
            return;
        }
        if (WorkerRefusedBodyAsTooLarge(context, result))
        {
            await HostProblems.BodyTooLargeAsync(context, null);
            return;
        }
        if (!result.Succeeded || error != ForwarderError.None)
        {
            if (error != ForwarderError.None)
                _logger.LogError(errorException, "Forwarding to the worker failed: {Error}", error);
            await HostProblems.FunctionFailedAsync(context, function.Name, invocationId);
            return;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    /// <summary>The worker's Kestrel has a limit of its own (the app sets it): a body over it fails the function as it reads
    /// the body, or is answered 413 by the worker; either way the caller gets the 413.</summary>
    private static bool WorkerRefusedBodyAsTooLarge(HttpContext context, InvocationResult result) =>
        context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge
        || (!result.Succeeded && result.Exception is { } ex && ex.Type?.EndsWith(nameof(BadHttpRequestException), StringComparison.Ordinal) == true
            && ex.Message?.StartsWith("Request body too large", StringComparison.Ordinal) == true);

    private static bool IsBodyTooLarge(Exception? ex) => ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };

    private void Observe(Task<InvocationResult> invocation) =>
        invocation.ContinueWith(t => _logger.LogDebug(t.Exception, "Invocation ended after its request was answered"), TaskScheduler.Default);

    private static RpcHttp ToRpcHttp(HttpRequest request, RouteValueDictionary routeValues)
    {
        var http = new RpcHttp { Method = request.Method, Url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}" };
        foreach (var header in request.Headers)
            http.NullableHeaders[header.Key] = new NullableString { Value = header.Value.ToString() };
        foreach (var query in request.Query)
            http.NullableQuery[query.Key] = new NullableString { Value = query.Value.ToString() };
        foreach (var (key, value) in routeValues)
            http.NullableParams[key] = new NullableString { Value = value?.ToString() ?? "" };
        return http;
    }

    private static void AddTriggerMetadata(Google.Protobuf.Collections.MapField<string, TypedData> metadata, HttpRequest request, RouteValueDictionary routeValues)
    {
        foreach (var (key, value) in routeValues)
            metadata[key] = new TypedData { String = value?.ToString() ?? "" };
        metadata["Query"] = new TypedData { Json = JsonSerializer.Serialize(request.Query.ToDictionary(q => q.Key, q => q.Value.ToString())) };
        metadata["Headers"] = new TypedData { Json = JsonSerializer.Serialize(request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString())) };
    }

    private sealed class InvocationIdTransformer(string invocationId) : HttpTransformer
    {
        public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
        {
            await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
            proxyRequest.Headers.TryAddWithoutValidation("x-ms-invocation-id", invocationId);
        }
    }
}
