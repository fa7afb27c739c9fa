using Bulletin.Review;
using Bulletin.Security;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Review;

/// <summary>The review links' tokens: bound to one submission and one editor, expiring, and useless when changed.</summary>
public sealed class ReviewLinkTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private readonly LinkSigner _signer;
    private readonly ReviewLinks _links;

    public ReviewLinkTests()
    {
        var options = Options.Create(new LinkOptions { SigningKey = new string('k', 40), PublicBaseUrl = "https://bulletin.example.org" });
        _signer = new LinkSigner(options, _clock);
        _links = new ReviewLinks(_signer, options, Options.Create(new ReviewOptions { LinkLifetimeDays = 14 }), _clock);
    }

    [Fact]
    public void A_link_names_its_submission_and_its_editor()
    {
        var claims = _links.Check(_links.Token("20261125-K7Q2M9", "Hao.Jie@example.org")).Claims;

        Assert.Equal("20261125-K7Q2M9", claims!.Subject);
        Assert.Equal("hao.jie@example.org", claims.Actor);
    }

    [Fact]
    public void A_link_points_at_the_review_page_with_its_choice()
    {
        var url = _links.Url("abc.def", ReviewChoice.Revise);

        Assert.Equal("https://bulletin.example.org/api/review?token=abc.def&choice=revise", url);
    }

    [Fact]
    public void A_token_changed_in_one_character_is_tampered()
    {
        var token = _links.Token("20261125-K7Q2M9", "hao.jie@example.org");
        var changed = token[..5] + (token[5] == 'A' ? 'B' : 'A') + token[6..];

        Assert.Contains(_links.Check(changed).Problem, new LinkProblem?[] { LinkProblem.Tampered, LinkProblem.Malformed });
    }

    [Fact]
    public void A_payload_rewritten_for_another_editor_fails_the_signature()
    {
        var token = _links.Token("20261125-K7Q2M9", "hao.jie@example.org");
        var forged = _signer.Sign(new LinkClaims("review", "20261125-K7Q2M9", 0, Start.AddDays(14), "li.dezhao@example.org")).Split('.')[0]
            + "." + token.Split('.')[1];

        Assert.Equal(LinkProblem.Tampered, _links.Check(forged).Problem);
    }

    [Fact]
    public void A_link_works_for_its_lifetime_and_then_expires()
    {
        var token = _links.Token("20261125-K7Q2M9", "hao.jie@example.org");

        _clock.Now = Start.AddDays(14).AddMinutes(-1);
        Assert.True(_links.Check(token).IsValid);
        _clock.Now = Start.AddDays(14).AddMinutes(1);
        Assert.Equal(LinkProblem.Expired, _links.Check(token).Problem);
    }

    [Fact]
    public void A_submission_link_is_not_a_review_link()
    {
        var submitToken = _signer.Sign(new LinkClaims("submit", "新安路街道", 0, Start.AddDays(365), "hao.jie@example.org"));

        Assert.Equal(LinkProblem.WrongPurpose, _links.Check(submitToken).Problem);
    }

    [Fact]
    public void A_review_token_without_an_editor_is_refused()
    {
        var token = _signer.Sign(new LinkClaims("review", "20261125-K7Q2M9", 0, Start.AddDays(14)));

        Assert.False(_links.Check(token).IsValid);
    }

    [Fact]
    public void A_form_proof_is_valid_only_for_the_link_it_was_rendered_for()
    {
        var proofs = new ReviewFormProof(_signer, _clock);
        var hao = _links.Token("20261125-K7Q2M9", "hao.jie@example.org");
        var li = _links.Token("20261125-K7Q2M9", "li.dezhao@example.org");
        var proof = proofs.Issue(hao);

        Assert.True(proofs.IsValid(proof, hao));
        Assert.False(proofs.IsValid(proof, li));
        Assert.False(proofs.IsValid("", hao));
        Assert.NotEqual(proof, proofs.Issue(hao));
    }
}
