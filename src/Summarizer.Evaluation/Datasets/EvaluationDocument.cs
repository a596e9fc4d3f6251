using System.Collections.Generic;

namespace Summarizer.Evaluation;

/// <summary>One document of an evaluation dataset: its text and its reference summaries.</summary>
public sealed class EvaluationDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="title">The title, or null.</param>
    /// <param name="text">The document text.</param>
    /// <param name="references">The reference summaries, each a list of sentences.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/>, <paramref name="text"/> or <paramref name="references"/> is null.</exception>
    /// <exception cref="System.ArgumentException">A reference, or a sentence of one, is null.</exception>
    public EvaluationDocument(string id, string? title, string text, IReadOnlyList<IReadOnlyList<string>> references)
    {
        System.ArgumentNullException.ThrowIfNull(id);
        System.ArgumentNullException.ThrowIfNull(text);
        System.ArgumentNullException.ThrowIfNull(references);
        for (int i = 0; i < references.Count; i++)
        {
            if (references[i] is not { } reference || Contains(reference, null))
            {
                throw new System.ArgumentException($"Reference {i} of document '{id}' is null or holds a null sentence.", nameof(references));
            }
        }

        Id = id;
        Title = title;
        Text = text;
        References = references;
    }

    /// <summary>The document id.</summary>
    public string Id { get; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The reference summaries, each a list of sentences.</summary>
    public IReadOnlyList<IReadOnlyList<string>> References { get; }

    private static bool Contains(IReadOnlyList<string> sentences, string? value)
    {
        foreach (string sentence in sentences)
        {
            if (sentence == value)
            {
                return true;
            }
        }

        return false;
    }
}
