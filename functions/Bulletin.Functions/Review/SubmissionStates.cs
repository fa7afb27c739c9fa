using Bulletin.Intake;

namespace Bulletin.Functions.Review;

/// <summary>The states as the dashboard names them, and their values in the query string.</summary>
internal static class SubmissionStates
{
    public static readonly SubmissionStatus[] All =
        [SubmissionStatus.Submitted, SubmissionStatus.Adopted, SubmissionStatus.RevisionRequested, SubmissionStatus.Rejected];

    public static string Label(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "待审",
        SubmissionStatus.Adopted => "已采用",
        SubmissionStatus.RevisionRequested => "已退回",
        _ => "未采用",
    };

    public static string Slug(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "submitted",
        SubmissionStatus.Adopted => "adopted",
        SubmissionStatus.RevisionRequested => "revised",
        _ => "rejected",
    };

    public static SubmissionStatus? FromSlug(string? slug) => All.Cast<SubmissionStatus?>().FirstOrDefault(s => Slug(s!.Value) == slug);
}
