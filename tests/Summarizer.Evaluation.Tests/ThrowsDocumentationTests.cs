using System.Reflection;
using Summarizer.Testing;

namespace Summarizer.Evaluation.Tests;

public sealed class ThrowsDocumentationTests : ThrowsDocumentationContract
{
    protected override Assembly Package => typeof(RougeScorer).Assembly;
}
