namespace Bulletin.LocalHost;
// TEMPORARY until the mail sink branch is merged.
internal static class MailSinkPlaceholder
{
    public static IServiceCollection AddMailSink(this IServiceCollection services, string outboxDirectory) => services;
    public static IEndpointRouteBuilder MapMailSink(this IEndpointRouteBuilder endpoints) => endpoints;
}
