namespace Bulletin.Intake.Extraction;

/// <summary>Raised by a reader when input cannot be read; carries the refusal shown to the sender.</summary>
internal sealed class UnreadableDocumentException(string refusal) : Exception(refusal)
{
    public string Refusal { get; } = refusal;
}
