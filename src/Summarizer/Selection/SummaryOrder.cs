namespace Summarizer;

/// <summary>The order of the chosen sentences in a <see cref="Summary"/>.</summary>
public enum SummaryOrder
{
    /// <summary>As they appear in the text.</summary>
    Reading = 0,

    /// <summary>Highest score first (ties to the earlier sentence).</summary>
    Score = 1,
}
