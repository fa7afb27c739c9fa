using System.Text;
using Bulletin.Intake.Inbound;

namespace Bulletin.Tests.Intake.Inbound;

/// <summary>What the parser refuses: each gives an error for the operator, never an exception.</summary>
public class MalformedPayloadTests
{
    [Fact]
    public async Task Truncated_multipart_without_closing_boundary_is_an_error()
    {
        var builder = SendGridPayloadBuilder.Parsed("a <a@example.org>", "s", "正文很长的一封信");

        var result = await SendGridPayloadBuilder.Parse(builder.BuildTruncated(), builder.ContentType);

        Assert.Null(result.Message);
        Assert.Contains("truncated", result.Error);
    }

    [Fact]
    public async Task Body_over_30_mb_is_an_error()
    {
        var builder = new SendGridPayloadBuilder().Field("from", "a@example.org")
            .File("attachment1", "big.pdf"u8.ToArray(), "application/pdf", new byte[InboundParseLimits.MaxBodyBytes]);

        var result = await builder.ParseAsync();

        Assert.Null(result.Message);
        Assert.Contains("30 MB", result.Error);
    }

    [Fact]
    public async Task Body_over_30_mb_from_a_stream_that_cannot_seek_is_an_error()
    {
        var body = new BufferedStream(new MemoryStream(new byte[InboundParseLimits.MaxBodyBytes + 1]));

        var result = await SendGridInboundParser.ParseAsync(new NonSeekable(body), "multipart/form-data; boundary=x", CancellationToken.None);

        Assert.Contains("30 MB", result.Error);
    }

    [Fact]
    public async Task Missing_from_is_an_error()
    {
        var result = await new SendGridPayloadBuilder().Field("to", "tougao@parse.example.org").Field("subject", "s").Field("text", "t").ParseAsync();

        Assert.Null(result.Message);
        Assert.Contains("'from'", result.Error);
    }

    [Fact]
    public async Task Raw_mail_without_any_from_is_an_error()
    {
        var result = await new SendGridPayloadBuilder().Field("email", "Subject: x\r\n\r\nbody\r\n").ParseAsync();

        Assert.Contains("From", result.Error);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("multipart/form-data")]
    [InlineData("")]
    public async Task Body_that_is_not_multipart_form_data_is_an_error(string contentType)
    {
        var result = await SendGridPayloadBuilder.Parse(Encoding.UTF8.GetBytes("""{"from":"a@example.org"}"""), contentType);

        Assert.Null(result.Message);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task Multipart_content_type_over_a_body_with_no_parts_is_an_error()
    {
        var result = await SendGridPayloadBuilder.Parse("just text"u8.ToArray(), "multipart/form-data; boundary=xYzZY");

        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task More_than_100_attachments_is_an_error()
    {
        var builder = SendGridPayloadBuilder.Parsed("a <a@example.org>", "s", "t");
        for (var i = 1; i <= InboundParseLimits.MaxAttachments + 1; i++)
        {
            builder.File($"attachment{i}", Encoding.ASCII.GetBytes($"{i}.txt"), "text/plain", [0x41]);
        }

        var result = await builder.ParseAsync();

        Assert.Null(result.Message);
        Assert.Contains("attachments", result.Error);
    }

    [Fact]
    public async Task Exactly_100_attachments_are_accepted()
    {
        var builder = SendGridPayloadBuilder.Parsed("a <a@example.org>", "s", "t");
        for (var i = 1; i <= InboundParseLimits.MaxAttachments; i++)
        {
            builder.File($"attachment{i}", Encoding.ASCII.GetBytes($"{i}.txt"), "text/plain", [0x41]);
        }

        Assert.Equal(100, (await builder.ParseAsync()).Message!.Attachments.Count);
    }

    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
