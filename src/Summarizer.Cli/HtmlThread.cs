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
/// each sits in a container of its own, or none when the page names its posts as comments, which the furniture pass
/// takes out. Found before Readability and the furniture pass change the tree; read after them (<see cref="TextOf"/>).
/// </summary>
internal sealed class HtmlThread
{
    /// <summary>The fewest letters and digits of a post: a byline, a vote count or a date under a post is none.</summary>
    internal const int MinPostLength = 40;

    /// <summary>How many of the largest groups of posts are kept to be read after Readability.</summary>
    private const int MaxGroups = 4;

    /// <summary>How many times the text of the article Readability chose the posts together must hold: a post more, about.</summary>
    private const double MinThreadShare = 1.25;

    /// <summary>
    /// The most letters and digits of a stub: what Readability keeps of a page whose posts it never saw (an issue's
    /// "tom closed this as completed on Apr 15"), one sentence at most.
    /// </summary>
    private const int MaxStubLength = 200;

    /// <summary>How many times a stub's text the posts together must hold.</summary>
    private const int MinStubShare = 3;

    private readonly List<Group> _groups;

    private HtmlThread(List<Group> groups) => _groups = groups;

    /// <summary>
    /// The groups of posts of <paramref name="document"/>: elements (<c>div</c>, <c>section</c>, <c>article</c>,
    /// <c>li</c>, <c>td</c>) with the same tag and class, none inside another, each with <see cref="MinPostLength"/>
    /// letters and digits of visible text or more, at least two of them, none holding an <c>h1</c> and at most half of
    /// them a heading of any level (articles of an endless page, teasers and cards have their headlines; posts do
    /// not); the <see cref="MaxGroups"/> with the most text, or null when there is none. Reads the tree once (each
    /// element's visible text is summed from its children's).
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
                        IText text => HtmlText.VisibleLength(text.Data),
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
            if (element.LocalName is "div" or "section" or "article" or "li" or "td" && !string.IsNullOrEmpty(className)
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

        List<Group> groups = byName.Values
            .Where(members => members.Count >= 2 && IsThread(members))
            .Select(members => new Group(members, members.Sum(member => lengths[member])))
            .OrderByDescending(group => group.Length)
            .Take(MaxGroups)
            .ToList();
        return groups.Count == 0 ? null : new HtmlThread(groups);
    }

    /// <summary>
    /// Whether no member holds an <c>h1</c>, at most half of them hold a heading, and at most one of the boxes that hold
    /// them under their lowest common ancestor holds an <c>h1</c> or an <c>h2</c>: the bodies of an endless page's
    /// articles sit each in an article with its headline, the posts of a thread under one title (and an answers'
    /// box under its "3 Answers").
    /// </summary>
    private static bool IsThread(List<IElement> members)
    {
        int headed = 0;
        foreach (IElement member in members)
        {
            if (member.QuerySelector("h1") is not null)
            {
                return false;
            }

            headed += member.QuerySelector("h2, h3, h4, h5, h6") is null ? 0 : 1;
        }

        if (headed * 2 > members.Count)
        {
            return false;
        }

        var ancestors = new HashSet<INode>(ReferenceEqualityComparer.Instance);
        for (INode? node = members[0].Parent; node is not null; node = node.Parent)
        {
            ancestors.Add(node);
        }

        // The lowest common ancestor: the first of the first member's ancestors that holds every member.
        INode? common = members[0].Parent;
        foreach (IElement member in members.Skip(1))
        {
            INode? node = member.Parent;
            while (node is not null && !ancestors.Contains(node))
            {
                node = node.Parent;
            }

            if (node is not null && common is not null && node.Contains(common))
            {
                common = node;
            }
        }

        var headedBoxes = new HashSet<INode>(ReferenceEqualityComparer.Instance);
        foreach (IElement member in members)
        {
            INode box = member;
            while (box.Parent is { } parent && !ReferenceEquals(parent, common))
            {
                box = parent;
            }

            if (box is IElement element && !ReferenceEquals(element, member) && element.QuerySelector("h1, h2") is not null)
            {
                headedBoxes.Add(element);
            }
        }

        return headedBoxes.Count < 2;
    }

    /// <summary>
    /// The thread's text, or null: when <paramref name="article"/>, the text Readability chose, lies inside one post of a
    /// group or holds one post of it (with its author and date) and no other, and the group's posts hold
    /// <see cref="MinThreadShare"/> times its text or more, each post of that group (of several, the bodies:
    /// <see cref="Bodies"/>); or, when the article is a stub (at most <see cref="MaxStubLength"/> letters and digits and
    /// one terminator) and the largest group's posts hold <see cref="MinStubShare"/> times its text, each post of the
    /// bodies among the groups with half the largest's text or more (not the boxes with "tom commented on Apr 11"). The
    /// posts are read as
    /// <see cref="HtmlText.ToText"/> reads them, in the page's order, apart by blank lines; their headings are added to
    /// <paramref name="headings"/>.
    /// </summary>
    public string? TextOf(string article, List<TextRange> headings)
    {
        string chosen = HtmlText.LettersAndDigits(article);
        if (chosen.Length == 0)
        {
            return null;
        }

        Group? thread = Bodies(_groups.Where(group => group.Length >= MinThreadShare * chosen.Length && group.Holds(chosen)));
        if (thread is null && chosen.Length <= MaxStubLength && article.Count(c => c is '.' or '!' or '?') <= 1
            && _groups[0].Length >= MinStubShare * chosen.Length)
        {
            // The groups come largest first: the bodies are among those with half the largest's text or more.
            thread = Bodies(_groups.Where(group => 2 * group.Length >= _groups[0].Length));
        }

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

    /// <summary>
    /// The posts' bodies among <paramref name="groups"/>: the group with the most posts (a box that only answers have
    /// leaves the question out), and of those the one with the least text (the bodies, not the boxes with their authors,
    /// dates and votes); null when there is none.
    /// </summary>
    private static Group? Bodies(IEnumerable<Group> groups) =>
        groups.OrderByDescending(group => group.Html.Length).ThenBy(group => group.Length).FirstOrDefault();

    /// <summary>Posts of one name: their markup and their letters and digits as they were found, and their visible text's length.</summary>
    private sealed class Group(List<IElement> posts, int length)
    {
        public int Length { get; } = length;

        public string[] Html { get; } = posts.Select(post => post.OuterHtml).ToArray();

        private readonly string[] _letters = posts.Select(post => HtmlText.LettersAndDigits(post.TextContent)).ToArray();

        /// <summary>Whether one post, and only one, holds <paramref name="letters"/> or is held by them.</summary>
        public bool Holds(string letters) =>
            _letters.Count(post => post.Contains(letters, StringComparison.Ordinal) || letters.Contains(post, StringComparison.Ordinal)) == 1;
    }
}
