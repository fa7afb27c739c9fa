using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.LocalHost.TestApp;

public sealed class HttpFunctions(BlobContainerClient records)
{
    [Function(nameof(Hello))]
    public IActionResult Hello([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "hello/{name}")] HttpRequest request, string name)
        => new ContentResult { Content = $"你好 {name}", ContentType = "text/plain; charset=utf-8" };

    [Function(nameof(Echo))]
    public async Task<IActionResult> Echo([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "echo")] HttpRequest request)
    {
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        return new OkObjectResult(new { body, query = request.Query["q"].ToString(), header = request.Headers["X-Test"].ToString() });
    }

    /// <summary>Records that it started, then runs until the request ends: a request in flight when the worker is killed.</summary>
    [Function(nameof(Slow))]
    public async Task<IActionResult> Slow([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "slow/{id}")] HttpRequest request, string id)
    {
        await records.CreateIfNotExistsAsync();
        await records.UploadBlobAsync($"slow/{id}", BinaryData.FromString(Environment.ProcessId.ToString()));
        await Task.Delay(Timeout.Infinite, request.HttpContext.RequestAborted);
        return new OkResult();
    }

    [Function(nameof(Throw))]
    public IActionResult Throw([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "throw")] HttpRequest request)
        => throw new InvalidOperationException("secret-connection-detail");
}
