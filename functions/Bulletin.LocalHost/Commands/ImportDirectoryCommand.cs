using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Bulletin.LocalHost.Settings;

namespace Bulletin.LocalHost.Commands;

/// <summary><c>dotnet run --project functions/Bulletin.LocalHost -- import-directory FILE [--urls URL]</c>: sends a
/// directory file to a running local host's <c>POST /api/directory/import</c> with the operator key from local.settings.json.</summary>
public static class ImportDirectoryCommand
{
    public const string Name = "import-directory";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var file = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--"));
        var urlIndex = Array.IndexOf(args, "--urls");
        var baseUrl = urlIndex >= 0 && urlIndex + 1 < args.Length ? args[urlIndex + 1] : "http://localhost:7071";
        if (file is null || !File.Exists(file))
        {
            output.WriteLine($"Usage: {Name} <file.xlsx|file.csv> [--urls http://localhost:7071]  (file not found: {file})");
            return 2;
        }

        var settings = LocalSettingsFile.LoadOrCreate(new LocalHostOptions().RepositoryRoot, output.WriteLine);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        using var content = new StreamContent(File.OpenRead(file));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/directory/import?fileName={Uri.EscapeDataString(Path.GetFileName(file))}") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.GetValueOrDefault("Bulletin__AdminKey", ""));
        HttpResponseMessage response;
        try { response = await http.SendAsync(request); }
        catch (HttpRequestException ex)
        {
            output.WriteLine($"No local host answers at {baseUrl} ({ex.Message}): start it first with 'dotnet run --project functions/Bulletin.LocalHost'.");
            return 1;
        }

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync() is { Length: > 0 } text ? text : "{}")!;
        if (response.IsSuccessStatusCode)
        {
            output.WriteLine($"{body["status"]}: {body["units"]} units, {body["people"]} people, {body["groups"]} groups (version {body["version"]}).");
            return 0;
        }
        output.WriteLine($"{(int)response.StatusCode} {body["title"]} {body["detail"]}");
        foreach (var error in body["errors"]?.AsArray() ?? [])
            output.WriteLine($"  {error!["message"]}");
        return 1;
    }
}
