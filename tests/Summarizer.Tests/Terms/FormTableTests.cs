using System;

namespace Summarizer.Tests.Terms;

public sealed class FormTableTests
{
    [Fact]
    public void AddAndLookUp_ManyFormsPastTheCapacity_FindsEachWithItsId()
    {
        var table = new FormTable(4);
        for (int i = 0; i < 2000; i++)
        {
            string form = "form" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            int hash = FormTable.Hash(form);
            Assert.False(table.TryGetValue(form, hash, out _, out int slot));
            table.Add(form, hash, slot, i);
        }

        Assert.Equal(2000, table.Count);
        for (int i = 0; i < 2000; i++)
        {
            string form = "form" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(table.TryGetValue(form, FormTable.Hash(form), out int id, out _));
            Assert.Equal(i, id);
        }

        Assert.False(table.TryGetValue("form", FormTable.Hash("form"), out _, out _));
        Assert.False(table.TryGetValue("form20000", FormTable.Hash("form20000"), out _, out _));
    }

    [Fact]
    public void LookUp_SameHashDifferentForm_IsNotFound()
    {
        var table = new FormTable(16);
        const int hash = 12345;
        Assert.False(table.TryGetValue("ab".AsSpan(), hash, out _, out int slot));
        table.Add("ab", hash, slot, 7);
        Assert.False(table.TryGetValue("ba".AsSpan(), hash, out _, out int other));
        Assert.NotEqual(slot, other);
        table.Add("ba", hash, other, 8);
        Assert.True(table.TryGetValue("ab".AsSpan(), hash, out int first, out _));
        Assert.True(table.TryGetValue("ba".AsSpan(), hash, out int second, out _));
        Assert.Equal((7, 8), (first, second));
    }
}
