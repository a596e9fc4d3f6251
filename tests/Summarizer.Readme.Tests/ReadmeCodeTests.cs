using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Summarizer.ML.Tests;
using Summarizer.Testing;

namespace Summarizer.Readme.Tests;

/// <summary>
/// Every C# block of the READMEs is the Program.cs of a console app (<c>dotnet new console</c>, implicit usings on)
/// with the packages named on the line above it: each one compiles as it stands, runs, and prints exactly the output
/// the README shows below it. The blocks run one at a time (they write to the console and read files from the
/// working folder).
/// </summary>
public sealed class ReadmeCodeTests
{
    /// <summary>The global usings of a console app made by <c>dotnet new console</c>.</summary>
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    /// <summary>Packages a block needs at run time although no <c>using</c> names them: the tokenizers' data.</summary>
    private static readonly (string Text, string Package)[] s_runtimePackages =
    [
        ("CreateForModel(\"gpt-4o\")", "Microsoft.ML.Tokenizers.Data.O200kBase"),
        ("CreateForModel(\"gpt-4\")", "Microsoft.ML.Tokenizers.Data.Cl100kBase"),
    ];

    private static readonly Lazy<MetadataReference[]> s_references = new(References);

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (ReadmeBlock block in AllBlocks())
        {
            data.Add(block.File, block.Line);
        }

        return data;
    }

    [Fact]
    public void Readme_HasTheBlocksItDescribes()
    {
        // Quick start, more of the API, many texts, dependency injection, ML.NET; and the ML.NET package's own.
        Assert.True(AllBlocks().Count(b => b.File == "README.md") >= 5);
        Assert.Contains(AllBlocks(), b => b.File == "src/Summarizer.ML/README.md");
        Assert.All(AllBlocks(), b => Assert.NotNull(b.Output));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_NamesThePackagesItNeeds(string file, int line)
    {
        ReadmeBlock block = Find(file, line);
        Assert.NotEmpty(block.Packages);
        foreach (string ns in block.Usings().Where(n => !n.StartsWith("System", StringComparison.Ordinal)))
        {
            // A namespace comes with the package of its name, or with one of its sub-packages (Microsoft.Extensions.Options
            // with Microsoft.Extensions.Options.ConfigurationExtensions).
            Assert.True(
                block.Packages.Any(p => ns == p || ns.StartsWith(p + ".", StringComparison.Ordinal) || p.StartsWith(ns + ".", StringComparison.Ordinal)),
                $"{block}: `using {ns};` but no package for it is named ({string.Join(", ", block.Packages)}).");
        }

        foreach ((string text, string package) in s_runtimePackages)
        {
            if (block.Code.Contains(text, StringComparison.Ordinal))
            {
                Assert.Contains(package, block.Packages);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_CompilesRunsAndPrintsWhatTheReadmeShows(string file, int line)
    {
        ReadmeBlock block = Find(file, line);
        Assembly program = Compile(block.Code, block.ToString());
        string printed = RunInFolder(program, block.Files);

        // To update the README after a change of output: set SUMMARIZER_README_OUTPUTS to a folder, run, and compare.
        if (Environment.GetEnvironmentVariable("SUMMARIZER_README_OUTPUTS") is { Length: > 0 } outputs)
        {
            Directory.CreateDirectory(outputs);
            File.WriteAllText(Path.Combine(outputs, $"{file.Replace('/', '_')}-{line}.txt"), printed);
        }

        Assert.Equal(block.Output, printed);
    }

    [Fact]
    public void Compile_BlockWithAnError_FailsNamingIt()
    {
        // What the README's "More of the API" once lacked: the tokenizer's namespace.
        var error = Assert.ThrowsAny<Exception>(() => Compile("var t = TiktokenTokenizer.CreateForModel(\"gpt-4o\");\n", "missing-using"));
        Assert.Contains("TiktokenTokenizer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FindsPackagesOutputAndFiles()
    {
        const string Readme =
            "<!-- file: settings.json -->\n```json\n{ \"a\": 1 }\n```\n\nPackages: `Summarizer`, `Microsoft.ML.Tokenizers`\n\n" +
            "```csharp\nusing Microsoft.ML.Tokenizers;\nConsole.WriteLine(File.ReadAllText(\"settings.json\").Trim());\n```\n\n<!-- output -->\n```\n{ \"a\": 2 }\n```\n";
        ReadmeBlock block = Assert.Single(ReadmeBlock.Parse("test.md", Readme));
        Assert.Equal(["Summarizer", "Microsoft.ML.Tokenizers"], block.Packages);
        Assert.Equal(["Microsoft.ML.Tokenizers"], block.Usings());
        Assert.Equal("{ \"a\": 1 }\n", block.Files["settings.json"]);

        // The block prints what the file holds, not the output shown: the comparison the README test makes fails.
        string printed = RunInFolder(Compile(block.Code, "test"), block.Files);
        Assert.Equal("{ \"a\": 1 }\n", printed);
        Assert.NotEqual(block.Output, printed);
    }

    private static List<ReadmeBlock> AllBlocks()
    {
        var blocks = new List<ReadmeBlock>();
        foreach (string file in ReadmeBlock.ReadmeFiles(RepositoryFiles.Root))
        {
            blocks.AddRange(ReadmeBlock.Parse(file, File.ReadAllText(RepositoryFiles.PathOf(file))));
        }

        return blocks;
    }

    private static ReadmeBlock Find(string file, int line) => AllBlocks().Single(b => b.File == file && b.Line == line);

    private static Assembly Compile(string code, string name)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "ReadmeBlock" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(ImplicitUsings, parse), CSharpSyntaxTree.ParseText(code, parse, path: name)],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Diagnostic[] problems = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Id is not ("CS1701" or "CS1702")))
            .ToArray();
        if (problems.Length > 0)
        {
            throw new InvalidOperationException($"{name} does not compile cleanly:\n" + string.Join('\n', problems.Select(d => d.ToString())));
        }

        return Assembly.Load(image.ToArray());
    }

    /// <summary>Every assembly the test runs with: the framework and the packages the project references.</summary>
    private static MetadataReference[] References()
    {
        string paths = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return paths.Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    }

    /// <summary>
    /// Runs the program in a fresh folder that holds what the README's blocks read: the bundled sample article, the
    /// ML.NET example's training data (300 generated articles, a header line and Label, Text columns) and the files
    /// the README shows; returns what it printed on standard output.
    /// </summary>
    private static string RunInFolder(Assembly program, IReadOnlyDictionary<string, string> files)
    {
        string folder = Path.Combine(Path.GetTempPath(), "summarizer-readme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        TextWriter console = Console.Out;
        string directory = Environment.CurrentDirectory;
        var printed = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        try
        {
            File.Copy(RepositoryFiles.PathOf("src/Summarizer.Cli/Resources/sample-article.txt"), Path.Combine(folder, "sample-article.txt"));
            var tsv = new StringBuilder("Label\tText\n");
            foreach (LabelledDocument document in TestDocuments.Create(300))
            {
                tsv.Append(document.Label).Append('\t').Append(document.Text).Append('\n');
            }

            File.WriteAllText(Path.Combine(folder, "articles.tsv"), tsv.ToString());
            foreach ((string name, string content) in files)
            {
                File.WriteAllText(Path.Combine(folder, name), content);
            }

            Console.SetOut(printed);
            Environment.CurrentDirectory = folder;
            MethodInfo main = program.EntryPoint!;
            main.Invoke(null, main.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = directory;
            Directory.Delete(folder, recursive: true);
        }

        return printed.ToString();
    }
}
