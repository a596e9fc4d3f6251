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

    [Fact]
    public void Rent_AfterReturn_ReusesTheTableEmptied()
    {
        FormTable table = FormTable.Rent(100);
        Assert.False(table.TryGetValue("word", FormTable.Hash("word"), out _, out int slot));
        table.Add("word", FormTable.Hash("word"), slot, 3);
        FormTable.Return(table);

        FormTable again = FormTable.Rent(100);
        Assert.Same(table, again);
        Assert.Equal(0, again.Count);
        Assert.False(again.TryGetValue("word", FormTable.Hash("word"), out _, out slot));
        again.Add("other", FormTable.Hash("other"), again.TryGetValue("other", FormTable.Hash("other"), out _, out slot) ? -1 : slot, 0);
        Assert.True(again.TryGetValue("other", FormTable.Hash("other"), out int id, out _));
        Assert.Equal(0, id);

        // Taken: the next rent on this thread makes a new table until it is given back.
        Assert.NotSame(again, FormTable.Rent(100));
        FormTable.Return(again);

        // A spare far larger than needed is not handed to a short text, and one that is too small is not either.
        Assert.NotSame(again, FormTable.Rent(4));
        Assert.NotSame(again, FormTable.Rent(1000));
    }

    [Fact]
    public void Return_LargeTable_IsNotKept()
    {
        FormTable large = FormTable.Rent(FormTable.MaxSpareEntries);
        FormTable.Return(large);
        Assert.NotSame(large, FormTable.Rent(FormTable.MaxSpareEntries));
    }
}
