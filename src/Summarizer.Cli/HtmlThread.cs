using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Summarizer.Cli;

/// <summary>
/// The posts of a thread: a question and its answers, an issue and its comments, a forum topic's messages, a list of
/// reviews. Each post is a block that the page names as it names the others (the same tag and class), and Readability,
/// which keeps the one block it scores highest with its siblings of the same class, keeps a single post of them when
/// each sits in a container of its own. Found before Readability changes the tree; read after it, when its article
/// is one of the posts (<see cref="TextOf"/>).
/// </summary>
internal sealed class HtmlThread
{
    /// <summary>The fewest letters and digits of a post: a byline, a vote count or a date under a post is none.</summary>
    internal const int MinPostLength = 40;

    /// <summary>How many of the largest groups of posts are kept to be read after Readability.</summary>
    private const int MaxGroups = 4;

    /// <summary>How many times the text of the article Readability chose the posts together must hold: one post more, about.</summary>
    private const double MinThreadShare = 1.5;

    private readonly List<Group> _groups;

    private HtmlThread(List<Group> groups) => _groups = groups;

    /// <summary>
    /// Every post that belongs to a group holding half of the page's visible text or more: Readability's first pass
    /// would read it as furniture by its name ("comment-body") and remove it, but it is the page's content.
    /// </summary>
    public IEnumerable<IElement> Content => _groups.Where(group => group.HoldsPage).SelectMany(group => group.Posts);

    /// <summary>
    /// The groups of posts of <paramref name="document"/>: elements (<c>div</c>, <c>section</c>, <c>article</c>,
    /// <c>li</c>) with the same tag and class, none inside another, each with <see cref="MinPostLength"/> letters and
    /// digits of visible text or more, at least two of them; the <see cref="MaxGroups"/> with the most text, or null
    /// when there is none. Reads the tree once (each element's visible text is summed from its children's).
    /// </summary>
    public static HtmlThread? Find(IHtmlDocument document)
    {
        IElement[] all = document.All.ToArray();
        var lengths = new Dictionary<IElement, int>(all.Length, ReferenceEqualityComparer.Instance);
        for (int i = all.Length - 1; i >= 0; i--)
        {
            IElement element = all[i];
            int length = 0;
            if (element.LocalName is not ("script" or "style" or "noscript" or "template"))
            {
                foreach (INode child in element.ChildNodes)
                {
                    length += child switch
                    {
                        IText text => VisibleLength(text.Data),
                        IElement inner => lengths.GetValueOrDefault(inner),
                        _ => 0,
                    };
                }
            }

            lengths[element] = length;
        }

        var byName = new Dictionary<(string Tag, string Class), List<IElement>>();
        foreach (IElement element in all)
        {
            string? className = element.GetAttribute("class")?.Trim();
            if (element.LocalName is "div" or "section" or "article" or "li" && !string.IsNullOrEmpty(className)
                && lengths[element] >= MinPostLength)
            {
                (string, string) key = (element.LocalName, className);
                if (!byName.TryGetValue(key, out List<IElement>? members))
                {
                    byName[key] = members = [];
                }

                // In document order, so an element's ancestor of the same name is already a member: the outer post
                // holds the inner one (a reply nested in the post it answers). Posts of a name do not overlap, so
                // only the last can hold the element.
                if (members.Count == 0 || !members[^1].Contains(element))
                {
                    members.Add(element);
                }
            }
        }

        int page = document.DocumentElement is { } root ? lengths.GetValueOrDefault(root) : 0;
        List<Group> groups = byName.Values
            .Where(members => members.Count >= 2)
            .Select(members => new Group(members, members.Sum(member => lengths[member]), page))
            .OrderByDescending(group => group.Length)
            .Take(MaxGroups)
            .ToList();
        return groups.Count == 0 ? null : new HtmlThread(groups);
    }

    /// <summary>
    /// The thread's text when <paramref name="article"/>, the text Readability chose, lies inside one post of a group
    /// or holds one post of it (with its author and date) and no other, and the group's posts hold
    /// <see cref="MinThreadShare"/> times its text or more: each post of that group as
    /// <see cref="HtmlText.ToText"/> reads it, in the page's order, apart by blank lines, its headings added to
    /// <paramref name="headings"/>; of several such groups the one with the least text (the posts' bodies, not the
    /// boxes that hold them with their authors and dates). Null when no group holds the article.
    /// </summary>
    public string? TextOf(string article, List<TextRange> headings)
    {
        string chosen = HtmlText.LettersAndDigits(article);
        if (chosen.Length == 0)
        {
            return null;
        }

        Group? thread = _groups
            .Where(group => group.Length >= MinThreadShare * chosen.Length && group.Holds(chosen))
            .MinBy(group => group.Length);
        if (thread is null)
        {
            return null;
        }

        var text = new System.Text.StringBuilder();
        var found = new List<TextRange>();
        foreach (string post in thread.Html)
        {
            found.Clear();
            string postText = HtmlText.ToText(post, found);
            if (postText.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            headings.AddRange(found.Select(range => range with { Start = range.Start + text.Length }));
            text.Append(postText);
        }

        return text.ToString();
    }

    private static int VisibleLength(string text)
    {
        int length = 0;
        foreach (char c in text)
        {
            length += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return length;
    }

    /// <summary>Posts of one name: their elements, their markup and their letters and digits as they were found, and their visible text's length.</summary>
    private sealed class Group(List<IElement> posts, int length, int page)
    {
        public List<IElement> Posts { get; } = posts;

        public int Length { get; } = length;

        public bool HoldsPage { get; } = 2 * length >= page;

        public string[] Html { get; } = posts.Select(post => post.OuterHtml).ToArray();

        private readonly string[] _letters = posts.Select(post => HtmlText.LettersAndDigits(post.TextContent)).ToArray();

        /// <summary>Whether one post, and only one, holds <paramref name="letters"/> or is held by them.</summary>
        public bool Holds(string letters) =>
            _letters.Count(post => post.Contains(letters, StringComparison.Ordinal) || letters.Contains(post, StringComparison.Ordinal)) == 1;
    }
}
