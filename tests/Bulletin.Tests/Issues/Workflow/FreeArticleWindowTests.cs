using System.Net;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Tests.Dashboard;

namespace Bulletin.Tests.Issues.Workflow;

/// <summary>新建一期 offers the adopted articles of the last three months, not every one ever adopted and never printed
/// (five years leave thousands); a link lists older ones, and an older one can still be printed.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class FreeArticleWindowTests(DashboardHostFixture app)
{
    [Fact]
    public async Task The_form_offers_three_months_of_adopted_articles_and_an_older_one_is_listed_on_asking_and_can_be_printed()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var recent = await app.AdoptAsync(http, cookie, "本月采用的稿件 " + Guid.NewGuid().ToString("N")[..6]);
        var oldTitle = "五个月前采用的稿件 " + Guid.NewGuid().ToString("N")[..6];
        var old = await AdoptedMonthsAgoAsync(5, oldTitle);

        var page = await (await http.GetAsync("/api/dashboard/issues", cookie)).Content.ReadAsStringAsync();
        var longer = await (await http.GetAsync("/api/dashboard/issues?months=12", cookie)).Content.ReadAsStringAsync();
        var created = await http.PostFormAsync("/api/dashboard/issues", cookie, await IssueDashboard.DraftFieldsAsync(http, cookie, [old]));

        Assert.Contains($"value=\"{recent.Id}\"", page);
        Assert.DoesNotContain(old, page);
        Assert.Contains("列出近 3 个月报送、已采用、尚未编入的稿件。", page);
        Assert.Contains("href=\"/api/dashboard/issues?months=12\"", page);
        Assert.Contains($"value=\"{old}\"", longer);
        Assert.Contains("列出近 12 个月报送", longer);
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        var draft = await (await http.GetAsync(created.Headers.Location!.OriginalString, cookie)).Content.ReadAsStringAsync();
        Assert.Contains(oldTitle, draft);
    }

    /// <summary>An adopted submission received <paramref name="months"/> months ago, stored as intake and review leave it.</summary>
    private async Task<string> AdoptedMonthsAgoAsync(int months, string title)
    {
        var received = DateTimeOffset.UtcNow.AddMonths(-months);
        var id = SubmissionId.Create(received, title);
        await new SubmissionStore(app.Tables, app.Blobs).AddIfAbsentAsync(new Submission(id, "区总工会", "xxy@example.org", "信息员",
            SubmissionSource.Email, title, ["近日，区总工会开展职工技能比武活动。"], [], SubmissionStatus.Adopted, received, null), null, CancellationToken.None);
        return id;
    }
}
