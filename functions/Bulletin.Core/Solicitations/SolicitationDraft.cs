using System.Globalization;

namespace Bulletin.Solicitations;

/// <summary>What an editor fills in to solicit articles; <paramref name="Deadline"/> as typed (China time).</summary>
public sealed record SolicitationDraft(string Topic, string Text, string Addressed, string Deadline, string Editor)
{
    public const int MaxTopic = 100;
    public const int MaxText = 5000;

    /// <summary>The deadline in China time: <c>2026-12-10T18:00</c> (a datetime-local field), <c>2026-12-10 18:00</c>,
    /// or a date alone meaning the end of that day (23:59); null when it cannot be read.</summary>
    public DateTimeOffset? DeadlineInChina()
    {
        var text = Deadline.Trim();
        if (DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return InChina(at);
        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? InChina(day.AddHours(23).AddMinutes(59)) : null;
    }

    /// <summary>What is wrong with the fields, each in words saying what to do (the units line is checked separately).</summary>
    public IReadOnlyList<string> Problems(DateTimeOffset now)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Topic))
            problems.Add("请填写约稿主题。");
        else if (Topic.Trim().Length > MaxTopic)
            problems.Add($"约稿主题不能超过 {MaxTopic} 字，请精简。");
        if (string.IsNullOrWhiteSpace(Text))
            problems.Add("请填写约稿说明：要什么稿件、写什么内容、字数和注意事项。");
        else if (Text.Trim().Length > MaxText)
            problems.Add($"约稿说明不能超过 {MaxText} 字，请精简。");
        if (DeadlineInChina() is not { } deadline)
            problems.Add("请填写截止时间，例如 2026-12-10 18:00。");
        else if (deadline <= now)
            problems.Add($"截止时间 {ChinaTime.FormatDateTime(deadline)} 已过，请选择以后的时间。");
        return problems;
    }

    private static DateTimeOffset InChina(DateTime local) => new(local, ChinaTime.Zone.GetUtcOffset(local));
}
