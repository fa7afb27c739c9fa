using Bulletin.Tests.Browser;
using Bulletin.Tests.Dashboard;

namespace Bulletin.Tests.Statistics;

/// <summary>The statistics table on a desktop (1280×800) in Chromium: every column readable, none cut off.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class StatisticsTableBrowserTests(DashboardHostFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task On_a_desktop_every_column_of_the_statistics_table_is_shown_or_reached_by_scrolling_the_table_alone()
    {
        await using var pages = new BrowserPages(browser);
        var page = await pages.OpenAsync("desktop");
        await page.SignInAsync(app);
        await page.GotoAsync(app.BaseUrl + "api/dashboard/statistics?period=2026");

        // Scrolled to its end, the table's own region shows the last column whole; the page itself never scrolls sideways.
        var measured = await page.EvaluateAsync<double[]>("""
            (() => {
              const table = document.getElementById('statistics'), region = table.parentElement;
              region.scrollLeft = region.scrollWidth;
              const heads = [...table.querySelectorAll('thead th')], box = region.getBoundingClientRect(), last = heads.at(-1).getBoundingClientRect();
              const clipped = heads.filter(h => h.scrollWidth > h.clientWidth + 1).length;
              const scrolls = ['auto', 'scroll'].includes(getComputedStyle(region).overflowX) ? 1 : 0;
              return [heads.length, last.left - box.left, box.right - last.right, clipped, scrolls, region.scrollWidth - region.clientWidth,
                document.documentElement.scrollWidth - window.innerWidth];
            })()
            """);

        var (columns, lastLeft, lastRightGap, clippedHeads, scrolls, overflow, pageOverflow) =
            ((int)measured[0], measured[1], measured[2], (int)measured[3], measured[4] == 1, measured[5], measured[6]);
        Assert.True(columns >= 13, $"{columns} columns");
        Assert.True(lastLeft >= 0 && lastRightGap >= -1, $"the last column lies {lastLeft} px from the region's left and {lastRightGap} px inside its right");
        Assert.Equal(0, clippedHeads);
        Assert.True(overflow <= 0 || scrolls, $"the table is {overflow} px wider than its region, which does not scroll");
        Assert.True(pageOverflow <= 0, $"the page scrolls sideways by {pageOverflow} px");
    }
}
