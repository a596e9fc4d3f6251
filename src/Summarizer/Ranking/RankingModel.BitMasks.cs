using System;
using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Summarizer;

internal sealed partial class RankingModel
{
    /// <summary>
    /// The trees as bit masks over their leaves, evaluated a feature at a time for a vector of rows at once, with no
    /// branch that depends on a row (QuickScorer, Lucchese et al., SIGIR 2015).
    /// </summary>
    /// <remarks>
    /// A tree's leaves are numbered left to right, bit i for the i-th. A row that goes right at a split cannot end in
    /// that split's left subtree, so each split the row goes right at clears the bits of its left subtree from the
    /// tree's mask; the exit leaf is the lowest bit left. Splits are visited by feature and, within a feature, by
    /// ascending threshold, so that the scan of a feature stops at the first threshold no row exceeds. A row goes
    /// left when its value is at most the threshold, so NaN (never at most) goes right, as +infinity does.
    /// </remarks>
    private sealed class BitMaskForm
    {
        /// <summary>The most leaves a tree may have: one bit each in a <see cref="uint"/>.</summary>
        private const int MaxLeaves = 32;

        /// <summary>Rows evaluated together: their masks (4 bytes a tree a row) stay in the cache while the splits stream by.</summary>
        private const int BlockRows = 32;

        // Every split of every tree, by feature, then by ascending threshold.
        private readonly Split[] _splits;

        // The splits on feature f are [_featureStarts[f], _featureStarts[f + 1]).
        private readonly int[] _featureStarts;

        // Leaves of tree t, left to right, from _leafStarts[t].
        private readonly double[] _leaves;
        private readonly int[] _leafStarts;

        private BitMaskForm(Split[] splits, int[] featureStarts, double[] leaves, int[] leafStarts)
        {
            _splits = splits;
            _featureStarts = featureStarts;
            _leaves = leaves;
            _leafStarts = leafStarts;
        }

        /// <summary>The bit-mask form of <paramref name="trees"/>, or null when a tree has more than 32 leaves.</summary>
        public static BitMaskForm? Create(Tree[] trees, int featureCount)
        {
            int splitCount = 0;
            int leafCount = 0;
            foreach (Tree tree in trees)
            {
                if (tree.Leaves.Length > MaxLeaves)
                {
                    return null;
                }

                splitCount += tree.Feature.Length;
                leafCount += tree.Leaves.Length;
            }

            var features = new int[splitCount];
            var thresholds = new float[splitCount];
            var owners = new int[splitCount];
            var leftLeaves = new uint[splitCount];
            var leaves = new double[leafCount];
            var leafStarts = new int[trees.Length];
            int split = 0;
            int leaf = 0;
            for (int t = 0; t < trees.Length; t++)
            {
                Tree tree = trees[t];
                leafStarts[t] = leaf;
                var numbering = new Numbering(tree, leaves.AsSpan(leaf, tree.Leaves.Length), leftLeaves.AsSpan(split, tree.Feature.Length));
                numbering.Visit(tree.Feature.Length == 0 ? -1 : 0);
                Debug.Assert(numbering.Next == tree.Leaves.Length, "every leaf numbered once");
                for (int i = 0; i < tree.Feature.Length; i++)
                {
                    features[split + i] = tree.Feature[i];
                    thresholds[split + i] = tree.Threshold[i];
                    owners[split + i] = t;
                }

                split += tree.Feature.Length;
                leaf += tree.Leaves.Length;
            }

            // Order the splits by feature, then threshold (the order among equal thresholds does not matter: the
            // masks of a row's splits are combined by AND).
            var order = new int[splitCount];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) => features[a] != features[b] ? features[a].CompareTo(features[b]) : thresholds[a].CompareTo(thresholds[b]));
            var featureStarts = new int[featureCount + 1];
            var splits = new Split[splitCount];
            for (int k = 0; k < order.Length; k++)
            {
                int i = order[k];
                splits[k] = new Split(thresholds[i], owners[i], leftLeaves[i]);
                featureStarts[features[i] + 1]++;
            }

            for (int f = 0; f < featureCount; f++)
            {
                featureStarts[f + 1] += featureStarts[f];
            }

            return new BitMaskForm(splits, featureStarts, leaves, leafStarts);
        }

        /// <summary>
        /// Adds every tree's leaf for each of <paramref name="count"/> rows of <paramref name="width"/> features to
        /// <paramref name="scores"/>, in tree order (so the sums are those of a walk, to the bit).
        /// </summary>
        public void AddLeaves(ReadOnlySpan<float> rows, int count, int width, Span<double> scores)
        {
            Debug.Assert(width == _featureStarts.Length - 1, "a row holds the model's features");
            int lanes = Vector<float>.Count;
            int treeCount = _leafStarts.Length;
            int blockRows = (Math.Min(count, BlockRows) + lanes - 1) / lanes * lanes;
            uint[] masks = ArrayPool<uint>.Shared.Rent(treeCount * blockRows);
            uint[] common = ArrayPool<uint>.Shared.Rent(treeCount);
            float[] columns = ArrayPool<float>.Shared.Rent(width * blockRows);
            float[] bounds = ArrayPool<float>.Shared.Rent(2 * width);
            try
            {
                for (int first = 0; first < count; first += blockRows)
                {
                    int rowCount = Math.Min(blockRows, count - first);
                    for (int f = 0; f < width; f++)
                    {
                        // Rows past the last hold -infinity, which goes left everywhere and stops no scan; the least
                        // value is over the block's own rows.
                        Span<float> column = columns.AsSpan(f * blockRows, blockRows);
                        float min = float.PositiveInfinity;
                        float max = float.NegativeInfinity;
                        for (int r = 0; r < column.Length; r++)
                        {
                            float value = r < rowCount ? rows[((first + r) * width) + f] : float.NegativeInfinity;
                            value = float.IsNaN(value) ? float.PositiveInfinity : value;
                            column[r] = value;
                            min = r < rowCount ? Math.Min(min, value) : min;
                            max = Math.Max(max, value);
                        }

                        bounds[2 * f] = min;
                        bounds[(2 * f) + 1] = max;
                    }

                    ClearMasks(columns, bounds, masks, common, blockRows);
                    SumLeaves(masks, common, blockRows, scores.Slice(first, rowCount));
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(bounds);
                ArrayPool<float>.Shared.Return(columns);
                ArrayPool<uint>.Shared.Return(common);
                ArrayPool<uint>.Shared.Return(masks);
            }
        }

        /// <summary>
        /// Adds each tree's exit leaf to each row's sum, tree by tree: the lowest bit of the row's mask and the tree's
        /// common mask. Four rows at a time, each in a register of its own, so that four chains of additions overlap.
        /// </summary>
        private void SumLeaves(uint[] masks, uint[] common, int blockRows, Span<double> sums)
        {
            int treeCount = _leafStarts.Length;
            Debug.Assert(masks.Length >= treeCount * blockRows && sums.Length <= blockRows, "a block of masks a tree");
            ref uint firstMask = ref MemoryMarshal.GetArrayDataReference(masks);
            ref double firstLeaf = ref MemoryMarshal.GetArrayDataReference(_leaves);
            int r = 0;
            for (; r + 4 <= sums.Length; r += 4)
            {
                double s0 = sums[r];
                double s1 = sums[r + 1];
                double s2 = sums[r + 2];
                double s3 = sums[r + 3];
                for (int t = 0; t < treeCount; t++)
                {
                    // A mask keeps at least the tree's rightmost leaf (no split rules it out), so each bit index is
                    // below the tree's leaf count.
                    ref uint mask = ref Unsafe.Add(ref firstMask, (t * blockRows) + r);
                    ref double leaves = ref Unsafe.Add(ref firstLeaf, _leafStarts[t]);
                    uint both = common[t];
                    s0 += Unsafe.Add(ref leaves, BitOperations.TrailingZeroCount(mask & both));
                    s1 += Unsafe.Add(ref leaves, BitOperations.TrailingZeroCount(Unsafe.Add(ref mask, 1) & both));
                    s2 += Unsafe.Add(ref leaves, BitOperations.TrailingZeroCount(Unsafe.Add(ref mask, 2) & both));
                    s3 += Unsafe.Add(ref leaves, BitOperations.TrailingZeroCount(Unsafe.Add(ref mask, 3) & both));
                }

                sums[r] = s0;
                sums[r + 1] = s1;
                sums[r + 2] = s2;
                sums[r + 3] = s3;
            }

            for (; r < sums.Length; r++)
            {
                double sum = sums[r];
                for (int t = 0; t < treeCount; t++)
                {
                    sum += _leaves[_leafStarts[t] + BitOperations.TrailingZeroCount(masks[(t * blockRows) + r] & common[t])];
                }

                sums[r] = sum;
            }
        }

        /// <summary>
        /// Each tree's leaves that the rows can still end in, <paramref name="blockRows"/> masks a tree (from
        /// <c>t * blockRows</c>), with the rows' values of feature f in <paramref name="columns"/> from <c>f * blockRows</c>
        /// and their least and greatest in <paramref name="bounds"/> at <c>2 f</c> and <c>2 f + 1</c>.
        /// </summary>
        /// <remarks>
        /// A split below every row's value (all of a document-level feature's, such as the budget, or a low threshold)
        /// sends every row right: it clears its bits once, from the tree's <paramref name="common"/> mask, rather than
        /// from each row's.
        /// </remarks>
        private void ClearMasks(float[] columns, float[] bounds, uint[] masks, uint[] common, int blockRows)
        {
            int treeCount = _leafStarts.Length;
            Debug.Assert(blockRows % Vector<float>.Count == 0 && masks.Length >= treeCount * blockRows, "whole vectors of rows, a block a tree");
            masks.AsSpan(0, treeCount * blockRows).Fill(uint.MaxValue);
            common.AsSpan(0, treeCount).Fill(uint.MaxValue);
            ReadOnlySpan<Split> splits = _splits;
            ref uint firstMask = ref MemoryMarshal.GetArrayDataReference(masks);
            for (int f = 0; f < _featureStarts.Length - 1; f++)
            {
                ref float column = ref columns[f * blockRows];
                float min = bounds[2 * f];
                float max = bounds[(2 * f) + 1];
                int k = _featureStarts[f];
                int end = _featureStarts[f + 1];
                for (; k < end && splits[k].Threshold < min; k++)
                {
                    common[splits[k].Tree] &= ~splits[k].LeftLeaves;
                }

                for (; k < end; k++)
                {
                    ref readonly Split at = ref splits[k];
                    if (at.Threshold >= max)
                    {
                        break;
                    }

                    // Tree indices come from the model, below the tree count: the block is inside masks.
                    ref uint tree = ref Unsafe.Add(ref firstMask, at.Tree * blockRows);
                    var split = new Vector<float>(at.Threshold);
                    var left = new Vector<uint>(at.LeftLeaves);
                    for (int r = 0; r < blockRows; r += Vector<float>.Count)
                    {
                        Vector<uint> right = Vector.AsVectorUInt32(Vector.GreaterThan(Vector.LoadUnsafe(ref column, (nuint)r), split));
                        Vector.AndNot(Vector.LoadUnsafe(ref tree, (nuint)r), right & left).StoreUnsafe(ref tree, (nuint)r);
                    }
                }
            }
        }

        /// <summary>A split in the scan order: its threshold, its tree, and the bits of its left subtree's leaves (one cache line holds five).</summary>
        private readonly record struct Split(float Threshold, int Tree, uint LeftLeaves);

        /// <summary>Numbers one tree's leaves left to right, and records each split's left-subtree bits.</summary>
        private ref struct Numbering(Tree tree, Span<double> leaves, Span<uint> leftLeaves)
        {
            private readonly Span<double> _leaves = leaves;
            private readonly Span<uint> _leftLeaves = leftLeaves;

            /// <summary>The number of leaves numbered so far.</summary>
            public int Next { get; private set; }

            /// <summary>Numbers the subtree of <paramref name="node"/> (a split, or a leaf <c>~leaf</c>); at most 32 leaves deep.</summary>
            public void Visit(int node)
            {
                if (node < 0)
                {
                    _leaves[Next] = tree.Leaves[~node];
                    Next++;
                    return;
                }

                int first = Next;
                Visit(tree.Left[node]);
                _leftLeaves[node] = (uint)(((1UL << Next) - 1) & ~((1UL << first) - 1));
                Visit(tree.Right[node]);
            }
        }
    }
}
