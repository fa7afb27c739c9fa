using Bulletin.Intake;

namespace Bulletin.Review;

/// <summary>What an editor can decide: 采用, 退回修改, 不采用.</summary>
public enum ReviewChoice { Adopt, Revise, Reject }

/// <summary>Where a decision was taken; recorded in the audit log.</summary>
public enum ReviewChannel { Link, Reply, Dashboard, Api }

public static class ReviewChoices
{
    /// <summary>The value in links and forms: adopt, revise, reject.</summary>
    public static string Slug(this ReviewChoice choice) => choice.ToString().ToLowerInvariant();

    public static ReviewChoice? FromSlug(string? slug) => slug switch
    {
        "adopt" => ReviewChoice.Adopt,
        "revise" => ReviewChoice.Revise,
        "reject" => ReviewChoice.Reject,
        _ => null,
    };

    public static string ChineseName(this ReviewChoice choice) => choice switch
    {
        ReviewChoice.Adopt => "采用",
        ReviewChoice.Revise => "退回修改",
        _ => "不采用",
    };

    public static SubmissionStatus Outcome(this ReviewChoice choice) => choice switch
    {
        ReviewChoice.Adopt => SubmissionStatus.Adopted,
        ReviewChoice.Revise => SubmissionStatus.RevisionRequested,
        _ => SubmissionStatus.Rejected,
    };

    public static string ChineseName(this SubmissionStatus status) => status switch
    {
        SubmissionStatus.Adopted => "采用",
        SubmissionStatus.RevisionRequested => "退回修改",
        SubmissionStatus.Rejected => "不采用",
        _ => "待审核",
    };
}
