namespace Bulletin.Intake.Extraction;

/// <summary>Widths of a line as mail clients count them: in characters, or in columns with CJK and full-width forms counting two.</summary>
internal static class TextWidth
{
    public static int Characters(string line) => line.Length;

    public static int Columns(string line)
    {
        var width = 0;
        foreach (var c in line)
            width += IsWide(c) ? 2 : 1;
        return width;
    }

    public static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6') or '“' or '”' or '‘' or '’' or '…' or '—';
}
