using Bulletin.Operations.PoisonMessages;

namespace Bulletin.Tests.Operations;

/// <summary>What a failed task shows people: a readable summary of the message and a reason without stack traces or secrets.</summary>
public sealed class PoisonMessageTextTests
{
    [Fact]
    public void The_reason_is_the_exception_type_and_first_line_with_keys_and_passwords_masked()
    {
        var exception = new InvalidOperationException(
            "Cannot reach DefaultEndpointsProtocol=https;AccountName=x;AccountKey=c2VjcmV0a2V5== with Bearer abc.def and password=hunter2\n   at Somewhere.Secret()");

        var (type, message) = FailureText.Of(new AggregateException(exception));

        Assert.Equal("InvalidOperationException", type);
        Assert.Equal("Cannot reach DefaultEndpointsProtocol=https;AccountName=x;AccountKey=*** with Bearer *** and password=***", message);
    }

    [Fact]
    public void A_long_reason_is_cut_with_a_mark()
    {
        var (_, message) = FailureText.Of(new Exception(new string('错', 5000)));

        Assert.Equal(FailureText.MaxLength + 1, message.Length);
        Assert.EndsWith("…", message);
    }

    [Fact]
    public void An_inbound_message_names_its_stored_request_and_other_messages_their_fields_in_Chinese()
    {
        var (inbound, blob) = PoisonMessageSummary.Describe("inbound-mail",
            """{"BlobName":"2026/11/25/101010101-0123456789abcdef0123456789abcdef.multipart","ContentType":"multipart/form-data","ReceivedAt":"2026-11-25T02:10:10+00:00"}""");
        var (decided, none) = PoisonMessageSummary.Describe("submission-decided", """{"SubmissionId":"20261125-K7Q2M9","DecisionId":"d1"}""");

        Assert.Equal("2026/11/25/101010101-0123456789abcdef0123456789abcdef.multipart", blob);
        Assert.Contains("存储的来信 2026/11/25/101010101-", inbound);
        Assert.Equal("稿件 20261125-K7Q2M9，决定 d1", decided);
        Assert.Null(none);
        Assert.StartsWith("（不是 JSON）", PoisonMessageSummary.Describe("submission-received", "not json").Summary);
    }
}
