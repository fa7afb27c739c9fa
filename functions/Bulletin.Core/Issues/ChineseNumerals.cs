namespace Bulletin.Issues;

/// <summary>Chinese numerals as written in series part numbers: 一, 十, 十一, 二十一, 九十九.</summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>Writes 1 to 999 in Chinese numerals (十 alone for 10–19, 零 for an inner zero).</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 999);
        return value < 100 ? BelowHundred(value, leadingOne: false) : Hundreds(value);
    }

    private static string Hundreds(int value)
    {
        var rest = value % 100;
        var head = $"{Digits[value / 100]}百";
        if (rest == 0) return head;
        return rest < 10 ? $"{head}零{Digits[rest]}" : head + BelowHundred(rest, leadingOne: true);
    }

    // After 百 the tens digit one is spoken: 一百一十; on its own it is not: 十一.
    private static string BelowHundred(int value, bool leadingOne)
    {
        if (value < 10) return Digits[value].ToString();
        var tens = value / 10 == 1 && !leadingOne ? "" : Digits[value / 10].ToString();
        var units = value % 10 == 0 ? "" : Digits[value % 10].ToString();
        return $"{tens}十{units}";
    }
}
