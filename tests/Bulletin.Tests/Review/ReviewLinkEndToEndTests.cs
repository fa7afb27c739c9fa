using Bulletin.Tests.Intake.EndToEnd;
using System.Net;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Review;

/// <summary>From an inbound mail to a decision, through the local host, reading the links out of the mail sink as an editor would.</summary>
[Collection(nameof(ReviewHostCollection))]
public sealed class ReviewLinkEndToEndTests(ReviewHostFixture app)
{
    [Fact]
    public async Task An_editor_follows_the_adopt_link_confirms_and_the_submitter_is_told()
    {
        var submission = await app.SubmitByMailAsync("xinanlu.xinxi@example.org", "新安路街道推进重点项目 " + Guid.NewGuid().ToString("N")[..6],
            "近日，区新安路街道围绕“服务中铝、打造陆港”的工作思路，大力推行党建引领“3个+”服务。");
        var mails = await app.ReviewMailsAsync(submission.RowKey);
        Assert.Equal([ReviewHost.Hao, ReviewHost.Li], mails.Keys.Order());
        Assert.Contains(submission.GetString("Title"), Outbox.TextOf(mails[ReviewHost.Hao]));
        Assert.Contains("新安路街道", Outbox.TextOf(mails[ReviewHost.Hao]));
        var adopt = ReviewHost.LinksOf(mails[ReviewHost.Hao])["adopt"];

        var page = await app.Http.GetAsync(adopt);
        var decided = await app.DecideAsync(adopt, "adopt");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("value=\"adopt\" style=\"width:auto\" checked", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("采用", await decided.Content.ReadAsStringAsync());
        var stored = await app.SubmissionAsync(submission.RowKey);
        Assert.Equal("Adopted", stored.GetString("Status"));
        Assert.Equal(ReviewHost.Hao, stored.GetString("DecidedBy"));
        var entry = Assert.Single(await app.AuditAsync(submission.RowKey));
        Assert.Equal((ReviewHost.Hao, "Link", "Submitted", "Adopted"),
            (entry.GetString("Editor"), entry.GetString("Channel"), entry.GetString("FromStatus"), entry.GetString("ToStatus")));
        var notice = Assert.Single(await Eventually.GetAsync(() => app.NoticesAsync(submission.RowKey), n => n.Count > 0, because: "the submitter is told"));
        Assert.Contains("已采用", Outbox.SubjectOf(notice));
        Assert.Equal("xinanlu.xinxi@example.org", notice["personalizations"]![0]!["to"]![0]!["email"]!.ToString());
    }

    [Fact]
    public async Task Fetching_every_link_of_the_review_mails_as_a_scanner_changes_nothing()
    {
        var submission = await app.SubmitByMailAsync("zhongxinlu.xinxi@example.org", "中心路街道开展志愿服务 " + Guid.NewGuid().ToString("N")[..6],
            "中心路街道组织志愿者开展环境整治活动，清理卫生死角二十余处。");
        var mails = await app.ReviewMailsAsync(submission.RowKey);

        foreach (var link in mails.Values.SelectMany(m => ReviewHost.LinksOf(m).Values))
            Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync(link)).StatusCode);

        Assert.Equal("Submitted", (await app.SubmissionAsync(submission.RowKey)).GetString("Status"));
        Assert.Empty(await app.AuditAsync(submission.RowKey));
        Assert.Empty(await app.NoticesAsync(submission.RowKey));
    }

    [Fact]
    public async Task Two_editors_deciding_at_once_give_exactly_one_decision_and_the_other_is_told_who_decided()
    {
        var submission = await app.SubmitByMailAsync("gongyelu.xinxi@example.org", "工业路街道优化营商环境 " + Guid.NewGuid().ToString("N")[..6],
            "工业路街道设立企业服务专员，今年已帮助企业解决问题三十余个。");
        var mails = await app.ReviewMailsAsync(submission.RowKey);

        var responses = await Task.WhenAll(
            app.DecideAsync(ReviewHost.LinksOf(mails[ReviewHost.Hao])["adopt"], "adopt"),
            app.DecideAsync(ReviewHost.LinksOf(mails[ReviewHost.Li])["reject"], "reject", "与本期主题无关"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var stored = await app.SubmissionAsync(submission.RowKey);
        var winner = stored.GetString("DecidedBy");
        var loserPage = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync();
        Assert.Contains(winner, loserPage);
        Assert.Contains(winner == ReviewHost.Hao ? "采用" : "不采用", loserPage);
        Assert.Single(await app.AuditAsync(submission.RowKey));
    }

    [Fact]
    public async Task Posting_the_same_decision_again_answers_already_decided_by_you_and_changes_nothing()
    {
        var submission = await app.SubmitByMailAsync("xinanlu.xinxi@example.org", "新安路街道垃圾分类 " + Guid.NewGuid().ToString("N")[..6],
            "济源路街道推行垃圾分类，居民参与率达到百分之九十。下一步将持续总结经验做法，推动各项工作落地见效。");
        var revise = ReviewHost.LinksOf((await app.ReviewMailsAsync(submission.RowKey))[ReviewHost.Li])["revise"];
        var form = await app.FillFormAsync(revise, "revise", "请补充具体数据");
        Assert.Equal(HttpStatusCode.OK, (await app.Http.PostAsync(revise, new FormUrlEncodedContent(form))).StatusCode);
        var first = await app.SubmissionAsync(submission.RowKey);

        var again = await app.Http.PostAsync(revise, new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("已由 <strong>您</strong>", await again.Content.ReadAsStringAsync());
        Assert.Equal(first.GetString("DecisionId"), (await app.SubmissionAsync(submission.RowKey)).GetString("DecisionId"));
        Assert.Single(await app.AuditAsync(submission.RowKey));
        var notice = Assert.Single(await Eventually.GetAsync(() => app.NoticesAsync(submission.RowKey), n => n.Count > 0));
        Assert.Contains("请补充具体数据", Outbox.TextOf(notice));
    }

    [Fact]
    public async Task Sending_back_without_a_reason_is_refused_with_a_chinese_message_and_changes_nothing()
    {
        var submission = await app.SubmitByMailAsync("zhongxinlu.xinxi@example.org", "中心路街道老旧小区改造 " + Guid.NewGuid().ToString("N")[..6],
            "矿山街道今年完成老旧小区改造十二个，惠及居民三千余户。下一步将持续总结经验做法，推动各项工作落地见效。");
        var revise = ReviewHost.LinksOf((await app.ReviewMailsAsync(submission.RowKey))[ReviewHost.Hao])["revise"];

        var response = await app.DecideAsync(revise, "revise", "  ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写退回修改的理由", await response.Content.ReadAsStringAsync());
        Assert.Equal("Submitted", (await app.SubmissionAsync(submission.RowKey)).GetString("Status"));
    }

    [Fact]
    public async Task A_post_without_the_pages_proof_is_refused_and_changes_nothing()
    {
        var submission = await app.SubmitByMailAsync("gongyelu.xinxi@example.org", "工业路街道乡村振兴 " + Guid.NewGuid().ToString("N")[..6],
            "峡窝镇发展特色种植，带动农户增收。下一步将持续总结经验做法，推动各项工作落地见效。");
        var adopt = ReviewHost.LinksOf((await app.ReviewMailsAsync(submission.RowKey))[ReviewHost.Hao])["adopt"];

        var response = await app.Http.PostAsync(adopt, new FormUrlEncodedContent(new Dictionary<string, string> { ["choice"] = "adopt" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Submitted", (await app.SubmissionAsync(submission.RowKey)).GetString("Status"));
    }

    [Theory]
    [InlineData("/api/review?token=not-a-token&choice=adopt")]
    [InlineData("/api/review?choice=adopt")]
    public async Task A_broken_link_gets_a_chinese_page_and_403(string link)
    {
        var response = await app.Http.GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("链接无效", await response.Content.ReadAsStringAsync());
    }
}
