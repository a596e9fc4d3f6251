using System;
using System.Linq;

namespace Summarizer.Tests.Splitting;

/// <summary>
/// <see cref="PhraseSet"/> finds a phrase where a plain search case aside finds it, as whole words, for phrases of any
/// length and script; its prefix filter never hides a match.
/// </summary>
public sealed class PhraseSetTests
{
    private static readonly PhraseSet s_phrases = new(["all rights reserved", "editor’s note", "Sehr geehrte", "Дата публикации", "Q:", "ok"]);

    [Theory]
    [InlineData("© 2026 Harbor Press. All rights reserved.", true)]
    [InlineData("ALL RIGHTS RESERVED", true)]
    [InlineData("All rights\nreserved to the owners.", true)]
    [InlineData("All  rights   reserved.", true)]
    [InlineData("We reserve all rights reserved2 for later.", false)]
    [InlineData("Smallrights reserved.", false)]
    [InlineData("All rights reservedly kept.", false)]
    [InlineData("EDITOR’S NOTE: This story was updated.", true)]
    [InlineData("Editor's note: a straight apostrophe is another phrase.", false)]
    [InlineData("sehr geehrte Damen und Herren", true)]
    [InlineData("ДАТА ПУБЛИКАЦИИ: 5 мая", true)]
    [InlineData("It looks ok to me.", true)]
    [InlineData("The token is okay.", false)]
    [InlineData("FAQ: Q: Why?", true)]
    [InlineData("", false)]
    [InlineData("al", false)]
    public void Holds_FindsWholePhrasesCaseAside(string sentence, bool expected) =>
        Assert.Equal(expected, s_phrases.Holds(sentence));

    [Theory]
    [InlineData("Sehr geehrte Frau Weber,", true)]
    [InlineData("Sehr geehrte", true)]
    [InlineData("Sehr geehrte,", true)]
    [InlineData("Sehr geehrten Damen", false)]
    [InlineData("Liebe Frau Weber, sehr geehrte", false)]
    [InlineData("OK. Let us start.", true)]
    [InlineData("Okay", false)]
    [InlineData("q: what now", true)]
    [InlineData("Se", false)]
    public void StartsLine_NeedsThePhraseAtTheStart_ThenAnEnd(string line, bool expected) =>
        Assert.Equal(expected, s_phrases.StartsLine(line));

    [Fact]
    public void Empty_HoldsNothing()
    {
        var empty = new PhraseSet([]);
        Assert.True(empty.IsEmpty);
        Assert.False(empty.Holds("All rights reserved."));
        Assert.False(empty.StartsLine("All rights reserved."));
        Assert.Throws<ArgumentException>(() => new PhraseSet(["fine", ""]));
    }

    [Fact]
    public void EveryCharacter_MatchesItsCaseVariants_AsAPlainSearchDoes()
    {
        // A phrase keyed by its first three characters must be found under every spelling that OrdinalIgnoreCase calls
        // the same: each character of the Basic Multilingual Plane, and its case variants, at each of the three places.
        for (int code = 0; code < 0x10000; code++)
        {
            char c = (char)code;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            foreach (char variant in new[] { c, char.ToUpperInvariant(c), char.ToLowerInvariant(c), char.ToUpperInvariant(char.ToLowerInvariant(c)) }.Distinct())
            {
                for (int place = 0; place < 3; place++)
                {
                    string phrase = Spell(c, place);
                    string sentence = "see " + Spell(variant, place) + " here";
                    Assert.True(
                        WholeWordSearch(sentence, phrase) == new PhraseSet([phrase]).Holds(sentence),
                        $"U+{code:X4} written as U+{(int)variant:X4} at {place}");
                }
            }
        }

        static string Spell(char c, int place) => place switch
        {
            0 => c + "ab",
            1 => "a" + c + "b",
            _ => "ab" + c,
        };
    }

    /// <summary>The definition: a place where the phrase starts, case aside, after no letter or digit and before none.</summary>
    private static bool WholeWordSearch(string sentence, string phrase)
    {
        for (int start = 0; start + phrase.Length <= sentence.Length; start++)
        {
            int end = start + phrase.Length;
            if ((start == 0 || !char.IsLetterOrDigit(sentence[start - 1]))
                && sentence.AsSpan(start).StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (end == sentence.Length || !char.IsLetterOrDigit(sentence[end])))
            {
                return true;
            }
        }

        return false;
    }
}
