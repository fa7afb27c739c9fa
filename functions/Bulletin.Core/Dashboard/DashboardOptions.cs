using System.ComponentModel.DataAnnotations;

namespace Bulletin.Dashboard;

/// <summary>Limits on asking for sign-in mails (section <c>Dashboard</c>): per address and per client, in fixed windows.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Sign-in mails one address receives per window at most; default 3.</summary>
    [Range(1, 10_000, ErrorMessage = "Setting 'Dashboard:SignInMailsPerAddress' must be a whole number from 1 to 10000 (default 3).")]
    public int SignInMailsPerAddress { get; set; } = 3;

    /// <summary>Sign-in requests one client (its IP address) makes per window at most, whatever addresses it asks for; default 20.</summary>
    [Range(1, 10_000, ErrorMessage = "Setting 'Dashboard:SignInRequestsPerClient' must be a whole number from 1 to 10000 (default 20).")]
    public int SignInRequestsPerClient { get; set; } = 20;

    /// <summary>The window the limits count in, in minutes; default 15.</summary>
    [Range(1, 1440, ErrorMessage = "Setting 'Dashboard:SignInWindowMinutes' must be a whole number of minutes from 1 to 1440 (default 15).")]
    public int SignInWindowMinutes { get; set; } = 15;
}
