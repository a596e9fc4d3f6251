namespace Summarizer.Tests;

public sealed class SplittingRulesTests
{
    [Theory]
    [InlineData("en", "References", true)]
    [InlineData("en", "## 5. References:", true)]
    [InlineData("en", "Media contact:", true)]
    [InlineData("en", "## License", true)]
    [InlineData("en", "About Acme Robotics", true)]
    [InlineData("en", "About the author", true)]
    [InlineData("en", "About us", true)]
    // "About" and a quantity, a lower-case word or a sentence; a heading of more than six words.
    [InlineData("en", "About 200 homes lost power", false)]
    [InlineData("en", "About time", false)]
    [InlineData("en", "About Acme Robotics.", false)]
    [InlineData("en", "About the company that built the first town hall", false)]
    [InlineData("en", "Results", false)]
    [InlineData("de", "Einzelnachweise", true)]
    [InlineData("de", "Über uns", true)]
    [InlineData("fr", "Voir aussi", true)]
    [InlineData("es", "Enlaces externos", true)]
    // The headings are the language's: an English heading in a German text is none.
    [InlineData("de", "See also", false)]
    [InlineData("it", "Collegamenti esterni", true)]
    [InlineData("it", "Note", true)]
    [InlineData("it", "Chi siamo", true)]
    [InlineData("it", "Informazioni su Ferrovie Lombarde", true)]
    [InlineData("pt", "Referências", true)]
    [InlineData("pt", "Ligações externas", true)]
    [InlineData("pt", "Sobre a Oceanix", true)]
    [InlineData("pt", "Contacto para a imprensa:", true)]
    // A Portuguese "about" before a common noun, in lower case, names no company.
    [InlineData("pt", "Sobre a pesquisa", false)]
    [InlineData("es", "Acerca de Hidrolab", true)]
    [InlineData("es", "Acerca de la Fundación Tierra", true)]
    [InlineData("es", "Acerca de 300 personas", false)]
    // French elides "de" before a vowel, against the name, with either apostrophe.
    [InlineData("fr", "À propos d'Agrivia", true)]
    [InlineData("fr", "À propos d\u2019Agrivia", true)]
    [InlineData("fr", "À propos de l\u2019auteur", true)]
    [InlineData("fr", "Contact presse :", true)]
    [InlineData("fr", "À propos du projet", false)]
    [InlineData("fr", "À propos d'une erreur", false)]
    // German capitalizes every noun: a name after the article is an acronym or two capitalized words.
    [InlineData("de", "Über die Nordwind Energie AG", true)]
    [InlineData("de", "Über den ADAC", true)]
    [InlineData("de", "Über Nordwind Energie", true)]
    [InlineData("de", "Über die Autorin", true)]
    [InlineData("de", "Pressekontakt:", true)]
    [InlineData("de", "Über die Studie", false)]
    [InlineData("de", "Über die Ergebnisse der Studie", false)]
    [InlineData("de", "Über 200 Haushalte", false)]
    public void IsBackMatterHeading_TheLanguagesHeadingsAndOpeners(string language, string line, bool expected)
    {
        Assert.Equal(expected, SplittingRules.For(language).IsBackMatterHeading(line));
    }
}
