using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// One linear pass over the raw HTML with a model of the HTML5 tree builder's stack of open elements: it measures
/// the tree a parser would build (elements, depth, widest element, attributes, open formatting elements) and, when
/// asked, extracts the block text (headings, paragraphs, list items, table cells) the way <see cref="HtmlText"/>
/// walks a parsed document.
/// </summary>
/// <remarks>
/// The model keeps, for every open element, the nearest open element below it of each kind that bounds a search
/// (special, scope), and for every name the topmost open element of that name, so that an end tag or an implied
/// end finds its element in constant time: nothing walks the ancestors of a node. It follows the HTML5 rules that
/// decide the shape of the tree (implied ends of p, li, dd/dt, cells and rows; end tags ignored outside their scope;
/// misnested formatting elements) and errs on the deep side where it simplifies. A command extracts one page per
/// process, so the pass's methods are compiled optimized at once (AggressiveOptimization): in tier-0 code the pass
/// was ten times slower.
/// </remarks>
internal sealed class HtmlOutline
{
    /// <summary>The most open elements the model keeps, which bounds its memory.</summary>
    public const int MaxModelDepth = 512;

    private readonly List<Entry> _stack = new();
    private readonly Dictionary<int, int> _topmostByName = new();
    private readonly StringBuilder? _paragraph;
    private readonly StringBuilder? _text;
    private List<TextRange>? _headings;
    private bool _skipFurniture;
    private int _skipDepth;
    private int _activeFormatting;
    private int _flushes;
    private int _codeBlocks;
    private bool _itemPending;

    /// <summary>Whether the element being pushed is a link to a place in a document (a note marker when its text is one).</summary>
    private bool _fragmentLink;

    private HtmlOutline(bool extract)
    {
        if (extract)
        {
            _paragraph = new StringBuilder();
            _text = new StringBuilder();
        }

        // The document element and the body: both bound every scope, neither is ever popped.
        _stack.Add(new Entry(0, HtmlElementKind.Special | HtmlElementKind.Scope | HtmlElementKind.TableScope, -1, 0, 0, 0, 0));
    }

    /// <summary>The work of the pass: tokens read plus elements opened and closed (each in constant time).</summary>
    public long Work { get; private set; }

    /// <summary>Elements opened (start tags, void ones included).</summary>
    public int Elements { get; private set; }

    /// <summary>The most elements open at once.</summary>
    public int MaxDepth { get; private set; }

    /// <summary>The most children (elements and text runs) of one element.</summary>
    public int MaxChildren { get; private set; }

    /// <summary>The most attributes of one tag.</summary>
    public int MaxAttributes { get; private set; }

    /// <summary>The sum over tags of their attribute count squared: the work of checking attributes pairwise.</summary>
    public long AttributePairs { get; private set; }

    /// <summary>The sum over elements of their child count squared: the work of stepping through siblings one by one.</summary>
    public long SiblingSteps { get; private set; }

    /// <summary>Characters of text outside raw-text elements.</summary>
    public long TextLength { get; private set; }

    /// <summary>The sum over text of its length times its depth: the work of taking the text of every ancestor.</summary>
    public long TextDepth { get; private set; }

    /// <summary>The most formatting elements open or waiting to be reopened at once.</summary>
    public int MaxFormatting { get; private set; }

    /// <summary>The text of the first title element, white space collapsed; null if none.</summary>
    public string? Title { get; private set; }

    /// <summary>Measures <paramref name="html"/> without extracting text.</summary>
    public static HtmlOutline Measure(ReadOnlySpan<char> html)
    {
        var outline = new HtmlOutline(extract: false);
        outline.Run(html);
        return outline;
    }

    /// <summary>
    /// Measures <paramref name="html"/> and extracts its block text (blocks separated by blank lines), adding the
    /// ranges of the blocks that were headings to <paramref name="headings"/> when it is given.
    /// </summary>
    /// <param name="html">The page.</param>
    /// <param name="text">The text of its blocks.</param>
    /// <param name="headings">Where the ranges of the blocks inside headings go, or null.</param>
    /// <param name="skipFurniture">Whether the furniture <see cref="HtmlFurniture"/> names is left out.</param>
    public static HtmlOutline Extract(ReadOnlySpan<char> html, out string text, List<TextRange>? headings = null, bool skipFurniture = true)
    {
        var outline = new HtmlOutline(extract: true) { _headings = headings, _skipFurniture = skipFurniture };
        outline.Run(html);
        // Elements still open at the end of the page close there: a heading left open is still a heading.
        outline.FlushText();
        text = outline._text!.ToString().TrimEnd();
        return outline;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Run(ReadOnlySpan<char> html)
    {
        var tokenizer = new HtmlTokenizer(html);
        while (tokenizer.Next())
        {
            Work++;
            switch (tokenizer.Kind)
            {
                case HtmlTokenKind.Text or HtmlTokenKind.RawText:
                    OnText(ref tokenizer);
                    break;
                case HtmlTokenKind.StartTag:
                    OnStartTag(ref tokenizer);
                    break;
                case HtmlTokenKind.EndTag:
                    OnEndTag(ref tokenizer);
                    break;
                default:
                    CountChild();
                    break;
            }

            tokenizer.InForeignContent = (Top.Kind & HtmlElementKind.Foreign) != 0 || Top.InForeign;
        }

        foreach (Entry open in _stack)
        {
            SiblingSteps += (long)open.Children * open.Children;
        }
    }

    private Entry Top => _stack[^1];

    private int TopIndex => _stack.Count - 1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OnText(ref HtmlTokenizer tokenizer)
    {
        CountChild();
        if (tokenizer.Kind == HtmlTokenKind.Text)
        {
            TextLength += tokenizer.ValueLength;
            TextDepth += (long)tokenizer.ValueLength * _stack.Count;
        }

        if (_text is null)
        {
            return;
        }

        if (Top.Name == s_titleName && !Top.InForeign && Title is null)
        {
            var title = new StringBuilder();
            HtmlEntities.Append(title, tokenizer.Value);
            Title = HtmlText.Collapse(title.ToString());
        }

        if (_skipDepth > 0)
        {
            return;
        }

        int from = _paragraph!.Length;
        if (tokenizer.Kind == HtmlTokenKind.RawText)
        {
            _paragraph.Append(tokenizer.Value);
        }
        else
        {
            HtmlEntities.Append(_paragraph, tokenizer.Value);
        }

        if (Topmost(s_pre) >= 0 || Topmost(s_listing) >= 0)
        {
            HtmlText.KeepLineBreaks(_paragraph, from);
        }

        HtmlText.BulletItem(_paragraph, from, ref _itemPending);
    }

    private static readonly int s_titleName = NameKey("title");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OnStartTag(ref HtmlTokenizer tokenizer)
    {
        Elements++;
        MaxAttributes = Math.Max(MaxAttributes, tokenizer.AttributeCount);
        AttributePairs += (long)tokenizer.AttributeCount * tokenizer.AttributeCount;
        HtmlElementKind kind = tokenizer.Element;
        ReadOnlySpan<char> name = tokenizer.Value;
        int key = NameKey(name);
        if (IsName(name, "html") || IsName(name, "body") || IsName(name, "head"))
        {
            // The document's own structure, which the tree builder makes whether the tags are there or not.
            // A body that names itself a book's furniture (an EPUB's copyright page) is left out whole: it is never popped.
            if (_text is not null && _skipFurniture && tokenizer.BookFurniture && IsName(name, "body"))
            {
                _skipDepth++;
            }

            return;
        }

        bool foreign = Top.InForeign || (Top.Kind & HtmlElementKind.Foreign) != 0;
        if (!foreign)
        {
            ImpliedEnds(kind, name, key);
        }

        // A child of the element open once the ends it implies are made: a "<p>" after an unclosed one is its sibling.
        CountChild();

        if ((kind & HtmlElementKind.Formatting) != 0)
        {
            if (IsName(name, "a") || IsName(name, "nobr"))
            {
                // A new a (nobr) ends an open one first, by the adoption agency.
                EndFormatting(key);
            }

            _activeFormatting++;
            MaxFormatting = Math.Max(MaxFormatting, _activeFormatting);
        }

        // The element is a child of the one open now, the ends it implies made (only extraction asks).
        if (_text is not null && !Top.HoldsElements)
        {
            _stack[^1] = Top with { HoldsElements = true };
        }

        if ((kind & HtmlElementKind.Void) != 0 || (foreign && tokenizer.SelfClosing))
        {
            if (_text is not null && _skipDepth == 0)
            {
                if (IsName(name, "br"))
                {
                    _paragraph!.Append(HtmlText.LineBreak);
                }
                else if ((kind & HtmlElementKind.Block) != 0)
                {
                    FlushText();
                }
            }

            return;
        }

        if (!foreign && (IsName(name, "code") || IsName(name, "samp")) && (Top.Name == s_pre || Top.Name == s_listing) && !Top.CodeBlock)
        {
            // A pre holding code is a block of code, whose lines are no sentences (as the tree walk reads it).
            _stack[^1] = Top with { CodeBlock = true };
            _codeBlocks++;
        }

        // Furniture is left out with its content, as the skipped elements are.
        // So is a link marked as a note's reference (an EPUB's "1" after a sentence), as the tree walk leaves it out.
        bool noteReference = _text is not null && tokenizer.NoteReference && IsName(name, "a");
        _fragmentLink = _text is not null && tokenizer.FragmentLink && IsName(name, "a");
        Push(key, foreign ? HtmlElementKind.None : IsFurniture(ref tokenizer, name) || noteReference ? kind | HtmlElementKind.Skip : kind, foreign);
        if (key == s_li && !foreign && _text is not null && _skipDepth == 0 && Top.Name == s_li)
        {
            // A list item's first text is written with a bullet, as the tree walk writes it.
            _itemPending |= HtmlText.TakesBullet(Context() | (Topmost(s_pre) >= 0 || Topmost(s_listing) >= 0 ? HtmlContext.Preformatted : HtmlContext.None)
                | (_codeBlocks > 0 ? HtmlContext.CodeBlock : HtmlContext.None));
        }
    }

    /// <summary>
    /// Whether the element a start tag opens is furniture to leave out (<see cref="HtmlFurniture.IsLeftOut"/>): named so
    /// by its attributes or its custom name outside a table or code, or a page-level header, footer or aside.
    /// </summary>
    private bool IsFurniture(ref HtmlTokenizer tokenizer, ReadOnlySpan<char> name)
    {
        if (!_skipFurniture || _text is null)
        {
            return false;
        }

        HtmlContext context = Context();
        bool named = tokenizer.Furniture || HtmlFurniture.IsNamedTag(name)
            || (tokenizer.PageLevelFurniture && (context & HtmlContext.Content) == 0);
        return (named || HtmlFurniture.IsPageLevelTag(name)) && HtmlFurniture.IsLeftOut(name, named, context);
    }

    /// <summary>What the open elements say about the next one: inside a heading, an article or main, a table or code.</summary>
    private HtmlContext Context()
    {
        HtmlContext context = TopmostHeading() >= 0 ? HtmlContext.Heading : HtmlContext.None;

        if (Topmost(s_article) >= 0 || Topmost(s_main) >= 0)
        {
            context |= HtmlContext.Content;
        }

        if (Topmost(s_table) >= 0 || Topmost(s_code) >= 0)
        {
            context |= HtmlContext.TableOrCode;
        }

        return context;
    }

    /// <summary>The index on the stack of the topmost open heading (h1 to h6), or -1.</summary>
    private int TopmostHeading() =>
        Math.Max(Math.Max(Math.Max(Topmost(s_h1), Topmost(s_h2)), Math.Max(Topmost(s_h3), Topmost(s_h4))), Math.Max(Topmost(s_h5), Topmost(s_h6)));

    /// <summary>Ends the paragraph being read; its block is a heading's when a heading is open or <paramref name="closingHeading"/>.</summary>
    private void FlushText(bool closingHeading = false)
    {
        _flushes++;
        bool heading = closingHeading || TopmostHeading() >= 0;
        HtmlText.Flush(_paragraph!, _text!, heading || _codeBlocks > 0 ? _headings : null, code: !heading);
    }

    /// <summary>The ends that a start tag implies: an open p, li, dd/dt, cell, row, option or heading.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ImpliedEnds(HtmlElementKind kind, ReadOnlySpan<char> name, int key)
    {
        if ((kind & HtmlElementKind.ClosesParagraph) != 0 && InScope(s_p, buttonScope: true))
        {
            PopTo(Topmost(s_p));
        }

        if (IsName(name, "li"))
        {
            PopToIfWithinSpecial(Topmost(s_li));
        }
        else if (IsName(name, "dd") || IsName(name, "dt"))
        {
            PopToIfWithinSpecial(Math.Max(Topmost(s_dd), Topmost(s_dt)));
        }
        else if (IsName(name, "td") || IsName(name, "th") || IsName(name, "tr"))
        {
            int cell = Math.Max(Topmost(s_td), Topmost(s_th));
            int row = Topmost(s_tr);
            int target = IsName(name, "tr") ? Math.Max(row, cell) : cell;
            if (target > Top.TableScope)
            {
                PopTo(target);
            }
        }
        else if (IsName(name, "option") || IsName(name, "optgroup"))
        {
            if (Top.Name == s_option)
            {
                Pop();
            }
        }
        else if (HtmlText.IsHeading(name) && IsHeading(Top.Name))
        {
            Pop();
        }
        else if (key == s_button && InScope(s_button, buttonScope: false))
        {
            PopTo(Topmost(s_button));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OnEndTag(ref HtmlTokenizer tokenizer)
    {
        ReadOnlySpan<char> name = tokenizer.Value;
        HtmlElementKind kind = tokenizer.Element;
        int key = NameKey(name);
        if (IsName(name, "br"))
        {
            // "</br>" is a line break, as in browsers.
            if (_text is not null && _skipDepth == 0)
            {
                _paragraph!.Append(HtmlText.LineBreak);
            }

            return;
        }

        if (IsName(name, "body") || IsName(name, "html"))
        {
            return;
        }

        // Any of </h1> to </h6> closes the open heading, whatever its level.
        int target = HtmlText.IsHeading(name) ? TopmostHeading() : Topmost(key);
        if (target <= 0)
        {
            if (key == s_p)
            {
                // "</p>" without an open p makes an empty p.
                Elements++;
                CountChild();
            }

            return;
        }

        if ((kind & HtmlElementKind.Formatting) != 0 && !Top.InForeign)
        {
            EndFormatting(key);
            return;
        }

        if ((kind & (HtmlElementKind.Special | HtmlElementKind.Scope)) != 0 && !Top.InForeign)
        {
            // A block's end tag closes it when it is in scope, with everything opened inside it.
            // (An element that bounds the scope is in it itself, hence >=.)
            bool table = IsName(name, "td") || IsName(name, "th") || IsName(name, "tr") || IsName(name, "table");
            if (target >= (table ? Top.TableScope : Top.Scope))
            {
                PopTo(target);
            }

            return;
        }

        // Any other end tag closes the topmost element of its name unless a special element is open above it.
        if (target >= Top.Special)
        {
            PopTo(target);
        }
    }

    /// <summary>
    /// The end of a formatting element. Without a special element open inside it, it closes with what is open
    /// inside it; with one (the adoption agency's furthest block), the tree keeps that deep, so nothing is popped.
    /// </summary>
    private void EndFormatting(int key)
    {
        int target = Topmost(key);
        if (target <= 0)
        {
            return;
        }

        _activeFormatting = Math.Max(0, _activeFormatting - 1);
        if (target >= Top.Scope && target >= Top.Special)
        {
            PopTo(target);
        }
    }

    private bool InScope(int key, bool buttonScope)
    {
        int target = Topmost(key);
        if (target <= 0)
        {
            return false;
        }

        return target >= (buttonScope ? Top.ButtonScope : Top.Scope);
    }

    private void PopToIfWithinSpecial(int target)
    {
        // HTML5 stops looking for the li to close at a special element other than address, div and p.
        if (target > 0 && target >= Top.SpecialNotAddressDivP)
        {
            PopTo(target);
        }
    }

    private int Topmost(int key) => _topmostByName.TryGetValue(key, out int index) ? index : -1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Push(int key, HtmlElementKind kind, bool foreign)
    {
        if (_stack.Count > MaxModelDepth)
        {
            // Past the cap the tree is flattened, as browsers do (Blink at 512): the element is not opened, but it
            // still counts as deeper and still separates blocks.
            MaxDepth = _stack.Count;
            if (_text is not null && _skipDepth == 0 && (kind & HtmlElementKind.Block) != 0)
            {
                FlushText();
            }

            return;
        }

        Work++;
        if (_text is not null && _skipDepth == 0 && (kind & (HtmlElementKind.Block | HtmlElementKind.Skip)) == HtmlElementKind.Block)
        {
            // The text before the element is a paragraph of its own, read where the element is not yet open.
            FlushText();
        }

        Entry top = Top;
        int index = _stack.Count;
        int previous = Topmost(key);
        _topmostByName[key] = index;
        bool special = (kind & (HtmlElementKind.Special | HtmlElementKind.Scope)) != 0;
        bool scope = (kind & HtmlElementKind.Scope) != 0;
        bool strict = special && key != s_address && key != s_div && key != s_p;
        var entry = new Entry(key, kind, previous,
            special ? index : top.Special,
            strict ? index : top.SpecialNotAddressDivP,
            scope ? index : top.Scope,
            (kind & HtmlElementKind.TableScope) != 0 ? index : top.TableScope)
        {
            ButtonScope = scope || key == s_button ? index : top.ButtonScope,
            InForeign = foreign,
            Formatting = _activeFormatting,
            TextStart = _paragraph?.Length ?? 0,
            Flushes = _flushes,
            FragmentLink = _fragmentLink,
        };
        _stack.Add(entry);
        MaxDepth = Math.Max(MaxDepth, _stack.Count - 1);
        if ((kind & HtmlElementKind.Skip) != 0)
        {
            _skipDepth++;
        }
    }

    private void PopTo(int index)
    {
        while (_stack.Count > index && _stack.Count > 1)
        {
            Pop();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Pop()
    {
        Work++;
        Entry entry = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        SiblingSteps += (long)entry.Children * entry.Children;
        if (entry.PreviousSameName < 0)
        {
            _topmostByName.Remove(entry.Name);
        }
        else
        {
            _topmostByName[entry.Name] = entry.PreviousSameName;
        }

        if ((entry.Kind & HtmlElementKind.Scope) != 0 && !entry.InForeign)
        {
            // Cells, captions, objects and templates are markers: formatting opened inside them ends with them.
            _activeFormatting = Math.Min(_activeFormatting, entry.Formatting);
        }

        if (_text is not null && _skipDepth == 0 && entry.Name == s_sup && !entry.InForeign && entry.Flushes == _flushes
            && entry.TextStart <= _paragraph!.Length && IsNoteMarker(_paragraph, entry.TextStart))
        {
            // A note marker ("[1]") is left out, as the tree walk leaves it out.
            _paragraph.Length = entry.TextStart;
        }

        if (_text is not null && _skipDepth == 0 && entry.Name == s_a && !entry.InForeign && entry.Flushes == _flushes
            && entry.TextStart <= _paragraph!.Length && IsAnchorMark(_paragraph, entry.TextStart, entry.FragmentLink))
        {
            // A heading's permalink ("¶", "#") is left out, as the tree walk leaves it out (HtmlText.IsAnchorMark), and so
            // is a note's marker linked to its note ("1", "[1]", in or around a sup: HtmlText.IsNoteLink).
            _paragraph.Length = entry.TextStart;
        }

        if (_text is not null && _skipDepth == 0 && IsInlineCode(entry.Name) && !entry.InForeign && !entry.HoldsElements && entry.Flushes == _flushes
            && entry.TextStart <= _paragraph!.Length && Topmost(s_pre) < 0 && Topmost(s_listing) < 0)
        {
            // Code of text alone whose marks would end a sentence goes between backticks, as the tree walk sets it.
            HtmlText.QuoteInlineCode(_paragraph, entry.TextStart);
        }

        if (_text is not null && _skipDepth == 0 && (entry.Kind & HtmlElementKind.Block) != 0)
        {
            FlushText(closingHeading: IsHeading(entry.Name));
        }

        if (entry.CodeBlock)
        {
            _codeBlocks--;
        }

        // An item ends waiting for its text when it closes, unless it was left out (the tree walk never reads it).
        _itemPending &= entry.Name != s_li || entry.InForeign || _skipDepth > 0;

        if ((entry.Kind & HtmlElementKind.Skip) != 0)
        {
            _skipDepth--;
        }
    }

    /// <summary>Whether an element's name is one of inline code's (<see cref="HtmlText.IsInlineCodeName"/>).</summary>
    private static bool IsInlineCode(int name) => name == s_code || name == s_samp || name == s_kbd;

    /// <summary>Whether the text of <paramref name="paragraph"/> from <paramref name="start"/> on is a bracketed note marker.</summary>
    private static bool IsNoteMarker(StringBuilder paragraph, int start)
    {
        int length = paragraph.Length - start;
        if (length < 3 || length > HtmlText.MaxNoteMarkerLength * 2)
        {
            return false;
        }

        Span<char> label = stackalloc char[length];
        paragraph.CopyTo(start, label, length);
        return HtmlText.IsBracketedLabel(label.Trim());
    }

    /// <summary>
    /// Whether the text of <paramref name="paragraph"/> from <paramref name="start"/> on is a permalink's mark alone or,
    /// for a link to a place in a document (<paramref name="fragmentLink"/>), a note's marker (<see cref="HtmlText.IsNoteMarkerText"/>).
    /// </summary>
    private static bool IsAnchorMark(StringBuilder paragraph, int start, bool fragmentLink)
    {
        int length = paragraph.Length - start;
        if (length < 1 || length > HtmlText.MaxNoteMarkerLength * 2)
        {
            return false;
        }

        Span<char> label = stackalloc char[length];
        paragraph.CopyTo(start, label, length);
        return HtmlText.IsAnchorMarkText(label.Trim()) || (fragmentLink && HtmlText.IsNoteMarkerText(label.Trim(), start > 0 && !char.IsWhiteSpace(paragraph[start - 1])));
    }

    private void CountChild()
    {
        Entry top = _stack[^1];
        top.Children++;
        _stack[^1] = top;
        MaxChildren = Math.Max(MaxChildren, top.Children);
    }

    private static bool IsHeading(int key) => key == s_h1 || key == s_h2 || key == s_h3 || key == s_h4 || key == s_h5 || key == s_h6;

    private static bool IsName(ReadOnlySpan<char> name, string expected) => name.Equals(expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>A name's identity, case-insensitive; the per-process seed of the string hash keeps collisions unplannable.</summary>
    private static int NameKey(ReadOnlySpan<char> name) => string.GetHashCode(name, StringComparison.OrdinalIgnoreCase);

    private static readonly int s_p = NameKey("p");
    private static readonly int s_li = NameKey("li");
    private static readonly int s_dd = NameKey("dd");
    private static readonly int s_dt = NameKey("dt");
    private static readonly int s_td = NameKey("td");
    private static readonly int s_th = NameKey("th");
    private static readonly int s_tr = NameKey("tr");
    private static readonly int s_option = NameKey("option");
    private static readonly int s_button = NameKey("button");
    private static readonly int s_address = NameKey("address");
    private static readonly int s_div = NameKey("div");
    private static readonly int s_h1 = NameKey("h1");
    private static readonly int s_h2 = NameKey("h2");
    private static readonly int s_h3 = NameKey("h3");
    private static readonly int s_h4 = NameKey("h4");
    private static readonly int s_h5 = NameKey("h5");
    private static readonly int s_h6 = NameKey("h6");
    private static readonly int s_article = NameKey("article");
    private static readonly int s_main = NameKey("main");
    private static readonly int s_table = NameKey("table");
    private static readonly int s_code = NameKey("code");
    private static readonly int s_samp = NameKey("samp");
    private static readonly int s_kbd = NameKey("kbd");
    private static readonly int s_pre = NameKey("pre");
    private static readonly int s_listing = NameKey("listing");
    private static readonly int s_sup = NameKey("sup");
    private static readonly int s_a = NameKey("a");

    /// <summary>An open element and, for the searches, the nearest open element at or below it of each bounding kind.</summary>
    private record struct Entry(int Name, HtmlElementKind Kind, int PreviousSameName, int Special, int SpecialNotAddressDivP, int Scope, int TableScope)
    {
        public int ButtonScope { get; init; }

        public bool InForeign { get; init; }

        /// <summary>The formatting elements active when it opened (restored when a marker closes).</summary>
        public int Formatting { get; init; }

        public int Children { get; set; }

        /// <summary>Whether an element opened inside it (void ones too): in the tree, it holds another.</summary>
        public bool HoldsElements { get; set; }

        /// <summary>The length of the paragraph being read when it opened.</summary>
        public int TextStart { get; init; }

        /// <summary>The paragraphs ended when it opened: while it is the same, its text is the paragraph's from <see cref="TextStart"/>.</summary>
        public int Flushes { get; init; }

        /// <summary>A link to a place in a document of the page's site or book (<see cref="HtmlText.IsFragmentHref"/>).</summary>
        public bool FragmentLink { get; init; }

        /// <summary>A pre (or listing) with a code or samp element inside it: a block of code.</summary>
        public bool CodeBlock { get; init; }
    }
}
