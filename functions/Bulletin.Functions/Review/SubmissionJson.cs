using System.Text.Json.Serialization;
using Bulletin.Intake;

namespace Bulletin.Functions.Review;

/// <summary>A submission as the editorial API shows it (DESIGN §5: id, unit, title, state, submitter, receivedAt);
/// <see cref="Decision"/> only after a decision through the API.</summary>
public sealed record SubmissionJson(string Id, string Unit, string Title, string State, string Submitter, DateTimeOffset ReceivedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DecisionJson? Decision = null)
{
    public static SubmissionJson Of(SubmissionSummary s) =>
        new(s.Id, s.Unit, s.Title, SubmissionStates.ApiName(s.Status), s.SubmitterEmail, s.ReceivedAt);

    public static SubmissionJson Of(Submission s) =>
        new(s.Id, s.Unit, s.AdoptedTitle, SubmissionStates.ApiName(s.Status), s.SubmitterEmail, s.ReceivedAt,
            s.Decision is { } d ? new DecisionJson(d.DecidedBy, d.DecidedAt, d.Channel, d.Reason) : null);
}

/// <summary>Who decided, when, through which channel (Link, Reply, Dashboard, Api), and why.</summary>
public sealed record DecisionJson(string Editor, DateTimeOffset DecidedAt, string Channel, string? Reason);

/// <summary>The body of <c>POST /api/submissions/{id}/decision</c>; <see cref="Text"/> holds paragraphs separated by line breaks.</summary>
public sealed record DecisionRequest(string Editor, string Choice, string? Reason, string? Title, string? Text);
