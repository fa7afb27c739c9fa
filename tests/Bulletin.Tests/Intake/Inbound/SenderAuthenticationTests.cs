namespace Bulletin.Tests.Intake.Inbound;

/// <summary>SPF and DKIM as SendGrid reports them, and what they prove about the From address.</summary>
public class SenderAuthenticationTests
{
    private const string From = "新安路街道 <xinxi@xinanlu.example.org>";

    [Fact]
    public async Task Spf_fail_without_dkim_is_not_authenticated()
    {
        var result = await SendGridPayloadBuilder.Parsed(From, "s", "t", spf: "fail", dkim: "none").ParseAsync();

        Assert.Equal("fail", result.Message!.Spf);
        Assert.Empty(result.Message.Dkim);
        Assert.False(result.Message.SenderAuthenticated);
    }

    [Fact]
    public async Task Dkim_pass_for_the_from_domain_is_authenticated_even_when_spf_fails()
    {
        var result = await SendGridPayloadBuilder.Parsed(From, "s", "t", spf: "softfail", dkim: "{@xinanlu.example.org : pass}").ParseAsync();

        Assert.Equal("pass", result.Message!.Dkim["xinanlu.example.org"]);
        Assert.True(result.Message.SenderAuthenticated);
    }

    [Fact]
    public async Task Dkim_pass_for_another_domain_is_not_authenticated()
    {
        var result = await SendGridPayloadBuilder.Parsed(From, "s", "t", spf: "fail", dkim: "{@mailer.example.net : pass, @xinanlu.example.org : fail}").ParseAsync();

        Assert.Equal("pass", result.Message!.Dkim["mailer.example.net"]);
        Assert.Equal("fail", result.Message.Dkim["xinanlu.example.org"]);
        Assert.False(result.Message.SenderAuthenticated);
    }

    [Fact]
    public async Task Spf_pass_for_the_from_domain_is_authenticated()
    {
        var result = await SendGridPayloadBuilder.Parsed(From, "s", "t", spf: "pass", dkim: "none").ParseAsync();

        Assert.Equal("xinxi@xinanlu.example.org", result.Message!.EnvelopeFrom);
        Assert.True(result.Message.SenderAuthenticated);
    }

    [Fact]
    public async Task Spf_pass_of_a_foreign_envelope_sender_does_not_vouch_for_the_from_address()
    {
        var payload = new SendGridPayloadBuilder()
            .Field("from", From).Field("subject", "s").Field("text", "t")
            .Field("envelope", """{"to":["tougao@parse.example.org"],"from":"bounce@attacker.example.net"}""")
            .Field("SPF", "pass").Field("dkim", "none");

        var result = await payload.ParseAsync();

        Assert.False(result.Message!.SenderAuthenticated);
    }
}
