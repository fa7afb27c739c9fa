using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bulletin.Dashboard;
using Bulletin.Security;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Health;

/// <summary>Until Azure resolves the Key Vault references, the app serves, but the reference text opens nothing:
/// everything that needs a secret answers 503 naming its setting, and health says which settings to fix.</summary>
public sealed class UnresolvedSecretsTests(UnresolvedSecretsHostFixture app) : IClassFixture<UnresolvedSecretsHostFixture>
{
    private static string Reference(string setting) => UnresolvedSecretsHostFixture.References[setting];

    [Fact]
    public async Task Health_answers_503_naming_each_secret_setting_that_is_an_unresolved_key_vault_reference()
    {
        var response = await app.Http.GetAsync("/api/health");

        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(["SendGrid__ApiKey", "Links__SigningKey", "Inbound__Secret", "Bulletin__AdminKey"],
            json!["unresolvedSecrets"]!.AsArray().Select(s => (string)s!));
        Assert.False(json["mailConfigured"]!.GetValue<bool>());
        Assert.True(json["storageReachable"]!.GetValue<bool>());
        Assert.Contains("SendGrid--ApiKey", (string)json["secretsAdvice"]!);
        Assert.DoesNotContain("vault.azure.net", json.ToJsonString());
    }

    [Fact]
    public async Task The_reference_text_as_operator_key_is_refused_with_503_naming_the_setting()
    {
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/directory", key: Reference("Bulletin__AdminKey"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Bulletin__AdminKey", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Inbound_mail_with_the_reference_text_as_password_is_refused_so_SendGrid_retries_it_later()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/inbound/sendgrid")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["from"] = "chen.jing@example.org", ["subject"] = "稿件", ["text"] = "正文" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("bulletin:" + Reference("Inbound__Secret"))));

        var response = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Inbound__Secret", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_sign_in_link_signed_with_the_reference_text_signs_no_one_in()
    {
        var forged = Sign(new LinkClaims(DashboardSignInLinks.Purpose, "dashboard", 0, DateTimeOffset.UtcNow.AddMinutes(30), "hao.jie@example.org"),
            Reference("Links__SigningKey"));

        var response = await app.Http.GetAsync($"/api/dashboard/session?token={forged}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("Links__SigningKey", await response.Content.ReadAsStringAsync());
    }

    // A link token as LinkSigner makes one: base64url(claims JSON) "." base64url(HMAC-SHA256 of that under the key).
    private static string Sign(LinkClaims claims, string key)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
        return $"{payload}.{Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(payload)))}";
    }
}
