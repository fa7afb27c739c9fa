using System.Net;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.LocalHost;

/// <summary>Bodies over a limit get 413, as in Azure: the host's own (Azure's front end, 100 MB) before any function runs,
/// and the worker's Kestrel limit (the test app sets 50 MB) passed on rather than turned into 500.</summary>
[Collection(nameof(TestAppHostCollection))]
public sealed class RequestBodyLimitTests(TestAppHostFixture app)
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public async Task A_declared_body_over_the_hosts_100_MB_is_answered_413_before_it_is_sent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/echo") { Content = new FillerContent(100 * Megabyte + 1, chunked: false) };
        request.Headers.ExpectContinue = true;

        var response = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("100 MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_chunked_body_over_the_workers_own_limit_is_answered_413_not_500()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/echo") { Content = new FillerContent(51 * Megabyte, chunked: true) };

        var response = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>Bytes made as they are sent; without a length when chunked.</summary>
    private sealed class FillerContent(long length, bool chunked) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[81920];
            Array.Fill(chunk, (byte)'a');
            for (long sent = 0; sent < length;)
            {
                var size = (int)Math.Min(chunk.Length, length - sent);
                await stream.WriteAsync(chunk.AsMemory(0, size));
                sent += size;
            }
        }

        protected override bool TryComputeLength(out long size)
        {
            size = length;
            return !chunked;
        }
    }
}
