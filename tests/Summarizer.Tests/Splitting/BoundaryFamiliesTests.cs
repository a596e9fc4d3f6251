using System;
using System.Collections.Generic;
using System.Linq;

namespace Summarizer.Tests.Splitting;

/// <summary>
/// The boundary families the splitter decides by rule (see the remarks of <see cref="RuleBasedSentenceSplitter"/>):
/// each case gives the language, the input and the expected segments separated by " | " (compared after trimming and
/// collapsing white space). The sentences are the project's own.
/// </summary>
public sealed class BoundaryFamiliesTests
{
    [Theory]
    [InlineData("en", "The vote closed at 9 p.m. Officials then counted the ballots.", "The vote closed at 9 p.m. | Officials then counted the ballots.")]
    [InlineData("en", "The final finished 1-1 a.e.t. United won on penalties. It went 2-2 a.e.t. and then to penalties.", "The final finished 1-1 a.e.t. | United won on penalties. | It went 2-2 a.e.t. and then to penalties.")]
    [InlineData("en", "The store opens at 8 a.m. Customers queue long before that.", "The store opens at 8 a.m. | Customers queue long before that.")]
    [InlineData("en", "The ferry leaves at 6 P.M. Tickets are sold on board.", "The ferry leaves at 6 P.M. | Tickets are sold on board.")]
    [InlineData("en", "The hearing resumes at 9 p.m. Friday in the old court.", "The hearing resumes at 9 p.m. Friday in the old court.")]
    [InlineData("en", "We land at 7 a.m. EST and drive on.", "We land at 7 a.m. EST and drive on.")]
    [InlineData("en", "The match starts at 3 p.m. September 4 at the stadium.", "The match starts at 3 p.m. September 4 at the stadium.")]
    [InlineData("en", "The U.S. Navy sent two ships.", "The U.S. Navy sent two ships.")]
    [InlineData("en", "Yields fell across the U.S. Midwest, while the U.S. Southeast had rain.", "Yields fell across the U.S. Midwest, while the U.S. Southeast had rain.")]
    [InlineData("en", "He met the U.K. Government envoy and the U.S. Senate staff.", "He met the U.K. Government envoy and the U.S. Senate staff.")]
    [InlineData("en", "The U.N. Security Council met on Monday and the U.N. General Assembly on Tuesday.", "The U.N. Security Council met on Monday and the U.N. General Assembly on Tuesday.")]
    [InlineData("en", "Officials from the E.U. Commission and U.N. peacekeepers met.", "Officials from the E.U. Commission and U.N. peacekeepers met.")]
    [InlineData("en", "The rules differ in the E.U. Shoppers pay more there.", "The rules differ in the E.U. | Shoppers pay more there.")]
    [InlineData("en", "Sales are growing in the U.S. Farmers are buying more tractors.", "Sales are growing in the U.S. | Farmers are buying more tractors.")]
    [InlineData("en", "Data came from the U.S. Drought Monitor and the U.K. Met Office. He moved to the U.S. Bankers there were kind.", "Data came from the U.S. Drought Monitor and the U.K. Met Office. | He moved to the U.S. | Bankers there were kind.")]
    [InlineData("en", "She moved back to the U.K. Rents there had fallen.", "She moved back to the U.K. | Rents there had fallen.")]
    [InlineData("en", "He works for Initech Inc. Management praised him.", "He works for Initech Inc. | Management praised him.")]
    [InlineData("en", "Acme Robotics Inc. (NASDAQ: ACME) today announced a new round. Globex Corp. (NYSE: GBX.A, LSE: GBX) fell.", "Acme Robotics Inc. (NASDAQ: ACME) today announced a new round. | Globex Corp. (NYSE: GBX.A, LSE: GBX) fell.")]
    [InlineData("en", "A farmer from Mullingar in Co. Westmeath won the title. He beat 40 rivals near Ratheniska, Co. Laois. The prize came from Smith & Co. The Irish Farmers Journal covered it.", "A farmer from Mullingar in Co. Westmeath won the title. | He beat 40 rivals near Ratheniska, Co. Laois. | The prize came from Smith & Co. | The Irish Farmers Journal covered it.")]
    [InlineData("en", "He works for Initech Inc. (The firm makes printers.) He likes it.", "He works for Initech Inc. | (The firm makes printers.) | He likes it.")]
    [InlineData("en", "The deal was signed by Wayne Co. Lawyers for both sides agreed.", "The deal was signed by Wayne Co. | Lawyers for both sides agreed.")]
    [InlineData("en", "The speech was given by Martin Luther King Jr. Crowds filled the mall.", "The speech was given by Martin Luther King Jr. | Crowds filled the mall.")]
    [InlineData("en", "Schools close on Martin Luther King Jr. Day every year.", "Schools close on Martin Luther King Jr. Day every year.")]
    [InlineData("en", "Bring pens, paper, etc. Lunch is provided.", "Bring pens, paper, etc. | Lunch is provided.")]
    [InlineData("en", "Services are held on Sat. Jan. 13 at the church. She sat. John came in.", "Services are held on Sat. Jan. 13 at the church. | She sat. | John came in.")]
    [InlineData("en", "The fair runs Wed. 5 June to Sun. 9 June. Entry is free. Flag anything I missed by Wed. EOD. Thanks.", "The fair runs Wed. 5 June to Sun. 9 June. | Entry is free. | Flag anything I missed by Wed. EOD. | Thanks.")]
    [InlineData("en", "Present: Cllr. P. Green and Cllr. S. Ahmed. The Asst. Inspector General and Msgr. Ryan sent apologies.", "Present: Cllr. P. Green and Cllr. S. Ahmed. | The Asst. Inspector General and Msgr. Ryan sent apologies.")]
    [InlineData("en", "She has written four books, incl. The Living Reef. Some papers, e.g. The Times, ran it; others, esp. The Guardian, did not.", "She has written four books, incl. The Living Reef. | Some papers, e.g. The Times, ran it; others, esp. The Guardian, did not.")]
    [InlineData("en", "Traffic was slow between Jct. 8 and Jct. 9 on Rte. 66. See paras. 12-14 and fn. 3 of the report. Police cleared it.", "Traffic was slow between Jct. 8 and Jct. 9 on Rte. 66. | See paras. 12-14 and fn. 3 of the report. | Police cleared it.")]
    [InlineData("de", "Der Umsatz lag bei 5 Mio. Euro im Jahr.", "Der Umsatz lag bei 5 Mio. Euro im Jahr.")]
    [InlineData("de", "Das Werk kostet 2 Mrd. Euro. Die Bauzeit beträgt drei Jahre.", "Das Werk kostet 2 Mrd. Euro. | Die Bauzeit beträgt drei Jahre.")]
    [InlineData("de", "Wir treffen uns am 3. Oktober in Berlin.", "Wir treffen uns am 3. Oktober in Berlin.")]
    [InlineData("de", "Das ist erlaubt. Gem. § 5 Abs. 2 BGB gilt das auch für Mieter.", "Das ist erlaubt. | Gem. § 5 Abs. 2 BGB gilt das auch für Mieter.")]
    [InlineData("de", "Dr. med. Weber war anwesend. Auch Dr. rer. nat. Kraus kam.", "Dr. med. Weber war anwesend. | Auch Dr. rer. nat. Kraus kam.")]
    [InlineData("es", "La Lda. Pérez representa a la empresa. El Pbro. Gómez habló después.", "La Lda. Pérez representa a la empresa. | El Pbro. Gómez habló después.")]
    [InlineData("pt", "O Pe. João celebrou a missa. O Desemb. Silva votou contra.", "O Pe. João celebrou a missa. | O Desemb. Silva votou contra.")]
    [InlineData("de", "Die Kosten trägt lt. Vertrag der Mieter. Siehe S. 12 ff. Danach endet die Frist.", "Die Kosten trägt lt. Vertrag der Mieter. | Siehe S. 12 ff. | Danach endet die Frist.")]
    [InlineData("fr", "M. Dupont est arrivé hier. Il repart demain.", "M. Dupont est arrivé hier. | Il repart demain.")]
    [InlineData("es", "El Sr. Pérez llegó tarde. La reunión empezó sin él.", "El Sr. Pérez llegó tarde. | La reunión empezó sin él.")]
    [InlineData("es", "Llegó a las 10 a. m. Luego se fue. Volvió a las 5 p. m. del lunes.", "Llegó a las 10 a. m. | Luego se fue. | Volvió a las 5 p. m. del lunes.")]
    [InlineData("es", "La empresa tiene aprox. 500 empleados. Hoy vale mucho.", "La empresa tiene aprox. 500 empleados. | Hoy vale mucho.")]
    [InlineData("ru", "Он приехал в 10 ч. Потом уехал. Поезд шёл 5 ч. по степи.", "Он приехал в 10 ч. | Потом уехал. | Поезд шёл 5 ч. по степи.")]
    [InlineData("fr", "Il est arrivé vers 10 h env. Ensuite il est parti.", "Il est arrivé vers 10 h env. | Ensuite il est parti.")]
    [InlineData("it", "Arrivò alle 10 ca. Dopodiché se ne andò.", "Arrivò alle 10 ca. | Dopodiché se ne andò.")]
    public void Split_AbbreviationsThatCanEndASentence_DecidedByWhatFollows(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A US dateline's state abbreviated before the dash that opens the report, and a place's prefix in capitals.
    [InlineData("en", "COLUMBIA, S.C. — The school board voted to close three schools. Parents objected.", "COLUMBIA, S.C. — The school board voted to close three schools. | Parents objected.")]
    [InlineData("en", "PORTLAND, Ore. - Police arrested two men on Saturday.", "PORTLAND, Ore. - Police arrested two men on Saturday.")]
    [InlineData("en", "WASHINGTON, D.C. -- Lawmakers returned on Monday.", "WASHINGTON, D.C. -- Lawmakers returned on Monday.")]
    [InlineData("en", "Brookfield, Wis. – The mayor announced a housing fund.", "Brookfield, Wis. – The mayor announced a housing fund.")]
    [InlineData("en", "ST. LOUIS — The city approved the tower.\n\nFT. LAUDERDALE, Fla. — Rain flooded the airport.", "ST. LOUIS — The city approved the tower. | FT. LAUDERDALE, Fla. — Rain flooded the airport.")]
    // A wire service's date after a doubled dash glued to the word before it.
    [InlineData("en", "BOSTON--(BUSINESS WIRE)--Sept. 9, 2024-- Helix Therapeutics today announced results.", "BOSTON--(BUSINESS WIRE)--Sept. 9, 2024-- Helix Therapeutics today announced results.")]
    // No dateline: a sentence that names a place before a dash, a place in running text, a street.
    [InlineData("en", "Crews worked in Salem, Ore. — The road reopened on Monday.", "Crews worked in Salem, Ore. | — The road reopened on Monday.")]
    [InlineData("en", "The plant is in Dayton, Ohio. It employs 400 people.", "The plant is in Dayton, Ohio. | It employs 400 people.")]
    [InlineData("en", "She lived on Main St. The house was small.", "She lived on Main St. | The house was small.")]
    // A street's suffix after its name ends the sentence before any capitalized word; "St." before a name is Saint.
    [InlineData("en", "The depot moves to Birch St. Parking stays free until June.", "The depot moves to Birch St. | Parking stays free until June.")]
    [InlineData("en", "The march ended on Quarry Rd. Organizers counted 300 people.", "The march ended on Quarry Rd. | Organizers counted 300 people.")]
    [InlineData("en", "Ash from Mount St. Helens drifted east. Students at St. Olaf College watched.", "Ash from Mount St. Helens drifted east. | Students at St. Olaf College watched.")]
    [InlineData("en", "Police in East St. Louis said the road was closed.", "Police in East St. Louis said the road was closed.")]
    // Regions after "U.S.", square feet, an alderman.
    [InlineData("en", "Gas shipped from the U.S. Gulf Coast and the U.S. West Coast rose. It went to Asia.", "Gas shipped from the U.S. Gulf Coast and the U.S. West Coast rose. | It went to Asia.")]
    [InlineData("en", "Developments larger than 50,000 sq. ft. Grants go to non-profits.", "Developments larger than 50,000 sq. ft. | Grants go to non-profits.")]
    [InlineData("en", "The freezer holds 5 cu. ft. It fits under a counter.", "The freezer holds 5 cu. ft. | It fits under a counter.")]
    [InlineData("en", "The vote was 21-7. Ald. Jack Coatar called it historic.", "The vote was 21-7. | Ald. Jack Coatar called it historic.")]
    public void Split_NewsDatelinesAndAbbreviations_GoOnWithTheirSentence(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // Items marked inside a sentence and joined by a conjunction run on in it; a conversion in brackets after a unit;
    // federal bodies and documents that "U.S." names.
    [InlineData("en", "Landlord shall return the deposit, less any amounts needed to (a) repair damage and (b) pay unpaid rent. Tenant shall not (i) sublet or (ii) keep pets.", "Landlord shall return the deposit, less any amounts needed to (a) repair damage and (b) pay unpaid rent. | Tenant shall not (i) sublet or (ii) keep pets.")]
    [InlineData("en", "The river reaches the lake about 4 mi. (6.4 km) south of the dam. Butter a 9 in. (23 cm) loaf pan. The pipe is 9 in. Then we cut it.", "The river reaches the lake about 4 mi. (6.4 km) south of the dam. | Butter a 9 in. (23 cm) loaf pan. | The pipe is 9 in. | Then we cut it.")]
    [InlineData("en", "Agencies such as the U.S. Securities and Exchange Commission must comply. Complete Form DS-82, Application for a U.S. Passport by Mail.", "Agencies such as the U.S. Securities and Exchange Commission must comply. | Complete Form DS-82, Application for a U.S. Passport by Mail.")]
    public void Split_LegalAndReferenceText_GoesOnInItsSentence(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // Hurried writing: a sentence glued to the mark before it opens with "I", "I'm" or "A"; a line that a mark ends
    // before a line in lower case; an emoji that tells a feeling closes the sentence before it.
    [InlineData("en", "Good value.I'm happy.I'd buy it again. It broke.A week later it broke again.", "Good value. | I'm happy. | I'd buy it again. | It broke. | A week later it broke again.")]
    [InlineData("en", "Love it!I use it daily. DO NOT BUY!!!It broke in a week.", "Love it! | I use it daily. | DO NOT BUY!!! | It broke in a week.")]
    [InlineData("en", "See Amazon.com and I.e. the other one. He moved to the U.S.A. I think so.", "See Amazon.com and I.e. the other one. | He moved to the U.S.A. | I think so.")]
    [InlineData("en", "The battery lasts all day on a single charge.\nhighly recommend it to anyone who travels.", "The battery lasts all day on a single charge. | highly recommend it to anyone who travels.")]
    [InlineData("en", "Works great!\nshipping was fast too.", "Works great! | shipping was fast too.")]
    [InlineData("en", "The price is approx.\nthe same as last year. \"Stop!\"\nshe cried.", "The price is approx. the same as last year. | \"Stop!\" she cried.")]
    [InlineData("en", "Love it! 😍 Would buy again. The barista remembered my name 🥹 Will be back tomorrow!", "Love it! 😍 | Would buy again. | The barista remembered my name 🥹 | Will be back tomorrow!")]
    [InlineData("ja", "今日は晴れ!散歩に行きました。楽しかった?うん、とても。", "今日は晴れ! | 散歩に行きました。 | 楽しかった? | うん、とても。")]
    [InlineData("zh", "太好了!我们明天再去。你觉得怎么样?我觉得很好。", "太好了! | 我们明天再去。 | 你觉得怎么样? | 我觉得很好。")]
    [InlineData("ja", "新しいアプリVer．２．０を公開しました。使いやすくなりました。", "新しいアプリVer．２．０を公開しました。 | 使いやすくなりました。")]
    // A Latin title or initialism right after Han or kana is a word of its own, as after a space.
    [InlineData("ja", "開発責任者のDr. Aiko Mori氏が説明した。米国のU.S. Marine社も参加する。Mr. Lee氏は賛成した。", "開発責任者のDr. Aiko Mori氏が説明した。 | 米国のU.S. Marine社も参加する。 | Mr. Lee氏は賛成した。")]
    [InlineData("zh", "首席科学家Dr. Aiko Mori介绍了新产品。美国的U.S. Marine公司也表示关注。", "首席科学家Dr. Aiko Mori介绍了新产品。 | 美国的U.S. Marine公司也表示关注。")]
    [InlineData("en", "Here are the steps. 👉 Open the app. I love 🍕 Pizza Hut.", "Here are the steps. | 👉 Open the app. | I love 🍕 Pizza Hut.")]
    // A quoted name after an abbreviation that seldom ends a sentence; a quotation after one that often does.
    [InlineData("de", "Ich lese gern Zeitungen, z. B. „Die Zeit“ oder die „FAZ“. Er sah „Das Boot“ bzw. „Die Brücke“ im Kino.", "Ich lese gern Zeitungen, z. B. „Die Zeit“ oder die „FAZ“. | Er sah „Das Boot“ bzw. „Die Brücke“ im Kino.")]
    [InlineData("en", "He lives in the U.S. \"The country is great,\" he said. I watched Alien vs. \"The Thing\" twice.", "He lives in the U.S. | \"The country is great,\" he said. | I watched Alien vs. \"The Thing\" twice.")]
    // A country's initials before an amount in its currency go on with it; before a word they may end the sentence.
    [InlineData("en", "The plant cost U.S. $4.2 million to build. They flew to the U.S. Prices rose.", "The plant cost U.S. $4.2 million to build. | They flew to the U.S. | Prices rose.")]
    [InlineData("ru", "Многие города, напр. Казань и Самара, уже ввели запрет.", "Многие города, напр. Казань и Самара, уже ввели запрет.")]
    [InlineData("ru", "В ноябре начнет работу участок до ст. «Рязанский проспект». Строительство заняло 3,5 года.", "В ноябре начнет работу участок до ст. «Рязанский проспект». | Строительство заняло 3,5 года.")]
    [InlineData("it", "Inter: Sommer; Pavard, Acerbi, Bastoni; Thuram, Lautaro. All. Inzaghi. Juventus: Di Gregorio; Gatti, Bremer.", "Inter: Sommer; Pavard, Acerbi, Bastoni; Thuram, Lautaro. | All. Inzaghi. | Juventus: Di Gregorio; Gatti, Bremer.")]
    [InlineData("tr", "Bilet yakl. 2.400 TL idi. Mağaza Atatürk Cad. No: 15 adresinde.", "Bilet yakl. 2.400 TL idi. | Mağaza Atatürk Cad. No: 15 adresinde.")]
    [InlineData("tr", "Şirket 2023 yılında 5 mlr. TL kâr etti. Ama borçları 3 mln. dolar arttı.", "Şirket 2023 yılında 5 mlr. TL kâr etti. | Ama borçları 3 mln. dolar arttı.")]
    [InlineData("de", "Heute sprach Dipl.-Ing. Meier über die Brücke. Sie ist alt.", "Heute sprach Dipl.-Ing. Meier über die Brücke. | Sie ist alt.")]
    // Two titles joined by a hyphen are a degree, listed or not, and an honorary one follows it; "Febr." before a year.
    [InlineData("de", "Den Preis erhielt Dr.-Ing. Jana Vogt aus Kiel. Es gratulierte Dr.-Ing. E.h. Lutz Brandt. Sie starb am 9. Febr. 1999 in Kiel.", "Den Preis erhielt Dr.-Ing. Jana Vogt aus Kiel. | Es gratulierte Dr.-Ing. E.h. Lutz Brandt. | Sie starb am 9. Febr. 1999 in Kiel.")]
    // An ordinal before a noun that it numbers after any word ("Klasse", "Grades", "Stock") goes on.
    [InlineData("de", "Er bekam den Verdienstorden 2. Klasse im Mai. Sie reiste 1. Klasse nach Wien. Das Büro liegt im Haus 3. Stock links.", "Er bekam den Verdienstorden 2. Klasse im Mai. | Sie reiste 1. Klasse nach Wien. | Das Büro liegt im Haus 3. Stock links.")]
    public void Split_HurriedWritingAndQuotedNames_AreDecided(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // The dash of quoted speech opens a paragraph of its own: a sentence; dashes that open lines of one paragraph: a list.
    [InlineData("sv", "Finansministern presenterade budgeten.\n\n– Det här är en budget för att bryta inflationen, sade hon.\n\nOppositionen är kritisk.", "sentence sentence sentence")]
    [InlineData("ru", "Мэр ответил на вопросы.\n\n— Мы сделаем всё, чтобы станция открылась в срок, — сказал он.\n\nРаботы продолжатся.", "sentence sentence sentence")]
    [InlineData("sv", "Handla:\n– mjölk\n– bröd\n– smör", "sentence listitem listitem listitem")]
    // A title or a subhead that a question ends is a heading; a long question alone in its paragraph is a sentence.
    [InlineData("fr", "Test du Galaxy S24 Ultra : l'IA au service de la photo ?\n\nChaque année, Samsung présente son nouveau fleuron.", "heading sentence")]
    [InlineData("de", "Die GDL hat zum Streik aufgerufen.\n\nWorum geht es?\n\nIm Kern steht die 35-Stunden-Woche.", "sentence heading sentence")]
    [InlineData("pt", "Receita: bolo de cenoura (o melhor que já fiz!)\n\nHoje vou compartilhar a receita da minha avó.", "heading sentence")]
    [InlineData("en", "So what is the gap between Labour and the Tories nowadays?\n\nBoth parties promise more money for schools.", "sentence sentence")]
    [InlineData("en", "The plan was approved.\n\nWhat happens next?", "sentence sentence")]
    [InlineData("en", "Great product!\n\nIt works well.", "heading sentence")]
    [InlineData("en", "It works well.\n\nGreat product!\n\nIt ships fast.", "sentence sentence sentence")]
    // The text's first line over a byline or a dated line is its headline, whatever mark ends it, under a kicker too;
    // a lead that the first paragraph goes on from is a sentence.
    [InlineData("en", "Is the four-day week here to stay?\n\nBy Jo Hart, Work Reporter\n\nMore firms are trying it.", "heading heading sentence")]
    [InlineData("en", "OPINION\n\nLocal bakery wins national prize - 'We can't believe it!'\n\nBy Sam Reed\n\nThe shop opened in 2019.", "heading heading heading sentence")]
    [InlineData("en", "The harbour bridge will close for repairs next year.\n\nBy Sam Reed\n\nWork starts in March.", "heading heading sentence")]
    [InlineData("en", "The harbour bridge will close for repairs.\n\nWork starts in March and lasts until the autumn.\n\nBy Sam Reed", "sentence sentence heading")]
    [InlineData("en", "Is this the end of the night bus?\n\nThe city will cut six routes. Who will lose out?\n\nBy Sam Reed\n\nThe buses run until 4 a.m.", "heading sentence sentence heading sentence")]
    // A section's number with a fullwidth period is no sentence of its own.
    [InlineData("ja", "１．背景\n本研究では新しい方法を提案する。実験の結果、精度が向上した。", "heading sentence sentence")]
    // A quotation that a hyphen opens, as Danish and Russian news write speech, is a sentence: a comma (and a dash)
    // before a verb of speech; a list's items are not.
    [InlineData("da", "Aktien faldt tirsdag kraftigt.\n\n- Vi er skuffede over tredje kvartal, siger direktør Henrik Andersen.\n\nIndekset faldt.", "sentence sentence sentence")]
    [InlineData("ru", "Акции упали во вторник.\n\n- Мы разочарованы третьим кварталом, - сказал директор Иван Петров.\n\nИндекс упал.", "sentence sentence sentence")]
    // So is the first sentence of a lone hyphen paragraph that goes on into the sentence that attributes it; a bullet
    // among others, or one that no attribution ends, stays an item.
    [InlineData("da", "Skolen lukker.\n\n- Det er en sorg for byen. Men vi har ikke råd, siger borgmesteren.\n\nByrådet stemte ja.", "sentence sentence sentence sentence")]
    [InlineData("no", "Fabrikken stenger.\n\n- Dette er tungt. Vi ser ingen annen vei, sier direktøren.\n\nDe ansatte ble varslet.", "sentence sentence sentence sentence")]
    [InlineData("da", "Nyt i denne udgave.\n\n- Rettet en fejl. Den opstod ved start.\n\n- Hurtigere. Det siger brugerne, siger vi.", "sentence listitem sentence listitem sentence")]
    [InlineData("en", "Release notes.\n\n- Fixed a crash. It happened on start.\n\nMore to come.", "sentence listitem sentence sentence")]
    [InlineData("da", "Vi skal købe ind.\n\n- Mælk, æg og brød.\n- Smør, ost og kaffe til hele ugen.", "sentence listitem listitem")]
    [InlineData("en", "Changes in this release.\n\n- Fixed a crash, which happened on start.\n- Faster builds.", "sentence listitem listitem")]
    // Labelled lines of fields parted by middle dots or bars are a details block, not a dialogue's turns.
    [InlineData("en", "Rating: 4/5\nGenre: Literary fiction · 384 pp. · Published Feb. 2024\n\nI picked up the novel expecting a gentle family saga.", "heading heading sentence")]
    [InlineData("en", "Amanda: He called her the last time we were at the park\nHannah: If you say so, but I never saw him there", "sentence sentence")]
    // A name or a place and a date on a line of their own are a heading, as a review's author and date or a preprint's
    // stamp; a wrapped sentence's date is not.
    [InlineData("en", "arXiv:2403.01187v2 [cs.CL] 14 Mar 2024\nShort Prompts, Long Answers\n\nInstruction-tuned models tend to answer at length.", "heading heading sentence")]
    [InlineData("en", "9/10\nA quiet masterpiece\nfilmfan_77 15 October 2023\nSlow, patient and devastating.", "heading heading heading sentence")]
    [InlineData("en", "The council approved the plan for the harbour wall after the hearing of\n15 October 2023.", "sentence")]
    // So are a post's author and when it was written, with its time of day or how long ago, after a handle or a
    // separator; a message that says how long ago is a sentence.
    [InlineData("en", "How do I remove None values from a dict?\nasked Jun 14, 2021 at 9:31\nUse a comprehension.\nanswered Jun 14, 2021 at 9:40", "sentence heading sentence heading")]
    [InlineData("en", "Re: NAS backup\nby bitrot_hunter \u00BB Sat Mar 02, 2024 5:03 pm\nI use B2 for everything.", "heading heading sentence")]
    // A thread's post header of a user, an action and how long ago, with a role badge or emphasis, is one too.
    [InlineData("en", "The cache never expires.\n\n**mara_k** (Owner) commented 5 days ago\n\nIt expires now.", "sentence heading sentence")]
    // An issue tracker's or a forum's header whose date is one word before the time of day, and a quotation's handle
    // under a dated header; prose that a clock time ends goes on in lower case.
    [InlineData("en", "Sam Cole added a comment - 11/Jan/25 3:05 PM\nThat worked, the build is green again.", "heading sentence")]
    [InlineData("de", "Lena Vogt hat kommentiert - 14.02.2025 08:12\nJetzt läuft es wieder.", "heading sentence")]
    [InlineData("en", "Lena Vogt added a comment - 2025-02-14 08:12\nWorks again, thanks.", "heading sentence")]
    [InlineData("en", "Posted by wren_42 \u00BB Tue Feb 04, 2025 6:10 pm\nmossy_log wrote:\nDid you reseed it?", "heading sentence sentence")]
    [InlineData("en", "The last train left the station at 11:40\nand nobody was on it.", "sentence")]
    [InlineData("en", "@mike_plays_blues 2 years ago\nThis finally made it click for me.\nr/IAmA \u2022 Posted by u/ISS_Eng \u2022 2 yr. ago\nI worked at Mission Control.", "heading sentence heading sentence")]
    [InlineData("en", "Do not just pay it if you disagree.\n\n[\u2013] u/frugal_frank \u00B7 5h \u00B7 418 points\nSecond this. Keep copies of everything.", "sentence heading sentence sentence")]
    [InlineData("en", "[10:02] Tom: did you see the old school\n[10:03] Ann: we met there 2 years ago", "sentence sentence")]
    [InlineData("en", "Irene Peters, [14.04.2024 09:32]\nGood morning! How much are the fees?\n\nAlex, [14.04.2024 09:40]\nThe budget says 68 pounds.", "heading sentence sentence heading sentence")]
    // A number that hard-wrapped prose puts at a line's start after a preposition, a word before an ordinal or a month
    // goes on its sentence; a list under a lead-in is a list.
    [InlineData("de", "Gerettet wurde Preußen erst durch den Tod der Zarin Elisabeth am\n5. Januar 1762 und den Friedensschluss mit Russland.\nDanach kehrte er zurück.", "sentence sentence")]
    [InlineData("de", "Die Uhr erkannte er sofort. Der Vater hatte sie ihm an dessen\n18. Geburtstag geschenkt. Er war immer der Liebling.", "sentence sentence sentence")]
    [InlineData("en", "The letter came on Tuesday, and the boat left at\n11. Nobody else came.", "sentence sentence")]
    [InlineData("en", "Nobody else came. The doctor said it happened on March\n3. It was long ago.", "sentence sentence sentence")]
    [InlineData("en", "To install the tool on a new machine:\n1. Download the file.\n2. Run it from a terminal.", "sentence listitem listitem")]
    public void Split_QuotationDashesAndQuestionTitles_GetTheirKind(string language, string text, string kinds) =>
        Assert.Equal(kinds, Kinds(SentenceSplitter.ForLanguage(language).Split(text)));

    [Theory]
    // Segments separated by " ‖ ". A block of headlines or key figures without final punctuation stays a line a
    // segment, an abbreviation before a word in lower case in one of them (no sentence ends there) or not.
    [InlineData("Top stories\nU.S. stocks fall as yields climb\nOil rises 2% on supply worries\nGold hits record high\n\nStocks fell on Tuesday.",
        "Top stories ‖ U.S. stocks fall as yields climb ‖ Oil rises 2% on supply worries ‖ Gold hits record high ‖ Stocks fell on Tuesday.")]
    [InlineData("Key takeaways\nAdjusted EPS of $2.57 vs. consensus of $2.19\nComparable sales rose 2.0%\nFull-year guidance narrowed\n\nShares rose.",
        "Key takeaways ‖ Adjusted EPS of $2.57 vs. consensus of $2.19 ‖ Comparable sales rose 2.0% ‖ Full-year guidance narrowed ‖ Shares rose.")]
    // A copyright notice opens a line of its own.
    [InlineData("Unsubscribe | Update preferences | Privacy policy\n© 2024 Morning Brief Media LLC, 100 Main St., Suite 400, Boston",
        "Unsubscribe | Update preferences | Privacy policy ‖ © 2024 Morning Brief Media LLC, 100 Main St., Suite 400, Boston")]
    // A word broken at a line's end goes on in lower case, in a block without final punctuation too.
    [InlineData("For details see:\nhttps://example.com/docs/concepts/time-\nsharing-gpus\n\nIt is new.",
        "For details see: ‖ https://example.com/docs/concepts/time- sharing-gpus ‖ It is new.")]
    // So does a list of short items in lower case, however many.
    [InlineData("to pack\nwarm socks\ntwo towels\nsun cream\na phone charger\nthe train tickets",
        "to pack ‖ warm socks ‖ two towels ‖ sun cream ‖ a phone charger ‖ the train tickets")]
    public void Split_LinesWithoutFinalPunctuation_AreLinesOfTheirOwn(string text, string expected) =>
        Assert.Equal(expected.Split(" ‖ "), GoldenRulesTests.SplitNormalized(SentenceSplitter.ForLanguage("en"), text));

    [Theory]
    // Segments separated by " ‖ ". Automatic captions pasted as text: short lines broken anywhere, without punctuation,
    // most opening in lower case, are one run of speech; a cue alone ("[Music]") stays a line of its own.
    [InlineData("en", "so this week we finally went to the\nnew ramen place on the corner of my\nstreet and honestly it was way better\nthan I expected the broth was rich\nand the noodles had a nice bite",
        "so this week we finally went to the new ramen place on the corner of my street and honestly it was way better than I expected the broth was rich and the noodles had a nice bite")]
    [InlineData("en", "[Applause]\nthanks for coming out tonight we\nhave a great show for you\nfirst up is a band from\nright here in town please give\nthem a warm welcome",
        "[Applause] ‖ thanks for coming out tonight we have a great show for you first up is a band from right here in town please give them a warm welcome")]
    [InlineData("ru", "добрый вечер в эфире вечерние\nновости сегодня в городе открылся\nновый мост через реку движение\nпо нему начнётся уже завтра\nутром сообщили в мэрии города",
        "добрый вечер в эфире вечерние новости сегодня в городе открылся новый мост через реку движение по нему начнётся уже завтра утром сообщили в мэрии города")]
    // A notice's header of field lines, most of them in lower case, is no captions: each line stays its own.
    [InlineData("de", "Amtliche WARNUNG vor STURMBÖEN\nfür: Kreis Plön, Kreis Ostholstein am Meer\ngültig von: Montag, 3.2.2025, 12:00 Uhr\nbis: Dienstag, 4.2.2025, 06:00 Uhr\nausgegeben vom Wetterdienst am Montag um 09:41 Uhr",
        "Amtliche WARNUNG vor STURMBÖEN ‖ für: Kreis Plön, Kreis Ostholstein am Meer ‖ gültig von: Montag, 3.2.2025, 12:00 Uhr ‖ bis: Dienstag, 4.2.2025, 06:00 Uhr ‖ ausgegeben vom Wetterdienst am Montag um 09:41 Uhr")]
    public void Split_AutomaticCaptionsPastedAsText_AreOneRun(string language, string text, string expected) =>
        Assert.Equal(expected.Split(" ‖ "), GoldenRulesTests.SplitNormalized(SentenceSplitter.ForLanguage(language), text));

    [Theory]
    // A spaced pipe after an abbreviation separates the fields of a signature's line; on the next line it opens a table row.
    [InlineData("Acme Corp. | 500 Market Street, San Francisco\nTel: +1 415 555 0100", new[] { "Acme Corp. | 500 Market Street, San Francisco", "Tel: +1 415 555 0100" })]
    [InlineData("Maria Lopez, Acme Inc. | Director of Product", new[] { "Maria Lopez, Acme Inc. | Director of Product" })]
    [InlineData("He works for Initech Inc.\n\n| Name | Role |\n| Ana | Chair |", new[] { "He works for Initech Inc.", "| Name | Role |", "| Ana | Chair |" })]
    public void Split_SpacedPipeAfterAbbreviation_GoesOnWithTheLine(string text, string[] expected)
    {
        IReadOnlyList<SentenceSpan> sentences = SentenceSplitter.ForLanguage("en").Split(text);

        var actual = new List<string>();
        foreach (SentenceSpan sentence in sentences)
        {
            actual.Add(sentence.Slice(text).ToString());
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("en", "Steps: 1. Heat the pan 2. Add the oil 3. Stir", "Steps: | 1. Heat the pan | 2. Add the oil | 3. Stir")]
    [InlineData("en", "You need: a) a pen b) some paper c) time.", "You need: | a) a pen | b) some paper | c) time.")]
    [InlineData("en", "Rules (i) be kind (ii) be brief (iii) be gone", "Rules | (i) be kind | (ii) be brief | (iii) be gone")]
    // Items punctuated as parts of one sentence run on in it.
    [InlineData("en", "The tenant must (a) pay rent on time, (b) keep the unit clean, and (c) allow inspections. Then it ends.", "The tenant must (a) pay rent on time, (b) keep the unit clean, and (c) allow inspections. | Then it ends.")]
    [InlineData("en", "You need: (1) a pen; (2) paper; or (3) a laptop.", "You need: (1) a pen; (2) paper; or (3) a laptop.")]
    // Items in brackets without a colon before them run on in the sentence that a terminator ends on their line, whatever
    // joins them; figure panels' labels too.
    [InlineData("en", "I ask the authors to (a) make the fraction depend on time, or at least (b) show how it changes. Then it ends.", "I ask the authors to (a) make the fraction depend on time, or at least (b) show how it changes. | Then it ends.")]
    [InlineData("en", "Fig. 3 shows spectral reflectance (a) and emissivity (b) of the coating. Then it ends.", "Fig. 3 shows spectral reflectance (a) and emissivity (b) of the coating. | Then it ends.")]
    [InlineData("de", "Grundlage sind (a) das Korpus JuRu mit Gesprächen, sowie (b) ein Ausschnitt aus dem Korpus AGE. Ein Satz folgt.", "Grundlage sind (a) das Korpus JuRu mit Gesprächen, sowie (b) ein Ausschnitt aus dem Korpus AGE. | Ein Satz folgt.")]
    [InlineData("en", "Do this (a) Wash your hands. (b) Dry them. (c) Sit down.", "Do this | (a) Wash your hands. | (b) Dry them. | (c) Sit down.")]
    [InlineData("en", "Steps: 1. Open the lid, 2. Pour the water, 3. Close it.", "Steps: | 1. Open the lid, | 2. Pour the water, | 3. Close it.")]
    [InlineData("de", "Der Mieter muss (a) die Miete zahlen, (b) die Wohnung pflegen und (c) Besichtigungen erlauben.", "Der Mieter muss (a) die Miete zahlen, (b) die Wohnung pflegen und (c) Besichtigungen erlauben.")]
    [InlineData("en", "Options\n(i) keep the old roof\n(ii) build a new one\n(iii) sell the house", "Options | (i) keep the old roof | (ii) build a new one | (iii) sell the house")]
    [InlineData("en", "i) Measure twice.\nii) Cut once.\niii) Sand the edges.", "i) Measure twice. | ii) Cut once. | iii) Sand the edges.")]
    [InlineData("en", "a) first choice\nb) second choice\nc) third choice", "a) first choice | b) second choice | c) third choice")]
    [InlineData("en", "A. Preparation\nB. Execution\nC. Review", "A. Preparation | B. Execution | C. Review")]
    [InlineData("en", "1. Wash the rice.\n2. Boil the water.\n3. Serve hot", "1. Wash the rice. | 2. Boil the water. | 3. Serve hot")]
    [InlineData("en", "IV. Results\nThe values rose.", "IV. Results | The values rose.")]
    [InlineData("de", "Zutaten: 1. Mehl 2. Zucker 3. Eier", "Zutaten: | 1. Mehl | 2. Zucker | 3. Eier")]
    [InlineData("fr", "a) le pain\nb) le vin\nc) le fromage", "a) le pain | b) le vin | c) le fromage")]
    [InlineData("es", "Pasos: 1. Lavar 2. Cortar 3. Servir", "Pasos: | 1. Lavar | 2. Cortar | 3. Servir")]
    // Initials in a list of names are no lettered list; a lettered list's items say more, or end without a comma.
    [InlineData("en", "Present: A. Chen, B. Patel, C. Okafor, D. Lindqvist\nApologies: E. Moreau", "Present: A. Chen, B. Patel, C. Okafor, D. Lindqvist | Apologies: E. Moreau")]
    [InlineData("en", "Options: A. Pay now, B. Pay later", "Options: | A. Pay now, | B. Pay later")]
    [InlineData("en", "Grades: A. Excellent B. Good C. Fair", "Grades: | A. Excellent | B. Good | C. Fair")]
    public void Split_ListItems_EachIsASegment(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Fact]
    public void Split_ListItems_AreKindListItem()
    {
        const string text = "Rules (i) be kind (ii) be brief\nOptions\nb) one\nc) two";
        List<SentenceKind> kinds = [];
        foreach (SentenceSpan span in SentenceSplitter.Default.Split(text))
        {
            kinds.Add(span.Kind);
        }

        Assert.Equal(
            [SentenceKind.Sentence, SentenceKind.ListItem, SentenceKind.ListItem, SentenceKind.Heading, SentenceKind.ListItem, SentenceKind.ListItem],
            kinds);
    }

    [Theory]
    [InlineData("en", "The war ended in 1848.[3] The next year was calm.", "The war ended in 1848.[3] | The next year was calm.")]
    [InlineData("en", "Charts now render on WebGPU.[^1] Export is faster too.", "Charts now render on WebGPU.[^1] | Export is faster too.")]
    [InlineData("en", "They won the right to vote.[4][5] Later they stood for office.", "They won the right to vote.[4][5] | Later they stood for office.")]
    [InlineData("en", "It grew fast.[12, 14] Then it shrank.", "It grew fast.[12, 14] | Then it shrank.")]
    [InlineData("en", "The bridge fell.[citation needed] Nobody was hurt.", "The bridge fell.[citation needed] | Nobody was hurt.")]
    // Maintenance tags of other languages abbreviate or ask inside their brackets.
    [InlineData("fr", "Le moulin a brûlé en 1911.[réf. nécessaire] Il fut reconstruit.", "Le moulin a brûlé en 1911.[réf. nécessaire] | Il fut reconstruit.")]
    [InlineData("nl", "De molen brandde af in 1911.[bron?] Hij werd herbouwd.", "De molen brandde af in 1911.[bron?] | Hij werd herbouwd.")]
    [InlineData("en", "The yard closed in 1921.[5]: 23–25  The railway came.[6]:4, 9[7] It grew. See note 3: the end.[8]: x Then.", "The yard closed in 1921.[5]: 23–25 | The railway came.[6]:4, 9[7] | It grew. | See note 3: the end.[8]: x Then.")]
    [InlineData("en", "The effect was large, as reported.12 The study was small.", "The effect was large, as reported.12 | The study was small.")]
    [InlineData("en", "Others disagree (Smith, 2004).2 In contrast, we find none.", "Others disagree (Smith, 2004).2 | In contrast, we find none.")]
    [InlineData("en", "Rates fell sharply.¹ Markets rallied.", "Rates fell sharply.¹ | Markets rallied.")]
    [InlineData("en", "Fibrillation doubles mortality.1,2 Because caffeine stimulates, doctors advise less.", "Fibrillation doubles mortality.1,2 | Because caffeine stimulates, doctors advise less.")]
    [InlineData("en", "Fibrillation doubles mortality.12–14 Doctors advise less coffee.", "Fibrillation doubles mortality.12–14 | Doctors advise less coffee.")]
    [InlineData("en", "Fibrillation doubles mortality.1,3-5 Doctors advise less coffee.", "Fibrillation doubles mortality.1,3-5 | Doctors advise less coffee.")]
    [InlineData("en", "Fibrillation doubles mortality.(1,2) Doctors advise less coffee.", "Fibrillation doubles mortality.(1,2) | Doctors advise less coffee.")]
    [InlineData("en", "Fibrillation doubles mortality.¹⁻³ Doctors advise less coffee.", "Fibrillation doubles mortality.¹⁻³ | Doctors advise less coffee.")]
    [InlineData("en", "Fibrillation doubles mortality.¹,² Doctors advise less coffee.", "Fibrillation doubles mortality.¹,² | Doctors advise less coffee.")]
    [InlineData("en", "Fibrillation doubles mortality.1,2 because of strokes.", "Fibrillation doubles mortality.1,2 because of strokes.")]
    [InlineData("en", "The value is 2004.2 in that table. It is small.", "The value is 2004.2 in that table. | It is small.")]
    [InlineData("de", "Die Stadt wuchs schnell.[7] Danach kam die Krise.", "Die Stadt wuchs schnell.[7] | Danach kam die Krise.")]
    [InlineData("fr", "La ville a grandi.[2] Puis vint la crise.", "La ville a grandi.[2] | Puis vint la crise.")]
    public void Split_CitationMarkers_StayWithTheSentenceTheyClose(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("en", "**Are space heaters cheaper than central heat?**\nOnly if you heat one small room.", "**Are space heaters cheaper than central heat?** | Only if you heat one small room.")]
    [InlineData("en", "It was *so good.* We loved it.", "It was *so good.* | We loved it.")]
    [InlineData("en", "She said __no!__ Then she left.", "She said __no!__ | Then she left.")]
    [InlineData("en", "The rate is 2*3. The end.", "The rate is 2*3. | The end.")]
    [InlineData("en", "Call it.*args is not a sentence here.", "Call it.*args is not a sentence here.")]
    public void Split_MarkdownEmphasis_ClosedAfterTheMark_StaysWithTheSentence(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("en", "'Stop!' she cried, 'you will break it! Put it down!'", "'Stop!' she cried, 'you will break it! Put it down!'")]
    [InlineData("en", "He shouted \"Fire! Fire!\" and ran.", "He shouted \"Fire! Fire!\" and ran.")]
    [InlineData("en", "She asked “Is it late? Are we lost?” and looked around. Nobody answered.", "She asked “Is it late? Are we lost?” and looked around. | Nobody answered.")]
    [InlineData("en", "He wrote ‘Go now. Do not wait.’ on the card. Then he left.", "He wrote ‘Go now. Do not wait.’ on the card. | Then he left.")]
    [InlineData("en", "He said `Stop here! Now!' and we stopped. It was late.", "He said `Stop here! Now!' and we stopped. | It was late.")]
    [InlineData("en", "He said \"Go home. Now.\" Then he left.", "He said \"Go home. Now.\" | Then he left.")]
    [InlineData("en", "\"Why?\" he asked. \"Because I said so!\" she replied.", "\"Why?\" he asked. | \"Because I said so!\" she replied.")]
    // So with a speaker's name before the verb; a sentence that opens with a starter after the quotation is its own.
    [InlineData("en", "She read the letter. \"What does it say?\" Tom asked. She did not answer.", "She read the letter. | \"What does it say?\" Tom asked. | She did not answer.")]
    [InlineData("en", "“Is it true?” Mary Ellen whispered. ‘Stop!’ Dr Okafor shouted.", "“Is it true?” Mary Ellen whispered. | ‘Stop!’ Dr Okafor shouted.")]
    // The pronoun "I" and a title with its period may name the speaker, and one word may follow the verb.
    [InlineData("en", "\"Ten minutes?\" I said. She laughed.", "\"Ten minutes?\" I said. | She laughed.")]
    [InlineData("en", "\"Where to?\" I asked, quietly. \"Home!\" I shouted again.", "\"Where to?\" I asked, quietly. | \"Home!\" I shouted again.")]
    [InlineData("en", "\"Does it hurt?\" Prof. Lind asked him. He shook his head.", "\"Does it hurt?\" Prof. Lind asked him. | He shook his head.")]
    [InlineData("en", "\"Who knows?\" I said the word twice. \"Now?\" I think so.", "\"Who knows?\" | I said the word twice. | \"Now?\" | I think so.")]
    [InlineData("en", "'Why now?' Police said the man fled. \"Really?\" Tom Ford, the coach, said nothing.", "'Why now?' | Police said the man fled. | \"Really?\" | Tom Ford, the coach, said nothing.")]
    [InlineData("en", "The students' books were lost. They were found later.", "The students' books were lost. | They were found later.")]
    [InlineData("en", "The sign said \"Closed. Come back at noon.\" We waited.", "The sign said \"Closed. Come back at noon.\" | We waited.")]
    [InlineData("en", "He shouted \"Run! And then it fell. We ran.", "He shouted \"Run! | And then it fell. | We ran.")]
    [InlineData("de", "Er rief „Halt! Stehen bleiben!“ und lief los. Sie folgte.", "Er rief „Halt! Stehen bleiben!“ und lief los. | Sie folgte.")]
    [InlineData("fr", "Il cria « Attention ! Le pont ! » et recula. Elle rit.", "Il cria « Attention ! Le pont ! » et recula. | Elle rit.")]
    [InlineData("es", "Ella gritó «¡Cuidado! ¡El puente!» y retrocedió. Él rió.", "Ella gritó «¡Cuidado! ¡El puente!» y retrocedió. | Él rió.")]
    public void Split_Quotations_AreKeptWhole(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("it", "Gridò «Fermo! Non muoverti!» e corse via. Lei rise.", "Gridò «Fermo! Non muoverti!» e corse via. | Lei rise.")]
    [InlineData("pt", "A cidade cresceu.[3] Depois veio a crise.", "A cidade cresceu.[3] | Depois veio a crise.")]
    [InlineData("nl", "Hij riep \"Brand! Brand!\" en rende weg. Zij bleef.", "Hij riep \"Brand! Brand!\" en rende weg. | Zij bleef.")]
    [InlineData("ru", "Он крикнул «Стой! Назад!» и побежал. Она осталась.", "Он крикнул «Стой! Назад!» и побежал. | Она осталась.")]
    [InlineData("it", "Ingredienti: 1. farina 2. zucchero 3. uova", "Ingredienti: | 1. farina | 2. zucchero | 3. uova")]
    [InlineData("pt", "Introdução\nO estudo começou em março.", "Introdução | O estudo começou em março.")]
    public void Split_Families_InOtherLanguages(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("en", "He said: \"We are pleased with the result of the vote today. It shows that the plan works for everyone.\" Then he left.", "He said: \"We are pleased with the result of the vote today. | It shows that the plan works for everyone.\" | Then he left.")]
    [InlineData("en", "She said: \"The injunction is absurd. \"I signed with a new label because I was not getting support.", "She said: \"The injunction is absurd. | \"I signed with a new label because I was not getting support.")]
    public void Split_QuotedPassages_AreSplitAtTheirSentences(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("en", "The fee is Rs. 500 per month.", "The fee is Rs. 500 per month.")]
    [InlineData("en", "Call 555-1234 ext. 5. Ask for Bob.", "Call 555-1234 ext. 5. | Ask for Bob.")]
    // A later postscript's label goes with its text as "P.S." does.
    [InlineData("en", "See you soon.\n\nP.P.S. The quiz is on Friday.\n\nP.P.P.S. Bring a pen.", "See you soon. | P.P.S. The quiz is on Friday. | P.P.P.S. Bring a pen.")]
    // Polish "this year" and "last year" written glued go on before an amount and close a sentence before a capital.
    [InlineData("pl", "Eksport wzrósł w ub.r. 8 proc. Spadł w b.r. 3 proc. i w br. 2 mld zł. Tak było w ub.r. Rząd milczy.", "Eksport wzrósł w ub.r. 8 proc. | Spadł w b.r. 3 proc. i w br. 2 mld zł. | Tak było w ub.r. | Rząd milczy.")]
    [InlineData("en", "The show starts at 7:30 p.m. EST. Doors open at 7.", "The show starts at 7:30 p.m. EST. | Doors open at 7.")]
    [InlineData("en", "He was fined by the SEC. \"Companies cannot do that,\" it said.", "He was fined by the SEC. | \"Companies cannot do that,\" it said.")]
    [InlineData("en", "The firm moved to Sacramento, CA. Officials welcomed it.", "The firm moved to Sacramento, CA. | Officials welcomed it.")]
    [InlineData("en", "The bakery (est. 1890) is the oldest in town.", "The bakery (est. 1890) is the oldest in town.")]
    [InlineData("en", "She lives at 12 Oak St., Apt. 4B. The office is in Ste. 100 of Bldg. 7.", "She lives at 12 Oak St., Apt. 4B. | The office is in Ste. 100 of Bldg. 7.")]
    [InlineData("en", "He lives at No. 7 in the lane. See Fig. 4 for a map.", "He lives at No. 7 in the lane. | See Fig. 4 for a map.")]
    [InlineData("en", "As shown in Fig. ?? the curve is flat.", "As shown in Fig. ?? the curve is flat.")]
    [InlineData("en", "See Section ?? and Table ?? for the rest. Then stop.", "See Section ?? and Table ?? for the rest. | Then stop.")]
    [InlineData("en", "See Eq. 3 and Ref. 12 for details.", "See Eq. 3 and Ref. 12 for details.")]
    [InlineData("en", "And then -- bang! -- it fell over.", "And then -- bang! -- it fell over.")]
    [InlineData("en", "And then — what? — it was gone.", "And then — what? — it was gone.")]
    [InlineData("en", "I checked my Yahoo! Mail before lunch.", "I checked my Yahoo! Mail before lunch.")]
    [InlineData("en", "He won on Jeopardy! The prize was large.", "He won on Jeopardy! | The prize was large.")]
    [InlineData("en", "The log read [12: ok? 14:05] and stopped.", "The log read [12: ok? 14:05] and stopped.")]
    [InlineData("en", "The plan (was it ready? nobody knew) went ahead.", "The plan (was it ready? nobody knew) went ahead.")]
    [InlineData("en", "Let x be in X. Suppose x is positive.", "Let x be in X. | Suppose x is positive.")]
    [InlineData("en", "The set contains v. If v is zero, stop.", "The set contains v. | If v is zero, stop.")]
    [InlineData("en", "The case Smith v. Jones was settled.", "The case Smith v. Jones was settled.")]
    // A glossary's part of speech after a headword that opens its line labels the definition: no end.
    [InlineData("en", "nave n. The central part of a church. It runs west.", "nave n. The central part of a church. | It runs west.")]
    [InlineData("en", "flying buttress n. An arch that carries thrust.\nplaster (pl. plasters) n. A paste for walls.", "flying buttress n. An arch that carries thrust. | plaster (pl. plasters) n. A paste for walls.")]
    [InlineData("en", "gild, v. To cover with gold.\nspire (n.) A tall tapering roof.", "gild, v. To cover with gold. | spire (n.) A tall tapering roof.")]
    [InlineData("en", "The set holds v. The rest is empty.", "The set holds v. | The rest is empty.")]
    [InlineData("en", "Table 2 n. The counts are low.", "Table 2 n. | The counts are low.")]
    [InlineData("en", "Take y in Y. Then y is bounded.", "Take y in Y. | Then y is bounded.")]
    // A capital letter after a word it labels is no initial; a letter before a number is a label too.
    [InlineData("en", "The code is described in Appendix B. The data are public.", "The code is described in Appendix B. | The data are public.")]
    [InlineData("en", "The winner was Team A. Team B came second.", "The winner was Team A. | Team B came second.")]
    [InlineData("en", "It fails for Type I. We discuss this below.", "It fails for Type I. | We discuss this below.")]
    [InlineData("en", "Exposure to hepatitis B. Symptoms appear later.", "Exposure to hepatitis B. | Symptoms appear later.")]
    [InlineData("en", "The memo was written by Jonas E. Smith in May.", "The memo was written by Jonas E. Smith in May.")]
    [InlineData("en", "The gallery will exhibit J. M. W. Turner paintings this spring.", "The gallery will exhibit J. M. W. Turner paintings this spring.")]
    [InlineData("en", "Asked if he would resign, he said no. G7 leaders meet in Rome next week.", "Asked if he would resign, he said no. | G7 leaders meet in Rome next week.")]
    [InlineData("en", "Data are shown in Fig. S2 and Table S1. The trend is clear.", "Data are shown in Fig. S2 and Table S1. | The trend is clear.")]
    [InlineData("en", "See Fig. A for the layout and Appx. C, not Sec. B. A reader asked. He said No. A friend came.", "See Fig. A for the layout and Appx. C, not Sec. B. | A reader asked. | He said No. | A friend came.")]
    [InlineData("en", "It was made in the U.S. , not abroad. It sold well.", "It was made in the U.S. , not abroad. | It sold well.")]
    [InlineData("en", "The quality is the same. the brand is the same. I love these boots. they fit well. The food was so good! the staff were kind.", "The quality is the same. | the brand is the same. | I love these boots. | they fit well. | The food was so good! | the staff were kind.")]
    [InlineData("en", "It works as Amp. for laptops. We paid $80 in a dept. store. Search on Yahoo! in June. \"Stop!\" she cried. 'Help!' they said.", "It works as Amp. for laptops. | We paid $80 in a dept. store. | Search on Yahoo! in June. | \"Stop!\" she cried. | 'Help!' they said.")]
    // A transcript's note in brackets between two sentences stands apart from both; one inside a sentence, after an
    // abbreviation or before lower case, or one that is no note (a colon in it), goes on as before.
    [InlineData("en", "The bank would not lend it. [pause] That was the end. It was over. (laughs) Anyway, we left.", "The bank would not lend it. | [pause] | That was the end. | It was over. | (laughs) | Anyway, we left.")]
    [InlineData("en", "The crowd went quiet. (Laughter) One man pressed it twice. She won. *[Sustained applause]* Ruth is here.", "The crowd went quiet. | (Laughter) | One man pressed it twice. | She won. | *[Sustained applause]* | Ruth is here.")]
    [InlineData("de", "Das haben wir erreicht. (Beifall) Wir machen weiter. Er kam. (AP) Die Lage ist ruhig.", "Das haben wir erreicht. | (Beifall) | Wir machen weiter. | Er kam. | (AP) Die Lage ist ruhig.")]
    [InlineData("en", "Read the full report. (https://example.org/report) See the docs (https://example.org) for details.", "Read the full report. | (https://example.org/report) See the docs (https://example.org) for details.")]
    [InlineData("en", "Read the manual. (see chapter two) for details. See Fig. (a) Top row. Ask me. [note: yes] Then go.", "Read the manual. (see chapter two) for details. | See Fig. (a) Top row. | Ask me. [note: yes] Then go.")]
    // A short word after a number is a unit's abbreviation, whatever follows in lower case; a longer one ends its sentence.
    [InlineData("es", "La obra costará 3 mill. de euros en total. Vale 5 mill. en efectivo.", "La obra costará 3 mill. de euros en total. | Vale 5 mill. en efectivo.")]
    [InlineData("it", "L'investimento sarà di 4 mld. di euro. Costa 4 mln. di euro.", "L'investimento sarà di 4 mld. di euro. | Costa 4 mln. di euro.")]
    [InlineData("en", "We waited 40 minutes. the staff never came. It cost 5 xyz. in all.", "We waited 40 minutes. | the staff never came. | It cost 5 xyz. in all.")]
    // A preposition in lower case goes on after an abbreviation that no list holds; a pronoun or an article opens the
    // sentence a review went on in lower case, and after a "!" (no abbreviation's) a preposition does too.
    [InlineData("en", "The mgmt. of the firm agreed. The room was clean. the staff were kind. Great location! in the heart of town.", "The mgmt. of the firm agreed. | The room was clean. | the staff were kind. | Great location! | in the heart of town.")]
    // A statistics paper's "std. dev." is listed: "over" after it goes on, though "Over" opens sentences; a capital after "dev." decides as after any listed abbreviation.
    [InlineData("en", "We report the mean and std. dev. over five runs. I work as a dev. The team is small.", "We report the mean and std. dev. over five runs. | I work as a dev. | The team is small.")]
    [InlineData("es", "El depto. de ventas creció. La admón. del puerto cerró. Muy limpio. el personal amable.", "El depto. de ventas creció. | La admón. del puerto cerró. | Muy limpio. | el personal amable.")]
    [InlineData("it", "Il reg. di cassa è chiuso. La sez. di Roma vota.", "Il reg. di cassa è chiuso. | La sez. di Roma vota.")]
    [InlineData("fr", "La direction gén. de la société a décidé. La bibl. de la ville ferme.", "La direction gén. de la société a décidé. | La bibl. de la ville ferme.")]
    // German capitalizes its nouns: a review goes on in lower case after one too, but not after a short abbreviation.
    [InlineData("de", "Sehr gutes Hotel am Bahnhof. das Personal war freundlich. Der Leiter der Abt. die Frau kam.", "Sehr gutes Hotel am Bahnhof. | das Personal war freundlich. | Der Leiter der Abt. die Frau kam.")]
    [InlineData("pl", "Wydział admin. w Poznaniu milczy. Rada zdecydowała.", "Wydział admin. w Poznaniu milczy. | Rada zdecydowała.")]
    [InlineData("nl", "De afd. van de gemeente besliste. Het bedrag is incl. de btw.", "De afd. van de gemeente besliste. | Het bedrag is incl. de btw.")]
    [InlineData("en", "Sales slowed in March. iPhone shipments fell. Buyers left! eBay lost too. He used approx. iPad-like names.", "Sales slowed in March. | iPhone shipments fell. | Buyers left! | eBay lost too. | He used approx. iPad-like names.")]
    public void Split_TokensThatLookLikeEnds_AreNotBoundaries(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("en", "Introduction\nThe study began in March.", "Introduction | The study began in March.")]
    [InlineData("en", "Methods\n(All samples were frozen.) We then thawed them.", "Methods | (All samples were frozen.) | We then thawed them.")]
    [InlineData("en", "A Short History of the Town and Its Old Bridges\nThe bridge was built in 1820 by a local mason.", "A Short History of the Town and Its Old Bridges | The bridge was built in 1820 by a local mason.")]
    [InlineData("en", "12\nResults\nThe values rose.", "12 | Results | The values rose.")]
    [InlineData("en", "The first part of the report was long and it was\nwritten by a committee of nine people.", "The first part of the report was long and it was written by a committee of nine people.")]
    [InlineData("en", "The council met on Monday to discuss the plan and\nThe Times reported on it the next day.", "The council met on Monday to discuss the plan and The Times reported on it the next day.")]
    [InlineData("de", "Einleitung\nDie Studie begann im März.", "Einleitung | Die Studie begann im März.")]
    // A review written a sentence a line: a line that ends on a word in lower case does not go on onto a line that opens
    // with a sentence starter before a word in lower case, which wrapped prose would write in lower case. A name that
    // opens with a starter, a single letter, a line that a preposition, a conjunction or "after" leaves open, and a
    // pronoun the language capitalizes inside a sentence ("Sie") go on.
    [InlineData("en", "I have had it three months and use it daily.\nIt crushes ice in seconds and the jar is easy to clean\nThe lid fits tight and nothing leaks.", "I have had it three months and use it daily. | It crushes ice in seconds and the jar is easy to clean | The lid fits tight and nothing leaks.")]
    [InlineData("en", "The first run of the new ferry was delayed by an hour because of\nThe tide. It left at noon.", "The first run of the new ferry was delayed by an hour because of The tide. | It left at noon.")]
    [InlineData("en", "The report on the harbour was published this morning by\nThe Times and then by the local paper.", "The report on the harbour was published this morning by The Times and then by the local paper.")]
    [InlineData("en", "The study found that people with what is called type\nA personality sleep less than others do.", "The study found that people with what is called type A personality sleep less than others do.")]
    [InlineData("en", "The licence ends if you do not comply within 30 days after\nYour receipt of the notice.", "The licence ends if you do not comply within 30 days after Your receipt of the notice.")]
    [InlineData("en", "The rule covers the currently supported\nITS data categories of the standard.", "The rule covers the currently supported ITS data categories of the standard.")]
    [InlineData("de", "Wenn Sie mehr über die neue Brücke erfahren möchten, können\nSie uns jederzeit schreiben.", "Wenn Sie mehr über die neue Brücke erfahren möchten, können Sie uns jederzeit schreiben.")]
    [InlineData("de", "Der Mixer zerkleinert Eis in wenigen Sekunden und ist leicht zu reinigen\nDer Deckel schließt dicht.", "Der Mixer zerkleinert Eis in wenigen Sekunden und ist leicht zu reinigen | Der Deckel schließt dicht.")]
    // So does a line that ends on a capitalized word, a noun or a name, as a headline over its standfirst does; a name
    // that a starter opens still goes on.
    [InlineData("de", "Bundestag beschließt Reform der Grundsteuer\nNach monatelangem Streit hat sich die Ampel geeinigt.\n\nDer Bundesrat muss noch zustimmen.", "Bundestag beschließt Reform der Grundsteuer | Nach monatelangem Streit hat sich die Ampel geeinigt. | Der Bundesrat muss noch zustimmen.")]
    [InlineData("nl", "Kabinet trekt 1,2 miljard uit voor woningbouw in Randstad\nHet geld gaat vooral naar de vier grote steden.\n\nDat heeft de minister vrijdag bekendgemaakt.", "Kabinet trekt 1,2 miljard uit voor woningbouw in Randstad | Het geld gaat vooral naar de vier grote steden. | Dat heeft de minister vrijdag bekendgemaakt.")]
    [InlineData("en", "The report on the harbour was read this morning by the editors at\nThe Times and then by the local paper in Leeds.", "The report on the harbour was read this morning by the editors at The Times and then by the local paper in Leeds.")]
    [InlineData("en", "The new ferry from the harbour to the islands was named after Queen\nMary and sails every day at noon.", "The new ferry from the harbour to the islands was named after Queen Mary and sails every day at noon.")]
    // A review page's line in title case or parted into fields that the next line's first word would have fitted on,
    // within the paragraph's longest line, ends where its writer broke it, whatever the case of that word; and so does a
    // label's line that lists short values, before a capitalized line.
    [InlineData("en", "Verified Buyer\nthe strap broke after two weeks of daily use.", "Verified Buyer | the strap broke after two weeks of daily use.")]
    [InlineData("en", "Recommended | 40 hrs played\nlooks great and runs smoothly on my old laptop.", "Recommended | 40 hrs played | looks great and runs smoothly on my old laptop.")]
    [InlineData("en", "Downsides: speaker, weight\nOverall worth it for the price.", "Downsides: speaker, weight | Overall worth it for the price.")]
    [InlineData("en", "Downsides: a weak speaker, the weight, a slow charger\nOverall worth it.", "Downsides: a weak speaker, the weight, a slow charger | Overall worth it.")]
    // A line that one quotation fills, without final punctuation inside it, is a title quoted whole over a capitalized
    // line, however long.
    [InlineData("en", "\"Easy to set up, hard to put away again\"\nPros · Light, quiet and cheap to run.", "\"Easy to set up, hard to put away again\" | Pros · Light, quiet and cheap to run.")]
    [InlineData("de", "„Gutes Hotel, aber eine sehr laute Straße“\nDas Frühstück war reichhaltig und frisch.", "„Gutes Hotel, aber eine sehr laute Straße“ | Das Frühstück war reichhaltig und frisch.")]
    // A line in title case that an article, a conjunction or "of" leaves open is no heading: its sentence goes on, in
    // a numbered item too, and in any language with a list of such words.
    [InlineData("en", "Respondent Harbour Freight Ltd is a\nDelaware company that owns the depot.", "Respondent Harbour Freight Ltd is a Delaware company that owns the depot.")]
    [InlineData("en", "3. Respondent Blue Ridge Holdings, Inc. is an\nOhio corporation that leases the site.\n4. The Lease was signed in May.", "3. Respondent Blue Ridge Holdings, Inc. is an Ohio corporation that leases the site. | 4. The Lease was signed in May.")]
    [InlineData("fr", "La Société Nordvent Logistique est une\nEntreprise qui exploite des entrepôts.", "La Société Nordvent Logistique est une Entreprise qui exploite des entrepôts.")]
    [InlineData("sv", "Bolaget Nordvind Logistik AB är ett\nSvenskt Företag som driver lager.", "Bolaget Nordvind Logistik AB är ett Svenskt Företag som driver lager.")]
    [InlineData("da", "Selskabet Nordvind Logistik A/S er et\nDansk Firma der driver lagre.", "Selskabet Nordvind Logistik A/S er et Dansk Firma der driver lagre.")]
    // A name or a place and a date on a line of their own, as a review gives its author and its date, is a heading
    // that no line goes on onto, unless the line before leaves its phrase open or a colon ends it.
    [InlineData("en", "Beautiful but boring\ncinema_critic_jb 2 November 2023\nI wanted to love this.", "Beautiful but boring | cinema_critic_jb 2 November 2023 | I wanted to love this.")]
    [InlineData("en", "The plan for the new harbour wall was approved by the council on\n15 October 2023\nafter a long public hearing.", "The plan for the new harbour wall was approved by the council on 15 October 2023 after a long public hearing.")]
    // A numbered clause starts a sentence of its own, even after an initial or a label with a period; a decimal that
    // wraps onto the next line in lower case goes on with the sentence.
    [InlineData("en", "The services are described in Schedule A.\n1.2 \"Fees\" means the amounts payable under clause 4.\n1.3 The Term is one year.", "The services are described in Schedule A. | 1.2 \"Fees\" means the amounts payable under clause 4. | 1.3 The Term is one year.")]
    [InlineData("en", "The supplier keeps the records listed in Annex B.\n3.1.4. The Supplier shall store them for seven years.", "The supplier keeps the records listed in Annex B. | 3.1.4. The Supplier shall store them for seven years.")]
    [InlineData("de", "Die Leistungen sind in Anlage A.\n2.1 Der Vertrag beginnt am 1. Januar.", "Die Leistungen sind in Anlage A. | 2.1 Der Vertrag beginnt am 1. Januar.")]
    [InlineData("en", "The price of the shares in the company rose on Monday by about\n12.5 percent after the results were published.", "The price of the shares in the company rose on Monday by about 12.5 percent after the results were published.")]
    public void Split_Layout_HeadingsNumbersAndWrappedLines(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A paragraph's short last line is read the same whether its lines end with LF or with CRLF.
    [InlineData("The location is brilliant. Ask for a room at the back.\nTrip type: Travelled as a couple\nHelpful\n")]
    [InlineData("The ferry left at noon. It was late, and the crew\nsaid the tide\nwas low.\n\nNext paragraph.")]
    public void Split_LineEndings_DoNotChangeTheSegments(string text)
    {
        SentenceSplitter splitter = SentenceSplitter.ForLanguage("en");
        string crlf = text.Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal(
            splitter.Split(text).Select(s => (s.Kind, s.Slice(text).ToString())),
            splitter.Split(crlf).Select(s => (s.Kind, s.Slice(crlf).ToString().Replace("\r\n", "\n", StringComparison.Ordinal))));
    }

    [Theory]
    // The arrows, check marks, crosses and emoji that product pages and posts put before their points are bullets at a
    // line's start before a space (a variation selector after one counts with it); an emoji that opens a sentence is not.
    [InlineData("Key features:\n✅ Up to 60 minutes of runtime\n→ Wall mount included\n✔️ Washable filter\n❌ No charging dock", "sentence listitem listitem listitem listitem")]
    [InlineData("Release 4.2\n\n🔹 Fixed a crash when opening large projects\n👉 The installer now checks for updates", "heading listitem listitem")]
    [InlineData("🎉 We shipped the new editor today.\n\n→x is a variable here, not a bullet.", "sentence sentence")]
    // A review's pros and cons: a minus sign, a heavy plus or minus, a thumb up or down before a space.
    [InlineData("Verdict after a month:\n+ Bright screen in sunlight\n\u2212 Battery drains fast on video\n\u2796 No headphone jack at all", "sentence listitem listitem listitem")]
    [InlineData("What I think:\n👍 Quiet motor even on high speed\n👎 The lid cracked after two weeks\n\u2795 Easy to clean by hand", "sentence listitem listitem listitem")]
    // A form's check boxes typed in brackets are bullets too, and the question over them stays a heading.
    [InlineData("WHICH OF THESE APPLY? (tick all that apply)\n[ ] I rent my home\n[x] I own a car\n[X] I work from home", "heading listitem listitem listitem")]
    [InlineData("Contact me by\n[ ] Post\n[x] Telephone\n\nWe reply within a week.", "heading listitem listitem sentence")]
    public void Split_SymbolBullets_MarkListItems(string text, string expected) =>
        Assert.Equal(expected, Kinds(SentenceSplitter.ForLanguage("en").Split(text)));

    [Theory]
    // Chinese and Japanese list markers, which no space follows, open list items at a line's start; a katakana middle
    // dot inside a line joins a name's parts.
    [InlineData("ja", "良かった点は以下の通りです。\n・ノイズキャンセリングが強力\n・バッテリーが最大８時間もつ\n①12月29日（金）：10時～17時\n②12月30日（土）：休業", "sentence listitem listitem listitem listitem")]
    [InlineData("zh", "现将有关事项通知如下。\n一、大力推进现代化产业体系建设；\n二、深入实施科教兴国战略。\n（一）加强隐患排查。\n1、烟花爆竹销售点须取得许可证；\n2、大型活动须提前报备。", "sentence listitem listitem listitem listitem listitem")]
    [InlineData("ja", "ジョン・スミス氏が来日した。\n彼は・を使わない。", "sentence sentence")]
    // A number before a fullwidth period, a circled number before a space, a number in ASCII brackets and one before an
    // ASCII period, both before a CJK letter, are markers as "1、" is.
    [InlineData("zh", "注意事项如下。\n1．不得迟到。\n2．不得早退。", "sentence listitem listitem")]
    [InlineData("zh", "注意事项如下。\n① 请提前预约。\n② 请携带证件。", "sentence listitem listitem")]
    [InlineData("zh", "注意事项如下。\n(1)请提前预约。\n(2)请携带证件。", "sentence listitem listitem")]
    [InlineData("zh", "注意事项如下。\n1.请提前预约。\n2.请携带证件。", "sentence listitem listitem")]
    public void Split_CjkListMarkers_MarkListItems(string language, string text, string expected) =>
        Assert.Equal(expected, Kinds(SentenceSplitter.ForLanguage(language).Split(text)));

    [Theory]
    // Numbered paragraphs, as court judgments and reports number theirs: each opens with a sentence.
    [InlineData("1. The applicant challenges the decision of the Minister.\n\n2. The Minister refused the licence. The applicant accepts it.\n\n3. I will hear the parties on costs.", "sentence sentence sentence sentence")]
    [InlineData("1. The applicant challenges the decision.\r\n\r\n2. The Minister refused the licence.", "sentence sentence")]
    [InlineData("Judgment\n\n1. The applicant challenges the decision of the Minister,\nwho refused him a licence.\n\n2. The appeal is dismissed.", "heading sentence sentence")]
    // A list is numbered line by line; a numbered title ends without a period; a lead-in before its items ends with a colon.
    [InlineData("1. Wash the rice.\n2. Boil the water.\n3. Serve hot.", "listitem listitem listitem")]
    [InlineData("1. Budget\nThe board approved the budget.\n\n2. Office\nThe lease was signed.", "listitem sentence listitem sentence")]
    [InlineData("1. The tenant must:\n(a) pay the rent;\n(b) keep the flat clean.\n\n2. The landlord repairs the roof.", "listitem listitem listitem sentence")]
    // A numbered step's sentences after its first are the step's; a bullet's line may go on into prose, and a numbered
    // paragraph's sentences are prose.
    [InlineData("It is quick.\n\n1. Heat the oil in a pot. Add the onion and cook until soft.\n2. Pour in the milk. Cover and cook for 15 minutes.", "sentence listitem listitem listitem listitem")]
    [InlineData("It is quick.\n\n- Heat the oil in a pot. Add the onion and cook until soft.", "sentence listitem sentence")]
    public void Split_NumberedParagraph_OpensWithASentence(string text, string expected) =>
        Assert.Equal(expected, Kinds(SentenceSplitter.ForLanguage("en").Split(text)));

    [Theory]
    // A leaderboard's tied places ("T4.", "=4.", "T-4") are numbers of its list as "4." is: no sentence ends after them.
    [InlineData("Round two\n3. K. Moss -6 (68-68) 136\nT4. P. Olsen -5 (70-67) 137\nT4. R. Shaw -5 (69-68) 137", "Round two | 3. K. Moss -6 (68-68) 136 | T4. P. Olsen -5 (70-67) 137 | T4. R. Shaw -5 (69-68) 137", "heading listitem listitem listitem")]
    [InlineData("Standings\n=4. P. Olsen 137\nT-6 R. Shaw 139", "Standings | =4. P. Olsen 137 | T-6 R. Shaw 139", "heading listitem listitem")]
    // A word that opens with 'T' and a digit is no place: "T4 ligase" is a name.
    [InlineData("T4 ligase was added. The mix was kept at 16 C.", "T4 ligase was added. | The mix was kept at 16 C.", "sentence sentence")]
    public void Split_LeaderboardTies_AreListMarkers(string text, string expected, string kinds)
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.ForLanguage("en").Split(text);
        Assert.Equal(expected, string.Join(" | ", spans.Select(span => span.Slice(text).ToString())));
        Assert.Equal(kinds, Kinds(spans));
    }

    [Theory]
    [InlineData("en", "thanks for the quick delivery the blender works great and is quiet", "sentence")]
    [InlineData("en", "Fast shipping.\n\nthe box was dented when it came but everything inside was fine and the blender works great it is quiet and strong and crushes ice in seconds so we use it every morning now\n\nWould buy again.", "sentence sentence sentence")]
    [InlineData("en", "Ok place I feel for what you get it is a little pricey and the juice is good but not fresh and I don't think I will be back\nThe staff were nice.", "sentence sentence")]
    [InlineData("de", "Wir waren mit dem Hotel sehr zufrieden das Personal war freundlich und das Frühstück war reichlich und lecker wir kommen gerne wieder\n\nDanke!", "sentence sentence")]
    [InlineData("fr", "super produit livré rapidement et très bien emballé je recommande ce vendeur", "sentence")]
    // A chat line's stamp and speaker are passed over: what is said decides.
    [InlineData("en", "[09:05] maria: the nightly build failed again\n[09:06] tom: is the sandbox down again\n[09:07] Li: Sandbox Status Page", "sentence sentence heading")]
    [InlineData("en", "[09:12] tom: +1, let's ship the fix today\n[09:13] ana: 2 more tests failing on the upload path\n[09:14] raj: 3 Bugs Left", "sentence sentence heading")]
    // A chat line that says four words or more, not in title case, is a message whatever its case, and a phone's chat
    // export writes each message on a line of its own.
    [InlineData("en", "[09:19] <bob> I'll tell the release channel\n[09:20] <carol> I'll have a fix in review by noon\n[09:21] <ana> Release Notes Draft", "sentence sentence heading")]
    // A message that opens with an item's number is prose too; a vote of "+1" is none.
    [InlineData("en", "[14:11] <rtorres> +1\n[14:12] <mkrause> 3) CI. our free credits ran out, last month CI cost us $1,340\n[14:12] <jlee> wow", "heading sentence heading")]
    [InlineData("en", "03/12/2024, 09:13 - Bob: We need sign-off from QA first\n03/12/2024, 09:14 - Alice Smith: Ok.\n03/12/2024, 09:16 - Bob: How bad is it?", "sentence sentence sentence")]
    // A line of verse under a line that ends with a comma, a semicolon or no mark goes on with its stanza; a heading
    // under a heading, or under a sentence that ends with a period, stays one.
    [InlineData("en", "The Road\n\nTwo roads diverged in a yellow wood,\nAnd sorry I could not travel both\nAnd be one traveler, long I stood\n\nBreaking News\nCity Budget Passes\n\nThe vote was close.\nWhat Happens Next", "heading sentence sentence sentence heading heading sentence heading")]
    // A text that leaves a paragraph's last sentence without its period (one after a punctuated sentence on its line)
    // writes long lines of their own without one too: those are prose. A shorter line, a line in title case and the
    // text's first line (a title) stay headings, and so do long lines in a text that ends its paragraphs with periods.
    [InlineData("en", "We shipped the new editor today.\n\nStartup is 3x faster. We rewrote the host so plugins load lazily\n\nSearch now indexes the whole workspace in the background, so results show up as you type\n\nWhat Comes Next for the Editor and Its Plugins in the New Year\n\nMore soon.", "sentence sentence sentence sentence heading sentence")]
    [InlineData("en", "Search now indexes the whole workspace in the background, so results show up as you type\n\nStartup is 3x faster. We rewrote the host so plugins load lazily\n\nThe settings page is gone\n\nThat is all.", "heading sentence sentence heading sentence")]
    [InlineData("en", "1/ We shipped the new editor today.\n\n2/ Startup is 3x faster. We rewrote the host so plugins load lazily\n\n3/ Search now indexes the whole workspace in the background, so results show up as you type", "sentence sentence sentence sentence")]
    [InlineData("en", "We shipped the new editor today.\n\nStartup is 3x faster. We rewrote the host so plugins load lazily.\n\nSearch now indexes the whole workspace in the background, so results show up as you type\n\nMore soon.", "sentence sentence sentence heading sentence")]
    // A post written a sentence a line without periods: a line that joins two clauses with a comma, or that an emoji
    // closes, is prose from eight words on; not an apposition ("Marie Curie, the first ..."), nor the text's first line,
    // nor a line over a paragraph that ends with a period.
    [InlineData("en", "Tiny house diary\n\nThe hardest part wasn't the money, it was getting rid of 80% of our stuff\n\nWe still work remotely so the biggest problem is internet, we use a 5G router\n\nMore in our stories and a full house tour this sunday 🏡\n\nSee you there",
        "heading sentence sentence sentence heading")]
    [InlineData("en", "Famous scientists\n\nMarie Curie, the first woman to win a Nobel prize in physics\n\nShe was born in Warsaw in 1867.", "heading heading sentence")]
    [InlineData("it", "Ricette di casa\n\nPasta e patate alla napoletana con provola (la ricetta vera, quella della domenica)\n\nIngredienti per 4 persone", "heading heading heading")]
    [InlineData("en", "Release notes\n\nSearch now indexes the whole workspace, so results show up as you type\n\nIt is on by default.", "heading heading sentence")]
    // A wire story's headline is one whatever its commas: under a kicker alone on its line, opened by a kicker and a
    // hyphen, or over a dateline, a byline or a note in brackets, though the lead under it is wrapped.
    [InlineData("en", "Port report\n\nBREAKING\n\nFerry runs aground off Dover, no injuries reported - coastguard\n\nThe ferry Marguerite ran aground at dawn on Friday off the harbour wall\nwhile leaving port, the coastguard said.", "heading heading heading sentence")]
    [InlineData("en", "Port report\n\nUPDATE 1-Ferry runs aground off Dover, five passengers hurt\n\nThe ferry Marguerite ran aground at dawn on Friday off the harbour wall\nwhile leaving port, the coastguard said.", "heading heading sentence")]
    [InlineData("en", "Port report\n\nFerry runs aground off Dover, police say\n\nDOVER, May 3 (Reuters) - The ferry Marguerite ran aground at dawn on Friday\noff the harbour wall, the coastguard said.", "heading heading sentence")]
    [InlineData("en", "Port report\n\nFerry runs aground off Dover, no injuries reported\n\nBy Jane Roe\n\nThe ferry Marguerite ran aground at dawn on Friday off the harbour wall\nwhile leaving port, the coastguard said.", "heading heading heading sentence")]
    [InlineData("en", "Port report\n\nFerry runs aground off Dover, five passengers hurt\n\n(Adds coastguard's comment in paragraph 3)\n\nThe ferry Marguerite ran aground at dawn on Friday off the harbour wall\nwhile leaving port, the coastguard said.", "heading heading heading sentence")]
    // A sentence that a blank line cuts short leaves no paragraph open ("comedy\n\n. And"), and a period after an
    // abbreviation ends no sentence before the unpunctuated rest.
    [InlineData("en", "We shipped the new editor today.\n\nIt helps. Advances in the build could do wonders for the team's nightly release\n\n. And the success of the plugins\n\nSearch now indexes the whole workspace in the background, so results show up as you type\n\nMore soon.", "sentence sentence sentence heading heading sentence")]
    // A segment's first line goes on onto no short line that its paragraph goes on after (a byline, a dateline under a
    // headline), unless it leaves its phrase open or the short line is indented deeper; a byline may open with a title.
    [InlineData("en", "Metro line opens tomorrow in Istanbul\nBy Jane Doe\nUpdated: 12 March 2024 14:35\nThe new line opens tomorrow. It runs 14 km.", "heading heading heading sentence sentence")]
    // An agency's trailer code that closes the text, short tokens and slashes, is a signature; lower-case words are prose.
    [InlineData("de", "Fähre auf Grund\n\nDie Fähre ist am Morgen vor Rügen auf Grund gelaufen.\n\ndpa abc/xyz yydd n2 mkl", "heading sentence heading")]
    [InlineData("en", "Ferry aground\n\nThe ferry ran aground at dawn.\n\nwe all got home safe/sound in the end", "heading sentence sentence")]
    // A digest's headline right over its item's short lead, which a dateline opens, is a line of its own.
    [InlineData("de", "Meldungen\n\nFähre läuft vor Rügen auf Grund\nSASSNITZ (dpa) - Die Fähre ist am Morgen vor Rügen auf Grund gelaufen.\n\nNeue Brücke in Stralsund eröffnet\nSTRALSUND (dpa) - Die neue Brücke ist fertig.", "heading heading sentence heading sentence")]
    [InlineData("en", "Wire summary\n\nFerry runs aground off Dover\nDOVER - The ferry Marguerite ran aground at dawn. No one was hurt.", "heading heading sentence sentence")]
    [InlineData("tr", "İstanbul'da metro hattı yarın açılıyor\nHaber Merkezi\nİBB'nin yaptığı yeni metro hattı yarın törenle hizmete girecek. Hat 14 km uzunluğunda olacak.", "heading heading sentence sentence")]
    [InlineData("en", "Nurses Strike Over Pay at City Hospital\nBy Dr. Jane Smith, Health Correspondent\nMarch 3, 2024\n\nNurses at City General Hospital walked out on Monday.", "heading heading heading sentence")]
    [InlineData("en", "You can also use the Ninja generator of CMake, to do that pass\n\t-G Ninja\nto the cmake invocation, and then run ninja.", "sentence")]
    [InlineData("en", "See the guide to the Tools and SDKs Shared Configuration and\nCredentials Reference\nguide for more information.", "sentence")]
    [InlineData("en", "LEN is never zero here.\nThe value is read as a time of January 1st, 1998 at 12h 00m Greenwich\nMean Time, which the\nlibrary converts.", "sentence sentence")]
    // A line without final punctuation right under a sentence of its paragraph that a terminator ends is prose, from six
    // words on and not in title case; a heading stands over its text, after a blank line or at the text's start.
    [InlineData("en", "Great blender\nI have had it three months and use it daily.\nIt crushes ice in seconds and the jar is easy to clean\nThe lid fits tight and nothing leaks.\nOnly complaint is that it is a bit loud\nWould recommend.", "heading sentence sentence sentence sentence sentence")]
    [InlineData("en", "The vote was close.\nWhat Happens Next for the City Budget\nThe council meets again.\nNext steps\nThe mayor signs it.", "sentence heading sentence heading sentence")]
    [InlineData("en", "We shipped the new editor today.\n\nWe met Mr. Smith and he said the plugins would load lazily\n\nSearch now indexes the whole workspace in the background, so results show up as you type\n\nMore soon.", "sentence heading heading sentence")]
    // Three lines or more in a row of eight words or more, mostly in lower case and not in title case, are a story
    // written a sentence a line, whatever its first line looks like: headings do not come in stacks of such lines.
    [InlineData("en", "Market hall reopens\nThe old market hall on the river reopened this morning after two years of work\nTraders moved back into sixty stalls and the first customers came at seven\nThe city paid most of the bill and the rest came from a national fund", "heading sentence sentence sentence")]
    [InlineData("nl", "Nieuwe brug geopend\nDe nieuwe brug over het kanaal is vanmorgen door de burgemeester geopend\nDe bouw duurde drie jaar en kostte ruim twaalf miljoen euro\nFietsers kunnen nu in vijf minuten naar het centrum rijden", "heading sentence sentence sentence")]
    // A title wrapped over two or three lines of its paragraph at the head of the text, before any sentence, is read as
    // a whole line is, under a heading of its paragraph too.
    [InlineData("en", "Harbour Robotics reports record orders for its ZX-9 arm in\nthird quarter\n\nHarbour Robotics said on Tuesday that orders rose. The shares rose.", "heading sentence sentence")]
    [InlineData("en", "NEWS RELEASE\nHarbour Robotics reports record orders for its ZX-9 arm in\nthird quarter\n\nOrders rose. The shares rose.", "heading heading sentence sentence")]
    [InlineData("nl", "Provincie schrapt subsidie voor\nbuurtbussen in kleine dorpen\n\nDe provincie stopt volgend jaar met de subsidie. Dat maakte de gedeputeerde bekend.", "heading sentence sentence")]
    public void Split_UnpunctuatedLine_IsAHeadingOnlyWhenItReadsAsOne(string language, string text, string expected) =>
        Assert.Equal(expected, Kinds(SentenceSplitter.ForLanguage(language).Split(text)));

    [Theory]
    [InlineData("en", "Harbor town turns ferry into library\n\nResidents voted to turn the old ferry into a library. The vote was close.\nThe mayor spoke.")]
    [InlineData("en", "It was a cold\nnight in the\ncity. We left.\n\nFeatures\ncontact manager\n\nThe tool keeps your contacts.")]
    [InlineData("de", "Neue Brücke über den Rhein eröffnet\n\nDie Brücke wurde am Montag eröffnet. Tausende kamen.")]
    [InlineData("fr", "Le port transforme son ferry en bibliothèque\n\nLes habitants ont voté. Le maire a parlé.")]
    public void Split_CarriageReturnAndUnicodeSeparators_BreakLinesAsLineFeedDoes(string language, string text)
    {
        SentenceSplitter splitter = SentenceSplitter.ForLanguage(language);
        IReadOnlyList<SentenceSpan> expected = splitter.Split(text);

        // Old Mac files end lines with CR alone; U+2028 separates lines, and so does the vertical tab of Word's
        // plain-text export (its manual line break). All keep every offset.
        Assert.Equal(expected, splitter.Split(text.Replace('\n', '\r')));
        Assert.Equal(expected, splitter.Split(text.Replace('\n', '\u2028')));
        Assert.Equal(expected, splitter.Split(text.Replace('\n', '\v')));

        // U+2029 separates paragraphs, as a blank line does.
        string paragraphs = text.Replace("\n\n", "\u2029", StringComparison.Ordinal);
        Assert.Equal(Summaries(expected, text), Summaries(splitter.Split(paragraphs), paragraphs));
    }

    [Fact]
    public void Split_CarriageReturnsAlone_HeadlineThenParagraph()
    {
        const string Text = "Harbor town turns ferry into library\r\rResidents voted to turn the old ferry into a library.\rThe vote was close.";
        Assert.Equal(
            [
                new SentenceSpan(0, 36, 0, SentenceKind.Heading),
                new SentenceSpan(38, 53, 1, SentenceKind.Sentence),
                new SentenceSpan(92, 19, 1, SentenceKind.Sentence),
            ],
            SentenceSplitter.Default.Split(Text));
    }

    [Theory]
    [InlineData("วันนี้อากาศดีมาก เราไปเดินเล่นที่สวนสาธารณะ เด็กๆเล่นบนสนามหญ้าอย่างมีความสุข ตอนเย็นเรากินข้าวด้วยกัน", "วันนี้อากาศดีมาก | เราไปเดินเล่นที่สวนสาธารณะ | เด็กๆเล่นบนสนามหญ้าอย่างมีความสุข | ตอนเย็นเรากินข้าวด้วยกัน")]
    [InlineData("ฉันใช้ iPhone ทุกวัน เพราะสะดวกมาก", "ฉันใช้ iPhone ทุกวัน เพราะสะดวกมาก")]
    [InlineData("ราคา 100 บาท ถูกมาก", "ราคา 100 บาท | ถูกมาก")]
    [InlineData("ข่าวเช้า\n\nฝนตกหนัก  ถนนปิด\nรถติดมาก", "ข่าวเช้า | ฝนตกหนัก | ถนนปิด | รถติดมาก")]
    [InlineData("The cat sat on the mat. วันนี้อากาศดีมาก เราไปเดินเล่น", "The cat sat on the mat. | วันนี้อากาศดีมาก | เราไปเดินเล่น")]
    // A space that only sets a phrase apart ends nothing: a title and a name before the surname, a verb of saying and
    // its "that", a list after "namely", a short piece, a conjunction; nor does a period, which marks an abbreviation.
    [InlineData("นายสมชาย ใจดี กล่าวว่า ฝนจะตกหนักในภาคเหนือ จังหวัดที่ต้องเฝ้าระวังได้แก่ น่าน แพร่ และเลย", "นายสมชาย ใจดี กล่าวว่า ฝนจะตกหนักในภาคเหนือ | จังหวัดที่ต้องเฝ้าระวังได้แก่ น่าน แพร่ และเลย")]
    [InlineData("ปริมาณฝนสะสมในบางพื้นที่อาจสูงกว่า 150 มม. ต่อวัน ประชาชนควรระวังอันตรายจากน้ำท่วม", "ปริมาณฝนสะสมในบางพื้นที่อาจสูงกว่า 150 มม. ต่อวัน | ประชาชนควรระวังอันตรายจากน้ำท่วม")]
    [InlineData("นายกรัฐมนตรีเดินทางถึงเชียงใหม่เมื่อเช้าวันนี้ นางสาวแพทองธาร ชินวัตร ได้มอบถุงยังชีพ", "นายกรัฐมนตรีเดินทางถึงเชียงใหม่เมื่อเช้าวันนี้ | นางสาวแพทองธาร ชินวัตร ได้มอบถุงยังชีพ")]
    // A titled name and its surname go on with what follows: an apposition, what the person says or does.
    [InlineData("ดร.วิชัย รักษ์ป่า นักวิจัยจากมหาวิทยาลัยเชียงใหม่ ระบุว่า ป่าต้นน้ำลดลงทุกปี", "ดร.วิชัย รักษ์ป่า นักวิจัยจากมหาวิทยาลัยเชียงใหม่ ระบุว่า ป่าต้นน้ำลดลงทุกปี")]
    // So does one with the post named after it, and a physician's title ("นพ.") is a title.
    [InlineData("นายประเสริฐ มั่นคง ผู้ว่าราชการจังหวัดน่าน สั่งให้เปิดศูนย์อพยพ ชาวบ้านเริ่มเดินทางเข้าพักตั้งแต่เย็นวันนี้", "นายประเสริฐ มั่นคง ผู้ว่าราชการจังหวัดน่าน สั่งให้เปิดศูนย์อพยพ | ชาวบ้านเริ่มเดินทางเข้าพักตั้งแต่เย็นวันนี้")]
    [InlineData("นพ.สุรชัย แสงทอง อธิบดีกรมการแพทย์ เตือนให้ประชาชนดื่มน้ำวันละแปดแก้ว", "นพ.สุรชัย แสงทอง อธิบดีกรมการแพทย์ เตือนให้ประชาชนดื่มน้ำวันละแปดแก้ว")]
    // Thai digits are digits: a space beside a number ends nothing, as beside ASCII digits.
    [InlineData("ร้านเปิดตั้งแต่วันที่ ๓ มีนาคม ๒๕๖๘ เป็นต้นไป ลูกค้าได้รับส่วนลดทุกวัน", "ร้านเปิดตั้งแต่วันที่ ๓ มีนาคม ๒๕๖๘ เป็นต้นไป | ลูกค้าได้รับส่วนลดทุกวัน")]
    [InlineData("ราคา ๑๒๐ บาท ถูกมาก", "ราคา ๑๒๐ บาท | ถูกมาก")]
    // A connective that opens a sentence never stands alone; a clause of "if" or "as for" goes on onto its main clause,
    // one of "because", "since" or "so" goes on with the clause before it; "friend" and "yesterday" are no such words.
    [InlineData("ฝนตกหนักทั้งคืน ดังนั้น โรงเรียนหลายแห่งประกาศหยุดเรียน", "ฝนตกหนักทั้งคืน | ดังนั้น โรงเรียนหลายแห่งประกาศหยุดเรียน")]
    [InlineData("หากฝนตกหนักต่อเนื่อง ถนนสายหลักอาจถูกน้ำท่วม ประชาชนควรติดตามข่าวสาร", "หากฝนตกหนักต่อเนื่อง ถนนสายหลักอาจถูกน้ำท่วม | ประชาชนควรติดตามข่าวสาร")]
    [InlineData("สำหรับผู้ที่เดินทางมาด้วยรถยนต์ ทางห้างมีที่จอดรถฟรี", "สำหรับผู้ที่เดินทางมาด้วยรถยนต์ ทางห้างมีที่จอดรถฟรี")]
    [InlineData("ร้านปิดเร็วกว่าปกติ เพราะพนักงานลาป่วยหลายคน วันพรุ่งนี้จะเปิดตามเวลาเดิม", "ร้านปิดเร็วกว่าปกติ เพราะพนักงานลาป่วยหลายคน | วันพรุ่งนี้จะเปิดตามเวลาเดิม")]
    [InlineData("ร้านจะปิดปรับปรุงสองสัปดาห์ ตั้งแต่วันจันทร์หน้าเป็นต้นไป", "ร้านจะปิดปรับปรุงสองสัปดาห์ ตั้งแต่วันจันทร์หน้าเป็นต้นไป")]
    [InlineData("เราไปเที่ยวทะเลกันทั้งครอบครัว เพื่อนของพ่อก็มาด้วย", "เราไปเที่ยวทะเลกันทั้งครอบครัว | เพื่อนของพ่อก็มาด้วย")]
    [InlineData("เมื่อวานฝนตกทั้งวัน วันนี้อากาศแจ่มใส", "เมื่อวานฝนตกทั้งวัน | วันนี้อากาศแจ่มใส")]
    // Thai's abbreviation mark joins as a period does (Bangkok, "กรุงเทพฯ"); "ฯลฯ" (et cetera) does not.
    [InlineData("กรุงเทพฯ เปิดสวนสาธารณะแห่งใหม่ในเขตบางนา", "กรุงเทพฯ เปิดสวนสาธารณะแห่งใหม่ในเขตบางนา")]
    [InlineData("ตลาดมีผักและผลไม้ฯลฯ ผู้คนมาซื้อของทุกวัน", "ตลาดมีผักและผลไม้ฯลฯ | ผู้คนมาซื้อของทุกวัน")]
    // Nor does a space inside a quotation.
    [InlineData("\"ยายคะ ทำไมต้องรดทุกวันด้วย มันยังไม่มีลูกเลย\" ฉันถาม ยายยิ้มแล้วตอบช้าๆ", "\"ยายคะ ทำไมต้องรดทุกวันด้วย มันยังไม่มีลูกเลย\" ฉันถาม | ยายยิ้มแล้วตอบช้าๆ")]
    [InlineData("เขาบอกว่า “พรุ่งนี้ฝนจะตก อย่าลืมเอาร่มไปด้วย” แล้วก็เดินออกไป", "เขาบอกว่า “พรุ่งนี้ฝนจะตก อย่าลืมเอาร่มไปด้วย” แล้วก็เดินออกไป")]
    public void Split_Thai_SpaceBetweenThaiCharactersEndsASegment(string text, string expected)
    {
        RuleBasedSentenceSplitterTests.AssertSplit("th", text, expected);
        foreach (SentenceSpan span in SentenceSplitter.ForLanguage("th").Split(text))
        {
            Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.Start + span.Length - 1]));
        }
    }

    [Fact]
    public void Split_Thai_ClauseGoesOnOnlyWithinASentencesLength()
    {
        // A clause of "because" goes on with a short sentence, not with one that is already of a long sentence's length.
        string longSentence = string.Concat(Enumerable.Repeat("ฝนตกหนัก", 19));
        RuleBasedSentenceSplitterTests.AssertSplit("th", "ฝนตกหนัก เพราะพายุเข้า", "ฝนตกหนัก เพราะพายุเข้า");
        RuleBasedSentenceSplitterTests.AssertSplit("th", longSentence + " เพราะพายุเข้า", longSentence + " | เพราะพายุเข้า");
    }

    [Theory]
    // Thai writes no terminators, so their lack makes no heading: a long line over body text, or at the text's end, is a
    // sentence; a title, a short section heading and a headline over its dateline stay headings.
    [InlineData("ข่าวท้องถิ่น\n\nเทศบาลเมืองเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำปิงให้ประชาชนเข้าใช้บริการฟรีทุกวัน\n\nสวนแห่งนี้มีลานกีฬาและทางเดินสำหรับผู้สูงอายุที่ออกแบบมาอย่างดีเพื่อความปลอดภัย", "heading sentence sentence")]
    [InlineData("หน้าแรก > ข่าว\n\nเทศบาลเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำปิงให้ประชาชนใช้ฟรีทุกวัน\n\nวันที่ 5 มกราคม 2568\n\nสวนแห่งนี้มีลานกีฬาและทางเดินสำหรับผู้สูงอายุที่ออกแบบมาอย่างดีเพื่อความปลอดภัย", "heading heading heading sentence")]
    [InlineData("รีวิวสวนสาธารณะริมแม่น้ำปิง\n\nข้อดี\n\nที่จอดรถกว้างและมีห้องน้ำสะอาดไว้บริการตลอดทั้งวันโดยไม่เสียค่าใช้จ่าย", "heading heading sentence")]
    public void Split_Thai_LongLineWithoutTerminatorIsASentence(string text, string kinds) =>
        Assert.Equal(kinds, Kinds(SentenceSplitter.ForLanguage("th").Split(text)));

    [Fact]
    public void Split_ThaiTitle_IsReadWholeBeforeItsSpaces()
    {
        const string Text = "ทดลองใช้: กล้องถ่ายรูปรุ่นใหม่ ราคาไม่แพง ถ่ายกลางคืนสวย\n\nวันนี้จะมาเล่าประสบการณ์การใช้กล้องตัวนี้ตลอดหนึ่งเดือน";
        RuleBasedSentenceSplitterTests.AssertSplit("th", Text, "ทดลองใช้: กล้องถ่ายรูปรุ่นใหม่ ราคาไม่แพง ถ่ายกลางคืนสวย | วันนี้จะมาเล่าประสบการณ์การใช้กล้องตัวนี้ตลอดหนึ่งเดือน");
        Assert.Equal(SentenceKind.Heading, SentenceSplitter.ForLanguage("th").Split(Text)[0].Kind);
    }

    [Fact]
    public void Split_ThaiSpaces_EndNoSegmentInOtherLanguages() =>
        Assert.Single(SentenceSplitter.ForLanguage("en").Split("วันนี้อากาศดีมาก เราไปเดินเล่นที่สวนสาธารณะ ตอนเย็นเรากินข้าวด้วยกัน"));

    [Theory]
    [InlineData("en", "<b>Yes.</b> <i>It is</i>!", "<b>Yes.</b> | <i>It is</i>!")]
    [InlineData("en", "<p>The rain stopped.</p><p>We went out.</p>", "<p>The rain stopped.</p> | <p>We went out.</p>")]
    [InlineData("en", "It is &lt;p&gt; in HTML. That tag starts a paragraph.", "It is &lt;p&gt; in HTML. | That tag starts a paragraph.")]
    [InlineData("en", "The end.&nbsp;A new start.", "The end. | A new start.")]
    [InlineData("en", "Part one ends here.\n..........\nPart two begins.", "Part one ends here. | Part two begins.")]
    // An HTML comment is a note to whoever edits the file: on lines of its own it is no segment, inside a line a tag.
    [InlineData("en", "<!-- Migrated from the old blog.\nDo not edit the slug. -->\n# Release 2.0\nThe dashboard is faster.", "# Release 2.0 | The dashboard is faster.")]
    [InlineData("en", "The vote passed.\n<!-- TODO: add the count. -->\nIt was close.", "The vote passed. | It was close.")]
    [InlineData("en", "The vote passed <!-- check the count --> on Monday. It was close.", "The vote passed <!-- check the count --> on Monday. | It was close.")]
    [InlineData("en", "The plan <!-- TODO: check the figures. Ask Sam. --> was approved on Monday. It takes effect in June.", "The plan <!-- TODO: check the figures. Ask Sam. --> was approved on Monday. | It takes effect in June.")]
    [InlineData("en", "If x < y. Then z <!-- unclosed. It was close.", "If x < y. | Then z <!-- unclosed. | It was close.")]
    [InlineData("en", "<!-- a comment that never closes. The vote passed.", "<!-- a comment that never closes. | The vote passed.")]
    // A Markdown file's front matter (YAML between "---" lines, TOML between "+++") is metadata, no prose.
    [InlineData("en", "---\ntitle: \"Why we moved to Bazel\"\ndate: 2024-03-05\ntags:\n  - build\n---\n\nOur build took an hour. Now it takes nine minutes.", "Our build took an hour. | Now it takes nine minutes.")]
    [InlineData("en", "---\r\ntitle: Moving to Bazel\r\nauthor: Jamie Lee\r\n...\r\nOur build took an hour.", "Our build took an hour.")]
    [InlineData("en", "+++\ntitle = \"Moving to Bazel\"\ndraft = false\n+++\nOur build took an hour.", "Our build took an hour.")]
    [InlineData("en", "---\nNote: the office is closed on Friday.\n---\nThe team meets on Monday.", "Note: the office is closed on Friday. | The team meets on Monday.")]
    [InlineData("en", "The build took an hour.\n---\ntitle: not at the start\n---\nIt is faster now.", "The build took an hour. | title: not at the start | It is faster now.")]
    [InlineData("en", "Part one ends here.\n//////////\nPart two begins.", "Part one ends here. | Part two begins.")]
    [InlineData("en", "First part.\n<hr/>\nSecond part.", "First part. | Second part.")]
    // A rule of bullets, and a bullet before a tag alone (a page's list item that only names a type), is markup too.
    [InlineData("en", "First part.\n\u2022 \u2022 \u2022\nSecond part.\n\n\u2022 <stream.Readable> | <null>\n\nThird part.", "First part. | Second part. | Third part.")]
    [InlineData("en", "This is the last line\n. The next one starts here.", "This is the last line . | The next one starts here.")]
    public void Split_Markup_TagsAndRulesNeitherGlueNorSplit(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A README's badges and a row of links are headings, however long their addresses make the line.
    [InlineData("[![Build](https://img.shields.io/badge/build-passing-green.svg)](https://ci.example.com/fastjson/builds) [![NuGet](https://img.shields.io/nuget/v/fastjson.svg)](https://www.nuget.org/packages/fastjson)\n\nfastjson is a JSON parser for .NET that reads documents without allocating.", "heading sentence")]
    [InlineData("[![NuGet][nuget-badge]][nuget] [![License: MIT][license-badge]][license] [![Downloads][downloads-badge]][downloads-page-of-the-package] [![Coverage][coverage-badge]][coverage-report]\n\nfastjson is a JSON parser for .NET that reads documents without allocating.", "heading sentence")]
    [InlineData("[Documentation](https://docs.example.com/fastjson/latest/index.html) | [API reference](https://docs.example.com/fastjson/latest/api/index.html) | [Changelog](https://github.com/example/fastjson/blob/main/CHANGELOG.md)\n\nfastjson is a JSON parser for .NET that reads documents without allocating.", "heading sentence")]
    // A line of links is judged on what its reader sees, a link by its anchor, an image not at all: a breadcrumb whose
    // last place is the page's, an avatar over a review.
    [InlineData("# Knots\n\n[Home](https://www.example.org/en/home) \u203A [Sailing](https://www.example.org/en/sailing) \u203A [Knots](https://www.example.org/en/sailing/knots) \u203A The Bowline Explained\n\nTie it in four moves and it holds.", "heading heading sentence")]
    [InlineData("# Knots\n\n[![Photo: Ana K](https://img.example.org/avatars/ana-k-large.jpg)](https://www.example.org/members/ana-k) **[Ana K](https://www.example.org/members/ana-k)** reviewed this in May 2024\n\nTie it in four moves and it holds.", "heading heading sentence")]
    // A line that opens with a link and goes on in words is a sentence.
    [InlineData("[fastjson](https://github.com/example/fastjson) is a JSON parser for .NET that reads documents without allocating\n\nIt is fast.", "sentence sentence")]
    public void Split_MarkdownLinkLines_AreHeadings(string text, string kinds) =>
        Assert.Equal(kinds, Kinds(SentenceSplitter.Default.Split(text)));

    private static string Kinds(IReadOnlyList<SentenceSpan> spans)
    {
        var kinds = new List<string>();
        foreach (SentenceSpan span in spans)
        {
            kinds.Add(span.Kind.ToString().ToLowerInvariant());
        }

        return string.Join(" ", kinds);
    }

    // Text, paragraph and kind of each segment: what must not change when the line breaks change length.
    private static List<(string Text, int Paragraph, SentenceKind Kind)> Summaries(IReadOnlyList<SentenceSpan> spans, string text)
    {
        var result = new List<(string, int, SentenceKind)>();
        foreach (SentenceSpan span in spans)
        {
            result.Add((span.Slice(text).ToString(), span.Paragraph, span.Kind));
        }

        return result;
    }
}
