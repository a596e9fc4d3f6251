using Microsoft.ML;
using Summarizer;
using Summarizer.Evaluation;
using Summarizer.ML;

// Exits non-zero with a message when a package does not behave as its README says.
const string Text =
    "The city council approved a new budget for public parks on Monday. "
    + "The budget doubles the money for park maintenance and adds two new parks in the north of the city. "
    + "Council members said the parks budget was the largest in a decade. "
    + "A local bakery also celebrated its fiftieth anniversary this week. "
    + "Residents had asked the council for more parks and better maintenance for years. "
    + "The new parks will open next summer, the council said.";

int failures = 0;
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    failures += condition ? 0 : 1;
}

Summary summary = ExtractiveSummarizer.Default.Summarize(Text, SummaryBudget.Sentences(2));
Check(summary.Sentences.Count == 2, "Summarizer: two sentences chosen");
Check(summary.Sentences.All(s => Text.Substring(s.Start, s.Length) == s.Text), "Summarizer: offsets map back to the text");
Check(summary.Sentences.All(s => !s.Text.Contains("bakery", StringComparison.Ordinal)), "Summarizer: the off-topic sentence is left out");
Check(summary.Language.Code == "en", "Summarizer: language detected as English (Snowball resources load)");

Summary german = ExtractiveSummarizer.Default.Summarize(
    "Der Stadtrat hat am Montag einen neuen Haushalt für die Parks beschlossen. Die Parks bekommen doppelt so viel Geld. "
    + "Eine Bäckerei feierte ihr Jubiläum. Die neuen Parks sollen im Sommer öffnen, sagte der Stadtrat.");
Check(german.Language.Code == "de", "Summarizer: German detected");

RougeScorer scorer = RougeScorer.Create(new RougeOptions { Mode = RougeMode.Rouge155, Stem = true });
RougeScores scores = scorer.Score("The children were running.", "The child went running.");
Check(Math.Abs(scores.Rouge1.F1 - 0.75) < 1e-9, "Summarizer.Evaluation: ROUGE-1.5.5 with the WordNet exceptions (children -> child) loads");

var ml = new MLContext(seed: 1);
IDataView data = ml.Data.LoadFromEnumerable(new[] { new Row { Text = Text } });
ITransformer model = ml.Transforms.ExtractiveSummary("Summary", "Text").Fit(data);
var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model);
Prediction prediction = engine.Predict(new Row { Text = Text });
Check(prediction.Summary == ExtractiveSummarizer.Default.Summarize(Text).Text, "Summarizer.ML: the transform gives the core API's summary");

Console.WriteLine(failures == 0 ? "consumer test passed" : $"consumer test: {failures} check(s) failed");
return failures == 0 ? 0 : 1;

internal sealed class Row
{
    public string Text { get; set; } = "";
}

internal sealed class Prediction
{
    public string Summary { get; set; } = "";
}
