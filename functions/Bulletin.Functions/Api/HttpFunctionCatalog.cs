using System.Reflection;
using Bulletin.Functions.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Api;

/// <summary>One HTTP function of the app as its code declares it: name, route, methods, who may call it, and the optional
/// <see cref="ApiOperationAttribute"/>.</summary>
internal sealed record HttpFunction(string Name, string Route, IReadOnlyList<string> Methods, CallerRuleAttribute? Rule,
    ApiOperationAttribute? Operation, MethodInfo Method)
{
    /// <summary>The feature folder the function's class lives in (Review, Intake, …), for grouping.</summary>
    public string Feature => Method.DeclaringType!.Namespace!.Split('.')[^1];
}

/// <summary>Every HTTP-triggered function in an assembly, found by reflection as the worker's indexer finds them
/// (<c>[Function]</c> on a method with an <c>[HttpTrigger]</c> parameter), so a new function is listed without more work.</summary>
internal static class HttpFunctionCatalog
{
    /// <summary>What the Functions host accepts when a trigger names no methods.</summary>
    private static readonly string[] AnyMethod = ["get", "post", "put", "delete", "patch", "head", "options"];

    public static IReadOnlyList<HttpFunction> In(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>(),
                Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(f => f.Function is not null && f.Trigger is not null)
            .Select(f => new HttpFunction(f.Function!.Name, (f.Trigger!.Route ?? f.Function.Name).Trim('/'),
                f.Trigger.Methods is { Length: > 0 } methods ? methods.Select(m => m.ToLowerInvariant()).ToList() : AnyMethod,
                f.Method.GetCustomAttribute<CallerRuleAttribute>() ?? f.Method.DeclaringType!.GetCustomAttribute<CallerRuleAttribute>(),
                f.Method.GetCustomAttribute<ApiOperationAttribute>(), f.Method))
            .OrderBy(f => f.Route, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
}
