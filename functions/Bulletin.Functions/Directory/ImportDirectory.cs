using Bulletin.Directory;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Directory;

/// <summary><c>POST /api/directory/import</c> with the operator key: a .csv or .xlsx file, as the raw body
/// (name it with <c>?fileName=</c>) or as a multipart file. It replaces the directory, or changes nothing.</summary>
[CallerRule(Caller.Operator)]
public sealed class ImportDirectory(DirectoryImporter importer)
{
    private const long MaxFileBytes = 20 * 1024 * 1024;

    [Function(nameof(ImportDirectory))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "directory/import")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxFileBytes)
            return ApiProblem.Of(StatusCodes.Status413PayloadTooLarge, "文件过大", "通讯录文件不能超过 20 MB。");

        var (content, fileName, contentType) = await UploadedFile.ReadAsync(request, cancellationToken);
        if (content is null)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "没有收到文件", "请上传 .xlsx 或 .csv 格式的通讯录文件。");
        await using (content)
        {
            var result = await importer.ImportAsync(content, fileName, contentType, "operator", cancellationToken);
            return result.Outcome switch
            {
                DirectoryImportOutcome.Invalid => new ObjectResult(new
                {
                    title = "通讯录文件有错误，未作任何更改",
                    detail = "请按下列各行的说明修改文件后重新导入。",
                    status = StatusCodes.Status422UnprocessableEntity,
                    errors = result.Errors.Select(e => new { row = e.Row, column = e.Column, message = e.Message }),
                }) { StatusCode = StatusCodes.Status422UnprocessableEntity, ContentTypes = { "application/problem+json" } },
                DirectoryImportOutcome.Conflict => ApiProblem.Of(StatusCodes.Status409Conflict, "另一次导入刚刚完成",
                    "在你导入的同时，通讯录已被另一次导入更新。你的文件未作任何更改；请确认后重新导入。"),
                _ => new OkObjectResult(new
                {
                    status = result.Outcome == DirectoryImportOutcome.Imported ? "imported" : "unchanged",
                    version = result.Version!.Version,
                    units = result.Version.Units,
                    people = result.Version.People,
                    groups = result.Version.Groups,
                }),
            };
        }
    }
}
