using Bulletin.Directory;
using Bulletin.Health;
using Bulletin.Intake;
using Bulletin.Mail;
using Bulletin.Operations;
using Bulletin.Security;
using Bulletin.Storage;
using Microsoft.Azure.Functions.Worker.Builder;

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
            .AddIntake();
        return builder;
    }
}
