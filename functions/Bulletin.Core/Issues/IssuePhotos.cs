using Bulletin.Intake.Storage;

namespace Bulletin.Issues;

/// <summary>Loads the bytes of an issue's photos from blob storage into its model, so the renderers, which do no I/O, can place them.</summary>
public sealed class IssuePhotos(PhotoStore photos)
{
    public async Task<BulletinIssue> LoadAsync(BulletinIssue issue, CancellationToken cancellationToken)
    {
        if (issue.Articles.All(a => a.Photos is null))
            return issue;
        var articles = new List<IssueArticle>();
        foreach (var article in issue.Articles)
        {
            if (article.Photos is not { } list) { articles.Add(article); continue; }
            var loaded = new List<Intake.ArticlePhoto>();
            foreach (var photo in list)
                loaded.Add(photo with { Content = photo.Content ?? await photos.LoadAsync(photo.Name, cancellationToken) });
            articles.Add(article with { Photos = loaded });
        }
        return issue with { Articles = articles };
    }
}
