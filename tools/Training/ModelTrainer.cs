using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Summarizer.Training;

/// <summary>How a model is trained: LambdaMART (LightGBM) over documents grouped per budget, with fixed seeds.</summary>
internal sealed record TrainSettings
{
    public int Trees { get; init; } = 150;

    public int Leaves { get; init; } = 15;

    public double LearningRate { get; init; } = 0.05;

    public int MinExamplesPerLeaf { get; init; } = 100;

    /// <summary>
    /// When set, labels are graded: 2 for the oracle's sentences, 1 for as many others as the budget whose own
    /// ROUGE (R-1 + R-2 F1 against the references) is highest, 0 for the rest.
    /// </summary>
    public bool Graded { get; init; }

    /// <summary>The weight of the standardized centrality (<see cref="CentralityFeature"/>) added to the standardized tree scores (the model file's <c>centrality</c> line).</summary>
    public double CentralityWeight { get; init; } = 0.3;

    /// <summary>The feature whose standardized value the centrality term adds (the model file's <c>centrality</c> line names it).</summary>
    /// <exception cref="ArgumentException">The name is not a feature's.</exception>
    public string CentralityFeature
    {
        get;
        init => field = Array.IndexOf(SentenceFeatures.Names, value) >= 0 ? value : throw new ArgumentException($"No feature is named '{value}'.", nameof(CentralityFeature));
    } = "textRank";

    /// <summary>When set, the shortened news stories are labelled with the best summary that holds their opening.</summary>
    public bool ShortOpening { get; init; } = true;

    /// <summary>The share of the full CNN/DM training stories labelled like the short ones, with the best summary that holds their opening.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The share is not between 0 and 1.</exception>
    public double FullOpening
    {
        get;
        init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(FullOpening), value, "The share of full stories labelled by their opening must be between 0 and 1.");
    }

    /// <summary>The share of features each tree may split on (1: all).</summary>
    public double FeatureFraction { get; init; } = 1;

    /// <summary>The share of groups each tree is fitted on (1: all).</summary>
    public double Subsample { get; init; } = 1;

    /// <summary>LightGBM's <c>lambdarank_truncation_level</c>: how deep in each group's ranking pairs are weighed (0: LightGBM's default, 30).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is negative.</exception>
    public int Truncation
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Truncation), value, "The truncation level must be 0 (LightGBM's default) or more.");
    }

    /// <summary>
    /// The trainer's objective: <c>lambdarank</c> (LambdaMART over each document's sentences), <c>binary</c> (pointwise
    /// logistic loss on whether a sentence's label is above 0) or <c>regression</c> (pointwise squared loss on the label).
    /// </summary>
    /// <exception cref="ArgumentException">The objective is none of those.</exception>
    public string Objective
    {
        get;
        init => field = value is "lambdarank" or "binary" or "regression" ? value : throw new ArgumentException($"No objective is named '{value}' (lambdarank, binary, regression).", nameof(Objective));
    } = "lambdarank";

    /// <summary>The seed of ML.NET's context and of LightGBM.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How many models, trained with the seeds from <see cref="Seed"/> on, are averaged into one (1: a single model).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is under 1.</exception>
    public int Ensemble
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Ensemble), value, "An ensemble has at least one model.");
    } = 1;

    /// <summary>
    /// When above 0, labels are graded by how near a summary with the sentence comes to the oracle: 3 for the
    /// oracle's sentences, 2 for those whose best swap into the oracle keeps at least this share of its ROUGE, 1 for
    /// those within 0.1 below it, 0 for the rest.
    /// </summary>
    public double Near { get; init; }

    /// <summary>When set, the near labels are given to this domain's groups only; the others keep oracle labels.</summary>
    public string? NearDomain { get; init; }

    /// <summary>
    /// Features the trees may not split on (their values are given as 0 in training), so that the library need not
    /// compute them: by default the PageRanks of the BM25+ and cosine graphs, which gained nothing measurable.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not a feature's.</exception>
    public IReadOnlyList<string> Dropped
    {
        get;
        init => field = value.FirstOrDefault(name => Array.IndexOf(SentenceFeatures.Names, name) < 0) is { } unknown
            ? throw new ArgumentException($"No feature is named '{unknown}'.", nameof(Dropped))
            : value;
    } = ["bm25PlusRank", "cosineRank"];

    /// <summary>How many times each set's or domain's groups are repeated (see <see cref="RepeatsOf"/>), so that small domains weigh in training.</summary>
    public IReadOnlyDictionary<string, int> Repeats { get; init; } = new Dictionary<string, int> { ["cnndm"] = 1, ["bbc"] = 2, ["reviews"] = 4 };

    /// <summary>
    /// How many times the groups of <paramref name="set"/> (of <paramref name="domain"/>) at <paramref name="budget"/>
    /// are repeated: the count of the set at that budget (<c>bbc@3</c>), else the set's, else its domain's, else 1.
    /// </summary>
    public int RepeatsOf(string set, string domain, Budget budget) =>
        Repeats.TryGetValue(KeyOf(set, budget), out int r) || Repeats.TryGetValue(set, out r) || Repeats.TryGetValue(domain, out r) ? r : 1;

    /// <summary>The key in <see cref="Repeats"/> of <paramref name="set"/>'s groups at <paramref name="budget"/> (<c>bbc@3</c>, <c>bbc@ref</c>).</summary>
    public static string KeyOf(string set, Budget budget) => set + "@" + budget;

    /// <summary>These settings, when they agree with each other.</summary>
    /// <exception cref="ArgumentException">A truncation level is set for an objective that ranks no documents, or a repeat count is negative.</exception>
    public TrainSettings Checked() =>
        Truncation > 0 && Objective != "lambdarank" ? throw new ArgumentException($"The truncation level is LambdaRank's; the {Objective} objective has none.")
        : Repeats.FirstOrDefault(pair => pair.Value < 0) is { Key: { } negative } ? throw new ArgumentException($"A repeat count is 0 or more, not {Repeats[negative]} for '{negative}'.")
        : this;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"lightgbm-{Objective} trees={Trees} leaves={Leaves} learning-rate={LearningRate} min-examples-per-leaf={MinExamplesPerLeaf}{(Graded ? " labels=graded" : "")}{(ShortOpening ? " short-labels=opening" : "")}{(FullOpening > 0 ? $" full-opening={FullOpening}" : "")} centrality-weight={CentralityWeight}{(CentralityFeature != "textRank" ? $" centrality-feature={CentralityFeature}" : "")}{(FeatureFraction < 1 ? $" feature-fraction={FeatureFraction}" : "")}{(Subsample < 1 ? $" subsample={Subsample}" : "")}{(Truncation > 0 ? $" truncation={Truncation}" : "")}{(Near > 0 ? $" labels=near:{Near}{(NearDomain is null ? "" : ":" + NearDomain)}" : "")}{(Dropped.Count > 0 ? $" drop={string.Join('+', Dropped)}" : "")} seed={Seed}{(Ensemble > 1 ? $" ensemble={Ensemble}" : "")} repeats={string.Join(',', Format(Repeats))}");

    private static IEnumerable<string> Format(IReadOnlyDictionary<string, int> repeats)
    {
        var keys = new List<string>(repeats.Keys);
        keys.Sort(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            yield return key + ":" + repeats[key].ToString(CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>Trains a ranking model with ML.NET and writes its trees in the library's model format.</summary>
internal static class ModelTrainer
{
    private static readonly int s_featureCount = SentenceFeatures.Count;

    /// <summary>Trains on <paramref name="examples"/> and returns the model file's text.</summary>
    /// <exception cref="ArgumentException">No example is weighed above 0 (every set's repeat count is 0).</exception>
    public static string Train(IReadOnlyList<Example> examples, TrainSettings settings, IEnumerable<string> comments)
    {
        var rows = new List<Row>();
        // TrainSettings.Dropped holds feature names only (it refuses others).
        int[] dropped = [.. settings.Dropped.Select(name => Array.IndexOf(SentenceFeatures.Names, name))];
        uint group = 0;
        foreach (Example example in examples)
        {
            int repeats = settings.RepeatsOf(example.Set, example.Domain, example.Budget);
            if (example.SentenceCount < 2)
            {
                continue;
            }

            int[] labels = LabelsFor(example, settings);
            for (int copy = 0; copy < repeats; copy++)
            {
                group++;
                for (int s = 0; s < example.SentenceCount; s++)
                {
                    float[] features = example.Rows.AsSpan(s * s_featureCount, s_featureCount).ToArray();
                    foreach (int i in dropped)
                    {
                        features[i] = 0;
                    }

                    rows.Add(new Row { Label = labels[s], GroupId = group, Features = features });
                }
            }
        }

        if (rows.Count == 0)
        {
            throw new ArgumentException("Nothing to train on: every set given is repeated 0 times.", nameof(examples));
        }

        var ensembles = new List<RegressionTreeEnsemble>();
        var scores = new List<float[]>();
        for (int m = 0; m < settings.Ensemble; m++)
        {
            (RegressionTreeEnsemble ensemble, float[] scored) = Fit(rows, settings, settings.Seed + m);
            ensembles.Add(ensemble);
            scores.Add(scored);
        }

        float[] mean = new float[rows.Count];
        for (int i = 0; i < mean.Length; i++)
        {
            double sum = 0;
            foreach (float[] scored in scores)
            {
                sum += scored[i];
            }

            mean[i] = (float)(sum / scores.Count);
        }

        List<string> provenance = [.. comments];
        string text = Export(ensembles, settings.CentralityFeature, settings.CentralityWeight, provenance);

        // The exported trees must score as ML.NET does, or the library would rank with another model than the one
        // trained; a few rows and ML.NET's scores go into the file, for the library's tests to check again.
        provenance.AddRange(CheckAgainstMlNet(mean, text, rows));
        return Export(ensembles, settings.CentralityFeature, settings.CentralityWeight, provenance);
    }

    /// <summary>Fits one model with <paramref name="seed"/>: its trees and ML.NET's score of every row.</summary>
    private static (RegressionTreeEnsemble Trees, float[] Scores) Fit(List<Row> rows, TrainSettings settings, int seed)
    {
        var ml = new MLContext(seed: seed);
        IDataView data = ml.Data.LoadFromEnumerable(rows, SchemaOf());
        ITransformer model;
        RegressionTreeEnsemble trees;
        if (settings.Objective == "lambdarank")
        {
            var options = new LightGbmRankingTrainer.Options { LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), RowGroupColumnName = nameof(Row.GroupId) };
            Configure(options, settings, seed);

            // In this order: each component takes its seed from the context's generator as it is made.
            var groups = ml.Transforms.Conversion.MapValueToKey(nameof(Row.GroupId));
            LightGbmRankingTrainer trainer = ml.Ranking.Trainers.LightGbm(options);
            if (settings.Truncation > 0)
            {
                SetNativeParameter(trainer, "lambdarank_truncation_level", settings.Truncation);
            }

            var ranking = groups.Append(trainer).Fit(data);
            (model, trees) = (ranking, ranking.LastTransformer.Model.TrainedTreeEnsemble);
        }
        else if (settings.Objective == "binary")
        {
            var labelled = ml.Transforms.CustomMapping<Row, BinaryLabel>((row, label) => label.IsMember = row.Label > 0, contractName: null);
            var options = new LightGbmBinaryTrainer.Options { LabelColumnName = nameof(BinaryLabel.IsMember), FeatureColumnName = nameof(Row.Features) };
            Configure(options, settings, seed);
            var trainer = ml.BinaryClassification.Trainers.LightGbm(options);
            var binary = labelled.Append(trainer).Fit(data);
            (model, trees) = (binary, binary.LastTransformer.Model.SubModel.TrainedTreeEnsemble);
        }
        else
        {
            var options = new LightGbmRegressionTrainer.Options { LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features) };
            Configure(options, settings, seed);
            var trainer = ml.Regression.Trainers.LightGbm(options);
            var regression = trainer.Fit(data);
            (model, trees) = (regression, regression.Model.TrainedTreeEnsemble);
        }

        var scores = new float[rows.Count];
        int i = 0;
        foreach (Scored row in ml.Data.CreateEnumerable<Scored>(model.Transform(data), reuseRowObject: true))
        {
            scores[i++] = row.Score;
        }

        return (trees, scores);
    }

    /// <summary>Sets what every objective's trainer shares: the trees' count and shape, the learning rate, the seed, one thread, and the sampling.</summary>
    private static void Configure<TOptions, TTransformer, TModel>(LightGbmTrainerBase<TOptions, float, TTransformer, TModel>.OptionsBase options, TrainSettings settings, int seed)
        where TOptions : LightGbmTrainerBase<TOptions, float, TTransformer, TModel>.OptionsBase, new()
        where TTransformer : ISingleFeaturePredictionTransformer<TModel>
        where TModel : class
    {
        options.NumberOfIterations = settings.Trees;
        options.NumberOfLeaves = settings.Leaves;
        options.LearningRate = settings.LearningRate;
        options.MinimumExampleCountPerLeaf = settings.MinExamplesPerLeaf;
        options.Seed = seed;
        options.NumberOfThreads = 1;
        options.Verbose = false;
        options.Silent = true;
        options.Booster = new GradientBooster.Options { FeatureFraction = settings.FeatureFraction, SubsampleFraction = settings.Subsample, SubsampleFrequency = settings.Subsample < 1 ? 1 : 0 };
    }

    /// <summary>
    /// Sets a LightGBM parameter that ML.NET's options do not expose: ML.NET passes every entry of the trainer's
    /// parameter dictionary to LightGBM as it is.
    /// </summary>
    private static void SetNativeParameter(LightGbmRankingTrainer trainer, string name, object value)
    {
        for (Type? type = trainer.GetType(); type is not null; type = type.BaseType)
        {
            if (type.GetField("GbmOptions", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic) is { } field
                && field.GetValue(trainer) is Dictionary<string, object> parameters)
            {
                parameters[name] = value;
                return;
            }
        }

        throw new InvalidOperationException("This version of Microsoft.ML.LightGbm keeps its parameters elsewhere; " + name + " cannot be set.");
    }

    /// <summary>The labels <paramref name="example"/> is trained on under <paramref name="settings"/>.</summary>
    private static int[] LabelsFor(Example example, TrainSettings settings)
    {
        if (example.OpeningLabels is { } opening && TakesOpeningLabels(example, settings))
        {
            return opening;
        }

        if (settings.Near > 0 && (settings.NearDomain is null || settings.NearDomain == example.Domain))
        {
            return NearLabels(example, settings.Near);
        }

        return settings.Graded ? GradedLabels(example) : example.Labels;
    }

    /// <summary>
    /// Whether a story is labelled by the best summary that holds its opening: every shortened story (unless the
    /// setting is off), and the share <see cref="TrainSettings.FullOpening"/> of the full ones, spread evenly over pairs
    /// of documents so that the sweep's even stories take the same share.
    /// </summary>
    private static bool TakesOpeningLabels(Example example, TrainSettings settings)
    {
        if (example.Set == ExampleBuilder.CnnDmTrainShort.Set)
        {
            return settings.ShortOpening;
        }

        int pair = example.Document / 2;
        return example.Set == ExampleBuilder.CnnDmTrain.Set && Math.Floor((pair + 1) * settings.FullOpening) > Math.Floor(pair * settings.FullOpening);
    }

    private static int[] NearLabels(Example example, double threshold)
    {
        var labels = new int[example.SentenceCount];
        for (int s = 0; s < labels.Length; s++)
        {
            labels[s] = example.Labels[s] == 1 ? 3 : example.Near[s] >= threshold ? 2 : example.Near[s] >= threshold - 0.1 ? 1 : 0;
        }

        return labels;
    }

    private static int[] GradedLabels(Example example)
    {
        var labels = new int[example.SentenceCount];
        var others = new List<int>();
        for (int s = 0; s < labels.Length; s++)
        {
            if (example.Labels[s] == 1)
            {
                labels[s] = 2;
            }
            else
            {
                others.Add(s);
            }
        }

        others.Sort((a, b) => example.Gains[b].CompareTo(example.Gains[a]));
        for (int i = 0; i < Math.Min(example.K, others.Count); i++)
        {
            if (example.Gains[others[i]] > 0)
            {
                labels[others[i]] = 1;
            }
        }

        return labels;
    }

    private static SchemaDefinition SchemaOf()
    {
        SchemaDefinition schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, s_featureCount);
        return schema;
    }

    private static string Export(List<RegressionTreeEnsemble> ensembles, string centralityFeature, double centralityWeight, IEnumerable<string> comments)
    {
        var text = new StringBuilder();
        text.Append(RankingModel.Header).Append('\n');
        foreach (string comment in comments)
        {
            text.Append("# ").Append(comment).Append('\n');
        }

        text.Append("features ").Append(s_featureCount);
        foreach (string name in SentenceFeatures.Names)
        {
            text.Append(' ').Append(name);
        }

        // Several models are averaged: each tree's leaves and each bias weigh 1 / count (exactly 1 for a single model).
        double share = 1.0 / ensembles.Count;
        text.Append('\n');
        text.Append("centrality ").Append(centralityFeature).Append(' ').Append(Format(centralityWeight)).Append('\n');
        text.Append("bias ").Append(Format(ensembles.Average(e => e.Bias))).Append('\n');
        text.Append("trees ").Append(ensembles.Sum(e => e.Trees.Count)).Append('\n');
        foreach (RegressionTreeEnsemble ensemble in ensembles)
        {
            for (int t = 0; t < ensemble.Trees.Count; t++)
            {
                RegressionTree tree = ensemble.Trees[t];
                double weight = ensemble.TreeWeights[t] * share;
                int splits = tree.NumberOfNodes;
                text.Append("tree ").Append(splits).Append(' ').Append(tree.NumberOfLeaves).Append('\n');
                for (int i = 0; i < splits; i++)
                {
                    if (tree.CategoricalSplitFlags[i])
                    {
                        throw new InvalidOperationException("The model has a categorical split, which the library's format does not hold.");
                    }

                    text.Append(tree.NumericalSplitFeatureIndexes[i]).Append(' ')
                        .Append(BitConverter.SingleToUInt32Bits(tree.NumericalSplitThresholds[i]).ToString("x8", CultureInfo.InvariantCulture)).Append(' ')
                        .Append(tree.LeftChild[i]).Append(' ')
                        .Append(tree.RightChild[i]).Append('\n');
                }

                for (int i = 0; i < tree.NumberOfLeaves; i++)
                {
                    if (i > 0)
                    {
                        text.Append(' ');
                    }

                    text.Append(Format(tree.LeafValues[i] * weight));
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A double as the 16 hexadecimal digits of its bits: exact, and quick for the library to read.</summary>
    private static string Format(double value) => BitConverter.DoubleToUInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>The prefix of a comment that records a feature row and ML.NET's score for it.</summary>
    public const string CheckPrefix = "check ";

    private static List<string> CheckAgainstMlNet(float[] scores, string modelText, List<Row> rows)
    {
        var checks = new List<string>();
        LearnedRanker ranker = LearnedRanker.Load(new MemoryStream(Encoding.UTF8.GetBytes(modelText)));
        double worst = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            float score = scores[i];
            if (i % 97 == 0)
            {
                worst = Math.Max(worst, Math.Abs(ranker.Score(rows[i].Features) - score));
            }

            if (i % 20011 == 0 && checks.Count < 8)
            {
                var line = new StringBuilder(CheckPrefix);
                foreach (float value in rows[i].Features)
                {
                    line.Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(' ');
                }

                checks.Add(line.Append("= ").Append(score.ToString("R", CultureInfo.InvariantCulture)).ToString());
            }
        }

        if (worst > 1e-4)
        {
            throw new InvalidOperationException($"The exported trees score up to {worst} away from ML.NET's predictions.");
        }

        return checks;
    }

    private sealed class Row
    {
        public float Label { get; set; }

        public uint GroupId { get; set; }

        public float[] Features { get; set; } = [];
    }

    private sealed class BinaryLabel
    {
        public bool IsMember { get; set; }
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
