using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Summarizer.Cli;

/// <summary>Which way <see cref="HtmlText"/> extracted a page's text.</summary>
internal enum HtmlPath
{
    /// <summary>SmartReader's Readability scoring over AngleSharp's tree: the main article, without page furniture.</summary>
    Readability,

    /// <summary>
    /// The linear pass of <see cref="HtmlOutline"/>: every block of text outside scripts, navigation, forms and the
    /// furniture <see cref="HtmlFurniture"/> names by class, id or role.
    /// </summary>
    Linear,
}

/// <summary>
/// The pages that go through AngleSharp and SmartReader. Past any limit the tree builder or the scoring is no longer
/// bounded by a small multiple of the page's size (deep nesting makes both quadratic, a wide element makes sibling
/// steps quadratic, attributes are checked pairwise), so the page takes the linear path instead.
/// </summary>
internal static class HtmlLimits
{
    /// <summary>Characters of HTML.</summary>
    public const int MaxLength = 4 << 20;

    /// <summary>Characters of text (outside scripts and styles).</summary>
    public const long MaxTextLength = 512 << 10;

    /// <summary>Text length times depth, summed: what taking the text of every ancestor costs.</summary>
    public const long MaxTextDepth = 16 << 20;

    /// <summary>Elements (start tags).</summary>
    public const int MaxElements = 16_384;

    /// <summary>Elements open at once (nesting depth).</summary>
    public const int MaxDepth = 128;

    /// <summary>Children squared, summed over elements: what stepping from sibling to sibling costs.</summary>
    public const long MaxSiblingSteps = 1 << 18;

    /// <summary>Attributes of one tag.</summary>
    public const int MaxAttributes = 64;

    /// <summary>Attributes squared, summed over tags: what checking them pairwise costs.</summary>
    public const long MaxAttributePairs = 1 << 20;

    /// <summary>Formatting elements (b, i, a, font...) open or waiting to be reopened at once.</summary>
    public const int MaxFormatting = 32;

    /// <summary>True when the raw page, as measured by the linear pass, may be parsed and scored.</summary>
    public static bool Allow(HtmlOutline outline, int length) =>
        length <= MaxLength && outline.TextLength <= MaxTextLength && outline.TextDepth <= MaxTextDepth
        && outline.Elements <= MaxElements && outline.MaxDepth <= MaxDepth && outline.SiblingSteps <= MaxSiblingSteps
        && outline.MaxAttributes <= MaxAttributes && outline.AttributePairs <= MaxAttributePairs
        && outline.MaxFormatting <= MaxFormatting;

    /// <summary>True when the parsed tree may be scored.</summary>
    public static bool Allow(DocumentShape shape) =>
        shape.Elements <= MaxElements && shape.Depth <= MaxDepth && shape.SiblingSteps <= MaxSiblingSteps
        && shape.TextLength <= MaxTextLength && shape.TextDepth <= MaxTextDepth;
}

/// <summary>The size of a parsed tree, measured with an explicit stack (a deep tree cannot overflow the call stack).</summary>
internal readonly record struct DocumentShape(int Elements, int Depth, long SiblingSteps, long TextLength, long TextDepth)
{
    public static DocumentShape Of(IHtmlDocument document)
    {
        int elements = 0;
        int depth = 0;
        long siblingSteps = 0;
        long textLength = 0;
        long textDepth = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            (INode node, int level) = stack.Pop();
            INodeList children = node.ChildNodes;
            siblingSteps += (long)children.Length * children.Length;
            if (node is IElement element)
            {
                elements++;
                depth = Math.Max(depth, level);
                if (element.LocalName is "script" or "style")
                {
                    continue;
                }
            }
            else if (node is IText text)
            {
                textLength += text.Length;
                textDepth += (long)text.Length * level;
            }

            for (int i = 0; i < children.Length; i++)
            {
                stack.Push((children[i], level + 1));
            }
        }

        return new DocumentShape(elements, depth, siblingSteps, textLength, textDepth);
    }
}
