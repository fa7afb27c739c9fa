using Bulletin.Issues.Markings;

namespace Bulletin.Issues.Publications;

/// <summary>One bulletin the office publishes (刊物): 上街信息 (正刊), its 增刊, a 信息专报…, each numbered on its own.</summary>
/// <param name="Id">ASCII slug naming the series in routes and keys, e.g. <c>main</c>, <c>zhuanbao</c>.</param>
/// <param name="Kind">正刊, 增刊, 专报 or any other word the office uses.</param>
/// <param name="Masthead">The 报头 printed on each issue.</param>
/// <param name="PrintsTotal">Whether issues print the running 总第 N 期.</param>
/// <param name="SentUpTo">The 本期送 line a new issue starts with.</param>
/// <param name="IssuedTo">The 发 line a new issue starts with.</param>
/// <param name="Editors">The default 责任编辑 (names).</param>
/// <param name="Signers">The 签发人 (e-mail addresses); any one of them signs.</param>
public sealed record IssueSeries(string Id, string Name, string Kind, string Masthead, string Office, bool PrintsTotal,
    string SentUpTo, string IssuedTo, IReadOnlyList<string> Editors, IReadOnlyList<string> Signers)
{
    /// <summary>The series today's data belongs to: the one the <c>Bulletin</c> settings describe.</summary>
    public const string DefaultId = "main";

    public const string Supplement = "增刊";

    /// <summary>The print markings a new issue starts with (密级, 保密期限, 内部资料, 共印N份).</summary>
    public PrintMarkings Markings { get; init; } = PrintMarkings.None;

    public static readonly IReadOnlyList<string> KnownKinds = ["正刊", Supplement, "专报"];

    /// <summary>The series made of the <c>Bulletin</c> settings, as it is until an editor changes it.</summary>
    public static IssueSeries FromSettings(BulletinOptions settings) => new(DefaultId, settings.Name, "正刊", settings.Name, settings.Office,
        PrintsTotal: true, settings.DefaultSentTo, settings.DefaultIssuedTo, [], [settings.SignOffAddress.Trim().ToLowerInvariant()]);

    /// <summary>Whether <paramref name="email"/> is one of the series' 签发人.</summary>
    public bool IsSigner(string email) => Signers.Any(s => string.Equals(s.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A slug of 1–40 lower-case ASCII letters, digits and dashes, starting with a letter or digit.</summary>
    public static bool IsValidId(string id) =>
        id.Length is >= 1 and <= 40 && (char.IsAsciiLetterLower(id[0]) || char.IsAsciiDigit(id[0]))
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>What keys of issues in this series start with: nothing for the default series (whose keys predate series),
    /// <c>{id}:</c> for the others.</summary>
    public static string KeyPrefix(string seriesId) => seriesId == DefaultId ? "" : seriesId + ":";
}
