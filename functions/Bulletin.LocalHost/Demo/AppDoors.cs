using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bulletin.LocalHost.Demo;

/// <summary>The app's public doors as a script uses them: mail in through SendGrid's inbound post (basic auth), the
/// operator API (Bearer key), forms behind mailed links. Shared by <c>--demo</c> and <c>generate-history</c>.</summary>
public sealed class AppDoors(HttpClient http, IReadOnlyDictionary<string, string> settings)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(2);

    public HttpClient Http => http;
    public string Base => http.BaseAddress!.ToString().TrimEnd('/');

    /// <summary>Posts a mail as SendGrid's Inbound Parse does (multipart, parsed mode).</summary>
    public async Task MailInAsync(string from, string subject, string text,
        (string Name, string Type, byte[] Content)[] attachments, string messageId, CancellationToken cancellationToken)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent($"Message-ID: <demo-{messageId}@example.org>\r\nFrom: {from}\r\nSubject: {subject}\r\n"), "headers" },
            { new StringContent("tougao@example.org"), "to" }, { new StringContent(from), "from" },
            { new StringContent(subject), "subject" }, { new StringContent(text), "text" },
            { new StringContent("pass"), "SPF" }, { new StringContent("{@example.org : pass}"), "dkim" },
            { new StringContent("""{"to":"UTF-8","from":"UTF-8","subject":"UTF-8","text":"UTF-8"}"""), "charsets" },
            { new StringContent(attachments.Length.ToString()), "attachments" },
        };
        if (attachments.Length > 0)
        {
            var info = attachments.Select((a, i) => ($"attachment{i + 1}", new { filename = a.Name, name = a.Name, type = a.Type })).ToDictionary(p => p.Item1, p => p.Item2);
            form.Add(new StringContent(JsonSerializer.Serialize(info)), "attachment-info");
            for (var i = 0; i < attachments.Length; i++)
                form.Add(new ByteArrayContent(attachments[i].Content) { Headers = { ContentType = new MediaTypeHeaderValue(attachments[i].Type) } }, $"attachment{i + 1}", attachments[i].Name);
        }
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/inbound/sendgrid") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("sendgrid:" + Setting("Inbound__Secret"))));
        await Expect(await http.SendAsync(request, cancellationToken), $"the mail from {from}", cancellationToken);
    }

    /// <summary>Opens a mailed link (a GET changes nothing) and presses its button, as a person does.</summary>
    public async Task FollowFormAsync(string link, KeyValuePair<string, string>[] fields, string what, CancellationToken cancellationToken)
    {
        var page = await (await http.GetAsync(link, cancellationToken)).Content.ReadAsStringAsync(cancellationToken);
        var form = new FormUrlEncodedContent(fields.Prepend(new("proof", DemoOutbox.ProofOf(page))));
        await Expect(await http.PostAsync(link, form, cancellationToken), what, cancellationToken);
    }

    /// <summary>An operator API request (the operator key as bearer), with a JSON body if given.</summary>
    public HttpRequestMessage Operator(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Setting("Bulletin__AdminKey"));
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return request;
    }

    public string Setting(string name) =>
        settings.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : throw new DemoFailedException($"The setting {name} is not set.");

    public async Task<T> ReadJsonAsync<T>(HttpRequestMessage request, string what, CancellationToken cancellationToken) where T : JsonNode
    {
        var response = await http.SendAsync(request, cancellationToken);
        await Expect(response, what, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken) ?? throw new DemoFailedException($"{what}: the answer was empty.");
    }

    /// <summary>Sends an operator request and throws naming <paramref name="what"/> unless it succeeded.</summary>
    public async Task SendAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken) =>
        await Expect(await http.SendAsync(request, cancellationToken), what, cancellationToken);

    public static async Task Expect(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
            throw new DemoFailedException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    /// <summary>Probes until it finds something, for at most two minutes.</summary>
    public static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, string what, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StepTimeout);
        while (true)
        {
            if (await probe() is { } found)
                return found;
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new DemoFailedException($"{what} did not arrive within {StepTimeout.TotalMinutes:0} minutes.");
            }
        }
    }
}
