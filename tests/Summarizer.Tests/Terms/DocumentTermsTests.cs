using System;
using System.Collections.Generic;
using System.Threading;

namespace Summarizer.Tests.Terms;

public sealed class DocumentTermsTests
{
    private const string English = "The dog was running home. It runs every day, and it said nothing. Dogs run!";

    [Fact]
    public void Build_English_InflectionsShareTermsAndStopWordsAreGone()
    {
        DocumentTerms terms = Build(English, Language.English);

        Assert.Same(Language.English, terms.Language);
        Assert.Equal(3, terms.SentenceCount);
        Assert.Equal(["dog", "run", "home"], Strings(terms, 0));
        Assert.Equal(["run", "everi", "day", "noth"], Strings(terms, 1));
        Assert.Equal(["dog", "run"], Strings(terms, 2));
        Assert.Equal([5, 8, 2], terms.WordCounts);
        Assert.Equal(terms.TermIds.Length, terms.RowStarts[^1]);
    }

    [Fact]
    public void Build_TermOffsets_PointAtTheSurfaceFormsInTheWholeText()
    {
        DocumentTerms terms = Build(English, Language.English);

        Assert.Equal(terms.TermIds.Length, terms.TermStarts.Length);
        Assert.Equal(terms.TermIds.Length, terms.TermLengths.Length);
        var surfaces = new List<string>();
        for (int k = 0; k < terms.TermIds.Length; k++)
        {
            surfaces.Add(English.Substring(terms.TermStarts[k], terms.TermLengths[k]));
        }

        Assert.Equal(["dog", "running", "home", "runs", "every", "day", "nothing", "Dogs", "run"], surfaces);
    }

    [Fact]
    public void Build_NoLanguage_GuessesIt()
    {
        const string text = "Die Regierung hat am Montag neue Regeln beschlossen. Die Regeln gelten für alle Häuser in der Stadt, und das Haus des Bürgermeisters ist keine Ausnahme.";
        DocumentTerms terms = DocumentTerms.Build(text, SentenceSplitter.Default.Split(text), CancellationToken.None);

        Assert.Same(Language.German, terms.Language);
        Assert.Equal(["regier", "montag", "neu", "regeln", "beschloss"], Strings(terms, 0));
        Assert.Contains("regeln", Strings(terms, 1));
        Assert.Equal(2, Strings(terms, 1).FindAll(term => term == "haus").Count);
        Assert.DoesNotContain("die", Strings(terms, 0));
    }

    [Fact]
    public void Build_Cjk_UsesBigrams()
    {
        const string text = "北京是中国的首都。北京很大。";
        DocumentTerms terms = DocumentTerms.Build(text, SentenceSplitter.Default.Split(text), TermOptions.Default, CancellationToken.None);

        Assert.Same(Language.Chinese, terms.Language);
        Assert.Contains("北京", Strings(terms, 0));
        Assert.Equal(terms.TermsOf(0)[0], terms.TermIds[terms.RowStarts[^2]]);
    }

    [Fact]
    public void Build_FoldDiacritics_IsAppliedAfterStemming()
    {
        const string text = "Le café est fermé. Un cafe ouvert.";
        DocumentTerms folded = DocumentTerms.Build(text, SentenceSplitter.Default.Split(text), new TermOptions(Language.French, FoldDiacritics: true), CancellationToken.None);

        Assert.Equal(folded.TermsOf(0)[0], folded.TermsOf(1)[0]);
    }

    [Fact]
    public void Build_CancelledToken_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.Throws<OperationCanceledException>(() => DocumentTerms.Build(English, SentenceSplitter.Default.Split(English), source.Token));
    }

    [Fact]
    public void LookUp_Query_FindsTheDocumentsTermsAndAddsNone()
    {
        DocumentTerms terms = Build(English, Language.English);
        int count = terms.Vocabulary.Count;

        int[] ids = terms.LookUp("The running cats and a DOG");

        Assert.Equal(["run", "dog"], Array.ConvertAll(ids, id => terms.Vocabulary[id]));
        Assert.Equal(count, terms.Vocabulary.Count);
    }

    [Fact]
    public void Vocabulary_GetOrAdd_InternsDenseIds()
    {
        var vocabulary = new Vocabulary();
        Assert.Equal(0, vocabulary.GetOrAdd("run".AsSpan()));
        Assert.Equal(1, vocabulary.GetOrAdd("dog".AsSpan()));
        Assert.Equal(0, vocabulary.GetOrAdd("xrunx".AsSpan(1, 3)));
        Assert.Equal(2, vocabulary.Count);
        Assert.Equal("dog", vocabulary[1]);
        Assert.True(vocabulary.TryGetId("dog".AsSpan(), out int dog));
        Assert.Equal(1, dog);
        Assert.False(vocabulary.TryGetId("cat".AsSpan(), out _));
    }

    [Fact]
    public void Vocabulary_GrowsPastItsCapacity_KeepingIdsAndHashes()
    {
        var vocabulary = new Vocabulary(4);
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(i, vocabulary.GetOrAdd("term" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(1000, vocabulary.Count);
        for (int i = 0; i < 1000; i++)
        {
            string term = "term" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(vocabulary.TryGetId(term.AsSpan(), out int id));
            Assert.Equal(i, id);
            Assert.Equal(term, vocabulary[i]);
            Assert.Equal(FormTable.Hash(term), vocabulary.HashOf(i));
            Assert.Equal(i, vocabulary.GetOrAdd(term.AsSpan()));
            Assert.Equal(i, vocabulary.GetOrAdd(term, FormTable.Hash(term)));
        }

        Assert.Equal(1000, vocabulary.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => vocabulary[1000]);
    }

    [Fact]
    public void Vocabulary_Append_ThenLookUpsAndAddsFindTheAppendedTerms()
    {
        // Appended without a search (the slots are made at the first look-up), then searched, then appended again.
        var vocabulary = new Vocabulary(4);
        for (int i = 0; i < 300; i++)
        {
            string term = "term" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(i, i < 200 ? vocabulary.Append(term, FormTable.Hash(term)) : vocabulary.GetOrAdd(term));
            if (i == 100)
            {
                Assert.True(vocabulary.TryGetId("term7".AsSpan(), out int seven));
                Assert.Equal(7, seven);
            }
        }

        for (int i = 0; i < 300; i++)
        {
            string term = "term" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(vocabulary.TryGetId(term.AsSpan(), out int id));
            Assert.Equal(i, id);
            Assert.Equal(i, vocabulary.GetOrAdd(term, FormTable.Hash(term)));
        }

        Assert.Equal(300, vocabulary.Count);
        Assert.False(vocabulary.TryGetId("term300".AsSpan(), out _));
    }

    [Fact]
    public void Vocabulary_GetOrAddString_AddsTheGivenInstance()
    {
        var vocabulary = new Vocabulary();
        string term = new('x', 3);
        Assert.Equal(0, vocabulary.GetOrAdd(term, FormTable.Hash(term)));
        Assert.Same(term, vocabulary[0]);
        Assert.Equal(0, vocabulary.GetOrAdd(new string('x', 3)));
        Assert.Same(term, vocabulary[0]);
        Assert.Equal(1, vocabulary.GetOrAdd(string.Empty));
        Assert.True(vocabulary.TryGetId(ReadOnlySpan<char>.Empty, out int empty));
        Assert.Equal(1, empty);
    }

    private static DocumentTerms Build(string text, Language language) =>
        DocumentTerms.Build(text, SentenceSplitter.Default.Split(text), new TermOptions(language), CancellationToken.None);

    private static List<string> Strings(DocumentTerms terms, int sentence)
    {
        var strings = new List<string>();
        foreach (int id in terms.TermsOf(sentence))
        {
            strings.Add(terms.Vocabulary[id]);
        }

        return strings;
    }

    [Theory]
    [InlineData("en", false)]
    [InlineData("fr", true)]
    [InlineData("tr", false)]
    public void Build_SharedFormCache_SameTermsAsFreshAnalysis(string code, bool foldDiacritics)
    {
        // The first build fills the process-wide form cache; the later ones read it. All must agree with an analyzer
        // that stems every form itself.
        Language language = code switch { "fr" => Language.French, "tr" => Language.Turkish, _ => Language.English };
        string text = "L'économie des marchés. İstanbul'daki IŞIK fiyatları yükseldi. The markets' rates were rising, rates rose again. "
            + "Élections, élection, ÉLECTIONS. Running runners ran quickly, and the runner's run was rerun.";
        IReadOnlyList<SentenceSpan> sentences = SentenceSplitter.Default.Split(text);
        var options = new TermOptions(language, foldDiacritics);
        DocumentTerms first = DocumentTerms.Build(text, sentences, options, default);
        DocumentTerms second = DocumentTerms.Build(text, sentences, options, default);
        var fresh = new TermAnalyzer(language, new Vocabulary(), foldDiacritics);
        var expected = new List<string>();
        foreach (Token token in WordTokenizer.Enumerate(text))
        {
            int id = fresh.TermOf(token.Slice(text), token.Kind);
            if (id >= 0)
            {
                expected.Add(fresh.Vocabulary[id]);
            }
        }

        foreach (DocumentTerms terms in new[] { first, second })
        {
            var actual = new List<string>();
            foreach (int id in terms.TermIds)
            {
                actual.Add(terms.Vocabulary[id]);
            }

            Assert.Equal(expected, actual);
            Assert.Equal(first.TermIds, terms.TermIds);
            Assert.Equal(first.Vocabulary.Count, terms.Vocabulary.Count);
        }

        Assert.Equal(first.LookUp("élections rates"), second.LookUp("élections rates"));
    }

    [Fact]
    public void Build_ManyDocumentsOnManyThreads_SameTermsAsOneAtATime()
    {
        // Each thread keeps its own form table from one document to the next and all share the stems; documents in
        // several languages, built at the same time, must get the terms they get alone.
        var random = new Random(31);
        var documents = new (string Text, Language Language)[400];
        for (int d = 0; d < documents.Length; d++)
        {
            (string code, string paragraph) = LanguageSamples.Paragraphs[random.Next(LanguageSamples.Paragraphs.Length)];
            (string _, string other) = LanguageSamples.Paragraphs[random.Next(LanguageSamples.Paragraphs.Length)];
            string text = random.Next(2) == 0 ? paragraph.ToUpperInvariant() + " " + other : paragraph + " " + other;
            documents[d] = (text, random.Next(3) == 0 ? Language.FromCode(code) : Language.English);
        }

        var expected = new string[documents.Length];
        for (int d = 0; d < documents.Length; d++)
        {
            expected[d] = Describe(Build(documents[d].Text, documents[d].Language));
        }

        var actual = new string[documents.Length];
        System.Threading.Tasks.Parallel.For(0, documents.Length, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 }, d =>
            actual[d] = Describe(Build(documents[d].Text, documents[d].Language)));
        Assert.Equal(expected, actual);

        static string Describe(DocumentTerms terms)
        {
            var parts = new List<string>();
            for (int k = 0; k < terms.TermIds.Length; k++)
            {
                parts.Add(terms.TermIds[k] + ":" + terms.Vocabulary[terms.TermIds[k]] + "@" + terms.TermStarts[k]);
            }

            return string.Join(' ', parts) + "|" + string.Join(',', terms.RowStarts) + "|" + string.Join(',', terms.WordCounts);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(64)]
    public void Build_InChunks_SameTermsAndIdsAsOneChunk(int parallelSentences)
    {
        // Terms recur across chunks and new ones appear in later chunks, so the merged ids must follow first
        // occurrence in the whole text.
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 150; i++)
        {
            text.Append("Sentence ").Append(i % 7).Append(" speaks of topic").Append(i % 13).Append(" and item").Append(i).Append(". ");
            text.Append(i % 5 == 0 ? "Dogs were running home quickly. " : "Rates rose again in the markets. ");
        }

        string document = text.ToString();
        IReadOnlyList<SentenceSpan> sentences = SentenceSplitter.Default.Split(document);
        DocumentTerms whole = DocumentTerms.Build(document, sentences, TermOptions.Default, int.MaxValue, default);
        DocumentTerms chunked = DocumentTerms.Build(document, sentences, TermOptions.Default, parallelSentences, default);

        Assert.Equal(whole.RowStarts, chunked.RowStarts);
        Assert.Equal(whole.TermIds, chunked.TermIds);
        Assert.Equal(whole.TermStarts, chunked.TermStarts);
        Assert.Equal(whole.TermLengths, chunked.TermLengths);
        Assert.Equal(whole.WordCounts, chunked.WordCounts);
        Assert.Equal(whole.Vocabulary.Count, chunked.Vocabulary.Count);
        for (int id = 0; id < whole.Vocabulary.Count; id++)
        {
            Assert.Equal(whole.Vocabulary[id], chunked.Vocabulary[id]);
        }

        Assert.Same(whole.Language, chunked.Language);
    }
}
