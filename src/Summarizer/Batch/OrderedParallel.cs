using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer;

/// <summary>
/// Maps a sequence in parallel and yields the results in input order, streaming: the source is read only as far as a
/// window of twice the degree of parallelism ahead of the consumer, and at most that degree of items run at once.
/// </summary>
/// <remarks>
/// The first failure in input order is thrown, unwrapped, when the consumer reaches it; everything before it has been
/// yielded. A failure of the source's enumerator counts as one after the items it gave. Ending the enumeration (a failure, a break, cancellation) cancels the items still running and waits for
/// them, so that no work outlives the enumeration.
/// </remarks>
internal static class OrderedParallel
{
    public static IEnumerable<TResult> Select<TSource, TResult>(
        IEnumerable<TSource> source,
        Func<TSource, int, CancellationToken, TResult> selector,
        int maxDegreeOfParallelism,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return Iterate();

        IEnumerable<TResult> Iterate()
        {
            // The scheduler bounds how many run; the window only keeps workers busy while the consumer takes results.
            var schedulers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, maxDegreeOfParallelism);
            TaskScheduler scheduler = schedulers.ConcurrentScheduler;
            int window = (int)Math.Min(2L * maxDegreeOfParallelism, int.MaxValue);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var running = new Queue<Task<TResult>>();
            int completed = 0;
            using IEnumerator<TSource> items = source.GetEnumerator();
            try
            {
                int next = 0;
                bool more = true;
                // A failure of the source itself is thrown after the items read before it have been yielded.
                ExceptionDispatchInfo? sourceFailure = null;
                while (true)
                {
                    while (more && running.Count < window)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        TSource item = default!;
                        try
                        {
                            more = items.MoveNext();
                            if (more)
                            {
                                item = items.Current;
                            }
                        }
                        catch (Exception e)
                        {
                            sourceFailure = ExceptionDispatchInfo.Capture(e);
                            more = false;
                        }

                        if (more)
                        {
                            int index = next++;
                            running.Enqueue(Task.Factory.StartNew(
                                () =>
                                {
                                    TResult result = selector(item, index, stop.Token);
                                    progress?.Report(Interlocked.Increment(ref completed));
                                    return result;
                                },
                                stop.Token,
                                TaskCreationOptions.None,
                                scheduler));
                        }
                    }

                    if (running.Count == 0)
                    {
                        sourceFailure?.Throw();
                        yield break;
                    }

                    TResult result;
                    try
                    {
                        result = running.Dequeue().GetAwaiter().GetResult();
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        // The items run on the linked token; the caller's own token is the one to see cancelled, so
                        // that "catch (OperationCanceledException e) when (e.CancellationToken == token)" works.
                        cancellationToken.ThrowIfCancellationRequested();
                        throw;
                    }

                    yield return result;
                }
            }
            finally
            {
                stop.Cancel();
                // Their outcome no longer matters, only that they have stopped (their failures are observed here).
                ((Task)Task.WhenAll(running)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
                schedulers.Complete();
            }
        }
    }
}
