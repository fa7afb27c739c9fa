using Bulletin.Intake;
using Bulletin.Review;

namespace Bulletin.Tests.Review;

public sealed class ReviewStateMachineTests
{
    private const string Hao = "hao.jie@example.org";
    private const string Li = "li.dezhao@example.org";

    [Theory]
    [InlineData(ReviewChoice.Adopt, null, SubmissionStatus.Adopted)]
    [InlineData(ReviewChoice.Revise, "请补充数据", SubmissionStatus.RevisionRequested)]
    [InlineData(ReviewChoice.Reject, "与本期主题无关", SubmissionStatus.Rejected)]
    public void A_submitted_article_moves_to_the_state_of_the_choice(ReviewChoice choice, string? reason, SubmissionStatus expected)
    {
        var verdict = ReviewStateMachine.Evaluate(SubmissionStatus.Submitted, null, Request(Hao, choice, reason), allowRedecision: false);

        Assert.Equal(ReviewVerdictKind.Apply, verdict.Kind);
        Assert.Equal(expected, verdict.Target);
    }

    [Theory]
    [InlineData(ReviewChoice.Revise, "退回修改")]
    [InlineData(ReviewChoice.Reject, "不采用")]
    public void Sending_back_or_rejecting_without_a_reason_is_refused_with_a_chinese_message(ReviewChoice choice, string words)
    {
        var verdict = ReviewStateMachine.Evaluate(SubmissionStatus.Submitted, null, Request(Hao, choice, "  "), allowRedecision: false);

        Assert.Equal(ReviewVerdictKind.Invalid, verdict.Kind);
        Assert.Contains(words, verdict.Problem);
    }

    [Fact]
    public void Adopting_with_an_emptied_title_is_refused()
    {
        var verdict = ReviewStateMachine.Evaluate(SubmissionStatus.Submitted, null, Request(Hao, ReviewChoice.Adopt, null) with { EditedTitle = " " }, false);

        Assert.Equal(ReviewVerdictKind.Invalid, verdict.Kind);
    }

    [Fact]
    public void The_same_decision_by_the_same_editor_again_is_a_replay()
    {
        var verdict = ReviewStateMachine.Evaluate(SubmissionStatus.Adopted, Decided(Hao, SubmissionStatus.Adopted), Request("HAO.JIE@example.org", ReviewChoice.Adopt, null), false);

        Assert.Equal(ReviewVerdictKind.AlreadyDecidedByYou, verdict.Kind);
    }

    [Theory]
    [InlineData(Li, ReviewChoice.Adopt)]
    [InlineData(Li, ReviewChoice.Reject)]
    [InlineData(Hao, ReviewChoice.Reject)]
    public void A_decided_article_cannot_be_decided_again_through_a_link(string editor, ReviewChoice choice)
    {
        var verdict = ReviewStateMachine.Evaluate(SubmissionStatus.Adopted, Decided(Hao, SubmissionStatus.Adopted), Request(editor, choice, "理由"), allowRedecision: false);

        Assert.Equal(ReviewVerdictKind.AlreadyDecided, verdict.Kind);
    }

    [Fact]
    public void The_dashboard_may_decide_again_to_another_state()
    {
        var verdict = ReviewStateMachine.Evaluate(SubmissionStatus.Rejected, Decided(Li, SubmissionStatus.Rejected), Request(Hao, ReviewChoice.Adopt, null), allowRedecision: true);

        Assert.Equal(ReviewVerdictKind.Apply, verdict.Kind);
        Assert.Equal(SubmissionStatus.Adopted, verdict.Target);
    }

    [Fact]
    public void The_dashboard_deciding_the_state_it_is_in_changes_nothing()
    {
        var verdict = ReviewStateMachine.Evaluate(SubmissionStatus.Rejected, Decided(Li, SubmissionStatus.Rejected), Request(Hao, ReviewChoice.Reject, "重复"), allowRedecision: true);

        Assert.Equal(ReviewVerdictKind.AlreadyDecided, verdict.Kind);
    }

    private static ReviewRequest Request(string editor, ReviewChoice choice, string? reason) =>
        new("20261125-K7Q2M9", editor, choice, ReviewChannel.Link, reason);

    private static SubmissionDecision Decided(string editor, SubmissionStatus status) =>
        new("d1", SubmissionStatus.Submitted, status, editor, DateTimeOffset.UnixEpoch, "Link", null, null, null);
}
