using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Bulletin.Tests.Infra;

/// <summary>infra/main.bicep compiled once by the real bicep CLI (from the Azure.Bicep.CommandLine
/// package), with every resource of every module flattened into one list.</summary>
public sealed class BicepTemplate
{
    public BicepTemplate()
    {
        RepositoryRoot = Metadata("RepositoryRoot");
        var bicep = Metadata("BicepPath");
        EnsureExecutable(bicep);
        (ExitCode, Json, Diagnostics) = Run(bicep, "build", Path.Combine("infra", "main.bicep"), "--stdout");
        if (ExitCode == 0 && Json.Length > 0)
        {
            root = JsonNode.Parse(Json)!.AsObject();
            resources = [.. ResourcesOf(root, "main")];
        }
    }

    private readonly JsonObject? root;
    private readonly IReadOnlyList<TemplateResource>? resources;

    public string RepositoryRoot { get; }
    public int ExitCode { get; }
    /// <summary>What bicep printed on stderr: errors and linter findings, one per line.</summary>
    public string Diagnostics { get; }
    public string Json { get; }
    public JsonObject Root => root ?? throw NotCompiled();
    public IReadOnlyList<TemplateResource> Resources => resources ?? throw NotCompiled();

    public IEnumerable<TemplateResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public TemplateResource Single(string type) => Assert.Single(OfType(type));

    /// <summary>The main template and every module's template, with the module's name.</summary>
    public IEnumerable<(string Module, JsonObject Template)> Templates =>
        Resources.Where(r => r.Type == "Microsoft.Resources/deployments")
            .Select(r => (r.Module + "/" + r.Name, r.Json["properties"]!["template"]!.AsObject()))
            .Prepend(("main", Root));

    public TemplateResource FunctionApp => Single("Microsoft.Web/sites");

    /// <summary>The Function App's settings (its <c>config/appsettings</c> resource): name to value as compiled (often an
    /// ARM expression).</summary>
    public IReadOnlyDictionary<string, string> AppSettings =>
        Single("Microsoft.Web/sites/config").Properties!.AsObject().ToDictionary(s => s.Key, s => (string?)s.Value ?? "");

    public string PathInRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    private InvalidOperationException NotCompiled() =>
        new($"infra/main.bicep did not compile (bicep exited with {ExitCode}):\n{Diagnostics}");

    private static IEnumerable<TemplateResource> ResourcesOf(JsonObject template, string module)
    {
        // languageVersion 2.0 templates keep resources in an object keyed by symbolic name.
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject byName => byName.Select(p => p.Value!.AsObject()),
            _ => [],
        };
        foreach (var json in resources)
        {
            var resource = new TemplateResource(module, json);
            yield return resource;
            if (json["properties"]?["template"] is JsonObject nested)
                foreach (var inner in ResourcesOf(nested, module + "/" + resource.Name))
                    yield return inner;
        }
    }

    private (int, string, string) Run(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable, arguments)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bicep build did not finish within 3 minutes.");
        }
        return (process.ExitCode, stdout.Result, stderr.Result.Trim());
    }

    // NuGet keeps the file's mode from the package, but a copied cache may have lost the x bit.
    private static void EnsureExecutable(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"bicep CLI not found at {path}: restore the Azure.Bicep.CommandLine.linux-x64 package.", path);
        if (OperatingSystem.IsWindows())
            return;
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
    }

    private static string Metadata(string key) =>
        typeof(BicepTemplate).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing from Bulletin.Tests.csproj.");
}

/// <summary>One resource of the compiled template and the module it was declared in.</summary>
public sealed record TemplateResource(string Module, JsonObject Json)
{
    public string Type => (string)Json["type"]!;
    public string Name => (string)Json["name"]!;
    public JsonNode? Properties => Json["properties"];
}

[CollectionDefinition(Name)]
public sealed class InfraCollection : ICollectionFixture<BicepTemplate>
{
    public const string Name = "Compiled infra/main.bicep";
}
