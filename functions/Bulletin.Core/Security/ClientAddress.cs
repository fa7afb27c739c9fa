using System.Net;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Security;

/// <summary>The caller's IP address as the function sees it: the first hop of X-Forwarded-For, which Azure's front end
/// sets, when it is an IP address; otherwise the connection's remote address.</summary>
public static class ClientAddress
{
    public static string Of(HttpRequest request)
    {
        var first = request.Headers["X-Forwarded-For"].ToString().Split(',')[0].Trim();
        if (IPEndPoint.TryParse(first, out var endPoint))
            return endPoint.Address.ToString();
        return request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
