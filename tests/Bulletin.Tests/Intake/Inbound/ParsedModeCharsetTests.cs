using System.Text;
using Bulletin.Intake.Inbound;

namespace Bulletin.Tests.Intake.Inbound;

/// <summary>SendGrid passes subject, from and bodies through in the mail's charset; the charsets field says which.</summary>
public class ParsedModeCharsetTests
{
    [Theory]
    [InlineData("GB2312", "【报送】新安路街道李镕同志走访辖区企业", "新安路街道组织力量走访辖区企业，王堃同志带队。")]
    [InlineData("gbk", "区总工会开展“送温暖”活动（堃）", "区总工会于3月6日开展慰问活动。")]
    [InlineData("GB18030", "峡窝镇刘䶮同志调研春耕生产", "䶮字只在GB18030中有。")]
    [InlineData("UTF-8", "中心路街道：疫情防控与复工复产两手抓", "正文第一段。\r\n正文第二段。")]
    public async Task Subject_and_text_are_decoded_by_the_charset_SendGrid_names(string charset, string subject, string text)
    {
        var result = await SendGridPayloadBuilder.Parsed("新安路街道信息员 <xinxi@xinanlu.example.org>", subject, text, charset).ParseAsync();

        Assert.Null(result.Error);
        Assert.Equal(subject, result.Message!.Subject);
        Assert.Equal(text, result.Message.Text);
        Assert.Equal("新安路街道信息员", result.Message.FromName);
        Assert.Equal("xinxi@xinanlu.example.org", result.Message.FromAddress);
    }

    [Fact]
    public async Task Gbk_only_characters_labelled_gb2312_are_not_lost()
    {
        // 镕 and 堃 are outside GB2312; a strict GB2312 decoder turns them into '?'.
        var result = await SendGridPayloadBuilder.Parsed("a <a@example.org>", "镕堃", "镕堃", "GB2312").ParseAsync();

        Assert.Equal("镕堃", result.Message!.Subject);
        Assert.DoesNotContain('?', result.Message.Text!);
        Assert.DoesNotContain('\uFFFD', result.Message.Text!);
    }

    [Fact]
    public async Task Html_is_decoded_by_its_own_charset()
    {
        var result = await SendGridPayloadBuilder.Parsed("a <a@example.org>", "标题", "正文", "GB2312", html: "<p>工业路街道</p>").ParseAsync();

        Assert.Equal("<p>工业路街道</p>", result.Message!.Html);
    }

    [Fact]
    public async Task Subject_still_holding_encoded_words_is_decoded()
    {
        var encoded = "=?GB2312?B?" + Convert.ToBase64String(SendGridPayloadBuilder.Gb18030.GetBytes("矿山街道")) + "?= =?GB2312?B?" +
            Convert.ToBase64String(SendGridPayloadBuilder.Gb18030.GetBytes("简报")) + "?=";

        var result = await SendGridPayloadBuilder.Parsed("a <a@example.org>", encoded, "x").ParseAsync();

        Assert.Equal("矿山街道简报", result.Message!.Subject);
    }

    [Fact]
    public async Task Recipients_come_from_the_to_field_and_the_envelope_in_lower_case()
    {
        var result = await SendGridPayloadBuilder.Parsed("a <a@example.org>", "s", "t", to: "投稿 <TouGao@Parse.Example.org>, bianji@example.org").ParseAsync();

        Assert.Equal(["tougao@parse.example.org", "bianji@example.org"], result.Message!.To);
    }

    [Fact]
    public async Task Bytes_of_a_gb2312_field_read_as_utf8_would_be_garbled()
    {
        // Guards the premise of the tests above: the field bytes really are not UTF-8.
        var bytes = SendGridPayloadBuilder.Gb18030.GetBytes("新安路街道");

        Assert.NotEqual("新安路街道", Encoding.UTF8.GetString(bytes));
        Assert.Equal("新安路街道", (await SendGridPayloadBuilder.Parsed("a <a@example.org>", "新安路街道", "t", "gb2312").ParseAsync()).Message!.Subject);
    }
}
