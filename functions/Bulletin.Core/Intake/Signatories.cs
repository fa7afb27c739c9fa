using System.Text.RegularExpressions;

namespace Bulletin.Intake;

/// <summary>Who stands behind a submission: the unit leader who approved it (审签人), its author (执笔人) and the
/// author's phone (联系电话). Any may be missing.</summary>
public sealed record Signatories(string? Approver, string? Author, string? Phone)
{
    public static readonly Signatories None = new(null, null, null);

    /// <summary>The line as units are asked to write it.</summary>
    public const string Example = "审签：张国强　执笔：陈静　电话：0371-12345678";

    public bool IsComplete => Approver is not null && Author is not null && Phone is not null;

    /// <summary>The given fields, and where one is missing, the other's.</summary>
    public Signatories Or(Signatories other) => new(Approver ?? other.Approver, Author ?? other.Author, Phone ?? other.Phone);

    /// <summary>What is missing, in the submitter's words: “审签人、联系电话”; empty when complete.</summary>
    public string Missing => string.Join("、", new[] { Approver is null ? "审签人" : null, Author is null ? "执笔人" : null, Phone is null ? "联系电话" : null }.OfType<string>());

    /// <summary>One line as offices write it: 审签：张国强　执笔：陈静　电话：0371-12345678.</summary>
    public string Line => string.Join("　", new[] { Approver is null ? null : $"审签：{Approver}", Author is null ? null : $"执笔：{Author}", Phone is null ? null : $"电话：{Phone}" }.OfType<string>());

    public static Signatories Of(string? approver, string? author, string? phone) => new(Clean(approver), Clean(author), Clean(phone));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Reads the line of 审签/执笔/电话 that units put in a mail body or at the end of a document (also 审核, 签发,
/// 撰稿, 联系电话, 手机 and the forms ending in 人). A paragraph counts only when nothing but such fields stands in it, so
/// an article's sentence that mentions a phone stays text; the line found is taken out of the article.</summary>
public static partial class SignatoryLine
{
    public static (IReadOnlyList<string> Paragraphs, Signatories Found) Extract(IReadOnlyList<string> paragraphs)
    {
        var found = Signatories.None;
        var kept = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var fields = Field().Matches(paragraph);
            if (fields.Count == 0 || Field().Replace(paragraph, "").Trim(' ', '　', '\t', ',', '，', ';', '；', '、', '.', '。').Length > 0)
            {
                kept.Add(paragraph);
                continue;
            }
            foreach (Match field in fields)
            {
                var value = field.Groups["value"].Value.Trim();
                found = field.Groups["label"].Value switch
                {
                    var l when l.StartsWith('审') || l.StartsWith('签') => found with { Approver = found.Approver ?? value },
                    var l when l.StartsWith('执') || l.StartsWith('撰') => found with { Author = found.Author ?? value },
                    _ => found with { Phone = found.Phone ?? value },
                };
            }
        }
        return (kept, found);
    }

    // A value runs to the next space or separator; a phone may go on after single spaces between digits (0371 6789 1234).
    [GeneratedRegex(@"(?<label>审签人?|审核人?|签发人?|执笔人?|撰稿人?|联系电话|电话|手机)\s*[:：]\s*(?<value>[^\s:：,，;；、]+(?: \d+)*)")]
    private static partial Regex Field();
}
