namespace Bulletin.Tests.Infra;

[Collection(InfraCollection.Name)]
public sealed class StorageTemplateTests(BicepTemplate template)
{
    [Fact]
    public void Storage_account_refuses_shared_keys_public_blobs_plain_http_and_old_tls()
    {
        var properties = template.Single("Microsoft.Storage/storageAccounts").Properties!;
        Assert.False((bool?)properties["allowSharedKeyAccess"]);
        Assert.False((bool?)properties["allowBlobPublicAccess"]);
        Assert.True((bool?)properties["supportsHttpsTrafficOnly"]);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void Blob_versioning_and_soft_delete_of_blobs_and_containers_are_on()
    {
        var properties = template.Single("Microsoft.Storage/storageAccounts/blobServices").Properties!;
        Assert.True((bool?)properties["isVersioningEnabled"]);
        Assert.True((bool?)properties["deleteRetentionPolicy"]?["enabled"]);
        Assert.True((bool?)properties["containerDeleteRetentionPolicy"]?["enabled"]);
    }

    [Fact]
    public void Published_issues_are_kept_write_once_for_a_retention_period_of_at_least_a_year()
    {
        var issues = Assert.Single(template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"), IsIssues);
        Assert.True((bool?)issues.Properties!["immutableStorageWithVersioning"]?["enabled"]);

        var policy = Assert.Single(template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies"), IsIssues);
        Assert.NotNull(policy.Properties!["immutabilityPeriodSinceCreationInDays"]);
        Assert.False((bool?)policy.Properties["allowProtectedAppendWrites"]);
        Assert.True((int?)template.Root["parameters"]!["issuesRetentionDays"]!["defaultValue"] >= 365);
    }

    [Fact]
    public void No_container_is_public()
    {
        var containers = template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();
        Assert.NotEmpty(containers);
        Assert.All(containers, c => Assert.Equal("None", (string?)c.Properties?["publicAccess"]));
    }

    [Fact]
    public void The_container_an_office_uploads_its_font_files_to_is_declared_private_and_without_worm()
    {
        var fonts = Assert.Single(template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"),
            c => c.Name.Contains($"'{new Bulletin.Issues.IssueFontOptions().Container}'", StringComparison.Ordinal));

        Assert.Equal("None", (string?)fonts.Properties?["publicAccess"]);
        Assert.Null(fonts.Properties?["immutableStorageWithVersioning"]); // a replaced font file replaces the old one
    }

    private static bool IsIssues(TemplateResource resource) => resource.Name.Contains("'issues'", StringComparison.Ordinal);
}
