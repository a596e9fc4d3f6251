using System;
using System.Collections.Generic;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// The texts of a table of records (a <c>.csv</c> or <c>.tsv</c> file, reviews or news items one a row): the records
/// parsed as RFC 4180 reads them, the free-text column chosen, and each record's text a paragraph of its own, so that
/// the summary is of those texts, not of the rows glued to one another with their IDs, dates and ratings.
/// </summary>
/// <remarks>
/// One pass over the text reads the records (quoted fields over lines, doubled quotes); the delimiter of a .csv file is
/// the one of comma, semicolon and tab that the header line holds most of outside quotes. The column is the one the
/// header names as text (<see cref="s_textColumnNames"/>), else the one whose values are longest on average.
/// </remarks>
internal static class CsvText
{
    /// <summary>The shortest average length of a column no header names, below which the table holds no free text (IDs, numbers, names) and the file is read as text.</summary>
    private const int MinTextLength = 20;

    /// <summary>
    /// The words a header gives the column of free text, alone or as a word of the name ("review_text", "Comment
    /// body"): English, and German (inhalt, bewertung), French (texte, avis), Spanish and Portuguese (texto, reseña,
    /// comentário), Italian (testo, recensione), Dutch (tekst, recensie), Polish (treść, opinia), Swedish (recension),
    /// Russian (текст, отзыв).
    /// </summary>
    private static readonly string[] s_textColumnNames =
    [
        "text", "review", "body", "content", "comment", "comments", "description", "message", "summary", "abstract",
        "inhalt", "kommentar", "beschreibung", "nachricht", "bewertung", "rezension",
        "texte", "avis", "commentaire", "contenu", "corps",
        "texto", "reseña", "comentario", "descripción", "mensaje", "contenido", "cuerpo", "resumen",
        "comentário", "descrição", "mensagem", "conteúdo", "avaliação", "resumo",
        "testo", "recensione", "commento", "descrizione", "messaggio", "contenuto",
        "tekst", "recensie", "beschrijving", "bericht", "inhoud", "opmerking",
        "treść", "opis", "komentarz", "opinia", "wiadomość",
        "recension", "beskrivning", "kommentar", "meddelande", "innehåll",
        "текст", "отзыв", "комментарий", "описание", "сообщение", "содержание",
    ];

    /// <summary>The extensions of a table of records.</summary>
    public static readonly string[] Extensions = [".csv", ".tsv"];

    /// <summary>True when <paramref name="name"/> is a table of records by its extension (<see cref="Extensions"/>).</summary>
    public static bool IsTableName(string name) => HtmlText.HasExtension(name, Extensions);

    /// <summary>
    /// What a .csv or .tsv file holds: the texts of its records, a paragraph each; or its text as it is when it is no
    /// table with free text (a quote left open, a single column, a column of free text nowhere).
    /// </summary>
    /// <exception cref="InputException">The records' texts are longer than <paramref name="maxInputLength"/> allows.</exception>
    public static InputContent Read(string text, string name, int maxInputLength)
    {
        if (Texts(text, name.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : null) is not { } texts)
        {
            return new InputContent(text, null);
        }

        InputReader.CheckLength(name, texts.Length, maxInputLength);
        return new InputContent(null, new InputDocument(texts, null, InputFormat.Document, []));
    }

    /// <summary>The texts of the records, a paragraph each; null when <paramref name="text"/> is no table with free text.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="delimiter">The delimiter (a tab for .tsv); null to tell it from the header line.</param>
    internal static string? Texts(string text, char? delimiter)
    {
        char separator = delimiter ?? Delimiter(text);
        if (Records(text, separator) is not { Count: >= 2 } records)
        {
            return null;
        }

        int header = TextColumn(records);
        int column = header >= 0 ? header : LongestColumn(records);
        if (column < 0)
        {
            return null;
        }

        var output = new StringBuilder(text.Length);
        // Without a header that names the column, the first record is a header when its value there is short and no sentence ("notes").
        bool skipFirst = header >= 0 || (column < records[0].Count && records[0][column].Trim() is { Length: < MinTextLength } first
            && (first.Length == 0 || first[^1] is not ('.' or '!' or '?')));
        for (int r = skipFirst ? 1 : 0; r < records.Count; r++)
        {
            List<string> record = records[r];
            string value = column < record.Count ? record[column].Replace("\r\n", "\n", StringComparison.Ordinal).Trim() : string.Empty;
            if (value.Length == 0)
            {
                continue;
            }

            if (output.Length > 0)
            {
                output.Append("\n\n");
            }

            output.Append(value);
        }

        return output.ToString();
    }

    /// <summary>Of comma, semicolon and tab, the one the first line holds most of outside quotes (comma on a tie).</summary>
    private static char Delimiter(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        bool quoted = false;
        foreach (char c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c == '\n')
                {
                    break;
                }

                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /// <summary>
    /// The records of <paramref name="text"/> as RFC 4180 reads them: fields between delimiters, a quoted field over
    /// lines and with doubled quotes; null when a quote is left open, or when the first line has a single field.
    /// Blank lines are no records.
    /// </summary>
    private static List<List<string>>? Records(string text, char delimiter)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        bool wasQuoted = false;
        int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                i++;
                continue;
            }

            if (c == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (c == delimiter)
            {
                record.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (c == '\n')
            {
                EndRecord(records, record, field);
                record = [];
                wasQuoted = false;
            }
            else if (c != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                field.Append(c);
            }

            i++;
        }

        if (quoted)
        {
            return null;
        }

        EndRecord(records, record, field);
        return records.Count > 0 && records[0].Count >= 2 ? records : null;
    }

    private static void EndRecord(List<List<string>> records, List<string> record, StringBuilder field)
    {
        record.Add(field.ToString());
        field.Clear();
        if (record.Count > 1 || record[0].Trim().Length > 0)
        {
            records.Add(record);
        }
    }

    /// <summary>
    /// The column a header names as free text (<see cref="s_textColumnNames"/>, whole or as a word of the name); of
    /// several ("review_id" and "review_text"), the one whose values are longest on average; -1 for none.
    /// </summary>
    private static int TextColumn(List<List<string>> records)
    {
        List<string> header = records[0];
        int best = -1;
        double bestAverage = -1;
        for (int c = 0; c < header.Count; c++)
        {
            if (NamesText(header[c]) && Average(records, c) is double average && average > bestAverage)
            {
                (best, bestAverage) = (c, average);
            }
        }

        return best;
    }

    private static bool NamesText(string name)
    {
        foreach (string word in name.Trim().Split([' ', '_', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string known in s_textColumnNames)
            {
                if (word.Equals(known, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The average length of a column's values after the first record.</summary>
    private static double Average(List<List<string>> records, int column)
    {
        long total = 0;
        for (int r = 1; r < records.Count; r++)
        {
            total += column < records[r].Count ? records[r][column].Length : 0;
        }

        return (double)total / (records.Count - 1);
    }

    /// <summary>The column whose values (after the first record, which may be a header) are longest on average, when that is at least <see cref="MinTextLength"/>; -1 for none.</summary>
    private static int LongestColumn(List<List<string>> records)
    {
        int columns = records[0].Count;
        int best = -1;
        double bestAverage = MinTextLength - 1;
        for (int c = 0; c < columns; c++)
        {
            double average = Average(records, c);
            if (average > bestAverage)
            {
                (best, bestAverage) = (c, average);
            }
        }

        return best;
    }
}
