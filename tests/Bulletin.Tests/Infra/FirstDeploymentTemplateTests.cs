using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bulletin.Tests.Infra;

/// <summary>What makes the first <c>azd up</c> safe and complete: the postprovision hook creates the secrets the template
/// refers to, azd prompts for the values no default could get right, and a locked retention policy survives re-provisioning.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class FirstDeploymentTemplateTests(BicepTemplate template)
{
    /// <summary>The secret only the operator can bring; every other one the hook generates.</summary>
    private const string OperatorSecret = "SendGrid--ApiKey";

    /// <summary>Parameters with no right default: azd prompts for each (README, deploy step).</summary>
    public static TheoryData<string, string> Required => new()
    {
        { "senderAddress", "SENDER_ADDRESS" },
        { "reviewReplyDomain", "REVIEW_REPLY_DOMAIN" },
        { "bulletinSignOffAddress", "BULLETIN_SIGN_OFF_ADDRESS" },
        { "bulletinSignOffName", "BULLETIN_SIGN_OFF_NAME" },
    };

    [Theory]
    [InlineData("posix", "sh")]
    [InlineData("windows", "pwsh")]
    public void Postprovision_hook_generates_every_secret_the_template_refers_to_except_the_SendGrid_key(string platform, string shell)
    {
        var script = File.ReadAllText(template.PathInRepository(HookScript(platform, shell)));
        var generated = SecretNames().Matches(Assert.Single(script.Split('\n'), l => GeneratedList().IsMatch(l))).Select(m => m.Value);
        var operators = SecretNames().Matches(Assert.Single(script.Split('\n'), l => OperatorList().IsMatch(l))).Select(m => m.Value);

        Assert.Equal(ReferencedSecrets().Except([OperatorSecret]).Order(), generated.Order());
        Assert.Equal([OperatorSecret], operators);
    }

    [Theory]
    [InlineData("posix", "sh")]
    [InlineData("windows", "pwsh")]
    public void Postprovision_hook_sets_a_secret_only_after_finding_it_missing_and_refreshes_the_references(string platform, string shell)
    {
        var script = File.ReadAllText(template.PathInRepository(HookScript(platform, shell)));
        var list = script.IndexOf("az keyvault secret list", StringComparison.Ordinal);
        var set = script.IndexOf("az keyvault secret set", StringComparison.Ordinal);
        Assert.True(list >= 0 && set > list, "the hook must list the existing secrets before it sets any");
        Assert.Single(Regex.Matches(script, "az keyvault secret set"));
        Assert.Contains("--file", script[set..script.IndexOf('\n', set)], StringComparison.Ordinal);
        Assert.Contains("/config/configreferences/appsettings/refresh", script, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Required))]
    public void Required_value_has_no_default_so_azd_prompts_for_it(string parameter, string variable)
    {
        var declared = template.Root["parameters"]![parameter]!;
        Assert.Null(declared["defaultValue"]);
        Assert.True((int?)declared["minLength"] >= 1, $"{parameter} must refuse an empty value");
        Assert.Equal($"${{{variable}}}", (string?)AzdParameters()[parameter]!["value"]);
    }

    [Fact]
    public void Issues_retention_lock_is_a_parameter_and_a_locked_policy_is_left_alone()
    {
        var locked = template.Root["parameters"]!["issuesRetentionLocked"]!;
        Assert.Equal("bool", (string?)locked["type"]);
        Assert.False((bool?)locked["defaultValue"]);
        Assert.Equal("${ISSUES_RETENTION_LOCKED=false}", (string?)AzdParameters()["issuesRetentionLocked"]!["value"]);
        var policy = Assert.Single(template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies"));
        Assert.Equal("[not(parameters('issuesRetentionLocked'))]", (string?)policy.Json["condition"]);
    }

    [Fact]
    public void Links_in_mail_start_with_the_host_name_Azure_gave_the_app()
    {
        Assert.Equal("[format('https://{0}', reference(resourceId('Microsoft.Web/sites', parameters('name')), '2024-11-01').defaultHostName)]",
            template.AppSettings["Links__PublicBaseUrl"]);
    }

    /// <summary>Key Vault secrets the app settings refer to, e.g. <c>Links--SigningKey</c>.</summary>
    private IEnumerable<string> ReferencedSecrets() =>
        template.AppSettings.Values.Where(v => v.Contains("@Microsoft.KeyVault(", StringComparison.Ordinal))
            .Select(v => SecretNames().Matches(v).Last().Value);

    // The run: line under hooks: postprovision: <platform>: in azure.yaml, after a shell: line naming the shell.
    private string HookScript(string platform, string shell)
    {
        var yaml = File.ReadAllText(template.PathInRepository("azure.yaml"));
        var match = Regex.Match(yaml, $@"^hooks:\n(?:[ #].*\n)*?  postprovision:\n(?:    .*\n)*?    {platform}:\n      shell: {shell}\n      run: (\S+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"azure.yaml has no postprovision hook for {platform} run by {shell}");
        return match.Groups[1].Value;
    }

    private JsonObject AzdParameters() =>
        JsonNode.Parse(File.ReadAllText(template.PathInRepository("infra", "main.parameters.json")))!["parameters"]!.AsObject();

    [GeneratedRegex("[A-Za-z]+--[A-Za-z]+")]
    private static partial Regex SecretNames();

    [GeneratedRegex("^\\$?GENERATED_?SECRETS\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex GeneratedList();

    [GeneratedRegex("^\\$?OPERATOR_?SECRETS\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex OperatorList();
}
