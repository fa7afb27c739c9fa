using Bulletin.LocalHost.Demo;
using Bulletin.LocalHost.Settings;

namespace Bulletin.LocalHost.History;

/// <summary><c>dotnet run --project functions/Bulletin.LocalHost -- generate-history --years 5</c>: fills the running local host
/// with years of history, using the operator key and inbound secret of local.settings.json.</summary>
public static class GenerateHistoryCommand
{
    public const string Name = "generate-history";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        HistoryOptions options;
        try { options = HistoryOptions.Parse(args); }
        catch (ArgumentException ex)
        {
            output.WriteLine(ex.Message);
            return 2;
        }
        var settings = LocalSettingsFile.LoadOrCreate(new LocalHostOptions().RepositoryRoot, output.WriteLine);
        using var http = new HttpClient { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromMinutes(5) };
        try
        {
            await new HistoryGenerator(http, settings, output).RunAsync(options, CancellationToken.None);
            return 0;
        }
        catch (HttpRequestException ex)
        {
            output.WriteLine($"No local host answers at {options.Url} ({ex.Message}): start it first with 'dotnet run --project functions/Bulletin.LocalHost'.");
            return 1;
        }
        catch (DemoFailedException ex)
        {
            output.WriteLine($"History failed: {ex.Message}");
            return 1;
        }
    }
}
