using System.IO.Compression;
using System.Text;

namespace Bulletin.Tests.Intake.Inbound;

/// <summary>File parts attachment1..N, described by attachment-info; names as Chinese clients send them.</summary>
public class ParsedModeAttachmentTests
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task Two_attachments_keep_their_exact_bytes_names_and_types()
    {
        var docx = MinimalDocx("区总工会开展慰问活动");
        var txt = SendGridPayloadBuilder.Gb18030.GetBytes("区总工会开展慰问活动\r\n（区总工会）\r\n");

        var result = await SendGridPayloadBuilder.Parsed(
            "区总工会 <zonggonghui@example.org>", "报送两篇稿件", "见附件",
            attachments: [("区总工会稿件.docx", Docx, docx), ("慰问活动.txt", "text/plain", txt)]).ParseAsync();

        Assert.Null(result.Error);
        Assert.Collection(
            result.Message!.Attachments,
            a =>
            {
                Assert.Equal("区总工会稿件.docx", a.FileName);
                Assert.Equal(Docx, a.ContentType);
                Assert.Equal(docx, a.Content);
            },
            a =>
            {
                Assert.Equal("慰问活动.txt", a.FileName);
                Assert.Equal("text/plain", a.ContentType);
                Assert.Equal(txt, a.Content);
            });
    }

    [Fact]
    public async Task File_name_sent_as_a_gb2312_encoded_word_is_decoded_when_attachment_info_is_absent()
    {
        var name = "=?GB2312?B?" + Convert.ToBase64String(SendGridPayloadBuilder.Gb18030.GetBytes("济源路街道镕稿.docx")) + "?=";

        var result = await SendGridPayloadBuilder.Parsed("a <a@example.org>", "s", "t")
            .File("attachment1", Encoding.ASCII.GetBytes(name), Docx, [1, 2, 3]).ParseAsync();

        Assert.Equal("济源路街道镕稿.docx", Assert.Single(result.Message!.Attachments).FileName);
    }

    [Fact]
    public async Task File_name_sent_as_raw_gbk_bytes_is_decoded()
    {
        var result = await SendGridPayloadBuilder.Parsed("a <a@example.org>", "s", "t")
            .File("attachment1", SendGridPayloadBuilder.Gb18030.GetBytes("堃稿件.txt"), "text/plain", [0x41]).ParseAsync();

        Assert.Equal("堃稿件.txt", Assert.Single(result.Message!.Attachments).FileName);
    }

    [Fact]
    public async Task Attachment_info_encoded_word_name_is_decoded()
    {
        var encoded = "=?GBK?Q?" + string.Concat(SendGridPayloadBuilder.Gb18030.GetBytes("堃.pdf").Select(b => $"={b:X2}")) + "?=";

        var result = await SendGridPayloadBuilder.Parsed("a <a@example.org>", "s", "t", attachments: [(encoded, "application/pdf", [0x25, 0x50])]).ParseAsync();

        Assert.Equal("堃.pdf", Assert.Single(result.Message!.Attachments).FileName);
    }

    private static byte[] MinimalDocx(string paragraph)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{paragraph}</w:t></w:r></w:p></w:body></w:document>""");
        }

        return stream.ToArray();
    }
}
