namespace Bulletin.Functions.Api;

/// <summary>Optional words and shapes for an HTTP function's entry in <c>/api/openapi.json</c>; a function without it is
/// still listed (route, methods, who may call it). Schemas are made from <see cref="Request"/> and <see cref="Response"/>.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ApiOperationAttribute(string summary) : Attribute
{
    public string Summary { get; } = summary;

    /// <summary>The JSON body's type, if the function reads one.</summary>
    public Type? Request { get; init; }

    /// <summary>The JSON answer's type on success (an array type for a list).</summary>
    public Type? Response { get; init; }

    /// <summary>The status of a success; 200 unless said.</summary>
    public int Status { get; init; } = 200;

    /// <summary>Query parameters, each "name: what it means".</summary>
    public string[] Query { get; init; } = [];
}
