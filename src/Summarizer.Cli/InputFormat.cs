using System.CommandLine;
using System.CommandLine.Parsing;

namespace Summarizer.Cli;

/// <summary>What an input is read as.</summary>
internal enum InputFormat
{
    /// <summary>Plain text, read as it is.</summary>
    Text,

    /// <summary>A web page: its main article is the text.</summary>
    Html,

    /// <summary>A subtitle file (SubRip, WebVTT): its transcript is the text.</summary>
    Subtitles,

    /// <summary>MediaWiki wikitext (a .wiki page's source): its article text, without templates, references and tables, is the text.</summary>
    Wikitext,

    /// <summary>A forum post in BBCode (a .bbcode file, or a post's source): its text, without tags, pictures and code, its quotations quoted with "&gt; ", is the text.</summary>
    BBCode,

    /// <summary>A PDF, Word, EPUB, OpenDocument or RTF document, told by its content whatever the options say: its paragraphs are the text.</summary>
    Document,
}

/// <summary>The options that say what every input is (<c>--html</c>, <c>--subtitles</c>), for the commands that read texts.</summary>
internal static class InputFormats
{
    /// <summary>
    /// The <c>--subtitles</c> option; <paramref name="verb"/> says what the command does with the transcript, and
    /// <paramref name="more"/> adds to the description.
    /// </summary>
    public static Option<bool> CreateSubtitlesOption(string verb, string more = "") => new("--subtitles")
    {
        Description = $"Read the inputs as subtitles (SubRip, WebVTT) and {verb} their transcript (automatic for .srt/.vtt files "
            + $"and for any input that starts with a WEBVTT header, a SubRip cue, a bracketed timing as Whisper prints, or a video page's clock times between lines){more}.",
    };

    /// <summary>Refuses <c>--html</c> with <c>--subtitles</c>: an input is read one way.</summary>
    public static void RejectBoth(CommandResult result, Option<bool> html, Option<bool> subtitles)
    {
        if (result.GetValue(html) && result.GetValue(subtitles))
        {
            result.AddError($"{html.Name} and {subtitles.Name} read the inputs in different ways; give one.");
        }
    }

    /// <summary>What the options make every input; null when neither is given and each input is told by its name or content.</summary>
    public static InputFormat? Of(ParseResult result, Option<bool> html, Option<bool> subtitles) =>
        result.GetValue(html) ? InputFormat.Html : result.GetValue(subtitles) ? InputFormat.Subtitles : null;
}
