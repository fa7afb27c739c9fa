namespace Bulletin.Dashboard;

/// <summary>A signed-in editor: their address and the session token their cookie holds (which forms' proofs are bound to).</summary>
public sealed record DashboardSession(string Email, string Name, string Token);
