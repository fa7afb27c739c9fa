using System.Net;
using System.Net.Http.Json;

namespace Bulletin.Tests.LocalHost.MailSink;

/// <summary>Throttle mode of the stand-in, as the sending pipeline meets SendGrid's rate limit: 429 with Retry-After.</summary>
public sealed class MailSendThrottleTests(MailSinkFixture sink) : IClassFixture<MailSinkFixture>
{
    [Fact]
    public async Task The_next_N_requests_get_429_with_Retry_After_and_nothing_is_stored_then_mail_is_accepted_again()
    {
        var stored = sink.StoredFileCount();
        var set = await sink.Http.PostAsJsonAsync("/dev/sendgrid/throttle", new { requests = 2, retryAfterSeconds = 7 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var first = await sink.Client().SendEmailAsync(MailSinkFixture.ValidMail());
        var second = await sink.Client().SendEmailAsync(MailSinkFixture.ValidMail());
        var third = await sink.Client().SendEmailAsync(MailSinkFixture.ValidMail());

        foreach (var throttled in new[] { first, second })
        {
            Assert.Equal(TimeSpan.FromSeconds(7), throttled.Headers.RetryAfter?.Delta);
            var (status, errors) = await SendGridResponses.ErrorsOf(throttled);
            Assert.Equal(HttpStatusCode.TooManyRequests, status);
            Assert.Equal(("too many requests", (string?)null), Assert.Single(errors));
        }
        Assert.Equal(HttpStatusCode.Accepted, third.StatusCode);
        Assert.Equal(stored + 1, sink.StoredFileCount());
    }

    [Fact]
    public async Task Zero_requests_clears_the_throttle()
    {
        await sink.Http.PostAsJsonAsync("/dev/sendgrid/throttle", new { requests = 5, retryAfterSeconds = 1 });
        await sink.Http.PostAsJsonAsync("/dev/sendgrid/throttle", new { requests = 0 });

        var response = await sink.Client().SendEmailAsync(MailSinkFixture.ValidMail());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"requests\":-1}")]
    [InlineData("{\"requests\":1,\"retryAfterSeconds\":-3}")]
    [InlineData("not json")]
    public async Task A_throttle_request_that_makes_no_sense_is_answered_400(string body)
    {
        var response = await sink.Http.PostAsync("/dev/sendgrid/throttle", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
