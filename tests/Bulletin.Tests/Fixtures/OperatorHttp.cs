using System.Net.Http.Headers;

namespace Bulletin.Tests.Fixtures;

/// <summary>Requests as an operator script sends them, with the sample settings' operator key.</summary>
public static class OperatorHttp
{
    public const string Key = "local-operator-key-not-for-azure";

    public static Task<HttpResponseMessage> SendAsOperatorAsync(this HttpClient http, HttpMethod method, string url, HttpContent? content = null, string key = Key)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http.SendAsync(request);
    }
}
