namespace Bulletin.Distribution.Delivery;

/// <summary>What became of one Event Webhook post.</summary>
/// <param name="Verdict">The signature check; nothing is stored or applied unless <see cref="SendGridEventVerdict.Valid"/>.</param>
/// <param name="Malformed">Signed, but not a JSON array of events (stored, nothing applied).</param>
/// <param name="Rejected">Events of the batch that could not be applied (kept in <see cref="RejectedDeliveryEvents"/>).</param>
public sealed record SendGridEventReceipt(SendGridEventVerdict Verdict, bool Malformed = false, int Applied = 0, int Skipped = 0, int Rejected = 0)
{
    public bool Accepted => Verdict == SendGridEventVerdict.Valid && !Malformed;
}
