using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Pages;

/// <summary>Reads a JSON request body whatever Content-Type the caller sent (curl's -d sends form-urlencoded);
/// malformed JSON gives null, for a 400 that says what to send, never a 500.</summary>
public static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        try { return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken); }
        catch (JsonException) { return null; }
    }
}
