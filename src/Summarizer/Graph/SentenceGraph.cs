using System;

namespace Summarizer;

/// <summary>
/// A weighted, undirected sentence graph in compressed sparse rows: the neighbours of node <c>i</c> are
/// <c>Columns[RowStarts[i]..RowStarts[i + 1]]</c> (ascending) with the matching <c>Weights</c>. Each edge is stored
/// in both rows with the same weight.
/// </summary>
internal sealed class SentenceGraph
{
    public SentenceGraph(int[] rowStarts, int[] columns, float[] weights, bool capApplied = false)
    {
        RowStarts = rowStarts;
        Columns = columns;
        Weights = weights;
        CapApplied = capApplied;
    }

    public int[] RowStarts { get; }

    public int[] Columns { get; }

    public float[] Weights { get; }

    /// <summary>Whether the edge cap or the frequent-term cut removed anything while the graph was built.</summary>
    public bool CapApplied { get; }

    public int NodeCount => RowStarts.Length - 1;

    /// <summary>The number of stored (directed) entries; an undirected edge counts twice.</summary>
    public int EntryCount => RowStarts[^1];

    /// <summary>The number of undirected edges.</summary>
    public int EdgeCount => EntryCount / 2;

    public ReadOnlySpan<int> NeighboursOf(int node) => Columns.AsSpan(RowStarts[node], RowStarts[node + 1] - RowStarts[node]);

    public ReadOnlySpan<float> WeightsOf(int node) => Weights.AsSpan(RowStarts[node], RowStarts[node + 1] - RowStarts[node]);
}
