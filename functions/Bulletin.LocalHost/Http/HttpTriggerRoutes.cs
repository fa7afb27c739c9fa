using Bulletin.LocalHost.Worker;
using Microsoft.AspNetCore.Routing.Template;

namespace Bulletin.LocalHost.Http;

/// <summary>The HTTP functions' routes under host.json's prefix, matched most specific first, as the Functions host does.</summary>
internal sealed class HttpTriggerRoutes
{
    private readonly List<(FunctionDefinition Function, TemplateMatcher Matcher, HashSet<string>? Methods)> _routes;

    public HttpTriggerRoutes(IEnumerable<FunctionDefinition> functions, string routePrefix)
    {
        _routes = functions.Where(f => f.IsHttp)
            .Select(f =>
            {
                var route = (f.Property("route") ?? f.Name).Trim('/');
                var template = TemplateParser.Parse(string.IsNullOrEmpty(routePrefix) ? route : $"{routePrefix}/{route}");
                var methods = f.Trigger["methods"]?.AsArray().Select(m => m!.ToString().ToUpperInvariant()).ToHashSet();
                return (f, new TemplateMatcher(template, new RouteValueDictionary()), methods is { Count: > 0 } ? methods : null, template);
            })
            .OrderBy(r => r.template.Segments.Any(s => s.Parts.Any(p => p.IsCatchAll)))
            .ThenBy(r => r.template.Parameters.Count)
            .ThenByDescending(r => r.template.Segments.Count)
            .Select(r => (r.f, r.Item2, r.Item3))
            .ToList();
    }

    public IEnumerable<(string Function, string Template)> Describe() =>
        _routes.Select(r => (r.Function.Name, "/" + r.Matcher.Template.TemplateText));

    /// <summary>Finds the function for a request; <paramref name="methodNotAllowed"/> tells a path match with the wrong method.</summary>
    public FunctionDefinition? Match(string method, PathString path, RouteValueDictionary values, out bool methodNotAllowed)
    {
        methodNotAllowed = false;
        foreach (var (function, matcher, methods) in _routes)
        {
            values.Clear();
            if (!matcher.TryMatch(path, values))
                continue;
            if (methods is null || methods.Contains(method.ToUpperInvariant()))
                return function;
            methodNotAllowed = true;
        }
        values.Clear();
        return null;
    }
}
