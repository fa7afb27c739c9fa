namespace Bulletin.Operations.PoisonMessages;

/// <summary>The poison messages listed (up to <see cref="Storage.PoisonMessageDesk.ListedPerQueue"/> a queue, newest first) and how many there are.</summary>
public sealed record PoisonList(IReadOnlyList<PoisonMessage> Messages, int Total);
