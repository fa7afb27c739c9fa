using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Functions;

/// <summary>functions.metadata is what Azure reads to find the functions: every function, its trigger and route.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly JsonArray Metadata =
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.FunctionAppDirectory, "functions.metadata")))!.AsArray();

    public static TheoryData<string, string, string, string> HttpFunctions => new()
    {
        { "GetHealth", "httpTrigger", "health", "get" },
        { "SendTestMail", "httpTrigger", "operations/test-mail", "post" },
        { "GetStorageCalls", "httpTrigger", "operations/storage-calls", "get" },
        { "ImportDirectory", "httpTrigger", "directory/import", "post" },
        { "GetDirectory", "httpTrigger", "directory", "get" },
        { "IssueSubmissionLink", "httpTrigger", "directory/units/{unit}/submission-link", "post" },
        { "RevokeSubmissionLinks", "httpTrigger", "directory/units/{unit}/submission-link", "delete" },
        { "ReceiveInboundMail", "httpTrigger", "inbound/sendgrid", "post" },
        { "SubmitArticle", "httpTrigger", "submit", "get,post" },
        { "PostSubmission", "httpTrigger", "submissions", "post" },
        { "GetSubmission", "httpTrigger", "submissions/{id}", "get" },
        { "ListSubmissions", "httpTrigger", "submissions", "get" },
        { "DecideSubmission", "httpTrigger", "submissions/{id}/decision", "post" },
        { "GetOpenApiDocument", "httpTrigger", "openapi.json", "get" },
        { "GetQuarantine", "httpTrigger", "intake/quarantine", "get" },
        { "ReviewSubmission", "httpTrigger", "review", "get,post" },
        { "DashboardSignIn", "httpTrigger", "dashboard/sign-in", "get,post" },
        { "DashboardSignInConfirmation", "httpTrigger", "dashboard/session", "get,post" },
        { "DashboardSignOut", "httpTrigger", "dashboard/sign-out", "post" },
        { "DashboardHome", "httpTrigger", "dashboard", "get" },
        { "DashboardSubmission", "httpTrigger", "dashboard/submissions/{id}", "get,post" },
        { "DashboardQuarantine", "httpTrigger", "dashboard/quarantine", "get" },
        { "DashboardDirectory", "httpTrigger", "dashboard/directory", "get,post" },
        { "DashboardIssues", "httpTrigger", "dashboard/issues", "get,post" },
        { "DashboardIssue", "httpTrigger", "dashboard/issues/{year}/{number}", "get,post" },
        { "DashboardArchive", "httpTrigger", "dashboard/archive", "get" },
        { "DashboardArchiveDocument", "httpTrigger", "dashboard/archive/{year}/{number}/{kind}", "get" },
        { "RecipientArchive", "httpTrigger", "archive", "get" },
        { "RecipientArchiveDocument", "httpTrigger", "archive/{year}/{number}/{kind}", "get" },
        { "DashboardIssueEdit", "httpTrigger", "dashboard/issues/{year}/{number}/edit", "get,post" },
        { "DashboardIssuePreview", "httpTrigger", "dashboard/issues/{year}/{number}/preview", "post" },
        { "SignOffIssue", "httpTrigger", "issues/sign-off", "get,post" },
        { "DashboardDelivery", "httpTrigger", "dashboard/issues/{year}/{number}/delivery", "get,post" },
        { "ReceiveSendGridEvents", "httpTrigger", "sendgrid/events", "post" },
        { "DashboardSolicitations", "httpTrigger", "dashboard/solicitations", "get,post" },
        { "DashboardSolicitation", "httpTrigger", "dashboard/solicitations/{number}", "get" },
        { "DashboardStatistics", "httpTrigger", "dashboard/statistics", "get" },
        { "DashboardStatisticsExport", "httpTrigger", "dashboard/statistics/export", "get" },
        { "ListSeries", "httpTrigger", "series", "get" },
        { "PutSeries", "httpTrigger", "series/{id}", "put" },
        { "DashboardSeries", "httpTrigger", "dashboard/series", "get,post" },
        { "CreateIssue", "httpTrigger", "issues", "post" },
        { "ListIssues", "httpTrigger", "issues", "get" },
        { "GetIssue", "httpTrigger", "issues/{series}/{year}/{number}", "get" },
        { "PreviewIssue", "httpTrigger", "issues/{series}/{year}/{number}/preview", "post" },
        { "GetIssueDocument", "httpTrigger", "issues/{series}/{year}/{number}/{kind}", "get" },
        { "RebuildSearchIndex", "httpTrigger", "issues/search-index/rebuild", "post" },
        { "RebuildStatistics", "httpTrigger", "statistics/rebuild", "post" },
        { "ActOnPoisonMessage", "httpTrigger", "operations/poison/{queue}/{id}/{action}", "post" },
        { "DashboardPoisonAction", "httpTrigger", "dashboard/poison/{queue}/{id}/{action}", "post" },
        { "DashboardInboundRequest", "httpTrigger", "dashboard/inbound", "get" },
        { "PostUpperAdoption", "httpTrigger", "submissions/{id}/adoptions", "post" },
        { "PostInstruction", "httpTrigger", "submissions/{id}/instructions", "post" },
        { "CorrectUpperAdoption", "httpTrigger", "submissions/{id}/adoptions/{record}", "put" },
        { "CorrectInstruction", "httpTrigger", "submissions/{id}/instructions/{record}", "put" },
        { "ListUpperAdoptions", "httpTrigger", "submissions/{id}/adoptions", "get" },
        { "ListInstructions", "httpTrigger", "submissions/{id}/instructions", "get" },
        { "AnswerInstruction", "httpTrigger", "instructions/answer", "get,post" },
        { "StatisticsApi", "httpTrigger", "statistics", "get" },
        { "AdoptionReportApi", "httpTrigger", "statistics/report", "get" },
        { "DashboardUpperRecords", "httpTrigger", "dashboard/submissions/{id}/upper", "get,post" },
        { "DashboardOpenInstructions", "httpTrigger", "dashboard/instructions", "get" },
        { "PostForward", "httpTrigger", "submissions/{id}/forwards", "post" },
        { "PostForwards", "httpTrigger", "forwards", "post" },
        { "ListForwards", "httpTrigger", "submissions/{id}/forwards", "get" },
    };

    public static TheoryData<string, string> QueueFunctions => new()
    {
        { "ProcessInboundMail", "inbound-mail" },
        { "SendReviewMails", "submission-received" },
        { "NotifySubmitter", "submission-decided" },
        { "StartDistribution", "distribution-requested" },
        { "SendDistributionBatch", "distribution-batches" },
        { "SendSolicitationMails", "solicitation-created" },
        { "SendIssuePreview", "issue-previews" },
        { "FollowPublishedIssue", "issue-published" },
        { "IndexPublishedIssue", "issue-search-index" },
    };

    public static TheoryData<string, string> TimerFunctions => new()
    {
        { "RemindEditors", "0 0 1 * * 1-5" },
        { "RemindSolicitedUnits", "0 0 1 * * *" },
        { "SendAdoptionReport", "0 0 1 * * 1-5" },
        { "RemindInstructions", "0 10 1 * * *" },
    };

    [Theory]
    [MemberData(nameof(TimerFunctions))]
    public void Each_timer_function_is_declared_with_its_schedule_in_UTC(string name, string schedule)
    {
        var binding = TriggerOf(name);

        Assert.Equal("timerTrigger", binding["type"]!.ToString());
        Assert.Equal(schedule, binding["schedule"]!.ToString());
    }

    [Theory]
    [MemberData(nameof(QueueFunctions))]
    public void Each_queue_function_is_declared_with_its_queue(string name, string queue)
    {
        var binding = TriggerOf(name);

        Assert.Equal("queueTrigger", binding["type"]!.ToString());
        Assert.Equal(queue, binding["queueName"]!.ToString());
    }

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void Each_http_function_is_declared_with_its_route_and_methods(string name, string trigger, string route, string methods)
    {
        var binding = TriggerOf(name);

        Assert.Equal(trigger, binding["type"]!.ToString());
        Assert.Equal(route, binding["route"]!.ToString());
        Assert.Equal(methods.Split(','), binding["methods"]!.AsArray().Select(m => m!.ToString()));
    }

    [Fact]
    public void The_metadata_lists_exactly_the_known_functions()
    {
        var names = Metadata.Select(f => f!["name"]!.ToString()).Order();

        Assert.Equal(HttpFunctions.Select(row => (string)row[0]).Concat(QueueFunctions.Select(row => (string)row[0]))
            .Concat(TimerFunctions.Select(row => (string)row[0])).Order(), names);
    }

    [Fact]
    public void The_poison_list_looks_into_the_poison_queue_of_every_queue_a_function_reads()
    {
        var read = Metadata.SelectMany(f => f!["bindings"]!.AsArray()).Where(b => b!["type"]!.ToString() == "queueTrigger")
            .Select(b => b!["queueName"]!.ToString());

        Assert.Equal(read.Order(), Bulletin.Operations.PoisonMessages.AppQueues.All.Order());
    }

    [Fact]
    public void The_worker_indexes_its_own_functions()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.FunctionAppDirectory, "worker.config.json")))!;

        Assert.Equal("true", config["description"]!["workerIndexing"]!.ToString());
        Assert.Equal("Bulletin.Functions.dll", config["description"]!["defaultWorkerPath"]!.ToString());
    }

    private static JsonObject TriggerOf(string name) =>
        Metadata.Single(f => f!["name"]!.ToString() == name)!["bindings"]!.AsArray()
            .Select(b => b!.AsObject()).Single(b => b["type"]!.ToString().EndsWith("Trigger"));
}
