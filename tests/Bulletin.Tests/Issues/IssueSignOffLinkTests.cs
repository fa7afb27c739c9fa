using Bulletin.Issues;
using Bulletin.Security;
using Bulletin.Tests.Issues.Storage;
using Bulletin.Tests.Review;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Issues;

/// <summary>The 签发 link's token: one issue as previewed, made out to the 签发人, expiring, useless when changed.</summary>
public sealed class IssueSignOffLinkTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private readonly IOptions<LinkOptions> _linkOptions = Options.Create(new LinkOptions { SigningKey = new string('k', 40), PublicBaseUrl = "https://bulletin.example.org/" });
    private readonly BulletinOptions _bulletin = new() { SignOffAddress = "Song.Wenhua@example.org", SignOffName = "宋文华" };
    private readonly LinkSigner _signer;
    private readonly IssueSignOffLinks _links;
    private readonly AssembledIssue _issue = StoredIssues.Seed(2026, 7);

    public IssueSignOffLinkTests()
    {
        _signer = new LinkSigner(_linkOptions, _clock);
        _links = new IssueSignOffLinks(_signer, _linkOptions, Options.Create(_bulletin), _clock);
    }

    [Fact]
    public void A_link_names_its_issue_and_the_signer_and_points_at_the_sign_off_page()
    {
        var token = _links.Token(_issue);
        var link = _links.Check(token);

        Assert.Equal((2026, 7, "song.wenhua@example.org"), (link.Year, link.Number, link.Actor));
        Assert.True(IssueSignOffLinks.StillAsPreviewed(link, _issue));
        Assert.Equal($"https://bulletin.example.org/api/issues/sign-off?token={token}", _links.Url(token));
    }

    [Fact]
    public void A_link_works_for_seven_days_and_then_expires()
    {
        var token = _links.Token(_issue);

        _clock.Now = Start.AddDays(7).AddMinutes(-1);
        Assert.True(_links.Check(token).IsValid);
        _clock.Now = Start.AddDays(7).AddMinutes(1);
        Assert.Equal(SignOffLinkProblem.Expired, _links.Check(token).Problem);
    }

    [Fact]
    public void A_token_changed_in_one_character_is_refused()
    {
        var token = _links.Token(_issue);
        var changed = token[..8] + (token[8] == 'A' ? 'B' : 'A') + token[9..];

        Assert.Equal(SignOffLinkProblem.Invalid, _links.Check(changed).Problem);
    }

    [Fact]
    public void A_payload_rewritten_for_another_issue_fails_the_signature()
    {
        var token = _links.Token(_issue);
        var otherIssue = _links.Token(_issue with { Number = 8 });

        Assert.Equal(SignOffLinkProblem.Invalid, _links.Check(otherIssue.Split('.')[0] + "." + token.Split('.')[1]).Problem);
    }

    [Fact]
    public void A_link_made_out_to_someone_else_than_the_signer_is_refused()
    {
        var forEditor = _signer.Sign(new LinkClaims(IssueSignOffLinks.Purpose, "2026/007/0123456789abcdef", 0, Start.AddDays(7), "hao.jie@example.org"));
        var token = _links.Token(_issue);

        Assert.Equal(SignOffLinkProblem.NotForSigner, _links.Check(forEditor).Problem);
        // The 签发人 changes in the settings: links mailed to the former one stop working.
        _bulletin.SignOffAddress = "li.dezhao@example.org";
        Assert.Equal(SignOffLinkProblem.NotForSigner, _links.Check(token).Problem);
    }

    [Fact]
    public void A_review_link_is_not_a_sign_off_link()
    {
        var review = _signer.Sign(new LinkClaims("review", "2026/007/0123456789abcdef", 0, Start.AddDays(7), "song.wenhua@example.org"));

        Assert.Equal(SignOffLinkProblem.Invalid, _links.Check(review).Problem);
    }

    [Fact]
    public void Any_change_to_what_the_issue_prints_leaves_the_link_behind()
    {
        var link = _links.Check(_links.Token(_issue));

        Assert.False(IssueSignOffLinks.StillAsPreviewed(link, _issue with { IssuedTo = _issue.IssuedTo + "、区教育局" }));
        Assert.False(IssueSignOffLinks.StillAsPreviewed(link, _issue with { Articles = _issue.Articles.Reverse().ToList() }));
        Assert.False(IssueSignOffLinks.StillAsPreviewed(link, _issue with { Editors = ["郝婕"] }));
        Assert.True(IssueSignOffLinks.StillAsPreviewed(link, _issue with { State = IssueState.SignedOff }));
    }
}
