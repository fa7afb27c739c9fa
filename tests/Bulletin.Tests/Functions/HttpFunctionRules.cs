using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Functions;

/// <summary>Every HTTP function of the built app (from <c>functions.metadata</c>) with the caller rule its code declares,
/// read by reflection from the built assembly loaded as the worker loads it, in a load context of its own.</summary>
internal static class HttpFunctionRules
{
    /// <summary>The rules the worker's middleware checks before the function runs.</summary>
    public static readonly string[] Guarded = ["Editor", "Operator", "Unit", "OperatorOrUnit", "InboundSecret"];

    public sealed record HttpFunction(string Name, string Route, IReadOnlyList<string> Methods, string? Rule);

    public static IReadOnlyList<HttpFunction> All { get; } = Read();

    private static List<HttpFunction> Read()
    {
        var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.FunctionAppDirectory, "functions.metadata")))!.AsArray();
        var app = new AppLoadContext(Path.Combine(TestPaths.FunctionAppDirectory, "Bulletin.Functions.dll"));
        var assembly = app.LoadFromAssemblyPath(Path.Combine(TestPaths.FunctionAppDirectory, "Bulletin.Functions.dll"));
        return metadata.Select(f => f!.AsObject())
            .Select(f => (Function: f, Trigger: f["bindings"]!.AsArray().Select(b => b!.AsObject()).FirstOrDefault(b => b["type"]!.ToString() == "httpTrigger")))
            .Where(f => f.Trigger is not null)
            .Select(f => new HttpFunction(f.Function["name"]!.ToString(), f.Trigger!["route"]!.ToString(),
                f.Trigger["methods"]!.AsArray().Select(m => m!.ToString()).ToList(), RuleOf(assembly, f.Function["entryPoint"]!.ToString())))
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    private static string? RuleOf(Assembly assembly, string entryPoint)
    {
        var dot = entryPoint.LastIndexOf('.');
        var type = assembly.GetType(entryPoint[..dot], throwOnError: true)!;
        var method = type.GetMethod(entryPoint[(dot + 1)..])!;
        var rule = method.GetCustomAttributesData().Concat(type.GetCustomAttributesData()).FirstOrDefault(a => a.AttributeType.Name == "CallerRuleAttribute");
        return rule is null ? null : Enum.GetName(rule.ConstructorArguments[0].ArgumentType, rule.ConstructorArguments[0].Value!);
    }

    private sealed class AppLoadContext(string mainAssembly) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName name) =>
            _resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
