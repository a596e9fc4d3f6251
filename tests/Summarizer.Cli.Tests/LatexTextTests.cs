using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>LaTeX sources (.tex, .latex), read by the command as the paper they typeset.</summary>
public sealed class LatexTextTests() : TempFolder("summarize-latex-")
{
    private static InputDocument Read(string latex) => LatexText.Extract(latex, "paper.tex", maxInputLength: 0);

    private static string[] Blocks(string latex) => Read(latex).Text.Split("\n\n");

    private static List<string> Headings(InputDocument document) =>
        [.. document.Headings.Select(h => document.Text.Substring(h.Start, h.Length))];

    /// <summary>A short paper: a preamble with a comment, the title and the abstract, sections, a list, math, a float, citations.</summary>
    private const string Paper = """
        \documentclass{article}
        \usepackage{amsmath}
        % TODO: ask the editor about the word limit
        \title{Night Buses and Late Shift Workers}
        \author{R. Okafor\thanks{r.okafor@example.org}}
        \begin{document}
        \maketitle
        \begin{abstract}
        We study how a new night bus network changed the commutes of late shift workers in a mid-sized city.
        Travel times fell by 18\% on average~\cite{okafor2021}.
        \end{abstract}

        \section{Introduction}\label{sec:intro}
        Shift workers often finish after the last regular bus has left \cite{lee2019,diaz2020}. Many of them walk or pay for taxis.
        % An older draft compared three cities here.
        The city added six night lines in 2022\footnote{See the council's press release.}.

        \subsection*{Data}
        We used \emph{anonymised} ticket data from 2021--2023 and the model
        \begin{equation}
          T_i = \alpha + \beta x_i + \varepsilon_i
        \end{equation}
        where $T_i$ is the travel time of worker $i$, as in Table~\ref{tab:times}.
        \begin{figure}[t]
          \includegraphics{map.pdf}
          \caption{The six night lines. Dashed lines run on weekends only.}
        \end{figure}
        \begin{itemize}
          \item Ridership doubled within a year.
          \item Most riders were ``essential'' workers --- nurses, cleaners and cooks.
        \end{itemize}

        \section{Conclusion}
        Night buses pay for themselves within five years \textbf{if} fares stay as they are.
        \bibliography{refs}
        \end{document}
        """;

    [Fact]
    public void Extract_Paper_TitleSectionsAndAbstractAreHeadings_PreambleFloatsAndMathDropped()
    {
        InputDocument document = Read(Paper);

        Assert.Equal("Night Buses and Late Shift Workers", document.Title);
        Assert.Equal(["Night Buses and Late Shift Workers", "Abstract", "Introduction", "Data", "Conclusion", "References"], Headings(document));
        Assert.Equal(
            [
                "Night Buses and Late Shift Workers",
                "Abstract",
                "We study how a new night bus network changed the commutes of late shift workers in a mid-sized city. Travel times fell by 18% on average.",
                "Introduction",
                "Shift workers often finish after the last regular bus has left. Many of them walk or pay for taxis. The city added six night lines in 2022.",
                "Data",
                "We used anonymised ticket data from 2021\u20132023 and the model where Ti is the travel time of worker i, as in Table.",
                "- Ridership doubled within a year.",
                "- Most riders were \u201Cessential\u201D workers \u2014 nurses, cleaners and cooks.",
                "Conclusion",
                "Night buses pay for themselves within five years if fares stay as they are.",
                "References",
            ],
            Blocks(Paper));
    }

    [Theory]
    [InlineData(@"Costs rose by 30\% \& wages by 2\,\%.", "Costs rose by 30% & wages by 2 %.")]
    [InlineData(@"A 5~km walk, e.g.\ to the depot, costs \$4 \_ or so.", "A 5 km walk, e.g. to the depot, costs $4 _ or so.")]
    [InlineData(@"The \textit{only} \texttt{bus\_id} left \newfeature{unchanged}\hfill here.", "The only bus_id left unchanged here.")]
    [InlineData(@"It rose to $12.5$ and then to $x^2 + \alpha$ at $0.5^\circ$.", "It rose to 12.5 and then to x²+α at 0.5°.")]
    [InlineData(@"It is \(\beta \le 1\) here, and $a_{1} + a_{2} + a_{3} + a_{4} + a_{5} + a_{6} + a_{7}$ there.", "It is β≤1 here, and (formula) there.")]
    [InlineData(@"Pages 10--12, a dash --- and a quote: `one' and ``two''.", "Pages 10\u201312, a dash \u2014 and a quote: \u2018one' and \u201Ctwo\u201D.")]
    [InlineData(@"Kept: 100\% of it. % dropped: a comment", "Kept: 100% of it.")]
    [InlineData(@"Caf\'e, na\""ive, G\""{o}del, Ba\c{c}a.", "Café, naïve, Gödel, Baça.")]
    public void Extract_InlineMarkup_IsTheTextItPrints(string latex, string expected) =>
        Assert.Equal(expected, Read(latex).Text);

    [Fact]
    public void Extract_WholeLineComment_KeepsTheParagraphOneBlock()
    {
        Assert.Equal(["First line and", "second line."], Blocks("First line and\n% a note\n\nsecond line."));
        Assert.Equal(["First line and second line."], Blocks("First line and\n% a note\nsecond line."));
    }

    [Fact]
    public void Extract_ListItems_AreDashedBlocks_ATermTakesAColon_AnEnumeratorNone()
    {
        string latex = "Before.\n\\begin{enumerate}\n\\item First.\n\\begin{itemize}\\item Inner.\\end{itemize}\n\\item[b)] Second.\n\\end{enumerate}\n"
            + "\\begin{description}\\item[Term] Its meaning.\\end{description}\nAfter.";

        Assert.Equal(["Before.", "- First.", "- Inner.", "- b) Second.", "- Term: Its meaning.", "After."], Blocks(latex));
    }

    [Fact]
    public void Extract_TheBibliography_ItemsUnderAReferencesHeading()
    {
        InputDocument document = Read("Text.\n\\begin{thebibliography}{9}\n\\bibitem{a} A. Author. \\newblock A book. 2001.\n\\bibitem[B]{b} B. Author. A paper. 2003.\n\\end{thebibliography}");

        Assert.Equal(["Text.", "References", "A. Author. A book. 2001.", "B. Author. A paper. 2003."], document.Text.Split("\n\n"));
        Assert.Equal(["References"], Headings(document));
    }

    [Theory]
    // Display math left open in a title writes the paragraph out before the title is taken (found by fuzzing).
    [InlineData("}\n== \t\\title{\\cite{a};\\[[b] ==")]
    [InlineData("Before.\\title{\\[x} After.")]
    public void Extract_BlockEndedInsideATitle_IsReadWithoutThrowing(string latex)
    {
        InputDocument document = Read(latex);

        Assert.Equal(document.Text.Trim(), document.Text);
    }

    [Theory]
    [InlineData(100_000)]
    public void Extract_HostileBraces_EndInLinearTimeWithoutOverflow(int depth)
    {
        string deep = new string('{', depth) + "Deep." + new string('}', depth / 2);
        string unclosed = string.Concat(Enumerable.Repeat(@"\section{\cite{\emph{$\begin{figure}", depth / 20));
        var watch = Stopwatch.StartNew();

        Assert.Equal("Deep.", Read(deep).Text);
        _ = Read(unclosed + "\n\nAfter.");
        // Arguments read apart inside one another (a heading's holding an item's label holding a title) go one level deep.
        Assert.EndsWith("After.", Read(@"\section{" + string.Concat(Enumerable.Repeat(@"\item[\title{\section{", depth / 10)) + "\n\nAfter.").Text, StringComparison.Ordinal);
        Assert.Equal("Before.", Read("Before.\n\n" + string.Concat(Enumerable.Repeat(@"\begin{table}\(\[", depth / 10)) + @"\end{table}" + "\n\nAfter.").Text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{watch.Elapsed}");
    }

    /// <summary>The sentences the command splits a LaTeX file into, with their kinds.</summary>
    private List<(string Text, string Kind)> Split(string name, string latex)
    {
        CliResult result = CliRunner.Run(null, "split", Write(name, latex), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        return [.. json.RootElement.GetProperty("sentences").EnumerateArray()
            .Select(s => (s.GetProperty("text").GetString()!, s.GetProperty("kind").GetString()!))];
    }

    [Fact]
    public void Split_TexFile_HeadingsAreHeadings_SentencesHoldNoMarkup_ACitationBeforeThePeriodStillSplits()
    {
        List<(string Text, string Kind)> sentences = Split("buses.tex", Paper);

        Assert.Contains(("Night Buses and Late Shift Workers", "heading"), sentences);
        Assert.Contains(("Introduction", "heading"), sentences);
        Assert.Contains(("Shift workers often finish after the last regular bus has left.", "sentence"), sentences);
        Assert.Contains(("Many of them walk or pay for taxis.", "sentence"), sentences);
        foreach ((string text, _) in sentences)
        {
            Assert.True(text.IndexOfAny(['\\', '$', '{', '}', '~']) < 0, text);
        }
    }

    [Fact]
    public void Split_RussianTexFile_NoBreakSpaceBeforeAnAbbreviationAndBabelDashes_DoNotCutTheSentence()
    {
        const string Article = """
            \documentclass{article}
            \usepackage[russian]{babel}
            \title{Паводки на Кубани}
            \begin{document}
            \maketitle
            \section{Итоги}
            В 2001--2010~гг. уровень воды рос медленно, а в 2011--2020~гг. "--- на 4~см в год~\cite{ivanov}. Затем рост прекратился.
            \end{document}
            """;

        List<(string Text, string Kind)> sentences = Split("kuban.tex", Article);

        Assert.Equal(
            [
                ("Паводки на Кубани", "heading"),
                ("Итоги", "heading"),
                ("В 2001\u20132010 гг. уровень воды рос медленно, а в 2011\u20132020 гг. \u2014 на 4 см в год.", "sentence"),
                ("Затем рост прекратился.", "sentence"),
            ],
            sentences);
    }
}
