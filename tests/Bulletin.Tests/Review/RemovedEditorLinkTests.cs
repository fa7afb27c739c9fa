using System.Net;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Directory;

namespace Bulletin.Tests.Review;

/// <summary>A review link lives 14 days; the directory may drop its editor any day. The link follows the directory.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class RemovedEditorLinkTests(DashboardHostFixture app)
{
    [Fact]
    public async Task The_review_link_of_an_editor_removed_from_the_directory_answers_403_naming_whom_to_ask_and_decides_nothing()
    {
        var id = await app.SubmitByMailAsync("新安路街道开展消防演练 " + Guid.NewGuid().ToString("N")[..6]);
        var adopt = ReviewHost.LinksOf((await app.ReviewMailsAsync(id))[ReviewHost.Hao])["adopt"];
        var form = await app.FillFormAsync(adopt, "adopt");
        try
        {
            await app.ImportDemoWithoutAsync(ReviewHost.Hao);

            var page = await app.Http.GetAsync(adopt);
            var posted = await app.Http.PostAsync(adopt, new FormUrlEncodedContent(form));

            await DirectoryChanges.AssertRefusedAsync([page, posted], $"{ReviewHost.Hao} 的，该邮箱已不在通讯录的编辑、签发人名单中", "请联系编辑部：李德昭（li.dezhao@example.org）");
            Assert.Equal("Submitted", (await app.SubmissionAsync(id)).GetString("Status"));
            Assert.Empty(await app.AuditAsync(id));
            Assert.Empty(await app.NoticesAsync(id));
        }
        finally
        {
            await app.RestoreDemoAsync();
        }
    }
}
