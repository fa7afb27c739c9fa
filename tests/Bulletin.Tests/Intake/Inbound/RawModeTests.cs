using System.Text;

namespace Bulletin.Tests.Intake.Inbound;

/// <summary>Raw mode: the whole mail in the email field, as a Chinese client (QQ Mail, Foxmail) writes it.</summary>
public class RawModeTests
{
    private const string Text = "新安路街道组织力量走访辖区企业。\r\n王堃同志带队，李镕同志参加。\r\n（新安路街道）";
    private static readonly Encoding Gbk = SendGridPayloadBuilder.Gb18030;
    private static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, 0x0D, 0x0A, 0x2D, 0x2D, 0x00, 0xFF];

    [Fact]
    public async Task Gbk_quoted_printable_body_is_decoded()
    {
        var message = (await Parse()).Message!;

        Assert.Equal(Text, message.Text);
        Assert.Equal("<p>新安路街道</p>", message.Html);
    }

    [Fact]
    public async Task Subject_split_inside_a_character_across_encoded_words_is_joined()
    {
        Assert.Equal("【报送】新安路街道走访企业", (await Parse()).Message!.Subject);
    }

    [Fact]
    public async Task From_and_recipients_come_from_the_mail_headers()
    {
        var message = (await Parse()).Message!;

        Assert.Equal("xinxi@xinanlu.example.org", message.FromAddress);
        Assert.Equal("新安路街道", message.FromName);
        Assert.Equal(["tougao@parse.example.org"], message.To);
    }

    [Fact]
    public async Task Base64_encoded_word_attachment_name_is_decoded_and_content_is_exact()
    {
        var attachment = (await Parse()).Message!.Attachments[0];

        Assert.Equal("新安路街道稿件镕.docx", attachment.FileName);
        Assert.Equal("application/octet-stream", attachment.ContentType);
        Assert.Equal(Docx, attachment.Content);
    }

    [Fact]
    public async Task Rfc2231_attachment_name_in_gb18030_is_decoded()
    {
        Assert.Equal("刘䶮调研.txt", (await Parse()).Message!.Attachments[1].FileName);
    }

    [Fact]
    public async Task Inline_part_with_a_file_name_is_an_attachment()
    {
        var attachments = (await Parse()).Message!.Attachments;

        Assert.Equal(3, attachments.Count);
        Assert.Equal("logo.png", attachments[2].FileName);
        Assert.Equal("image/png", attachments[2].ContentType);
    }

    [Fact]
    public async Task Message_id_and_in_reply_to_come_from_the_mail()
    {
        var message = (await Parse()).Message!;

        Assert.Equal("tencent_5E64C1B2@qq.example.org", message.MessageId);
        Assert.Equal("review-7@bulletin.example.org", message.InReplyTo);
    }

    [Fact]
    public async Task Spf_and_dkim_fields_are_read_in_raw_mode_too()
    {
        var message = (await Parse()).Message!;

        Assert.Equal("pass", message.Spf);
        Assert.True(message.SenderAuthenticated);
    }

    private static Task<Bulletin.Intake.Inbound.InboundParseResult> Parse() =>
        SendGridPayloadBuilder.Raw(QqMail(), "\"新安路街道\" <xinxi@xinanlu.example.org>", dkim: "{@xinanlu.example.org : pass}").ParseAsync();

    /// <summary>A mail the way QQ Mail writes one: GBK everywhere, quoted-printable text, encoded-word file names.</summary>
    public static byte[] QqMail()
    {
        var subject = Gbk.GetBytes("【报送】新安路街道走访企业");
        var b64 = (byte[] bytes) => Convert.ToBase64String(bytes);
        var mail = new StringBuilder()
            .Append("Received: from out.qq.example.org (out.qq.example.org [192.0.2.20]) by mx.sendgrid.net with ESMTP id x1\r\n")
            .Append($"From: \"=?gbk?B?{b64(Gbk.GetBytes("新安路街道"))}?=\" <xinxi@xinanlu.example.org>\r\n")
            .Append("To: \"tougao\" <tougao@parse.example.org>\r\n")
            .Append($"Subject: =?gbk?B?{b64(subject[..5])}?=\r\n =?gbk?B?{b64(subject[5..])}?=\r\n")
            .Append("Mime-Version: 1.0\r\n")
            .Append("Message-ID: <tencent_5E64C1B2@qq.example.org>\r\n")
            .Append("In-Reply-To: <review-7@bulletin.example.org>\r\n")
            .Append("Content-Type: multipart/mixed;\r\n\tboundary=\"----=_NextPart_5E64C1B2_0A7B9D68\"\r\n")
            .Append("\r\nThis is a multi-part message in MIME format.\r\n\r\n")
            .Append("------=_NextPart_5E64C1B2_0A7B9D68\r\n")
            .Append("Content-Type: multipart/alternative;\r\n\tboundary=\"----=_NextPart_ALT\"\r\n\r\n")
            .Append("------=_NextPart_ALT\r\n")
            .Append("Content-Type: text/plain;\r\n\tcharset=\"gbk\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
            .Append(QuotedPrintable(Gbk.GetBytes(Text))).Append("\r\n")
            .Append("------=_NextPart_ALT\r\n")
            .Append("Content-Type: text/html;\r\n\tcharset=\"gbk\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
            .Append(b64(Gbk.GetBytes("<p>新安路街道</p>"))).Append("\r\n\r\n")
            .Append("------=_NextPart_ALT--\r\n\r\n")
            .Append("------=_NextPart_5E64C1B2_0A7B9D68\r\n")
            .Append($"Content-Type: application/octet-stream;\r\n\tcharset=\"gb18030\";\r\n\tname=\"=?gb2312?B?{b64(Gbk.GetBytes("新安路街道稿件镕.docx"))}?=\"\r\n")
            .Append($"Content-Disposition: attachment; filename=\"=?gb2312?B?{b64(Gbk.GetBytes("新安路街道稿件镕.docx"))}?=\"\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n\r\n")
            .Append(b64(Docx)).Append("\r\n\r\n")
            .Append("------=_NextPart_5E64C1B2_0A7B9D68\r\n")
            .Append("Content-Type: text/plain\r\n")
            .Append($"Content-Disposition: attachment;\r\n\tfilename*=gb18030''{Percent(Gbk.GetBytes("刘䶮调研.txt"))}\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n\r\n")
            .Append(b64(Gbk.GetBytes("调研正文"))).Append("\r\n\r\n")
            .Append("------=_NextPart_5E64C1B2_0A7B9D68\r\n")
            .Append("Content-Type: image/png; name=\"logo.png\"\r\nContent-Disposition: inline; filename=\"logo.png\"\r\nContent-ID: <logo@qq.example.org>\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n\r\n")
            .Append(b64([0x89, 0x50, 0x4E, 0x47])).Append("\r\n\r\n")
            .Append("------=_NextPart_5E64C1B2_0A7B9D68--\r\n");
        return Encoding.ASCII.GetBytes(mail.ToString());
    }

    private static string Percent(byte[] bytes) =>
        string.Concat(bytes.Select(b => b is >= (byte)'a' and <= (byte)'z' or (byte)'.' ? ((char)b).ToString() : $"%{b:X2}"));

    /// <summary>Quoted-printable as mail clients write it: hard line breaks kept, soft breaks before 76 characters.</summary>
    private static string QuotedPrintable(byte[] bytes)
    {
        var output = new StringBuilder();
        var line = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n')
            {
                output.Append("\r\n");
                line = 0;
                i++;
                continue;
            }

            var token = bytes[i] is >= 33 and <= 126 and not (byte)'=' ? ((char)bytes[i]).ToString() : $"={bytes[i]:X2}";
            if (line + token.Length > 75)
            {
                output.Append("=\r\n");
                line = 0;
            }

            output.Append(token);
            line += token.Length;
        }

        return output.ToString();
    }
}
