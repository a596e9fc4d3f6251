using System;
using System.Collections.Generic;
using System.Text;

namespace Summarizer.Cli.Tests;

/// <summary>
/// Hostile RTF documents of about a given size in bytes: the shapes that would make an RTF reader recurse, backtrack or
/// hold more than the text, each a few bytes repeated. Every one but <c>skipped-picture</c>'s ends with
/// <see cref="Sentence"/> as body text. Shared by the tests, tools/Stress and the fuzzing harness.
/// </summary>
public static class HostileRtf
{
    /// <summary>A sentence that every document carries after its hostile part.</summary>
    public const string Sentence = "The council approved the new budget for the city parks on Monday evening.";

    private static readonly Dictionary<string, Func<int, string>> s_shapes = new(StringComparer.Ordinal)
    {
        // Groups nested as deep as the size allows, closed, or never closed (the end of the file closes them).
        ["nested-braces"] = size => Nest("{", "}", size),
        ["unclosed-braces"] = size => "{\\rtf1 " + new string('{', Math.Max(1, size - Sentence.Length - 7)) + Sentence,
        // Ignorable destinations nested: each group opens a skipped one.
        ["nested-destinations"] = size => Nest("{\\*\\x", "}", size),
        // One control word of the whole size, and one parameter of the whole size.
        ["long-control-word"] = size => "{\\rtf1 \\" + new string('a', Math.Max(1, size - Sentence.Length - 10)) + " " + Sentence + "}",
        ["long-parameter"] = size => "{\\rtf1 \\fs" + new string('9', Math.Max(1, size - Sentence.Length - 12)) + " " + Sentence + "}",
        // Text written as escapes: \uN with fallbacks (Cyrillic words), \'hh bytes, a double-byte code page's pairs.
        ["unicode-escapes"] = size => Repeat("\\u1087?\\u1072?\\u1088?\\u1082? ", size, "{\\rtf1\\ansi\\uc1 "),
        ["hex-escapes"] = size => Repeat("caf\\'e9 ", size, "{\\rtf1\\ansi "),
        ["double-byte"] = size => Repeat("\\'82\\'a0\\'83e ", size, "{\\rtf1\\ansi\\ansicpg932 "),
        // Fallbacks of 255 characters after every \u, and a \uc on every character.
        ["long-fallbacks"] = size => Repeat("\\uc255\\u1087 " + new string('x', 255), size, "{\\rtf1 "),
        // A picture's hex data, and binary data whose length runs past the end of the file.
        ["skipped-picture"] = size => Sentence.Length + 40 > size
            ? "{\\rtf1 " + Sentence + "}"
            : "{\\rtf1 " + Sentence + "\\par{\\pict\\pngblip " + new string('f', size - Sentence.Length - 30) + "}}",
        ["binary"] = size => Repeat("{\\bin4 }}}}}", size, "{\\rtf1 ")[..^1] + "{\\bin2147483647 }",
        // Empty paragraphs, line breaks, list texts and hidden text: many paragraphs ended, nothing written.
        ["paragraphs"] = size => Repeat("\\par ", size, "{\\rtf1 "),
        ["line-breaks"] = size => Repeat("\\line ", size, "{\\rtf1 "),
        ["list-texts"] = size => Repeat("{\\listtext\\'b7\\tab}x\\par ", size, "{\\rtf1\\pard\\ls1 "),
        ["hidden-text"] = size => Repeat("{\\v hidden words }", size, "{\\rtf1 "),
        // Tables of many fonts and styles, each style based on the one before (a chain the lookup walks).
        ["font-table"] = size => Table(size, "{\\rtf1{\\fonttbl", "{{\\f{0}\\fcharset204\\cpg{0} A;}}", "\\f3000 x\\par "),
        ["style-chain"] = size => Table(size, "{\\rtf1{\\stylesheet{\\s1 heading 1;}", "{{\\s{0}\\sbasedon{1} S;}}", "\\pard\\s3000 x\\par "),
    };

    public static IEnumerable<string> Shapes => s_shapes.Keys;

    /// <summary>A document of the shape <paramref name="shape"/> of about <paramref name="size"/> bytes (at least a small one).</summary>
    public static byte[] Create(string shape, int size) => Encoding.Latin1.GetBytes(s_shapes[shape](size));

    /// <summary><paramref name="open"/> nested as deep as the size allows around the sentence, then closed.</summary>
    private static string Nest(string open, string close, int size)
    {
        int depth = Math.Max(1, (size - Sentence.Length - 10) / (open.Length + close.Length));
        var builder = new StringBuilder(size + 20);
        builder.Append("{\\rtf1 ").Insert(builder.Length, open, depth);
        // The sentence inside the deepest group: the nested destinations skip it, the plain groups read it.
        builder.Append(Sentence).Insert(builder.Length, close, depth);
        return builder.Append("\\par ").Append(Sentence).Append('}').ToString();
    }

    /// <summary><paramref name="unit"/> repeated to the size after <paramref name="prefix"/>, then <paramref name="suffix"/>, a paragraph's end and the sentence.</summary>
    private static string Repeat(string unit, int size, string prefix, string suffix = "")
    {
        var builder = new StringBuilder(size + unit.Length + 100);
        builder.Append(prefix);
        while (builder.Length < size - Sentence.Length - suffix.Length - 10)
        {
            builder.Append(unit);
        }

        return builder.Append(suffix).Append("\\par\\pard\\plain\\uc1 ").Append(Sentence).Append('}').ToString();
    }

    /// <summary>
    /// A table of the first half of the size, its entries numbered from 2 (<paramref name="entry"/> formatted with the
    /// number and the one before), then paragraphs that name entry 3000 (kept: the tables keep 4,096) to the size.
    /// </summary>
    private static string Table(int size, string prefix, string entry, string paragraph)
    {
        var builder = new StringBuilder(size + 200);
        builder.Append(prefix);
        for (int n = 2; builder.Length < size / 2; n++)
        {
            builder.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, entry, n, n - 1);
        }

        builder.Append('}');
        while (builder.Length < size - Sentence.Length - 10)
        {
            builder.Append(paragraph);
        }

        return builder.Append("\\pard\\plain ").Append(Sentence).Append('}').ToString();
    }
}
