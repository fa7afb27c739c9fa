using Bulletin.Dashboard.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Dashboard;

/// <summary>Bounds the sign-in mails anyone can trigger: requests per client and mails per address, each in fixed windows
/// of <see cref="DashboardOptions.SignInWindowMinutes"/>. Whoever is refused gets the same neutral answer as everyone.</summary>
public sealed class SignInThrottle(SignInCounters counters, IOptions<DashboardOptions> options, TimeProvider clock)
{
    public Task<bool> AllowRequestAsync(string client, CancellationToken cancellationToken) =>
        counters.TryCountAsync("client:" + client, Window(), options.Value.SignInRequestsPerClient, cancellationToken);

    public Task<bool> AllowMailAsync(string email, CancellationToken cancellationToken) =>
        counters.TryCountAsync("address:" + email.Trim().ToLowerInvariant(), Window(), options.Value.SignInMailsPerAddress, cancellationToken);

    private DateTimeOffset Window()
    {
        var length = TimeSpan.FromMinutes(options.Value.SignInWindowMinutes).Ticks;
        var now = clock.GetUtcNow().UtcTicks;
        return new DateTimeOffset(now - now % length, TimeSpan.Zero);
    }
}
