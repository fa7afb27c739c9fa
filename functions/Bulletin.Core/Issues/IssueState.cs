namespace Bulletin.Issues;

/// <summary>Where an issue is on its way: assembled by editors, signed off by the 签发人, then published and never changed.</summary>
public enum IssueState
{
    Draft,
    SignedOff,
    Published,
}

public static class IssueStates
{
    /// <summary>Whether an issue in <paramref name="from"/> may be saved as <paramref name="to"/>: drafts are edited freely,
    /// a signed-off issue only moves on to published, a published one never changes.</summary>
    public static bool CanMove(IssueState from, IssueState to) => (from, to) switch
    {
        (IssueState.Draft, IssueState.Draft or IssueState.SignedOff) => true,
        (IssueState.SignedOff, IssueState.Published) => true,
        _ => false,
    };
}
