using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Summarizer.Evaluation;

/// <summary>
/// The WordNet-2.0 irregular forms (said -&gt; say, children -&gt; child, ...) that ROUGE-1.5.5 <c>-m</c> maps before
/// stemming; loaded once from the embedded <c>wordnet-2.0-exceptions.tsv</c> (WordNet licence, see
/// <c>WORDNET-LICENSE.txt</c> in the package).
/// </summary>
internal static class WordNetExceptions
{
    private const string ResourceName = "Summarizer.Evaluation.wordnet-2.0-exceptions.tsv";

    private static readonly Lazy<FrozenDictionary<string, string>> s_map = new(Load);

    public static FrozenDictionary<string, string> Map => s_map.Value;

    private static FrozenDictionary<string, string> Load()
    {
        using Stream stream = typeof(WordNetExceptions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using StreamReader reader = new(stream, Encoding.UTF8);
        Dictionary<string, string> map = new(6000, StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                // A DB_File hash keeps the last value stored for a key.
                map[line[..tab]] = line[(tab + 1)..];
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
