using System.Text.Json;
using Bulletin.Functions.Pipeline;
using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Issues.Archive;

/// <summary><c>POST /api/issues/search-index/rebuild</c> (operator key): queues every published issue for the full-text
/// index, answering 202 with how many; queue <c>issue-search-index</c> indexes them one by one. Safe to repeat.</summary>
public sealed class RebuildSearchIndex(IssueSearchIndexRebuild rebuild)
{
    [Function(nameof(RebuildSearchIndex))]
    [CallerRule(Caller.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "issues/search-index/rebuild")] HttpRequest request, CancellationToken cancellationToken) =>
        new AcceptedResult((string?)null, new { queued = await rebuild.RequestAsync(cancellationToken) });

    [Function(nameof(IndexPublishedIssue))]
    public Task IndexPublishedIssue([QueueTrigger(IssueSearchIndexRebuild.QueueName)] string message, CancellationToken cancellationToken) =>
        rebuild.IndexAsync(JsonSerializer.Deserialize<IssuePublished>(message)
            ?? throw new InvalidOperationException("The issue-search-index message is empty."), cancellationToken);
}
