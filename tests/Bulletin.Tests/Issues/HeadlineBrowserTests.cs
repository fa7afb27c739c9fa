using Bulletin.Issues;
using Bulletin.Tests.Browser;
using Microsoft.Playwright;

namespace Bulletin.Tests.Issues;

/// <summary>The issue page's series headline as Chromium lays it out (issue 14): broken only at phrase boundaries, as the PDF is.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class HeadlineBrowserTests(BrowserFixture browser)
{
    // Each text character's line, read from where Chromium put it.
    private const string LinesOfText = """
        h => {
          const lines = [], range = document.createRange(), walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
          let top = null;
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            for (let i = 0; i < node.length; i++) {
              range.setStart(node, i); range.setEnd(node, i + 1);
              const box = range.getClientRects()[0];
              if (!box || !node.data[i].trim()) continue;
              if (top === null || box.top > top + box.height / 2) { lines.push(''); top = box.top; }
              lines[lines.length - 1] += node.data[i];
            }
          return lines;
        }
        """;

    public static TheoryData<string, int> Headlines => new()
    {
        { "精准服务 主动作为 夺取疫情防控和经济社会发展“双胜利”", 375 },
        { "深入贯彻落实“六稳”“六保”工作部署 坚定不移推进“高质量发展先行区”建设 全力打好2020年“稳增长保就业”攻坚战", 375 },
        { "深入贯彻落实“六稳”“六保”工作部署 坚定不移推进“高质量发展先行区”建设 全力打好2020年“稳增长保就业”攻坚战", 1280 },
    };

    [Theory]
    [MemberData(nameof(Headlines))]
    public async Task No_headline_line_starts_or_ends_inside_a_quotation_or_a_number(string headline, int width)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 }, IsMobile = width < 600 });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(IssueHtmlRenderer.Render(SeedIssue.Model() with { Series = new SeriesHeadline(headline, 12) }));

        var lines = await page.Locator("h2").EvaluateAsync<string[]>(LinesOfText);

        Assert.Equal(new SeriesHeadline(headline, 12).ToString().Replace(" ", "", StringComparison.Ordinal), string.Concat(lines));
        Assert.All(lines, line => Assert.Equal(line.Count(c => c == '“'), line.Count(c => c == '”')));
        Assert.All(lines.Zip(lines.Skip(1)), pair => Assert.False(char.IsAsciiDigit(pair.First[^1]) && char.IsAsciiDigit(pair.Second[0]), $"{pair.First} / {pair.Second}"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page fits the width");
        if (width < 600)
            Assert.True(lines.Length > 1, "a phone breaks the headline");
    }
}
