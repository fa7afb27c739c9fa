using Bulletin.Issues.Archive;
using Bulletin.Security;
using Bulletin.Tests.Review;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Issues.Archive;

/// <summary>The archive link of an issue mail: signed for that issue, expiring after the configured days, and opening
/// issues up to that one only.</summary>
public sealed class IssueArchiveLinksTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private readonly LinkSigner _signer;
    private readonly IssueArchiveLinks _links;

    public IssueArchiveLinksTests()
    {
        var options = Options.Create(new LinkOptions { SigningKey = new string('k', 40), PublicBaseUrl = "https://bulletin.example.org/" });
        _signer = new LinkSigner(options, _clock);
        _links = new IssueArchiveLinks(_signer, options, Options.Create(new ArchiveOptions()), _clock);
    }

    [Fact]
    public void The_link_points_at_the_archive_page_and_opens_issues_up_to_its_own()
    {
        var url = _links.ForIssue(2020, 20);

        Assert.StartsWith("https://bulletin.example.org/api/archive?token=", url, StringComparison.Ordinal);
        var (reach, problem) = _links.Check(url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        Assert.Null(problem);
        Assert.Equal(new ArchiveReach(2020, 20), reach);
        Assert.True(reach!.Includes(2020, 20));
        Assert.True(reach.Includes(2020, 3));
        Assert.True(reach.Includes(2019, 60));
        Assert.False(reach.Includes(2020, 21));
        Assert.False(reach.Includes(2021, 1));
    }

    [Fact]
    public void The_link_works_for_365_days_by_default_and_then_expires()
    {
        var token = _links.Token(2020, 20);

        _clock.Now = Start.AddDays(365).AddMinutes(-1);
        Assert.NotNull(_links.Check(token).Reach);
        _clock.Now = Start.AddDays(365).AddMinutes(1);
        Assert.Equal((null, LinkProblem.Expired), _links.Check(token));
    }

    [Fact]
    public void The_lifetime_follows_the_setting()
    {
        var links = new IssueArchiveLinks(_signer, Options.Create(new LinkOptions { SigningKey = new string('k', 40), PublicBaseUrl = "https://b.example.org" }),
            Options.Create(new ArchiveOptions { ArchiveLinkLifetimeDays = 30 }), _clock);
        var token = links.Token(2020, 20);

        _clock.Now = Start.AddDays(31);

        Assert.Equal(LinkProblem.Expired, links.Check(token).Problem);
    }

    [Fact]
    public void A_token_of_another_purpose_or_changed_in_one_character_opens_nothing()
    {
        var review = _signer.Sign(new LinkClaims("review", "2020/20", 0, Start.AddDays(1), "hao.jie@example.org"));
        var token = _links.Token(2020, 20);
        var changed = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

        Assert.Equal((null, LinkProblem.WrongPurpose), _links.Check(review));
        Assert.Equal((null, LinkProblem.Tampered), _links.Check(changed));
        Assert.Equal((null, LinkProblem.Malformed), _links.Check(""));
    }

    [Fact]
    public void An_archive_token_whose_subject_is_not_an_issue_opens_nothing()
    {
        var odd = _signer.Sign(new LinkClaims(IssueArchiveLinks.Purpose, "everything", 0, Start.AddDays(1)));

        Assert.Equal((null, LinkProblem.Malformed), _links.Check(odd));
    }
}
