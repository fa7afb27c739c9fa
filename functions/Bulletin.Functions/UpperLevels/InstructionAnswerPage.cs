using Bulletin.Functions.Pages;
using Bulletin.Markup;
using Bulletin.UpperLevels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.UpperLevels;

/// <summary>The 落实情况 page: the 批示's words, then the form, or the answer once given.</summary>
internal static class InstructionAnswerPage
{
    public const string Title = "批示落实情况反馈";

    public static ContentResult Show(HttpResponse response, UpperRecord instruction, string token, string? error, int status = StatusCodes.Status200OK)
    {
        var words = Html.Of($"<p>{instruction.Source}（{instruction.Level}级）于{instruction.Date:yyyy年M月d日}对{instruction.Unit}报送的信息（{instruction.SubmissionId}）作出批示：</p>" +
            $"<blockquote style=\"white-space:pre-wrap;border-left:3px solid #c00;margin:0;padding-left:1em\">{instruction.Text}</blockquote>");
        var rest = instruction.Answer is { } answer
            ? Html.Of($"<p class=\"ok\">落实情况已于{instruction.AnsweredAt:yyyy-MM-dd HH:mm}（UTC）反馈，此批示已办结。</p><p style=\"white-space:pre-wrap\">{answer}</p>")
            : Html.Of($"{(error is null ? Html.Empty : Html.Of($"<p class=\"error\">{error}</p>"))}" +
                $"<form method=\"post\" action=\"/api/instructions/answer?token={token}\"><label for=\"answer\">落实情况</label>" +
                $"<textarea id=\"answer\" name=\"answer\" required></textarea><button type=\"submit\">提交落实情况</button></form>" +
                $"<p class=\"hint\">提交后批示即办结，编辑部可在工作台看到反馈。</p>");
        return HtmlPage.Render(response, status, Title, Html.Of($"{words}{rest}"));
    }

    public static ContentResult BadLink(HttpResponse response, string explanation, int status) =>
        HtmlPage.Render(response, status, Title, Html.Of($"<p class=\"error\">{explanation}</p>"));
}
