using System;
using System.Collections.Generic;
using System.Threading;
using CsCheck;
using Summarizer.Testing;

namespace Summarizer.Tests.Ranking;

public sealed class PageRankTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(7, false)]
    [InlineData(30, false)]
    [InlineData(30, true)]
    [InlineData(101, true)]
    [InlineData(64, false)]
    public void Rank_RandomGraphs_MatchesDensePowerIteration(int n, bool personalized)
    {
        // A graph with fewer edges is a smaller counterexample.
        Gen<(double[,] Dense, double[]? P)> graphs = Property.FromRandom(
            random => (RandomSymmetric(random, n, 0.3), personalized ? RandomDistribution(random, n) : null),
            graph => EdgeCount(graph.Item1));
        graphs.Sample(graph =>
        {
            (double[,] dense, double[]? p) = graph;
            SentenceRanking result = PageRank.Rank(ToGraph(dense), p, 0.85, 1e-12, 1000, CancellationToken.None);
            double[] expected = DensePowerIteration(dense, p, 0.85);
            Assert.True(result.Converged);
            double total = 0;
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(expected[i], result.Scores[i], 1e-9);
                total += result.Scores[i];
            }

            Assert.Equal(1.0, total, 1e-9);
        }, iter: 20);
    }

    private static double[] RandomDistribution(Random random, int n)
    {
        var p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            p[i] = random.NextDouble();
            sum += p[i];
        }

        for (int i = 0; i < n; i++)
        {
            p[i] /= sum;
        }

        return p;
    }

    private static int EdgeCount(double[,] dense)
    {
        int count = 0;
        foreach (double w in dense)
        {
            count += w > 0 ? 1 : 0;
        }

        return count;
    }

    [Theory]
    [InlineData(20000, false)]
    [InlineData(17001, true)]
    public void Rank_ParallelRowSums_SameBitsAsSequential(int n, bool personalized) =>
        Property.FromRandom(random => RandomSparse(random, n, 12), _ => n).Sample(graph => CheckParallelRowSums(graph, n, personalized), iter: 1);

    private static void CheckParallelRowSums(SentenceGraph graph, int n, bool personalized)
    {
        double[]? p = personalized ? PageRankRanker.Personalization(n, 1.0, null, 0) : null;
        SentenceRanking sequential = PageRank.Rank(graph, p, 0.85, 1e-9, 100, int.MaxValue, default);
        SentenceRanking parallel = PageRank.Rank(graph, p, 0.85, 1e-9, 100, 1, default);
        Assert.Equal(sequential.Iterations, parallel.Iterations);
        Assert.Equal(sequential.Converged, parallel.Converged);
        Assert.Equal(sequential.Scores, parallel.Scores);
    }

    [Theory]
    [InlineData(1, 1, false, false)]
    [InlineData(2, 7, false, false)]
    [InlineData(3, 26, false, false)]
    [InlineData(4, 27, true, false)]
    [InlineData(5, 64, false, false)]
    [InlineData(6, 65, true, false)]
    [InlineData(7, 300, true, false)]
    [InlineData(8, 26, false, true)]
    public void Rank_GraphsOneAfterAnother_SameBitsAsPlainIteration(int seed, int n, bool personalized, bool descendingColumns)
    {
        // Rank reuses pooled scratch from call to call, sums a small dense graph's rows from a matrix (rows whose
        // columns do not ascend keep their own order) and a sparse graph's from its rows: a larger and a smaller
        // graph ranked in between leave other values in the scratch, which must not change a bit of the next ranking.
        var random = new Random(seed);
        SentenceGraph graph = RandomSparse(random, n, n <= 64 ? 16 : 8);
        if (descendingColumns)
        {
            graph = Descending(graph);
        }

        double[]? p = personalized ? RandomDistribution(random, n) : null;
        SentenceRanking first = PageRank.Rank(graph, p, 0.85, 1e-6, 100, default);
        PageRank.Rank(RandomSparse(random, (2 * n) + 3, 10), 0.85, 1e-6, 100, default);
        PageRank.Rank(RandomSparse(random, Math.Max(1, n / 2), 4), 0.85, 1e-6, 100, default);
        SentenceRanking again = PageRank.Rank(graph, p, 0.85, 1e-6, 100, default);
        (double[] expected, int iterations) = PlainIteration(graph, p, 0.85, 1e-6, 100);
        Assert.Equal(expected, first.Scores);
        Assert.Equal(expected, again.Scores);
        Assert.Equal(iterations, first.Iterations);
        Assert.Equal(iterations, again.Iterations);
    }

    /// <summary>The power iteration of <see cref="PageRank.Rank(SentenceGraph, double[], double, double, int, CancellationToken)"/> in its plainest form, the same operations in the same order.</summary>
    private static (double[] Scores, int Iterations) PlainIteration(SentenceGraph graph, double[]? personalization, double damping, double tolerance, int maxIterations)
    {
        int n = graph.NodeCount;
        double[] teleport = personalization ?? Filled(n, 1.0 / n);
        var inverseOut = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            foreach (float w in graph.WeightsOf(i))
            {
                sum += w;
            }

            inverseOut[i] = sum > 0 ? 1 / sum : 0;
        }

        var scores = (double[])teleport.Clone();
        int iterations = 0;
        while (iterations < maxIterations)
        {
            iterations++;
            double danglingMass = 0;
            for (int i = 0; i < n; i++)
            {
                danglingMass += inverseOut[i] == 0 ? scores[i] : 0;
            }

            var next = new double[n];
            double delta = 0;
            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<int> neighbours = graph.NeighboursOf(i);
                ReadOnlySpan<float> weights = graph.WeightsOf(i);
                double sum = 0;
                for (int k = 0; k < neighbours.Length; k++)
                {
                    sum += weights[k] * (scores[neighbours[k]] * inverseOut[neighbours[k]]);
                }

                next[i] = ((teleport[i] * (damping * danglingMass)) + (teleport[i] * (1 - damping))) + (damping * sum);
                delta += Math.Abs(next[i] - scores[i]);
            }

            scores = next;
            if (delta < tolerance)
            {
                break;
            }
        }

        return (scores, iterations);
    }

    private static SentenceGraph Descending(SentenceGraph graph)
    {
        int[] columns = graph.Columns[..graph.EntryCount];
        float[] weights = graph.Weights[..graph.EntryCount];
        for (int i = 0; i < graph.NodeCount; i++)
        {
            int start = graph.RowStarts[i];
            int length = graph.RowStarts[i + 1] - start;
            Array.Reverse(columns, start, length);
            Array.Reverse(weights, start, length);
        }

        return new SentenceGraph(graph.RowStarts, columns, weights, false);
    }

    private static double[] Filled(int n, double value)
    {
        var values = new double[n];
        Array.Fill(values, value);
        return values;
    }

    [Theory]
    [InlineData(1, 24, false)]
    [InlineData(2, 301, false)]
    [InlineData(3, 50, true)]
    public void RankThree_SameBitsAsARankEach(int seed, int n, bool otherEdges)
    {
        var random = new Random(seed);
        SentenceGraph first = RandomSparse(random, n, 8);

        // The same pairs weighed differently (one weighting converges later), or, for the fallback, other pairs.
        SentenceGraph second = Reweighed(first, random, 0.1f);
        SentenceGraph third = otherEdges ? RandomSparse(random, n, 6) : Reweighed(first, random, 3f);
        SentenceGraph[] graphs = [first, second, third];
        var scores = new double[3][];

        PageRank.RankThree(graphs, 0.85, 1e-6, 100, scores, default);

        for (int g = 0; g < 3; g++)
        {
            Assert.Equal(PageRank.Rank(graphs[g], 0.85, 1e-6, 100, default).Scores, scores[g]);
        }
    }

    [Fact]
    public void RankThree_IterationCap_SameBitsAsARankEach()
    {
        SentenceGraph first = RandomSparse(new Random(4), 40, 8);
        SentenceGraph[] graphs = [first, Reweighed(first, new Random(5), 1f), Reweighed(first, new Random(6), 1f)];
        var scores = new double[3][];

        PageRank.RankThree(graphs, 0.85, 1e-12, 3, scores, default);

        for (int g = 0; g < 3; g++)
        {
            SentenceRanking alone = PageRank.Rank(graphs[g], 0.85, 1e-12, 3, default);
            Assert.False(alone.Converged);
            Assert.Equal(alone.Scores, scores[g]);
        }
    }

    /// <summary>The graph with new symmetric weights, <paramref name="spread"/> times as uneven.</summary>
    private static SentenceGraph Reweighed(SentenceGraph graph, Random random, float spread)
    {
        var weights = new float[graph.EntryCount];
        for (int i = 0; i < graph.NodeCount; i++)
        {
            for (int k = graph.RowStarts[i]; k < graph.RowStarts[i + 1]; k++)
            {
                int j = graph.Columns[k];
                if (j < i)
                {
                    // The weight of the edge as row j stored it.
                    weights[k] = weights[graph.RowStarts[j] + graph.NeighboursOf(j).IndexOf(i)];
                }
                else
                {
                    weights[k] = 0.01f + (spread * (float)random.NextDouble());
                }
            }
        }

        return new SentenceGraph(graph.RowStarts, graph.Columns, weights);
    }

    /// <summary>A random undirected graph with about <paramref name="degree"/> neighbours a node, some nodes isolated.</summary>
    internal static SentenceGraph RandomSparse(Random random, int n, int degree)
    {
        var rows = new SortedDictionary<int, float>[n];
        for (int i = 0; i < n; i++)
        {
            rows[i] = [];
        }

        for (int i = 0; i < n; i++)
        {
            if (random.Next(50) == 0)
            {
                continue;
            }

            for (int e = 0; e < degree / 2; e++)
            {
                int j = random.Next(n);
                if (j != i && rows[j].Count < 4 * degree)
                {
                    float w = (float)random.NextDouble() + 0.01f;
                    rows[i][j] = w;
                    rows[j][i] = w;
                }
            }
        }

        var starts = new int[n + 1];
        var columns = new List<int>();
        var weights = new List<float>();
        for (int i = 0; i < n; i++)
        {
            foreach (KeyValuePair<int, float> edge in rows[i])
            {
                columns.Add(edge.Key);
                weights.Add(edge.Value);
            }

            starts[i + 1] = columns.Count;
        }

        return new SentenceGraph(starts, [.. columns], [.. weights]);
    }

    [Fact]
    public void Rank_IterationCap_ReportsNotConverged()
    {
        double[,] dense = RandomSymmetric(new Random(9), 40, 0.2);
        SentenceRanking result = PageRank.Rank(ToGraph(dense), null, 0.85, 1e-15, 3, CancellationToken.None);
        Assert.Equal(3, result.Iterations);
        Assert.False(result.Converged);
    }

    [Fact]
    public void Rank_Cancelled_Throws()
    {
        double[,] dense = RandomSymmetric(new Random(9), 40, 0.2);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PageRank.Rank(ToGraph(dense), null, 0.85, 1e-15, 100, cts.Token));
    }

    [Fact]
    public void Personalization_PositionPrior_FavoursEarlierSentences()
    {
        double[]? prior = PageRankRanker.Personalization(5, 1.0, null, 0.8);
        Assert.NotNull(prior);
        Assert.Equal(1.0, prior[0] + prior[1] + prior[2] + prior[3] + prior[4], 1e-12);
        for (int i = 1; i < 5; i++)
        {
            Assert.True(prior[i] < prior[i - 1]);
        }

        Assert.Null(PageRankRanker.Personalization(5, 0, null, 0.8));
    }

    [Fact]
    public void PacSum_MatchesFormula() =>
        Property.FromRandom(random => RandomSymmetric(random, 12, 0.6), EdgeCount).Sample(CheckPacSum, iter: 20);

    private static void CheckPacSum(double[,] dense)
    {
        int n = dense.GetLength(0);
        SentenceRanking result = PacSumCentrality.Rank(ToGraph(dense), 1.0, -2.0, 0.3);
        double max = 0;
        foreach (double w in dense)
        {
            max = Math.Max(max, (float)w);
        }

        double threshold = 0.3 * max;
        for (int i = 0; i < n; i++)
        {
            double expected = 0;
            for (int j = 0; j < n; j++)
            {
                double w = (float)dense[i, j] - threshold;
                if (dense[i, j] > 0 && w > 0)
                {
                    expected += j > i ? w : -2 * w;
                }
            }

            Assert.Equal(expected, result.Scores[i], 1e-5);
        }
    }

    internal static double[,] RandomSymmetric(Random random, int n, double density)
    {
        var dense = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (random.NextDouble() < density)
                {
                    dense[i, j] = dense[j, i] = (float)(random.NextDouble() * 3);
                }
            }
        }

        return dense;
    }

    internal static SentenceGraph ToGraph(double[,] dense)
    {
        int n = dense.GetLength(0);
        var rowStarts = new int[n + 1];
        var columns = new List<int>();
        var weights = new List<float>();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (dense[i, j] > 0)
                {
                    columns.Add(j);
                    weights.Add((float)dense[i, j]);
                }
            }

            rowStarts[i + 1] = columns.Count;
        }

        return new SentenceGraph(rowStarts, columns.ToArray(), weights.ToArray());
    }

    private static double[] DensePowerIteration(double[,] w, double[]? p, double d)
    {
        int n = w.GetLength(0);
        p ??= Uniform(n);
        var outSum = new double[n];
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                outSum[j] += (float)w[j, i];
            }
        }

        double[] x = (double[])p.Clone();
        for (int iteration = 0; iteration < 5000; iteration++)
        {
            double dangling = 0;
            for (int j = 0; j < n; j++)
            {
                if (outSum[j] == 0)
                {
                    dangling += x[j];
                }
            }

            var y = new double[n];
            for (int i = 0; i < n; i++)
            {
                double sum = 0;
                for (int j = 0; j < n; j++)
                {
                    if (outSum[j] > 0)
                    {
                        sum += (float)w[j, i] / outSum[j] * x[j];
                    }
                }

                y[i] = ((1 - d) * p[i]) + (d * (sum + (dangling * p[i])));
            }

            x = y;
        }

        return x;
    }

    private static double[] Uniform(int n)
    {
        var p = new double[n];
        Array.Fill(p, 1.0 / n);
        return p;
    }
}
