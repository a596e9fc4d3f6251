using System;
using CsCheck;
using Summarizer.Testing;

namespace Summarizer.Tests.Reliability;

public sealed class PropertyTests
{
    [Fact]
    public void FromRandom_FailingProperty_ReportsASmallerFailingValue()
    {
        // The builder draws from CsCheck's state; its value is its size, so shrinking must find a failing value near
        // the boundary (the least failing value of the 1,000 tries is about 2,000; the first found about 500,000).
        Gen<int> values = Property.FromRandom(r => r.Next(0, 1_000_000), v => v);

        CsCheckException e = Assert.Throws<CsCheckException>(() => values.Sample(v => Assert.True(v < 1000), iter: 1000, print: v => "value=" + v));

        int reported = int.Parse(e.Message[(e.Message.LastIndexOf("value=", StringComparison.Ordinal) + 6)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(reported, 1000, 50_000);
    }
}
