using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bulletin.Tests.Functions;
using Bulletin.Tests.Review;

namespace Bulletin.Tests.Api;

/// <summary><c>GET /api/openapi.json</c> from the running app, checked against the functions that exist (functions.metadata)
/// and against the structure OpenAPI 3.0 requires (there is no validator package here).</summary>
[Collection(nameof(ReviewHostCollection))]
public sealed partial class OpenApiDocumentTests(ReviewHostFixture app)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    [Fact]
    public async Task The_document_is_served_to_anyone_as_json()
    {
        var response = await app.Http.GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_document_lists_exactly_the_http_functions_of_the_built_app_each_under_its_name()
    {
        var document = await DocumentAsync();

        var listed = Operations(document).Select(o => (o.Path, o.Method)).Order().ToList();
        var built = HttpFunctionRules.All.SelectMany(f => f.Methods.Select(m => ("/" + RouteParameter().Replace(f.Route, "{$1}"), m))).Order().ToList();
        Assert.Equal(built, listed);
        foreach (var function in HttpFunctionRules.All)
            Assert.Contains(Operations(document), o => o.Operation["operationId"]!.ToString().Split('_')[0] == function.Name
                && o.Operation["x-caller"]!.ToString() == function.Rule);
    }

    [Fact]
    public async Task The_document_has_what_openapi_3_requires()
    {
        var document = await DocumentAsync();

        Assert.StartsWith("3.0.", document["openapi"]!.ToString());
        Assert.False(string.IsNullOrWhiteSpace(document["info"]?["title"]?.ToString()));
        Assert.False(string.IsNullOrWhiteSpace(document["info"]?["version"]?.ToString()));
        var operations = Operations(document);
        Assert.NotEmpty(operations);
        Assert.All(document["paths"]!.AsObject(), p => Assert.StartsWith("/", p.Key));
        Assert.All(document["paths"]!.AsObject(), p => Assert.All(p.Value!.AsObject(), m => Assert.Contains(m.Key, Methods)));
        var ids = operations.Select(o => o.Operation["operationId"]!.ToString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        foreach (var (path, _, operation) in operations)
        {
            var responses = operation["responses"]!.AsObject();
            Assert.NotEmpty(responses);
            Assert.All(responses, r => Assert.Matches("^([1-5][0-9][0-9]|default)$", r.Key));
            Assert.All(responses, r => Assert.False(string.IsNullOrEmpty(r.Value!["description"]?.ToString())));
            var parameters = operation["parameters"]!.AsArray().Select(p => p!.AsObject()).ToList();
            Assert.All(parameters, p => Assert.True(p["name"] is not null && p["in"] is not null && p["schema"] is not null, path));
            var declared = parameters.Where(p => p["in"]!.ToString() == "path").ToList();
            Assert.All(declared, p => Assert.True(p["required"]!.GetValue<bool>(), path));
            Assert.Equal(TemplateParameter().Matches(path).Select(m => m.Groups[1].Value).Order(), declared.Select(p => p["name"]!.ToString()).Order());
            Assert.All(operation["security"]!.AsArray(), requirement => Assert.All(requirement!.AsObject(), s => Assert.True(schemes.ContainsKey(s.Key), s.Key)));
        }
        Assert.All(References(document), reference => Assert.NotNull(Resolve(document, reference)));
    }

    [Fact]
    public async Task Operator_routes_ask_for_the_bearer_key_and_the_submission_routes_describe_their_fields()
    {
        var document = await DocumentAsync();

        var list = document["paths"]!["/submissions"]!["get"]!;
        var decide = document["paths"]!["/submissions/{id}/decision"]!["post"]!;
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["operatorKey"]!["scheme"]!.ToString());
        Assert.All(Operations(document).Where(o => o.Operation["x-caller"]!.ToString() == "Operator"),
            o => Assert.Equal("operatorKey", o.Operation["security"]![0]!.AsObject().Single().Key));
        Assert.Equal(["state", "unit", "from", "to"], list["parameters"]!.AsArray().Select(p => p!["name"]!.ToString()));
        var item = Resolve(document, list["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["items"]!["$ref"]!.ToString())!;
        Assert.Equal(["id", "unit", "title", "state", "submitter", "receivedAt"], item["required"]!.AsArray().Select(n => n!.ToString()));
        var body = Resolve(document, decide["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.ToString())!;
        Assert.Equal(["editor", "choice", "reason", "title", "text"], body["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["editor", "choice"], body["required"]!.AsArray().Select(n => n!.ToString()));
    }

    private async Task<JsonObject> DocumentAsync() => (await app.Http.GetFromJsonAsync<JsonObject>("/api/openapi.json"))!;

    private static List<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => (p.Key, m.Key, m.Value!.AsObject()))).ToList();

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" ? [p.Value!.ToString()] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    private static JsonNode? Resolve(JsonObject document, string reference) =>
        reference.TrimStart('#', '/').Split('/').Aggregate((JsonNode?)document, (node, part) => node?[part]);

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex TemplateParameter();
}
