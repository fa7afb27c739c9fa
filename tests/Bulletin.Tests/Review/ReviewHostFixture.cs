using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Review;

/// <summary>The bulletin app in a host of its own, for review: mails, decisions and audit start empty.</summary>
public sealed class ReviewHostFixture : BulletinAppFixture;

[CollectionDefinition(nameof(ReviewHostCollection))]
public sealed class ReviewHostCollection : ICollectionFixture<ReviewHostFixture>;
