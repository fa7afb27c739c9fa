using System.Net;
using Bulletin.Storage;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Storage;

/// <summary>What a counted storage request is called, and that counting is off unless turned on.</summary>
[Collection(nameof(BulletinAppHostCollection))]
public sealed class StorageCallCountingTests(BulletinAppHostFixture app)
{
    [Theory]
    [InlineData("table", "/devstoreaccount1/Tables", "", "table")]
    [InlineData("table", "/devstoreaccount1/submissions(PartitionKey='202503',RowKey='x')", "", "entity")]
    [InlineData("table", "/submissions()", "?$filter=x", "entities")]
    [InlineData("table", "/devstoreaccount1/$batch", "", "batch")]
    [InlineData("queue", "/devstoreaccount1/inbound-mail", "", "queue")]
    [InlineData("queue", "/inbound-mail/messages", "", "messages")]
    [InlineData("queue", "/inbound-mail/messages/abc", "?popreceipt=x", "message")]
    [InlineData("blob", "/devstoreaccount1/issues", "?restype=container", "container")]
    [InlineData("blob", "/issues", "?restype=container&comp=list&prefix=2025", "list")]
    [InlineData("blob", "/devstoreaccount1/issues/2025-001/issue.pdf", "", "blob")]
    public void A_request_is_named_by_what_it_addresses(string service, string path, string query, string resource) =>
        Assert.Equal(resource, StorageCallCountingPolicy.Resource(service, path, query));

    [Fact]
    public async Task Storage_calls_are_not_reported_unless_the_setting_turns_counting_on()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Http.GetAsync("/api/operations/storage-calls")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/operations/storage-calls")).StatusCode);
    }
}
