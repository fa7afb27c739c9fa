using System.Globalization;
using Bulletin.Functions.Pages;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Issues;

/// <summary>The {year}/{number} and <c>?series=</c> of the dashboard's issue routes, and the page for an issue that is not there.</summary>
internal static class IssueRoute
{
    public static bool TryParse(string year, string number, out int y, out int n)
    {
        n = 0;
        return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out y) && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out n);
    }

    /// <summary>The series a dashboard issue address names (<c>?series=</c>); the default series when it names none.</summary>
    public static string Series(HttpRequest request) =>
        request.Query["series"].ToString().Trim() is { Length: > 0 } series ? series : Bulletin.Issues.Publications.IssueSeries.DefaultId;

    public static ContentResult NotFound(HttpResponse response) =>
        HtmlPage.Render(response, StatusCodes.Status404NotFound, "找不到简报", Html.Of($"<p class=\"error\">找不到这一期简报。</p><p><a href=\"/api/dashboard/issues\">返回简报列表</a></p>"));
}
