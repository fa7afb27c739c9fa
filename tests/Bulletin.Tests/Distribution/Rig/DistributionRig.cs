using System.Text;
using Azure.Storage.Queues;
using Bulletin.Directory;
using Bulletin.Distribution;
using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Bulletin.Security;
using Bulletin.Issues.Storage;
using Bulletin.Mail;
using Bulletin.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bulletin.Tests.Distribution.Rig;

/// <summary>The app's distribution services in this process, over a storage account of their own and a SendGrid stand-in
/// reached on loopback with the real SendGrid client: a generated directory, a published issue, then the queue drained
/// by hand with every batch sent at once, as Azure's scale-out would. Shared by the batching tests and the benchmark.</summary>
public sealed class DistributionRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DistributionRig(ServiceProvider services) => _services = services;

    /// <param name="sendGridHost">The stand-in's address, e.g. http://127.0.0.1:41234/dev/sendgrid.</param>
    public static DistributionRig Create(string storageConnectionString, string sendGridHost)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = storageConnectionString,
            ["SendGrid:ApiKey"] = "rig-key", ["SendGrid:Host"] = sendGridHost, ["SendGrid:FromAddress"] = "bulletin@example.org", ["SendGrid:FromName"] = "上街信息",
            ["Bulletin:Name"] = "上街信息", ["Bulletin:Office"] = "中共上街区委办公室", ["Bulletin:DefaultSentTo"] = "区县处级领导", ["Bulletin:DefaultIssuedTo"] = "各单位",
            ["Distribution:Aliases"] = "",
            ["Links:SigningKey"] = "distribution-rig-signing-key-not-a-secret-0123456789", ["Links:PublicBaseUrl"] = "http://127.0.0.1",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddBulletinStorage(configuration).AddBulletinMail().AddDirectory().AddDistribution().AddIssues().AddLinks().AddIssueArchive();
        return new DistributionRig(services.BuildServiceProvider());
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Replaces the directory with <paramref name="people"/> people of one unit, all in group 全体收件人.</summary>
    public async Task ImportDirectoryAsync(int people, string domain = "bulk.example.org")
    {
        var csv = new StringBuilder("单位,类别,姓名,邮箱,角色,分组\n");
        for (var i = 0; i < people; i++)
            csv.Append($"区直测试单位,区直单位,收件人{i:D5},p{i:D5}@{domain},负责同志,全体收件人\n");
        var result = await Get<DirectoryImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "generated.csv", "text/csv", "rig", CancellationToken.None);
        if (result.Outcome is not (DirectoryImportOutcome.Imported or DirectoryImportOutcome.Unchanged))
            throw new InvalidOperationException("The generated directory was refused: " + string.Join("; ", result.Errors.Take(3).Select(e => e.ToString())));
    }

    /// <summary>Stores issue <paramref name="year"/>/<paramref name="number"/> published, its documents rendered and
    /// stored as signing off does, with the 发 line <paramref name="issuedTo"/>.</summary>
    public async Task<AssembledIssue> PublishAsync(int year, int number, string issuedTo = "全体收件人")
    {
        var draft = await SignOffAsync(year, number, issuedTo);
        await SavePublishedAsync(year, number);
        return draft;
    }

    /// <summary>Stores the issue signed off with its documents, as signing off leaves it just before it is saved Published.</summary>
    public async Task<AssembledIssue> SignOffAsync(int year, int number, string issuedTo = "全体收件人")
    {
        var issues = Get<IssueStore>();
        var draft = new AssembledIssue(year, number, number, IssueState.Draft, "上街信息", "中共上街区委办公室", new DateOnly(year, 3, 8), null,
            [new AssembledArticle($"RIG-{year}-{number}", "新安路街道“3个+”保障重点项目有序推进", ["近日，区新安路街道围绕“服务中铝、打造陆港”的工作思路，大力推行党建引领服务。"], "新安路街道")],
            "", issuedTo, ["郝婕"]);
        await issues.AddDraftAsync(draft, CancellationToken.None);
        var signedOff = draft with { State = IssueState.SignedOff };
        await issues.TrySaveAsync(signedOff, (await issues.FindAsync(year, number, CancellationToken.None))!.Value.ETag, CancellationToken.None);
        await Get<IssuePublisher>().RenderAndStoreAsync(signedOff, CancellationToken.None);
        return draft;
    }

    /// <summary>Saves the signed-off issue Published, the last step of signing off.</summary>
    public async Task SavePublishedAsync(int year, int number)
    {
        var issues = Get<IssueStore>();
        var (issue, etag) = (await issues.FindAsync(year, number, CancellationToken.None))!.Value;
        await issues.TrySaveAsync(issue with { State = IssueState.Published }, etag, CancellationToken.None);
    }

    /// <summary>Runs the start step, then every batch message at once until the queue is empty (delayed retries
    /// included); returns how many batch messages were processed.</summary>
    public async Task<int> DistributeAsync(int year, int number, int attempt = 1)
    {
        await Get<DistributionStarter>().StartAsync(new DistributionRequested(year, number, attempt), CancellationToken.None);
        return await SendQueuedBatchesAsync();
    }

    /// <summary>Processes every batch message at once until the queue is empty (delayed retries included); returns how many.</summary>
    public async Task<int> SendQueuedBatchesAsync()
    {
        var queue = Get<QueueServiceClient>().GetQueueClient(DistributionQueues.Batches);
        var processed = 0;
        while ((await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0)
        {
            var messages = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1))).Value;
            if (messages.Length == 0)
            {
                await Task.Delay(100);
                continue;
            }
            await Task.WhenAll(messages.Select(async message =>
            {
                var due = System.Text.Json.JsonSerializer.Deserialize<DistributionBatchDue>(message.Body.ToString())!;
                await Get<DistributionBatchSender>().SendAsync(due, CancellationToken.None);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }));
            processed += messages.Length;
        }
        return processed;
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
