using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bulletin.Functions.Pipeline;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Api;

/// <summary>The OpenAPI 3.0 document of the app's HTTP functions, made from the code (<see cref="HttpFunctionCatalog"/>):
/// a path per route (under the server <c>/api</c>, host.json's route prefix), an operation per method, the caller rule
/// as its security, and schemas from <see cref="ApiOperationAttribute"/>'s types.</summary>
internal static partial class OpenApiDocument
{
    private const string Json = "application/json", Problem = "application/problem+json", Page = "text/html";

    public static JsonObject Build(IReadOnlyList<HttpFunction> functions)
    {
        var schemas = new OpenApiSchemas();
        var problem = schemas.For(typeof(ProblemDetails));
        var paths = new JsonObject();
        foreach (var function in functions)
        {
            var path = "/" + Parameter().Replace(function.Route, m => $"{{{m.Groups["name"].Value}}}");
            var item = paths[path] as JsonObject ?? (JsonObject)(paths[path] = new JsonObject());
            foreach (var method in function.Methods)
                item[method] = Operation(function, method, schemas, problem);
        }
        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "上街信息 — bulletin API",
                ["version"] = typeof(OpenApiDocument).Assembly.GetName().Version?.ToString() ?? "1.0",
                ["description"] = "Every HTTP function of the Function App, generated from its code. Scripts use the operator key " +
                    "(Authorization: Bearer <Bulletin:AdminKey>); errors are RFC 9457 problem details. 签发 is not in the API.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/api" }),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas.Components, ["securitySchemes"] = CallerSecurity.Schemes() },
        };
    }

    private static JsonObject Operation(HttpFunction function, string method, OpenApiSchemas schemas, JsonObject problem)
    {
        var rule = function.Rule?.Caller ?? Caller.Public;
        var forPeople = function.Rule?.ForPeople ?? false;
        var described = function.Operation;
        var success = new JsonObject { ["description"] = "成功" };
        if (described?.Response is { } response)
            success["content"] = Content(Json, schemas.For(response));
        else if (forPeople)
            success["content"] = Content(Page, new JsonObject { ["type"] = "string" });
        var responses = new JsonObject { [(described?.Status ?? 200).ToString()] = success };
        if (CallerSecurity.IsChecked(rule))
            responses["401"] = new JsonObject { ["description"] = "没有或不对的凭据" };
        if (!forPeople)
            responses["default"] = new JsonObject { ["description"] = "问题详情（RFC 9457）", ["content"] = Content(Problem, problem.DeepClone()) };

        var operation = new JsonObject
        {
            ["operationId"] = function.Methods.Count == 1 ? function.Name : $"{function.Name}_{method}",
            ["summary"] = described?.Summary ?? function.Name,
            ["description"] = CallerSecurity.Describe(rule),
            ["tags"] = new JsonArray(function.Feature),
            ["x-caller"] = rule.ToString(),
            ["parameters"] = Parameters(function),
            ["responses"] = responses,
            ["security"] = CallerSecurity.Requirement(rule),
        };
        if (described?.Request is { } request)
            operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Content(Json, schemas.For(request)) };
        return operation;
    }

    private static JsonArray Parameters(HttpFunction function)
    {
        var parameters = new JsonArray();
        foreach (Match match in Parameter().Matches(function.Route))
        {
            var name = match.Groups["name"].Value;
            var type = function.Method.GetParameters().FirstOrDefault(p => p.Name == name)?.ParameterType;
            var integer = type == typeof(int) || type == typeof(long);
            parameters.Add(new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = integer ? "integer" : "string" } });
        }
        foreach (var query in function.Operation?.Query ?? [])
        {
            var (name, meaning) = query.IndexOf(':') is var colon and > 0 ? (query[..colon].Trim(), query[(colon + 1)..].Trim()) : (query.Trim(), "");
            parameters.Add(new JsonObject { ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = meaning, ["schema"] = new JsonObject { ["type"] = "string" } });
        }
        return parameters;
    }

    private static JsonObject Content(string mediaType, JsonNode schema) => new() { [mediaType] = new JsonObject { ["schema"] = schema } };

    /// <summary>A route parameter as the Functions host writes it: <c>{id}</c>, <c>{id:int}</c>, <c>{id?}</c>, <c>{*rest}</c>.</summary>
    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex Parameter();
}
