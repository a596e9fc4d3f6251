using System;

namespace Summarizer;

/// <summary>
/// A weighted sentence graph in compressed sparse rows: the neighbours of node <c>i</c> are
/// <c>Columns[RowStarts[i]..RowStarts[i + 1]]</c> with the matching <c>Weights</c>. Undirected graphs store each
/// edge in both rows.
/// </summary>
internal sealed class SentenceGraph
{
    public SentenceGraph(int[] rowStarts, int[] columns, float[] weights)
    {
        RowStarts = rowStarts;
        Columns = columns;
        Weights = weights;
    }

    public int[] RowStarts { get; }

    public int[] Columns { get; }

    public float[] Weights { get; }

    public int NodeCount => RowStarts.Length - 1;

    /// <summary>The number of stored (directed) entries; an undirected edge counts twice.</summary>
    public int EntryCount => Columns.Length;

    public ReadOnlySpan<int> NeighboursOf(int node) => Columns.AsSpan(RowStarts[node], RowStarts[node + 1] - RowStarts[node]);

    public ReadOnlySpan<float> WeightsOf(int node) => Weights.AsSpan(RowStarts[node], RowStarts[node + 1] - RowStarts[node]);
}
