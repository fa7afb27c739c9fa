using System.Net;
using System.Text.Json;
using Bulletin.Intake;
using Bulletin.Intake.Photos;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.Inbound;
using Bulletin.Tests.Intake.Photos;

namespace Bulletin.Tests.Intake.EndToEnd;

/// <summary>Photos mailed as attachments go with the mail's article, captioned by their file names; one over 10 MB is left
/// out and the receipt says which and what to do, while the article and the other photo are registered. Photos chosen on
/// the upload page come with their captions, their GPS stripped.</summary>
[Collection(nameof(IntakeHostCollection))]
public sealed class PhotoLimitTests(IntakeHostFixture app)
{
    [Fact]
    public async Task An_image_over_10_MB_is_left_out_and_the_receipt_says_what_to_do_while_the_article_and_other_photo_are_registered()
    {
        const string sender = "zjj.xinxi@example.org";
        const string title = "区住建局开展老旧小区改造回头看";
        var oversized = TestPhotos.Jpeg.Concat(new byte[PhotoLimits.MaxBytes + 512 * 1024]).ToArray();
        var mail = SendGridPayloadBuilder.Parsed(sender, title,
            "区住建局近日组织人员对今年完成改造的老旧小区开展回头看，逐一检查屋面防水、管网和道路，发现问题十二处，已全部交办整改。",
            headers: IntakeHost.Headers($"{Guid.NewGuid():N}@example.org", sender),
            attachments: [("整改现场.jpg", "image/jpeg", TestPhotos.Jpeg), ("IMG_2043.jpg", "image/jpeg", oversized)]);

        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);

        // Other tests of the collection mail from the same officer: this article's receipt and submission are told by the title.
        var receipt = Assert.Single(await Eventually.GetAsync(async () => (await app.Http.MailsToAsync(sender)).Where(m => Outbox.TextOf(m).Contains(title)).ToList(),
            m => m.Count > 0, because: "the receipt is sent"));
        Assert.Contains("图片《IMG_2043.jpg》有 10.5 MB，超过每张 10 MB 的上限，未编入稿件：请把图片压缩到 10 MB 以内（如另存为 JPEG）后，把本稿连同图片重新发送一次。",
            Outbox.TextOf(receipt));
        Assert.Contains("稿件带有 1 张图片，已随稿件登记。", Outbox.TextOf(receipt));
        var submission = Assert.Single(await app.SubmissionsAsync(sender), s => s.GetString("Title") == title);
        var photo = Assert.Single(JsonSerializer.Deserialize<List<ArticlePhoto>>(submission.GetString("Photos"))!);
        Assert.Equal(("整改现场", 1, 320, 240), (photo.Caption, photo.AfterParagraph, photo.Width, photo.Height));
    }

    [Fact]
    public async Task Photos_chosen_on_the_upload_page_are_registered_with_their_captions_and_without_GPS()
    {
        var link = await app.SubmissionLinkAsync("区卫生健康委员会");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("wjw.xinxi@example.org"), "submitter" },
            { new StringContent("区卫健委开展义诊进社区活动"), "title" },
            { new StringContent("区卫健委组织二十名医生走进社区开展义诊，为居民测量血压血糖、讲解慢病防治知识，受到群众欢迎。"), "text" },
            { new StringContent("图为医生为居民测量血压；"), "photoCaptions" },
            { new ByteArrayContent(TestPhotos.WithExif(TestPhotos.Jpeg)), "file", "义诊1.jpg" },
            { new ByteArrayContent(TestPhotos.Jpeg), "photos", "社区义诊现场.jpg" },
        };

        var response = await app.Http.PostAsync(link.PathAndQuery, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var submission = Assert.Single(await app.SubmissionsAsync("wjw.xinxi@example.org"), s => s.GetString("Title") == "区卫健委开展义诊进社区活动");
        var photos = JsonSerializer.Deserialize<List<ArticlePhoto>>(submission.GetString("Photos"))!;
        Assert.Equal(["图为医生为居民测量血压", "社区义诊现场"], photos.Select(p => p.Caption));
        Assert.Single(photos.Select(p => p.Name).Distinct()); // the same image once GPS is gone: one blob
        var blob = (await app.Blobs.GetBlobContainerClient("photos").GetBlobClient(photos[0].Name).DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(TestPhotos.Jpeg, blob);
    }
}
