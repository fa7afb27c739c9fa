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

    /// <summary>The state as the editorial API names it (DESIGN §5): pending, adopted, revise, rejected.</summary>
    public static string ApiName(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "pending",
        SubmissionStatus.RevisionRequested => "revise",
        _ => Slug(status),
    };

    public static SubmissionStatus? FromApiName(string? name) => All.Cast<SubmissionStatus?>().FirstOrDefault(s => ApiName(s!.Value) == name);

    public static SubmissionStatus? FromSlug(string? slug) => All.Cast<SubmissionStatus?>().FirstOrDefault(s => Slug(s!.Value) == slug);
}
