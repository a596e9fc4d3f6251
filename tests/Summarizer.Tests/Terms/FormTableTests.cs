using System;
using System.Globalization;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Summarizer.Tests.Terms;

public sealed class FormTableTests
{
    [Fact]
    public void AddAndFind_ManyFormsPastTheCapacity_FindsEachWithItsTerm()
    {
        var table = new FormTable(4);
        for (int i = 0; i < 2000; i++)
        {
            string form = "form" + i.ToString(CultureInfo.InvariantCulture);
            int hash = FormTable.Hash(form);
            Assert.Equal(-1, table.Find(form, TokenKind.Word, hash, out int slot));
            // Forms i and i + 1000 share a term, as inflections share a stem.
            string term = "term" + (i % 1000).ToString(CultureInfo.InvariantCulture);
            Assert.Equal(i, table.Add(form, TokenKind.Word, hash, slot, table.TermIndexOf(term, FormTable.Hash(term))));
        }

        Assert.Equal(2000, table.Count);
        Assert.Equal(1000, table.TermCount);
        for (int i = 0; i < 2000; i++)
        {
            string form = "form" + i.ToString(CultureInfo.InvariantCulture);
            int index = table.Find(form, TokenKind.Word, FormTable.Hash(form), out _);
            Assert.Equal(i, index);
            string term = "term" + (i % 1000).ToString(CultureInfo.InvariantCulture);
            ref FormTable.TermEntry entry = ref table.TermAt(table.EntryAt(index).Term);
            Assert.Equal(term, entry.Text);
            Assert.Equal(FormTable.Hash(term), entry.Hash);
        }

        Assert.Equal(-1, table.Find("form", TokenKind.Word, FormTable.Hash("form"), out _));
        Assert.Equal(-1, table.Find("form20000", TokenKind.Word, FormTable.Hash("form20000"), out _));
    }

    [Fact]
    public void Find_SameHashDifferentFormOrKind_IsNotFound()
    {
        var table = new FormTable(16);
        const int hash = 12345;
        Assert.Equal(-1, table.Find("ab", TokenKind.Word, hash, out int slot));
        int ab = table.Add("ab", TokenKind.Word, hash, slot, table.TermIndexOf("ab", hash));
        Assert.Equal(-1, table.Find("ba", TokenKind.Word, hash, out int other));
        Assert.NotEqual(slot, other);
        int ba = table.Add("ba", TokenKind.Word, hash, other, table.TermIndexOf("ba", hash));
        Assert.Equal(-1, table.Find("ab", TokenKind.Hashtag, hash, out int third));
        int abTag = table.Add("ab", TokenKind.Hashtag, hash, third, -1);
        Assert.Equal((ab, ba, abTag), (table.Find("ab", TokenKind.Word, hash, out _), table.Find("ba", TokenKind.Word, hash, out _), table.Find("ab", TokenKind.Hashtag, hash, out _)));
        Assert.Equal(3, new[] { ab, ba, abTag }.Distinct().Count());
        Assert.Equal(2, table.TermCount);
        Assert.Equal(-1, table.EntryAt(abTag).Term);
    }

    [Fact]
    public void Rent_AfterReturnInTheSameLanguage_KeepsTheFormsUnderANewStamp()
    {
        RunOnNewThread(() =>
        {
            FormTable table = FormTable.Rent(Language.English, false, 100);
            int stamp = table.Stamp;
            Assert.Equal(-1, table.Find("word", TokenKind.Word, FormTable.Hash("word"), out int slot));
            table.Add("word", TokenKind.Word, FormTable.Hash("word"), slot, table.TermIndexOf("word", FormTable.Hash("word")));
            FormTable.Return(table);

            FormTable again = FormTable.Rent(Language.English, false, 100);
            Assert.Same(table, again);
            Assert.NotEqual(stamp, again.Stamp);
            Assert.Equal(0, again.Find("word", TokenKind.Word, FormTable.Hash("word"), out _));

            // Taken: the next rent on this thread makes a new table until it is given back.
            Assert.NotSame(again, FormTable.Rent(Language.English, false, 100));
            FormTable.Return(again);

            // Another language, or folding, empties it: the terms were made by other rules.
            FormTable german = FormTable.Rent(Language.German, false, 100);
            Assert.Same(again, german);
            Assert.Equal(0, german.Count);
            Assert.Equal(-1, german.Find("word", TokenKind.Word, FormTable.Hash("word"), out int germanSlot));
            german.Add("word", TokenKind.Word, FormTable.Hash("word"), germanSlot, -1);
            FormTable.Return(german);
            FormTable folding = FormTable.Rent(Language.German, true, 100);
            Assert.Equal(0, folding.Count);
            FormTable.Return(folding);
        });
    }

    [Fact]
    public void Rent_AfterADocumentOfManyForms_IsEmptiedOrNew()
    {
        RunOnNewThread(() =>
        {
            // Kept up to the bound, then emptied; grown far past it, not kept at all.
            FormTable table = FormTable.Rent(Language.English, false, 16);
            Fill(table, FormTable.MaxKeptForms + 1);
            FormTable.Return(table);
            FormTable again = FormTable.Rent(Language.English, false, 16);
            Assert.Equal(0, again.Count);

            Fill(again, 20 * FormTable.MaxKeptForms);
            FormTable.Return(again);
            FormTable fresh = FormTable.Rent(Language.English, false, 16);
            Assert.NotSame(again, fresh);
            Assert.Equal(0, fresh.Count);
        });
    }

    private static void Fill(FormTable table, int count)
    {
        for (int i = 0; i < count; i++)
        {
            string form = "f" + i.ToString(CultureInfo.InvariantCulture);
            int hash = FormTable.Hash(form);
            Assert.Equal(-1, table.Find(form, TokenKind.Word, hash, out int slot));
            table.Add(form, TokenKind.Word, hash, slot, table.TermIndexOf(form, hash));
        }
    }

    // Each test gets a thread of its own, so that the table another test left on a pool thread does not interfere.
    private static void RunOnNewThread(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
