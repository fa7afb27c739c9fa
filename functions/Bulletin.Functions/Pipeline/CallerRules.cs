using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Pipeline;

/// <summary>Finds the <see cref="CallerRuleAttribute"/> of the method a function's entry point names, or of its class.</summary>
internal static class CallerRules
{
    private static readonly ConcurrentDictionary<string, CallerRuleAttribute?> ByEntryPoint = new();

    public static bool IsHttp(FunctionContext context) =>
        context.FunctionDefinition.InputBindings.Values.Any(b => b.Type.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase));

    public static CallerRuleAttribute? Of(FunctionDefinition function) => ByEntryPoint.GetOrAdd(function.EntryPoint, static entryPoint =>
    {
        var dot = entryPoint.LastIndexOf('.');
        var type = typeof(CallerRules).Assembly.GetType(entryPoint[..dot]);
        var method = type?.GetMethod(entryPoint[(dot + 1)..], BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
        return method?.GetCustomAttribute<CallerRuleAttribute>() ?? type?.GetCustomAttribute<CallerRuleAttribute>();
    });
}
