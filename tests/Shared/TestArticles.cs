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
}
