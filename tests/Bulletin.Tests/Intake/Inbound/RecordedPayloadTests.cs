using System.Runtime.CompilerServices;
using System.Text;
using Bulletin.Intake.Inbound;

namespace Bulletin.Tests.Intake.Inbound;

/// <summary>Complete payload files under TestData/Inbound, one per case, made apart from the payload builder.</summary>
public class RecordedPayloadTests
{
    [Fact]
    public async Task Foxmail_payload_labelled_gb2312_decodes_subject_bodies_and_reply_headers()
    {
        var message = await Parse("parsed-gb2312-subject.txt");

        Assert.Equal("【报送】新安路街道李镕同志走访辖区企业", message.Subject);
        Assert.Equal("新安路街道组织力量走访辖区企业，王堃同志带队。\r\n（新安路街道）\r\n", message.Text);
        Assert.Contains("王堃同志带队", message.Html);
        Assert.Equal(("xinxi@xinanlu.example.org", "新安路街道"), (message.FromAddress, message.FromName));
        Assert.Equal("202003080910051234567@xinanlu.example.org", message.MessageId);
        Assert.Equal("review-20-1@bulletin.example.org", message.InReplyTo);
        Assert.True(message.SenderAuthenticated);
    }

    [Fact]
    public async Task Payload_with_attachment_info_gives_both_files_byte_for_byte()
    {
        var message = await Parse("parsed-two-attachments.txt");

        Assert.Equal(["区总工会稿件.docx", "慰问活动.txt"], message.Attachments.Select(a => a.FileName));
        Assert.Equal(await File.ReadAllBytesAsync(PathOf("parsed-two-attachments.docx")), message.Attachments[0].Content);
        Assert.Equal(await File.ReadAllBytesAsync(PathOf("parsed-two-attachments.txt.bin")), message.Attachments[1].Content);
        Assert.Equal("zgh-0306@example.org", message.MessageId);
    }

    [Fact]
    public async Task Qq_mail_raw_payload_decodes_gbk_body_and_both_kinds_of_chinese_file_names()
    {
        var message = await Parse("raw-qq-mail-gbk.eml.txt");

        Assert.Equal("转发：中心路街道召开疫情防控推进会", message.Subject);
        Assert.Equal("中心路街道召开疫情防控工作推进会。\r\n会议由王堃同志主持。\r\n（中心路街道）\r\n", message.Text);
        Assert.Equal(["中心路街道稿件镕.doc", "会议纪要（堃）.pdf"], message.Attachments.Select(a => a.FileName));
        Assert.Equal(Enumerable.Range(0, 256).Select(i => (byte)i), message.Attachments[0].Content);
        Assert.Equal("tencent_8C1D2E3F4A5B@qq.example.org", message.MessageId);
        Assert.Equal(("zhongxinlu@qq.example.org", "中心路街道"), (message.FromAddress, message.FromName));
        Assert.Equal(["tougao@parse.example.org"], message.To);
        Assert.True(message.SenderAuthenticated);
    }

    [Fact]
    public async Task Each_recorded_payload_cut_short_is_refused_as_truncated()
    {
        foreach (var file in new[] { "parsed-gb2312-subject.txt", "parsed-two-attachments.txt", "raw-qq-mail-gbk.eml.txt" })
        {
            var body = await File.ReadAllBytesAsync(PathOf(file));

            var result = await SendGridPayloadBuilder.Parse(body[..(body.Length / 2)], ContentTypeOf(body));

            Assert.Contains("truncated", result.Error);
        }
    }

    private static async Task<InboundMessage> Parse(string file)
    {
        var body = await File.ReadAllBytesAsync(PathOf(file));
        var result = await SendGridInboundParser.ParseAsync(new MemoryStream(body), ContentTypeOf(body), CancellationToken.None);
        Assert.Null(result.Error);
        return result.Message!;
    }

    // The first line of a body is "--" and its boundary.
    private static string ContentTypeOf(byte[] body) =>
        "multipart/form-data; boundary=" + Encoding.ASCII.GetString(body, 2, body.AsSpan().IndexOf("\r\n"u8) - 2);

    private static string PathOf(string file, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "..", "TestData", "Inbound", file);
}
