using System.Net;
using Bulletin.Tests.Intake.EndToEnd;

namespace Bulletin.Tests.Review;

/// <summary>A decision POST the review page cannot read, or with a title longer than allowed, is answered 4xx with a
/// Chinese page and decides nothing.</summary>
[Collection(nameof(ReviewHostCollection))]
public sealed class UnreadableReviewPostTests(ReviewHostFixture app)
{
    [Theory]
    [InlineData("broken-multipart", HttpStatusCode.BadRequest)]
    [InlineData("10000-parts", HttpStatusCode.BadRequest)]
    [InlineData("not-a-form", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("long-title", HttpStatusCode.BadRequest)]
    public async Task An_unreadable_decision_is_refused_with_a_Chinese_page_and_decides_nothing(string kind, HttpStatusCode status)
    {
        var submission = await app.SubmitByMailAsync("xinanlu.xinxi@example.org", "新安路街道开展垃圾分类宣传 " + Guid.NewGuid().ToString("N")[..6],
            "近日，区新安路街道围绕“服务中铝、打造陆港”的工作思路，大力推行党建引领“3个+”服务，组织志愿者开展垃圾分类宣传活动。");
        var adopt = ReviewHost.LinksOf((await app.ReviewMailsAsync(submission.RowKey))[ReviewHost.Hao])["adopt"];
        HttpContent body = kind == "long-title"
            ? new FormUrlEncodedContent(await app.FillFormAsync(adopt, "adopt", title: new string('长', 100_000)))
            : UnreadableUploadTests.Body(kind);

        var response = await app.Http.PostAsync(adopt, body);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(kind == "long-title" ? "不能超过 200 字" : "未作任何更改", await response.Content.ReadAsStringAsync());
        Assert.Equal("Submitted", (await app.SubmissionAsync(submission.RowKey)).GetString("Status"));
        Assert.Empty(await app.AuditAsync(submission.RowKey));
    }
}
