using Azure;
using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Bulletin.Issues;

/// <summary>An office's own font files for the PDF, from blob container <see cref="IssueFontOptions.Container"/> or from
/// files the settings name. Checked at start (<see cref="OfficeFontsWarmUp"/>) and again before a PDF once
/// <see cref="RecheckAfter"/> has passed: one listing of the container, and a download only of a blob whose ETag changed,
/// so a replaced file is taken by the next publication after that. A file PDFsharp cannot subset is refused (logged,
/// shown on <c>/api/health</c>) and the carried face used; so is an office face that lacks a character of the issue's text
/// for its part, for that issue (one consistent face rather than a line mixing two).</summary>
public sealed class OfficeFonts(BlobServiceClient blobs, IOptions<IssueFontOptions> options, ILogger<OfficeFonts> logger, TimeProvider? time = null)
{
    /// <summary>How long a check stands: publications in between list nothing (a publication's storage budget).</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMinutes(10);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private DateTimeOffset? _checkedAt;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<IssueFontRole, IssueFontInUse> _inUse = IssueFontRole.All.ToDictionary(r => r, Carried);
    private readonly Dictionary<string, (ETag? Version, string? Family, string? Problem)> _loaded = [];

    /// <summary>The face of each part as of the last check, for the health endpoint (no storage call).</summary>
    public IReadOnlyList<IssueFontInUse> InUse
    {
        get { lock (_inUse) return [.. IssueFontRole.All.Select(r => _inUse[r])]; }
    }

    /// <summary>The faces to set <paramref name="issue"/> in, after taking any changed office file.</summary>
    public async Task<IssueFaces> FacesForAsync(BulletinIssue issue, CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken, onlyWhenDue: true);
        var families = IssueFontRole.All.Select(role => FamilyFor(role, issue)).ToArray();
        return new IssueFaces(families[0], families[1], families[2], families[3]);
    }

    private string FamilyFor(IssueFontRole role, BulletinIssue issue)
    {
        IssueFontInUse face;
        lock (_inUse) face = _inUse[role];
        if (face.Family == role.CarriedFamily)
            return role.CarriedFamily;
        var font = new XFont(face.Family, 10);
        var missing = role.Text(issue).EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r) && !Rune.IsControl(r))
            .Where(r => GlyphHelper.GlyphIndexFromCodePoint(r.Value, font) == 0).Distinct().ToList();
        if (missing.Count == 0)
            return face.Family;
        logger.LogWarning("The office font {Source} for the {Role} lacks {Count} characters of issue {Number} ({Missing}); the carried {Carried} is used for it",
            face.Source, role.Name, missing.Count, issue.Number, string.Concat(missing.Take(20)), IssueFontResolver.Carried[role.CarriedFamily]);
        return role.CarriedFamily;
    }

    /// <summary>Lists the container and takes any new or changed file; <paramref name="onlyWhenDue"/> skips it within
    /// <see cref="RecheckAfter"/> of the last check.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken, bool onlyWhenDue = false)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (onlyWhenDue && _checkedAt is { } last && _time.GetUtcNow() - last < RecheckAfter)
                return;
            var settings = options.Value;
            var container = blobs.GetBlobContainerClient(settings.Container);
            var listed = await ListAsync(container, cancellationToken);
            foreach (var role in IssueFontRole.All)
            {
                var source = role.Source(settings);
                var face = Path.IsPathRooted(source)
                    ? await LoadAsync(role, $"file {source}", null, _ => Task.FromResult(File.Exists(source) ? File.ReadAllBytes(source) : null), cancellationToken)
                    : listed.TryGetValue(source, out var version)
                        ? await LoadAsync(role, $"blob {settings.Container}/{source}", version, async ct =>
                            (await container.GetBlobClient(source).DownloadContentAsync(ct)).Value.Content.ToArray(), cancellationToken)
                        : Carried(role);
                lock (_inUse) _inUse[role] = face;
            }
            _checkedAt = _time.GetUtcNow();
        }
        finally
        {
            _gate.Release();
        }
    }

    // A file is read once; a blob again when its ETag changed.
    private async Task<IssueFontInUse> LoadAsync(IssueFontRole role, string source, ETag? version, Func<CancellationToken, Task<byte[]?>> read,
        CancellationToken cancellationToken)
    {
        if (!_loaded.TryGetValue(source, out var loaded) || (version is not null && loaded.Version != version))
        {
            var bytes = await read(cancellationToken);
            if (bytes is null)
                return Carried(role) with { Problem = $"{source} does not exist" };
            var problem = FontFileCheck.Problem(bytes);
            if (problem is not null)
                logger.LogWarning("Refused the office font {Source} for the {Role}: {Problem}; the carried {Carried} is used", source, role.Name, problem, IssueFontResolver.Carried[role.CarriedFamily]);
            else
                logger.LogInformation("Took the office font {Source} for the {Role}", source, role.Name);
            loaded = (version, problem is null ? IssueFontResolver.Register(bytes) : null, problem);
            _loaded[source] = loaded;
        }
        return loaded.Family is { } family ? new(role.Name, source, family, null) : Carried(role) with { Problem = $"{source} refused: {loaded.Problem}" };
    }

    private static async Task<Dictionary<string, ETag>> ListAsync(BlobContainerClient container, CancellationToken cancellationToken)
    {
        var listed = new Dictionary<string, ETag>(StringComparer.Ordinal);
        try
        {
            await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
                if (blob.Properties.ETag is { } etag)
                    listed[blob.Name] = etag;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No container: the office supplies no fonts.
        }
        return listed;
    }

    private static IssueFontInUse Carried(IssueFontRole role) =>
        new(role.Name, "carried " + IssueFontResolver.Carried[role.CarriedFamily], role.CarriedFamily, null);
}

/// <summary>The face one part of the PDF is set in: where it comes from, and why an office file was not taken.</summary>
public sealed record IssueFontInUse(string Part, string Source, [property: System.Text.Json.Serialization.JsonIgnore] string Family, string? Problem);
