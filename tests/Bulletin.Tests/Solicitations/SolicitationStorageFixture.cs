using Bulletin.Distribution;
using Bulletin.Solicitations;
using Bulletin.Statistics;
using Bulletin.Tests.Review;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Solicitations;

/// <summary>The review services' Azurite, demo directory, hand-moved clock and recorded SendGrid, with solicitations and the statistics they feed added.</summary>
public sealed class SolicitationStorageFixture : ReviewReminderStorageFixture
{
    protected override void AddFeatures(IServiceCollection services) => services.AddDistribution().AddSolicitations().AddStatistics();
}
