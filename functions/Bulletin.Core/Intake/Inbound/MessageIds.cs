namespace Bulletin.Intake.Inbound;

/// <summary>The first message id of a Message-ID, In-Reply-To or References value, without its angle brackets.</summary>
internal static class MessageIds
{
    public static string? First(string? value)
    {
        var text = value is null ? string.Empty : EncodedWords.Unfold(value).Trim();
        var open = text.IndexOf('<');
        var close = open < 0 ? -1 : text.IndexOf('>', open + 1);
        var id = open >= 0 && close > open ? text[(open + 1)..close] : text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return string.IsNullOrWhiteSpace(id) ? null : id.Trim();
    }
}
