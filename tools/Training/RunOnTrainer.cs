using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Summarizer.Evaluation;

namespace Summarizer.Training;

/// <summary>
/// <c>boundaries [--data DIR] [--out FILE]</c>: learns where sentences end in text written without punctuation (see
/// <c>RunOnBoundaries</c>) from where the splitter ends them in punctuated text, writes the table, and scores it on
/// documents it did not learn from, their punctuation taken away: each held-out document becomes one run of its
/// words, and a cut counts when it falls where the splitter ended a sentence. Learns from the CNN/DM training
/// stories and the Amazon reviews; scores BBC dev, CNN/DM dev and the Yelp reviews.
/// </summary>
internal static class RunOnTrainer
{
    public const string DefaultPath = "src/Summarizer/Splitting/Data/run-on-boundaries-en.txt";

    private const int TableWords = 4000;
    private const int MinWordCount = 20;
    private const int TablePairs = 2000;
    private const int MinPairCount = 5;
    private const double MinPairDifference = 1.0;

    // Smoothing toward the base rate (a word's counts) or toward what the two words predict (a pair's), in occurrences.
    private const double Smoothing = 5;

    private static readonly string[] s_trainingFiles = ["cnndm/train.jsonl", "reviews/amazon.jsonl"];
    private static readonly string[] s_heldOutFiles = ["bbc/dev.jsonl", "cnndm/dev.jsonl", "reviews/yelp.jsonl"];

    // CNN/DM's bracket tokens ("-lrb- cnn -rrb-") are no words of the text.
    private static readonly HashSet<string> s_bracketTokens = ["-lrb-", "-rrb-", "-lsb-", "-rsb-", "-lcb-", "-rcb-"];

    public static int Run(string data, string output)
    {
        var counts = new Counts();
        foreach (string file in s_trainingFiles)
        {
            foreach (List<List<string>> document in Documents(Path.Combine(data, file)))
            {
                document.ForEach(counts.Add);
                counts.EndDocument();
            }
        }

        string table = counts.Table(s_trainingFiles);
        string temporary = output + ".tmp";
        File.WriteAllText(temporary, table, new UTF8Encoding(false));
        File.Move(temporary, output, overwrite: true);
        Console.Error.WriteLine($"wrote {output} ({table.Length / 1024} KB)");

        RunOnBoundaries learned = RunOnBoundaries.Parse(new StringReader(table));
        RunOnBoundaries starters = RunOnBoundaries.FromStarters(SplittingRules.For("en"));
        Console.WriteLine("held out, punctuation taken away: precision / recall / F1 of the cuts at sentence ends");
        foreach (string file in s_heldOutFiles)
        {
            List<List<List<string>>> documents = [.. Documents(Path.Combine(data, file))];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: learned {Score(documents, learned)}, starters {Score(documents, starters)}"));
        }

        return 0;
    }

    /// <summary>The documents of a data file as sentences of word keys, as the splitter splits them.</summary>
    private static IEnumerable<List<List<string>>> Documents(string path)
    {
        char[] key = new char[64];
        foreach (EvaluationDocument document in DatasetReader.ReadFile(path))
        {
            var sentences = new List<List<string>>();
            foreach (SentenceSpan span in SentenceSplitter.Default.Split(document.Text))
            {
                var words = new List<string>();
                foreach (string token in document.Text.Substring(span.Start, span.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    int length = s_bracketTokens.Contains(token) ? 0 : RunOnBoundaries.Key(token, key);
                    if (length > 0)
                    {
                        words.Add(new string(key[..length]));
                    }
                }

                if (words.Count > 0)
                {
                    sentences.Add(words);
                }
            }

            yield return sentences;
        }
    }

    /// <summary>Precision, recall and F1 of the cuts in the held-out documents of at least <see cref="RunOnBoundaries.MinRunWords"/> words.</summary>
    private static string Score(List<List<List<string>>> documents, RunOnBoundaries boundaries)
    {
        long hits = 0, cuts = 0, ends = 0;
        foreach (List<List<string>> document in documents)
        {
            string text = string.Join(' ', document.SelectMany(s => s));
            int[] wordEnds = [.. WordEnds(text)];
            if (wordEnds.Length < RunOnBoundaries.MinRunWords)
            {
                continue;
            }

            var truth = new HashSet<int>();
            int words = 0;
            foreach (List<string> sentence in document.SkipLast(1))
            {
                words += sentence.Count;
                truth.Add(wordEnds[words - 1]);
            }

            int start = 0;
            while (true)
            {
                int end = boundaries.ChunkEnd(text, start, text.Length);
                if (end >= text.Length)
                {
                    break;
                }

                cuts++;
                hits += truth.Contains(end) ? 1 : 0;
                start = end + 1;
            }

            ends += truth.Count;
        }

        double precision = (double)hits / Math.Max(1, cuts);
        double recall = (double)hits / Math.Max(1, ends);
        return string.Create(CultureInfo.InvariantCulture, $"{100 * precision:0.0} / {100 * recall:0.0} / {200 * precision * recall / Math.Max(1e-9, precision + recall):0.0}");
    }

    private static IEnumerable<int> WordEnds(string text)
    {
        for (int k = 0; k < text.Length; k++)
        {
            if (text[k] != ' ' && (k + 1 == text.Length || text[k + 1] == ' '))
            {
                yield return k + 1;
            }
        }
    }

    /// <summary>How often each word opens and ends a sentence, and how often a sentence ends between two words.</summary>
    private sealed class Counts
    {
        private readonly Dictionary<string, (long Total, long Opens, long Ends)> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), (long Total, long Ends)> _pairs = [];
        private readonly List<string> _documentWords = [];
        private readonly List<bool> _documentEnds = [];
        private long _total;
        private long _sentences;
        private int _documents;

        public void Add(List<string> sentence)
        {
            _documentWords.AddRange(sentence);
            _documentEnds.AddRange(Enumerable.Repeat(false, sentence.Count - 1));
            _documentEnds.Add(true);
        }

        /// <summary>Counts the words of the document whose sentences were added since the last call.</summary>
        public void EndDocument()
        {
            for (int k = 0; k < _documentWords.Count; k++)
            {
                string word = _documentWords[k];
                bool opens = k == 0 || _documentEnds[k - 1];
                (long total, long open, long end) = _words.GetValueOrDefault(word);
                _words[word] = (total + 1, open + (opens ? 1 : 0), end + (_documentEnds[k] ? 1 : 0));
                if (k > 0)
                {
                    (string, string) pair = (_documentWords[k - 1], word);
                    (long pairTotal, long pairEnds) = _pairs.GetValueOrDefault(pair);
                    _pairs[pair] = (pairTotal + 1, pairEnds + (opens ? 1 : 0));
                }

                _total++;
                _sentences += _documentEnds[k] ? 1 : 0;
            }

            _documents++;
            _documentWords.Clear();
            _documentEnds.Clear();
        }

        public string Table(string[] files)
        {
            double prior = (double)_sentences / _total;
            double baseOdds = Logit(prior);
            var kept = _words.Where(w => w.Value.Total >= MinWordCount)
                .OrderByDescending(w => w.Value.Total).ThenBy(w => w.Key, StringComparer.Ordinal).Take(TableWords)
                .ToDictionary(w => w.Key, w => (
                    Open: Round(Logit((w.Value.Opens + (Smoothing * prior)) / (w.Value.Total + Smoothing)) - baseOdds),
                    End: Round(Logit((w.Value.Ends + (Smoothing * prior)) / (w.Value.Total + Smoothing)) - baseOdds)), StringComparer.Ordinal);
            var pairs = new List<(string Key, long Total, double Score)>();
            foreach (((string before, string after), (long total, long ends)) in _pairs)
            {
                if (total < MinPairCount || !kept.TryGetValue(before, out var b) || !kept.TryGetValue(after, out var a))
                {
                    continue;
                }

                double predicted = b.End + a.Open;
                double expected = 1 / (1 + Math.Exp(-(baseOdds + predicted)));
                double p = Math.Clamp((ends + (Smoothing * expected)) / (total + Smoothing), 1e-6, 1 - 1e-6);
                double score = Round(Logit(p) - baseOdds);
                if (Math.Abs(score - predicted) >= MinPairDifference)
                {
                    pairs.Add((before + " " + after, total, score));
                }
            }

            var text = new StringBuilder();
            text.Append("# Where a sentence ends in English written without punctuation (RunOnBoundaries): the log-odds, over the\n");
            text.Append("# base rate, that a word opens a sentence and that it ends one, and for a pair of words that a sentence ends between them.\n");
            text.Append("# command: dotnet run -c Release --project tools/Training -- boundaries\n");
            text.Append(CultureInfo.InvariantCulture, $"# data: {string.Join(", ", files)} ({_documents} documents, {_total} words, {_sentences} sentences as the splitter ends them; base rate {prior:0.0000})\n");
            text.Append(CultureInfo.InvariantCulture, $"# the {kept.Count} most frequent words seen {MinWordCount} times or more; the {TablePairs} most frequent pairs of them seen {MinPairCount} times or more whose score differs from the words' sum by {MinPairDifference} or more\n");
            text.Append("[words]\n");
            foreach ((string word, (double open, double end)) in kept.OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"{word}\t{open:0.0}\t{end:0.0}\n");
            }

            text.Append("[pairs]\n");
            foreach ((string key, _, double score) in pairs.OrderByDescending(p => p.Total).ThenBy(p => p.Key, StringComparer.Ordinal).Take(TablePairs).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"{key}\t{score:0.0}\n");
            }

            return text.ToString();
        }

        private static double Logit(double p) => Math.Log(p / (1 - p));

        private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
    }
}
