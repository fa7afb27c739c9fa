using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.UpperLevels;

/// <summary>The bulletin app in a host of its own for upper-level records: no other test scores 新安路街道 meanwhile.</summary>
public sealed class UpperLevelsHostFixture : BulletinAppFixture;

[CollectionDefinition(nameof(UpperLevelsHostCollection))]
public sealed class UpperLevelsHostCollection : ICollectionFixture<UpperLevelsHostFixture>;
