using System.Text.Json.Nodes;
using Bulletin.LocalHost;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Health;

/// <summary>The bulletin app started with a settings file in which every secret setting holds what App Service leaves
/// there when it cannot resolve a Key Vault reference: the reference's own text.</summary>
public sealed class UnresolvedSecretsHostFixture : IAsyncLifetime
{
    private const string Vault = "https://kvbulletn4x7q2m9c.vault.azure.net/secrets/";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bulletin-unresolved-" + Guid.NewGuid().ToString("N"));

    /// <summary>Each secret setting and the text it holds, which anyone who knows the app's host name can write out.</summary>
    public static readonly IReadOnlyDictionary<string, string> References = new[] { "SendGrid__ApiKey", "Links__SigningKey", "Inbound__Secret", "Bulletin__AdminKey" }
        .ToDictionary(s => s, s => $"@Microsoft.KeyVault(SecretUri={Vault}{s.Replace("__", "--", StringComparison.Ordinal)})");

    public LocalFunctionsHost Host { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(_directory);
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(TestPaths.SampleSettingsFile))!;
        foreach (var (setting, reference) in References)
            settings["Values"]![setting] = reference;
        var file = Path.Combine(_directory, "local.settings.json");
        await File.WriteAllTextAsync(file, settings.ToJsonString());
        var options = LocalHostFixture.OptionsFor(TestPaths.FunctionAppDirectory, new Dictionary<string, string>(), Path.Combine(_directory, "outbox"));
        Host = await LocalFunctionsHost.StartAsync(options with { SettingsFile = file });
        Http = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        System.IO.Directory.Delete(_directory, recursive: true);
    }
}
