using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Distribution.EndToEnd;

/// <summary>The bulletin app in a host of its own for distribution: its issues and outbox belong to these tests; the
/// collection also has a storage account of its own for the in-process <see cref="Rig.DistributionRig"/>.</summary>
public sealed class DistributionHostFixture : BulletinAppFixture;

[CollectionDefinition(nameof(DistributionHostCollection))]
public sealed class DistributionHostCollection : ICollectionFixture<DistributionHostFixture>, ICollectionFixture<Delivery.DeliveryStorageFixture>;
