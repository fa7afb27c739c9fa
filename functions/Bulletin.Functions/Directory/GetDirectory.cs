using Bulletin.Directory;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Directory;

/// <summary><c>GET /api/directory?unit=&amp;role=&amp;group=</c> with the operator key: the current directory as JSON.</summary>
[CallerRule(Caller.Operator)]
public sealed class GetDirectory(DirectoryQuery query)
{
    [Function(nameof(GetDirectory))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "directory")] HttpRequest request, CancellationToken cancellationToken)
    {
        var roleText = request.Query["role"].FirstOrDefault();
        DirectoryRole? role = null;
        if (!string.IsNullOrWhiteSpace(roleText))
        {
            if (!DirectoryRoleNames.ByChineseName.TryGetValue(roleText, out var chinese) && !Enum.TryParse(roleText, ignoreCase: true, out chinese))
                return new BadRequestObjectResult(new ProblemDetails
                {
                    Title = "未知角色", Detail = $"角色“{roleText}”不存在；可用：{string.Join("、", DirectoryRoleNames.ByChineseName.Keys)}。",
                });
            role = chinese;
        }

        var listing = await query.ListAsync(Filter(request, "unit"), role, Filter(request, "group"), cancellationToken);
        return new OkObjectResult(new
        {
            version = listing.Version?.Version,
            importedAt = listing.Version?.ImportedAt,
            fileName = listing.Version?.FileName,
            units = listing.Units.Select(u => new { name = u.Name, category = u.Category }),
            people = listing.People.Select(p => new
            {
                name = p.Name, email = p.Email, unit = p.Unit,
                roles = p.Roles.Order().Select(r => r.ChineseName()), groups = p.Groups.Order(StringComparer.Ordinal),
            }),
        });
    }

    private static string? Filter(HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault() is { Length: > 0 } value ? value.Trim() : null;
}
