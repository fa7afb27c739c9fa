using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bulletin.Tests.Infra;

/// <summary>Outputs end up in the deployment history and in azd's .env file: nothing secret may be in one.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class OutputsTemplateTests(BicepTemplate template)
{
    [Fact]
    public void No_output_of_any_module_reads_keys_secrets_or_secure_parameters()
    {
        var leaks =
            from t in template.Templates
            let secure = SecureParameters(t.Template)
            from o in t.Template["outputs"]?.AsObject() ?? []
            let value = o.Value!["value"]?.ToJsonString() ?? ""
            where ListFunction().IsMatch(value)
                || value.Contains("Microsoft.KeyVault/vaults/secrets", StringComparison.OrdinalIgnoreCase)
                || secure.Any(p => value.Contains($"parameters('{p}')", StringComparison.Ordinal))
                || ((string?)o.Value["type"])?.StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true
            select $"{t.Module}: {o.Key}";
        Assert.Empty(leaks);
    }

    [Fact]
    public void Deployment_outputs_hold_no_connection_string_or_secret()
    {
        Assert.DoesNotContain(Outputs().Select(o => o.Key), name => SecretLikeName().IsMatch(name));
    }

    [Fact]
    public void Function_app_name_is_an_output()
    {
        Assert.Contains("AZURE_FUNCTION_APP_NAME", Outputs().Select(o => o.Key));
    }

    [Theory]
    [InlineData("SENDGRID_INBOUND_PARSE_URL", "inbound/sendgrid")]
    [InlineData("SENDGRID_EVENT_WEBHOOK_URL", "sendgrid/events")]
    public void SendGrid_url_is_an_https_url_under_the_apps_route_prefix_without_a_secret(string output, string route)
    {
        var value = (string?)Assert.Single(Outputs(), o => o.Key == output).Value!["value"] ?? "";
        var prefix = (string?)JsonNode.Parse(File.ReadAllText(template.PathInRepository("host.json")))!["extensions"]?["http"]?["routePrefix"] ?? "api";
        Assert.Contains($"'https://{{0}}/{prefix}/{route}'", value, StringComparison.Ordinal);
        Assert.DoesNotContain("@", value, StringComparison.Ordinal);
    }

    private JsonObject Outputs() => template.Root["outputs"]!.AsObject();

    private static List<string> SecureParameters(JsonObject t) =>
        [.. (t["parameters"]?.AsObject() ?? []).Where(p => ((string?)p.Value!["type"])?.StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true).Select(p => p.Key)];

    [GeneratedRegex("\\blist[A-Za-z]*\\(", RegexOptions.IgnoreCase)]
    private static partial Regex ListFunction();

    [GeneratedRegex("CONNECTION_?STRING|SECRET|PASSWORD|API_?KEY|SIGNING|INSTRUMENTATION", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLikeName();
}
