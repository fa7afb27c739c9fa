using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bulletin.LocalHost.Settings;

/// <summary>The <c>Values</c> of local.settings.json, which become the worker's environment as in Core Tools.</summary>
public static class LocalSettingsFile
{
    public const string FileName = "local.settings.json";
    public const string SampleFileName = "local.settings.sample.json";

    /// <summary>Reads local.settings.json, first copying the sample to it if it does not exist yet. Settings the
    /// sample has gained since the file was made are taken from the sample, with a line saying so.</summary>
    public static IReadOnlyDictionary<string, string> LoadOrCreate(string repositoryRoot, Action<string> log)
    {
        var path = Path.Combine(repositoryRoot, FileName);
        var sample = Path.Combine(repositoryRoot, SampleFileName);
        if (!File.Exists(path))
        {
            if (!File.Exists(sample))
                throw new FileNotFoundException($"Neither {FileName} nor {SampleFileName} was found in {repositoryRoot}.");
            File.Copy(sample, path);
            log($"Created {FileName} from {SampleFileName}; edit it to change local settings (it is git-ignored).");
        }
        var settings = new Dictionary<string, string>(Read(path));
        if (File.Exists(sample))
            foreach (var (key, value) in Read(sample).Where(s => !settings.ContainsKey(s.Key)))
            {
                settings[key] = value;
                log($"{FileName} has no '{key}': using the sample's value (copy it into {FileName} to change it).");
            }
        return settings;
    }

    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException ex) { throw new InvalidOperationException($"{path} is not valid JSON: {ex.Message}", ex); }
        var values = root?["Values"] as JsonObject
            ?? throw new InvalidOperationException($"{path} has no \"Values\" object.");
        return values.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "");
    }
}
