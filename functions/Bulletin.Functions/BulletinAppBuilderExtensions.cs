using Bulletin.Dashboard;
using Bulletin.Directory;
using Bulletin.Distribution.Delivery;
using Bulletin.Distribution;
using Bulletin.Functions.Operations;
using Bulletin.Functions.Pipeline;
using Bulletin.Health;
using Bulletin.Intake;
using Bulletin.Issues.Archive;
using Bulletin.Issues;
using Bulletin.Mail;
using Bulletin.Operations;
using Bulletin.Review;
using Bulletin.Security;
using Bulletin.Solicitations;
using Bulletin.Statistics;
using Bulletin.Storage;
using Bulletin.UpperLevels;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bulletin.Functions;

/// <summary>All of the app's wiring, one call per feature.</summary>
public static class BulletinAppBuilderExtensions
{
    public static FunctionsApplicationBuilder AddBulletin(this FunctionsApplicationBuilder builder)
    {
        builder.Services
            .AddBulletinStorage(builder.Configuration)
            .AddBulletinMail()
            .AddLinks()
            .AddHealth()
            .AddOperations()
            .AddDirectory()
            .AddDistribution()
            .AddSendGridEvents()
            .AddIntake()
            .AddReview()
            .AddIssues()
            .AddIssueArchive()
            .AddDashboard()
            .AddSolicitations()
            .AddStatistics()
            .AddUpperLevels();
        if (builder.Configuration.GetValue<bool>(StorageCallCounter.SettingName))
            builder.UseMiddleware<StorageCallAttribution>();
        // SendGrid Inbound Parse posts mail of up to 30 MB plus multipart framing; the worker's Kestrel stops at 30,000,000 bytes by default.
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = 40L * 1024 * 1024);
        builder.UseBulletinPipeline();
        return builder;
    }
}
