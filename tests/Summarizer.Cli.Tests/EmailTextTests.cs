using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>Raw e-mail messages (.eml) read as the body a reader sees, their subject the title.</summary>
public sealed class EmailTextTests() : TempFolder("summarize-email-")
{
    // A message as a mail server stores it: trace and signature headers folded onto indented lines, a plain-text part in
    // quoted-printable ("won=E2=80=99t" is "won’t", a soft line break "=" joins a line) beside an HTML part in base64.
    private const string Message = """
        Return-Path: <ines@example.org>
        Received: from mail.example.org (mail.example.org [192.0.2.10])
            by mx.example.net (Postfix) with ESMTPS id 4F2A1C0031
            for <club@example.net>; Tue, 3 Mar 2026 09:12:44 +0000 (UTC)
        DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org;
            s=mail; h=from:to:subject:date; bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=;
            b=Kx1m0c9a
        From: Ines Laurent <ines@example.org>
        To: Rowing club <club@example.net>
        Subject: Regatta moved to Sunday
        Date: Tue, 3 Mar 2026 09:12:40 +0000
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="b1"

        --b1
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: quoted-printable

        Hello all,

        The spring regatta moves from Saturday to Sunday 15 March, because the lake =
        won=E2=80=99t be cleared of ice in time.
        Boats must be on the trailers by 8 a.m.

        Ines
        --b1
        Content-Type: text/html; charset="utf-8"
        Content-Transfer-Encoding: base64

        PHA+SGVsbG8gYWxsLDwvcD4=
        --b1--
        """;

    [Fact]
    public void Eml_WithHeadersAndParts_IsReadAsItsPlainTextBody_DecodedAndTitledBySubject()
    {
        CliResult result = CliRunner.Run(null, "split", Write("regatta.eml", Message), "--format", "json");

        List<(string Kind, string Text)> segments = DocumentInputTests.SplitJson(result);
        Assert.Equal("Regatta moved to Sunday", Title(result));
        Assert.Contains(("sentence", "The spring regatta moves from Saturday to Sunday 15 March, because the lake won\u2019t be cleared of ice in time."), segments);
        Assert.Contains(("sentence", "Boats must be on the trailers by 8 a.m."), segments);
        Assert.DoesNotContain(segments, s => s.Text.Contains("Postfix", StringComparison.Ordinal) || s.Text.Contains("DKIM", StringComparison.Ordinal)
            || s.Text.Contains("From:", StringComparison.Ordinal) || s.Text.Contains("=E2", StringComparison.Ordinal));
    }

    [Fact]
    public void Folder_EmlFiles_AreTakenByTheDefaultGlob()
    {
        Write(System.IO.Path.Combine("mail", "regatta.eml"), Message);

        CliResult result = CliRunner.Run(null, System.IO.Path.Combine(Folder, "mail"), "--format", "jsonl", "-n", "1");

        Assert.Equal(0, result.ExitCode);
        string line = Assert.Single(result.Out.TrimEnd('\n').Split('\n'));
        Assert.Contains("regatta.eml\"", line, StringComparison.Ordinal);
        Assert.Contains("The spring regatta moves", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Eml_WithAnHtmlBodyOnly_IsReadAsThatPage()
    {
        string html = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("<html><body><p>The clubhouse opens at noon on Sunday. Coffee is free for rowers.</p></body></html>"));
        string message = "From: ines@example.org\nSubject: Clubhouse\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
            + "Content-Transfer-Encoding: base64\n\n" + html + "\n";

        CliResult result = CliRunner.Run(null, "split", Write("clubhouse.eml", message), "--format", "json");

        Assert.Equal(
            [("sentence", "The clubhouse opens at noon on Sunday."), ("sentence", "Coffee is free for rowers.")],
            DocumentInputTests.SplitJson(result));
    }

    [Fact]
    public void Eml_ThatIsNoMessage_IsRefused_NothingWritten()
    {
        string path = Write("notes.eml", "The regatta moves to Sunday. Boats must be ready by eight.\n");

        CliResult result = CliRunner.Run(null, path);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith($"summarize: {path}: cannot be read as an e-mail message", result.Error, StringComparison.Ordinal);
    }

    private static string? Title(CliResult result)
    {
        using JsonDocument json = JsonDocument.Parse(result.Out);
        return json.RootElement.TryGetProperty("title", out JsonElement title) ? title.GetString() : null;
    }
}
