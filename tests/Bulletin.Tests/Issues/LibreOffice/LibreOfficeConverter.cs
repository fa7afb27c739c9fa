using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Bulletin.Tests.Issues.LibreOffice;

/// <summary>LibreOffice as an office on Linux would use it: <c>soffice --headless --convert-to pdf</c>, one process per
/// document, start-up included. Fonts come from the system plus the repository's fontconfig aliases for the GB font names
/// (<c>.ci/fontconfig/65-bulletin-gb-fonts.conf</c>) and the app's own Song face, given to soffice through its own
/// <c>FONTCONFIG_FILE</c>, so nothing is installed system-wide. The profile lives in a folder of this checkout's own.</summary>
public sealed class LibreOfficeConverter
{
    public const string Soffice = "/usr/bin/soffice";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private readonly string _fontConfigFile;
    private readonly string _profile;

    /// <param name="repositoryRoot">The checkout whose font aliases and carried font are used.</param>
    public LibreOfficeConverter(string repositoryRoot)
    {
        if (!File.Exists(Soffice))
            throw new InvalidOperationException($"{Soffice} is missing: install Debian's libreoffice-writer-nogui (apt-get install -y libreoffice-writer-nogui), as .ci/run does.");
        // One folder per checkout: two checkouts (or engineers) converting at once must not share a LibreOffice profile.
        var checkout = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(repositoryRoot)))[..12];
        var folder = Path.Combine(Path.GetTempPath(), $"bulletin-libreoffice-{checkout}");
        System.IO.Directory.CreateDirectory(folder);
        _profile = Path.Combine(folder, "profile");
        _fontConfigFile = Path.Combine(folder, "fonts.conf");
        File.WriteAllText(_fontConfigFile, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <dir>{Path.Combine(repositoryRoot, "functions", "Bulletin.Core", "Issues", "Fonts")}</dir>
              <include>{Path.Combine(repositoryRoot, ".ci", "fontconfig", "65-bulletin-gb-fonts.conf")}</include>
            </fontconfig>
            """);
    }

    /// <summary>Converts <paramref name="docx"/> into a PDF beside it (same name, .pdf) and returns its path.</summary>
    public string ConvertToPdf(string docx)
    {
        var outputDirectory = Path.GetDirectoryName(Path.GetFullPath(docx))!;
        var start = new ProcessStartInfo(Soffice)
        {
            ArgumentList = { $"-env:UserInstallation=file://{_profile}", "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", outputDirectory, docx },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["FONTCONFIG_FILE"] = _fontConfigFile, ["HOME"] = Path.GetDirectoryName(_profile)! },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"soffice did not convert {docx} within {Timeout.TotalSeconds} s.");
        }
        var pdf = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        if (process.ExitCode != 0 || !File.Exists(pdf))
            throw new InvalidOperationException($"soffice exited with {process.ExitCode} and no {pdf}: {output.Result} {errors.Result}");
        return pdf;
    }
}
