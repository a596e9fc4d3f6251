using System.Reflection;
using Summarizer.Testing;

namespace Summarizer.Tests;

public sealed class ThrowsDocumentationTests : ThrowsDocumentationContract
{
    protected override Assembly Package => typeof(ExtractiveSummarizer).Assembly;
}
