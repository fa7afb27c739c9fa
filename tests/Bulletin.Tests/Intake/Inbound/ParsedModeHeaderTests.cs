namespace Bulletin.Tests.Intake.Inbound;

/// <summary>Message-ID and In-Reply-To are only in the raw header block of the headers field.</summary>
public class ParsedModeHeaderTests
{
    private const string Headers =
        "Received: from mail.xinanlu.example.org (mail.xinanlu.example.org [192.0.2.10])\r\n" +
        "\tby mx.sendgrid.net with ESMTP id abc for <tougao@parse.example.org>; Sun, 08 Mar 2020 01:02:03 +0000 (UTC)\r\n" +
        "From: xinxi@xinanlu.example.org\r\n" +
        "Message-ID:\r\n <20200308090203.1234@mail.xinanlu.example.org>\r\n" +
        "In-Reply-To: <bulletin-review-42@bulletin.example.org>\r\n" +
        "References: <first@bulletin.example.org>\r\n <bulletin-review-42@bulletin.example.org>\r\n" +
        "Subject: =?GB2312?B?suLK1A==?=\r\n";

    [Fact]
    public async Task Message_id_is_unfolded_and_stripped_of_angle_brackets()
    {
        var result = await SendGridPayloadBuilder.Parsed("xinxi@xinanlu.example.org", "s", "t", headers: Headers).ParseAsync();

        Assert.Equal("20200308090203.1234@mail.xinanlu.example.org", result.Message!.MessageId);
    }

    [Fact]
    public async Task In_reply_to_is_read_from_the_headers()
    {
        var result = await SendGridPayloadBuilder.Parsed("xinxi@xinanlu.example.org", "s", "t", headers: Headers).ParseAsync();

        Assert.Equal("bulletin-review-42@bulletin.example.org", result.Message!.InReplyTo);
    }

    [Fact]
    public async Task Headers_without_message_id_give_null()
    {
        var result = await SendGridPayloadBuilder.Parsed("a@example.org", "s", "t", headers: "From: a@example.org\r\nSubject: s\r\n").ParseAsync();

        Assert.Null(result.Message!.MessageId);
        Assert.Null(result.Message.InReplyTo);
    }
}
