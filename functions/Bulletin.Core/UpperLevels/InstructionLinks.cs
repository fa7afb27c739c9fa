using Bulletin.Security;
using Microsoft.Extensions.Options;

namespace Bulletin.UpperLevels;

/// <summary>The 落实情况 link in a 批示 mail: signed for one instruction of one submission, expiring after
/// <see cref="UpperLevelOptions.AnswerLinkDays"/>.</summary>
public sealed class InstructionLinks(LinkSigner signer, IOptions<LinkOptions> links, IOptions<UpperLevelOptions> options, TimeProvider clock)
{
    public const string Purpose = "instruction-answer";

    public string Url(UpperRecord instruction) =>
        $"{links.Value.PublicBaseUrl.TrimEnd('/')}/api/instructions/answer?token=" + signer.Sign(new LinkClaims(
            Purpose, $"{instruction.SubmissionId}/{instruction.Id}", 0, clock.GetUtcNow().AddDays(options.Value.AnswerLinkDays), instruction.Unit));

    /// <summary>The submission and record the token is for, or why it cannot be used.</summary>
    public (string SubmissionId, string RecordId)? Check(string? token, out LinkCheck check)
    {
        check = signer.Check(token, Purpose);
        return check.Claims?.Subject.Split('/') is [var submission, var record] ? (submission, record) : null;
    }
}
