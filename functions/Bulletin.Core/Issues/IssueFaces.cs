namespace Bulletin.Issues;

/// <summary>The PDFsharp family names an issue's PDF is set in: the carried faces, or an office's own where it supplied one.</summary>
public sealed record IssueFaces(string Body, string Masthead, string LeadTitle, string EditorsNote)
{
    public static IssueFaces Carried { get; } = new(IssueFontResolver.Body, IssueFontResolver.Masthead, IssueFontResolver.LeadTitle, IssueFontResolver.EditorsNote);
}
