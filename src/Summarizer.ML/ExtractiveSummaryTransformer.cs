using System;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Summarizer.ML;

/// <summary>
/// The fitted transform: ML.NET's chain of saveable transforms (see <see cref="ExtractiveSummaryEstimator"/>), with the
/// input column checked against each schema it is applied to, so that data whose column is missing or not text is
/// refused naming that column rather than the chain's working column, and so is data with a column of the working
/// columns' reserved names, which the chain would overwrite and drop. Saved as the chain itself, so a saved model
/// loads without this type (ML.NET has no public way to save and load a transformer of one's own): a loaded model
/// refuses such data too, with the same exception naming the same column, through the chain's first step (see
/// <see cref="ExtractiveSummaryEstimator"/>), in ML.NET's words.
/// </summary>
internal sealed class ExtractiveSummaryTransformer(ITransformer chain, string inputColumnName) : ITransformer
{
    /// <inheritdoc/>
    public bool IsRowToRowMapper => chain.IsRowToRowMapper;

    /// <inheritdoc/>
    public DataViewSchema GetOutputSchema(DataViewSchema inputSchema)
    {
        Check(inputSchema, nameof(inputSchema));
        return chain.GetOutputSchema(inputSchema);
    }

    /// <inheritdoc/>
    public IRowToRowMapper GetRowToRowMapper(DataViewSchema inputSchema)
    {
        Check(inputSchema, nameof(inputSchema));
        return chain.GetRowToRowMapper(inputSchema);
    }

    /// <inheritdoc/>
    public IDataView Transform(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Check(input.Schema, nameof(input));
        return chain.Transform(input);
    }

    /// <inheritdoc/>
    void ICanSaveModel.Save(ModelSaveContext ctx) => chain.Save(ctx);

    private void Check(DataViewSchema schema, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(schema, parameterName);
        ExtractiveSummaryEstimator.CheckInput(inputColumnName, schema, parameterName);
    }
}
