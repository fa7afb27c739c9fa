using System.Net;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.Inbound;

namespace Bulletin.Tests.Intake.EndToEnd;

/// <summary>The quarantine page: mail intake held instead of registering, with why and when.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class DashboardQuarantineTests(DashboardHostFixture app)
{
    [Fact]
    public async Task Mail_from_an_address_outside_the_directory_is_listed_with_its_reason()
    {
        const string stranger = "stranger@example.org";
        var subject = "【报送】来稿 " + Guid.NewGuid().ToString("N")[..6];
        var mail = SendGridPayloadBuilder.Parsed(stranger, subject, "一篇稿件的正文。", headers: IntakeHost.Headers($"{Guid.NewGuid():N}@example.org", stranger));
        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var page = await Eventually.GetAsync(async () => await (await http.GetAsync("/api/dashboard/quarantine", cookie)).Content.ReadAsStringAsync(),
            html => html.Contains(subject), because: "the mail is held");

        var item = page[page.IndexOf(subject)..];
        Assert.Contains(stranger, item);
        Assert.Contains("发件人不在通讯录中", item);
    }
}
