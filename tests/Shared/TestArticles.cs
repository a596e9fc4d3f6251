namespace Summarizer.Testing;

/// <summary>Small texts written for the tests, shared by the test projects.</summary>
internal static class TestArticles
{
    /// <summary>Six sentences about a parks budget and one off-topic sentence about a bakery.</summary>
    public const string Parks =
        "The city council approved a new budget for public parks on Monday. "
        + "The budget doubles the money for park maintenance and adds two new parks in the north of the city. "
        + "Council members said the parks budget was the largest in a decade. "
        + "A local bakery also celebrated its fiftieth anniversary this week. "
        + "Residents had asked the council for more parks and better maintenance for years. "
        + "The new parks will open next summer, the council said.";

    /// <summary>
    /// A sentence of <see cref="GermanUtilities"/> that the German rules keep whole and the English ones cut after
    /// "Mio.", an abbreviation only the German list has.
    /// </summary>
    public const string GermanMillions = "Die Stadtwerke wollen in diesem Jahr rund 84 Mio. Euro in das Netz der Stadt investieren.";

    /// <summary>Four German sentences about a utility's investment, <see cref="GermanMillions"/> first.</summary>
    public const string GermanUtilities =
        GermanMillions + " "
        + "Der Ausbau der Leitungen soll nach Angaben der Stadtwerke bis zum Sommer abgeschlossen sein. "
        + "Die Kunden müssen deshalb nicht mit höheren Preisen rechnen, sagte eine Sprecherin am Montag. "
        + "Ein großer Teil des Geldes fließt in neue Leitungen und in die Versorgung mit Wärme.";
}
