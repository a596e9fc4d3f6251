using System;
using System.Text;

namespace Summarizer.Tests.Reliability;

/// <summary>
/// Seeded generators of hostile text: pieces drawn from all of Unicode (surrogate pairs and lone surrogates,
/// combining marks, control characters, right-to-left text, CJK, emoji and zero-width joiners, very long words) mixed
/// with the things the splitter and tokenizer look for (terminators, quotes, brackets, abbreviations, numbers,
/// addresses, list markers, blank lines), and mutations of real text. The same seed gives the same text.
/// </summary>
internal static class RandomText
{
    private static readonly string[] s_words =
    [
        "the", "a", "of", "and", "to", "in", "is", "it", "that", "was", "government", "said", "market", "players",
        "Dr", "Mr", "U.S", "e.g", "i.e", "etc", "No", "St", "vs", "Inc", "Jan", "p.m", "a.m", "don't", "state-of-the-art",
        "COVID-19", "3.14", "1,000", "1990-2000", "42", "#hashtag", "C#", "&#39;", "https://example.com/a(b)c.",
        "www.example.org", "user@example.com", "naïve", "Straße", "İstanbul", "ΑΘΗΝΑ", "Москва", "שלום", "مرحبا",
        "東京都", "こんにちは", "한국어", "ภาษาไทย", "👍", "👨‍👩‍👧", "🇫🇷", "e\u0301", "\u200Bzero\u200Bwidth", "ﬁne",
    ];

    private static readonly string[] s_punctuation =
    [
        ".", "!", "?", "...", "…", "?!", ";", ":", ",", "\"", "'", "“", "”", "‘", "’", "«", "»", "(", ")", "[", "]", "{",
        "}", "-", "–", "—", "/", "\\", "*", "•", "·", "。", "！", "？", "؟", "।", "\u061F", "...\"", ".)", ".\u201D",
    ];

    private static readonly string[] s_layout =
    [
        " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\n\n\n", "\u00A0", "\u2028", "\u2029", "\u3000", "\f", "\v",
        "\n- ", "\n* ", "\n1. ", "\n# ", "\n## ", "\n\u2022 ", "\na) ",
    ];

    /// <summary>A random string of about <paramref name="maxLength"/> UTF-16 code units at most.</summary>
    public static string Next(Random random, int maxLength)
    {
        var builder = new StringBuilder(maxLength + 16);
        int target = random.Next(0, maxLength + 1);
        while (builder.Length < target)
        {
            AppendPiece(random, builder, target - builder.Length);
        }

        if (builder.Length > maxLength)
        {
            builder.Length = maxLength;
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> with a few random edits: characters deleted, duplicated or case-flipped, ranges cut or
    /// repeated, and hostile pieces inserted.
    /// </summary>
    public static string Mutate(Random random, string text, int edits)
    {
        var builder = new StringBuilder(text);
        for (int e = 0; e < edits; e++)
        {
            int at = builder.Length == 0 ? 0 : random.Next(builder.Length);
            switch (random.Next(7))
            {
                case 0 when builder.Length > 0:
                    builder.Remove(at, 1);
                    break;
                case 1 when builder.Length > 0:
                    builder.Insert(at, builder[at]);
                    break;
                case 2 when builder.Length > 0:
                    char c = builder[at];
                    builder[at] = char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);
                    break;
                case 3 when builder.Length > 0:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, 200)));
                    break;
                case 4 when builder.Length > 0:
                    int length = Math.Min(builder.Length - at, random.Next(1, 100));
                    builder.Insert(at, builder.ToString(at, length));
                    break;
                default:
                    var piece = new StringBuilder();
                    AppendPiece(random, piece, 40);
                    builder.Insert(at, piece.ToString());
                    break;
            }
        }

        return builder.ToString();
    }

    private static void AppendPiece(Random random, StringBuilder builder, int room)
    {
        switch (random.Next(20))
        {
            case <= 5:
                builder.Append(s_words[random.Next(s_words.Length)]);
                break;
            case <= 8:
                builder.Append(s_punctuation[random.Next(s_punctuation.Length)]);
                break;
            case <= 11:
                builder.Append(s_layout[random.Next(s_layout.Length)]);
                break;
            case 12:
                // Any scalar value of Unicode, as UTF-16.
                int scalar = random.Next(0x110000 - 0x800);
                scalar = scalar >= 0xD800 ? scalar + 0x800 : scalar;
                builder.Append(char.ConvertFromUtf32(scalar));
                break;
            case 13:
                // A lone surrogate, high or low.
                builder.Append((char)random.Next(0xD800, 0xE000));
                break;
            case 14:
                // A control or format character.
                builder.Append(random.Next(4) switch
                {
                    0 => (char)random.Next(0, 0x20),
                    1 => (char)random.Next(0x7F, 0xA0),
                    2 => (char)random.Next(0x200B, 0x2010),
                    _ => (char)random.Next(0x202A, 0x202F),
                });
                break;
            case 15:
                // Combining marks stacked on a base letter.
                builder.Append((char)random.Next('a', 'z' + 1));
                for (int k = random.Next(1, 8); k > 0; k--)
                {
                    builder.Append((char)random.Next(0x0300, 0x0370));
                }

                break;
            case 16:
                // A run of one script: Hebrew, Arabic, CJK, Hangul, Thai, or astral CJK and emoji.
                int count = random.Next(1, 30);
                int script = random.Next(6);
                for (int k = 0; k < count; k++)
                {
                    switch (script)
                    {
                        case 0: builder.Append((char)random.Next(0x05D0, 0x05EB)); break;
                        case 1: builder.Append((char)random.Next(0x0621, 0x064B)); break;
                        case 2: builder.Append((char)random.Next(0x4E00, 0x9FFF)); break;
                        case 3: builder.Append((char)random.Next(0xAC00, 0xD7A4)); break;
                        case 4: builder.Append((char)random.Next(0x0E01, 0x0E3B)); break;
                        default:
                            builder.Append(char.ConvertFromUtf32(random.Next(2) == 0 ? random.Next(0x20000, 0x2A6E0) : random.Next(0x1F300, 0x1FAFF)));
                            if (random.Next(3) == 0)
                            {
                                builder.Append('\u200D');
                            }

                            break;
                    }
                }

                break;
            case 17:
                // A very long word, a long run of one character, or a long number.
                int length = random.Next(1, Math.Max(2, Math.Min(room, 3000)));
                char repeated = random.Next(3) switch { 0 => 'x', 1 => (char)random.Next(0x20, 0x7F), _ => '9' };
                if (random.Next(2) == 0)
                {
                    builder.Append(repeated, length);
                }
                else
                {
                    for (int k = 0; k < length; k++)
                    {
                        builder.Append((char)random.Next('a', 'z' + 1));
                    }
                }

                break;
            case 18:
                // Nested quotes and brackets.
                int depth = random.Next(1, 40);
                string open = "([{\"'«“";
                string close = ")]}\"'»”";
                int kind = random.Next(open.Length);
                builder.Append(open[kind], depth).Append("Nested words here. Really?").Append(close[kind], random.Next(depth + 1));
                break;
            default:
                // A plausible sentence.
                int words = random.Next(1, 20);
                for (int k = 0; k < words; k++)
                {
                    string word = s_words[random.Next(s_words.Length)];
                    builder.Append(k == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(' ');
                }

                builder.Length--;
                builder.Append(s_punctuation[random.Next(3)]).Append(' ');
                break;
        }
    }
}
