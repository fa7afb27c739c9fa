using Bulletin.Functions.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Api;

/// <summary><c>GET /api/openapi.json</c>: the OpenAPI 3 document of every HTTP function, made once from the code.
/// Anyone may read it: it lists routes and shapes, which the public repository shows anyway, and no key or data.</summary>
public sealed class GetOpenApiDocument
{
    private static readonly Lazy<string> Document =
        new(() => OpenApiDocument.Build(HttpFunctionCatalog.In(typeof(GetOpenApiDocument).Assembly)).ToJsonString());

    [Function(nameof(GetOpenApiDocument))]
    [CallerRule(Caller.Public)]
    [ApiOperation("本文档：应用全部 HTTP 接口的 OpenAPI 3 描述（由代码生成）")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        new ContentResult { Content = Document.Value, ContentType = "application/json; charset=utf-8", StatusCode = StatusCodes.Status200OK };
}
