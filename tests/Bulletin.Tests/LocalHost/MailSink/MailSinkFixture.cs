using System.Text.Json;
using Bulletin.LocalHost.MailSink;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Bulletin.Tests.LocalHost.MailSink;

/// <summary>A real web app with only the mail sink, on a free loopback port, with its own outbox folder.</summary>
public sealed class MailSinkFixture : IAsyncLifetime
{
    private WebApplication? app;

    public string OutboxDirectory { get; } = Path.Combine(Path.GetTempPath(), "mailsink-tests-" + Guid.NewGuid().ToString("N"));

    public string BaseUrl { get; private set; } = "";

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        app = await StartHostAsync();
        BaseUrl = app.Urls.Single();
        Http.BaseAddress = new Uri(BaseUrl);
    }

    /// <summary>Starts a host over this fixture's outbox folder, as the local host does after a restart.</summary>
    public async Task<WebApplication> StartHostAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddMailSink(OutboxDirectory);
        var host = builder.Build();
        host.MapMailSink();
        await host.StartAsync();
        return host;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (app is not null)
            await app.DisposeAsync();
        if (System.IO.Directory.Exists(OutboxDirectory))
            System.IO.Directory.Delete(OutboxDirectory, recursive: true);
    }

    /// <summary>The official client, pointed at the sink the way the Function App is configured locally.</summary>
    public SendGridClient Client(string apiKey = "x") =>
        new(new SendGridClientOptions { ApiKey = apiKey, Host = BaseUrl + "/dev/sendgrid" });

    public async Task<JsonElement[]> OutboxAsync()
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync("/dev/outbox.json"));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    public int StoredFileCount() => System.IO.Directory.Exists(OutboxDirectory) ? System.IO.Directory.GetFiles(OutboxDirectory, "*.json").Length : 0;

    /// <summary>A mail SendGrid accepts: one recipient, a global subject and both body parts.</summary>
    public static SendGridMessage ValidMail(string subject = "关于报送第12期简报稿件的通知")
    {
        var mail = new SendGridMessage();
        mail.SetFrom(new EmailAddress("bulletin@example.gov.cn", "上街信息"));
        mail.AddTo(new EmailAddress("editor@example.gov.cn", "编辑"));
        mail.Subject = subject;
        mail.AddContent(MimeType.Text, "请于周五前报送稿件。");
        mail.AddContent(MimeType.Html, "<p>请于<strong>周五</strong>前报送稿件。</p>");
        return mail;
    }
}
