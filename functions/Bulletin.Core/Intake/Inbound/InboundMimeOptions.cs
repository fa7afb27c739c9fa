using MimeKit;

namespace Bulletin.Intake.Inbound;

/// <summary>MimeKit's options for inbound mail: unlabelled 8-bit header text falls back to GB18030, not Latin-1.</summary>
internal static class InboundMimeOptions
{
    public static ParserOptions Parser { get; } = new() { CharsetEncoding = InboundCharsets.Gb18030 };
}
