using System.Text;

namespace Bulletin.Tests.Intake.EndToEnd;

/// <summary>A long Chinese 信息 for the length tests: paragraphs of about 300 characters separated by a blank line.</summary>
internal static class LongArticle
{
    private const string Sentence = "近日，区新安路街道围绕“服务中铝、打造陆港、产城融合、和谐发展”的工作思路，大力推行党建引领“3个+”服务，保障重点项目有序推进。";

    /// <summary>Paragraphs holding <paramref name="characters"/> characters in all (blank lines not counted), each numbered so no two are alike.</summary>
    public static string Text(int characters) => string.Join("\n\n", Paragraphs(characters));

    public static IReadOnlyList<string> Paragraphs(int characters)
    {
        var paragraphs = new List<string>();
        for (var left = characters; left > 0;)
        {
            var paragraph = new StringBuilder($"第{paragraphs.Count + 1}段：");
            while (paragraph.Length < 300)
                paragraph.Append(Sentence);
            var text = paragraph.ToString(0, Math.Min(300, left));
            paragraphs.Add(text);
            left -= text.Length;
        }
        return paragraphs;
    }
}
