using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Bulletin.Directory;
using Bulletin.Distribution;
using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.LocalHost.Demo;
using Bulletin.LocalHost.History;
using Bulletin.LocalHost.Settings;
using Bulletin.Mail;
using Bulletin.Security;
using Bulletin.Statistics;
using Bulletin.Statistics.Reports;
using Bulletin.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Benchmarks.History;

/// <summary>The requests an office makes over years of history, against a running local host that <c>generate-history</c>
/// filled (<c>BULLETIN_HISTORY_URL</c>, default http://localhost:7071): the operator API with the key, the dashboard with an
/// editor's session signed in through the mailed link, the recipients' archive with the link of the latest issue mail.</summary>
public sealed class HistoryRequests : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly AppDoors _doors;
    private string _cookie = "";
    private string _archiveLink = "";
    private ServiceProvider _services = null!;
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private HistoryRequests(HttpClient http, IReadOnlyDictionary<string, string> settings)
    {
        _http = http;
        _doors = new AppDoors(http, settings);
    }

    public static async Task<HistoryRequests> OpenAsync()
    {
        var url = Environment.GetEnvironmentVariable("BULLETIN_HISTORY_URL") ?? "http://localhost:7071";
        var settings = LocalSettingsFile.LoadOrCreate(new Bulletin.LocalHost.LocalHostOptions().RepositoryRoot, _ => { });
        var requests = new HistoryRequests(new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(url) }, settings);
        await requests.PrepareAsync(settings);
        return requests;
    }

    /// <summary>Every measured request by name (<see cref="HistoryRequestNames.All"/>).</summary>
    public IReadOnlyDictionary<string, Func<Task>> All => HistoryRequestNames.All.Zip(new Func<Task>[]
    {
        () => Api($"/api/submissions?from={Quarter.From:yyyy-MM-dd}&to={Quarter.To:yyyy-MM-dd}"),
        () => Api($"/api/issues?year={_today.Year - 1}"),
        () => Api($"/api/issues?q={Uri.EscapeDataString(HistoryArticleWriter.CommonPhrase)}"),
        () => Api($"/api/issues?q={Uri.EscapeDataString(HistoryArticleWriter.RarePhrase)}"),
        () => Api($"/api/statistics?period={_today.AddMonths(-1):yyyy-MM}"),
        () => Api($"/api/statistics?period={_today.Year - 1}"),
        () => Page("/api/dashboard"),
        () => Page("/api/dashboard/issues"),
        () => Page("/api/dashboard/archive"),
        () => Page("/api/dashboard/statistics"),
        () => Page("/api/dashboard/solicitations"),
        () => Page("/api/dashboard/instructions"),
        () => Page(_archiveLink),
        AdoptionReportAsync,
    }).ToDictionary(p => p.First, p => p.Second);

    private (DateOnly From, DateOnly To) Quarter
    {
        get
        {
            var start = new DateOnly(_today.Year, (_today.Month - 1) / 3 * 3 + 1, 1).AddMonths(-3);
            return (start, start.AddMonths(3).AddDays(-1));
        }
    }

    private async Task Api(string path) => await Expect(await _http.SendAsync(_doors.Operator(HttpMethod.Get, path)), path);

    private async Task Page(string path) =>
        await Expect(await _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "Cookie", _cookie } } }), path);

    private async Task AdoptionReportAsync()
    {
        var month = StatisticsPeriod.PreviousMonth(DateTimeOffset.UtcNow);
        await _services.GetRequiredService<StatisticsRebuilder>().RebuildAsync(month, CancellationToken.None);
        var report = new AdoptionReport(await _services.GetRequiredService<StatisticsService>().ForPeriodAsync(month, CancellationToken.None), "上街信息", "中共上街区委办公室", _today);
        _ = AdoptionReportHtml.Render(report);
        _ = AdoptionReportDocx.Render(report);
    }

    private static async Task Expect(HttpResponseMessage response, string path)
    {
        using (response)
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Signs 郝婕 in through the mailed link, finds the archive link of the latest issue mail, and builds the
    /// statistics services over the host's storage for the 采用通报.</summary>
    private async Task PrepareAsync(IReadOnlyDictionary<string, string> settings)
    {
        var issueMail = (await DemoOutbox.Whole(_http).AcceptedWithSubjectAsync("期", CancellationToken.None)).Select(m => m.Request)
            .LastOrDefault(m => DemoOutbox.LinkOf(m, "/api/archive?token=") is not null);
        _archiveLink = issueMail is null ? throw new InvalidOperationException("No issue mail with an archive link in the outbox: run generate-history first.")
            : DemoOutbox.LinkOf(issueMail, "/api/archive?token=")!;

        var fresh = await DemoOutbox.OpenAsync(_http, CancellationToken.None);
        await _http.PostAsync("/api/dashboard/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = HistoryPlan.Editors[0] }));
        var mail = await AppDoors.WaitForAsync(async () => (await fresh.MailsToAsync(HistoryPlan.Editors[0], CancellationToken.None))
            .LastOrDefault(m => DemoOutbox.LinkOf(m, "/api/dashboard/session") is not null), "the sign-in mail", CancellationToken.None);
        var link = DemoOutbox.LinkOf(mail, "/api/dashboard/session")!;
        var page = await (await _http.GetAsync(link)).Content.ReadAsStringAsync();
        var confirmed = await _http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["proof"] = DemoOutbox.ProofOf(page) }));
        _cookie = confirmed.Headers.GetValues("Set-Cookie").First().Split(';')[0];

        var storage = await _doors.ReadJsonAsync<JsonObject>(_doors.Operator(HttpMethod.Get, "/admin/storage"), "the host's storage", CancellationToken.None);
        var values = settings.ToDictionary(p => p.Key.Replace("__", ":"), p => (string?)p.Value);
        values["AzureWebJobsStorage"] = storage["connectionString"]!.ToString();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddBulletinStorage(configuration).AddBulletinMail()
            .AddLinks().AddDirectory().AddDistribution().AddIntake().AddIssues().AddStatistics().BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _services.DisposeAsync();
    }
}

/// <summary>The names of <see cref="HistoryRequests.All"/>, known without a host (BenchmarkDotNet lists them first).</summary>
public static class HistoryRequestNames
{
    public static readonly string[] All =
    [
        "GET /api/submissions (a quarter)", "GET /api/issues?year=", "GET /api/issues?q= (common phrase)", "GET /api/issues?q= (rare phrase)",
        "GET /api/statistics (a month)", "GET /api/statistics (a year)", "dashboard: submissions", "dashboard: issues", "dashboard: archive",
        "dashboard: statistics (this year)", "dashboard: solicitations", "dashboard: instructions", "recipients' archive page",
        "采用通报 of last month (rebuild, table, HTML, DOCX)",
    ];
}
