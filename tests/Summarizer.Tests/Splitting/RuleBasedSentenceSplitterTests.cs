using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace Summarizer.Tests.Splitting;

/// <summary>
/// Boundary cases per family and language. Each case gives the language, the input and the expected segments
/// separated by " | " (segments compared after trimming and collapsing white space).
/// </summary>
public sealed class RuleBasedSentenceSplitterTests
{
    [Theory]
    [InlineData("en", "Stop! Who goes there? Nobody.", "Stop! | Who goes there? | Nobody.")]
    [InlineData("en", "Really?! You came back?!? Yes.", "Really?! | You came back?!? | Yes.")]
    [InlineData("en", "Wait... The bus left. Then silence…", "Wait... | The bus left. | Then silence…")]
    [InlineData("en", "He paused… and went on. It rained.", "He paused… and went on. | It rained.")]
    // A program's name that the text defines, as a manual page's NAME line does, opens a sentence in lower case, in any
    // language; without the definition a lower-case word after a period goes on the sentence.
    [InlineData("en", "NAME\n       tidy - clean files up\n\nDESCRIPTION\n       Each file has a short header.  tidy removes the blank lines from it.", "NAME | tidy - clean files up | DESCRIPTION | Each file has a short header. | tidy removes the blank lines from it.")]
    [InlineData("de", "NAME\n       tidy - Dateien aufräumen\n\nBESCHREIBUNG\n       Jede Datei hat einen Kopf. tidy entfernt die leeren Zeilen.", "NAME | tidy - Dateien aufräumen | BESCHREIBUNG | Jede Datei hat einen Kopf. | tidy entfernt die leeren Zeilen.")]
    [InlineData("en", "NAME\r\n       gzip, gunzip, zcat - compress or expand files\r\n\r\nThe files shrink. gunzip expands them again.", "NAME | gzip, gunzip, zcat - compress or expand files | The files shrink. | gunzip expands them again.")]
    [InlineData("en", "Each file has a short header. tidy removes the blank lines from it.", "Each file has a short header. tidy removes the blank lines from it.")]
    // A README's title defines the project's name alone; a title of words defines none.
    [InlineData("en", "# fastgrid\n\nOther engines are sluggish. fastgrid keeps a graph.", "# fastgrid | Other engines are sluggish. | fastgrid keeps a graph.")]
    [InlineData("en", "# the fast grid\n\nOther engines are sluggish. fastgrid keeps a graph.", "# the fast grid | Other engines are sluggish. fastgrid keeps a graph.")]
    // So does a name of code in quotes or backticks, after a word in lower case; not after an abbreviation.
    [InlineData("en", "Keys are listed by fingerprint. 'gpg' also takes the short form.", "Keys are listed by fingerprint. | 'gpg' also takes the short form.")]
    [InlineData("en", "It needs a generator. ‘random(ctx, n, dst)’ should fill dst. `npm` reads it.", "It needs a generator. | ‘random(ctx, n, dst)’ should fill dst. | `npm` reads it.")]
    // A dot-name, a platform's, opens a sentence after a word's period; not after an abbreviation's, and a spaced
    // ellipsis, or a dot glued to a word in lower case after one, stays one.
    [InlineData("en", "The team moved the app last month. .NET 8 made it faster. It was quick.", "The team moved the app last month. | .NET 8 made it faster. | It was quick.")]
    [InlineData("en", "Port it to e.g. .NET apps. He waited . . . and left. We ran ... .then it rained.", "Port it to e.g. .NET apps. | He waited . . . and left. | We ran ... .then it rained.")]
    // A code span is opaque: its brackets and quote marks open or close nothing outside it.
    [InlineData("en", "Tests are picked by the graph (try `deps(a, b)`) first. A `make` call follows.", "Tests are picked by the graph (try `deps(a, b)`) first. | A `make` call follows.")]
    [InlineData("en", "Call it as [see `x[0]`] here. Then it ends. The `y` flag stays.", "Call it as [see `x[0]`] here. | Then it ends. | The `y` flag stays.")]
    [InlineData("en", "Rename the file to something new, eg. 'tmp_atalla.o' in the build tree.", "Rename the file to something new, eg. 'tmp_atalla.o' in the build tree.")]
    [InlineData("en", "Prices rose by 5. 'gpg' is no word here, and don't split it.", "Prices rose by 5. 'gpg' is no word here, and don't split it.")]
    // An address or a path cut short by an ellipsis goes on; an ellipsis after a word still ends its sentence.
    [InlineData("en", "This release ports the fix for \"ssh://...\" URL from v2.7.6. It is small.", "This release ports the fix for \"ssh://...\" URL from v2.7.6. | It is small.")]
    [InlineData("en", "Files under /usr/share/... Debian keeps. It is small.", "Files under /usr/share/... Debian keeps. | It is small.")]
    [InlineData("en", "Revenue rose 5%.Sales fell.Costs were flat.", "Revenue rose 5%. | Sales fell. | Costs were flat.")]
    // A unit after a number ends a glued sentence before a word that often opens one, and a title of one letter opens one.
    [InlineData("en", "The queue took 3 hrs.We gave up and left.", "The queue took 3 hrs. | We gave up and left.")]
    [InlineData("fr", "La salle était pleine.M. Roux a parlé.", "La salle était pleine. | M. Roux a parlé.")]
    // German capitalizes its nouns: a glued sentence ends after a plain noun, not after a class of code or in a name
    // with capitals inside or a dotted chain.
    [InlineData("de", "Ein starker Akku.Kamera ist auch gut.", "Ein starker Akku. | Kamera ist auch gut.")]
    [InlineData("de", "Wir hatten ein ruhiges Zimmer.Frühstück gab es ab sieben.", "Wir hatten ein ruhiges Zimmer. | Frühstück gab es ab sieben.")]
    [InlineData("de", "Nimm String.Empty statt eines leeren Literals.", "Nimm String.Empty statt eines leeren Literals.")]
    [InlineData("de", "Ruf Console.WriteLine auf und dann System.Text.Json zum Lesen.", "Ruf Console.WriteLine auf und dann System.Text.Json zum Lesen.")]
    [InlineData("de", "Wirklich?! Das glaube ich nicht. Doch!", "Wirklich?! | Das glaube ich nicht. | Doch!")]
    [InlineData("de", "Er zögerte … und ging. Dann kam sie.", "Er zögerte … und ging. | Dann kam sie.")]
    [InlineData("fr", "Vraiment ? Oui ! Il est parti.", "Vraiment ? | Oui ! | Il est parti.")]
    [InlineData("es", "¿Qué hora es? ¡Son las tres! Vamos.", "¿Qué hora es? | ¡Son las tres! | Vamos.")]
    [InlineData("es", "Hola.¿Cómo estás?¡Bien!", "Hola. | ¿Cómo estás? | ¡Bien!")]
    [InlineData("it", "Davvero? Sì! Andiamo.", "Davvero? | Sì! | Andiamo.")]
    [InlineData("pt", "Quem é? Sou eu! Entre.", "Quem é? | Sou eu! | Entre.")]
    [InlineData("nl", "Echt? Ja! Hij is weg.", "Echt? | Ja! | Hij is weg.")]
    [InlineData("ru", "Правда? Да! Он ушёл.", "Правда? | Да! | Он ушёл.")]
    [InlineData("en", "今天天气很好。我们去公园吧！你来吗？", "今天天气很好。 | 我们去公园吧！ | 你来吗？")]
    [InlineData("en", "これはペンです。あれは本です．", "これはペンです。 | あれは本です．")]
    // Hard-wrapped CJK is measured in columns, a character two: a sentence that starts late in a line of wrapped
    // width goes on onto the next, as in a manual page or a mail wrapped at 80 columns.
    [InlineData("zh", "港口管理局周二宣布，将把退役的渡轮改造成一座漂浮的公共图书馆。这项计划经过两\n年的讨论后获得通过，预计明年夏天开放。", "港口管理局周二宣布，将把退役的渡轮改造成一座漂浮的公共图书馆。 | 这项计划经过两 年的讨论后获得通过，预计明年夏天开放。")]
    [InlineData("ja", "説明\n       各マニュアルページには短い要約文が含まれています。 tidy はそのマニュ\n       アルページの要約を検索します。", "説明 | 各マニュアルページには短い要約文が含まれています。 | tidy はそのマニュ アルページの要約を検索します。")]
    // A CJK line without a terminator, as short as a title, that the next line's first character (a Korean word) would
    // have fitted on within the next line's width was not wrapped: it is a title over its text. A CJK line wrapped at a
    // width is followed by one no longer than it, and goes on.
    [InlineData("ja", "駅前の新しい店で食べた限定の塩ラーメン\n昼過ぎに行ったら並びは三人だけで、十分ほどで座れました。", "駅前の新しい店で食べた限定の塩ラーメン | 昼過ぎに行ったら並びは三人だけで、十分ほどで座れました。")]
    [InlineData("zh", "这家店的牛肉面是我在本市吃过最好的\n周末中午去的，排队大概二十分钟，汤头浓郁，面条劲道。", "这家店的牛肉面是我在本市吃过最好的 | 周末中午去的，排队大概二十分钟，汤头浓郁，面条劲道。")]
    [InlineData("ko", "배송 빠르고 포장도 꼼꼼해서 만족스러운 구매\n주문한 다음 날 바로 도착했고 상자 안에 완충재가 넉넉했어요.", "배송 빠르고 포장도 꼼꼼해서 만족스러운 구매 | 주문한 다음 날 바로 도착했고 상자 안에 완충재가 넉넉했어요.")]
    [InlineData("zh", "港口管理局周二宣布将把退役的渡轮改造成一座\n漂浮的公共图书馆，这项计划经过两年讨论通过。", "港口管理局周二宣布将把退役的渡轮改造成一座 漂浮的公共图书馆，这项计划经过两年讨论通过。")]
    public void Split_Terminators_EndSentences(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    [InlineData("en", "\"Stop.\" He stopped.", "\"Stop.\" | He stopped.")]
    [InlineData("en", "(It was late.) We left.", "(It was late.) | We left.")]
    [InlineData("en", "\"No,\" she said. \"Never.\"", "\"No,\" she said. | \"Never.\"")]
    [InlineData("en", "\"Stop!\" she said. He did.", "\"Stop!\" she said. | He did.")]
    [InlineData("en", "He said “Go home.” Then he left.", "He said “Go home.” | Then he left.")]
    [InlineData("en", "It was 'fine.' Really.", "It was 'fine.' | Really.")]
    [InlineData("en", "The plan (see above.) worked.", "The plan (see above.) worked.")]
    [InlineData("de", "Er rief: „Halt!“ Dann lief er weg.", "Er rief: „Halt!“ | Dann lief er weg.")]
    [InlineData("de", "„Nein“, sagte sie. Er ging.", "„Nein“, sagte sie. | Er ging.")]
    [InlineData("fr", "Il cria : « Arrêtez ! » Puis il partit.", "Il cria : « Arrêtez ! » | Puis il partit.")]
    [InlineData("fr", "« Non », dit-elle. Il partit.", "« Non », dit-elle. | Il partit.")]
    [InlineData("es", "«¡Basta!» gritó ella. Se fue.", "«¡Basta!» gritó ella. | Se fue.")]
    [InlineData("it", "«Vieni qui.» Lui venne.", "«Vieni qui.» | Lui venne.")]
    [InlineData("pt", "\"Não\", disse ela. Ele saiu.", "\"Não\", disse ela. | Ele saiu.")]
    [InlineData("nl", "\"Nee,\" zei ze. Hij ging weg.", "\"Nee,\" zei ze. | Hij ging weg.")]
    [InlineData("ru", "«Стой!» — крикнул он. Она ушла.", "«Стой!» — крикнул он. | Она ушла.")]
    [InlineData("en", "他说：“我们走吧。”她同意了。", "他说：“我们走吧。” | 她同意了。")]
    public void Split_QuotesAndBrackets_StayWithTheirSentence(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    [InlineData("en", "Mr. and Mrs. Dursley met Dr. Watson and Prof. Lee.", "Mr. and Mrs. Dursley met Dr. Watson and Prof. Lee.")]
    [InlineData("en", "Gen. Smith and Sen. Jones met on Jan. 5 at St. Paul's.", "Gen. Smith and Sen. Jones met on Jan. 5 at St. Paul's.")]
    [InlineData("en", "Bring fruit, e.g. apples, i.e. red ones, etc. and more.", "Bring fruit, e.g. apples, i.e. red ones, etc. and more.")]
    [InlineData("en", "It was Smith vs. Jones in room No. 4.", "It was Smith vs. Jones in room No. 4.")]
    [InlineData("en", "He works for Acme Corp. in Ohio. She works for Globex Inc. They met.", "He works for Acme Corp. in Ohio. | She works for Globex Inc. | They met.")]
    [InlineData("en", "J. R. R. Tolkien wrote it. C. S. Lewis did not.", "J. R. R. Tolkien wrote it. | C. S. Lewis did not.")]
    [InlineData("en", "The hall was packed. Picture: AFP/K. Lund. The band played late.", "The hall was packed. | Picture: AFP/K. Lund. | The band played late.")]
    [InlineData("en", "The dam held, the water board/P. Evans told us. Rain stopped.", "The dam held, the water board/P. Evans told us. | Rain stopped.")]
    [InlineData("de", "Der Zug fuhr ab. Foto: ÖBB/Keystone/R. Maier. Er war voll.", "Der Zug fuhr ab. | Foto: ÖBB/Keystone/R. Maier. | Er war voll.")]
    [InlineData("en", "Choose plan A/B. The price is the same.", "Choose plan A/B. | The price is the same.")]
    [InlineData("en", "The U.S. Navy sailed at 9 a.m. on Monday.", "The U.S. Navy sailed at 9 a.m. on Monday.")]
    [InlineData("en", "Prices rose in the U.S. Officials said so.", "Prices rose in the U.S. | Officials said so.")]
    [InlineData("en", "We met at 3 p.m. The talks failed.", "We met at 3 p.m. | The talks failed.")]
    [InlineData("en", "He said no. Then he left.", "He said no. | Then he left.")]
    [InlineData("de", "Dr. Müller kam z.B. am Mo. mit Hr. Schmidt. Sie gingen.", "Dr. Müller kam z.B. am Mo. mit Hr. Schmidt. | Sie gingen.")]
    [InlineData("de", "Das gilt bzw. galt auch für die Siemens AG usw. Er las Nr. 5.", "Das gilt bzw. galt auch für die Siemens AG usw. | Er las Nr. 5.")]
    [InlineData("de", "Das sind z. B. Äpfel. Die Birnen fehlen.", "Das sind z. B. Äpfel. | Die Birnen fehlen.")]
    [InlineData("fr", "M. Dupont et Mme Durand sont venus. Ils sont partis.", "M. Dupont et Mme Durand sont venus. | Ils sont partis.")]
    [InlineData("fr", "Il a vu Dr. Martin, cf. p. 12, etc. Puis il est parti.", "Il a vu Dr. Martin, cf. p. 12, etc. | Puis il est parti.")]
    [InlineData("es", "El Sr. García y la Sra. López llegaron. Después comieron.", "El Sr. García y la Sra. López llegaron. | Después comieron.")]
    [InlineData("es", "Vive en EE.UU. desde 2010. Trabaja en la Cía. Telefónica.", "Vive en EE.UU. desde 2010. | Trabaja en la Cía. Telefónica.")]
    [InlineData("it", "Il Sig. Rossi e il Dott. Bianchi sono arrivati. Poi sono usciti.", "Il Sig. Rossi e il Dott. Bianchi sono arrivati. | Poi sono usciti.")]
    [InlineData("it", "Frutta, ecc. e verdura. Vedi pag. 3.", "Frutta, ecc. e verdura. | Vedi pag. 3.")]
    [InlineData("pt", "O Sr. Silva e a Dra. Costa chegaram. Depois saíram.", "O Sr. Silva e a Dra. Costa chegaram. | Depois saíram.")]
    [InlineData("pt", "Veja o art. 5 da lei. Também o cap. 2.", "Veja o art. 5 da lei. | Também o cap. 2.")]
    [InlineData("nl", "Dhr. Jansen en mevr. De Vries kwamen. Ze gingen weg.", "Dhr. Jansen en mevr. De Vries kwamen. | Ze gingen weg.")]
    [InlineData("nl", "Fruit, bijv. appels, enz. is gezond. Zie nr. 4.", "Fruit, bijv. appels, enz. is gezond. | Zie nr. 4.")]
    [InlineData("ru", "Проф. Иванов и А. С. Пушкин пришли. Они ушли.", "Проф. Иванов и А. С. Пушкин пришли. | Они ушли.")]
    [InlineData("ru", "Это т.е. очень важно, см. стр. 5. Он согласился.", "Это т.е. очень важно, см. стр. 5. | Он согласился.")]
    public void Split_Abbreviations_DoNotEndSentencesUnlessOneFollows(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    [InlineData("en", "Pi is 3.14. Version 2.0.1 shipped at 10.30. It cost $4.99. He came 1st.", "Pi is 3.14. | Version 2.0.1 shipped at 10.30. | It cost $4.99. | He came 1st.")]
    [InlineData("en", "Visit https://example.com/a.b?x=1. Mail jane.doe@example.org. Open report.final.pdf now.", "Visit https://example.com/a.b?x=1. | Mail jane.doe@example.org. | Open report.final.pdf now.")]
    [InlineData("en", "See www.Example.Com for more. Or call.", "See www.Example.Com for more. | Or call.")]
    [InlineData("de", "Am 3. Oktober 1990 kam die Einheit. Im 19. Jahrhundert auch.", "Am 3. Oktober 1990 kam die Einheit. | Im 19. Jahrhundert auch.")]
    [InlineData("de", "Es kostet 3,50 €. Das ist viel.", "Es kostet 3,50 €. | Das ist viel.")]
    [InlineData("fr", "Il coûte 3,50 €. C'est le 1er mai.", "Il coûte 3,50 €. | C'est le 1er mai.")]
    [InlineData("es", "Cuesta 3.500 pesos. Es el 2.º piso.", "Cuesta 3.500 pesos. | Es el 2.º piso.")]
    [InlineData("it", "Costa 2,5 milioni. Il file è dati.csv oggi.", "Costa 2,5 milioni. | Il file è dati.csv oggi.")]
    [InlineData("pt", "Custa R$ 10,50. O site é www.exemplo.com.br hoje.", "Custa R$ 10,50. | O site é www.exemplo.com.br hoje.")]
    [InlineData("nl", "Het kost € 2,50. Versie 1.2 is uit.", "Het kost € 2,50. | Versie 1.2 is uit.")]
    [InlineData("ru", "Цена 3.5 тыс. руб. Это дорого.", "Цена 3.5 тыс. руб. | Это дорого.")]
    public void Split_NumbersAndAddresses_KeepTheirPeriods(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    [InlineData("en", "Breaking News\n\nThe storm hit. It was bad.\n\nPrevious Article", "Breaking News | The storm hit. | It was bad. | Previous Article")]
    [InlineData("en", "It was a cold\nnight in the\ncity. We left.", "It was a cold night in the city. | We left.")]
    [InlineData("en", "Shopping:\n- eggs\n- milk\n• bread\n1. Pay\n2) Leave", "Shopping: | - eggs | - milk | • bread | 1. Pay | 2) Leave")]
    [InlineData("en", "One.\r\n\r\nTwo.\tThree.\u00A0Four.", "One. | Two. | Three. | Four.")]
    [InlineData("de", "Wetter heute\n\nEs regnet. Morgen\nwird es besser.", "Wetter heute | Es regnet. | Morgen wird es besser.")]
    [InlineData("fr", "Sommaire\n\n- premier point\n- second point", "Sommaire | - premier point | - second point")]
    [InlineData("es", "Noticias\n\nLlueve mucho.\n\n1. Uno\n2. Dos", "Noticias | Llueve mucho. | 1. Uno | 2. Dos")]
    [InlineData("it", "Titolo\n\nPiove. Domani\nsarà bello.", "Titolo | Piove. | Domani sarà bello.")]
    [InlineData("pt", "Manchete\n\n• um\n• dois", "Manchete | • um | • dois")]
    [InlineData("nl", "Kop\n\nHet regent.\r\n\r\nMorgen zon.", "Kop | Het regent. | Morgen zon.")]
    [InlineData("ru", "Заголовок\n\nИдёт дождь. Завтра\nбудет солнце.", "Заголовок | Идёт дождь. | Завтра будет солнце.")]
    public void Split_Layout_HeadingsListsAndWrappedLines(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    [InlineData("( cnn ) -- the man said . he left . officials said .", "( cnn ) -- the man said . | he left . | officials said .")]
    [InlineData("he said `` it 's over . '' then he left ? yes !", "he said `` it 's over . '' | then he left ? | yes !")]
    [InlineData("he lives in the u.s. . officials in st. louis agree .", "he lives in the u.s. . | officials in st. louis agree .")]
    [InlineData("mr. smith did n't go ... he stayed .", "mr. smith did n't go ... he stayed .")]
    [InlineData("the sun broke through the trees .   . the next day it rained .", "the sun broke through the trees . . | the next day it rained .")]
    [InlineData("attacks on civilian targets.\u200B . the group is weaker .", "attacks on civilian targets.\u200B . | the group is weaker .")]
    public void Split_TokenizedLowerCaseText_SplitsAtStandaloneTerminators(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Theory]
    [InlineData("' is it over ? ' he asked . we left .", "' is it over ? ' he asked . | we left .")]
    [InlineData("`` why now ? '' said the coach . `` we won ! '' the team captain added .", "`` why now ? '' said the coach . | `` we won ! '' the team captain added .")]
    [InlineData("' is it over ? ' and she said no . `` why ? '' the crowd went home .", "' is it over ? ' | and she said no . | `` why ? '' | the crowd went home .")]
    [InlineData("is it over ? he asked nobody . why ? he said .", "is it over ? | he asked nobody . | why ? | he said .")]
    [InlineData("' it was over , ' she said . ' we knew it . ' then ' why ? ' he asked . ‘ because . ’", "' it was over , ' she said . | ' we knew it . ' | then ' why ? ' he asked . | ‘ because . ’")]
    [InlineData("he said ' we won . ' the coach said nothing . ' no . ' then", "he said ' we won . ' | the coach said nothing . | ' no . ' | then")]
    public void Split_TokenizedLowerCaseText_KeepsAttributionWithQuotedQuestion(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Theory]
    [InlineData("he was the no . 1 pick in the draft . he wore no . 11 .", "he was the no . 1 pick in the draft . | he wore no . 11 .")]
    [InlineData("said tulsa police sgt . jim clark . then ohio gov . john kasich spoke .", "said tulsa police sgt . jim clark . | then ohio gov . john kasich spoke .")]
    [InlineData("as zheng et al . ( 2019 ) and lee et al . @xcite show , it works . we follow smith et al . we also test it .", "as zheng et al . ( 2019 ) and lee et al . @xcite show , it works . | we follow smith et al . | we also test it .")]
    [InlineData("in sec . 2 we review fig . [ fig1 ] and eq . ( 3 ) . then we stop .", "in sec . 2 we review fig . [ fig1 ] and eq . ( 3 ) . | then we stop .")]
    [InlineData("the council said no . the idea is wrong . i 'd vote no . but i respect it .", "the council said no . | the idea is wrong . | i 'd vote no . | but i respect it .")]
    [InlineData("it spread , said kruglanski . in the u.s. , a michigan man was held .", "it spread , said kruglanski . | in the u.s. , a michigan man was held .")]
    [InlineData("his `` uptown funk ! '' , with bruno mars , is a hit . she said ' oh no you do n't ! ' , loudly .", "his `` uptown funk ! '' , with bruno mars , is a hit . | she said ' oh no you do n't ! ' , loudly .")]
    [InlineData("' i wo n't see him have a child ... '' , ed lloyd said . we left .", "' i wo n't see him have a child ... '' , ed lloyd said . | we left .")]
    [InlineData("he said ' g'day mate , how you going ? ' . but it failed . wow ! ) . they left .", "he said ' g'day mate , how you going ? ' . | but it failed . | wow ! ) . | they left .")]
    [InlineData("fans in st . louis cheered . it was good vs . evil , he said . he lives on main st . the police came .", "fans in st . louis cheered . | it was good vs . evil , he said . | he lives on main st . | the police came .")]
    [InlineData("they climbed mt . everest ( cf . fig . 2 ) in may . it was cold .", "they climbed mt . everest ( cf . fig . 2 ) in may . | it was cold .")]
    [InlineData("the u.s . marshals came at 9 p.m . et . he fled to the u.s . the crisis grew .", "the u.s . marshals came at 9 p.m . et . | he fled to the u.s . | the crisis grew .")]
    public void Split_TokenizedLowerCaseText_KeepsSpacedAbbreviationPeriods(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Fact]
    public void Split_Spans_CarryOffsetsParagraphsAndKinds()
    {
        string text = "Headline here\n\n  First one. Second\r\none.  \n\n- item\n";
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
        Assert.Equal(
            [
                new SentenceSpan(0, 13, 0, SentenceKind.Heading),
                new SentenceSpan(17, 10, 1, SentenceKind.Sentence),
                new SentenceSpan(28, 12, 1, SentenceKind.Sentence),
                new SentenceSpan(44, 6, 2, SentenceKind.ListItem),
            ],
            spans);
        Assert.Equal("Second\r\none.", spans[2].Slice(text).ToString());
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Split_EmailQuotation_PrefixesStartNoSentenceAndQuotedBlankLinesEndParagraphs(string newline)
    {
        string text = string.Join(
            newline,
            "Thanks, that works for me.",
            "",
            "On Monday, Dana wrote:",
            "> The review is due on Friday and we still need",
            "> the figures from the sales team. Can you chase them?",
            ">",
            ">> Also, the offsite moves to March.");
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
        Assert.Equal(
            [
                "Thanks, that works for me.",
                "On Monday, Dana wrote:",
                $"The review is due on Friday and we still need{newline}> the figures from the sales team.",
                "Can you chase them?",
                "Also, the offsite moves to March.",
            ],
            spans.Select(span => span.Slice(text).ToString()));
        Assert.Equal([0, 1, 1, 1, 2], spans.Select(span => span.Paragraph));
        // The attribution line frames the quotation, as a heading does.
        Assert.Equal(
            [SentenceKind.Sentence, SentenceKind.Heading, SentenceKind.Sentence, SentenceKind.Sentence, SentenceKind.Sentence],
            spans.Select(span => span.Kind));
    }

    [Theory]
    [InlineData("Hi Dana,\n\nThe report is done. It is attached.\n\nBest regards,\nSam", "Heading Sentence Sentence Heading Heading")]
    [InlineData("Dear Dr. Ruiz,\nThe report is done.", "Heading Sentence")]
    // More than three words, or lower case, is no salutation; nor is a colon before unquoted text.
    [InlineData("Roses grow in the garden,\nviolets by the door.", "Sentence")]
    [InlineData("Thanks to the team,\n\nThe report is done.", "Sentence Sentence")]
    [InlineData("Ingredients:\n\nFlour and water. Salt.", "Sentence Sentence Sentence")]
    // A closing right after the letter's last sentence, and a quoted letter's salutation and closing.
    [InlineData("Thanks for your help with the report.\nBest regards,\nDana", "Sentence Heading Heading")]
    // A longer closing that opens with a closing of the language's data (one of two words, or one and a comma).
    [InlineData("The report is done.\n\nThanks again for all your help,\nDana", "Sentence Heading Heading")]
    [InlineData("The report is done.\n\nCheers, and see you at the launch,\nDana", "Sentence Heading Heading")]
    [InlineData("On Monday, Dana wrote:\n> Hi Sam,\n>\n> The budget grew.\n>\n> Best,\n> Dana", "Heading Heading Sentence Heading Heading")]
    // After a sentence only a closing: a short comma line before a longer one is verse.
    [InlineData("I walked home.\nSlowly, quietly,\nI opened the door.", "Sentence Sentence Sentence")]
    public void Split_LetterSalutationsAndClosings_AreHeadings(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A quoted line goes on only onto a quoted line: the quotation's end ends its sentence.
    [InlineData("> The plan is fine and we can start on it next\nweek. That is all.", "The plan is fine and we can start on it next | week. | That is all.")]
    // '>' before a digit compares ("> 65 years"), and one glued to a word is no quotation prefix.
    [InlineData("Criteria:\n> 65 years of age.\n> 2 prior visits.", "Criteria: | > 65 years of age. | > 2 prior visits.")]
    [InlineData(">Glued text stays as it is.", ">Glued text stays as it is.")]
    // Inside a quotation every "> " is a prefix, however many lines that start with a number follow each other.
    [InlineData("> Results:\n> 25 people came.\n> 30 people left.\n> 40 people stayed.", "Results: | 25 people came. | 30 people left. | 40 people stayed.")]
    [InlineData("We know that a > b holds. It is shown below.", "We know that a > b holds. | It is shown below.")]
    public void Split_EmailQuotation_OnlyQuotedLinesAreUnquoted(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Fact]
    public void Split_PleadingPaperLineNumbers_AreNoPartOfTheText()
    {
        // Pleading paper numbers each line of a page in its margin, starting again on the next page (after a form feed,
        // where the numbered paragraph opens a paragraph of the text and so is a sentence).
        string text = string.Join(
            "\n",
            " 1  JORDAN A. PRICE (SBN 100200)",
            " 2  PRICE LAW GROUP",
            " 3  Attorneys for Petitioner",
            " 4  ",
            " 5  The petitioner alleges as follows:",
            " 6  1. Petitioner has lived in the City of Salem",
            " 7  since 2019 and owns the house at 12 Elm Street.",
            " 8  2. Respondent leases the adjacent lot to",
            " 9  a storage firm.",
            "10  3. The fence between the lots fell in April.",
            "11  4. Respondent refused to repair",
            "12  the fence.",
            "\f 1  5. The petitioner asks for damages.",
            " 2  6. The petitioner asks for costs.",
            " 3  7. The petitioner asks for fees.",
            " 4  8. The petitioner asks for interest.",
            " 5  9. The petitioner asks for a hearing.",
            " 6  10. The petitioner asks for a jury.",
            " 7  ",
            " 8  ",
            " 9  ",
            "10  Dated: May 2, 2025");
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
        Assert.Equal(
            [
                "JORDAN A. PRICE (SBN 100200)",
                "PRICE LAW GROUP",
                "Attorneys for Petitioner",
                "The petitioner alleges as follows:",
                "1. Petitioner has lived in the City of Salem\n 7  since 2019 and owns the house at 12 Elm Street.",
                "2. Respondent leases the adjacent lot to\n 9  a storage firm.",
                "3. The fence between the lots fell in April.",
                "4. Respondent refused to repair\n12  the fence.",
                "5. The petitioner asks for damages.",
            ],
            spans.Take(9).Select(span => span.Slice(text).ToString()));
        Assert.Equal("Heading Heading Heading Sentence ListItem ListItem ListItem ListItem Sentence", string.Join(' ', spans.Take(9).Select(span => span.Kind)));
        Assert.Equal("Dated: May 2, 2025", spans[^1].Slice(text).ToString());

        // A list numbered without periods, shorter than a page's numbered lines, keeps its numbers.
        AssertSplit("en", "1  Preheat the oven.\n2  Mix the flour and the water.\n3  Bake it for an hour.", "1 Preheat the oven. | 2 Mix the flour and the water. | 3 Bake it for an hour.");
    }

    [Theory]
    // The names of code and files keep their periods: a chain of names, a call, a type argument, a PascalCase member.
    [InlineData("Call Console.WriteLine to print it. Use System.Text.Json to parse it.", "Call Console.WriteLine to print it. | Use System.Text.Json to parse it.")]
    [InlineData("Edit Directory.Build.props in the root. Then run it.", "Edit Directory.Build.props in the root. | Then run it.")]
    [InlineData("Call Items.Add(item) once. It returns.", "Call Items.Add(item) once. | It returns.")]
    [InlineData("Use the Dictionary.TryGetValue method.", "Use the Dictionary.TryGetValue method.")]
    // Glued sentences still end at their period: the next word is a plain word, whatever the word before it.
    [InlineData("Sales fell.The company said so.", "Sales fell. | The company said so.")]
    [InlineData("He moved to London.The city was new to him.", "He moved to London. | The city was new to him.")]
    [InlineData("Profits rose at Acme.Its shares (up 5%) rose too.", "Profits rose at Acme. | Its shares (up 5%) rose too.")]
    [InlineData("It was Tuesday.Mr. Smith left.", "It was Tuesday. | Mr. Smith left.")]
    [InlineData("Why String.Empty is not faster. Math.Max is inlined.", "Why String.Empty is not faster. | Math.Max is inlined.")]
    [InlineData("Write Path.Combine here.", "Write Path.Combine here.")]
    [InlineData("Open settings.json.Then save it.", "Open settings.json. | Then save it.")]
    // After a dotted name in lower case the period goes on into a class's name; a site's name still ends a glued sentence.
    [InlineData("It throws java.lang.NullPointerException when I call it. Use torch.nn.Linear instead.", "It throws java.lang.NullPointerException when I call it. | Use torch.nn.Linear instead.")]
    [InlineData("See docs.python.org.The page is short.", "See docs.python.org. | The page is short.")]
    public void Split_QualifiedNames_KeepTheirPeriods(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Theory]
    // An e-mail reply's attribution is a line of its own, quoted or not, in each language that has the data.
    [InlineData("en", "> On Tue, Dec 1, 2026 at 10:02 AM, Priya Raman <priya@example.com> wrote:\n> After the upgrade, the build fails in three projects.\n> Has anyone seen this?",
        "On Tue, Dec 1, 2026 at 10:02 AM, Priya Raman <priya@example.com> wrote: | After the upgrade, the build fails in three projects. | Has anyone seen this?")]
    [InlineData("en", "On Dec 1, 2026, at 10:02, Priya Raman wrote:\nAfter the upgrade, the build fails in three projects.",
        "On Dec 1, 2026, at 10:02, Priya Raman wrote: | After the upgrade, the build fails in three projects.")]
    [InlineData("de", "> Am 01.12.2026 um 10:02 schrieb Tom Becker <tom@example.com>:\n> Der Fehler kommt aus der neuen Analyse des Compilers.",
        "Am 01.12.2026 um 10:02 schrieb Tom Becker <tom@example.com>: | Der Fehler kommt aus der neuen Analyse des Compilers.")]
    [InlineData("fr", "> Le mar. 1 déc. 2026 à 10:02, Tom Becker a écrit :\n> L'erreur vient de la nouvelle analyse du compilateur.",
        "Le mar. 1 déc. 2026 à 10:02, Tom Becker a écrit : | L'erreur vient de la nouvelle analyse du compilateur.")]
    // Without a date, or with more than a name after the verb, a line that ends in a colon goes on as before.
    [InlineData("en", "In a long letter to the board of the company, the minister finally wrote:\nWe will not sign the agreement.",
        "In a long letter to the board of the company, the minister finally wrote: We will not sign the agreement.")]
    [InlineData("en", "In 2019 the minister wrote to the board of the company and in the end added:\nWe will not sign the agreement.",
        "In 2019 the minister wrote to the board of the company and in the end added: We will not sign the agreement.")]
    public void Split_ReplyAttribution_IsALineOfItsOwn(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    // A chat without stamps: each speaker's turn is a line, and a turn of four words or more is prose without its period.
    [InlineData("Amanda: Don't be shy, he's very nice\nHannah: If you say so.", "Sentence Sentence")]
    [InlineData("Amanda: He called her last time we were at the park together\nHannah: Ok", "Sentence Heading")]
    [InlineData("Amanda: Lemme check\nAmanda: Ask Larry", "Heading Heading")]
    // Speakers who speak again are a dialogue however many; four labels and more that never come back are a spec
    // sheet's fields, however long.
    [InlineData("Amanda: Are you coming to the park later today\nHannah: Only if the rain stops before noon\nAmanda: It should stop around eleven\nHannah: Then I will bring the kids along", "Sentence Sentence Sentence Sentence")]
    [InlineData("Codecs: SBC, AAC, aptX Adaptive, LDAC\nWeight: 254 g\nInputs: USB-C (charging and USB audio), 3.5 mm jack\nIn the box: headphones, hard-shell case, USB-C cable (1.2 m), 3.5 mm audio cable (1.2 m), airplane adapter, quick start guide", "Heading Heading Heading Heading")]
    // A labelled line alone (no speaker's line next to it), a numbered part, a title in title case and a message's
    // subject stay headings.
    [InlineData("Note: the office is closed on Monday", "Heading")]
    [InlineData("Interview: the city's new transport chief on buses and bikes\n\nQ: Why did you take the job?", "Heading Sentence")]
    [InlineData("Part 2: How the city rebuilt its harbour\n\nThe harbour burned in 1850.", "Heading Sentence")]
    [InlineData("Breaking: Storm Hits the Northern Coast\n\nThe storm came at night.", "Heading Sentence")]
    [InlineData("From: Priya Raman\nSubject: Build fails after the upgrade\n\nThe build fails.", "Heading Heading Sentence")]
    // A store's rating fields with the count they rest on, as with a bare count.
    [InlineData("All Ratings: Mostly Favourable (3,210 ratings)\nLast Month: Very Favourable (84 votes)\n\nThe game is fun.", "Heading Heading Sentence")]
    [InlineData("TO: Hiring Committee\nFROM: Legal Department\nRE: Enforceability of the non-compete clause in the employment agreement\n\nThe clause is void in California.", "Heading Heading Heading Sentence")]
    // A field whose value ends with an abbreviation's period is a heading too; one that ends a sentence is not.
    [InlineData("Minutes of the Library Board\nDate: Oct. 8, 2024, 7 p.m.\nLocation: Community Room\n\nThe meeting was called to order.", "Heading Heading Heading Sentence")]
    // Every field of a message's header is a heading, however many names it lists, in the language's labels too.
    [InlineData("From: Priya Raman <priya@example.com>\nTo: Build Team <build@example.com>, Release Managers <release@example.com>\nDate: Mon, 3 Jun 2024 10:02\nSubject: Build fails after the upgrade\n\nThe nightly build has failed since Friday.", "Heading Heading Heading Heading Sentence")]
    // A speaker numbered by a transcript or a diarizer ("Speaker 2", "SPEAKER_01") speaks again; a numbered part does not.
    [InlineData("Speaker 1: So the budget is tight this year\nSpeaker 2: Tax revenue fell by eight percent\nSpeaker 1: And what gets cut first\nSpeaker 2: Road repairs and library hours", "Sentence Sentence Sentence Sentence")]
    [InlineData("SPEAKER_00: Welcome back to the show.\nSPEAKER_01: The budget is tight because tax revenue fell\nSPEAKER_00: How much did it fall\nSPEAKER_01: About eight percent.", "Sentence Sentence Sentence Sentence")]
    [InlineData("Part 1: How the city lost its harbour\nPart 2: How the city rebuilt its harbour\n\nThe harbour burned in 1850.", "Heading Heading Sentence")]
    // A wrapped line that does not open with a speaker goes on onto one that seems to.
    [InlineData("The minister gave a long statement to the\nReuters: news agency on Monday. It was brief.", "Sentence Sentence")]
    public void Split_SpeakerTurns_AreLinesAndProse(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A record of a hearing or a parliament names each speaker by a title and the surname in capitals before a period:
    // the label opens the turn, as "Name: " does.
    [InlineData("en", "Chairman OKAFOR. Good afternoon. We will hear first from the port.\nMs. LINDQVIST-BARR. Thank you, Mr. Chairman.\nThe CHAIRMAN. Please go on.",
        "Chairman OKAFOR. Good afternoon. | We will hear first from the port. | Ms. LINDQVIST-BARR. Thank you, Mr. Chairman. | The CHAIRMAN. Please go on.")]
    // The shape alone, on a line with no such label near it, is a headline's ("Visit NASA."), and its period ends it.
    [InlineData("en", "Visit NASA. The agency opens its doors on Saturday.", "Visit NASA. | The agency opens its doors on Saturday.")]
    public void Split_RecordsSpeakerLabel_OpensTheTurn(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    // A message's header in the language's labels, as a mail client writes it.
    [InlineData("de", "Von: Priya Raman <priya@example.com>\nAn: Build Team <build@example.com>, Release Managers <release@example.com>\nGesendet: Montag, 3. Juni 2024 10:02\nBetreff: Der Build schlägt fehl\n\nDer nächtliche Build schlägt seit Freitag fehl, weil der Linker die neue Bibliothek nicht findet.")]
    [InlineData("fr", "De : Priya Raman <priya@example.com>\nÀ : Équipe de build <build@example.com>, Responsables des versions <release@example.com>\nObjet : Le build échoue\n\nLe build de nuit échoue depuis vendredi, car l'éditeur de liens ne trouve pas la nouvelle bibliothèque.")]
    [InlineData("es", "De: Priya Raman <priya@example.com>\nPara: Equipo de build <build@example.com>, Responsables de versiones <release@example.com>\nAsunto: El build falla\n\nEl build nocturno falla desde el viernes, porque el enlazador no encuentra la nueva biblioteca.")]
    public void Split_MessageHeaderInTheLanguagesLabels_IsHeadings(string language, string text)
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.ForLanguage(language).Split(text);
        Assert.All(spans.Take(spans.Count - 1), span => Assert.Equal(SentenceKind.Heading, span.Kind));
        Assert.Equal(SentenceKind.Sentence, spans[^1].Kind);
    }

    [Theory]
    // A list's lead-in wrapped onto a line in lower case that a colon ends is one sentence, before a blank line, a list
    // item, an indented block or the end of the text; a short line over a lower-case lead-in stays a heading.
    [InlineData("The board approved the plans for both the north quay\nand the south quay:\n\n* the first item is here\n* the second item", "Sentence ListItem ListItem")]
    [InlineData("The board approved the plans for both the north quay\nand the south quay:\n- the first item is here\n- the second item", "Sentence ListItem ListItem")]
    [InlineData("The following options are\nsupported by the\ncommand:\n\n    --verbose  prints more", "Sentence Heading")]
    [InlineData("These values can be set for both ``aws s3``\nand ``aws s3api``:", "Sentence")]
    [InlineData("Setup guide\nrun the following steps:\n\n- Open the file.", "Heading Sentence ListItem")]
    // Without the colon the lines stay apart, as a block of lines without final punctuation is a list of headings,
    // unless the next opens with a preposition or a conjunction that goes on the phrase.
    [InlineData("The board approved the plans for both the north quay\nthen the south quay\n\n* the first item", "Heading Sentence ListItem")]
    [InlineData("The board approved the plans for both the north quay\nand the south quay\n\n* the first item", "Sentence ListItem")]
    public void Split_WrappedLeadIn_IsOneSentence(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);


    [Theory]
    // A page's running head, opening and closing with the same word set apart by column gaps, is a heading in lower
    // case too; a line that repeats a word without the gaps is prose.
    [InlineData("tidy-up(1)\t\t   File Utilities\t\t   tidy-up(1)\n\nNAME\n       tidy-up - clean a file up\n\n1.0                   2024-05-01                   tidy-up(1)", "Heading Heading Sentence Heading")]
    [InlineData("tidy-up(1)      File Utilities      tidy-up(1)\n\nThe tool cleans files up.", "Heading Sentence")]
    [InlineData("again and then again and again\n\nThe tool cleans files up.", "Sentence Sentence")]
    public void Split_RunningHead_IsHeading(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A line of labelled fields parted by commas is a heading however long it is; two fields, or a field of prose, are not.
    [InlineData("File: grep.info,  Node: Character Classes and Bracket Expressions,  Next: Special Backslash Expressions,  Prev: Fundamental Structure,  Up: Regular Expressions\n\n3.2 Character classes are written in brackets.", "Heading Sentence")]
    [InlineData("Venue: Town Hall, Date: Monday 3 June, Time: 7 pm\n\nThe council meets to vote on the budget.", "Heading Sentence")]
    [InlineData("Note: the council met on Monday, and residents said the plan would cost too much money for the town to afford\n\nThe vote is on Friday.", "Sentence Sentence")]
    public void Split_LineOfLabelledFields_IsAHeading(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // Paths and names of code one a line are a listing, each line its own, not wrapped prose; a path or a bracketed
    // address inside a wrapped sentence goes on with it.
    [InlineData("There are additional files you might want:\n\n        lib/Your/Other/Module.pm\n        t/some_test.t\n        t/some_other_test.t\n        MANIFEST.SKIP\n",
        "There are additional files you might want: | lib/Your/Other/Module.pm | t/some_test.t | t/some_other_test.t | MANIFEST.SKIP")]
    [InlineData("The functions are:\n  gnutls_certificate_set_key_file\n  gnutls_certificate_set_key_mem\n",
        "The functions are: | gnutls_certificate_set_key_file | gnutls_certificate_set_key_mem")]
    [InlineData("This leads to long names like\n  libboost_serialization-mt-1_34_1.so.1.34.1\n  [http://www.boost.org/more/getting_started.html#naming]\n  that are hard to discover.",
        "This leads to long names like\n  libboost_serialization-mt-1_34_1.so.1.34.1\n  [http://www.boost.org/more/getting_started.html#naming]\n  that are hard to discover.")]
    [InlineData("The settings are read from\n/etc/app/settings.conf\nwhen the service starts.", "The settings are read from\n/etc/app/settings.conf\nwhen the service starts.")]
    public void Split_ListingOfPaths_IsOneLineEach(string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", SentenceSplitter.Default.Split(text).Select(span => span.Slice(text).ToString())));

    [Theory]
    // A period quoted on its own names the character, as manuals and changelogs do, and ends nothing before lower case;
    // a quotation that ends in a period ends its sentence before a capital as before.
    [InlineData("Type a single period ('.') on a line to end the input. Then save.", "Type a single period ('.') on a line to end the input. | Then save.")]
    [InlineData("Seconds may be followed by \u2018.\u2019 or \u2018,\u2019 and a fraction.", "Seconds may be followed by \u2018.\u2019 or \u2018,\u2019 and a fraction.")]
    [InlineData("Names that start with \".\" are always listed first. Others follow.", "Names that start with \".\" are always listed first. | Others follow.")]
    [InlineData("In order to match the filenames ``.'' and ``..'', the pattern must begin with a dot.", "In order to match the filenames ``.'' and ``..'', the pattern must begin with a dot.")]
    [InlineData("The sign read \"Closed.\" We went home.", "The sign read \"Closed.\" | We went home.")]
    public void Split_QuotedPeriod_IsTheCharacterNamed(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Theory]
    // A lower-case letter after "a" that opens a line with a parenthesis is a word of the sentence wrapped onto it when
    // the line before leaves the sentence open; a list of letters opens with "a)" or goes on from an item.
    [InlineData("Erase the line with CONTROL-u (hold the CONTROL key and type\nu) to start again. Then go on.", "Erase the line with CONTROL-u (hold the CONTROL key and type u) to start again. | Then go on.")]
    [InlineData("The steps are\na) open the file\nb) read the file", "The steps are | a) open the file | b) read the file")]
    [InlineData("Do these first:\nb) read the file\nc) close the file", "Do these first: | b) read the file | c) close the file")]
    // A spaced abbreviation after a comma or a word, and an enumeration's next item in brackets after a comma or an open
    // word, its item before in the sentence, are the sentence's wrapped words.
    [InlineData("Several causes were proposed for the decline in pollinators,\ne. g. habitat loss and pesticides. Most studies focused on bees.",
        "Several causes were proposed for the decline in pollinators, e. g. habitat loss and pesticides. | Most studies focused on bees.")]
    [InlineData("We asked (i) whether moth visits decline under LED light, (ii) whether day visits rise, and\n(iii) whether seed set changes. It did.",
        "We asked (i) whether moth visits decline under LED light, (ii) whether day visits rise, and (iii) whether seed set changes. | It did.")]
    [InlineData("Our aims were:\n(i) to measure the gain over a year, and\n(ii) to assess the coating.", "Our aims were: | (i) to measure the gain over a year, and | (ii) to assess the coating.")]
    [InlineData("We need three things,\n(ii) a key\n(iii) a door", "We need three things, | (ii) a key | (iii) a door")]
    public void Split_LetterOpeningAWrappedLine_IsAWordUnlessAListGoesOn(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Theory]
    // A thread's posts copied one a line, numbered at the line's end or start, are each a segment; a date that closes a
    // line, with no post numbered after it, goes on as wrapped prose.
    [InlineData("The first plan was a rewrite. We got 5 months in and scrapped it 2/7\nWhat worked instead: we ran both systems 3/7\nShadow mode found 1,312 mismatches. Most were ours 4/7",
        "The first plan was a rewrite. | We got 5 months in and scrapped it 2/7 | What worked instead: we ran both systems 3/7 | Shadow mode found 1,312 mismatches. | Most were ours 4/7")]
    [InlineData("2/ The first plan was a big-bang rewrite, and we scrapped it\n3/ What worked instead was running both systems",
        "2/ The first plan was a big-bang rewrite, and we scrapped it | 3/ What worked instead was running both systems")]
    [InlineData("The first plan failed (1/3)\nThe second plan worked (2/3)\nThat is all (3/3)", "The first plan failed (1/3) | The second plan worked (2/3) | That is all (3/3)")]
    [InlineData("The meeting moved to 3/7\nbecause the hall was booked. It was fine.", "The meeting moved to 3/7 because the hall was booked. | It was fine.")]
    public void Split_ThreadCounters_EndPosts(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Theory]
    [InlineData("Ein zentrales Element vieler Konzepte ist die Hausaufgabenbetreuung,\nd. h. eine feste Zeit in der Schule. Sie wird i. d. R. betreut.",
        "Ein zentrales Element vieler Konzepte ist die Hausaufgabenbetreuung, d. h. eine feste Zeit in der Schule. | Sie wird i. d. R. betreut.")]
    [InlineData("Die Betreuung wird von verschiedenen Personen durchgeführt,\nu. a. von Erzieherinnen. Das ist umstritten.",
        "Die Betreuung wird von verschiedenen Personen durchgeführt, u. a. von Erzieherinnen. | Das ist umstritten.")]
    public void Split_SpacedAbbreviationOpeningAWrappedLine_GoesOnInGerman(string text, string expected) =>
        AssertSplit("de", text, expected);

    [Theory]
    // A number that opens a line after a word it labels at the line before's end ("section", "Chapter", "table") is the
    // sentence's, wrapped onto the line; a list opens with "1.", or after a short line or a lead-in's colon.
    [InlineData("b) The kettle must carry a notice that it is covered by the terms added under section\n7. This requirement adds to section 4.",
        "b) The kettle must carry a notice that it is covered by the terms added under section 7. | This requirement adds to section 4.")]
    [InlineData("The figures for the northern harbour are set out in Table\n3) and compared with those of the year before.",
        "The figures for the northern harbour are set out in Table 3) and compared with those of the year before.")]
    [InlineData("The steps for this section\n1. Open the file.\n2. Read the file.", "The steps for this section | 1. Open the file. | 2. Read the file.")]
    [InlineData("Do these in this section:\n2. Read the file.\n3. Close it.", "Do these in this section: | 2. Read the file. | 3. Close it.")]
    [InlineData("Section\n2. Read the file.", "Section | 2. Read the file.")]
    public void Split_NumberOpeningAWrappedLine_IsTheLabelsUnlessAListOpens(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Theory]
    // A lead-in wrapped onto a line in lower case before an example indented under it, on the next line or after a
    // blank line, as manuals write them, is one sentence: with its colon, and without one after a line of prose's
    // length; the first line may be indented as a paragraph's, and a list item's lead-in is indented to the item's text.
    // An example that reads as code, four columns deeper than a lead-in with its colon, is no segment.
    [InlineData("If you want to create a key with the default algorithms you would use\nthese parameters:\n     Key-Type: default\n     Key-Length: 3072",
        "If you want to create a key with the default algorithms you would use\nthese parameters: | Key-Type: default | Key-Length: 3072")]
    [InlineData("   On a typical Unix system, this program can be compiled and linked\nwith the command line\n     gcc sha-example.c -o sha-example\n\nIt prints the digest.",
        "On a typical Unix system, this program can be compiled and linked\nwith the command line | gcc sha-example.c -o sha-example | It prints the digest.")]
    [InlineData("- By default, the library files are installed in the lib folder.\n  If make builds 64-bit libraries on your system, and your target\n  architecture expects them in a library named lib64, then you should\n  use the LIBDIR variable when installing, as follows:\n        $ make LIBDIR=/opt/lib64 install",
        "- By default, the library files are installed in the lib folder. | If make builds 64-bit libraries on your system, and your target\n  architecture expects them in a library named lib64, then you should\n  use the LIBDIR variable when installing, as follows:")]
    [InlineData("    Alternatively, if you have the gunzip program available, you can use\n    this to read compressed files\n\n        open F, \"gunzip -c $filename |\";\n\n    It works.",
        "Alternatively, if you have the gunzip program available, you can use\n    this to read compressed files | It works.")]
    // Not a lead-in: a line indented deeper than the one before it is part of an example, a line far to the left of
    // the one before it is a term under its description, a line of columns is a table's row, and lines without final
    // punctuation whose next lines are indented by less than an example's four columns are items of a list.
    [InlineData("Traceback:\n    File \"<stdin>\", line 1 of the input that was given\n      def f:\n           ^",
        "Traceback: | File \"<stdin>\", line 1 of the input that was given | def f: | ^")]
    [InlineData("   setpgid, getpgid:\n              Get and set the process group of the calling process\n   setsid  :\n              Create a new session",
        "setpgid, getpgid: | Get and set the process group of the calling process | setsid  : | Create a new session")]
    [InlineData("  ltmain.sh               file used to build a libtool script\n  missing                 ) common stub for a few missing GNU programs while\n                          )   installing, generated by automake",
        "ltmain.sh               file used to build a libtool script | missing                 ) common stub for a few missing GNU programs while | )   installing, generated by automake")]
    [InlineData("    output is now line buffered, provided that setvbuf() is available\n    fixed known bugs in the q and Q commands and the f option,\n      and documentation",
        "output is now line buffered, provided that setvbuf() is available | fixed known bugs in the q and Q commands and the f option,\n      and documentation")]
    public void Split_WrappedLeadIn_BeforeAnIndentedExample_IsOneSentence(string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", SentenceSplitter.Default.Split(text).Select(span => span.Slice(text).ToString())));

    [Theory]
    // In a list without final punctuation a line that leaves its phrase open (after "i.e.", "e.g.", a comma, "and")
    // goes on onto a line in lower case; a line that closes its phrase stays apart, as a heading over a lower-case line.
    [InlineData("* Runs before the package is packed, i.e.\nduring the publish step\n* Runs on a local install without arguments", "ListItem ListItem")]
    [InlineData("* Runs before the package is packed, e.g.\nduring the publish step\n* Runs on a local install without arguments", "ListItem ListItem")]
    [InlineData("* Runs before the package is packed,\nduring the publish step\n* Runs on a local install without arguments", "ListItem ListItem")]
    [InlineData("* Runs before the package is packed and\nduring the publish step\n* Runs on a local install without arguments", "ListItem ListItem")]
    [InlineData("* Path to a parent directory (selects all\nthe workspaces in that folder)\n* Workspace names", "ListItem ListItem")]
    [InlineData("* Path to a parent directory that selects all\n  the workspaces in that folder\n* Workspace names", "ListItem ListItem")]
    [InlineData("Release checklist\nduring the publish step\n* Runs on a local install without arguments", "Heading Sentence ListItem")]
    // An item's line of a wrapped item's length goes on onto a line in lower case no deeper than its marker, as plain
    // text and Markdown's lazy lines wrap an item; a short item's line does not, nor onto a line indented deeper.
    [InlineData("- Format paragraph now recognizes Python block comments and reformats\nthem correctly (MH)\n- Comment out region", "ListItem ListItem")]
    [InlineData("- New version of the class browser parses top-level functions and understands\nmuch more of the syntax; this is reflected in the class and path\nbrowsers (TP)\n\nDone.", "ListItem Sentence")]
    [InlineData("- Format paragraph\nthem correctly\n- Comment out region", "ListItem Heading ListItem")]
    [InlineData("- Set the variable to the path of the interpreter that you want the tool to use\n        export TOOL_PYTHON=/usr/bin/python3\n- Run it", "ListItem Heading ListItem")]
    // A sentence that starts late in a line of wrapped prose goes on, without its period, onto the paragraph's last line.
    [InlineData("This token is used only to sign in to the public registry. For other\nregistries you will need to scope it", "Sentence Sentence")]
    [InlineData("The port handled more cargo than ever before in the previous year. Container\nTraffic rose by ten percent in the first half of the year.", "Sentence Sentence")]
    // A line longer than wrapped prose's goes on too when its last sentence alone is as long as a wrapped line.
    [InlineData("Before using the tool, you also have to install its dependency, the parser. See the parser install guide\n<https://parser.example/download/>`_ for details.", "Sentence Sentence")]
    // Lines that each open with a record's number ("360519 ...") are records of their own, however long.
    [InlineData("Bugs fixed in this release. The list follows.\n360519 Tests of memory might fail with a newer compiler\n360571 Error about the runtime reading below the stack pointer\n360574 Wrong parameter type for an ioctl call", "Sentence Sentence Heading Heading Heading")]
    // A title at a line's end goes on onto the name; a late sentence in a full line goes on past a title-case end or
    // onto a label-like line; a paragraph that a colon or a dash ends goes on as one that a period ends.
    [InlineData("After listening one morning to their talk on this subject, Mr.\nBennet coolly observed:\n\n\"You must be two of the silliest girls.\"", "Sentence Sentence")]
    [InlineData("The day passed much as the day before had done. Mrs. Hurst and Miss\nBingley had spent some hours of the morning with the invalid.", "Sentence Sentence")]
    [InlineData("The family moved to the coast in the spring. They lived beyond\ntheir income, but still it was nothing in comparison of\nHartley: she did not cease to love her husband, but she wanted\nmore than he could give.", "Sentence Sentence")]
    [InlineData("The harbour master smiled at the question, for he had been thinking of the ferry and\nRotterdam, and he answered slowly:\n\n\"It is done.\"", "Sentence Sentence")]
    [InlineData("\"It may be so; but the captain is capable, at least I think,\" he said to\nCaptain Brandon; then added in a voice that doubted itself, \"And your sister--\"", "Sentence")]
    // A short label line under a line that does not read as wrapped prose stays a line of its own.
    [InlineData("Please fill in the form.\nName: Jordan Ellis\nEmail: jordan@example.com", "Sentence Heading Heading")]
    // A word broken at a line's end with the Unicode hyphen (a man page's) or a soft hyphen goes on, whatever its case.
    [InlineData("We call it Sensi\u2010\nData today.", "Sentence")]
    [InlineData("We call it Sensi\u00AD\nData today.", "Sentence")]
    // An address that closes a line after a sentence stays apart from a capitalized line under it.
    [InlineData("Printed by the Harbour Board of Rotterdam, Inc. <https://harbour.example/>\nEveryone may copy this notice,\nbut changing it is not allowed.", "Sentence Sentence Sentence")]
    // An item of a legal list, which a semicolon and a conjunction end, goes on onto a capitalized line.
    [InlineData("a) Requiring preservation of specified reasonable legal notices or\n   author attributions in that material or in the Appropriate Legal\n   Notices displayed by works containing it; or\n\nb) Limiting the use of names.", "ListItem ListItem")]
    public void Split_LineLeavingItsSentenceOpen_GoesOnOntoTheNext(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A line in title case of wrapped length goes on onto a line that opens with its sentence's last word and the
    // terminator; a heading over text that opens with a sentence of its own stays a heading.
    [InlineData("Intro.\n\nIDLE is Python's Integrated Development and Learning\nEnvironment.  The user documentation is part of the Library Reference.",
        "Intro. | IDLE is Python's Integrated Development and Learning Environment. | The user documentation is part of the Library Reference.")]
    [InlineData("Getting Started With The Harbour Toolkit\nInstall it first. Then run it.", "Getting Started With The Harbour Toolkit | Install it first. | Then run it.")]
    [InlineData("Release Notes\nFixed. The crash is gone.", "Release Notes | Fixed. | The crash is gone.")]
    public void Split_TitleCaseLineOverItsSentencesEnd_GoesOn(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Theory]
    // A line in title case that a sentence of prose goes on to from the line before goes on itself; under a line in
    // capitals alone (no word in lower case) it stays a heading.
    [InlineData("d. You may freely download and make copies of the Harbour\u00AE Standard\n   Core Specification, Harbour Technical Reports, Harbour Technical\n   Notes, and other portions of this website.",
        "ListItem")]
    [InlineData("HARBOUR TOOLKIT\nUser Guide And Technical Reference\nThe toolkit plans routes.", "Heading Heading Sentence")]
    public void Split_TitleCaseLineThatProseGoesOnTo_GoesOn(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A line of wrapped length that ends on a word goes on onto a line that opens with a preposition or a conjunction in
    // lower case, and a line that leaves a square bracket open onto a line in lower case; not a stack trace's frames
    // nor a statement of code.
    [InlineData("#45065: find incorrectly prints a leading zero on the fractional part\n        of ctime timestamps\n\nDone.", "Sentence Sentence")]
    [InlineData("    [Large parts of this entry are quoted from a comment by the maintainer in\n    bug #14619]\n\nDone.", "Sentence Sentence")]
    [InlineData("Error: Access to this API has been restricted for the worker\nat node:internal/main/run_main_module:23:47 {\nat increaseSynergy (/home/actors.js:701:6)",
        "Heading Heading Heading")]
    [InlineData("// Start workers and listen for messages containing the request\nfor (let i = 0; i < count; i++) {", "Heading Sentence")]
    // So does one that ends with a preposition, onto an address; not a comment onto a statement.
    [InlineData("The latest test release (if any) is available at\nftp://alpha.example.org/gnu/findutils\n\nDone.", "Sentence Sentence")]
    [InlineData("// Make sure the certificate is issued to the host we are connected to\nconst err = checkServerIdentity(host, cert);", "Heading Sentence")]
    // A lead-in wrapped onto a line in lower case that a colon ends goes on before an address alone on its line.
    [InlineData("For general documentation on the coding and usage standards\nthis distribution follows, see the Coding Standards at:\nhttps://www.example.org/standards/",
        "Sentence Heading")]
    public void Split_LineOntoAPhrasesRest_GoesOn(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A Debian changelog's entry line is a heading; a line that only looks like one is not.
    [InlineData("bash (5.2.15-2) unstable; urgency=medium\n\n  * Remove one more pdf file without source.\n\n -- Matthias Klose <doko@debian.org>  Mon, 02 Jan 2023 13:06:21 +0100",
        "Heading ListItem Heading")]
    [InlineData("kettle (1.0~rc1-2) unstable experimental; urgency=low\n\n  * First upload.", "Heading ListItem")]
    [InlineData("kettle (the blue one) is ready; urgency is low, the tea is not.", "Sentence")]
    public void Split_ChangelogEntryLine_IsAHeading(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A news page's time stamp on a line of its own is a heading, and the headline above it does not go on onto it.
    [InlineData("Storms knock out power across the Southeast\nPublished Sept. 3, 2025 at 9:02 a.m.\n\nSevere storms swept across Georgia on Tuesday.",
        "Storms knock out power across the Southeast | Published Sept. 3, 2025 at 9:02 a.m. | Severe storms swept across Georgia on Tuesday.", "Heading Heading Sentence")]
    [InlineData("By Jennifer Alvarez\nUpdated Oct. 14, 2025, 3:42 p.m. ET\n\nSevere storms swept across Georgia on Tuesday.",
        "By Jennifer Alvarez | Updated Oct. 14, 2025, 3:42 p.m. ET | Severe storms swept across Georgia on Tuesday.", "Heading Heading Sentence")]
    [InlineData("July 2, 2025, 2:05 p.m.\n\nDate: Oct. 9, 2025, 7:00\u20138:45 p.m.\n\n입력 2025.10.13. 오후 3:21\n\nThe board met.",
        "July 2, 2025, 2:05 p.m. | Date: Oct. 9, 2025, 7:00\u20138:45 p.m. | 입력 2025.10.13. 오후 3:21 | The board met.", "Heading Heading Heading Sentence")]
    // A sentence with a clock time is no time stamp, nor is a date without one, nor a chat's message after its time.
    [InlineData("03/12/2024, 09:12 - Tom: ok\n03/12/2024, 09:13 - Maria: Did you book the table?",
        "03/12/2024, 09:12 - Tom: ok | 03/12/2024, 09:13 - Maria: Did you book the table?", "Sentence Sentence")]
    [InlineData("Doors open at 7:30 p.m.\n\nThe meeting starts 9:00 a.m. sharp.\n\nPublished Sept. 3, 2025.",
        "Doors open at 7:30 p.m. | The meeting starts 9:00 a.m. sharp. | Published Sept. 3, 2025.", "Sentence Sentence Sentence")]
    public void Split_TimeStampLine_IsAHeading(string text, string expected, string kinds) =>
        AssertSplitAndKinds(text, expected, kinds);

    [Theory]
    // A contract's recital, which a semicolon and a conjunction end, is a clause of a list, not a heading; so is a
    // short one. A short line without them stays a heading.
    [InlineData("RECITALS\n\nWHEREAS, Client operates a fleet of cargo vessels and wishes to obtain route planning services; and\n\nWHEREAS, Provider plans routes;\n\nNOW, THEREFORE, the parties agree as follows:",
        "Heading Sentence Sentence Sentence")]
    [InlineData("Definitions\n\nthe kettle and its lid; or\n\nthe kettle alone.", "Heading Sentence Sentence")]
    [InlineData("Kettles and lids\n\nThe kettle is ready.", "Heading Sentence")]
    public void Split_ClauseOfALegalList_IsNoHeading(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A list item that explains a mark opens with it, and the mark ends nothing: the item is one segment.
    [InlineData("- ? matches any character except a slash.\n- ! before a pattern negates it.", "ListItem ListItem")]
    [InlineData("\u2022 ? matches any character except a slash.\n\n\u2022 ! before a pattern negates it.", "ListItem ListItem")]
    // After a word the mark ends the item's sentence as before.
    [InlineData("- Is it done? It is.", "ListItem Sentence")]
    public void Split_ListItemOpeningWithAMark_IsOneSegment(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A field of a reStructuredText field list, or a release note's emoji code, at the start of a line is a list item:
    // a document's metadata (":description: ...") is no sentence of it. A colon elsewhere, or a smiley, is prose.
    [InlineData(":title: Harbour works\n:related command: s3 cp, s3 sync\n\nThe board approved the plans.", "ListItem ListItem Sentence")]
    [InlineData(":param path: The file to read.\n:returns: The text of the file.", "ListItem ListItem")]
    [InlineData(":bug: Fix the crash when the harbour map is empty\n:sparkles: Add the tide tables", "ListItem ListItem")]
    [InlineData("Meeting at 10:30: bring the plans.\n:) that was a long meeting for all of us", "Sentence Sentence")]
    [InlineData(": an empty field name: is prose", "Sentence")]
    public void Split_FieldListLine_IsAListItem(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A chat client's log: the header over each message ("Carol Diaz  9:15 AM", Slack's; "carol — Today at 9:15 AM",
    // Discord's; "[9:15 AM] Carol Diaz", Teams') is a heading of its own, and each line under it a message, never
    // joined to the next nor read as a heading.
    [InlineData("Alice Smith  9:12 AM\nWe need sign-off from QA first\nCarol Diaz  9:15 AM\nI found a regression in the login flow, ticket OPS-4412\nUsers with SSO can't log in after the session expires",
        "Heading Sentence Heading Sentence Sentence")]
    [InlineData("alice — Today at 9:12 AM\nis the deploy still on for today?\ncarol — Today at 9:15 AM\ni found a regression in the login flow\nusers with SSO can't log in after it expires",
        "Heading Sentence Heading Sentence Sentence")]
    [InlineData("[9:13 AM] Bob Jones\nYes, at two. We need sign-off from QA first\n[9:15 AM] Carol Diaz\nI found a regression in the login flow last night",
        "Heading Sentence Sentence Heading Sentence")]
    // A meeting's saved chat: the time, the sender and a colon over each message.
    [InlineData("10:32:15 From Alice Smith to Everyone:\n\tCan everyone see my screen?\n10:32:40 From Bob Jones to Everyone:\n\tYes, the budget slide is showing",
        "Heading Sentence Heading Sentence")]
    // One sender's headers ("Updated 10:45 AM" over a live blog's entries) make no conversation: wrapped lines are joined.
    [InlineData("Updated 10:45 AM\nThe storm made landfall near the coast this morning, and officials said\npower was out for about 40,000 homes.\n\nUpdated 11:20 AM\nCrews have begun clearing roads.",
        "Heading Sentence Heading Sentence")]
    // Nor do an agenda's lines, each a time with no message under it, wherever they stand: the wrapped lines are joined.
    [InlineData("The board proposes a dividend of EUR 0.86 per share, an increase of\n4% on the previous year.\n\nAnnual General Meeting, 14 May:\nDoors open  10:00\nMeeting starts  10:30",
        "Sentence Sentence Heading Heading")]
    [InlineData("Registration  9:00\nLunch  12:30\n\nPlease bring gloves. The council will provide tools,\ndrinks and sandwiches, and a first-aid volunteer will be on site\nall day.",
        "Heading Heading Sentence Sentence")]
    public void Split_ChatClientLog_HeadersAndMessagesAreLines(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // An official title's second line, in lower case under the title in capitals, says what the notice is about: a heading.
    [InlineData("es", "CONSULTA PÚBLICA PREVIA\nsobre el proyecto de Ordenanza municipal de la Zona de Bajas Emisiones\n\nEl Ayuntamiento abre la consulta hoy.", "Heading Heading Sentence")]
    [InlineData("fr", "ARRÊTÉ MUNICIPAL N° 2025-047\nportant réglementation temporaire de la circulation rue des Écoles\n\nLe Maire a pris cet arrêté hier.", "Heading Heading Sentence")]
    [InlineData("bg", "ЗАПОВЕД\nотносно временна организация на движението\n\nОбщината затваря улицата в понеделник.", "Heading Heading Sentence")]
    // Not a line in lower case that no preposition opens, nor one under a heading not in capitals.
    [InlineData("en", "UPDATE\nthe server is back up\n\nIt went down at noon.", "Heading Sentence Sentence")]
    // A title, a name or a headline whose last word is abbreviated, in the text's title block; not a sentence of the text.
    [InlineData("en", "OBITUARIES\n\nJohn Walsh, Ph.D.\nTeacher who founded a school for girls in rural Kenya\n\nHe died in Dublin at 93.\n\nHe moved to the U.S.", "Heading Heading Heading Sentence Sentence")]
    // A signature's name and degrees after commas, anywhere in the text; a sentence that ends with an abbreviation is none.
    [InlineData("en", "The trial starts in May.\n\nKind regards,\nMaria Chen, M.D., Ph.D.\nHead of Research", "Sentence Heading Heading Heading")]
    [InlineData("en", "The trial starts in May.\n\nTom Ray, MBA, C.P.A.\nFinance Lead", "Sentence Heading Heading")]
    [InlineData("en", "The trial starts in May.\n\nShe moved to Washington, D.C.\nIt was cold.", "Sentence Sentence Sentence")]
    [InlineData("de", "Protokoll der Mitgliederversammlung des TSV Grünwiesen e.V.\n\nDie Vorsitzende eröffnet die Versammlung um 19 Uhr.", "Heading Sentence")]
    public void Split_TitleLines_AreHeadings(string language, string text, string kinds) =>
        AssertKinds(SentenceSplitter.ForLanguage(language), text, kinds);

    [Theory]
    // A table of figures laid out in columns, as a report taken out of a PDF has one: each row a heading of its own line,
    // never joined to the next or to the prose around it.
    [InlineData("Customers grew again in 2023.\n\n                       2021      2022      2023\nCustomers (thousands)  1,842     1,861     1,879\nEmployees (FTE)        5,410     5,522     5,604\n\nThe grid stayed reliable.",
        "Sentence Heading Heading Heading Sentence")]
    [InlineData("Zona              2021     2022     2023\nCorredor Henares   27       26       23\nUrbana Sur         31       29       27", "Heading Heading Heading")]
    // Under a numbered caption in the same paragraph: the header row was joined to the caption, the other rows sentences.
    [InlineData("The port grew again in 2023.\n\nTable 2. Passengers by terminal, in thousands\nTerminal      2021     2022     2023\nEast           27       26       23\nWest           31       29       27\n\nThe board proposes a higher dividend.",
        "Sentence Sentence Sentence Heading Heading Heading Sentence")]
    [InlineData("Revenue\t1,204\t1,377\t+14%\nCosts\t980\t1,012\t+3%", "Heading Heading")]
    // Prose with two spaces after its periods, or a line with one figure, is no row.
    [InlineData("The plant opened in 2021.  It employs 40 people.  Output doubled in 2023.", "Sentence Sentence Sentence")]
    // The header over a row of figures, though an abbreviation's period ends it.
    [InlineData("Revenue grew strongly.\n\nKey figures (EUR m)      Q3 2025    Q3 2024    Chg.\nRevenue                   482.3      458.5      +5.2%\nEBITDA                     71.9       63.4     +13.4%\n\nThe outlook is confirmed.",
        "Sentence Heading Heading Heading Sentence")]
    // A table pasted as text with spaced pipes: each row a heading, its abbreviations no sentence's end; a line with one
    // pipe is no row.
    [InlineData("Die Dosis beträgt:\nKörpergewicht | Einzeldosis | max. Tagesdosis\nab 43 kg (ab 12 J. und Erwachsene) | 1–2 Tbl. | 8 Tbl.\n33–43 kg (Kinder 11–12 J.) | 1 Tbl. | 4 Tbl.\n\nNehmen Sie die Tabletten unzerkaut ein.",
        "Sentence Heading Heading Heading Sentence")]
    [InlineData("Division | T3 2025 | T3 2024 | Var. publiée\nSanté | 318 | 309 | +2,9 %\nTotal | 1 214 | 1 177 | +3,1 %", "Heading Heading Heading")]
    [InlineData("Tickets cost £12 | children go free. Doors open at seven.", "Sentence Sentence")]
    public void Split_TableOfFigures_RowsAreHeadingLines(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // An infobox copied out of a page, each row a label, a tab and a value: a heading of its own line, even when its value
    // has an abbreviation's period ("St. Aurel"), which joined the last two rows into a sentence.
    [InlineData("Lake Vellmar\nType\tGlacial lake\nMax. depth\t112 m (367 ft)\nSurface elevation\t1,204 m (3,950 ft)\nSettlements\tSt. Aurel, Vellbach\n\nLake Vellmar is a glacial lake in the Alps. It drains north.",
        "Heading Heading Heading Heading Heading Sentence Sentence")]
    // A tab inside a wrapped sentence, as a manual page rendered with tabs has one, is no row: a row needs another under
    // or over it, a capitalized label and a short value.
    [InlineData("If the definition your test is looking for\ndoesn't\tmatch (because of a bug), it may match further\naway from the use.",
        "Sentence")]
    [InlineData("Pass\tall arguments specified after the tool's options to the invocation\nof gcc.", "Sentence")]
    public void Split_LabelAndValueRows_AreHeadingLines(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A byline under a headline, however long, and a wire editor's note in brackets are lines of their own: the lead was
    // glued to them.
    [InlineData("City approves plan to rebuild aging water mains\nBy Rachel Kim and Tom Ortiz, Staff Writers\nThe City Council voted 9-2 on Wednesday to approve the plan.",
        "Heading Heading Sentence")]
    [InlineData("Oil prices fall as inventories rise\n(Adds analyst comment, updates prices)\nLONDON, June 4 (Reuters) - Oil prices fell on Tuesday.",
        "Heading Heading Sentence")]
    // A research corpus's byline with its fields set apart by " . ", cased or lower-cased, is one heading; "By" and the
    // name read as sentences.
    [InlineData("By . Anna Kerr . The ferry service to the islands will resume on Monday after repairs.", "Heading Sentence")]
    [InlineData("by . staff reporter . the ferry service to the islands will resume on monday after repairs .", "Heading Sentence")]
    // Wrapped prose that opens a line with "By" and a licence's disclaimer in capitals go on.
    [InlineData("The money was spent slowly at first.\nBy June, prices had risen sharply across the whole region\nand the council stopped buying.", "Sentence Sentence")]
    [InlineData("BY EXERCISING ANY RIGHTS TO THE WORK PROVIDED HERE, YOU ACCEPT AND AGREE\nTO BE BOUND BY THE TERMS OF THIS LICENSE.", "Sentence")]
    public void Split_BylineUnderHeadline_IsALineOfItsOwn(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A news page's label that a research corpus keeps inline is a heading of its own before the sentence it stood over,
    // which a call to action's label made a call to action whole.
    [InlineData("The ferry was late again on Monday. Advertisement Passengers waited two hours at the pier in the rain.", "Sentence Heading Sentence")]
    [InlineData("Media playback is unsupported on your device The striker scored twice before half-time.", "Heading Sentence")]
    [InlineData("Story highlights \"We will rebuild the pier,\" the mayor said on Monday.", "Heading Sentence")]
    // A live page's time stamp on its entry's line; a plain time or a number at a line's start is no stamp.
    [InlineData("Ferry strike live\n\n14:05 BST The ferry company has cancelled every crossing until Friday.", "Heading Heading Sentence")]
    [InlineData("Ferry strike live\n\n2.20pm: Crew members have gathered at the pier.", "Heading Heading Sentence")]
    [InlineData("Ferry strike live\n\nUpdated at 13:50 The union says talks will resume on Thursday.", "Heading Heading Sentence")]
    [InlineData("Ferry strike live\n\n11h40 - Les syndicats ont appelé à la grève.", "Heading Heading Sentence")]
    [InlineData("Ferry strike live\n\n3.5 Million passengers used the ferry last year.", "Heading Sentence")]
    // A bill's inserted text, each line opening with tokenized legal text's quote marks before its enumerator.
    [InlineData("Section 12 of the Act is amended by adding at the end the following:\n    ``(m) Reports.--The Secretary shall report on--\n        ``(1) the grants made; and\n        ``(2) the areas served.''.", "Sentence ListItem ListItem ListItem")]
    // Quote marks before a bracket that no enumerator follows open a quotation.
    [InlineData("The Act says:\n``(as amended) the Secretary shall report.''", "Sentence")]
    public void Split_ResearchCorpusMarkup_HasTheKindsOfItsParts(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A variable of one letter in lower case ends its sentence before a capitalized word.
    [InlineData("en", "The loss is weighted by \u03BB. Setting \u03BB = 0.3 gave the best results. Let the number of clusters be k. Increasing k did not help.", "The loss is weighted by \u03BB. | Setting \u03BB = 0.3 gave the best results. | Let the number of clusters be k. | Increasing k did not help.")]
    [InlineData("de", "Es geschah 500 v. Chr. Danach kam Rom.", "Es geschah 500 v. Chr. | Danach kam Rom.")]
    // Financial news writes the benchmark crude after the country's initials.
    [InlineData("en", "Brent fell 92 cents. U.S. West Texas Intermediate crude fell 88 cents. Prices rose in the U.S. New York was calm.", "Brent fell 92 cents. | U.S. West Texas Intermediate crude fell 88 cents. | Prices rose in the U.S. | New York was calm.")]
    public void Split_VariablesAndInitials_EndWhereTheyShould(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    // A quoted line starts at the quotation's margin, as an unquoted one starts at the page's: the rules for lines at
    // the margin (a short list item, a stamped record) hold inside a quotation as outside it.
    [InlineData("- Costs rose sharply in the third quarter\nWe recommend a review of the budget.", "- Costs rose sharply in the third quarter | We recommend a review of the budget.")]
    [InlineData("> - Costs rose sharply in the third quarter\n> We recommend a review of the budget.", "- Costs rose sharply in the third quarter | We recommend a review of the budget.")]
    [InlineData("> [10:33] alice: we should ship the release today\n> [10:34] bob: agreed, after the tests pass.", "[10:33] alice: we should ship the release today | [10:34] bob: agreed, after the tests pass.")]
    public void Split_EmailQuotation_QuotedLinesStartAtTheQuotationMargin(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Theory]
    // Institution words after an initialism that ends a sentence: a sentence that starts with one is no institution.
    [InlineData("Prices rose in the U.S. General Motors said its sales fell.", "Prices rose in the U.S. | General Motors said its sales fell.")]
    [InlineData("The ban applies in the U.S. Human rights groups objected to it.", "The ban applies in the U.S. | Human rights groups objected to it.")]
    [InlineData("He moved to the U.S. Security was tight at the airport.", "He moved to the U.S. | Security was tight at the airport.")]
    public void Split_InitialismAtSentenceEnd_BeforeACapitalizedInstitutionWordThatStartsASentence(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Theory]
    // A letterhead or contact block: an address line is no wrapped part of the line before it, and the periods
    // inside an e-mail address end nothing.
    [InlineData("Sam Reyes\n12 Mill Road\nDover, DE 19901\nsam.reyes@mail.example | (302) 555-0134\n\nDear Ms. Hale,\n\nI am writing about the opening.",
        "Sam Reyes | 12 Mill Road | Dover, DE 19901 | sam.reyes@mail.example | (302) 555-0134 | Dear Ms. Hale, | I am writing about the opening.")]
    [InlineData("Press contact:\nLee Park\nBrightfield Ltd.\n+44 20 5550 0199\npress@brightfield.example\n\nThe launch is on Monday.",
        "Press contact: | Lee Park | Brightfield Ltd. | +44 20 5550 0199 | press@brightfield.example | The launch is on Monday.")]
    [InlineData("Support: 0800 555 0123 (weekdays, 8 a.m. to 6 p.m.)\nwww.kettle.example\nMade in Portugal.",
        "Support: 0800 555 0123 (weekdays, 8 a.m. to 6 p.m.) | www.kettle.example | Made in Portugal.")]
    // A line that an address ends, or whose fields a spaced pipe or middle dot parts, goes on onto no line that opens with
    // a capital.
    [InlineData("For information: tel. 055 438 2211 (Mon.–Fri.); e-mail: grants@region.example\nThis call is published in the Official Bulletin no. 12.",
        "For information: tel. 055 438 2211 (Mon.–Fri.); e-mail: grants@region.example | This call is published in the Official Bulletin no. 12.")]
    [InlineData("Mãos Unidas · Rua de S. Bento, 112, Lisboa · Tel. 21 345 67 89\nSe não pretender receber mais comunicações, clique aqui.",
        "Mãos Unidas · Rua de S. Bento, 112, Lisboa · Tel. 21 345 67 89 | Se não pretender receber mais comunicações, clique aqui.")]
    // Prose wrapped before an address stays one sentence: the line before ends in a lower-case word, or the address
    // ends the sentence with its period.
    [InlineData("If the kettle leaks, please write to our service team at\nservice@kettle.example\nand we will replace it.",
        "If the kettle leaks, please write to our service team at\nservice@kettle.example\nand we will replace it.")]
    [InlineData("The full report and its tables are published on the website\nwww.kettle.example/report.\nIt runs to forty pages.",
        "The full report and its tables are published on the website\nwww.kettle.example/report. | It runs to forty pages.")]
    public void Split_ContactBlock_AddressLinesStandAlone(string text, string expected)
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
        Assert.Equal(expected, string.Join(" | ", spans.Select(span => span.Slice(text).ToString())));
    }

    [Theory]
    // A line that opens with an address in lower case is no unpunctuated prose: a letterhead's lines are all headings.
    [InlineData("Sam Reyes\n12 Mill Road\nsam.reyes@mail.example | (302) 555-0134\n\nI am writing about the opening.", "Heading Heading Heading Sentence")]
    [InlineData("www.kettle.example for the manual and the spare parts list\n\nThe kettle is ready.", "Heading Sentence")]
    // So is a line of fields parted by spaced bars in lower case, a forum comment's header.
    [InlineData("alice_k 4 hours ago | parent | next [–]\n\nThe templates are plain HTML, which I like.", "Heading Sentence")]
    [InlineData("I Quit Instagram For A Year\n\nposted on october 2, 2024 by wren · 6 min read · filed under: life, phones\n\nThe first week was the hardest.", "Heading Heading Sentence")]
    // Lower-case prose of more than three words stays a sentence.
    [InlineData("thanks for the quick delivery the kettle works well\n\nThe kettle is ready.", "Sentence Sentence")]
    public void Split_LineOpeningWithAnAddress_IsAHeading(string text, string kinds) =>
        AssertKinds(SentenceSplitter.Default, text, kinds);

    [Theory]
    // A short line in capitals names what follows, whatever its periods: a bill's section headings, a chapter's title.
    [InlineData("SECTION 1. SHORT TITLE.\n\nThis Act may be cited as the Ferry Act.", "SECTION 1. SHORT TITLE. | This Act may be cited as the Ferry Act.", "Heading Sentence")]
    [InlineData("SEC. 2. FINDINGS.\nCongress finds the following.", "SEC. 2. FINDINGS. | Congress finds the following.", "Heading Sentence")]
    [InlineData("CHAPTER IV.\n\nIt was dark. The inn was closed.", "CHAPTER IV. | It was dark. | The inn was closed.", "Heading Sentence Sentence")]
    // Not a line with a word in lower case, nor capitals after a sentence on the same line, nor a line of capitals longer than a heading.
    [InlineData("The FBI and the CIA met. They agreed.", "The FBI and the CIA met. | They agreed.", "Sentence Sentence")]
    [InlineData("It was late. STOP THE PRESS. We ran.", "It was late. | STOP THE PRESS. | We ran.", "Sentence Sentence Sentence")]
    [InlineData("THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY. IN NO EVENT SHALL THE AUTHORS BE LIABLE.", "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY. | IN NO EVENT SHALL THE AUTHORS BE LIABLE.", "Sentence Sentence")]
    // A text written in capitals (a wire copy, a telegram) writes its sentences a line each: a line of five words or more
    // that ends like a sentence is one there; its headline, and a short heading with periods, stay headings.
    [InlineData("CITY COUNCIL APPROVES BUDGET\n\nTHE COUNCIL APPROVED THE BUDGET ON TUESDAY.\nTAXES RISE BY 3 PERCENT.\nSEC. 2. FINDINGS.\nMAYOR DOE SAID THE RISE WAS NEEDED.",
        "CITY COUNCIL APPROVES BUDGET | THE COUNCIL APPROVED THE BUDGET ON TUESDAY. | TAXES RISE BY 3 PERCENT. | SEC. 2. FINDINGS. | MAYOR DOE SAID THE RISE WAS NEEDED.",
        "Heading Sentence Sentence Heading Sentence")]
    // In a text written with capitals, the same line is a heading.
    [InlineData("THE COUNCIL APPROVED THE BUDGET ON TUESDAY.\nThe vote was close, and the mayor signed the budget at once.",
        "THE COUNCIL APPROVED THE BUDGET ON TUESDAY. | The vote was close, and the mayor signed the budget at once.", "Heading Sentence")]
    // In a text written without capitals, the next line's case tells nothing: a section's name on a line of its own
    // between sentences is a heading, not the start of the sentence under it.
    [InlineData("background\nthe harbour was built in 1850 and burned down twice . it was rebuilt in stone .\nfindings\nthe new wall holds against the winter storms of the coast . it is tall .",
        "background | the harbour was built in 1850 and burned down twice . | it was rebuilt in stone . | findings | the new wall holds against the winter storms of the coast . | it is tall .",
        "Heading Sentence Sentence Heading Sentence Sentence")]
    // A line that leaves its phrase open is wrapped prose.
    [InlineData("the harbour was built in 1850 . it was rebuilt in stone . it burned down in\nthe great fire of the year after , and again later . it is tall .",
        "the harbour was built in 1850 . | it was rebuilt in stone . | it burned down in\nthe great fire of the year after , and again later . | it is tall .", "Sentence Sentence Sentence Sentence")]
    public void Split_LineInCapitals_IsOneHeading(string text, string expected, string kinds) =>
        AssertSplitAndKinds(text, expected, kinds);

    [Theory]
    // A paragraph in capitals wrapped over lines, as a licence's disclaimer is, is read as its sentences, not a heading a line.
    [InlineData("Use it freely.\n\nTHE KETTLE IS PROVIDED BY THE MAKERS \"AS IS\" AND ANY EXPRESS OR\nIMPLIED WARRANTIES ARE DISCLAIMED.  IN NO EVENT SHALL THE MAKERS\nBE LIABLE FOR ANY DAMAGES, HOWEVER CAUSED.",
        "Use it freely. | THE KETTLE IS PROVIDED BY THE MAKERS \"AS IS\" AND ANY EXPRESS OR\nIMPLIED WARRANTIES ARE DISCLAIMED. | IN NO EVENT SHALL THE MAKERS\nBE LIABLE FOR ANY DAMAGES, HOWEVER CAUSED.",
        "Sentence Sentence Sentence")]
    [InlineData("15. Disclaimer.\n\n  THERE IS NO WARRANTY FOR THE KETTLE, TO THE EXTENT PERMITTED BY\nAPPLICABLE LAW.  THE ENTIRE RISK AS TO ITS QUALITY IS WITH YOU.",
        "15. Disclaimer. | THERE IS NO WARRANTY FOR THE KETTLE, TO THE EXTENT PERMITTED BY\nAPPLICABLE LAW. | THE ENTIRE RISK AS TO ITS QUALITY IS WITH YOU.",
        "Sentence Sentence Sentence")]
    // Lines in capitals that end no sentence stay headings, and so do short ones over a title that does.
    [InlineData("GNU LESSER GENERAL PUBLIC LICENSE FOR KETTLES\nTERMS AND CONDITIONS FOR COPYING AND USE\n\nThe kettle is free.",
        "GNU LESSER GENERAL PUBLIC LICENSE FOR KETTLES | TERMS AND CONDITIONS FOR COPYING AND USE | The kettle is free.", "Heading Heading Sentence")]
    [InlineData("CHAPTER I\nTHE BOY WHO LIVED.\n\nIt was dark.", "CHAPTER I | THE BOY WHO LIVED. | It was dark.", "Heading Heading Sentence")]
    // Nor a grammar's rule, which leaves no phrase open at its line's end.
    [InlineData("CHAR_LITERAL :\n( ~[' \\ LF CR TAB] | QUOTE_ESCAPE | ASCII_ESCAPE | UNICODE_ESCAPE )\n' SUFFIX?",
        "CHAR_LITERAL : | ( ~[' \\ LF CR TAB] | QUOTE_ESCAPE | ASCII_ESCAPE | UNICODE_ESCAPE ) | ' SUFFIX?", "Heading Heading Heading")]
    // Nor does a heading in capitals go on onto the text in lower case under it.
    [InlineData("TERMS AND CONDITIONS FOR COPYING AND USE OF KETTLES\nThe kettle is free. Use it.",
        "TERMS AND CONDITIONS FOR COPYING AND USE OF KETTLES | The kettle is free. | Use it.", "Heading Sentence Sentence")]
    public void Split_ParagraphInCapitalsWrappedOverLines_IsItsSentences(string text, string expected, string kinds) =>
        AssertSplitAndKinds(text, expected, kinds);

    [Theory]
    // An abbreviation inside a headline ends nothing: the line is one heading, so the story's lead stays its first sentence.
    [InlineData("Apple Inc. Shares Jump After Earnings Beat\n\nApple Inc. shares jumped 5% on Thursday.", "Apple Inc. Shares Jump After Earnings Beat | Apple Inc. shares jumped 5% on Thursday.", "Heading Sentence")]
    [InlineData("U.S. Stocks Rally as Fed Holds Rates\nStocks rose on Wednesday. Bonds fell.", "U.S. Stocks Rally as Fed Holds Rates | Stocks rose on Wednesday. | Bonds fell.", "Heading Sentence Sentence")]
    [InlineData("## J.P. Morgan Chase & Co. Raises Outlook\n\nThe bank raised its outlook.", "## J.P. Morgan Chase & Co. Raises Outlook | The bank raised its outlook.", "Heading Sentence")]
    // Not when the line ends with a terminator, or goes on in lower case on the next.
    [InlineData("Sales rose at Acme Inc. Shares fell.", "Sales rose at Acme Inc. | Shares fell.", "Sentence Sentence")]
    [InlineData("He works at Acme Inc. Nobody knows\nwhy he stays there.", "He works at Acme Inc. | Nobody knows\nwhy he stays there.", "Sentence Sentence")]
    public void Split_HeadlineWithAnAbbreviation_IsOneHeading(string text, string expected, string kinds) =>
        AssertSplitAndKinds(text, expected, kinds);

    [Theory]
    // A numbered label that opens a line reading as a heading ("Chapter 1. The Beginning") titles what follows: one heading.
    [InlineData("Chapter 1. The Beginning\n\nIt was a cold morning. The ship left.", "Chapter 1. The Beginning | It was a cold morning. | The ship left.", "Heading Sentence Sentence")]
    [InlineData("Part IV. Methods\nWe measured the river twice.", "Part IV. Methods | We measured the river twice.", "Heading Sentence")]
    [InlineData("Kapitel 3. Die Reise\n\nEs war kalt.", "Kapitel 3. Die Reise | Es war kalt.", "Heading Sentence")]
    // Not when what follows is a sentence in lower case, or the number ends a sentence that goes on after it.
    [InlineData("Round 2. Mix the flour and water\nThen wait.", "Round 2. | Mix the flour and water | Then wait.", "Sentence Sentence Sentence")]
    // An instruction's step label keeps its step on its line ([step-labels]).
    [InlineData("Step 2. Mix the flour and water\nThen wait.", "Step 2. Mix the flour and water | Then wait.", "Heading Sentence")]
    [InlineData("He was born in Chapter 1. The rest came later.", "He was born in Chapter 1. | The rest came later.", "Sentence Sentence")]
    [InlineData("Chapter 1. The Beginning was slow. The end was fast.", "Chapter 1. | The Beginning was slow. | The end was fast.", "Sentence Sentence Sentence")]
    public void Split_NumberedLabelOpeningAHeading_IsOneHeading(string text, string expected, string kinds) =>
        AssertSplitAndKinds(text, expected, kinds);

    [Theory]
    // A run of separator marks between the documents of a collection, or before a notice, opens no sentence.
    [InlineData("The bridge closed. ||||| Drivers face detours. ||||| The mayor spoke.", "The bridge closed. | Drivers face detours. | The mayor spoke.")]
    [InlineData("*** UPDATE: The road is open again.", "UPDATE: The road is open again.")]
    // Inside a sentence, or fewer than three, or glued to a word, they stay.
    [InlineData("Critics rated it *** out of five. It ran for years.", "Critics rated it *** out of five. | It ran for years.")]
    [InlineData("|| means or. It is short.", "|| means or. | It is short.")]
    [InlineData("***Bold*** text is loud.", "***Bold*** text is loud.")]
    [InlineData("He swore. **** off, he said. Then he left.", "He swore. | **** off, he said. | Then he left.")]
    // Nor do a research corpus's sentence tags, a lone tag no sentence; a tag glued to a word is Markdown's
    // strike-through, and stays.
    [InlineData("<s> the council voted 7-2 . </s> <s> the park opens in may . </s>", "the council voted 7-2 . | the park opens in may .")]
    [InlineData("<S> The council voted. </S>\n<S> The park opens in May. </S>\n</S>", "The council voted. | The park opens in May.")]
    [InlineData("It cost <s>$20</s> $15 last week. It sold out.", "It cost <s>$20</s> $15 last week. | It sold out.")]
    public void Split_SeparatorRuns_OpenNoSentence(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Fact]
    public void Split_SeparatorRun_SeparatesLikeABlankLine() =>
        Assert.Equal([0, 1, 2], SentenceSplitter.Default.Split("One ends. ||||| Two starts. ||||| Three.").Select(span => span.Paragraph));

    [Theory]
    // A text that writes its sentences without capitals ends them before lower case too.
    [InlineData("so this happened yesterday. i was at work. my boss saw the email! now i have a meeting.", "so this happened yesterday. | i was at work. | my boss saw the email! | now i have a meeting.")]
    [InlineData("is it ok? i think so. we will see. it was late.", "is it ok? | i think so. | we will see. | it was late.")]
    // Not after an abbreviation (its last part after a hyphen), an initialism or a single letter.
    [InlineData("we met the u.s. team. then-sen. obama spoke. we used e.g. the map. it was long.", "we met the u.s. team. | then-sen. obama spoke. | we used e.g. the map. | it was long.")]
    [InlineData("the case was smith v. jones. it was long. we left early. then we ate.", "the case was smith v. jones. | it was long. | we left early. | then we ate.")]
    // A text with capitals keeps its lower-case words after a period in the sentence, and so does one of too few sentences to tell.
    [InlineData("He used e.g. the splitter. It works. We left. Then we ate.", "He used e.g. the splitter. | It works. | We left. | Then we ate.")]
    [InlineData("Tea is good, i.e. green tea. It helps. We drink it. Then we rest.", "Tea is good, i.e. green tea. | It helps. | We drink it. | Then we rest.")]
    [InlineData("hi there. nice to meet you", "hi there. nice to meet you")]
    // But a sentence starter in lower case after a word in lower case ends one in any text.
    [InlineData("hi there. how are you", "hi there. | how are you")]
    // A paragraph with sentences enough to tell decides for itself: a review in lower case among others that are not.
    [InlineData("The food was great. We loved it. The staff were kind.\n\nvery easy to set up! arrived early. i did not read the manual. love it.\n\nOk place. Nothing special.", "The food was great. | We loved it. | The staff were kind. | very easy to set up! | arrived early. | i did not read the manual. | love it. | Ok place. | Nothing special.")]
    [InlineData("so it rained. we stayed in. it was cold. then it snowed.\n\nHe used e.g. the map. It worked. We left. Then we ate.", "so it rained. | we stayed in. | it was cold. | then it snowed. | He used e.g. the map. | It worked. | We left. | Then we ate.")]
    public void Split_TextWithoutCapitals_EndsSentencesBeforeLowerCase(string text, string expected) =>
        AssertSplit("en", text, expected);

    [Theory]
    // A function's signature over its documentation is a heading, and a docstring's section label ends on its line
    // above the block indented under it; a call inside prose is prose.
    [InlineData("durations.parse_duration(text, *, strict=True)\n\nParse a duration string.",
        "durations.parse_duration(text, *, strict=True) | Parse a duration string.", "Heading Sentence")]
    [InlineData("os.path.join(a, *p) -> str\n\nJoin the parts.", "os.path.join(a, *p) -> str | Join the parts.", "Heading Sentence")]
    [InlineData("Parse a duration.\n\nParameters:\n  text (str) – The duration to parse.\n\nSee also:\n  the inverse function.",
        "Parse a duration. | Parameters: | text (str) – The duration to parse. | See also: | the inverse function.", "Sentence Sentence Sentence Sentence Sentence")]
    [InlineData("We compared the three options in detail:\nthe first was the cheapest.",
        "We compared the three options in detail:\nthe first was the cheapest.", "Sentence")]
    public void Split_ReferenceDocumentation_SignatureAndSectionLabels(string text, string expected, string kinds) =>
        AssertSplitAndKinds(text, expected, kinds);

    [Theory]
    // A Python traceback pasted into a report, its frames and its error, is no segment; its header in a sentence is prose.
    [InlineData("The log says:\n\nTraceback (most recent call last):\n  File \"a.py\", line 3, in main\n    run()\nValueError: bad input\n\nThe fix is simple.",
        "The log says: | The fix is simple.", "Sentence Sentence")]
    [InlineData("The log says:\nTraceback (most recent call last):\n  File \"a.py\", line 3, in main\nValueError: bad input\nThe fix is simple.",
        "The log says: | The fix is simple.", "Sentence Sentence")]
    [InlineData("Python prints Traceback (most recent call last): over the frames.", "Python prints Traceback (most recent call last): over the frames.", "Sentence")]
    // A .NET or Java stack trace pasted without a fence: its frames, a Java cause and its count of frames left out are
    // no segment, and the exception's message over them is a line of its own.
    [InlineData("The import fails.\n\nSystem.InvalidOperationException: Sequence contains no elements.\n   at Shop.Import.Reader.First(Stream s) in /app/Reader.cs:line 42\n   at Shop.Import.Program.Main() in /app/Program.cs:line 9\n\nThe file was empty.",
        "The import fails. | System.InvalidOperationException: Sequence contains no elements. | The file was empty.", "Sentence Sentence Sentence")]
    [InlineData("The import fails.\njava.lang.IllegalStateException: Queue full.\n\tat shop.queue.Queue.offer(Queue.java:88)\n\tat shop.App.main(App.java:12)\nCaused by: java.io.IOException: Disk full\n\t... 3 more\nThe disk was full.",
        "The import fails. | java.lang.IllegalStateException: Queue full. | The disk was full.", "Sentence Sentence Sentence")]
    // Indented prose that opens with "at" is no frame.
    [InlineData("We met:\n\n    at St. Mary's (the old church) on Sunday.", "We met: | at St. Mary's (the old church) on Sunday.", "Sentence Sentence")]
    public void Split_PastedTraceback_IsNoSegment(string text, string expected, string kinds) =>
        AssertSplitAndKinds(text, expected, kinds);

    [Theory]
    // A page's breadcrumb trail over its text is a heading, whatever its end; a path to a setting in an instruction, or
    // a trail after the text's first line, is prose.
    [InlineData("Forum: CityCyclists.org \u203A Commuting \u203A What happened to the new racks?\n\nWe were promised secure parking.",
        "Forum: CityCyclists.org \u203A Commuting \u203A What happened to the new racks? | We were promised secure parking.", "Heading Sentence")]
    [InlineData("Home \u00BB News \u00BB Local\n\nThe bridge reopened on Monday.", "Home \u00BB News \u00BB Local | The bridge reopened on Monday.", "Heading Sentence")]
    // A site's name in its own case opens the trail.
    [InlineData("shopito \u203A Garden \u203A Hoses\nFlexible garden hose, 30 m\n\nThe hose does not kink.",
        "shopito \u203A Garden \u203A Hoses | Flexible garden hose, 30 m | The hose does not kink.", "Heading Heading Sentence")]
    [InlineData("iShop > Audio > Headphones\n\nThe pads are soft.", "iShop > Audio > Headphones | The pads are soft.", "Heading Sentence")]
    [InlineData("Go to Settings \u203A Privacy \u203A Location and turn it off.\n\nThe app stops tracking you.",
        "Go to Settings \u203A Privacy \u203A Location and turn it off. | The app stops tracking you.", "Sentence Sentence")]
    [InlineData("The app tracks you.\n\nSettings \u203A Privacy \u203A Location turns it off.",
        "The app tracks you. | Settings \u203A Privacy \u203A Location turns it off.", "Sentence Sentence")]
    public void Split_Breadcrumb_IsAHeadingAtTheTextsTop(string text, string expected, string kinds) =>
        AssertSplitAndKinds(text, expected, kinds);

    /// <summary>Asserts the segments of <paramref name="text"/> ("a | b") and their kinds ("Heading Sentence").</summary>
    private static void AssertSplitAndKinds(string text, string expected, string kinds)
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
        Assert.Equal(expected, string.Join(" | ", spans.Select(span => span.Slice(text).ToString())));
        Assert.Equal(kinds, string.Join(' ', spans.Select(span => span.Kind)));
    }

    [Theory]
    // An official document's title in its title block is a heading however long, in capitals or in title case.
    [InlineData("HARBOUR AUTHORITY\n\nGUIDANCE ON THE DESIGN OF SAFE MOORINGS AND THE SHARING OF BERTHS BETWEEN FERRIES AND CARGO SHIPS IN THE SMALL PORTS OF THE NORTHERN COAST\n\nThe authority sets out its guidance. It applies from May.",
        "HARBOUR AUTHORITY | GUIDANCE ON THE DESIGN OF SAFE MOORINGS AND THE SHARING OF BERTHS BETWEEN FERRIES AND CARGO SHIPS IN THE SMALL PORTS OF THE NORTHERN COAST | The authority sets out its guidance. | It applies from May.",
        "Heading Heading Sentence Sentence")]
    [InlineData("Guidance on the Design of Safe Moorings and the Sharing of Berths Between Ferries and Cargo Ships in the Small Ports of the Northern Coast\n\nThe authority sets out its guidance. It applies from May.",
        "Guidance on the Design of Safe Moorings and the Sharing of Berths Between Ferries and Cargo Ships in the Small Ports of the Northern Coast | The authority sets out its guidance. | It applies from May.",
        "Heading Sentence Sentence")]
    // After a sentence, or in sentence case, such a line is prose left without its period.
    [InlineData("The authority sets out its guidance.\n\nGUIDANCE ON THE DESIGN OF SAFE MOORINGS AND THE SHARING OF BERTHS BETWEEN FERRIES AND CARGO SHIPS IN THE SMALL PORTS OF THE NORTHERN COAST",
        "The authority sets out its guidance. | GUIDANCE ON THE DESIGN OF SAFE MOORINGS AND THE SHARING OF BERTHS BETWEEN FERRIES AND CARGO SHIPS IN THE SMALL PORTS OF THE NORTHERN COAST",
        "Sentence Sentence")]
    [InlineData("Guidance on the design of safe moorings and the sharing of berths between ferries and cargo ships in the small ports of the northern coast\n\nThe authority sets out its guidance.",
        "Guidance on the design of safe moorings and the sharing of berths between ferries and cargo ships in the small ports of the northern coast | The authority sets out its guidance.",
        "Sentence Sentence")]
    // In a text written in capitals (a telegram, an old memo), a paragraph in capitals longer than a heading is prose
    // left without its period, as it is in normal case; its short title is still a heading.
    [InlineData("FLOOD WARNING\n\nTHE RIVER ROAD BRIDGE WILL STAY CLOSED TO ALL TRAFFIC UNTIL THE WATER LEVEL FALLS BELOW THE MARK AND THE ENGINEERS HAVE INSPECTED THE PIERS\n\nRESIDENTS OF THE LOWER TOWN SHOULD MOVE THEIR CARS TO HIGHER GROUND BEFORE DARK AND KEEP AWAY FROM THE RIVER BANK UNTIL THE WARNING IS LIFTED",
        "FLOOD WARNING | THE RIVER ROAD BRIDGE WILL STAY CLOSED TO ALL TRAFFIC UNTIL THE WATER LEVEL FALLS BELOW THE MARK AND THE ENGINEERS HAVE INSPECTED THE PIERS | RESIDENTS OF THE LOWER TOWN SHOULD MOVE THEIR CARS TO HIGHER GROUND BEFORE DARK AND KEEP AWAY FROM THE RIVER BANK UNTIL THE WARNING IS LIFTED",
        "Heading Sentence Sentence")]
    public void Split_LongTitleInItsTitleBlock_IsAHeading(string text, string expected, string kinds) =>
        AssertSplitAndKinds(text, expected, kinds);

    [Fact]
    public void Split_PoemLinesEndingWithCommas_AreNoSalutations()
    {
        // Consecutive short capitalized lines that end with commas are verse, not a letter's salutation and closing.
        const string text = "Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you.";
        Assert.Equal("Sentence Sentence Sentence Sentence", string.Join(' ', SentenceSplitter.Default.Split(text).Select(span => span.Kind)));
    }

    [Fact]
    public void Split_EmailQuotation_ManyLinesThatStartWithNumbers_AreAllQuoted()
    {
        // However many such lines follow each other, each goes on the quotation the line before it is in.
        string text = "> Results:\n" + string.Join("\n", Enumerable.Range(1, 200).Select(i => $"> {i} people came."));
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
        Assert.Equal(201, spans.Count);
        Assert.All(spans, span => Assert.NotEqual('>', text[span.Start]));
    }

    [Fact]
    public void Split_EmailQuotation_AWrappedLineThatStartsWithANumberGoesOnInTheQuotation()
    {
        // Inside a quotation a line's "> " is its prefix whatever follows: "> 25 percent" is no comparison there.
        const string text = "On Monday, Dana wrote:\n> The budget for the new cache layer grew by\n> 25 percent this year, and we need to cut it.";
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
        Assert.Equal(
            ["On Monday, Dana wrote:", "The budget for the new cache layer grew by\n> 25 percent this year, and we need to cut it."],
            spans.Select(span => span.Slice(text).ToString()));
        Assert.Equal([SentenceKind.Heading, SentenceKind.Sentence], spans.Select(span => span.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    public void Split_EmptyOrWhiteSpace_ReturnsNothing(string text) =>
        Assert.Empty(SentenceSplitter.Default.Split(text));

    [Fact]
    public void Split_NullDestination_Throws() =>
        Assert.Throws<ArgumentNullException>(() => SentenceSplitter.Default.Split("a".AsSpan(), null!));

    [Fact]
    public void Split_NullText_Throws() =>
        Assert.Throws<ArgumentNullException>(() => SentenceSplitter.Default.Split((string)null!));

    [Theory]
    [InlineData("en", "en")]
    [InlineData("DE-at", "de")]
    [InlineData("pt_BR", "pt")]
    [InlineData(" Pt-br ", "pt")]
    [InlineData("sv", "sv")]
    [InlineData("nb-NO", "no")]
    [InlineData("zh-Hant", "zh")]
    public void Create_Language_UsesPrimarySubtagAndCaches(string code, string expected)
    {
        RuleBasedSentenceSplitter splitter = RuleBasedSentenceSplitter.Create(code);
        Assert.Equal(expected, splitter.Language);
        Assert.Same(splitter, RuleBasedSentenceSplitter.Create(code));
        Assert.Same(splitter, SentenceSplitter.ForLanguage(code));
        Assert.Same(splitter, Language.FromCode(code).Splitter);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("xx")]
    [InlineData("xx-DE")]
    [InlineData("auto")]
    [InlineData("german")]
    [InlineData("-de")]
    public void Create_UnknownLanguage_ThrowsNamingTheSupportedCodes(string code)
    {
        ArgumentException create = Assert.Throws<ArgumentException>(() => RuleBasedSentenceSplitter.Create(code));
        ArgumentException forLanguage = Assert.Throws<ArgumentException>(() => SentenceSplitter.ForLanguage(code));
        Assert.Equal("language", create.ParamName);
        Assert.Equal("isoCode", forLanguage.ParamName);
        foreach (Language language in Language.All)
        {
            Assert.Contains(language.Code, create.Message, StringComparison.Ordinal);
            Assert.Contains(language.Code, forLanguage.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Create_Null_Throws()
    {
        Assert.Equal("language", Assert.Throws<ArgumentNullException>(() => RuleBasedSentenceSplitter.Create(null!)).ParamName);
        Assert.Equal("isoCode", Assert.Throws<ArgumentNullException>(() => SentenceSplitter.ForLanguage(null!)).ParamName);
    }

    [Fact]
    public void SupportedLanguages_AreTheLanguagesWithAnAbbreviationFile()
    {
        var codes = new List<string>(RuleBasedSentenceSplitter.SupportedLanguages);
        codes.Sort(StringComparer.Ordinal);
        Assert.Equal(["bg", "ca", "cs", "da", "de", "el", "en", "es", "eu", "fi", "fr", "hi", "hu", "hy", "id", "it", "lv", "nl", "no", "pl", "pt", "ro", "ru", "sv", "th", "tr", "uk"], codes);

        // A language without its own file reads German "Mio." as the neutral rules do, not as German does.
        const string Text = "Der Umsatz stieg auf rund 84 Mio. Euro im Jahr.";
        Assert.Single(RuleBasedSentenceSplitter.Create("de").Split(Text));
        Assert.Equal(2, RuleBasedSentenceSplitter.Create("fa").Split(Text).Count);
    }

    [Fact]
    public void Default_IsEnglish() =>
        Assert.Same(RuleBasedSentenceSplitter.English, SentenceSplitter.Default);

    [Fact]
    public void EnumerateSentences_AllocatesNothingPerSentence()
    {
        string text = string.Concat(System.Linq.Enumerable.Repeat("Mr. Smith went to Washington, D.C. on Jan. 5. \"It rained!\" he said.\n\n", 200));
        RuleBasedSentenceSplitter splitter = RuleBasedSentenceSplitter.English;
        int warm = Count(splitter, text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = Count(splitter, text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(warm, count);
        Assert.Equal(400, count);
        Assert.Equal(0, allocated);

        static int Count(RuleBasedSentenceSplitter splitter, string text)
        {
            int n = 0;
            foreach (SentenceSpan span in splitter.EnumerateSentences(text))
            {
                n += span.Length > 0 ? 1 : 0;
            }

            return n;
        }
    }

    [Fact]
    public void Split_RandomText_SegmentsAreOrderedTrimmedAndCoverEveryNonSpace()
    {
        const string alphabet = "aB. ?!\n\"'()…1,e.g.U.S.Mr \u00A0\r-•。[]:`“”iv3</p&;";
        Gen.String[Gen.Char[alphabet], 0, 119].Sample(text =>
        {
            var covered = new bool[text.Length];
            int previousEnd = 0;
            int previousParagraph = 0;
            foreach (SentenceSpan span in SentenceSplitter.Default.Split(text))
            {
                Assert.True(span.Start >= previousEnd, text);
                Assert.True(span.Length > 0, text);
                Assert.True(span.End <= text.Length, text);
                Assert.False(char.IsWhiteSpace(text[span.Start]), text);
                Assert.False(char.IsWhiteSpace(text[span.End - 1]), text);
                Assert.True(span.Paragraph >= previousParagraph, text);
                for (int k = span.Start; k < span.End; k++)
                {
                    covered[k] = true;
                }

                previousEnd = span.End;
                previousParagraph = span.Paragraph;
            }

            for (int k = 0; k < text.Length; k++)
            {
                Assert.True(covered[k] || char.IsWhiteSpace(text[k]) || OnRuleLine(text, k) || InCodeBlock(text, k) || OnIndentedLine(text, k) || OnRstMarkup(text, k), text);
            }
        }, iter: 500);
    }

    /// <summary>
    /// A line of three or more rule characters and spaces only (markup, not a sentence); lines end where the splitter
    /// ends them: LF, CR, VT, U+2028 and U+2029.
    /// </summary>
    private static bool OnRuleLine(string text, int k)
    {
        char[] breaks = ['\n', '\r', '\v', '\u2028', '\u2029'];
        int begin = text.LastIndexOfAny(breaks, k) + 1;
        int end = text.IndexOfAny(breaks, k);
        ReadOnlySpan<char> line = text.AsSpan(begin, (end < 0 ? text.Length : end) - begin);
        int rule = 0;
        foreach (char c in line)
        {
            if ("-=_*~#./\\+|:\u2014\u2013\u2500\u2550\u00B7\u2022".Contains(c, StringComparison.Ordinal))
            {
                rule++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return rule >= 3;
    }

    /// <summary>
    /// Whether <paramref name="k"/> lies on reStructuredText markup: a line of "::" alone, a directive's marker line
    /// (".. name::" and what follows it), or an indented line under a line that ends with "::", blank and indented lines
    /// between (a literal block, or a directive's block or options).
    /// </summary>
    private static bool OnRstMarkup(string text, int k)
    {
        string[] lines = text.Split(['\n', '\r', '\v', '\u2028', '\u2029']);
        int index = text[..k].Count(c => c is '\n' or '\r' or '\v' or '\u2028' or '\u2029');
        string line = lines[index].Trim();
        if (line == "::" || (line.StartsWith(".. ", StringComparison.Ordinal) && line.Contains("::", StringComparison.Ordinal)))
        {
            return true;
        }

        if (!lines[index].StartsWith(' ') && !lines[index].StartsWith('\t'))
        {
            return false;
        }

        for (int i = index - 1; i >= 0; i--)
        {
            string before = lines[i];
            if (before.TrimEnd().EndsWith("::", StringComparison.Ordinal))
            {
                return true;
            }

            if (before.Trim().Length > 0 && !before.StartsWith(' ') && !before.StartsWith('\t'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="k"/> lies on a line indented by four columns or more (a tab counting four), which may be
    /// a line of indented code.
    /// </summary>
    private static bool OnIndentedLine(string text, int k)
    {
        int begin = text.LastIndexOfAny(['\n', '\r', '\v', '\u2028', '\u2029'], k) + 1;
        int columns = 0;
        for (int q = begin; q < text.Length && text[q] is ' ' or '\t'; q++)
        {
            columns += text[q] == '\t' ? 4 : 1;
        }

        return columns >= 4;
    }

    /// <summary>
    /// Whether <paramref name="k"/> lies in a Markdown code block: from a line that opens a fence ("```", "~~~", no
    /// backtick after the fence's own) to the next line made only of that fence character, at least as many of them
    /// (a fence that never closes is text). Code is no prose.
    /// </summary>
    private static bool InCodeBlock(string text, int k)
    {
        // Lines as the splitter ends them: LF, CR (CRLF as one), VT, U+2028, U+2029.
        var lines = new List<(int Start, int End)>();
        int begin = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r' or '\v' or '\u2028' or '\u2029')
            {
                lines.Add((begin, i));
                begin = i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
                if (begin == i + 2)
                {
                    i++;
                }
            }
        }

        for (int l = 0; l < lines.Count; l++)
        {
            string trimmed = text[lines[l].Start..lines[l].End].Trim();
            if (trimmed.Length < 3 || trimmed[0] is not ('`' or '~') || trimmed[1] != trimmed[0] || trimmed[2] != trimmed[0]
                || (trimmed[0] == '`' && trimmed.TrimStart('`').Contains('`', StringComparison.Ordinal)))
            {
                continue;
            }

            int fenceLength = trimmed.Length - trimmed.TrimStart(trimmed[0]).Length;
            int close = l + 1;
            while (close < lines.Count && !IsClosingFence(text[lines[close].Start..lines[close].End].Trim(), trimmed[0], fenceLength))
            {
                close++;
            }

            if (close == lines.Count)
            {
                // A fence that never closes is text.
                continue;
            }

            if (k >= lines[l].Start && k <= lines[close].End)
            {
                return true;
            }

            l = close;
        }

        return false;

        static bool IsClosingFence(string line, char fence, int length) => line.Length >= Math.Max(3, length) && line.Trim(fence).Length == 0;
    }

    internal static void AssertSplit(string language, string text, string expected)
    {
        List<string> actual = GoldenRulesTests.SplitNormalized(SentenceSplitter.ForLanguage(language), text);
        Assert.Equal(expected, string.Join(" | ", actual));
    }

    /// <summary>Asserts the kinds of the segments <paramref name="splitter"/> gives <paramref name="text"/>, space-separated.</summary>
    internal static void AssertKinds(SentenceSplitter splitter, string text, string kinds) =>
        Assert.Equal(kinds, string.Join(' ', splitter.Split(text).Select(span => span.Kind)));
}
