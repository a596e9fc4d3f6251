namespace Summarizer.Evaluation;

/// <summary>A corpus-level ROUGE measure: the plain mean and a bootstrap confidence interval.</summary>
/// <param name="Mean">The mean over documents of precision, recall and F1.</param>
/// <param name="Low">The lower percentile of the bootstrap means (2.5 for a 95% interval).</param>
/// <param name="Mid">The median of the bootstrap means.</param>
/// <param name="High">The upper percentile of the bootstrap means (97.5 for a 95% interval).</param>
public readonly record struct RougeInterval(RougeScore Mean, RougeScore Low, RougeScore Mid, RougeScore High);
