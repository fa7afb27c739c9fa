using AngleSharp.Html.Parser;
using Bulletin.Intake.Extraction;

namespace Bulletin.Review;

/// <summary>What an editor's reply says: the first line the editor wrote starts with 采用, 退回 / 退回修改 or 不采用;
/// the reason is the rest of that line and the lines below it, down to the quote or signature.</summary>
public sealed record ReviewReplyText(ReviewChoice? Choice, string? Reason)
{
    /// <summary>The first words a reply may start with, longest first (so 退回修改 is not read as 退回 + "修改").</summary>
    public static readonly IReadOnlyList<(string Keyword, ReviewChoice Choice)> Keywords =
    [
        ("退回修改", ReviewChoice.Revise), ("不采用", ReviewChoice.Reject), ("采用", ReviewChoice.Adopt), ("退回", ReviewChoice.Revise),
    ];

    private static readonly char[] Separators = [' ', '\u3000', '\t', ':', '：', ',', '，', '、', '.', '。', ';', '；', '-', '—'];

    /// <summary>Reads the text body, or the HTML body when there is no text.</summary>
    public static ReviewReplyText Read(string? text, string? html)
    {
        var body = text ?? (html is null ? "" : HtmlLines.Of(new HtmlParser().ParseDocument(html).Body));
        var lines = MailTextTrimmer.WrittenAbove(body.Replace("\r\n", "\n").Split('\n'))
            .SkipWhile(l => l.Trim().Length == 0).ToList();
        if (lines.Count == 0)
            return new ReviewReplyText(null, null);
        var first = lines[0].Trim().TrimStart('\uFEFF');
        foreach (var (keyword, choice) in Keywords)
        {
            if (!first.StartsWith(keyword, StringComparison.Ordinal))
                continue;
            var rest = new[] { first[keyword.Length..].TrimStart(Separators).Trim() }.Concat(lines.Skip(1).Select(l => l.Trim()));
            var reason = string.Join("\n", rest).Trim();
            return new ReviewReplyText(choice, reason.Length == 0 ? null : reason);
        }
        return new ReviewReplyText(null, null);
    }
}
