using Microsoft.Playwright;

namespace Bulletin.Tests.Browser;

/// <summary>Records what a page does besides what the test asks: console errors, uncaught script errors and every request.</summary>
public sealed class PageWatch
{
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _pageErrors = [];
    private readonly List<string> _requests = [];

    public PageWatch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                lock (_consoleErrors) _consoleErrors.Add(message.Text);
        };
        page.PageError += (_, error) => { lock (_pageErrors) _pageErrors.Add(error); };
        page.Request += (_, request) => { lock (_requests) _requests.Add(request.Method + " " + request.Url); };
    }

    public IReadOnlyList<string> ConsoleErrors { get { lock (_consoleErrors) return [.. _consoleErrors]; } }
    public IReadOnlyList<string> PageErrors { get { lock (_pageErrors) return [.. _pageErrors]; } }
    /// <summary>"METHOD url" of every request the page made, in order.</summary>
    public IReadOnlyList<string> Requests { get { lock (_requests) return [.. _requests]; } }
}
