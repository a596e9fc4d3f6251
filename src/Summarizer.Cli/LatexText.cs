using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace Summarizer.Cli;

/// <summary>
/// A LaTeX source (a .tex or .latex file) read as the paper it typesets: the title and the section headings as headings,
/// the abstract under an "Abstract" heading, list items as "- item" blocks, a bibliography under "References"; the
/// preamble, <c>%</c> comments, display math, floats (figures and tables, their captions with them), citations,
/// cross-references, labels and footnotes left out; markup (<c>\emph{x}</c>, <c>~</c>, <c>\%</c>, <c>--</c>, quotes,
/// accents) written as the characters it prints, and short inline math as its plain text.
/// </summary>
/// <remarks>
/// One forward pass without recursion over the source: a brace group prints its content, and an argument that is
/// dropped or read apart (a heading's, a citation's) ends at its closing brace or at the blank line that would end it
/// in TeX too, so that unbalanced or deeply nested braces cost a linear walk.
/// </remarks>
internal static class LatexText
{
    /// <summary>The longest inline math written out as text (in characters of source); longer becomes <see cref="FormulaPlaceholder"/>.</summary>
    private const int MaxInlineMath = 40;

    /// <summary>What a long inline formula reads as: its markup would be noise in a sentence, and nothing at all would leave a gap in it.</summary>
    private const string FormulaPlaceholder = "(formula)";

    /// <summary>The commands that start a heading (their starred forms too).</summary>
    private static readonly FrozenSet<string> s_headings = FrozenSet.Create(StringComparer.Ordinal,
        "part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph");

    /// <summary>
    /// The commands dropped with their arguments (how many braced ones; optional ones in brackets go too): citations,
    /// cross-references, labels, footnotes, floats' pieces, the front matter's byline, and layout.
    /// </summary>
    private static readonly FrozenDictionary<string, int> s_dropped = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["cite"] = 1,
        ["citep"] = 1,
        ["citet"] = 1,
        ["citealp"] = 1,
        ["citealt"] = 1,
        ["citeauthor"] = 1,
        ["citeyear"] = 1,
        ["parencite"] = 1,
        ["textcite"] = 1,
        ["autocite"] = 1,
        ["footcite"] = 1,
        ["nocite"] = 1,
        ["ref"] = 1,
        ["eqref"] = 1,
        ["pageref"] = 1,
        ["autoref"] = 1,
        ["cref"] = 1,
        ["Cref"] = 1,
        ["vref"] = 1,
        ["label"] = 1,
        ["footnote"] = 1,
        ["footnotetext"] = 1,
        ["thanks"] = 1,
        ["caption"] = 1,
        ["includegraphics"] = 1,
        ["author"] = 1,
        ["date"] = 1,
        ["address"] = 1,
        ["affiliation"] = 1,
        ["email"] = 1,
        ["keywords"] = 1,
        ["bibliographystyle"] = 1,
        ["input"] = 1,
        ["include"] = 1,
        ["usepackage"] = 1,
        ["documentclass"] = 1,
        ["vspace"] = 1,
        ["hspace"] = 1,
        ["pagestyle"] = 1,
        ["thispagestyle"] = 1,
        ["newcommand"] = 2,
        ["renewcommand"] = 2,
        ["providecommand"] = 2,
        ["setlength"] = 2,
        ["setcounter"] = 2,
        ["addtocounter"] = 2,
        ["href"] = 1,
        ["addcontentsline"] = 3,
        ["markboth"] = 2,
        ["markright"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The environments left out whole: display math, floats, code and pictures.</summary>
    private static readonly FrozenSet<string> s_skippedEnvironments = FrozenSet.Create(StringComparer.Ordinal,
        "equation", "align", "alignat", "gather", "multline", "flalign", "eqnarray", "displaymath", "math", "split",
        "figure", "table", "wrapfigure", "wraptable", "subfigure", "tabular", "tabularx", "longtable", "tikzpicture", "picture",
        "verbatim", "Verbatim", "lstlisting", "minted", "comment", "filecontents", "algorithm", "algorithmic");

    /// <summary>The environments of list items.</summary>
    private static readonly FrozenSet<string> s_lists = FrozenSet.Create(StringComparer.Ordinal,
        "itemize", "enumerate", "description", "compactitem", "compactenum", "inparaenum");

    /// <summary>Commands that print a character or a word.</summary>
    private static readonly FrozenDictionary<string, string> s_symbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ldots"] = "\u2026",
        ["dots"] = "\u2026",
        ["textellipsis"] = "\u2026",
        ["textendash"] = "\u2013",
        ["textemdash"] = "\u2014",
        ["textquoteleft"] = "\u2018",
        ["textquoteright"] = "\u2019",
        ["textquotedblleft"] = "\u201C",
        ["textquotedblright"] = "\u201D",
        ["guillemotleft"] = "\u00AB",
        ["guillemotright"] = "\u00BB",
        ["S"] = "\u00A7",
        ["P"] = "\u00B6",
        ["ss"] = "\u00DF",
        ["ae"] = "\u00E6",
        ["AE"] = "\u00C6",
        ["oe"] = "\u0153",
        ["OE"] = "\u0152",
        ["o"] = "\u00F8",
        ["O"] = "\u00D8",
        ["aa"] = "\u00E5",
        ["AA"] = "\u00C5",
        ["l"] = "\u0142",
        ["L"] = "\u0141",
        ["i"] = "\u0131",
        ["textbackslash"] = "\\",
        ["textasciitilde"] = "~",
        ["textdegree"] = "\u00B0",
        ["texttimes"] = "\u00D7",
        ["euro"] = "\u20AC",
        ["textbullet"] = "\u2022",
        ["LaTeX"] = "LaTeX",
        ["TeX"] = "TeX",
        ["newline"] = " ",
        ["linebreak"] = " ",
        ["quad"] = " ",
        ["qquad"] = " ",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Math commands written as a character or a word; any other math command prints nothing.</summary>
    private static readonly FrozenDictionary<string, string> s_mathSymbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alpha"] = "\u03B1",
        ["beta"] = "\u03B2",
        ["gamma"] = "\u03B3",
        ["delta"] = "\u03B4",
        ["epsilon"] = "\u03B5",
        ["varepsilon"] = "\u03B5",
        ["eta"] = "\u03B7",
        ["theta"] = "\u03B8",
        ["kappa"] = "\u03BA",
        ["lambda"] = "\u03BB",
        ["mu"] = "\u03BC",
        ["nu"] = "\u03BD",
        ["pi"] = "\u03C0",
        ["rho"] = "\u03C1",
        ["sigma"] = "\u03C3",
        ["tau"] = "\u03C4",
        ["phi"] = "\u03C6",
        ["varphi"] = "\u03C6",
        ["chi"] = "\u03C7",
        ["psi"] = "\u03C8",
        ["omega"] = "\u03C9",
        ["Gamma"] = "\u0393",
        ["Delta"] = "\u0394",
        ["Theta"] = "\u0398",
        ["Lambda"] = "\u039B",
        ["Sigma"] = "\u03A3",
        ["Phi"] = "\u03A6",
        ["Psi"] = "\u03A8",
        ["Omega"] = "\u03A9",
        ["pm"] = "\u00B1",
        ["mp"] = "\u2213",
        ["times"] = "\u00D7",
        ["cdot"] = "\u00B7",
        ["le"] = "\u2264",
        ["leq"] = "\u2264",
        ["ge"] = "\u2265",
        ["geq"] = "\u2265",
        ["ne"] = "\u2260",
        ["neq"] = "\u2260",
        ["approx"] = "\u2248",
        ["sim"] = "~",
        ["infty"] = "\u221E",
        ["circ"] = "\u00B0",
        ["degree"] = "\u00B0",
        ["to"] = "\u2192",
        ["rightarrow"] = "\u2192",
        ["ldots"] = "\u2026",
        ["dots"] = "\u2026",
        ["cdots"] = "\u2026",
        ["percent"] = "%",
        ["%"] = "%",
        ["max"] = "max",
        ["min"] = "min",
        ["log"] = "log",
        ["ln"] = "ln",
        ["exp"] = "exp",
        ["sin"] = "sin",
        ["cos"] = "cos",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The extensions of a LaTeX source.</summary>
    public static readonly string[] Extensions = [".tex", ".latex"];

    /// <summary>Whether <paramref name="name"/> is a LaTeX source's (<see cref="Extensions"/>).</summary>
    public static bool IsLatexName(string name) => HtmlText.HasExtension(name, Extensions);

    /// <summary>The paper a LaTeX source typesets, its title (<c>\title</c>) the document's title and its first heading.</summary>
    /// <param name="source">The source.</param>
    /// <param name="name">How messages name the input.</param>
    /// <param name="maxInputLength">The longest text accepted (0: none).</param>
    /// <param name="cancellationToken">Stops the reading between two paragraphs.</param>
    /// <exception cref="InputException">The text is longer than <paramref name="maxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InputDocument Extract(string source, string name, int maxInputLength, CancellationToken cancellationToken = default)
    {
        var reader = new Reader(WithoutComments(source), name, maxInputLength, cancellationToken);
        reader.Read();
        return new InputDocument(reader.Text.ToString().TrimEnd('\n'), reader.Title, InputFormat.Document, reader.Headings);
    }

    /// <summary>
    /// The source without its comments: from a <c>%</c> that no backslash escapes to the end of its line, and a line
    /// that is a comment alone with its line break, so that it neither splits nor ends the paragraph around it.
    /// </summary>
    internal static string WithoutComments(string source)
    {
        if (!source.Contains('%', StringComparison.Ordinal))
        {
            return source.ReplaceLineEndings("\n");
        }

        string text = source.ReplaceLineEndings("\n");
        var result = new StringBuilder(text.Length);
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            int next = lineEnd < 0 ? text.Length : lineEnd + 1;
            ReadOnlySpan<char> line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
            int comment = CommentStart(line);
            if (comment < 0)
            {
                result.Append(text, lineStart, next - lineStart);
            }
            else if (!line[..comment].IsWhiteSpace())
            {
                result.Append(line[..comment]);
                if (lineEnd >= 0)
                {
                    result.Append('\n');
                }
            }

            lineStart = next;
        }

        return result.ToString();
    }

    /// <summary>Where a line's comment starts: its first <c>%</c> after an even number of backslashes; -1 for none.</summary>
    private static int CommentStart(ReadOnlySpan<char> line)
    {
        int backslashes = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '%' && backslashes % 2 == 0)
            {
                return i;
            }

            backslashes = line[i] == '\\' ? backslashes + 1 : 0;
        }

        return -1;
    }

    /// <summary>The one pass over a source's text.</summary>
    private sealed class Reader(string source, string name, int maxInputLength, CancellationToken cancellationToken)
    {
        private readonly StringBuilder _paragraph = new();
        private int _lists;
        private bool _references;

        public StringBuilder Text { get; } = new();

        public List<TextRange> Headings { get; } = [];

        public string? Title { get; private set; }

        /// <summary>Reads the preamble for the title and an abstract, then the body (all of it when no <c>\begin{document}</c> splits them).</summary>
        public void Read()
        {
            int body = source.IndexOf(@"\begin{document}", StringComparison.Ordinal);
            int bodyStart = body < 0 ? 0 : body + @"\begin{document}".Length;
            (int Start, int End)? abstractRange = null;
            for (int i = source.IndexOf('\\'); i >= 0 && i < body; i = source.IndexOf('\\', i + 1))
            {
                string command = NameAt(i + 1);
                if (command == "title")
                {
                    i = ReadTitle(i + 1 + command.Length, body) - 1;
                }
                else if (command == "begin" && EnvironmentAt(i + 1 + command.Length, body, out int after) == "abstract")
                {
                    int close = EndOfEnvironment(after, body, "abstract", out _);
                    abstractRange = (after, close);
                    i = close;
                }
                else if (command == "abstract" && SkipOptional(i + 1 + command.Length, body) is int open && open < body && source[open] == '{')
                {
                    int close = Close(open, body);
                    abstractRange = (open + 1, close);
                    i = close;
                }
            }

            if (Title is { } title)
            {
                _paragraph.Append(title);
                End(heading: true);
            }

            if (abstractRange is { } range)
            {
                Heading("Abstract");
                Render(range.Start, range.End, top: true);
                End(heading: false);
            }

            Render(bodyStart, source.Length, top: true);
            End(heading: false);
        }

        /// <summary>Reads <c>\title[short]{title}</c> into <see cref="Title"/>; returns where the text after it starts.</summary>
        private int ReadTitle(int at, int end)
        {
            at = SkipOptional(at, end);
            if (at >= end || source[at] != '{')
            {
                return at;
            }

            int close = Close(at, end);
            int before = _paragraph.Length;
            Render(at + 1, close, top: false);

            // A block that the argument ends (display math left open: "\title{\cite{a};\[[b]") may have written the
            // paragraph out: the title is then what is left of it, if anything.
            before = Math.Min(before, _paragraph.Length);
            string title = HtmlText.Collapse(_paragraph.ToString(before, _paragraph.Length - before));
            _paragraph.Length = before;
            Title = title.Length > 0 ? title : Title;
            return Math.Min(end, close + 1);
        }

        /// <summary>
        /// Writes <c>[start, end)</c> of the source into the paragraph, ending blocks at blank lines, headings, list
        /// items. Only at the <paramref name="top"/> level are headings and blocks made: inside an argument read
        /// apart (a heading's), such commands print their arguments, so the pass never goes deeper than one level.
        /// </summary>
        private void Render(int start, int end, bool top)
        {
            int i = start;
            while (i < end)
            {
                char c = source[i];
                switch (c)
                {
                    case '\\':
                        i = Command(i, end, top);
                        continue;
                    case '{' or '}':
                        break;
                    case '$':
                        i = Dollar(i, end);
                        continue;
                    case '~':
                        _paragraph.Append(' ');
                        break;
                    case '\n':
                        int j = i + 1;
                        while (j < end && source[j] is ' ' or '\t')
                        {
                            j++;
                        }

                        if (top && j < end && source[j] == '\n')
                        {
                            End(heading: false);
                            i = j + 1;
                            continue;
                        }

                        _paragraph.Append(' ');
                        break;
                    case '-':
                        int dashes = Run(i, end, '-');
                        _paragraph.Append(dashes switch { 1 => "-", 2 => "\u2013", _ => "\u2014" });
                        i += Math.Min(dashes, 3);
                        continue;
                    case '`':
                        bool doubled = i + 1 < end && source[i + 1] == '`';
                        _paragraph.Append(doubled ? '\u201C' : '\u2018');
                        i += doubled ? 2 : 1;
                        continue;
                    case '\'' when i + 1 < end && source[i + 1] == '\'':
                        _paragraph.Append('\u201D');
                        i += 2;
                        continue;
                    case '"':
                        i = Shorthand(i, end);
                        continue;
                    default:
                        _paragraph.Append(c);
                        break;
                }

                i++;
            }
        }

        /// <summary>Babel's shorthands after a <c>"</c> (<c>"---</c> and <c>"--</c> dashes, <c>"~</c> a hyphen, <c>"&lt;</c> a guillemet); else the quote itself.</summary>
        private int Shorthand(int i, int end)
        {
            char next = i + 1 < end ? source[i + 1] : '\0';
            switch (next)
            {
                case '-' when Run(i + 1, end, '-') >= 2:
                    int dashes = Run(i + 1, end, '-');
                    _paragraph.Append(dashes == 2 ? "\u2013" : "\u2014");
                    return i + 1 + Math.Min(dashes, 3);
                case '~' or '=':
                    _paragraph.Append('-');
                    return i + 2;
                case '<':
                    _paragraph.Append('\u00AB');
                    return i + 2;
                case '>':
                    _paragraph.Append('\u00BB');
                    return i + 2;
                default:
                    _paragraph.Append('"');
                    return i + 1;
            }
        }

        /// <summary>Reads the command at <paramref name="i"/> (a backslash); returns where the text after it starts.</summary>
        private int Command(int i, int end, bool top)
        {
            if (i + 1 >= end)
            {
                return end;
            }

            char next = source[i + 1];
            if (!char.IsAsciiLetter(next))
            {
                return Symbol(i, end, next);
            }

            string command = NameAt(i + 1);
            int at = i + 1 + command.Length;
            if (at < end && source[at] == '*')
            {
                at++;
            }

            if (top && s_headings.Contains(command))
            {
                at = SkipOptional(at, end);
                if (at < end && source[at] == '{')
                {
                    End(heading: false);
                    int close = Close(at, end);
                    Render(at + 1, close, top: false);
                    End(heading: true);
                    return Math.Min(end, close + 1);
                }

                return at;
            }

            switch (command)
            {
                case "title" when top:
                    int titleEnd = ReadTitle(at, end);
                    if (Title is { } title)
                    {
                        End(heading: false);
                        _paragraph.Append(title);
                        End(heading: true);
                    }

                    return titleEnd;
                case "begin":
                    return Begin(at, end, top);
                case "end":
                    string environment = EnvironmentAt(at, end, out int after);
                    if (environment == "document")
                    {
                        return end;
                    }

                    if (top && (s_lists.Contains(environment) || environment == "abstract"))
                    {
                        End(heading: false);
                        _lists -= s_lists.Contains(environment) && _lists > 0 ? 1 : 0;
                    }

                    return after;
                case "item" when !top:
                    return SkipOptional(at, end);
                case "item":
                    End(heading: false);
                    _paragraph.Append(_lists > 0 ? "- " : string.Empty);

                    if (at < end && source[at] == '[')
                    {
                        int close = Close(at, end, ']');
                        Render(at + 1, close, top: false);
                        // A description's term takes a colon; an enumerator of its own ("b)", "iv.") is punctuated already.
                        _paragraph.Append(_paragraph.Length > 0 && char.IsLetterOrDigit(_paragraph[^1]) ? ": " : " ");
                        return Math.Min(end, close + 1);
                    }

                    return at;
                case "bibitem":
                    if (top)
                    {
                        End(heading: false);
                    }

                    return SkipArguments(SkipOptional(at, end), end, 1);
                case "bibliography" or "printbibliography":
                    if (top)
                    {
                        References();
                    }

                    return command == "bibliography" ? SkipArguments(at, end, 1) : SkipOptional(at, end);
                case "par":
                    if (top)
                    {
                        End(heading: false);
                    }

                    return at;
                case "verb":
                    if (at >= end)
                    {
                        return end;
                    }

                    int stop = source.IndexOf(source[at], at + 1, end - at - 1);
                    stop = stop < 0 ? end : stop;
                    _paragraph.Append(source, at + 1, stop - at - 1);
                    return Math.Min(end, stop + 1);
                case "c" or "v" or "u" or "H" or "k" or "r" when at < end && !char.IsAsciiLetter(source[at]):
                    return Accent(at, end, command[0]);
            }

            if (s_dropped.TryGetValue(command, out int arguments))
            {
                return Dropped(SkipArguments(SkipOptional(at, end), end, arguments), end);
            }

            if (s_symbols.TryGetValue(command, out string? symbol))
            {
                _paragraph.Append(symbol);
                return at;
            }

            // Any other command: its argument (a brace group that follows) prints, and a command without one prints nothing.
            return SkipOptional(at, end);
        }

        /// <summary>A control symbol (a backslash and one character that is no letter): an escaped character, a space, an accent, math.</summary>
        private int Symbol(int i, int end, char next)
        {
            switch (next)
            {
                case '%' or '&' or '$' or '_' or '#' or '{' or '}':
                    _paragraph.Append(next);
                    return i + 2;
                case ',' or ';' or ':' or ' ' or '\n' or '\t' or '\\':
                    _paragraph.Append(' ');
                    return next == '\\' ? SkipOptional(i + 2 < end && source[i + 2] == '*' ? i + 3 : i + 2, end) : i + 2;
                case '[':
                    return Skip(i + 2, end, @"\]");
                case '(':
                    int close = source.IndexOf(@"\)", i + 2, end - i - 2, StringComparison.Ordinal);
                    return InlineMath(i + 2, close < 0 ? end : close, end, 2);
                case '\'' or '`' or '^' or '"' or '~' or '=' or '.':
                    return Accent(i + 2, end, next);
                default:
                    return i + 2;
            }
        }

        /// <summary>An accent over the letter at <paramref name="at"/> or in the brace group there, as one composed character.</summary>
        private int Accent(int at, int end, char accent)
        {
            while (at < end && source[at] == ' ')
            {
                at++;
            }

            bool braced = at < end && source[at] == '{';
            int letter = braced ? at + 1 : at;
            if (letter >= end)
            {
                return end;
            }

            char baseLetter = source[letter];
            int after = letter + 1;
            if (baseLetter == '\\' && letter + 1 < end && source[letter + 1] is 'i' or 'j')
            {
                baseLetter = source[letter + 1];
                after = letter + 2;
            }

            (string bases, string composed) = Accented(accent);
            int index = bases.IndexOf(baseLetter, StringComparison.Ordinal);
            if (index >= 0)
            {
                _paragraph.Append(composed[index]);
            }
            else
            {
                // A letter without a composed form here keeps the accent as a combining mark after it.
                _paragraph.Append(baseLetter).Append(CombiningMark(accent));
            }

            return braced && after < end && source[after] == '}' ? after + 1 : after;
        }

        /// <summary>
        /// The letters an accent command composes with, and what each becomes (the runtime's globalization is invariant:
        /// <see cref="string.Normalize()"/> does not compose).
        /// </summary>
        private static (string Bases, string Composed) Accented(char accent) => accent switch
        {
            '\'' => ("aeiouyAEIOUYcnszCNSZ", "\u00E1\u00E9\u00ED\u00F3\u00FA\u00FD\u00C1\u00C9\u00CD\u00D3\u00DA\u00DD\u0107\u0144\u015B\u017A\u0106\u0143\u015A\u0179"),
            '`' => ("aeiouAEIOU", "\u00E0\u00E8\u00EC\u00F2\u00F9\u00C0\u00C8\u00CC\u00D2\u00D9"),
            '^' => ("aeiouAEIOU", "\u00E2\u00EA\u00EE\u00F4\u00FB\u00C2\u00CA\u00CE\u00D4\u00DB"),
            '"' => ("aeiouyAEIOU", "\u00E4\u00EB\u00EF\u00F6\u00FC\u00FF\u00C4\u00CB\u00CF\u00D6\u00DC"),
            '~' => ("anoANO", "\u00E3\u00F1\u00F5\u00C3\u00D1\u00D5"),
            '=' => ("aeiouAEIOU", "\u0101\u0113\u012B\u014D\u016B\u0100\u0112\u012A\u014C\u016A"),
            '.' => ("zZ", "\u017C\u017B"),
            'c' => ("csCS", "\u00E7\u015F\u00C7\u015E"),
            'v' => ("cszrneCSZRN", "\u010D\u0161\u017E\u0159\u0148\u011B\u010C\u0160\u017D\u0158\u0147"),
            'u' => ("gaGA", "\u011F\u0103\u011E\u0102"),
            'H' => ("ouOU", "\u0151\u0171\u0150\u0170"),
            'k' => ("aeAE", "\u0105\u0119\u0104\u0118"),
            _ => ("uaUA", "\u016F\u00E5\u016E\u00C5"),
        };

        /// <summary>The combining mark of an accent command.</summary>
        private static char CombiningMark(char accent) => accent switch
        {
            '\'' => '\u0301',
            '`' => '\u0300',
            '^' => '\u0302',
            '"' => '\u0308',
            '~' => '\u0303',
            '=' => '\u0304',
            '.' => '\u0307',
            'c' => '\u0327',
            'v' => '\u030C',
            'u' => '\u0306',
            'H' => '\u030B',
            'k' => '\u0328',
            _ => '\u030A',
        };

        /// <summary><c>\begin{...}</c>: a list, the abstract or the bibliography opens; display math, a float or code is skipped whole.</summary>
        private int Begin(int at, int end, bool top)
        {
            string environment = EnvironmentAt(at, end, out int after);
            if (s_skippedEnvironments.Contains(environment.TrimEnd('*')))
            {
                int close = EndOfEnvironment(after, end, environment, out int afterEnd);
                return close >= end ? end : afterEnd;
            }

            if (!top)
            {
                return after;
            }

            if (s_lists.Contains(environment))
            {
                End(heading: false);
                _lists++;
            }
            else if (environment == "abstract")
            {
                Heading("Abstract");
            }
            else if (environment == "thebibliography")
            {
                References();
                return SkipArguments(after, end, 1);
            }
            else if (environment is "minipage" or "multicols")
            {
                return SkipArguments(SkipOptional(after, end), end, 1);
            }

            return SkipOptional(after, end);
        }

        /// <summary>Math from a <c>$</c>: display math (<c>$$...$$</c>) is skipped, inline math written as text.</summary>
        private int Dollar(int i, int end)
        {
            if (i + 1 < end && source[i + 1] == '$')
            {
                return Skip(i + 2, end, "$$");
            }

            int close = i + 1;
            while (close < end && source[close] != '$' && !IsBlankLineAt(close, end))
            {
                close += source[close] == '\\' ? 2 : 1;
            }

            close = Math.Min(close, end);
            return InlineMath(i + 1, close, end, close < end && source[close] == '$' ? 1 : 0);
        }

        /// <summary>
        /// Inline math <c>[start, close)</c> as text: Greek letters and operators as their characters, superscript digits
        /// raised, other markup dropped; longer than <see cref="MaxInlineMath"/>, <see cref="FormulaPlaceholder"/>.
        /// Returns where the text after the closing delimiter (<paramref name="closing"/> characters) starts.
        /// </summary>
        private int InlineMath(int start, int close, int end, int closing)
        {
            if (close - start > MaxInlineMath)
            {
                _paragraph.Append(FormulaPlaceholder);
                return Math.Min(end, close + closing);
            }

            int i = start;
            while (i < close)
            {
                char c = source[i];
                if (c == '\\' && i + 1 < close)
                {
                    if (char.IsAsciiLetter(source[i + 1]))
                    {
                        string command = NameAt(i + 1);
                        _paragraph.Append(s_mathSymbols.TryGetValue(command, out string? symbol) ? symbol : string.Empty);
                        i += 1 + command.Length;
                        continue;
                    }

                    char next = source[i + 1];
                    _paragraph.Append(next is ',' or ';' or ':' or ' ' ? " " : next is '!' ? string.Empty : next.ToString());
                    i += 2;
                    continue;
                }

                if (c == '^')
                {
                    i = Superscript(i + 1, close);
                    continue;
                }

                if (c is not ('_' or '{' or '}' or ' ' or '\n' or '\t'))
                {
                    _paragraph.Append(c == '~' ? ' ' : c);
                }

                i++;
            }

            return Math.Min(end, close + closing);
        }

        /// <summary>A superscript of digits (<c>^2</c>, <c>^{23}</c>) raised; any other superscript is read as it comes.</summary>
        private int Superscript(int at, int close)
        {
            bool braced = at < close && source[at] == '{';
            int from = braced ? at + 1 : at;
            int to = from;
            while (to < close && char.IsAsciiDigit(source[to]) && (braced || to == from))
            {
                to++;
            }

            if (to == from || (braced && (to >= close || source[to] != '}')))
            {
                return at;
            }

            for (int d = from; d < to; d++)
            {
                _paragraph.Append("\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079"[source[d] - '0']);
            }

            return braced ? to + 1 : to;
        }

        /// <summary>
        /// After a dropped command (a citation, a footnote): no space is left before the punctuation that follows, and
        /// an abbreviation's period ("Fig.~\ref{f}.") does not double the sentence's.
        /// </summary>
        private int Dropped(int at, int end)
        {
            if (at < end && source[at] is '.' or ',' or ';' or ':' or '!' or '?' or ')')
            {
                while (_paragraph.Length > 0 && _paragraph[^1] is ' ' or '\n' or '\t')
                {
                    _paragraph.Length--;
                }

                if (source[at] == '.' && _paragraph.Length > 0 && _paragraph[^1] == '.')
                {
                    return at + 1;
                }
            }

            return at;
        }

        /// <summary>A heading block of its own.</summary>
        private void Heading(string heading)
        {
            End(heading: false);
            _paragraph.Append(heading);
            End(heading: true);
        }

        /// <summary>The "References" heading of the bibliography, once.</summary>
        private void References()
        {
            if (!_references)
            {
                Heading("References");
                _references = true;
            }
        }

        /// <summary>Ends the paragraph as a block of the text (a heading's range kept); a list item's marker alone adds nothing.</summary>
        private void End(bool heading)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_paragraph.Length > 0 && _paragraph.ToString().Trim() is "-" or "")
            {
                _paragraph.Clear();
            }

            HtmlText.Flush(_paragraph, Text, heading ? Headings : null);
            InputReader.CheckLength(name, Text.Length, maxInputLength);
        }

        /// <summary>The command's name (its letters) from <paramref name="at"/>.</summary>
        private string NameAt(int at)
        {
            int to = at;
            while (to < source.Length && char.IsAsciiLetter(source[to]))
            {
                to++;
            }

            return source[at..to];
        }

        /// <summary>The environment named in the braces at <paramref name="at"/>, and where the text after them starts.</summary>
        private string EnvironmentAt(int at, int end, out int after)
        {
            if (at >= end || source[at] != '{')
            {
                after = at;
                return string.Empty;
            }

            int close = Close(at, end);
            after = Math.Min(end, close + 1);
            return source[(at + 1)..close].Trim();
        }

        /// <summary>Where the <c>\end{environment}</c> that closes one opened before <paramref name="at"/> starts (nested ones of its name counted), and where it ends; <paramref name="end"/> for none.</summary>
        private int EndOfEnvironment(int at, int end, string environment, out int after)
        {
            string begin = @"\begin{" + environment + "}";
            string close = @"\end{" + environment + "}";
            int depth = 1;
            int i = at;
            int nextEnd = -1;
            while (i < end)
            {
                // The next \end is looked for again only once passed, so that a run of unclosed \begin costs one scan.
                nextEnd = nextEnd >= i ? nextEnd : source.IndexOf(close, i, end - i, StringComparison.Ordinal);
                if (nextEnd < 0)
                {
                    break;
                }

                int nextBegin = source.IndexOf(begin, i, nextEnd - i, StringComparison.Ordinal);
                if (nextBegin >= 0)
                {
                    depth++;
                    i = nextBegin + begin.Length;
                    continue;
                }

                if (--depth == 0)
                {
                    after = nextEnd + close.Length;
                    return nextEnd;
                }

                i = nextEnd + close.Length;
            }

            after = end;
            return end;
        }

        /// <summary>Skips to after <paramref name="delimiter"/> (the end of display math), or to the end.</summary>
        private int Skip(int at, int end, string delimiter)
        {
            int close = at < end ? source.IndexOf(delimiter, at, end - at, StringComparison.Ordinal) : -1;
            return close < 0 ? end : close + delimiter.Length;
        }

        /// <summary>Skips the optional arguments (<c>[...]</c>) right at <paramref name="at"/>.</summary>
        private int SkipOptional(int at, int end)
        {
            while (at < end && source[at] == '[')
            {
                at = Math.Min(end, Close(at, end, ']') + 1);
            }

            return at;
        }

        /// <summary>Skips <paramref name="count"/> brace arguments (white space between them allowed).</summary>
        private int SkipArguments(int at, int end, int count)
        {
            for (int n = 0; n < count; n++)
            {
                int open = at;
                while (open < end && source[open] is ' ' or '\t' or '\n' && !IsBlankLineAt(open, end))
                {
                    open++;
                }

                if (open >= end || source[open] != '{')
                {
                    // A command given without braces (\input chapter1) takes one token.
                    return open < end && source[open] == '\\' ? open + 1 + NameAt(open + 1).Length : at;
                }

                at = Math.Min(end, Close(open, end) + 1);
            }

            return at;
        }

        /// <summary>
        /// Where the group opened at <paramref name="open"/> closes: its matching <paramref name="closer"/> (brace groups
        /// inside counted, escaped braces not), or the blank line that ends a paragraph first (TeX's runaway argument),
        /// or <paramref name="end"/>.
        /// </summary>
        private int Close(int open, int end, char closer = '}')
        {
            int depth = 0;
            for (int i = open + 1; i < end; i++)
            {
                char c = source[i];
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '{')
                {
                    depth++;
                }
                else if (c == '}' && depth > 0)
                {
                    depth--;
                }
                else if (c == closer && depth == 0)
                {
                    return i;
                }
                else if (c == '\n' && IsBlankLineAt(i, end))
                {
                    return i;
                }
            }

            return end;
        }

        /// <summary>Whether the line break at <paramref name="i"/> is followed by a line of white space alone.</summary>
        private bool IsBlankLineAt(int i, int end)
        {
            if (source[i] != '\n')
            {
                return false;
            }

            int j = i + 1;
            while (j < end && source[j] is ' ' or '\t')
            {
                j++;
            }

            return j < end && source[j] == '\n';
        }

        /// <summary>How many <paramref name="c"/> run from <paramref name="i"/>.</summary>
        private int Run(int i, int end, char c)
        {
            int j = i;
            while (j < end && source[j] == c)
            {
                j++;
            }

            return j - i;
        }
    }
}
