using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Pipeline;

/// <summary>An RFC 9457 problem details answer for API callers (<c>application/problem+json</c>), made in one place.</summary>
public static class ApiProblem
{
    public static ObjectResult Of(int status, string title, string detail) =>
        new(new ProblemDetails { Status = status, Title = title, Detail = detail }) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
