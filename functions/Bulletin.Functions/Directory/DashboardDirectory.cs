using Bulletin.Dashboard;
using Bulletin.Directory;
using Bulletin.Directory.Storage;
using Bulletin.Functions.Directory;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Directory;

/// <summary><c>/api/dashboard/directory?q=</c>: GET searches the directory; POST (multipart, with the session's proof)
/// imports a file through <see cref="DirectoryImporter"/>, in the editor's name.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardDirectory(DashboardSessions sessions, DirectoryQuery directory, DirectoryImporter importer, DirectoryImportLog log)
{
    private const long MaxFileBytes = 20 * 1024 * 1024;

    [Function(nameof(DashboardDirectory))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/directory")] HttpRequest request, FunctionContext context)
    {
        var response = request.HttpContext.Response;
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var query = request.Query["q"].ToString();
        if (HttpMethods.IsGet(request.Method))
            return await PageAsync(200, null, null);

        if (request.ContentLength > MaxFileBytes)
            return await PageAsync(StatusCodes.Status413PayloadTooLarge, null, "通讯录文件不能超过 20 MB。");
        var (content, fileName, contentType) = await UploadedFile.ReadAsync(request, cancellationToken);
        if (content is null)
            return await PageAsync(StatusCodes.Status400BadRequest, null, "没有收到文件。请选择 .xlsx 或 .csv 格式的通讯录文件。");
        DirectoryImportResult result;
        await using (content)
            result = await importer.ImportAsync(content, fileName, contentType, session.Email, cancellationToken);
        return await PageAsync(result.Outcome switch
        {
            DirectoryImportOutcome.Invalid => StatusCodes.Status422UnprocessableEntity,
            DirectoryImportOutcome.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status200OK,
        }, result, null);

        async Task<IActionResult> PageAsync(int status, DirectoryImportResult? result, string? problem) =>
            DirectoryPage.Render(response, status, session, sessions.Proof(session), query,
                await directory.SearchAsync(query, cancellationToken), await log.GetLatestAsync(cancellationToken), result, problem);
    }
}
