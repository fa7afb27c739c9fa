using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SendGrid;

namespace Bulletin.Tests.Fixtures;

/// <summary>The real SendGrid client whose mail/send is answered 202 in process, every request body kept in
/// <paramref name="sent"/>: for service tests on Azurite that run without the local host's stand-in.</summary>
internal static class RecordingSendGrid
{
    public static ISendGridClient Client(ConcurrentQueue<JsonNode> sent) =>
        new SendGridClient(new HttpClient(new RecordingHandler(sent)), new SendGridClientOptions { ApiKey = "test" });

    private sealed class RecordingHandler(ConcurrentQueue<JsonNode> sent) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.Enqueue(JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!);
            return new HttpResponseMessage(System.Net.HttpStatusCode.Accepted);
        }
    }
}
