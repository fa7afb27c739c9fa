using System.Net;
using System.Text.Json.Nodes;
using Bulletin.Tests.Directory;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;
using Bulletin.Tests.Intake.Inbound;

namespace Bulletin.Tests.Review;

/// <summary>Decisions by replying to the review mail, through the local host: the reply goes to the mail's Reply-To
/// address and comes back as SendGrid Inbound Parse posts it.</summary>
[Collection(nameof(ReviewReplyHostCollection))]
public sealed class ReviewReplyEndToEndTests(ReviewReplyHostFixture app)
{
    [Fact]
    public async Task An_editor_rejects_by_replying_and_the_submitter_is_told_the_reason()
    {
        var (submission, replyTo) = await SubmitAsync("xinanlu.xinxi@example.org", "新安路街道社区议事会");

        await ReplyAsync(ReviewHost.Hao, replyTo[ReviewHost.Hao], "不采用\n内容与上期重复\n\n> 原邮件…\n> 采用：http://localhost/api/review");

        var stored = await Eventually.GetAsync(() => app.SubmissionAsync(submission), s => s.GetString("Status") != "Submitted", because: "the reply decides");
        Assert.Equal(("Rejected", "内容与上期重复", ReviewHost.Hao), (stored.GetString("Status"), stored.GetString("DecisionReason"), stored.GetString("DecidedBy")));
        var entry = Assert.Single(await app.AuditAsync(submission));
        Assert.Equal("Reply", entry.GetString("Channel"));
        Assert.StartsWith("reply:", entry.GetString("Link"));
        var notice = Assert.Single(await Eventually.GetAsync(() => app.NoticesAsync(submission), n => n.Count > 0, because: "the submitter is told"));
        Assert.Contains("内容与上期重复", Outbox.TextOf(notice));
        var answer = await AnswerAsync(ReviewHost.Hao, submission);
        Assert.Contains("不采用", Outbox.TextOf(answer));
    }

    [Fact]
    public async Task The_same_reply_delivered_twice_decides_once_and_is_answered_once()
    {
        var (submission, replyTo) = await SubmitAsync("zhongxinlu.xinxi@example.org", "中心路街道文明实践");
        var messageId = $"{Guid.NewGuid():N}@example.org";

        await ReplyAsync(ReviewHost.Hao, replyTo[ReviewHost.Hao], "采用", messageId);
        var first = await Eventually.GetAsync(() => app.SubmissionAsync(submission), s => s.GetString("Status") == "Adopted", because: "the reply decides");
        await AnswerAsync(ReviewHost.Hao, submission);
        await ReplyAsync(ReviewHost.Hao, replyTo[ReviewHost.Hao], "采用", messageId);
        await AllInboundMailProcessedAsync();

        Assert.Equal(first.GetString("DecisionId"), (await app.SubmissionAsync(submission)).GetString("DecisionId"));
        Assert.Single(await app.AuditAsync(submission));
        Assert.Single(await AnswersAsync(ReviewHost.Hao, submission));
    }

    [Fact]
    public async Task A_reply_from_another_address_decides_nothing_and_is_held()
    {
        var (submission, replyTo) = await SubmitAsync("gongyelu.xinxi@example.org", "工业路街道企业走访");

        await ReplyAsync(ReviewHost.Li, replyTo[ReviewHost.Hao], "采用");

        var held = await Eventually.GetAsync(() => app.QuarantineAsync(ReviewHost.Li), h => h.Count > 0, because: "the reply is held");
        Assert.Equal("ReviewReplyRefused", Assert.Single(held).GetString("Reason"));
        Assert.Equal("Submitted", (await app.SubmissionAsync(submission)).GetString("Status"));
        Assert.Empty(await app.AuditAsync(submission));
    }

    [Fact]
    public async Task A_forged_reply_is_held_as_unauthenticated_and_decides_nothing()
    {
        const string forger = "hao.jie@example.org";
        var (submission, replyTo) = await SubmitAsync("xinanlu.xinxi@example.org", "新安路街道平安建设");
        var mail = SendGridPayloadBuilder.Parsed(forger, "Re: 待审稿", "采用", to: replyTo[forger], spf: "fail", dkim: "none",
            headers: IntakeHost.Headers($"{Guid.NewGuid():N}@example.org", forger));

        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);

        var held = await Eventually.GetAsync(() => app.QuarantineAsync(forger), h => h.Any(e => e.GetString("Reason") == "SenderNotAuthenticated"), because: "the forged reply is held");
        Assert.NotEmpty(held);
        Assert.Equal("Submitted", (await app.SubmissionAsync(submission)).GetString("Status"));
    }

    [Fact]
    public async Task Sending_back_by_reply_without_a_reason_is_answered_with_what_is_missing()
    {
        var (submission, replyTo) = await SubmitAsync("zhongxinlu.xinxi@example.org", "中心路街道垃圾分类");

        await ReplyAsync(ReviewHost.Li, replyTo[ReviewHost.Li], "退回\n\n> 原邮件");

        var answer = await AnswerAsync(ReviewHost.Li, submission);
        Assert.Contains("请填写退回修改的理由", Outbox.TextOf(answer));
        Assert.Equal("Submitted", (await app.SubmissionAsync(submission)).GetString("Status"));
    }

    [Fact]
    public async Task A_reply_that_starts_with_other_words_is_answered_with_the_allowed_first_words()
    {
        var (submission, replyTo) = await SubmitAsync("gongyelu.xinxi@example.org", "工业路街道安全生产");

        await ReplyAsync(ReviewHost.Li, replyTo[ReviewHost.Li], "收到，稍后看");

        var answer = await AnswerAsync(ReviewHost.Li, submission);
        Assert.Contains("未能识别", Outbox.SubjectOf(answer));
        Assert.Contains("“采用”“退回修改”", Outbox.TextOf(answer));
        Assert.Empty(await app.SubmissionsAsync(ReviewHost.Li));
    }

    [Fact]
    public async Task A_reply_to_the_send_back_notice_is_a_resubmission_linked_to_the_original_and_reviewed_again()
    {
        const string unit = "xinanlu.xinxi@example.org";
        var (original, replyTo) = await SubmitAsync(unit, "新安路街道项目建设");
        await ReplyAsync(ReviewHost.Li, replyTo[ReviewHost.Li], "退回：请补充具体数据");
        var notice = Assert.Single(await Eventually.GetAsync(() => app.NoticesAsync(original), n => n.Count > 0, because: "the submitter is told to revise"));

        var title = "新安路街道项目建设（修改稿） " + Guid.NewGuid().ToString("N")[..6];
        var revision = SendGridPayloadBuilder.Parsed(unit, "Re: " + Outbox.SubjectOf(notice),
            $"{title}\n\n今年已开工项目十二个，完成投资三点五亿元。下一步将持续总结经验做法，推动各项工作落地见效。",
            headers: IntakeHost.Headers($"{Guid.NewGuid():N}@example.org", unit));
        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(revision)).StatusCode);

        var resubmitted = (await Eventually.GetAsync(() => app.SubmissionsAsync(unit), all => all.Any(s => s.GetString("Title") == title), because: "the revision is registered"))
            .Single(s => s.GetString("Title") == title);
        Assert.Equal((original, "Submitted"), (resubmitted.GetString("PreviousSubmissionId"), resubmitted.GetString("Status")));
        Assert.Equal("RevisionRequested", (await app.SubmissionAsync(original)).GetString("Status"));
        var reviewMail = (await app.ReviewMailsAsync(resubmitted.RowKey))[ReviewHost.Hao];
        Assert.Contains($"修改稿，原稿编号 {original}", Outbox.TextOf(reviewMail));
    }

    /// <summary>Submits by mail; returns the submission id and the Reply-To address of each editor's review mail.</summary>
    [Fact]
    public async Task A_reply_from_an_editor_removed_from_the_directory_decides_nothing_and_is_answered_with_whom_to_ask()
    {
        var (submission, replyTo) = await SubmitAsync("kuangshan.xinxi@example.org", "矿山街道老旧小区改造");
        try
        {
            await app.ImportDemoWithoutAsync(ReviewHost.Li);

            await ReplyAsync(ReviewHost.Li, replyTo[ReviewHost.Li], "采用");

            var answer = Outbox.TextOf(await AnswerAsync(ReviewHost.Li, submission));
            Assert.Contains($"{ReviewHost.Li} 的，该邮箱已不在通讯录的编辑、签发人名单中", answer);
            Assert.Contains("请联系编辑部：郝婕（hao.jie@example.org）", answer);
            Assert.Equal("Submitted", (await app.SubmissionAsync(submission)).GetString("Status"));
            Assert.Empty(await app.AuditAsync(submission));
        }
        finally
        {
            await app.RestoreDemoAsync();
        }
    }

    private async Task<(string Id, Dictionary<string, string> ReplyTo)> SubmitAsync(string from, string title)
    {
        var submission = await app.SubmitByMailAsync(from, $"{title} {Guid.NewGuid().ToString("N")[..6]}",
            "街道组织开展专项活动，居民参与踊跃。下一步将持续总结经验做法，推动各项工作落地见效。");
        var mails = await app.ReviewMailsAsync(submission.RowKey);
        return (submission.RowKey, mails.ToDictionary(m => m.Key, m => m.Value["reply_to"]!["email"]!.ToString()));
    }

    /// <summary>Posts a reply as SendGrid Inbound Parse would, from an authenticated sender.</summary>
    private async Task ReplyAsync(string from, string to, string text, string? messageId = null)
    {
        var mail = SendGridPayloadBuilder.Parsed(from, "Re: 【待审稿】", text, to: to,
            headers: IntakeHost.Headers(messageId ?? $"{Guid.NewGuid():N}@example.org", from));
        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);
    }

    private async Task<List<JsonNode>> AnswersAsync(string editor, string submissionId) =>
        (await app.Http.MailsToAsync(editor)).Where(m => Outbox.SubjectOf(m).StartsWith("【审稿回复】") && Outbox.TextOf(m).Contains(submissionId)).ToList();

    private async Task<JsonNode> AnswerAsync(string editor, string submissionId) =>
        Assert.Single(await Eventually.GetAsync(() => AnswersAsync(editor, submissionId), a => a.Count > 0, because: "the editor is answered"));

    private Task<bool> AllInboundMailProcessedAsync() =>
        Eventually.GetAsync(async () => (await app.Queues.GetQueueClient("inbound-mail").GetPropertiesAsync()).Value.ApproximateMessagesCount == 0,
            done => done, because: "every delivery is processed (the count includes messages being processed)");
}
