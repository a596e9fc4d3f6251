using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Summarizer.Tests.Options;

/// <summary>
/// The one description of the options (<see cref="OptionCatalog"/>) checked against what it describes, option by
/// option: the property it names, its default, and the range the property's validation enforces.
/// </summary>
public sealed class OptionCatalogTests
{
    // The options of SummarizerOptions that are not scalars: each has its own name table or factory.
    private static readonly string[] s_structured =
    [
        nameof(SummarizerOptions.Budget), nameof(SummarizerOptions.Splitter), nameof(SummarizerOptions.Ranker),
        nameof(SummarizerOptions.Similarity), nameof(SummarizerOptions.BackgroundFrequencies), nameof(SummarizerOptions.Order),
        nameof(SummarizerOptions.Language),
    ];

    public static TheoryData<string> ScalarNames => [.. OptionCatalog.Scalars.Select(o => o.Name)];

    public static TheoryData<string, string> RankerParameters
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (RankerDescription ranker in OptionCatalog.Rankers)
            {
                foreach (ScalarOption parameter in ranker.Parameters)
                {
                    data.Add(ranker.Name, parameter.Name);
                }
            }

            return data;
        }
    }

    private static ScalarOption Scalar(string name) => OptionCatalog.Scalars.Single(o => o.Name == name);

    private static RankerDescription Ranker(string name) => OptionCatalog.Rankers.Single(r => r.Name == name);

    [Fact]
    public void SummarizerOptions_EveryPropertyIsDescribed()
    {
        // When the library gains an option, this fails until it is described (and so reaches the CLI and the codec).
        string[] properties = [.. typeof(SummarizerOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order()];
        string[] described = [.. OptionCatalog.Scalars.Select(o => o.Property).Concat(s_structured).Order()];
        Assert.Equal(properties, described);
    }

    [Fact]
    public void Names_AreUniqueAndSpelledOneWay()
    {
        string[] names = [.. OptionCatalog.Scalars.Select(o => o.Name), .. OptionCatalog.Rankers.Select(r => r.Name)];
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        foreach (RankerDescription ranker in OptionCatalog.Rankers)
        {
            Assert.Equal(ranker.Parameters.Count, ranker.Parameters.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
            Assert.DoesNotContain(ranker.Parameters, p => OptionCatalog.Scalars.Any(o => o.Name == p.Name));
        }

        IEnumerable<ScalarOption> all = OptionCatalog.Scalars.Concat(OptionCatalog.Rankers.SelectMany(r => r.Parameters));
        Assert.All(all, o => Assert.Matches("^[a-z]+(-[a-z]+)*$", o.Name));

        // Parameters that rankers share by name (the command line has one flag for them) agree on type and range.
        foreach (IGrouping<string, ScalarOption> shared in OptionCatalog.Rankers.SelectMany(r => r.Parameters).GroupBy(p => p.Name))
        {
            Assert.Single(shared.Select(p => (p.Type, p.Range)).Distinct());
        }
    }

    [Theory]
    [MemberData(nameof(ScalarNames))]
    public void Scalar_DescribesItsProperty(string name)
    {
        ScalarOption option = Scalar(name);
        PropertyInfo property = typeof(SummarizerOptions).GetProperty(option.Property)!;
        Assert.NotNull(property);
        Assert.Equal(ToDouble(property.GetValue(SummarizerOptions.Default)!), option.Default);
        Assert.Equal(TypeOf(property.PropertyType), option.Type);

        // Create sets exactly this property, from the value given.
        double changed = Inside(option).First(v => v != option.Default);
        SummarizerOptions created = OptionCatalog.Create(SummarizerOptions.Default, o => o == option ? changed : null);
        Assert.Equal(changed, ToDouble(property.GetValue(created)!));
        Assert.Equal(changed, option.ValueOf(created));
    }

    [Theory]
    [MemberData(nameof(ScalarNames))]
    public void Scalar_RangeIsWhatValidationAccepts(string name)
    {
        ScalarOption option = Scalar(name);
        foreach (double value in Inside(option))
        {
            SummarizerOptions options = OptionCatalog.Create(SummarizerOptions.Default, o => o == option ? value : null);
            Assert.NotNull(ExtractiveSummarizer.Create(options));
        }

        foreach (double value in Outside(option))
        {
            SummarizerOptions options = OptionCatalog.Create(SummarizerOptions.Default, o => o == option ? value : null);
            ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => ExtractiveSummarizer.Create(options));
            Assert.Equal(option.Property, error.ParamName);
        }
    }

    [Fact]
    public void Create_KeepsTheTemplatesOtherOptions()
    {
        var template = new SummarizerOptions
        {
            Budget = SummaryBudget.Words(50),
            Splitter = SentenceSplitter.Presplit,
            Ranker = SentenceRanker.PacSum,
            Similarity = SentenceSimilarity.Bm25,
            BackgroundFrequencies = DocumentFrequencies.Build(["alpha beta", "beta gamma"]),
            Order = SummaryOrder.Score,
            Language = Language.German,
            KeywordCount = 4,
            MaxEdgesPerSentence = 7,
            MaxTermSentences = 9,
            RedundancyThreshold = 0.3,
            MinSentenceWords = 2,
            MaxSentenceWords = 40,
            IncludeHeadingsAndListItems = true,
            IncludeRanking = true,
            MaxInputLength = 1000,
        };
        SummarizerOptions copy = OptionCatalog.Create(template, _ => null);
        foreach (PropertyInfo property in typeof(SummarizerOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.Equal(property.GetValue(template), property.GetValue(copy));
            Assert.NotEqual(property.GetValue(SummarizerOptions.Default), property.GetValue(template));
        }
    }

    [Fact]
    public void Rankers_AreTheBuiltInsByTheirNames()
    {
        Assert.Contains(OptionCatalog.Rankers, r => r.Describes(SentenceRanker.Default));
        foreach (RankerDescription ranker in OptionCatalog.Rankers)
        {
            Assert.Equal(ranker.Defaults.Name, ranker.Name);
            Assert.Same(ranker.Defaults, ranker.Create(_ => null));
            Assert.True(OptionCatalog.TryGetRanker(ranker.Name, out RankerDescription? found));
            Assert.Same(ranker, found);
            Assert.True(OptionCatalog.TryDescribe(ranker.Defaults, out found));
            Assert.Same(ranker, found);
        }

        Assert.False(OptionCatalog.TryDescribe(new Ranking.SentenceRankerTests.ConstantRanker(), out _));
    }

    [Fact]
    public void Rankers_EverySettablePropertyIsAParameter()
    {
        foreach (RankerDescription ranker in OptionCatalog.Rankers)
        {
            string[] settable = [.. ranker.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name).Order()];
            Assert.Equal(settable, ranker.Parameters.Select(p => p.Property).Order());
        }
    }

    [Theory]
    [MemberData(nameof(RankerParameters))]
    public void RankerParameter_DescribesItsProperty(string rankerName, string name)
    {
        RankerDescription ranker = Ranker(rankerName);
        ScalarOption parameter = ranker.Parameters.Single(p => p.Name == name);
        PropertyInfo property = ranker.Type.GetProperty(parameter.Property)!;
        Assert.NotNull(property);
        Assert.Equal(ToDouble(property.GetValue(ranker.Defaults)!), parameter.Default);
        Assert.Equal(TypeOf(property.PropertyType), parameter.Type);

        double changed = Inside(parameter).First(v => v != parameter.Default);
        SentenceRanker created = ranker.Create(p => p == parameter ? changed : null);
        Assert.IsType(ranker.Type, created);
        Assert.Equal(changed, ToDouble(property.GetValue(created)!));
        foreach (ScalarOption other in ranker.Parameters.Where(p => p != parameter))
        {
            Assert.Equal(other.Default, other.ValueOf(created));
        }
    }

    [Theory]
    [MemberData(nameof(RankerParameters))]
    public void RankerParameter_RangeIsWhatThePropertyAccepts(string rankerName, string name)
    {
        RankerDescription ranker = Ranker(rankerName);
        ScalarOption parameter = ranker.Parameters.Single(p => p.Name == name);
        foreach (double value in Inside(parameter))
        {
            Assert.Equal(value, parameter.ValueOf(ranker.Create(p => p == parameter ? value : null)));
        }

        foreach (double value in Outside(parameter))
        {
            ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => ranker.Create(p => p == parameter ? value : null));
            Assert.Equal(parameter.Property, error.ParamName);
        }
    }

    [Theory]
    [InlineData("bm25+")]
    [InlineData("bm25plus")]
    public void Similarities_Bm25Plus_OneSpellingWrittenBothRead(string name)
    {
        Assert.True(OptionCatalog.TryParseSimilarity(name, out SentenceSimilarity? similarity));
        Assert.Same(SentenceSimilarity.Bm25Plus, similarity);
        Assert.True(OptionCatalog.Similarities.TryGetName(similarity, out string? written));
        Assert.Equal("bm25+", written);
        Assert.DoesNotContain("bm25plus", OptionCatalog.Similarities.Names);
    }

    [Theory]
    [InlineData("cosine:0.25", true)]
    [InlineData("cosine:1", true)]
    [InlineData("cosine:1.5", false)]
    [InlineData("cosine:x", false)]
    [InlineData("jaccard", false)]
    [InlineData("TextRank", true)]
    [InlineData("COSINE:0.5", true)]
    public void Similarities_Parse(string name, bool known)
    {
        Assert.Equal(known, OptionCatalog.TryParseSimilarity(name, out _));
    }

    [Theory]
    [InlineData(0, 1, false, true, 0.5, "in [0, 1)")]
    [InlineData(0, double.PositiveInfinity, true, false, 1e300, "greater than 0")]
    [InlineData(1, double.PositiveInfinity, false, false, 1, "at least 1")]
    [InlineData(double.NegativeInfinity, double.PositiveInfinity, false, false, -1e300, "a finite number")]
    public void Range_ContainsAndSaysItself(double min, double max, bool minOpen, bool maxOpen, double inside, string text)
    {
        var range = new OptionRange(min, max, minOpen, maxOpen);
        Assert.True(range.Contains(inside));
        Assert.False(range.Contains(double.NaN));
        Assert.False(range.Contains(double.PositiveInfinity));
        Assert.Equal(text, range.ToString());
    }

    /// <summary>Values the range accepts: its bounds when closed, just inside them when open, and a middle value.</summary>
    internal static double[] Inside(ScalarOption option)
    {
        OptionRange range = option.Range;
        double step = option.Type == OptionType.Real ? 1e-6 : 1;
        var values = new List<double>();
        if (double.IsFinite(range.Min))
        {
            values.Add(range.MinOpen ? range.Min + step : range.Min);
        }

        if (double.IsFinite(range.Max))
        {
            values.Add(range.MaxOpen ? range.Max - step : range.Max);
        }

        values.Add(double.IsFinite(range.Min) && double.IsFinite(range.Max) ? (range.Min + range.Max) / 2
            : double.IsFinite(range.Min) ? range.Min + 1000
            : double.IsFinite(range.Max) ? range.Max - 1000 : -3.5);
        if (option.Type != OptionType.Real)
        {
            values = [.. values.Select(v => Math.Round(v))];
        }

        return [.. values.Where(range.Contains).Distinct()];
    }

    /// <summary>
    /// Values the range refuses: its bounds when open, just outside them when closed, and NaN and infinity for reals;
    /// none for a flag, whose property is a bool.
    /// </summary>
    internal static double[] Outside(ScalarOption option)
    {
        if (option.Type == OptionType.Flag)
        {
            return [];
        }

        OptionRange range = option.Range;
        double step = option.Type == OptionType.Real ? 1e-6 : 1;
        var values = new List<double>();
        if (double.IsFinite(range.Min))
        {
            values.Add(range.MinOpen ? range.Min : range.Min - step);
        }

        if (double.IsFinite(range.Max))
        {
            values.Add(range.MaxOpen ? range.Max : range.Max + step);
        }

        if (option.Type == OptionType.Real)
        {
            values.Add(double.NaN);
            values.Add(double.PositiveInfinity);
        }

        return [.. values];
    }

    private static double ToDouble(object value) => value switch
    {
        bool flag => flag ? 1 : 0,
        int integer => integer,
        _ => (double)value,
    };

    private static OptionType TypeOf(Type type) =>
        type == typeof(bool) ? OptionType.Flag : type == typeof(int) ? OptionType.Integer : OptionType.Real;
}
