using System.Reflection;
using Summarizer.Testing;

namespace Summarizer.ML.Tests;

public sealed class ThrowsDocumentationTests : ThrowsDocumentationContract
{
    protected override Assembly Package => typeof(ExtractiveSummaryEstimator).Assembly;
}
