using System.Diagnostics;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Infra;

/// <summary>infra/hooks/postprovision.sh run as azd runs it, against a stand-in Azure CLI (TestData/fake-az.sh) whose
/// Key Vault is a folder: what it creates, what it leaves alone, what it says.</summary>
public sealed class PostprovisionHookTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bulletin-hook-" + Guid.NewGuid().ToString("N"));
    private string Vault => Path.Combine(_root, "vault");

    public PostprovisionHookTests()
    {
        System.IO.Directory.CreateDirectory(Vault);
        var bin = System.IO.Directory.CreateDirectory(Path.Combine(_root, "bin")).FullName;
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "tests", "Bulletin.Tests", "Infra", "TestData", "fake-az.sh"), Path.Combine(bin, "az"));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(bin, "az"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
    }

    [Fact]
    public async Task Hook_creates_each_missing_generated_secret_with_64_random_hex_digits_and_leaves_an_existing_one_alone()
    {
        await File.WriteAllTextAsync(Path.Combine(Vault, "Inbound--Secret"), "the operator's own value");

        var (exit, output) = await RunHookAsync();

        Assert.Equal(0, exit);
        var signing = await File.ReadAllTextAsync(Path.Combine(Vault, "Links--SigningKey"));
        var admin = await File.ReadAllTextAsync(Path.Combine(Vault, "Bulletin--AdminKey"));
        Assert.Matches("^[0-9a-f]{64}$", signing);
        Assert.Matches("^[0-9a-f]{64}$", admin);
        Assert.NotEqual(signing, admin);
        Assert.Equal("the operator's own value", await File.ReadAllTextAsync(Path.Combine(Vault, "Inbound--Secret")));
        Assert.False(File.Exists(Path.Combine(Vault, "SendGrid--ApiKey")));
        Assert.Contains("SendGrid--ApiKey is not set yet", output);
        Assert.Contains("SendGrid__ApiKey", output);
    }

    [Fact]
    public async Task Running_the_hook_again_changes_no_secret_and_refreshes_the_references_each_time()
    {
        await RunHookAsync();
        var first = VaultContents();

        var (exit, _) = await RunHookAsync();

        Assert.Equal(0, exit);
        Assert.Equal(first, VaultContents());
        var refreshes = (await File.ReadAllLinesAsync(Vault + ".calls")).Where(c => c.StartsWith("rest --method post", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, refreshes.Count);
        Assert.All(refreshes, call => Assert.Contains(
            "--url /subscriptions/sub-1/resourceGroups/rg-prod/providers/Microsoft.Web/sites/func-bulletin-x/config/configreferences/appsettings/refresh?api-version=2022-03-01", call));
    }

    private Dictionary<string, string> VaultContents() =>
        System.IO.Directory.GetFiles(Vault).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    private async Task<(int Exit, string Output)> RunHookAsync()
    {
        var start = new ProcessStartInfo("sh", [Path.Combine(TestPaths.RepositoryRoot, "infra", "hooks", "postprovision.sh")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["PATH"] = Path.Combine(_root, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_VAULT"] = Vault;
        start.Environment["AZURE_KEY_VAULT_NAME"] = "kvbulletnx";
        start.Environment["AZURE_RESOURCE_GROUP"] = "rg-prod";
        start.Environment["AZURE_FUNCTION_APP_NAME"] = "func-bulletin-x";
        start.Environment["AZURE_SUBSCRIPTION_ID"] = "sub-1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await output + await error);
    }

    public void Dispose() => System.IO.Directory.Delete(_root, recursive: true);
}
