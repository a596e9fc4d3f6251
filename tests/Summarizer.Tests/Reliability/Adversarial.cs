using System;
using System.Text;

namespace Summarizer.Tests.Reliability;

/// <summary>
/// The adversarial input shapes of the reliability issue, generated at any size: the tests run them small to check
/// behaviour, the stress tool (tools/Stress) runs them at full size to measure time and memory.
/// </summary>
internal static class Adversarial
{
    /// <summary>The shapes, by name.</summary>
    public static readonly string[] Shapes =
    [
        "no-punctuation", "one-long-sentence", "one-word-sentences", "identical-sentences", "stop-words",
        "numbers", "punctuation", "nested-brackets", "repeated-char", "many-sentences", "distinct-words", "glued-marks",
        "glued-names", "emoji-words", "emoji-run", "emoticon-words",
    ];

    /// <summary>The text of <paramref name="shape"/>, about <paramref name="size"/> characters (or units of the shape).</summary>
    public static string Create(string shape, int size) => shape switch
    {
        // Words without a terminator or newline anywhere.
        "no-punctuation" => Words(size, ' ', 17),
        // One sentence: words, a single period at the end.
        "one-long-sentence" => Words(size - 1, ' ', 29) + ".",
        // `size` sentences of one word each.
        "one-word-sentences" => Repeat(size, i => "Word" + (i % 5000).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". "),
        // `size` copies of one sentence.
        "identical-sentences" => Repeat(size, _ => "The same sentence about the market is repeated here again. "),
        "stop-words" => Repeat(size / 20, i => (i % 3 == 0 ? "The and of to in it. " : "Is was the a an of. ")),
        "numbers" => Repeat(size / 12, i => (i * 7919 % 100000).ToString(System.Globalization.CultureInfo.InvariantCulture) + (i % 4 == 3 ? ". " : " 3.14 ")),
        "punctuation" => Repeat(size / 4, i => "!?.,;:\"'()[]{}…—-"[i % 17] + (i % 3 == 0 ? " " : string.Empty) + "."),
        "nested-brackets" => Nested(size),
        "repeated-char" => new string('a', size),
        // `size` sentences of ordinary news-like words over a small vocabulary.
        "many-sentences" => Sentences(size, 7),
        // Every word different (identifiers, hashes, base64): the vocabulary grows with the text; sentences of 12 words.
        "distinct-words" => DistinctWords(size),
        // Words glued by the marks an e-mail address's local part may hold, with no space or '@' anywhere
        // ("word.word+word_word..."): each word could start an address, none does.
        "glued-marks" => Repeat(size / 5, i => "word" + ".+_%-"[i % 5]),
        // Words glued by periods before capitals, with no space anywhere ("ab.Cd.Ef(ab.Cd..."): at each period a glued
        // sentence could end or a qualified name ("System.Text.Json") go on, and the token around it has no end in sight.
        "glued-names" => Repeat(size / 6, i => i % 3 == 2 ? "ab.Cd(" : "ab.Cd"),
        // Words each followed by an emoji and a space, no terminator anywhere ("ab😀 ab😀 ..."): after each the sentence
        // could end without a mark, were the next word one that opens sentences.
        "emoji-words" => Repeat(size / 5, _ => "ab\U0001F600 "),
        // One run of emoji after a word, no space or terminator in it ("a😀😀😀... x"): each emoji of the run could end
        // the sentence, and reading the run from each one to its end would be quadratic.
        "emoji-run" => "a" + Repeat(size / 2, _ => "\U0001F600") + " x",
        // Words each followed by a frown and a space ("ab :( ab :( ..."): each could end a sentence without a mark, and
        // each mouth is a bracket that could open a parenthesis.
        "emoticon-words" => Repeat(size / 6, _ => "ab :( "),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown shape"),
    };

    private static string Words(int size, char separator, int seed)
    {
        string[] words = ["market", "growth", "bank", "rates", "energy", "prices", "oil", "company", "shares", "the", "of", "investors", "policy", "court"];
        var random = new Random(seed);
        var builder = new StringBuilder(size + 16);
        while (builder.Length < size)
        {
            builder.Append(words[random.Next(words.Length)]).Append(separator);
        }

        builder.Length = Math.Max(0, size);
        return builder.ToString().TrimEnd();
    }

    private static string DistinctWords(int size)
    {
        var builder = new StringBuilder(size + 16);
        for (int i = 0; builder.Length < size; i++)
        {
            builder.Append("Id").Append(i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(i % 12 == 11 ? ". " : " ");
        }

        builder.Length = size;
        return builder.ToString();
    }

    private static string Sentences(int count, int seed)
    {
        string[] words = ["market", "growth", "profit", "bank", "rates", "energy", "prices", "oil", "company", "shares", "investors", "government", "policy", "election", "minister", "film", "award", "music", "economy", "trade", "exports", "jobs", "workers", "court", "the", "of", "and", "to", "in"];
        var random = new Random(seed);
        var builder = new StringBuilder(count * 60);
        for (int s = 0; s < count; s++)
        {
            builder.Append(s > 0 && random.Next(6) == 0 ? "\n\n" : s > 0 ? " " : string.Empty);
            int length = random.Next(4, 15);
            for (int w = 0; w < length; w++)
            {
                string word = words[random.Next(words.Length)];
                builder.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w == length - 1 ? "." : " ");
            }
        }

        return builder.ToString();
    }

    private static string Repeat(int count, Func<int, string> item)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append(item(i));
        }

        return builder.ToString();
    }

    private static string Nested(int size)
    {
        const string open = "([{\"'«“‘";
        const string close = ")]}\"'»”’";
        int depth = Math.Max(1, size / 4);
        var builder = new StringBuilder(size + 64);
        for (int i = 0; i < depth; i++)
        {
            builder.Append(open[i % open.Length]);
        }

        builder.Append("He said it. Then she said! ");
        for (int i = depth - 1; i >= 0; i--)
        {
            builder.Append(close[i % close.Length]);
            if (i % 97 == 0)
            {
                builder.Append(". ");
            }
        }

        return builder.ToString();
    }
}
