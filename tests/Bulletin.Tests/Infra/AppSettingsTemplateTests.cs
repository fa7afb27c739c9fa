using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bulletin.Tests.Infra;

/// <summary>The Function App's settings in Azure against local.settings.sample.json, which lists every
/// setting the app reads: a setting added there and forgotten in infra/ fails here.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class AppSettingsTemplateTests(BicepTemplate template)
{
    /// <summary>Sample settings Azure must not have under the same name, and why.</summary>
    private static readonly Dictionary<string, string> LocalOnly = new()
    {
        ["FUNCTIONS_WORKER_RUNTIME"] = "Flex Consumption takes it from functionAppConfig.runtime and rejects the setting",
        ["AzureWebJobsStorage"] = "a connection string locally; Azure uses the identity-based AzureWebJobsStorage__accountName",
        ["SendGrid__Host"] = "points at the local mail sink; absent in Azure means SendGrid itself",
        ["Directory__LoadDemoData"] = "loads the demo directory of fictional people; never wanted in Azure",
    };

    /// <summary>Settings that hold secrets; features added later read the last three.</summary>
    public static TheoryData<string> Secrets => ["SendGrid__ApiKey", "Links__SigningKey", "Inbound__Secret", "Bulletin__AdminKey"];

    [Fact]
    public void Every_sample_setting_is_set_in_Azure_unless_it_is_local_only()
    {
        var missing = SampleSettings().Keys.Except(LocalOnly.Keys).Except(template.AppSettings.Keys);
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_local_only_exception_is_still_a_sample_setting()
    {
        Assert.Empty(LocalOnly.Keys.Except(SampleSettings().Keys));
    }

    [Fact]
    public void No_local_only_setting_is_set_in_Azure()
    {
        Assert.Empty(LocalOnly.Keys.Intersect(template.AppSettings.Keys));
    }

    [Fact]
    public void Worker_runtime_in_Azure_is_the_one_the_sample_runs_locally()
    {
        var runtime = (string?)template.FunctionApp.Properties!["functionAppConfig"]!["runtime"]!["name"];
        Assert.Equal(SampleSettings()["FUNCTIONS_WORKER_RUNTIME"], runtime);
    }

    [Fact]
    public void Storage_is_reached_with_the_managed_identity_and_never_with_a_key()
    {
        var settings = template.AppSettings;
        Assert.Contains("AzureWebJobsStorage__accountName", settings.Keys);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.False(string.IsNullOrEmpty(settings["AzureWebJobsStorage__clientId"]));
        Assert.DoesNotContain(settings.Keys, k => k == "AzureWebJobsStorage" || k.StartsWith("WEBSITE_CONTENTAZUREFILE", StringComparison.Ordinal));
        Assert.DoesNotContain(settings.Values, v => KeyMaterial().IsMatch(v));
        Assert.DoesNotMatch(KeyMaterial(), template.Json);
    }

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Secret_setting_is_a_key_vault_reference_to_the_secret_named_after_it(string setting)
    {
        var value = Assert.Contains(setting, template.AppSettings);
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", value, StringComparison.Ordinal);
        // infra/README.md tells the operator to set the secret under this name.
        Assert.Contains(setting.Replace("__", "--", StringComparison.Ordinal) + ")", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_setting_named_like_a_secret_is_a_key_vault_reference()
    {
        var plain = template.AppSettings.Where(s => SecretName().IsMatch(s.Key) && !s.Value.Contains("@Microsoft.KeyVault(", StringComparison.Ordinal));
        Assert.Empty(plain.Select(s => s.Key));
    }

    [Fact]
    public void Application_Insights_is_reached_with_the_managed_identity()
    {
        var settings = template.AppSettings;
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", settings.Keys);
        Assert.Contains("Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
        Assert.Contains("ClientId=", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
    }

    private Dictionary<string, string> SampleSettings()
    {
        var sample = JsonNode.Parse(File.ReadAllText(template.PathInRepository("local.settings.sample.json")))!;
        return sample["Values"]!.AsObject().ToDictionary(p => p.Key, p => (string?)p.Value ?? "");
    }

    [GeneratedRegex("AccountKey=|SharedAccessSignature=|listKeys\\(|listAccountSas\\(", RegexOptions.IgnoreCase)]
    private static partial Regex KeyMaterial();

    [GeneratedRegex("(ApiKey|Secret|SigningKey|AdminKey|Password)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
