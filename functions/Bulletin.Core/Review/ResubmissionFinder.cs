using System.Text.RegularExpressions;
using Bulletin.Intake;
using Bulletin.Intake.Inbound;
using Bulletin.Intake.Storage;

namespace Bulletin.Review;

/// <summary>A resubmission is a reply to the send-back notice: its subject keeps the notice's "编号 20261125-K7Q2M9"
/// (SendGrid does not tell the notice's Message-ID, so In-Reply-To cannot be matched). It links to that submission
/// when it was sent back and the same submitter sends the new mail.</summary>
public sealed partial class ResubmissionFinder(SubmissionStore submissions) : IResubmissionFinder
{
    public async Task<string?> PreviousSubmissionIdAsync(InboundMessage message, string submitterEmail, CancellationToken cancellationToken)
    {
        if (NumberIn(message.Subject) is not { } id)
            return null;
        var previous = await submissions.FindAsync(id, cancellationToken);
        return previous is { Status: SubmissionStatus.RevisionRequested }
            && string.Equals(previous.SubmitterEmail, submitterEmail, StringComparison.OrdinalIgnoreCase) ? previous.Id : null;
    }

    /// <summary>The tracking number after "编号" in a subject, e.g. "Re: 【请修改后重新报送】《…》（编号 20261125-K7Q2M9）".</summary>
    public static string? NumberIn(string? subject) => subject is not null && Number().Match(subject) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"编号\s*[:：]?\s*(\d{8}-[2-9A-HJKMNP-Z]{6})")]
    private static partial Regex Number();
}
