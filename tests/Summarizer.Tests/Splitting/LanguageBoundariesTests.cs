using System.Linq;

namespace Summarizer.Tests.Splitting;

/// <summary>
/// Boundaries that depend on a script or a language's conventions (terminators of other scripts, abbreviations of a
/// language, units, CJK quotations): each case gives the language, the input and the expected segments separated by
/// " | ", as in <see cref="BoundaryFamiliesTests"/>. The sentences are the project's own.
/// </summary>
public sealed class LanguageBoundariesTests
{
    [Theory]
    [InlineData("en", "हम कल आएंगे। वह आज गया। क्या तुम आओगे?", "हम कल आएंगे। | वह आज गया। | क्या तुम आओगे?")]
    [InlineData("fi", "पहला श्लोक॥ दूसरा श्लोक॥", "पहला श्लोक॥ | दूसरा श्लोक॥")]
    [InlineData("en", "هل ستأتي غدا؟ سأكون في البيت.", "هل ستأتي غدا؟ | سأكون في البيت.")]
    [InlineData("en", "وہ کل آئے گا۔ ہم انتظار کریں گے۔", "وہ کل آئے گا۔ | ہم انتظار کریں گے۔")]
    [InlineData("en", "Τι σημαίνει αυτό για τους εργαζόμενους; Σύμφωνα με το υπουργείο, τίποτα.", "Τι σημαίνει αυτό για τους εργαζόμενους; | Σύμφωνα με το υπουργείο, τίποτα.")]
    [InlineData("fi", "Πού πας\u037E Στο σπίτι.", "Πού πας\u037E | Στο σπίτι.")]
    [InlineData("en", "The river rose; Thousands fled the town.", "The river rose; Thousands fled the town.")]
    [InlineData("en", "We bought bread; the shop closed at noon.", "We bought bread; the shop closed at noon.")]
    [InlineData("hy", "Երևանը մայրաքաղաքն է։ Այնտեղ շատ մարդ է ապրում։", "Երևանը մայրաքաղաքն է։ | Այնտեղ շատ մարդ է ապրում։")]
    // The full stops as keyboards type them: Armenian ':' after an Armenian letter, Amharic '፡፡'; a colon elsewhere is not one.
    [InlineData("hy", "Երևանը մայրաքաղաքն է: Այնտեղ ժամը 10:30-ին սկսվեց: Վերջ:", "Երևանը մայրաքաղաքն է: | Այնտեղ ժամը 10:30-ին սկսվեց: | Վերջ:")]
    [InlineData("en", "Note: the plan works. It starts at 10:30 today.", "Note: the plan works. | It starts at 10:30 today.")]
    [InlineData("und", "መንግሥቱ ውሳኔ አሳለፈ፡፡ ሚኒስትሩ ዛሬ ተናግረዋል፡፡ ሥራው ይጀምራል።", "መንግሥቱ ውሳኔ አሳለፈ፡፡ | ሚኒስትሩ ዛሬ ተናግረዋል፡፡ | ሥራው ይጀምራል።")]
    [InlineData("und", "መንግሥቱ፡ውሳኔ፡አሳለፈ። ሥራው ይጀምራል።", "መንግሥቱ፡ውሳኔ፡አሳለፈ። | ሥራው ይጀምራል።")]
    [InlineData("und", "መንግስት አዲስ እርምጃዎችን አስታወቀ። ሚኒስትሩ ተናግረዋል፧ አዎ።", "መንግስት አዲስ እርምጃዎችን አስታወቀ። | ሚኒስትሩ ተናግረዋል፧ | አዎ።")]
    [InlineData("und", "အစိုးရက ကြေညာခဲ့သည်။ ဝန်ကြီးက ပြောခဲ့သည်။", "အစိုးရက ကြေညာခဲ့သည်။ | ဝန်ကြီးက ပြောခဲ့သည်။")]
    [InlineData("und", "រដ្ឋាភិបាលបានប្រកាស។ រដ្ឋមន្ត្រីបាននិយាយ។", "រដ្ឋាភិបាលបានប្រកាស។ | រដ្ឋមន្ត្រីបាននិយាយ។")]
    [InlineData("und", "הממשלה הודיעה היום. השר אמר שהכול בסדר.", "הממשלה הודיעה היום. | השר אמר שהכול בסדר.")]
    // Georgian letters are lower-case to Unicode, but Georgian text has no capitals: its words decide nothing.
    [InlineData("und", "ეს პირველი წინადადებაა. ეს მეორე წინადადებაა! ეს მესამეა?", "ეს პირველი წინადადებაა. | ეს მეორე წინადადებაა! | ეს მესამეა?")]
    // Myanmar and Khmer need no space after their full stops.
    [InlineData("und", "ဝန်ကြီးက ပြောခဲ့သည်။အစိုးရက ကြေညာခဲ့သည်။", "ဝန်ကြီးက ပြောခဲ့သည်။ | အစိုးရက ကြေညာခဲ့သည်။")]
    [InlineData("und", "រដ្ឋាភិបាលបានបិទ។ឪពុកបាននិយាយ។", "រដ្ឋាភិបាលបានបិទ។ | ឪពុកបាននិយាយ។")]
    // A Greek question after a Latin name or a number.
    [InlineData("el", "Θα αγοράσετε το νέο iPhone; Οι πωλήσεις ξεκινούν αύριο.", "Θα αγοράσετε το νέο iPhone; | Οι πωλήσεις ξεκινούν αύριο.")]
    [InlineData("el", "Πόσο κοστίζει το 16; Η τιμή δεν ανακοινώθηκε.", "Πόσο κοστίζει το 16; | Η τιμή δεν ανακοινώθηκε.")]
    // Titles before a name: Greek, and in the shared file Vietnamese, Bengali and Georgian ones, with Georgian "about" and "see".
    [InlineData("el", "Ο καθηγ. Ευθύμιος Λέκκας μίλησε. Ο υφυπ. Οικονομικών απάντησε.", "Ο καθηγ. Ευθύμιος Λέκκας μίλησε. | Ο υφυπ. Οικονομικών απάντησε.")]
    [InlineData("und", "PGS.TS. Trần Văn Bình cho biết dự án sẽ hoàn thành. ThS. Lê Thị Hoa trình bày báo cáo.", "PGS.TS. Trần Văn Bình cho biết dự án sẽ hoàn thành. | ThS. Lê Thị Hoa trình bày báo cáo.")]
    [InlineData("und", "Sáng 15/3, UBND TP. Hà Nội tổ chức lễ khởi công. Tuyến đường dài 38 km.", "Sáng 15/3, UBND TP. Hà Nội tổ chức lễ khởi công. | Tuyến đường dài 38 km.")]
    [InlineData("und", "রাষ্ট্রপতি মো. সাহাবুদ্দিন শ্রদ্ধা নিবেদন করেন। ডা. রফিকুল ইসলাম জানান।", "রাষ্ট্রপতি মো. সাহাবুদ্দিন শ্রদ্ধা নিবেদন করেন। | ডা. রফিকুল ইসলাম জানান।")]
    // Swahili and Hebrew titles, in the shared file too.
    [InlineData("und", "Mkutano ulifanyika jana mjini Arusha. Dkt. Halima Said alisema mradi utaanza mwezi ujao. Mhe. Neema Ali aliunga mkono.", "Mkutano ulifanyika jana mjini Arusha. | Dkt. Halima Said alisema mradi utaanza mwezi ujao. | Mhe. Neema Ali aliunga mkono.")]
    [InlineData("und", "הוועדה התכנסה אתמול בירושלים. פרופ. לוי הציג את הממצאים.", "הוועדה התכנסה אתמול בירושלים. | פרופ. לוי הציג את הממצאים.")]
    [InlineData("und", "პოემა დაწერილია დაახლ. 1200 წელს. ისტორიკოსმა, პროფ. გ. ბერიძემ ეს დაადასტურა. ინფორმაცია იხ. ვებგვერდზე.", "პოემა დაწერილია დაახლ. 1200 წელს. | ისტორიკოსმა, პროფ. გ. ბერიძემ ეს დაადასტურა. | ინფორმაცია იხ. ვებგვერდზე.")]
    [InlineData("en", "The set is {1; Ω} in the paper.", "The set is {1; Ω} in the paper.")]
    // A byte-order mark at the start, or where files were joined, is white space.
    [InlineData("en", "\uFEFFThe debate ended.\uFEFF Critics left.", "The debate ended. | Critics left.")]
    // So is a zero-width space, which web pages put after a sentence or between words.
    [InlineData("en", "The debate ended.\u200BCritics left.\u200B Fans stayed.", "The debate ended. | Critics left. | Fans stayed.")]
    // Invisible characters beside a terminator or white space are passed over: a right-to-left or left-to-right mark
    // (Word's right-to-left export writes one after each period), a soft hyphen, a word joiner, a backspace, DEL, a C1
    // control and a terminal's colour code.
    [InlineData("en", "The ferry sailed late.\u200F Two cars were left behind.\u200E\u00AD The crew apologised.", "The ferry sailed late. | Two cars were left behind. | The crew apologised.")]
    [InlineData("en", "The ferry sailed late.\u2060 Two cars were left behind. \u200FThe crew apologised.", "The ferry sailed late. | Two cars were left behind. | The crew apologised.")]
    [InlineData("en", "The ferry sailed late.\b Two cars were left behind.\u007F The crew apologised.\u0094 Nobody complained.", "The ferry sailed late. | Two cars were left behind. | The crew apologised. | Nobody complained.")]
    [InlineData("en", "The ferry sailed late.\u001B[0m Two cars were left behind. \u001B[1;31mThe crew apologised.", "The ferry sailed late. | Two cars were left behind. | The crew apologised.")]
    [InlineData("ar", "أبحرت العبّارة متأخرة.\u200F وبقيت سيارتان على الرصيف.\u200F", "أبحرت العبّارة متأخرة. | وبقيت سيارتان على الرصيف.")]
    // An emoji after the mark stays with its sentence.
    [InlineData("en", "What a debate.\U0001F600 Critics left early!\u2764\uFE0F Fans stayed.", "What a debate.\U0001F600 | Critics left early!\u2764\uFE0F | Fans stayed.")]
    [InlineData("en", "Great game!\U0001F44D\U0001F3FD Then we went home.", "Great game!\U0001F44D\U0001F3FD | Then we went home.")]
    [InlineData("en", "It was fine.\U0001F600 and then it rained.", "It was fine.\U0001F600 and then it rained.")]
    // After a space too when they end the line; inside a line they may open the next sentence, as bullets do.
    [InlineData("en", "What a debate! \U0001F600\U0001F389\nCritics left early. \u2705\nFans stayed.", "What a debate! \U0001F600\U0001F389 | Critics left early. \u2705 | Fans stayed.")]
    [InlineData("en", "Here are the steps. \U0001F449 Open the app. \U0001F449 Tap settings.", "Here are the steps. | \U0001F449 Open the app. | \U0001F449 Tap settings.")]
    [InlineData("en", "Doors open at six. \U0001F680Launch starts at seven.", "Doors open at six. | \U0001F680Launch starts at seven.")]
    [InlineData("en", "We won.\n\U0001F389 Party at noon.", "We won. | \U0001F389 Party at noon.")]
    // Without a mark, an emoji after a sentence's words ends it before a word that opens sentences; not before a name.
    [InlineData("en", "We shipped the new release today \U0001F389 It took three months of work.", "We shipped the new release today \U0001F389 | It took three months of work.")]
    [InlineData("en", "Thanks to everyone who helped\U0001F64F\U0001F64F Next up is the app.", "Thanks to everyone who helped\U0001F64F\U0001F64F | Next up is the app.")]
    [InlineData("en", "We ate at the mall \U0001F355 Pizza Hut was full.", "We ate at the mall \U0001F355 Pizza Hut was full.")]
    [InlineData("en", "So good \U0001F60D The end.", "So good \U0001F60D The end.")]
    [InlineData("en", "The \U0001F680 emoji means a launch.", "The \U0001F680 emoji means a launch.")]
    // An emoticon is read the same way, and after the mark, glued or spaced, it closes the sentence: it opens none.
    [InlineData("en", "Thanks for the help! :) See you on Monday.", "Thanks for the help! :) | See you on Monday.")]
    [InlineData("en", "We used our own chain.:) Satisfied with it.", "We used our own chain.:) | Satisfied with it.")]
    [InlineData("en", "The food was great :-) We will come back.", "The food was great :-) | We will come back.")]
    [InlineData("en", "Works fine with iOS 17 :) The app is another story.", "Works fine with iOS 17 :) | The app is another story.")]
    [InlineData("en", "Very comfy at the gym;) It is soft.", "Very comfy at the gym;) | It is soft.")]
    [InlineData("en", "I love this place :D The staff are lovely.", "I love this place :D | The staff are lovely.")]
    [InlineData("en", "Great place to eat ;-) Highly recommended.", "Great place to eat ;-) Highly recommended.")]
    [InlineData("en", "Open foo:D and the list :p here. Done.", "Open foo:D and the list :p here. | Done.")]
    [InlineData("en", "We met at 10:30 (before lunch). It went well.", "We met at 10:30 (before lunch). | It went well.")]
    // A frown's mouth opens no parenthesis that would hold the sentences after it.
    [InlineData("en", "It rained all week :( Still, we had fun.\nGreat place ;-) Highly recommended.", "It rained all week :( | Still, we had fun. | Great place ;-) Highly recommended.")]
    [InlineData("en", "It rained :(. We stayed in. Then it cleared (at last).", "It rained :(. | We stayed in. | Then it cleared (at last).")]
    // At the end of a line an emoji or emoticon closes its sentence, even before a line in lower case.
    [InlineData("en", "We booked a tour:)\nwould stay again.\nWe loved the view \U0001F600\nwould come back.\nThe pool was\ncold :( but fine.", "We booked a tour:) | would stay again. | We loved the view \U0001F600 | would come back. | The pool was cold :( but fine.")]
    // A "?" or "!" glued to a capitalized word, as hurried reviews write them; not in an address or a name with "!".
    [InlineData("en", "Near the old town!!Room was small. Worth it?Yes. Try search?Query=x now. Use Yahoo!Mail daily. Staff were kind, esp. Maria at the desk.", "Near the old town!! | Room was small. | Worth it? | Yes. | Try search?Query=x now. | Use Yahoo!Mail daily. | Staff were kind, esp. Maria at the desk.")]
    // A sentence its writer did not capitalize, glued to the mark before it, opens with a starter of three letters or
    // more before another word; a shorter one, a domain's suffix, a name of code or an abbreviation stays.
    [InlineData("en", "We stayed two nights.the room was clean and quiet.", "We stayed two nights. | the room was clean and quiet.")]
    [InlineData("en", "It arrived on time.they packed it well.however the box was torn.", "It arrived on time. | they packed it well. | however the box was torn.")]
    [InlineData("en", "Delivery was so fast!they even called first. Worth it?this one is.", "Delivery was so fast! | they even called first. | Worth it? | this one is.")]
    [InlineData("en", "Bought it at zara.com last week. The site.it has one. Call the value.no more.", "Bought it at zara.com last week. | The site.it has one. | Call the value.no more.")]
    [InlineData("en", "See the list.the_end and list.then() in the docs.", "See the list.the_end and list.then() in the docs.")]
    [InlineData("en", "We met at 9 a.m.the next day. Go to page.the next.", "We met at 9 a.m.the next day. | Go to page. | the next.")]
    [InlineData("en", "Prices rose.the.", "Prices rose.the.")]
    [InlineData("fr", "Nous sommes restés deux nuits.les chambres étaient propres.", "Nous sommes restés deux nuits. | les chambres étaient propres.")]
    [InlineData("de", "Wir blieben zwei Nächte.das Zimmer war sauber.", "Wir blieben zwei Nächte. | das Zimmer war sauber.")]
    // Legal citations go on: German margin numbers, editions and an ordinal after a comma or an article, French code
    // articles and paragraphs, Italian articles, paragraphs and letters; a list of numbers still ends its sentence.
    [InlineData("de", "Vgl. Grüneberg, BGB, 83. Aufl. 2024, § 433 Rn. 5 mit weiteren Nachweisen. Die Revision hat Erfolg.", "Vgl. Grüneberg, BGB, 83. Aufl. 2024, § 433 Rn. 5 mit weiteren Nachweisen. | Die Revision hat Erfolg.")]
    [InlineData("de", "Der VIII. Zivilsenat hat entschieden. Das Urteil des LG Stuttgart, 23. Zivilkammer, ist rechtskräftig. Jeder 2. Deutsche besitzt ein Auto.", "Der VIII. Zivilsenat hat entschieden. | Das Urteil des LG Stuttgart, 23. Zivilkammer, ist rechtskräftig. | Jeder 2. Deutsche besitzt ein Auto.")]
    [InlineData("de", "Die Punkte waren 1, 2, 3. Dann ging es los. Er kam aus Berlin, 3. Dann fuhr er.", "Die Punkte waren 1, 2, 3. | Dann ging es los. | Er kam aus Berlin, 3. | Dann fuhr er.")]
    [InlineData("fr", "Conformément à l'art. L. 211-1 du Code des assurances, nous garantissons votre responsabilité. Voir l'art. 6, par. 1, du règlement. Voir aussi Cass. 1re civ., 6 avril 2022. Fin.", "Conformément à l'art. L. 211-1 du Code des assurances, nous garantissons votre responsabilité. | Voir l'art. 6, par. 1, du règlement. | Voir aussi Cass. 1re civ., 6 avril 2022. | Fin.")]
    [InlineData("it", "L'Autorità ha dichiarato illecito il trattamento per violazione degli artt. 5, par. 1, lett. a) e c), 6 e 13 del Regolamento. La sanzione è di 5.000 euro.", "L'Autorità ha dichiarato illecito il trattamento per violazione degli artt. 5, par. 1, lett. a) e c), 6 e 13 del Regolamento. | La sanzione è di 5.000 euro.")]
    // The terms a company's name defines in brackets, several of them, and the sentence going on after them.
    [InlineData("en", "This policy explains how Stride Health Ltd. (\"Stride\", \"we\", \"us\" or \"our\") collects data. Please read it.", "This policy explains how Stride Health Ltd. (\"Stride\", \"we\", \"us\" or \"our\") collects data. | Please read it.")]
    // German quotes »so«: the mark that closes a quotation («) opens none, and one that opens it (») after a period
    // and a space opens the next sentence; French « so » still closes with a spaced ».
    [InlineData("de", "»Kommst du mit?«, fragte sie. Er schüttelte den Kopf. »Nein. Es ist zu kalt.« Sie ging allein hinaus.", "»Kommst du mit?«, fragte sie. | Er schüttelte den Kopf. | »Nein. Es ist zu kalt.« | Sie ging allein hinaus.")]
    [InlineData("fr", "« Arrêtez ! » Il se tut. Elle dit : « Non. » Puis elle partit.", "« Arrêtez ! » | Il se tut. | Elle dit : « Non. » | Puis elle partit.")]
    // A mark spaced after an ellipsis, as French writes it, closes the ellipsis's sentence; abbreviated given names,
    // an equation and a saint go on before what they name.
    [InlineData("fr", "« Et vous... ? » demanda-t-elle. Il ne répondit pas. — Non\u2026 ! cria-t-il.", "« Et vous... ? » demanda-t-elle. | Il ne répondit pas. | — Non\u2026 ! cria-t-il.")]
    [InlineData("en", "The letter was signed by Wm. Shakespeare himself. A book by Geo. Eliot lay on the table.", "The letter was signed by Wm. Shakespeare himself. | A book by Geo. Eliot lay on the table.")]
    [InlineData("de", "Der Roman von Th. Mann erschien 1901. Ein Brief von Joh. Seb. Bach ist erhalten. Aus Gl. (2.7) folgt es am Hl. Berg.", "Der Roman von Th. Mann erschien 1901. | Ein Brief von Joh. Seb. Bach ist erhalten. | Aus Gl. (2.7) folgt es am Hl. Berg.")]
    // Given names abbreviated in any language, a German rank, and a Portuguese one in lower case.
    [InlineData("en", "The pulpit was carved by Friedr. Wilh. Adler in 1760. It was opened by Gottfr. Lowe. The U-boat of Kptlt. Otto Brand sank.", "The pulpit was carved by Friedr. Wilh. Adler in 1760. | It was opened by Gottfr. Lowe. | The U-boat of Kptlt. Otto Brand sank.")]
    [InlineData("de", "Das Bildnis malte Ant. Krüger im Jahr 1801. Es hängt im Rathaus.", "Das Bildnis malte Ant. Krüger im Jahr 1801. | Es hängt im Rathaus.")]
    [InlineData("pt", "A vila foi tomada pelo gen. Junot em 1807. O forte resistiu ao cel. Sousa durante dias.", "A vila foi tomada pelo gen. Junot em 1807. | O forte resistiu ao cel. Sousa durante dias.")]
    // An etymology's abbreviated language after a preposition names the word that follows it; a century after an ordinal.
    [InlineData("en", "The town takes its name from Lat. Aquae, via OE. Bathum, the baths. It grew in the 12th cent. and later.", "The town takes its name from Lat. Aquae, via OE. Bathum, the baths. | It grew in the 12th cent. and later.")]
    [InlineData("fr", "Le mot vient du lat. Aqua, l'eau. Il est ancien.", "Le mot vient du lat. Aqua, l'eau. | Il est ancien.")]
    public void Split_TerminatorsOfOtherScripts_EndSentences(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // "etc." of each language closes a sentence before a capitalized word, spaced or not.
    [InlineData("sv", "Han köpte äpplen, päron osv. Sedan gick han hem.", "Han köpte äpplen, päron osv. | Sedan gick han hem.")]
    [InlineData("da", "Han købte æbler, pærer osv. Derefter gik han hjem.", "Han købte æbler, pærer osv. | Derefter gik han hjem.")]
    [InlineData("no", "Han kjøpte epler, pærer m.m. Så gikk han hjem.", "Han kjøpte epler, pærer m.m. | Så gikk han hjem.")]
    [InlineData("ru", "Мы купили хлеб, молоко и т. д. Потом мы пошли домой.", "Мы купили хлеб, молоко и т. д. | Потом мы пошли домой.")]
    [InlineData("ru", "Мы купили хлеб, молоко и т.п. Потом мы пошли домой.", "Мы купили хлеб, молоко и т.п. | Потом мы пошли домой.")]
    [InlineData("ru", "Пришли Петров и др. Потом все ушли.", "Пришли Петров и др. | Потом все ушли.")]
    // References and titles go on with what they introduce.
    [InlineData("fr", "Voir l'art. 12 du Code civil. Puis la suite.", "Voir l'art. 12 du Code civil. | Puis la suite.")]
    [InlineData("cs", "Podle čl. 5 Ústavy je to zakázáno. Pak odešel.", "Podle čl. 5 Ústavy je to zakázáno. | Pak odešel.")]
    [InlineData("pl", "Prof. Jan Kowalski, m.in. autor raportu, przemawiał pierwszy. Potem głos zabrali inni.", "Prof. Jan Kowalski, m.in. autor raportu, przemawiał pierwszy. | Potem głos zabrali inni.")]
    [InlineData("pl", "Kupiliśmy chleb, mleko itd. Tego dnia padało.", "Kupiliśmy chleb, mleko itd. | Tego dnia padało.")]
    [InlineData("pl", "Inwestycja kosztuje 45 mln zł i potrwa trzy lata. W 2023 r. W mieście korzystano z autobusów.", "Inwestycja kosztuje 45 mln zł i potrwa trzy lata. | W 2023 r. W mieście korzystano z autobusów.")]
    [InlineData("pl", "Zajęła 3. miejsce w konkursie. Jan R. Nowak był drugi.", "Zajęła 3. miejsce w konkursie. | Jan R. Nowak był drugi.")]
    [InlineData("uk", "Проф. Іван Коваленко виступив першим. Потім говорили інші.", "Проф. Іван Коваленко виступив першим. | Потім говорили інші.")]
    [InlineData("uk", "Проєкт коштує 45 млн грн і триватиме три роки. Його підтримали.", "Проєкт коштує 45 млн грн і триватиме три роки. | Його підтримали.")]
    [InlineData("uk", "Купили хліб, молоко і т. д. Того дня йшов дощ.", "Купили хліб, молоко і т. д. | Того дня йшов дощ.")]
    // A year ("1950 r.", "1950 р.") or a unit after a number closes a sentence, as Russian "г." does; "м." without a number is the city.
    [InlineData("pl", "Urodził się w 1950 r. Studiował w Krakowie.", "Urodził się w 1950 r. | Studiował w Krakowie.")]
    [InlineData("uk", "Він народився в 1950 р. Навчався в Києві.", "Він народився в 1950 р. | Навчався в Києві.")]
    [InlineData("uk", "Висота вежі 300 м. Її збудували в 1970 році.", "Висота вежі 300 м. | Її збудували в 1970 році.")]
    [InlineData("uk", "Я живу в м. Києві давно.", "Я живу в м. Києві давно.")]
    // Polish writes month names in lower case: a capitalized "Maja" after an amount is a name.
    [InlineData("pl", "Kosztowało to 50 zł. Maja się ucieszyła.", "Kosztowało to 50 zł. | Maja się ucieszyła.")]
    // "та ін." closes a list as "і т. д." does; "ім." and "св." go on with the name they introduce.
    [InlineData("uk", "Прийшли Петренко, Коваль та ін. Потім усі пішли.", "Прийшли Петренко, Коваль та ін. | Потім усі пішли.")]
    [InlineData("uk", "Він навчався в університеті ім. Тараса Шевченка. Потім працював.", "Він навчався в університеті ім. Тараса Шевченка. | Потім працював.")]
    [InlineData("uk", "Це собор св. Софії. Його збудували давно.", "Це собор св. Софії. | Його збудували давно.")]
    [InlineData("it", "Il sen. Bianchi ha votato a favore. Poi è uscito.", "Il sen. Bianchi ha votato a favore. | Poi è uscito.")]
    // Italian's plural article and preposition of one letter open sentences ("A. Rossi" is an initial).
    [InlineData("it", "Parlò di traffico, smog, rumore, ecc. I commercianti temono un calo. Vendono mele, pere ecc. A Milano i negozi restano aperti.", "Parlò di traffico, smog, rumore, ecc. | I commercianti temono un calo. | Vendono mele, pere ecc. | A Milano i negozi restano aperti.")]
    [InlineData("it", "Lo ha firmato il prof. G. A. Rossi ieri.", "Lo ha firmato il prof. G. A. Rossi ieri.")]
    // "And the following" after a section, before the law's name or a comma; before a sentence starter it ends.
    [InlineData("de", "Die Haftung richtet sich nach \u00A7\u00A7 823 ff. BGB. Der Vertrag unterliegt den \u00A7\u00A7 305 ff. BGB, die Kontrolle gilt. Sie folgt aus \u00A7\u00A7 1 ff. Der Kl\u00E4ger verlor.", "Die Haftung richtet sich nach \u00A7\u00A7 823 ff. BGB. | Der Vertrag unterliegt den \u00A7\u00A7 305 ff. BGB, die Kontrolle gilt. | Sie folgt aus \u00A7\u00A7 1 ff. | Der Kl\u00E4ger verlor.")]
    // Two initials after a surname, as Russian official writing names a person, end the sentence before a starter.
    [InlineData("ru", "Об этом рассказал начальник Иванов И. И. Он отметил, что работы завершатся. Книгу написал А. С. Пушкин.", "Об этом рассказал начальник Иванов И. И. | Он отметил, что работы завершатся. | Книгу написал А. С. Пушкин.")]
    [InlineData("en", "The book is by J. R. R. Tolkien. It was read by President J. F. Kennedy once.", "The book is by J. R. R. Tolkien. | It was read by President J. F. Kennedy once.")]
    [InlineData("de", "Der Leiter der Abt. Kardiologie sprach. Danach kam der Rest.", "Der Leiter der Abt. Kardiologie sprach. | Danach kam der Rest.")]
    [InlineData("fr", "Le chiffre a atteint 3 Mds € au 3e trim. 2026. M. Dupont a démissionné.", "Le chiffre a atteint 3 Mds € au 3e trim. 2026. | M. Dupont a démissionné.")]
    [InlineData("it", "Il fatturato è salito nel III trim. 2026. Il sig. Rossi si è dimesso.", "Il fatturato è salito nel III trim. 2026. | Il sig. Rossi si è dimesso.")]
    [InlineData("es", "Según el art. 3, apdo. 2, de la Ley 39/2015, está prohibida. Fin del texto.", "Según el art. 3, apdo. 2, de la Ley 39/2015, está prohibida. | Fin del texto.")]
    [InlineData("sv", "Se 3 kap. 2 § BrB. Domen föll i går.", "Se 3 kap. 2 § BrB. | Domen föll i går.")]
    [InlineData("ca", "Vegeu l'art. 3, apt. 2, de la Llei. Fi del text.", "Vegeu l'art. 3, apt. 2, de la Llei. | Fi del text.")]
    [InlineData("tr", "Fiyat yak. 50 TL'dir. Bkz. 3. madde.", "Fiyat yak. 50 TL'dir. | Bkz. 3. madde.")]
    [InlineData("el", "Η τιμή είναι περ. 50 ευρώ. Βλ. άρθρο 3.", "Η τιμή είναι περ. 50 ευρώ. | Βλ. άρθρο 3.")]
    [InlineData("uk", "Ціна становить бл. 50 грн за шт. Див. ст. 3.", "Ціна становить бл. 50 грн за шт. | Див. ст. 3.")]
    [InlineData("id", "Lihat Psl. 3 ayat 2. Rapat selesai.", "Lihat Psl. 3 ayat 2. | Rapat selesai.")]
    [InlineData("pl", "Według prof. Nowaka z Uniw. Warszawskiego liczba rośnie. Koniec.", "Według prof. Nowaka z Uniw. Warszawskiego liczba rośnie. | Koniec.")]
    [InlineData("lv", "Sapulce sākas plkst. 9.30. Jānis nāks.", "Sapulce sākas plkst. 9.30. | Jānis nāks.")]
    [InlineData("da", "Jf. § 3, stk. 2. Derefter gik han.", "Jf. § 3, stk. 2. | Derefter gik han.")]
    [InlineData("hu", "Kb. 50 ember jött el. Pl. Kovács János is. A 3. fejezet 2024. március 5. óta érvényes.", "Kb. 50 ember jött el. | Pl. Kovács János is. | A 3. fejezet 2024. március 5. óta érvényes.")]
    // A Hungarian month's and a sum's abbreviation before a number or a currency; a Dutch title before a name.
    [InlineData("hu", "Az Országgyűlés dec. 10-én szavaz. A terv kb. 300 mrd. Ft-tal több pénzt ad. A jegybank hallgat.", "Az Országgyűlés dec. 10-én szavaz. | A terv kb. 300 mrd. Ft-tal több pénzt ad. | A jegybank hallgat.")]
    [InlineData("nl", "De oppositie o.l.v. mw. Yeşilgöz is tegen. Het debat volgt.", "De oppositie o.l.v. mw. Yeşilgöz is tegen. | Het debat volgt.")]
    // Polish "proc." is a unit: before what the share is of it goes on, before a sentence it ends one; German "rd." (rund) before a number.
    [InlineData("pl", "Deficyt wyniesie ok. 5,5 proc. PKB w tym roku. Inflacja spadła o 2 proc. Rząd jest zadowolony.", "Deficyt wyniesie ok. 5,5 proc. PKB w tym roku. | Inflacja spadła o 2 proc. | Rząd jest zadowolony.")]
    // So it does in bulleted items: each item's capital after its bullet counts as a capital after a period.
    [InlineData("pl", "Sondaż\n\n• Partia A ma 41,5 proc. poparcia.\n• Partia B ma 30,2 proc. poparcia.\n- Partia C ma 8 proc. poparcia.", "Sondaż | • Partia A ma 41,5 proc. poparcia. | • Partia B ma 30,2 proc. poparcia. | - Partia C ma 8 proc. poparcia.")]
    [InlineData("de", "Für die Bundeswehr sind rd. 52 Mrd. Euro vorgesehen. Das ist mehr.", "Für die Bundeswehr sind rd. 52 Mrd. Euro vorgesehen. | Das ist mehr.")]
    // A Greek month's abbreviation and Ukrainian and Russian "прибл." (approximately) before a number.
    [InlineData("el", "Τα μέτρα ισχύουν από την 1η Ιαν. 2025. Ο καθ. Παπαδόπουλος μίλησε.", "Τα μέτρα ισχύουν από την 1η Ιαν. 2025. | Ο καθ. Παπαδόπουλος μίλησε.")]
    [InlineData("uk", "Дефіцит становитиме прибл. 20% ВВП. Рада розгляне документ.", "Дефіцит становитиме прибл. 20% ВВП. | Рада розгляне документ.")]
    [InlineData("ru", "Дефицит составит прибл. 20% ВВП. Дума рассмотрит проект.", "Дефицит составит прибл. 20% ВВП. | Дума рассмотрит проект.")]
    // Finnish "esim." (for example) before a number goes on; "jne." (and so on) before a capital ends the sentence.
    [InlineData("fi", "Puolustukseen ohjataan esim. 500 milj. euroa lisää. Hallitus leikkaa veroja jne. Oppositio vastustaa.", "Puolustukseen ohjataan esim. 500 milj. euroa lisää. | Hallitus leikkaa veroja jne. | Oppositio vastustaa.")]
    // Armenian ends its sentences with '։', so its periods are abbreviations': a title before a name, the year's "թ."
    // before a city; typed as a full stop, "թ." ends a sentence before a word that opens one.
    [InlineData("hy", "Զեկույցով հանդես եկավ դոկտ. Լ. Մկրտչյանը։ Համաժողովը կայացավ 2024 թ. Երևանում։", "Զեկույցով հանդես եկավ դոկտ. Լ. Մկրտչյանը։ | Համաժողովը կայացավ 2024 թ. Երևանում։")]
    [InlineData("hy", "Նախագիծը մեկնարկել է 2023 թ. Այն ղեկավարում է պրոֆ. Արամ Սարգսյանը։", "Նախագիծը մեկնարկել է 2023 թ. | Այն ղեկավարում է պրոֆ. Արամ Սարգսյանը։")]
    // Basque titles before a name ("Jn.", "And."); a page's "or." after its number ends a sentence before a capital.
    [InlineData("eu", "Jn. Urkullu lehendakariak eta And. Tapiak hitz egin zuten. Ikus 45. or. Hori da dena.", "Jn. Urkullu lehendakariak eta And. Tapiak hitz egin zuten. | Ikus 45. or. | Hori da dena.")]
    [InlineData("ro", "Dl. Popescu a venit la ora 10. Conform art. 5 alin. (2) din Constituție, toți sunt egali.", "Dl. Popescu a venit la ora 10. | Conform art. 5 alin. (2) din Constituție, toți sunt egali.")]
    // A script without capitals: a listed abbreviation goes on before a word.
    [InlineData("hi", "यह राशि रु. 500 है। कुल 5 करोड़ रु. का निवेश हुआ।", "यह राशि रु. 500 है। | कुल 5 करोड़ रु. का निवेश हुआ।")]
    // Dutch "'s" and "'t" open sentences and quote nothing.
    [InlineData("nl", "'s Avonds gaat hij uit. 's Morgens slaapt hij.", "'s Avonds gaat hij uit. | 's Morgens slaapt hij.")]
    // French spaces its question and exclamation marks; an incise in lower case after one goes on with the speaker's
    // words, and a capital after one opens the next sentence.
    [InlineData("fr", "— Vous venez ? demanda-t-il à voix basse. Elle ne répondit pas.", "— Vous venez ? demanda-t-il à voix basse. | Elle ne répondit pas.")]
    [InlineData("fr", "— Bah ! dit M. Lebrun, c'est une veuve. Puis il se tut.", "— Bah ! dit M. Lebrun, c'est une veuve. | Puis il se tut.")]
    [InlineData("fr", "Le pont est fermé ! Les travaux dureront un mois.", "Le pont est fermé ! | Les travaux dureront un mois.")]
    public void Split_AbbreviationsOfEachLanguage(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("cs", "Stalo se to 20. století a trvalo to dlouho.", "Stalo se to 20. století a trvalo to dlouho.")]
    [InlineData("cs", "Koncert začne 1. května v Praze.", "Koncert začne 1. května v Praze.")]
    [InlineData("cs", "Přišel Ing. Novák, tj. náš soused. Pak odešel.", "Přišel Ing. Novák, tj. náš soused. | Pak odešel.")]
    [InlineData("cs", "Koupili jsme chléb, mléko atd. Ten den pršelo.", "Koupili jsme chléb, mléko atd. | Ten den pršelo.")]
    [InlineData("ca", "El Sr. Puig va arribar ahir. Després va marxar.", "El Sr. Puig va arribar ahir. | Després va marxar.")]
    [InlineData("ca", "Vam comprar pa, llet, etc. El dia va ser llarg.", "Vam comprar pa, llet, etc. | El dia va ser llarg.")]
    [InlineData("id", "Kantornya di Jl. Sudirman dekat stasiun. Dia bekerja di sana.", "Kantornya di Jl. Sudirman dekat stasiun. | Dia bekerja di sana.")]
    [InlineData("id", "Mereka membeli beras, gula, dll. Setelah itu mereka pulang.", "Mereka membeli beras, gula, dll. | Setelah itu mereka pulang.")]
    [InlineData("bg", "Срещата беше през 2024 г. Мястото още не е известно.", "Срещата беше през 2024 г. | Мястото още не е известно.")]
    [InlineData("bg", "Говори г-н Иванов, т.е. министърът. Той каза малко.", "Говори г-н Иванов, т.е. министърът. | Той каза малко.")]
    [InlineData("el", "Ο κ. Παπαδόπουλος μίλησε χθες. Η ομιλία ήταν σύντομη.", "Ο κ. Παπαδόπουλος μίλησε χθες. | Η ομιλία ήταν σύντομη.")]
    [InlineData("el", "Αγόρασαν ψωμί, γάλα κ.λπ. Μετά γύρισαν σπίτι.", "Αγόρασαν ψωμί, γάλα κ.λπ. | Μετά γύρισαν σπίτι.")]
    [InlineData("lv", "Sanāksme notiks 1. maijā Rīgā.", "Sanāksme notiks 1. maijā Rīgā.")]
    [InlineData("lv", "Runāja prof. Bērziņš, t.i. mūsu kaimiņš. Pēc tam viņš aizgāja.", "Runāja prof. Bērziņš, t.i. mūsu kaimiņš. | Pēc tam viņš aizgāja.")]
    [InlineData("cs", "Firma vykázala zisk 250 mil. Kč za pololetí. Akcie posílily.", "Firma vykázala zisk 250 mil. Kč za pololetí. | Akcie posílily.")]
    [InlineData("cs", "Počet obětí stoupl na 12. Záchranáři pokračují v pátrání.", "Počet obětí stoupl na 12. | Záchranáři pokračují v pátrání.")]
    [InlineData("cs", "Schůze se konala 12. 3. 2024 v Praze. Přišlo sto lidí.", "Schůze se konala 12. 3. 2024 v Praze. | Přišlo sto lidí.")]
    [InlineData("cs", "Sešli se v ul. Národní a na nám. Míru.", "Sešli se v ul. Národní a na nám. Míru.")]
    [InlineData("de", "Die Sitzung fand am 12. 3. 2024 in Berlin statt. Hundert Menschen kamen.", "Die Sitzung fand am 12. 3. 2024 in Berlin statt. | Hundert Menschen kamen.")]
    [InlineData("lv", "Peļņa bija 25 milj. EUR gadā. Akcijas cēlās.", "Peļņa bija 25 milj. EUR gadā. | Akcijas cēlās.")]
    [InlineData("lv", "Upuru skaits pieaudzis līdz 12. Glābēji turpina darbu.", "Upuru skaits pieaudzis līdz 12. | Glābēji turpina darbu.")]
    [InlineData("ca", "Viu a l'av. Diagonal de Barcelona.", "Viu a l'av. Diagonal de Barcelona.")]
    [InlineData("el", "Ζει στον Αγ. Νικόλαο. Η πόλη είναι μικρή.", "Ζει στον Αγ. Νικόλαο. | Η πόλη είναι μικρή.")]
    [InlineData("bg", "Това е т.нар. Ислямска държава в региона.", "Това е т.нар. Ислямска държава в региона.")]
    [InlineData("hi", "डॉ. मनमोहन सिंह ने भाषण दिया। लोग सुनते रहे।", "डॉ. मनमोहन सिंह ने भाषण दिया। | लोग सुनते रहे।")]
    public void Split_AbbreviationsAndOrdinalsOfTheNewerLanguages_AreNoBoundaries(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // Places and saints named after an abbreviation, and approximations before a number, go on.
    [InlineData("ru", "Дорога ведёт к пос. Заречный и дальше к реке. Там тихо.", "Дорога ведёт к пос. Заречный и дальше к реке. | Там тихо.")]
    [InlineData("ru", "На концерт пришли ок. 300 человек. Зал был полон.", "На концерт пришли ок. 300 человек. | Зал был полон.")]
    [InlineData("ru", "Храм св. Николая стоит на холме. Его видно издалека.", "Храм св. Николая стоит на холме. | Его видно издалека.")]
    [InlineData("bg", "Църквата е посветена на св. Георги. Тя е малка.", "Църквата е посветена на св. Георги. | Тя е малка.")]
    [InlineData("bg", "На площада имаше ок. 500 души. Всички чакаха.", "На площада имаше ок. 500 души. | Всички чакаха.")]
    [InlineData("cs", "Kancelář je na tř. Svobody vedle pošty. Otevírá v osm.", "Kancelář je na tř. Svobody vedle pošty. | Otevírá v osm.")]
    [InlineData("ro", "La concert au venit cca. 300 de oameni. Sala era plină.", "La concert au venit cca. 300 de oameni. | Sala era plină.")]
    [InlineData("ro", "Orașele mari, de ex. Brașov, au crescut. Satele s-au golit.", "Orașele mari, de ex. Brașov, au crescut. | Satele s-au golit.")]
    [InlineData("id", "Beberapa kota, mis. Bandung dan Medan, diguyur hujan. Warga diminta waspada.", "Beberapa kota, mis. Bandung dan Medan, diguyur hujan. | Warga diminta waspada.")]
    [InlineData("id", "Kantornya ada di Kec. Cilandak dekat pasar. Kantor itu baru.", "Kantornya ada di Kec. Cilandak dekat pasar. | Kantor itu baru.")]
    [InlineData("id", "Sawahnya terletak di Kab. Bogor, Jawa Barat. Hasilnya bagus.", "Sawahnya terletak di Kab. Bogor, Jawa Barat. | Hasilnya bagus.")]
    [InlineData("da", "Digtet findes i bd. 3 af samlingen. Det er kort.", "Digtet findes i bd. 3 af samlingen. | Det er kort.")]
    [InlineData("pt", "A igreja foi erguida no séc. XVII por jesuítas. Hoje é um museu.", "A igreja foi erguida no séc. XVII por jesuítas. | Hoje é um museu.")]
    [InlineData("es", "Según el Dr. Ruiz, de la Univ. Complutense, será limitado. Nadie lo duda.", "Según el Dr. Ruiz, de la Univ. Complutense, será limitado. | Nadie lo duda.")]
    // "and others" closes a list as "etc." does, before any capitalized word.
    [InlineData("ro", "Au cântat formații din Cluj, Iași ș.a. Publicul a aplaudat.", "Au cântat formații din Cluj, Iași ș.a. | Publicul a aplaudat.")]
    [InlineData("id", "Penelitian itu ditulis oleh Santoso dkk. Hasilnya dimuat di jurnal.", "Penelitian itu ditulis oleh Santoso dkk. | Hasilnya dimuat di jurnal.")]
    public void Split_PlacesSaintsAndApproximations_AreNoBoundaries(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A sentence starter of one letter written with a period is an initial; without the period it opens a sentence.
    [InlineData("ru", "Музей им. А. С. Пушкина открылся давно. Его посещают многие.", "Музей им. А. С. Пушкина открылся давно. | Его посещают многие.")]
    [InlineData("ru", "Мы купили хлеб, сыр и др. В магазине было тихо.", "Мы купили хлеб, сыр и др. | В магазине было тихо.")]
    public void Split_StarterLetterWithAPeriod_IsAnInitial(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A news agency's credit in brackets and a dash after a dateline that ends with a period belong to its sentence;
    // a bracketed word without the dash opens the next one.
    [InlineData("hu", "BUDAPEST, 2024. május 2. (MTI) – A parlament elfogadta a törvényt. A vita hosszú volt.", "BUDAPEST, 2024. május 2. (MTI) – A parlament elfogadta a törvényt. | A vita hosszú volt.")]
    [InlineData("hu", "SZEGED, 2023. október 9. (MTI) - Megnyílt az új híd. Sokan átsétáltak rajta.", "SZEGED, 2023. október 9. (MTI) - Megnyílt az új híd. | Sokan átsétáltak rajta.")]
    [InlineData("en", "The talks ended on Friday. (Photo) A crowd gathered outside.", "The talks ended on Friday. | (Photo) A crowd gathered outside.")]
    // So does the dash after a dateline whose year is abbreviated; a dash after another sentence opens quoted speech.
    [InlineData("uk", "Львів, 15 березня 2024 р. – У Львові відкрили центр. Він великий.", "Львів, 15 березня 2024 р. – У Львові відкрили центр. | Він великий.")]
    [InlineData("bg", "София, 4 март 2024 г. – Общината пуска 30 нови автобуса. Това обяви кметът.", "София, 4 март 2024 г. – Общината пуска 30 нови автобуса. | Това обяви кметът.")]
    [InlineData("ru", "Москва, 15 марта 2024 г. — В Москве открыли центр. Он большой.", "Москва, 15 марта 2024 г. — В Москве открыли центр. | Он большой.")]
    [InlineData("ru", "Встреча прошла 15 марта 2024 г. – Это успех, – сказал он.", "Встреча прошла 15 марта 2024 г. | – Это успех, – сказал он.")]
    public void Split_AgencyCreditAfterADateline_StaysWithIt(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("es", "La economía de EE. UU. creció un 2 %.", "La economía de EE. UU. creció un 2 %.")]
    [InlineData("es", "Viajó a EE. UU. El viaje duró un mes.", "Viajó a EE. UU. | El viaje duró un mes.")]
    [InlineData("es", "Los sindicatos CC. OO. y UGT convocan una huelga.", "Los sindicatos CC. OO. y UGT convocan una huelga.")]
    public void Split_SpanishDoubledPlurals_AreOneAbbreviation(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("ru", "Встреча состоится 5 декабря 2024 г. Место пока неизвестно.", "Встреча состоится 5 декабря 2024 г. | Место пока неизвестно.")]
    [InlineData("ru", "Проект стоит 5 млрд руб. Запуск намечен на весну.", "Проект стоит 5 млрд руб. | Запуск намечен на весну.")]
    [InlineData("ru", "Бюджет принят на 2027 и 2028 гг. За него голосовали 310 депутатов.", "Бюджет принят на 2027 и 2028 гг. | За него голосовали 310 депутатов.")]
    [InlineData("en", "The bags weigh between 5 and 10 lbs. Shipping was fast.", "The bags weigh between 5 and 10 lbs. | Shipping was fast.")]
    [InlineData("ru", "Билет стоит 50 руб. 20 коп. без скидки.", "Билет стоит 50 руб. 20 коп. без скидки.")]
    [InlineData("ru", "Он живёт в г. Москве давно.", "Он живёт в г. Москве давно.")]
    // A short fronted phrase that ends with a unit is no sentence by itself.
    [InlineData("ru", "В 1812 г. Москва сгорела во время войны. Её отстроили заново.", "В 1812 г. Москва сгорела во время войны. | Её отстроили заново.")]
    [InlineData("pl", "W 1944 r. Warszawa została zniszczona. Odbudowa trwała lata.", "W 1944 r. Warszawa została zniszczona. | Odbudowa trwała lata.")]
    [InlineData("ru", "\"1 1812 г. Москва сгорела.", "\"1 1812 г. | Москва сгорела.")]
    [InlineData("pl", "Warszawa została stolicą w 1596 r. Zygmunt III przeniósł tam dwór.", "Warszawa została stolicą w 1596 r. | Zygmunt III przeniósł tam dwór.")]
    [InlineData("ru", "МОСКВА, 25 октября. /ТАСС/. Банк России повысил ставку.", "МОСКВА, 25 октября. /ТАСС/. | Банк России повысил ставку.")]
    public void Split_RussianUnitsAndDatelines_EndWhereSentencesDo(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("de", "Der Pegel stieg auf 9,80 m. Tausende Menschen flohen.", "Der Pegel stieg auf 9,80 m. | Tausende Menschen flohen.")]
    [InlineData("de", "Die Strecke ist 5 km. Danach kommt Ulm.", "Die Strecke ist 5 km. | Danach kommt Ulm.")]
    [InlineData("en", "The river rose to 9.8 m. Thousands fled.", "The river rose to 9.8 m. | Thousands fled.")]
    [InlineData("en", "Add 200 g. Stir well and serve.", "Add 200 g. | Stir well and serve.")]
    [InlineData("fr", "Le trajet dure 45 min. Ensuite on déjeune.", "Le trajet dure 45 min. | Ensuite on déjeune.")]
    [InlineData("es", "La economía creció un 2 %. Luego se frenó.", "La economía creció un 2 %. | Luego se frenó.")]
    [InlineData("en", "The box weighs 5 kg. and ships free.", "The box weighs 5 kg. and ships free.")]
    [InlineData("en", "Walk 2 km. East Street is on the left.", "Walk 2 km. | East Street is on the left.")]
    [InlineData("en", "Pour in 2 L. Stir well.", "Pour in 2 L. | Stir well.")]
    [InlineData("en", "He lives at 500 S. Main St. in Dallas. It is nice.", "He lives at 500 S. Main St. in Dallas. | It is nice.")]
    [InlineData("en", "See U.S. Pat. No. 5,240,268 to Kim et al. Conventional hinges loosen. I called Pat. No one answered.", "See U.S. Pat. No. 5,240,268 to Kim et al. | Conventional hinges loosen. | I called Pat. | No one answered.")]
    [InlineData("en", "As Smith et al. (2019) and Lee et al. showed, it works. Ask Lee et al. Mice were used.", "As Smith et al. (2019) and Lee et al. showed, it works. | Ask Lee et al. | Mice were used.")]
    [InlineData("en", "See 138 S. Ct. 2206 (2018) and (1854) 9 Exch. 341, or 347 F. Supp. 2d 1120. It was upheld.", "See 138 S. Ct. 2206 (2018) and (1854) 9 Exch. 341, or 347 F. Supp. 2d 1120. | It was upheld.")]
    [InlineData("en", "The query took 150 ms. Nothing else changed.", "The query took 150 ms. | Nothing else changed.")]
    [InlineData("en", "We met Ms. Jones at 5. She was late.", "We met Ms. Jones at 5. | She was late.")]
    [InlineData("en", "The drive took 2 hrs. Traffic was light.", "The drive took 2 hrs. | Traffic was light.")]
    [InlineData("en", "The bag weighs 5 lbs. It fits in a car. The pole is 12 ft. Long poles cost more.", "The bag weighs 5 lbs. | It fits in a car. | The pole is 12 ft. | Long poles cost more.")]
    [InlineData("en", "Add 2 tbsp. Stir well. Fold in 4 oz. of cheese.", "Add 2 tbsp. | Stir well. | Fold in 4 oz. of cheese.")]
    [InlineData("en", "The loan runs 5 yrs. Rates are fixed.", "The loan runs 5 yrs. | Rates are fixed.")]
    [InlineData("en", "Add the chicken and cook for 8\u201310 min. Pour in the milk.", "Add the chicken and cook for 8\u201310 min. | Pour in the milk.")]
    // Days and years as clinical abstracts write them; Russian hours and minutes.
    [InlineData("en", "The outcome was readmission at 30 d. Secondary outcomes included cost. The mean age was 74 y. Most were women.", "The outcome was readmission at 30 d. | Secondary outcomes included cost. | The mean age was 74 y. | Most were women.")]
    [InlineData("ru", "Заседание перенесли на 15 ч. Депутаты недовольны. Поезд придёт через 20 мин. Пассажиры ждут.", "Заседание перенесли на 15 ч. | Депутаты недовольны. | Поезд придёт через 20 мин. | Пассажиры ждут.")]
    [InlineData("ru", "Глубина озера достигает 47 м. Озеро замерзает в декабре. Станция у м. Охотный ряд закрыта.", "Глубина озера достигает 47 м. | Озеро замерзает в декабре. | Станция у м. Охотный ряд закрыта.")]
    [InlineData("ru", "Лёд достигает 70–80 см. Летом вода тёплая. Подробнее (см. рис. 5) в отчёте.", "Лёд достигает 70–80 см. | Летом вода тёплая. | Подробнее (см. рис. 5) в отчёте.")]
    // A quantity after an article sizes the noun after it; after a preposition, or before a sentence starter, it ends.
    [InlineData("en", "The 64 oz. BPA-free jar makes enough for four. A 16 oz. LED-lit carafe is extra.", "The 64 oz. BPA-free jar makes enough for four. | A 16 oz. LED-lit carafe is extra.")]
    [InlineData("en", "I returned the 12 oz. It leaked. Mix it with 5 lb. Potatoes come next.", "I returned the 12 oz. | It leaked. | Mix it with 5 lb. | Potatoes come next.")]
    [InlineData("ru", "Штраф составит 5 тыс. руб. Закон вступит в силу в мае.", "Штраф составит 5 тыс. руб. | Закон вступит в силу в мае.")]
    // A bracket after a unit explains the quantity; a live report's minute ends before a sentence on its line.
    [InlineData("en", "Mean age was 67.4 yrs. (SD 9.1) and 31% were women. Median follow-up was 14 mo. (IQR 9\u201320).", "Mean age was 67.4 yrs. (SD 9.1) and 31% were women. | Median follow-up was 14 mo. (IQR 9\u201320).")]
    [InlineData("en", "88 min. Chelsea hit the post through Palmer.\n90+4 min. It is all over!", "88 min. | Chelsea hit the post through Palmer. | 90+4 min. | It is all over!")]
    [InlineData("de", "München, 7. Aug. 2025 – Die Siemens Energy AG hat im dritten Quartal mehr verdient.", "München, 7. Aug. 2025 – Die Siemens Energy AG hat im dritten Quartal mehr verdient.")]
    [InlineData("de", "Im Febr. 2026 stieg der Umsatz. Im Jän. 2027 fiel er.", "Im Febr. 2026 stieg der Umsatz. | Im Jän. 2027 fiel er.")]
    // A quantity that opens its line is a recipe's ingredient, not a sentence's end.
    [InlineData("en", "Ingredients\n2 tbsp. Olive oil\n200 g. Butter", "Ingredients | 2 tbsp. Olive oil | 200 g. Butter")]
    public void Split_UnitAfterANumber_EndsASentenceBeforeACapital(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A statute's or a court rule's abbreviated name runs on to its section or its number.
    [InlineData("en", "The claim fails under Fed. R. Civ. P. 12(b)(6). The motion was granted.", "The claim fails under Fed. R. Civ. P. 12(b)(6). | The motion was granted.")]
    [InlineData("en", "Each party waives all rights under Cal. Civ. Code \u00A7 1542. It is a standard release.", "Each party waives all rights under Cal. Civ. Code \u00A7 1542. | It is a standard release.")]
    [InlineData("en", "The claim arises under N.Y. Gen. Bus. Law \u00A7 349 and fails.", "The claim arises under N.Y. Gen. Bus. Law \u00A7 349 and fails.")]
    [InlineData("en", "Fault is allocated under Fla. Stat. \u00A7 768.81 in every case.", "Fault is allocated under Fla. Stat. \u00A7 768.81 in every case.")]
    [InlineData("en", "The court applied Del. Code Ann. tit. 8, \u00A7 102 to the charter.", "The court applied Del. Code Ann. tit. 8, \u00A7 102 to the charter.")]
    [InlineData("en", "The form follows Tex. Bus. & Com. Code \u00A7 2.207 in full.", "The form follows Tex. Bus. & Com. Code \u00A7 2.207 in full.")]
    // A court citation's reporters, series and parties.
    [InlineData("en", "Edwards v. Arthur Andersen LLP, 44 Cal. 4th 937, 945 (2008). See Whyte v. Schlage Lock Co., 101 Cal. App. 4th 1443 (2002). It was settled.", "Edwards v. Arthur Andersen LLP, 44 Cal. 4th 937, 945 (2008). | See Whyte v. Schlage Lock Co., 101 Cal. App. 4th 1443 (2002). | It was settled.")]
    [InlineData("en", "See Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007). See Compl. \u00B6\u00B6 14-22. See Tex. Dep't of Hous. & Cmty. Affs. v. Inclusive Cmtys. Project, Inc., 576 U.S. 519 (2015).", "See Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007). | See Compl. \u00B6\u00B6 14-22. | See Tex. Dep't of Hous. & Cmty. Affs. v. Inclusive Cmtys. Project, Inc., 576 U.S. 519 (2015).")]
    // A word that a line break cut in text out of a PDF ends as any word.
    [InlineData("en", "Comparisons are lexicographi-\ncal. Pattern matches return the string.", "Comparisons are lexicographi- cal. | Pattern matches return the string.")]
    // A score after a place, a sentence that opens with a year after a starter, and one that opens with its section
    // after an acronym end where they did.
    [InlineData("en", "Chelsea lost at Leeds. Chelsea 2 Arsenal 1 was the other score.", "Chelsea lost at Leeds. | Chelsea 2 Arsenal 1 was the other score.")]
    [InlineData("en", "He moved to Ohio. In 2019 he left.", "He moved to Ohio. | In 2019 he left.")]
    [InlineData("en", "He left the Fed. Powell spoke. 5 people listened.", "He left the Fed. | Powell spoke. | 5 people listened.")]
    [InlineData("en", "The code is named the BGB. \u00A7 823 governs it.", "The code is named the BGB. | \u00A7 823 governs it.")]
    [InlineData("de", "Die Kosten liegen deutlich \u00FCber dem Plan. Laut Nr. 4 zahlt der Bund.", "Die Kosten liegen deutlich \u00FCber dem Plan. | Laut Nr. 4 zahlt der Bund.")]
    public void Split_LegalCitation_RunsOnToItsSection(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A company's defined term or ticker in brackets after its name: the sentence goes on after it in lower case.
    [InlineData("en", "Today Acme Robotics, Inc. (\"Acme\") announced a funding round. Beta Co. (\u201CBeta\u201D), a maker of pumps, agreed.", "Today Acme Robotics, Inc. (\"Acme\") announced a funding round. | Beta Co. (\u201CBeta\u201D), a maker of pumps, agreed.")]
    [InlineData("en", "Shares of Acme Ltd. [NASDAQ: ACME] rose. He works at Acme Inc. (The firm is big.) It grew.", "Shares of Acme Ltd. [NASDAQ: ACME] rose. | He works at Acme Inc. | (The firm is big.) | It grew.")]
    // Several names defined at once, longer than a ticker; a quoted remark in brackets of the same length is no name.
    [InlineData("en", "Brightwater Medical Devices, Inc. (\"Brightwater,\" \"we\" or the \"Company\") announced results. It grew.", "Brightwater Medical Devices, Inc. (\"Brightwater,\" \"we\" or the \"Company\") announced results. | It grew.")]
    [InlineData("en", "These Terms govern the services of Quillstack, Inc. (\"Quillstack,\" \"we,\" \"us\" or \"our\"). By using them you agree.", "These Terms govern the services of Quillstack, Inc. (\"Quillstack,\" \"we,\" \"us\" or \"our\"). | By using them you agree.")]
    [InlineData("en", "Shares of Acme Inc. (Nasdaq) rose. They fell later.", "Shares of Acme Inc. (Nasdaq) rose. | They fell later.")]
    [InlineData("en", "He works at Acme Inc. (\"The firm is big. It grew fast,\" he said.) It grew.", "He works at Acme Inc. | (\"The firm is big. It grew fast,\" he said.) | It grew.")]
    // Names that go on after "U.S." and "D.C."; a war's number and a dose's frequency that end a sentence.
    [InlineData("en", "The U.S. Centers for Disease Control agreed. Take U.S. Route 1 north. The D.C. Council voted 9-4.", "The U.S. Centers for Disease Control agreed. | Take U.S. Route 1 north. | The D.C. Council voted 9-4.")]
    [InlineData("en", "He fought in World War I. After the war he taught. Take 10 mg b.i.d. Recheck labs in a week.", "He fought in World War I. | After the war he taught. | Take 10 mg b.i.d. | Recheck labs in a week.")]
    [InlineData("it", "Secondo il D.Lgs. 81/2008 il datore paga. Dal 3 sett. 2024 vale.", "Secondo il D.Lgs. 81/2008 il datore paga. | Dal 3 sett. 2024 vale.")]
    [InlineData("nl", "Zie ook pag. 7 voor meer. Vanaf wk. 46 geldt het. Sinds febr. 2024 ook.", "Zie ook pag. 7 voor meer. | Vanaf wk. 46 geldt het. | Sinds febr. 2024 ook.")]
    [InlineData("pl", "Umowa z dn. 12 maja 2022 r. obowiązuje.", "Umowa z dn. 12 maja 2022 r. obowiązuje.")]
    [InlineData("de", "Er braucht mind. 3 Jahre. Siehe Ziff. 3 und Anl. 1 dazu.", "Er braucht mind. 3 Jahre. | Siehe Ziff. 3 und Anl. 1 dazu.")]
    [InlineData("pt", "Ela mora em Sta. Catarina com o Dep. Federal Silva.", "Ela mora em Sta. Catarina com o Dep. Federal Silva.")]
    // A score is no ordinal; ordinals joined by a conjunction, and a weekday or a month abbreviated in a date, go on.
    [InlineData("de", "Müller traf zum 1:0. Dann war Schluss. Kane traf in der 23. und 67. Minute. Sie wurde 2. Jan Müller wurde 3.", "Müller traf zum 1:0. | Dann war Schluss. | Kane traf in der 23. und 67. Minute. | Sie wurde 2. | Jan Müller wurde 3.")]
    // A results line's "def." and a club's "Ath." go on before a name or a score, a climb's "Cat." before its number;
    // before a sentence starter they end the sentence.
    [InlineData("en", "Okafor, Kenya, def. Lena Marsh (4), Canada, 6-2, 6-4. Hale Ath. 2-1 Fenby Town. She rode up the Cat. 2 climb. He lost to the def. The end came fast.", "Okafor, Kenya, def. Lena Marsh (4), Canada, 6-2, 6-4. | Hale Ath. 2-1 Fenby Town. | She rode up the Cat. 2 climb. | He lost to the def. | The end came fast.")]
    // A capital after a number is a unit's symbol, and one after a word that labels with letters is a label: neither is
    // an initial, and its period ends the sentence; an Italian court's abbreviated name goes on before its seat.
    [InlineData("de", "Die Spitze lag bei 5,2 K. Tab. 3 zeigt die Werte. Die Daten stehen in Anhang C. Die Werte sind neu. Der Autor ist Jonas E. Weber aus Kiel.", "Die Spitze lag bei 5,2 K. | Tab. 3 zeigt die Werte. | Die Daten stehen in Anhang C. | Die Werte sind neu. | Der Autor ist Jonas E. Weber aus Kiel.")]
    [InlineData("de", "Sie haben mind. 3 J. Berufserfahrung im Controlling. Wir bieten 30 Tage Urlaub.", "Sie haben mind. 3 J. Berufserfahrung im Controlling. | Wir bieten 30 Tage Urlaub.")]
    [InlineData("en", "The island reached 6.8 K. The peak came late. The cell gives 3 V. Most cells do.", "The island reached 6.8 K. | The peak came late. | The cell gives 3 V. | Most cells do.")]
    [InlineData("it", "Lo ha deciso Trib. Torino, sez. I, nel 2022. Poi Cons. St., sez. VI, lo ha confermato. La Cass. Sez. Un. ha chiuso il caso. Ho scaricato l'app. Funziona bene.", "Lo ha deciso Trib. Torino, sez. I, nel 2022. | Poi Cons. St., sez. VI, lo ha confermato. | La Cass. Sez. Un. ha chiuso il caso. | Ho scaricato l'app. | Funziona bene.")]
    // A day and a month written with periods go on before a time, a year or a figure, in brackets too; a version
    // number's period, or a date's before a word in capitals, still ends the sentence.
    [InlineData("de", "Die A7 ist vom 3.10. 22 Uhr bis 6.10. 5 Uhr gesperrt. Am 1.1. 2025 tritt das Gesetz in Kraft. Im Konzern arbeiteten (30.9.) 17.840 Menschen.", "Die A7 ist vom 3.10. 22 Uhr bis 6.10. 5 Uhr gesperrt. | Am 1.1. 2025 tritt das Gesetz in Kraft. | Im Konzern arbeiteten (30.9.) 17.840 Menschen.")]
    [InlineData("de", "Wir installierten Version 3.14. 42 Fehler sind behoben. Das Fest war am 3.10. Danach war Ruhe.", "Wir installierten Version 3.14. | 42 Fehler sind behoben. | Das Fest war am 3.10. | Danach war Ruhe.")]
    // A day of two digits glued to its month, full, abbreviated or Austrian, is a date as one digit is; a year's is no day.
    [InlineData("de", "Der Markt öffnet am 12.Dezember 2025 am Hafen. Ab 03.Jänner gilt der Winterfahrplan. Der Kurs vom Mo, 08.Dez 2025 stieg. Das Jahr endete 2025.Danach kam der Umbau.", "Der Markt öffnet am 12.Dezember 2025 am Hafen. | Ab 03.Jänner gilt der Winterfahrplan. | Der Kurs vom Mo, 08.Dez 2025 stieg. | Das Jahr endete 2025. | Danach kam der Umbau.")]
    [InlineData("de", "Die Veranstaltung findet am Di. 26. Sept. statt. Er kam am Mi. Dann ging er.", "Die Veranstaltung findet am Di. 26. Sept. statt. | Er kam am Mi. | Dann ging er.")]
    [InlineData("nl", "Het debat vindt plaats op di. 26 sept. om 10.15 uur.", "Het debat vindt plaats op di. 26 sept. om 10.15 uur.")]
    [InlineData("es", "El próximo partido será el sáb. 27 de abril. Luego no.", "El próximo partido será el sáb. 27 de abril. | Luego no.")]
    [InlineData("it", "I musei restano chiusi sab. e dom. in 34 comuni. Poi riaprono.", "I musei restano chiusi sab. e dom. in 34 comuni. | Poi riaprono.")]
    // Indic initials in a run, glued or after a title go on; a short word alone before a period ends its sentence.
    // A title after a short word and a period opens the next sentence, in Marathi and in Hindi written with periods; a
    // Latin letter's name or "कु." (Kumar) in the middle of a name goes on.
    [InlineData("hi", "शाळेच्या इमारतीचे काम पूर्ण झाले आहे. डॉ. पाटील यांनी उद्घाटन केले. प्रा. कुलकर्णी उपस्थित होते.", "शाळेच्या इमारतीचे काम पूर्ण झाले आहे. | डॉ. पाटील यांनी उद्घाटन केले. | प्रा. कुलकर्णी उपस्थित होते.")]
    [InlineData("hi", "मंत्री ने नई सड़क का उद्घाटन किया है. श्री. वर्मा ने धन्यवाद दिया.", "मंत्री ने नई सड़क का उद्घाटन किया है. | श्री. वर्मा ने धन्यवाद दिया.")]
    [InlineData("hi", "सांसद राजेश एम. पटेल ने बैठक बुलाई। डॉ. सुनील कु. यादव ने रिपोर्ट पेश की।", "सांसद राजेश एम. पटेल ने बैठक बुलाई। | डॉ. सुनील कु. यादव ने रिपोर्ट पेश की।")]
    [InlineData("hi", "इस मामले में श्री ए. के. शर्मा ने बयान दिया। डॉ. आर. के. जेनामणि ने कहा। पूर्व राष्ट्रपति ए.पी.जे. अब्दुल कलाम महान थे। वह अच्छा है. फिर सो गया।", "इस मामले में श्री ए. के. शर्मा ने बयान दिया। | डॉ. आर. के. जेनामणि ने कहा। | पूर्व राष्ट्रपति ए.पी.जे. अब्दुल कलाम महान थे। | वह अच्छा है. | फिर सो गया।")]
    // A month abbreviated ends a sentence before a capitalized word, not before a day; a postscript's label, degrees,
    // a firm and units before a noun go on.
    [InlineData("en", "Prices held steady since Dec. Fed officials meet again in July. It opened Jan. 5 in Boston. P.S. The meeting moved.", "Prices held steady since Dec. | Fed officials meet again in July. | It opened Jan. 5 in Boston. | P.S. The meeting moved.")]
    [InlineData("id", "Rapat dipimpin oleh Ir. Joko Widodo di Istana. Bupati Drs. H. Ahmad Yani hadir.", "Rapat dipimpin oleh Ir. Joko Widodo di Istana. | Bupati Drs. H. Ahmad Yani hadir.")]
    [InlineData("ru", "Прибыль банка за 9 мес. 2025 г. выросла на 5%. Потом упала.", "Прибыль банка за 9 мес. 2025 г. выросла на 5%. | Потом упала.")]
    [InlineData("de", "Die Fa. Müller IT stellt zwei Techniker. Das Paket ging z. Hd. Herrn Weber. Es gab ca. 6 Std. Ausfallzeit am Samstag.", "Die Fa. Müller IT stellt zwei Techniker. | Das Paket ging z. Hd. Herrn Weber. | Es gab ca. 6 Std. Ausfallzeit am Samstag.")]
    // A date written with periods goes on before a word of a script without case.
    [InlineData("ko", "서울시는 지난 2024.3.5. 시행된 조례를 개정했다. 시민들은 환영했다.", "서울시는 지난 2024.3.5. 시행된 조례를 개정했다. | 시민들은 환영했다.")]
    // So does one written with spaced periods, as Korean official writing dates: the year's and the month's periods, and
    // the day's before a word without case.
    [InlineData("ko", "정부는 2024. 3. 15.(금) 국무회의에서 개정안을 의결했다. 개정안은 2024. 7. 1.부터 시행된다.", "정부는 2024. 3. 15.(금) 국무회의에서 개정안을 의결했다. | 개정안은 2024. 7. 1.부터 시행된다.")]
    [InlineData("ko", "정부는 2024. 3. 15. 국무회의에서 개정안을 의결했다. 시민들은 환영했다.", "정부는 2024. 3. 15. 국무회의에서 개정안을 의결했다. | 시민들은 환영했다.")]
    [InlineData("en", "It was signed on 2024.3.5. The law took effect.", "It was signed on 2024.3.5. | The law took effect.")]
    // An item's number glued to a CJK colon or semicolon runs on in its sentence.
    [InlineData("zh", "我试过以下方法：1. 长按电源键30秒；2. 换了一个充电器。都没用。", "我试过以下方法：1. 长按电源键30秒；2. 换了一个充电器。 | 都没用。")]
    [InlineData("ja", "試した方法：1. 再起動；2. 充電器を交換。どれも駄目でした。", "試した方法：1. 再起動；2. 充電器を交換。 | どれも駄目でした。")]
    public void Split_ListedAbbreviationsAndNamesInBrackets_EndWhereSentencesDo(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("tr", "Doç. Dr. Ayşe Yılmaz konuştu. Salon doluydu.", "Doç. Dr. Ayşe Yılmaz konuştu. | Salon doluydu.")]
    [InlineData("tr", "Türkiye'nin 1. Cumhurbaşkanı Ankara'da yaşadı.", "Türkiye'nin 1. Cumhurbaşkanı Ankara'da yaşadı.")]
    // Roman ordinals too, and a Roman number alone opens its sentence in any language.
    [InlineData("tr", "İstanbul'un fethiyle II. Mehmed şehri başkent yaptı. XIX. Yüzyıl boyunca imparatorluk toprak kaybetti.", "İstanbul'un fethiyle II. Mehmed şehri başkent yaptı. | XIX. Yüzyıl boyunca imparatorluk toprak kaybetti.")]
    [InlineData("en", "The first part ends here. II. The second part begins. We met in Washington DC. The end.", "The first part ends here. | II. The second part begins. | We met in Washington DC. | The end.")]
    [InlineData("tr", "Büyük şehirlerde, örn. İstanbul'da, kiralar arttı.", "Büyük şehirlerde, örn. İstanbul'da, kiralar arttı.")]
    [InlineData("tr", "Toplantı bitti. Herkes evine döndü.", "Toplantı bitti. | Herkes evine döndü.")]
    public void Split_TurkishTitlesOrdinalsAndAbbreviations_AreNoBoundaries(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("it", "Vedi l'art. 3 della Costituzione.", "Vedi l'art. 3 della Costituzione.")]
    [InlineData("it", "Vedi l’art. 3 della Costituzione.", "Vedi l’art. 3 della Costituzione.")]
    [InlineData("it", "L'art. 7 è chiaro. Nessuno lo discute.", "L'art. 7 è chiaro. | Nessuno lo discute.")]
    [InlineData("it", "Ho parlato con l'avv. Rossi ieri.", "Ho parlato con l'avv. Rossi ieri.")]
    [InlineData("it", "È arrivato l'inverno. Fa freddo.", "È arrivato l'inverno. | Fa freddo.")]
    public void Split_ItalianAbbreviationAfterAnElidedArticle_IsRecognized(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("sv", "Mötet börjar kl. 9.30 i morgon.", "Mötet börjar kl. 9.30 i morgon.")]
    [InlineData("sv", "Oppositionen, dvs. S och V, kräver en ny budget.", "Oppositionen, dvs. S och V, kräver en ny budget.")]
    [InlineData("da", "Toget kører kl. 8 fra Aarhus.", "Toget kører kl. 8 fra Aarhus.")]
    [InlineData("no", "Partiene, dvs. Ap og Sp, er enige.", "Partiene, dvs. Ap og Sp, er enige.")]
    [InlineData("sv", "Vi åt lunch. Det var gott.", "Vi åt lunch. | Det var gott.")]
    public void Split_ScandinavianAbbreviations_AreNoBoundaries(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    // An office abbreviated before the name of who holds it, as the press writes it.
    [Theory]
    [InlineData("sv", "Regionens ordf. Eva Sjöberg (M) vill spara. Hon får stöd.", "Regionens ordf. Eva Sjöberg (M) vill spara. | Hon får stöd.")]
    [InlineData("sv", "Föreningens v.ordf. Olle Ek svarade. Han var kort.", "Föreningens v.ordf. Olle Ek svarade. | Han var kort.")]
    [InlineData("da", "Klubbens næstform. Birgit Lund er enig. Hun stemmer ja.", "Klubbens næstform. Birgit Lund er enig. | Hun stemmer ja.")]
    [InlineData("da", "Firmaets adm. dir. Søren Bak trækker sig. Han går nu.", "Firmaets adm. dir. Søren Bak trækker sig. | Han går nu.")]
    [InlineData("no", "Konsernets adm. dir. Ola Dahl går av. Han er 64.", "Konsernets adm. dir. Ola Dahl går av. | Han er 64.")]
    [InlineData("de", "Laut Vors. Petra Lang fehlt Geld. Die Kasse ist leer. Gf. Uwe Horn schwieg.", "Laut Vors. Petra Lang fehlt Geld. | Die Kasse ist leer. | Gf. Uwe Horn schwieg.")]
    [InlineData("de", "Ich danke dir. Morgen geht es weiter.", "Ich danke dir. | Morgen geht es weiter.")]
    [InlineData("nl", "Volgens voorz. Kees Smit is het klaar. Weth. Ria Bos is blij.", "Volgens voorz. Kees Smit is het klaar. | Weth. Ria Bos is blij.")]
    [InlineData("fi", "Seuran pj. Jukka Salo erosi. Uusi valitaan syksyllä.", "Seuran pj. Jukka Salo erosi. | Uusi valitaan syksyllä.")]
    [InlineData("pl", "Według prez. Adama Nowaka spółka rośnie. Akcje drożeją.", "Według prez. Adama Nowaka spółka rośnie. | Akcje drożeją.")]
    [InlineData("pl", "Pociąg ruszył o świcie. Fot. Ewa Lis / PAP\n\nPasażerów było mało.", "Pociąg ruszył o świcie. | Fot. Ewa Lis / PAP | Pasażerów było mało.")]
    [InlineData("es", "La pdta. Marta Gil lo negó. El Cnel. Luis Mora calló.", "La pdta. Marta Gil lo negó. | El Cnel. Luis Mora calló.")]
    [InlineData("cs", "Podle předs. Petra Malého to nevadí. Gen. Karel Vrba souhlasí.", "Podle předs. Petra Malého to nevadí. | Gen. Karel Vrba souhlasí.")]
    public void Split_OfficeAbbreviatedBeforeAName_IsNoBoundary(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    // A month abbreviated before a year goes on; "jul" is Christmas too, and ends a sentence before a capital.
    [Theory]
    [InlineData("sv", "Avtalet gäller från den 1 feb. 2026 och framåt. Det är klart.", "Avtalet gäller från den 1 feb. 2026 och framåt. | Det är klart.")]
    [InlineData("sv", "Publicerad 9 okt. 2025 kl. 07.15. Polisen larmades.", "Publicerad 9 okt. 2025 kl. 07.15. | Polisen larmades.")]
    [InlineData("sv", "Vi firade jul. Familjen kom hem.", "Vi firade jul. | Familjen kom hem.")]
    [InlineData("da", "Opdateret 21. nov. 2025 kl. 09.02. Politiet rykkede ud.", "Opdateret 21. nov. 2025 kl. 09.02. | Politiet rykkede ud.")]
    [InlineData("da", "Loven trådte i kraft 1. jul. 2024 i hele landet.", "Loven trådte i kraft 1. jul. 2024 i hele landet.")]
    [InlineData("no", "Publisert 5. des. 2025 kl. 18.30. Brannvesenet rykket ut.", "Publisert 5. des. 2025 kl. 18.30. | Brannvesenet rykket ut.")]
    public void Split_ScandinavianMonthAbbreviatedBeforeAYear_IsNoBoundary(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("en", "We read Ps. 23 and Heb. 4:12 together. Then we prayed.", "We read Ps. 23 and Heb. 4:12 together. | Then we prayed.")]
    [InlineData("en", "The sermon cited Lev. 19:18 and Deut. 6:4 at length.", "The sermon cited Lev. 19:18 and Deut. 6:4 at length.")]
    [InlineData("en", "Prices rose by 2 per cent. Economists had expected less.", "Prices rose by 2 per cent. | Economists had expected less.")]
    [InlineData("sv", "Vi har öppet tis. och tors. kl. 10–16 hela sommaren.", "Vi har öppet tis. och tors. kl. 10–16 hela sommaren.")]
    [InlineData("da", "Mødet holdes tirs. 3 juni kl. 19 i salen.", "Mødet holdes tirs. 3 juni kl. 19 i salen.")]
    [InlineData("da", "Sådan siger man. Peter kom senere med sin søn. Anna ventede.", "Sådan siger man. | Peter kom senere med sin søn. | Anna ventede.")]
    [InlineData("it", "La messa sarà merc. 5 nov. alle ore 18 in duomo.", "La messa sarà merc. 5 nov. alle ore 18 in duomo.")]
    [InlineData("ru", "Лекция будет в чт. 5 июня в ауд. 101 на третьем этаже.", "Лекция будет в чт. 5 июня в ауд. 101 на третьем этаже.")]
    [InlineData("tr", "Goller: Dk. 12 Kerem, Dk. 80 Mertens.", "Goller: Dk. 12 Kerem, Dk. 80 Mertens.")]
    [InlineData("fr", "Huile sur toile, Inv. 1024. Le tableau fut acheté en 1850.", "Huile sur toile, Inv. 1024. | Le tableau fut acheté en 1850.")]
    [InlineData("nl", "Het schilderij (inv.nr. 1702) hangt in zaal 3.", "Het schilderij (inv.nr. 1702) hangt in zaal 3.")]
    [InlineData("de", "Ansprechpartner ist Frau Kaya unter Tel.-Nr. 040 1234 und Kunden-Nr. 5581.", "Ansprechpartner ist Frau Kaya unter Tel.-Nr. 040 1234 und Kunden-Nr. 5581.")]
    // A ruler's number after the name before the years in brackets, in a language that writes ordinals with a period.
    [InlineData("cs", "Narodil se Václav IV. (1361–1419) a vládl dlouho.", "Narodil se Václav IV. (1361–1419) a vládl dlouho.")]
    [InlineData("cs", "Papežem byl Kliment VI. Do Čech se vrátil v roce 1333.", "Papežem byl Kliment VI. | Do Čech se vrátil v roce 1333.")]
    [InlineData("cs", "Zemřel za vlády Karla IV. Po jeho smrti přišla válka.", "Zemřel za vlády Karla IV. | Po jeho smrti přišla válka.")]
    [InlineData("cs", "Stavba začala ve 14. st. v Praze.", "Stavba začala ve 14. st. v Praze.")]
    public void Split_ScriptureWeekdayAndReferenceAbbreviations_EndWhereSentencesDo(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("pl", "Zwykle przyjmuje się 1 tabl. 3 razy na dobę po posiłku.", "Zwykle przyjmuje się 1 tabl. 3 razy na dobę po posiłku.")]
    [InlineData("pl", "Sprzedaż spadła w III kw. 2024 r. o 4 proc. Zarząd obniżył prognozę.", "Sprzedaż spadła w III kw. 2024 r. o 4 proc. | Zarząd obniżył prognozę.")]
    [InlineData("sv", "Ta 2 tabl. 3 gånger dagligen med ett glas vatten.", "Ta 2 tabl. 3 gånger dagligen med ett glas vatten.")]
    [InlineData("pt", "Tome 2 comp. 3 vezes ao dia após as refeições.", "Tome 2 comp. 3 vezes ao dia após as refeições.")]
    [InlineData("es", "La junta se reunirá el próx. 4 de marzo en Sevilla.", "La junta se reunirá el próx. 4 de marzo en Sevilla.")]
    [InlineData("fr", "Prendre 2 cp. 3 fois par jour pendant une semaine.", "Prendre 2 cp. 3 fois par jour pendant une semaine.")]
    [InlineData("it", "Prendere 1 cpr. 2 volte al giorno dopo i pasti.", "Prendere 1 cpr. 2 volte al giorno dopo i pasti.")]
    [InlineData("nl", "De omzet daalde, vnl. door lagere prijzen in Azië.", "De omzet daalde, vnl. door lagere prijzen in Azië.")]
    [InlineData("de", "Sie nimmt 2 x tägl. ein Dragee ein. Das half.", "Sie nimmt 2 x tägl. ein Dragee ein. | Das half.")]
    [InlineData("de", "Die Hunde bekamen 2 x wöchentl. ein Bad und insg. 4 Spritzen.", "Die Hunde bekamen 2 x wöchentl. ein Bad und insg. 4 Spritzen.")]
    [InlineData("de", "Der Versand soll im Gj. 2026 wieder wachsen.", "Der Versand soll im Gj. 2026 wieder wachsen.")]
    [InlineData("ru", "Рост замедлился во II пол. 2024 г. по оценке банка.", "Рост замедлился во II пол. 2024 г. по оценке банка.")]
    [InlineData("ru", "Ставку снизили на 100 б.п. Решение приняли единогласно.", "Ставку снизили на 100 б.п. | Решение приняли единогласно.")]
    [InlineData("en", "Adj. EBITDA rose 4% while adj. EPS fell by 2% and 3% resp. in the two units.", "Adj. EBITDA rose 4% while adj. EPS fell by 2% and 3% resp. in the two units.")]
    [InlineData("en", "The trial appeared in N. Engl. J. Med. in May.", "The trial appeared in N. Engl. J. Med. in May.")]
    [InlineData("en", "Start ramipril 5 mg o.d. Recheck potassium in a week.", "Start ramipril 5 mg o.d. | Recheck potassium in a week.")]
    [InlineData("en", "The bond pays 4% p.a. Investors receive coupons twice a year.", "The bond pays 4% p.a. | Investors receive coupons twice a year.")]
    [InlineData("nl", "De schuld bedroeg € 310 mln. (eind 2023: € 280 mln.) op 30 juni.", "De schuld bedroeg € 310 mln. (eind 2023: € 280 mln.) op 30 juni.")]
    [InlineData("nl", "De omzet was € 2 mld. Daarna daalde de koers.", "De omzet was € 2 mld. | Daarna daalde de koers.")]
    // Two given names abbreviated around their hyphen.
    [InlineData("de", "Chefarzt ist Dr. K.-H. Brandt aus Kiel. Er operiert.", "Chefarzt ist Dr. K.-H. Brandt aus Kiel. | Er operiert.")]
    [InlineData("fr", "Le livre de J.-P. Sartre parut en 1943.", "Le livre de J.-P. Sartre parut en 1943.")]
    public void Split_DosageFinanceAndCitationAbbreviations_EndWhereSentencesDo(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // The plural of an abbreviation written before a number: with an "s" or its last letter doubled.
    [InlineData("en", "The Tribunal applied regs. 14 and 15 of the rules. It dismissed the appeal.", "The Tribunal applied regs. 14 and 15 of the rules. | It dismissed the appeal.")]
    [InlineData("en", "The claim relied on ss. 12 and 13 of the Act. It failed.", "The claim relied on ss. 12 and 13 of the Act. | It failed.")]
    [InlineData("en", "See rr. 3 to 5 and cls. 4 and 7. They apply.", "See rr. 3 to 5 and cls. 4 and 7. | They apply.")]
    // A plural that is also a word ends its sentence before a number that counts no list.
    [InlineData("en", "I love my pets. 5 stars for this shop.", "I love my pets. | 5 stars for this shop.")]
    [InlineData("it", "La Corte richiama gli artt. 14 e 15 e i nn. 3 e 4 del codice. Il ricorso è accolto.", "La Corte richiama gli artt. 14 e 15 e i nn. 3 e 4 del codice. | Il ricorso è accolto.")]
    [InlineData("es", "La Sala se remite a los núms. 14 y 15 y al rcud. 3301/2022 sobre esta cuestión. El recurso fue estimado.", "La Sala se remite a los núms. 14 y 15 y al rcud. 3301/2022 sobre esta cuestión. | El recurso fue estimado.")]
    [InlineData("es", "La firmaron los Excmos. Magistrados de la Sala. El recurso fue estimado.", "La firmaron los Excmos. Magistrados de la Sala. | El recurso fue estimado.")]
    [InlineData("nl", "De rechtbank verwijst naar artt. 14 en 15 jo. 3 van de wet. De vordering wordt toegewezen.", "De rechtbank verwijst naar artt. 14 en 15 jo. 3 van de wet. | De vordering wordt toegewezen.")]
    [InlineData("pl", "Sąd powołał się na lit. a i zał. 2 do ustawy. Skarga została oddalona.", "Sąd powołał się na lit. a i zał. 2 do ustawy. | Skarga została oddalona.")]
    // A word of Latin letters without a vowel abbreviates, and a sentence in lower case opens after none.
    [InlineData("de", "Die Halle ist groß, da Nebengebäude grds. keine Bebauung darstellen. Das ist so.", "Die Halle ist groß, da Nebengebäude grds. keine Bebauung darstellen. | Das ist so.")]
    [InlineData("en", "The firm sold two bldgs. they owned in the city. It kept one.", "The firm sold two bldgs. they owned in the city. | It kept one.")]
    [InlineData("en", "I liked it a lot. they were all kind.", "I liked it a lot. | they were all kind.")]
    [InlineData("sv", "Inflationen har fallit, enl. Konjunkturinstitutets barometer. Arbetslösheten stiger.", "Inflationen har fallit, enl. Konjunkturinstitutets barometer. | Arbetslösheten stiger.")]
    public void Split_PluralAndUnlistedAbbreviations_GoOn(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("de", "Er wohnt in der Hauptstr. 5 in Köln.", "Er wohnt in der Hauptstr. 5 in Köln.")]
    [InlineData("de", "Das Büro liegt in der Bahnhofstr. 12a im Zentrum.", "Das Büro liegt in der Bahnhofstr. 12a im Zentrum.")]
    [InlineData("nl", "Het kantoor is in de Kerkstr. 12 te Utrecht.", "Het kantoor is in de Kerkstr. 12 te Utrecht.")]
    [InlineData("de", "Wir liefen durch die Hauptstr. Danach kam der Markt.", "Wir liefen durch die Hauptstr. | Danach kam der Markt.")]
    // The house number after the abbreviation that counts it.
    [InlineData("de", "Die Praxis liegt in der Goethestr. Nr. 5 im zweiten Stock.", "Die Praxis liegt in der Goethestr. Nr. 5 im zweiten Stock.")]
    [InlineData("de", "Wir liefen durch die Goethestr. Nr. drei war geschlossen.", "Wir liefen durch die Goethestr. | Nr. drei war geschlossen.")]
    public void Split_StreetBeforeAHouseNumber_IsNoBoundary(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // Legal forms after "& Co." in mixed case, and a company's number after its suffix.
    [InlineData("de", "Die Lehmann SE & Co. KGaA hat berichtet. Die Weber & Co. mbH auch.", "Die Lehmann SE & Co. KGaA hat berichtet. | Die Weber & Co. mbH auch.")]
    [InlineData("en", "Registered in England & Wales, Co. No. 12345678. It was founded in 2001.", "Registered in England & Wales, Co. No. 12345678. | It was founded in 2001.")]
    // A capitalized title after a number is no unit ("ms"); a unit is one ("5 m. Then").
    [InlineData("en", "4.1 Ms. Nair presented the deal. The wall rose 5 m. Then it fell.", "4.1 Ms. Nair presented the deal. | The wall rose 5 m. | Then it fell.")]
    // A bracket after a quantity's unit, the sentence going on in lower case after it; one that a sentence fills ends.
    [InlineData("nl", "De winst daalde naar € 38 mln. (H1 2024: € 71 mln.) als gevolg van een afboeking. De omzet steeg.", "De winst daalde naar € 38 mln. (H1 2024: € 71 mln.) als gevolg van een afboeking. | De omzet steeg.")]
    [InlineData("en", "Net profit fell to EUR 38 mln. (H1 2024: EUR 71 mln.) because of a write-down. Revenue rose to 5 mln. (The rest was lost.) We grew.", "Net profit fell to EUR 38 mln. (H1 2024: EUR 71 mln.) because of a write-down. | Revenue rose to 5 mln. | (The rest was lost.) | We grew.")]
    // A date with its month that short words front, at the start of the sentence or of a clause; one that a verb fronts ends.
    [InlineData("pl", "Zarząd informuje, że w dniu 13 listopada 2025 r. Emitent zawarł umowę. Umowa jest znacząca.", "Zarząd informuje, że w dniu 13 listopada 2025 r. Emitent zawarł umowę. | Umowa jest znacząca.")]
    [InlineData("pl", "W dniu 2 grudnia 2025 r. Zarząd podjął uchwałę. Umowę zawarto 13 listopada 2025 r. Emitent jest zadowolony.", "W dniu 2 grudnia 2025 r. Zarząd podjął uchwałę. | Umowę zawarto 13 listopada 2025 r. | Emitent jest zadowolony.")]
    [InlineData("ru", "В конце августа 1830 г. Пушкин выехал в Болдино. Письмо написано 9 декабря 1830 г. Пушкин отправил его позже.", "В конце августа 1830 г. Пушкин выехал в Болдино. | Письмо написано 9 декабря 1830 г. | Пушкин отправил его позже.")]
    // Units after another unit, and the units of the newer languages.
    [InlineData("ru", "Площадь составит 3 тыс. кв. м. Посетители смогут войти.", "Площадь составит 3 тыс. кв. м. | Посетители смогут войти.")]
    [InlineData("bg", "Пътят е дълъг около 300 м. По този начин се стига до селото.", "Пътят е дълъг около 300 м. | По този начин се стига до селото.")]
    // An abbreviation before a spaced dash and more words on its line: a statute's title, a range, a dateline.
    [InlineData("pl", "Na podstawie ustawy z dnia 14 grudnia 2016 r. – Prawo oświatowe minister określa podstawę. To jest nowe.", "Na podstawie ustawy z dnia 14 grudnia 2016 r. – Prawo oświatowe minister określa podstawę. | To jest nowe.")]
    [InlineData("ru", "КАЗАНЬ, 12 мар. — Первый поезд ушёл в пять утра.", "КАЗАНЬ, 12 мар. — Первый поезд ушёл в пять утра.")]
    // Abbreviations of civic, business, medical and historical texts.
    [InlineData("de", "Die Sprechstunde ist im Rathaus, Zi. 2.14, am Sa. 9–16 Uhr. Die stv. Vorsitzende leitet sie.", "Die Sprechstunde ist im Rathaus, Zi. 2.14, am Sa. 9–16 Uhr. | Die stv. Vorsitzende leitet sie.")]
    [InlineData("de", "Nehmen Sie 2 Btl. Pulver bis zum nach „verw. bis“ angegebenen Datum.", "Nehmen Sie 2 Btl. Pulver bis zum nach „verw. bis“ angegebenen Datum.")]
    [InlineData("en", "Capt. Moore & Lieut. Harlan is among the killed. Sergt. Coombs wrote home. Read vv. 1–23 and Ibid., fol. 131 again.", "Capt. Moore & Lieut. Harlan is among the killed. | Sergt. Coombs wrote home. | Read vv. 1–23 and Ibid., fol. 131 again.")]
    [InlineData("pl", "Jan Kochanowski, ur. 1530, zm. 1584 w Lublinie, pisał po polsku.", "Jan Kochanowski, ur. 1530, zm. 1584 w Lublinie, pisał po polsku.")]
    [InlineData("ru", "Иван Петров, род. 1850, ум. 1901, был врачом. Он жил в д. 87, корп. 2.", "Иван Петров, род. 1850, ум. 1901, был врачом. | Он жил в д. 87, корп. 2.")]
    [InlineData("nl", "Jan de Vries, geb. 1850, overl. 1901, was arts. Spreekuur ma. 17 feb. en zo. 10.00 uur.", "Jan de Vries, geb. 1850, overl. 1901, was arts. | Spreekuur ma. 17 feb. en zo. 10.00 uur.")]
    [InlineData("it", "Il secondo giorno si sale al Rif. Biella in tre ore.", "Il secondo giorno si sale al Rif. Biella in tre ore.")]
    [InlineData("en", "The office is at 3 Market Pl. Hadleigh and opens daily.", "The office is at 3 Market Pl. Hadleigh and opens daily.")]
    // The field shorthand of logs, vital signs and lab lines before their reading, a bracket or a sign; a word before a
    // number still ends its sentence.
    [InlineData("en", "At noon the ship held spd. 11.5 kn on hdg. 075° with vis. 4 km. Wt. 31.2 kg and creat. 104 µmol/L were noted. He lost his job. 2 weeks later he moved.", "At noon the ship held spd. 11.5 kn on hdg. 075° with vis. 4 km. | Wt. 31.2 kg and creat. 104 µmol/L were noted. | He lost his job. | 2 weeks later he moved.")]
    [InlineData("en", "Avoid in pts. (≥ 80 y) and in pts. < 16 y. Witness saw subj. #3 run. Add protease inhib. (2 tab.) first. The mayor spoke to the press. 20 reporters came.", "Avoid in pts. (≥ 80 y) and in pts. < 16 y. | Witness saw subj. #3 run. | Add protease inhib. (2 tab.) first. | The mayor spoke to the press. | 20 reporters came.")]
    [InlineData("sv", "Hon väntade 3 tim. 10 min. på en läkare fast hon hade prio. 1 (röd). Det var för länge.", "Hon väntade 3 tim. 10 min. på en läkare fast hon hade prio. 1 (röd). | Det var för länge.")]
    [InlineData("it", "Nel 2° sem. 2024 le vendite sono cresciute. Il margine è sceso.", "Nel 2° sem. 2024 le vendite sono cresciute. | Il margine è sceso.")]
    // Ranks of police reports before a name, and military units before their kind or a name; a unit word before a
    // sentence starter ends its sentence.
    [InlineData("en", "At 0200 Ofc. Lindqvist and Dep. Ortega arrived. Tpr. Hale, Inv. Moss and Special Agt. Park followed. CSI Tech. R. Amadi took photos.", "At 0200 Ofc. Lindqvist and Dep. Ortega arrived. | Tpr. Hale, Inv. Moss and Special Agt. Park followed. | CSI Tech. R. Amadi took photos.")]
    [InlineData("en", "The 2-7 Inf. Bn. held the ridge while the 3rd Bde. Support Group and the Eng. Coy. cleared mines. The 1-4 Cav. Sqn. screened. She found work in tech. Many friends did too.", "The 2-7 Inf. Bn. held the ridge while the 3rd Bde. Support Group and the Eng. Coy. cleared mines. | The 1-4 Cav. Sqn. screened. | She found work in tech. | Many friends did too.")]
    // Clinical and technical abbreviations of German, Spanish and Polish reports before a noun, a name or lower case.
    [InlineData("de", "Schmerzen strahlen in den re. Arm aus, bei Verschluss des dist. RIVA ohne rel. Befund. Der Kessel (Bj. 2011) läuft. Die Abgastemp. am Kessel war hoch.", "Schmerzen strahlen in den re. Arm aus, bei Verschluss des dist. RIVA ohne rel. Befund. | Der Kessel (Bj. 2011) läuft. | Die Abgastemp. am Kessel war hoch.")]
    [InlineData("es", "Tiene una herida en la mano dcha. y otra en la rodilla izda. con sangrado. Vive en c/ Sol, esq. Pza. Nueva.", "Tiene una herida en la mano dcha. y otra en la rodilla izda. con sangrado. | Vive en c/ Sol, esq. Pza. Nueva.")]
    [InlineData("pl", "Chorego zbadał lek. A. Kowal, temp. 37,9 st. C, kreatynina całk. 0,9 mg/dl. Wypis jutro.", "Chorego zbadał lek. A. Kowal, temp. 37,9 st. C, kreatynina całk. 0,9 mg/dl. | Wypis jutro.")]
    // A quoted message that a period closes goes on with its code in brackets; an aside in brackets does not.
    [InlineData("de", "Die Pumpe stoppte mit „Druck max.“ (Fehler-Nr. 31) um acht. Dann lief sie.", "Die Pumpe stoppte mit „Druck max.“ (Fehler-Nr. 31) um acht. | Dann lief sie.")]
    [InlineData("en", "The panel showed \"Filter blocked.\" (Code 31) at dawn. She said \"We won.\" (The score was 3-1.) Fans cheered.", "The panel showed \"Filter blocked.\" (Code 31) at dawn. | She said \"We won.\" | (The score was 3-1.) | Fans cheered.")]
    // A street abbreviated by its ending before lower case ("str" of "Hauptstr.").
    [InlineData("de", "Das Büro liegt in der Hauptstr. und ist gut ausgeschildert. Es öffnet um neun.", "Das Büro liegt in der Hauptstr. und ist gut ausgeschildert. | Es öffnet um neun.")]
    // A word broken at the end of a row of fields goes on onto the next line in lower case.
    [InlineData("de", "Schlüsselwörter Ganztagsschule · Hausaufgaben · Grund-\nschule · Mehrebenenanalyse\n\nDie Studie zeigt, dass die Betreuung wirkt.", "Schlüsselwörter Ganztagsschule · Hausaufgaben · Grund- schule · Mehrebenenanalyse | Die Studie zeigt, dass die Betreuung wirkt.")]
    // Pre-decimal sums, shillings before pence; a sum of shillings alone ends its sentence.
    [InlineData("en", "Wheat rose from 5s. 6d. a bushel to 8s. 2d. in 1795. He paid 10s. Then he left.", "Wheat rose from 5s. 6d. a bushel to 8s. 2d. in 1795. | He paid 10s. | Then he left.")]
    // A quantity in two units, the larger first; a unit before a number that no unit follows ends its sentence.
    [InlineData("ru", "Он пробежал дистанцию за 2 мин. 40 сек. и стал чемпионом. Поезд пришёл через 20 мин. 40 человек вышли.", "Он пробежал дистанцию за 2 мин. 40 сек. и стал чемпионом. | Поезд пришёл через 20 мин. | 40 человек вышли.")]
    // "mar." abbreviates March before a number or a year, and is the sea before a capital.
    [InlineData("es", "El piso tiene vistas al mar. Anfitriona muy amable. Llegamos el 15 de mar. de 2024 al piso.", "El piso tiene vistas al mar. | Anfitriona muy amable. | Llegamos el 15 de mar. de 2024 al piso.")]
    [InlineData("pt", "A casa tem vista para o mar. Anfitriã simpática. Chegámos a 15 de mar. de 2024 à casa.", "A casa tem vista para o mar. | Anfitriã simpática. | Chegámos a 15 de mar. de 2024 à casa.")]
    [InlineData("it", "La casa ha vista sul mar. Proprietaria gentile. Aperto mar. 5 marzo.", "La casa ha vista sul mar. | Proprietaria gentile. | Aperto mar. 5 marzo.")]
    // A capitalized name of what is numbered before "no." and a code; "no." as an answer before a code ends.
    [InlineData("en", "Check the label for Model no. KX-200 and Serial No. SN-0042 first. The answer is no. COVID-19 cases rose.", "Check the label for Model no. KX-200 and Serial No. SN-0042 first. | The answer is no. | COVID-19 cases rose.")]
    // A quoted question's source in brackets goes with it; an aside in brackets does not.
    [InlineData("en", "He asked, \"How oft shall I forgive him? till seven times?\" (Matt. 18:21). Jesus answered. \"Why call ye me Naomi?\" (Ruth 1:21) was the question.", "He asked, \"How oft shall I forgive him? till seven times?\" (Matt. 18:21). | Jesus answered. | \"Why call ye me Naomi?\" (Ruth 1:21) was the question.")]
    [InlineData("en", "She asked, \"Is it true?\" (He did not know.) Then she left.", "She asked, \"Is it true?\" | (He did not know.) | Then she left.")]
    public void Split_AbbreviationsOfBusinessCivicAndHistoricalTexts_AreNoBoundaries(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("zh", "她没有回答。“好的。”他说。", "她没有回答。 | “好的。”他说。")]
    [InlineData("ja", "彼は「もう帰る。」と言った。", "彼は「もう帰る。」と言った。")]
    // Japanese attaches what is said with a particle (と, って, という, など) or a comma; a quotation closed after its
    // full stop that none follows is a sentence of its own. Chinese goes on with its attribution without one.
    [InlineData("ja", "雨が降った。「寒い。」私は言った。", "雨が降った。 | 「寒い。」 | 私は言った。")]
    [InlineData("ja", "「明日は晴れるよ。」母の言葉どおり、空は青かった。", "「明日は晴れるよ。」 | 母の言葉どおり、空は青かった。")]
    [InlineData("ja", "『もう少しだけ待って！』その声で目が覚めた。", "『もう少しだけ待って！』 | その声で目が覚めた。")]
    [InlineData("ja", "「早く寝なさい！」って何度も言われた。", "「早く寝なさい！」って何度も言われた。")]
    [InlineData("ja", "「行ってきます。」という声が聞こえた。", "「行ってきます。」という声が聞こえた。")]
    [InlineData("ja", "「またね。」などと言って別れた。", "「またね。」などと言って別れた。")]
    [InlineData("ja", "「ありがとう。」、そう言って彼は去った。", "「ありがとう。」、そう言って彼は去った。")]
    [InlineData("zh", "「好的。」他說。她走了。", "「好的。」他說。 | 她走了。")]
    [InlineData("zh", "“走吧。”她说。天黑了。", "“走吧。”她说。 | 天黑了。")]
    [InlineData("en", "He said \u201CGo.\u201D Then he left.", "He said \u201CGo.\u201D | Then he left.")]
    public void Split_CjkQuotations_KeepTheirAttribution(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A fullwidth period after a number or a single letter that opens the segment or follows a label's colon marks an
    // item or a label, as an ASCII period does; after a longer word, or a letter inside a sentence, it ends the sentence.
    [InlineData("zh", "附录：1．调查问卷样本\n　　　2．访谈提纲", "附录：1．调查问卷样本 | 2．访谈提纲")]
    [InlineData("ja", "Q．返品はできますか？\nA．到着後7日以内であれば可能です。", "Q．返品はできますか？ | A．到着後7日以内であれば可能です。")]
    [InlineData("zh", "费用见第3．5节。其余从略。", "费用见第3．5节。 | 其余从略。")]
    [InlineData("zh", "他每天补充维生素A．效果很好。", "他每天补充维生素A． | 效果很好。")]
    public void Split_FullwidthPeriodAfterALabel_IsNoBoundary(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("de", "Hochwasser in Bayern: Lage spitzt sich zu\nStand: 03.06.2024 14:30 Uhr\n\nPassau, 3. Juni (Reuters) - Das Hochwasser steigt.", "Hochwasser in Bayern: Lage spitzt sich zu | Stand: 03.06.2024 14:30 Uhr | Passau, 3. Juni (Reuters) - Das Hochwasser steigt.")]
    [InlineData("en", "Floods in Bavaria: situation worsens\nUpdated: 3 June 2024 14:30\nPassau (Reuters) - The flood rose.", "Floods in Bavaria: situation worsens | Updated: 3 June 2024 14:30 | Passau (Reuters) - The flood rose.")]
    [InlineData("en", "The council met on Monday evening and after a long debate\nvoted to close the old bridge for repairs.", "The council met on Monday evening and after a long debate voted to close the old bridge for repairs.")]
    // A name of code or a cross-reference before "::" is no label: the wrapped line goes on.
    [InlineData("en", "The generator must be seeded before use.  For the details, see *Note\nRandomness::.  It returns one on success, or zero on\nfailure.", "The generator must be seeded before use. | For the details, see *Note Randomness::. | It returns one on success, or zero on failure.")]
    [InlineData("de", "Der Proxy wird aus der Konfiguration gelesen.  Eigene Proxys setzt die Option\nAcquire::http::Proxy für jeden einzelnen\nRechner.", "Der Proxy wird aus der Konfiguration gelesen. | Eigene Proxys setzt die Option Acquire::http::Proxy für jeden einzelnen Rechner.")]
    // An abbreviation before a number in a byline's or a list's line is no sentence's end that would join the lines.
    [InlineData("sv", "Av Maria Ekström, medicinreporter\nPublicerad 3 mars 2025 kl. 08.15\n\nRegeringen presenterade i dag en ny plan. Den gäller från maj.", "Av Maria Ekström, medicinreporter | Publicerad 3 mars 2025 kl. 08.15 | Regeringen presenterade i dag en ny plan. | Den gäller från maj.")]
    [InlineData("fr", "Par Marc Petit, journaliste scientifique\nPublié le 4 févr. 2025 à 9h30\n\nLe musée rouvre ses portes. Les travaux ont duré deux ans.", "Par Marc Petit, journaliste scientifique | Publié le 4 févr. 2025 à 9h30 | Le musée rouvre ses portes. | Les travaux ont duré deux ans.")]
    [InlineData("de", "Metronidazol 400 mg für insg. 10 Tage\nRamipril 5 mg 1-0-0\nBisoprolol 2,5 mg 1-0-0", "Metronidazol 400 mg für insg. 10 Tage | Ramipril 5 mg 1-0-0 | Bisoprolol 2,5 mg 1-0-0")]
    [InlineData("en", "It fails when the extension is .exe, but the emulator isn't\navailable (e.g. on older systems)", "It fails when the extension is .exe, but the emulator isn't available (e.g. on older systems)")]
    public void Split_HeadingAboveADateline_IsALineOfItsOwn(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A name of code glued to CJK text keeps its period between Latin letters, as it does after a space.
    [InlineData("ja", "まず、fmt.Printlnで出力します。次に進みます。", "まず、fmt.Printlnで出力します。 | 次に進みます。")]
    [InlineData("zh", "我们用了`http.NewRequest`发送请求。速度很快。", "我们用了`http.NewRequest`发送请求。 | 速度很快。")]
    [InlineData("en", "Sales rose in May.Then they fell.", "Sales rose in May. | Then they fell.")]
    public void Split_CodeNameGluedToCjkText_KeepsItsPeriod(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A short line that ends with a word leaving its phrase open (an article, "of", "with") is wrapped prose, as in a
    // narrow column; a short line that ends otherwise stays a heading.
    [InlineData("en", "The mayor met with\nMayor Ruiz on Tuesday to talk about the budget.", "The mayor met with Mayor Ruiz on Tuesday to talk about the budget.")]
    [InlineData("en", "Talks began with the\nPresident at noon. They ended late.", "Talks began with the President at noon. | They ended late.")]
    [InlineData("en", "Terms of use\nThese terms govern the site. Read them.", "Terms of use | These terms govern the site. | Read them.")]
    [InlineData("en", "What to look for\nGood shoes matter. Buy them.", "What to look for | Good shoes matter. | Buy them.")]
    [InlineData("en", "NOTES ON THE\nBUDGET ARE HERE. Read them.", "NOTES ON THE | BUDGET ARE HERE. | Read them.")]
    [InlineData("de", "Der Rat sprach mit der\nStadträtin am Dienstag. Sie einigten sich.", "Der Rat sprach mit der Stadträtin am Dienstag. | Sie einigten sich.")]
    [InlineData("fr", "Le maire a parlé avec le\nPréfet mardi. Ils sont d'accord.", "Le maire a parlé avec le Préfet mardi. | Ils sont d'accord.")]
    [InlineData("es", "El alcalde habló con el\nGobernador el martes. Están de acuerdo.", "El alcalde habló con el Gobernador el martes. | Están de acuerdo.")]
    public void Split_ShortLineEndingWithAnOpenWord_GoesOn(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A word broken at the end of a line, as text copied out of a PDF breaks them, goes on on the next line whatever its
    // case (white space shows as one space here); a dash after a space does not join.
    [InlineData("en", "Revenue grew. We acquired Sensi-\nData, a maker of tools, for $3 million. The deal closed.", "Revenue grew. | We acquired Sensi- Data, a maker of tools, for $3 million. | The deal closed.")]
    [InlineData("en", "It hit ship-\nments for nine days. Costs rose.", "It hit ship- ments for nine days. | Costs rose.")]
    [InlineData("de", "Die Bundes-\nregierung beschloss das Gesetz. Es gilt ab Mai.", "Die Bundes- regierung beschloss das Gesetz. | Es gilt ab Mai.")]
    [InlineData("en", "Our plans -\nWe will grow. Costs will fall.", "Our plans - | We will grow. | Costs will fall.")]
    public void Split_WordBrokenAtALinesEnd_GoesOn(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A list item is not wrapped onto a line at the margin; an indented line goes on with it.
    [InlineData("en", "Key findings:\n- Revenue grew in all regions\n- Costs rose faster than expected\nWe recommend caution.", "Key findings: | - Revenue grew in all regions | - Costs rose faster than expected | We recommend caution.")]
    [InlineData("en", "Key findings:\n- Revenue grew in all regions and the costs rose faster\n  Than expected in Europe.\nWe recommend caution.", "Key findings: | - Revenue grew in all regions and the costs rose faster Than expected in Europe. | We recommend caution.")]
    // Lines stamped alike are records; a label line stands alone.
    [InlineData("en", "[10:32] bob: whats up\n[10:33] alice: meeting moved to 3pm lol\n[10:34] bob: ok thx!! see u then", "[10:32] bob: whats up | [10:33] alice: meeting moved to 3pm lol | [10:34] bob: ok thx!! see u then")]
    [InlineData("en", "Background: In 2019 the city council asked engineers from\nSiemens to review the tram network.", "Background: In 2019 the city council asked engineers from Siemens to review the tram network.")]
    // A line that reads as a label's goes on a line of prose that a preposition or a word that leaves its phrase open ends.
    [InlineData("en", "Our analysis of the outages points to one main cause, identified by\nMicrosoft engineers: the cache expires too early under heavy\nload. We will ship a fix in May.",
        "Our analysis of the outages points to one main cause, identified by Microsoft engineers: the cache expires too early under heavy load. | We will ship a fix in May.")]
    [InlineData("de", "Der Bericht zeigt, dass die lange Bearbeitungsdauer vor allem durch\nNachforderungen entsteht: im Schnitt fordern wir zweimal Unterlagen\nnach. Das kostet jeweils mehrere Wochen.",
        "Der Bericht zeigt, dass die lange Bearbeitungsdauer vor allem durch Nachforderungen entsteht: im Schnitt fordern wir zweimal Unterlagen nach. | Das kostet jeweils mehrere Wochen.")]
    [InlineData("en", "[10:33] carol: yes. I'm on it, fixing it\n[10:35] alice: thanks carol", "[10:33] carol: yes. | I'm on it, fixing it | [10:35] alice: thanks carol")]
    // An unindented line after a long item, or one that ends in a short lower-case word, is the item wrapped.
    [InlineData("en", "* Revenue was up 4% on the quarter, mostly thanks to strong sales in\nGermany and France.", "* Revenue was up 4% on the quarter, mostly thanks to strong sales in Germany and France.")]
    [InlineData("en", "1. Install the package with the command that\nPython ships with, then restart.", "1. Install the package with the command that Python ships with, then restart.")]
    public void Split_LinesThatAreNotWrappedProse_StandAlone(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // Label lines of one or two words, French with a space before the colon, stand alone in a meeting's minutes.
    [InlineData("fr", "Date : mardi 14 janvier\nLieu : salle polyvalente, 8 rue des Écoles\nExcusé : M. Dubois\n\nLa séance est ouverte.", "Date : mardi 14 janvier | Lieu : salle polyvalente, 8 rue des Écoles | Excusé : M. Dubois | La séance est ouverte.")]
    [InlineData("it", "Presenti: dott.ssa Galli, ing. Ferri\nAssenti giustificati: prof. Neri\n\nLa seduta è aperta.", "Presenti: dott.ssa Galli, ing. Ferri | Assenti giustificati: prof. Neri | La seduta è aperta.")]
    // A telephone number on a line of its own, after a label if any, is a line of a contact block.
    [InlineData("it", "Ufficio stampa Ferrovie Lombarde\nTel. +39 02 0000 0000\nufficiostampa@fld.example", "Ufficio stampa Ferrovie Lombarde | Tel. +39 02 0000 0000 | ufficiostampa@fld.example")]
    [InlineData("de", "Jana Petersen\nNordwind Energie AG\nTelefon: 040 555 123-45", "Jana Petersen | Nordwind Energie AG | Telefon: 040 555 123-45")]
    // French spaces the colon after an abbreviation: no segment opens with it.
    [InlineData("fr", "Sophie Martin\nTél. : +33 4 72 00 00 00\nFax. : +33 4 72 00 00 01", "Sophie Martin | Tél. : +33 4 72 00 00 00 | Fax. : +33 4 72 00 00 01")]
    [InlineData("fr", "Il apporte des pommes, des poires, etc. ; le reste est fourni.", "Il apporte des pommes, des poires, etc. ; le reste est fourni.")]
    public void Split_LabelAndTelephoneLines_StandAlone(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // What holds before a number holds before the number sign, a Roman numeral of two letters or more and a part's
    // capital before its number; a Roman numeral that ends a sentence still ends it.
    [InlineData("en", "See para. V 4.2 of the contract. It applies to all staff.", "See para. V 4.2 of the contract. | It applies to all staff.")]
    [InlineData("en", "We refer to Ref. II of the agreement. It is old.", "We refer to Ref. II of the agreement. | It is old.")]
    [InlineData("en", "We refer to Ref. 214 of the agreement. It is old.", "We refer to Ref. 214 of the agreement. | It is old.")]
    [InlineData("ru", "Ваше письмо Исх. № 214 от 3 марта получено.", "Ваше письмо Исх. № 214 от 3 марта получено.")]
    [InlineData("en", "The fee is set in sec. II. It applies to all.", "The fee is set in sec. II. | It applies to all.")]
    // A range or a pair of weekdays before a time, the last abbreviation after a hyphen or a slash.
    [InlineData("en", "The clinic is open Mon./Wed. 9:30 to noon. It closes on Fridays.", "The clinic is open Mon./Wed. 9:30 to noon. | It closes on Fridays.")]
    [InlineData("en", "The clinic is open Mon.-Wed. 9:30 to noon. It closes on Fridays.", "The clinic is open Mon.-Wed. 9:30 to noon. | It closes on Fridays.")]
    public void Split_NumericAbbreviationBeforeNumberSignOrRomanNumeral_GoesOn(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A salutation or closing that opens with the language's words, longer than three words or ending with the
    // colon of Spanish and Portuguese letters, frames the letter as a heading does.
    [InlineData("de", "Sehr geehrte Damen und Herren,\n\nam 2. Februar bestellte ich eine Waschmaschine.\n\nMit freundlichen Grüßen\nThomas Berger", "Heading Sentence Heading Heading")]
    [InlineData("de", "Sehr geehrte Frau Prof. Dr. Weber,\n\nvielen Dank für Ihren Brief.", "Heading Sentence")]
    [InlineData("es", "Estimado Sr. Martínez:\n\nLe escribo por la reunión del jueves.\n\nAtentamente,\nCarmen Ortega", "Heading Sentence Heading Heading")]
    [InlineData("pt", "A clínica abre às oito horas.\nCom os melhores cumprimentos,\nA Direção Clínica", "Sentence Heading Heading")]
    [InlineData("it", "Gentili Clienti e Fornitori,\n\nil magazzino resterà chiuso in agosto.", "Heading Sentence")]
    // An older letter's closing, the writer's relation to the reader, never joins its signature, however long the
    // signature, and frames each letter of a collection, not only the last.
    [InlineData("en", "The men are in good spirits and the weather holds fine.\n\nEver your affectionate husband,\nJ. Merriweather, Capt., Co. B\n\nMy dear Father,\n\nWe had no news from the coast.", "Sentence Heading Heading Heading Sentence")]
    [InlineData("en", "We had no news from the coast for three weeks.\nI remain, dear Sir, your obedient servant,\nThomas Hale\n\nSir,\n\nThe harvest is in.", "Sentence Heading Heading Heading Sentence")]
    [InlineData("nl", "De reis ging voorspoedig en wij kwamen gezond aan.\n\nUw liefhebbende zoon,\nJan Willem van der Berg\n\nWaarde Vader,\n\nHet schip is binnen.", "Sentence Heading Heading Heading Sentence")]
    [InlineData("fr", "Le voyage fut long mais nous sommes arrivés.\n\nVotre très humble serviteur,\nJean-Baptiste Moreau, capitaine", "Sentence Heading Heading")]
    // A salutation of the language's words is a line of its own over a body that opens in lower case, as German,
    // French, Spanish, Dutch and casual English letters write it.
    [InlineData("de", "Liebe Frau Hansen,\nherzlichen Dank für Ihre Nachricht vom Montag. Der Termin passt uns gut.", "Heading Sentence Sentence")]
    [InlineData("fr", "Bonjour Julien,\nvoici le compte rendu de la réunion. Il reste deux points ouverts.", "Heading Sentence Sentence")]
    [InlineData("es", "Hola Andrés,\nte paso el presupuesto que pediste. Vence el viernes.", "Heading Sentence Sentence")]
    [InlineData("nl", "Beste Pieter,\nbedankt voor je snelle antwoord. De levering is morgen.", "Heading Sentence Sentence")]
    [InlineData("en", "Hi Priya,\njust a quick note on the budget. The numbers are final.", "Heading Sentence Sentence")]
    // Words of no salutation, or a salutation's word opening a longer line, leave a sentence.
    [InlineData("en", "However,\nthe numbers are final.", "Sentence")]
    [InlineData("en", "I remain convinced that the plan will fail,\nwhatever the council says.", "Sentence")]
    [InlineData("de", "Die Preise steigen im Januar deutlich,\n\nsagte der Sprecher.", "Sentence Sentence")]
    [InlineData("es", "Estimado el coste total del proyecto en tres millones de euros, la junta votó:\n\nA favor.", "Sentence Sentence")]
    public void Split_SalutationsAndClosingsOfTheLanguage_AreHeadings(string language, string text, string kinds) =>
        AssertKinds(language, text, kinds);

    [Theory]
    // A speech's salutation is a block of vocatives, one a line, before its first sentence: every line of it is the
    // salutation's, capitalized or opening with the language's words, however many.
    [InlineData("fr", "Monsieur le Préfet,\nMadame la Maire de Lyon,\nMonsieur le Recteur,\nMesdames et Messieurs,\n\nLe nouveau lycée ouvrira en septembre. Il accueillera mille élèves.", "Heading Heading Heading Heading Sentence Sentence")]
    [InlineData("de", "Sehr geehrte Frau Bürgermeisterin,\nmeine sehr verehrten Damen und Herren Stadträte,\n\nDer Rat hat den neuen Haushalt beschlossen. Er gilt ab Januar.", "Heading Heading Sentence Sentence")]
    [InlineData("en", "Madam Speaker,\nHonourable Members,\nLadies and gentlemen,\n\nToday the government is cutting the fuel duty. The cut starts in June.", "Heading Heading Heading Sentence Sentence")]
    [InlineData("nl", "Dames en heren, beste collega's,\n\nHet kabinet heeft een nieuw plan voor de zorg. Het gaat in op 1 januari.", "Heading Sentence Sentence")]
    // Under a speech's header sentence, a salutation that opens its paragraph opens the block too.
    [InlineData("de", "Es gilt das gesprochene Wort.\n\nSehr geehrter Herr Präsident,\nsehr geehrte Damen und Herren,\n\nvielen Dank für die Einladung. Ich freue mich.", "Sentence Heading Heading Sentence Sentence")]
    [InlineData("en", "Check against delivery.\n\nMr President,\nExcellencies,\n\nWe will double our aid this year.", "Sentence Heading Heading Sentence")]
    // Right under a sentence, in the sentence's paragraph, the lines are the text's.
    [InlineData("en", "The hall was full.\nMadam Speaker,\nHonourable Members,\nthe floor is yours.", "Sentence Sentence Sentence")]
    public void Split_SpeechSalutationBlock_IsHeadings(string language, string text, string kinds) =>
        AssertKinds(language, text, kinds);

    [Theory]
    // A speech's byline at the text's top, its noun and the word before the speaker, is a heading whatever its length.
    [InlineData("de", "Rede von Dr. Jonas Keller, Mitglied des Vorstands der Landesbank, bei einem Empfang für die Mitglieder der Handelskammer in der neuen Stadthalle von Kassel am 3. März 2026\n\nDie Preise steigen wieder. Das bereitet uns Sorgen.", "Heading Sentence Sentence")]
    [InlineData("fr", "Discours de Mme Claire Dubois, présidente du conseil régional, à l'occasion de l'inauguration du nouveau port de plaisance de la ville de Sète le 4 mai 2026\n\nLe port ouvre aujourd'hui. Il compte trois cents places.", "Heading Sentence Sentence")]
    // Under a sentence it is the text's.
    [InlineData("de", "Die Preise steigen wieder.\n\nRede von Dr. Jonas Keller, Mitglied des Vorstands der Landesbank, bei einem Empfang für die Mitglieder der Handelskammer in der neuen Stadthalle von Kassel am 3. März 2026", "Sentence Sentence")]
    public void Split_SpeechBylineAtTheTop_IsAHeading(string language, string text, string kinds) =>
        AssertKinds(language, text, kinds);

    [Theory]
    // A fenced code block is no prose: no segment, whatever periods it holds.
    [InlineData("en", "Install it. Then run:\n\n```python\nx = 1. + 2.\nprint(\"Hello. World.\")\n```\n\nIt works.", "Install it. | Then run: | It works.")]
    [InlineData("en", "Run this:\n~~~~\nmake all. make test.\n~~~~\nDone.", "Run this: | Done.")]
    // Inline code at a line's start, and a fence that never closes (the fence line alone is markup).
    [InlineData("en", "```x``` is a snippet. It works.", "```x``` is a snippet. | It works.")]
    [InlineData("en", "Unclosed fence below.\n```\nSome text. More text.", "Unclosed fence below. | ``` | Some text. | More text.")]
    [InlineData("en", "```` is four of them. Writers use them often.", "```` is four of them. | Writers use them often.")]
    // A closing fence is at least as long as the opening one; far from it, the block still ends there.
    [InlineData("en", "Before.\n````\n```\ninner. code.\n```\n````\nAfter.", "Before. | After.")]
    // A table row stands alone; the separator row is markup.
    [InlineData("en", "| Option | Meaning |\n|---|:--|\n| -v | Verbose output. Prints more. |\nDone here.", "| Option | Meaning | | | -v | Verbose output. Prints more. | | Done here.")]
    [InlineData("en", "Pipes | in a sentence | are fine. Yes.", "Pipes | in a sentence | are fine. | Yes.")]
    [InlineData("en", "|x| is the absolute value of x, and |y| that of y. So |x| + |y| >= |x + y|\nholds for all reals.", "|x| is the absolute value of x, and |y| that of y. | So |x| + |y| >= |x + y| holds for all reals.")]
    // Code indented by four columns after a blank line is no prose either: a declaration, a Python block, shell
    // commands with options, a query.
    [InlineData("en", "Reuse one client.\n\n    static readonly HttpClient Client = new HttpClient();\n\nIt pools the sockets.", "Reuse one client. | It pools the sockets.")]
    [InlineData("en", "Add them up:\n\n    def total(values):\n        result = 0\n        for v in values:\n            result += v\n        return result\n\nThat is all.", "Add them up: | That is all.")]
    [InlineData("en", "To install it, run:\n\n\tpip install -r requirements.txt\n\tpython -m harbour --report\n\nThen open the report.", "To install it, run: | Then open the report.")]
    [InlineData("en", "    SELECT name FROM ships WHERE port = 'Alder';\n\nThe query lists the ships.", "The query lists the ships.")]
    [InlineData("en", "Like this:\n\n    # Add the values up.\n    total = sum(values)\n\nDone.", "Like this: | Done.")]
    // A manual page's synopsis, its options in brackets, is a command line too, in any language.
    [InlineData("en", "SYNOPSIS\n       tidy [-q|--quiet] [-s list] [--dry-run]\n            file ...\n\nDESCRIPTION\n       tidy cleans a file up.", "SYNOPSIS | DESCRIPTION | tidy cleans a file up.")]
    [InlineData("de", "ÜBERSICHT\n       tidy [-dqv] [-e|-w] [-s Liste] Datei ...\n\nBESCHREIBUNG\n       Das Programm räumt eine Datei auf.", "ÜBERSICHT | BESCHREIBUNG | Das Programm räumt eine Datei auf.")]
    // A bracket or a dash in indented lines is no option; under a heading indented as deep, the lines are no block.
    [InlineData("en", "Intro.\n\n    The well-known [-ish] tools\n    cost about 3 - 4 dollars [-2 with a coupon]\n\nEnd.", "Intro. | The well-known [-ish] tools | cost about 3 - 4 dollars [-2 with a coupon] | End.")]
    [InlineData("en", "Intro.\n    Usage\n        tidy [-q|--quiet] file\n\nThe end.", "Intro. | Usage | tidy [-q|--quiet] file | The end.")]
    // A sentence wrapped so that its last line is short keeps the block of an option's description too.
    [InlineData("en", "General options\n       -C file, --config-file=file\n              Use this file rather than the default of\n              ~/.tidyrc.\n\nEnd.", "General options | -C file, --config-file=file | Use this file rather than the default of ~/.tidyrc. | End.")]
    // No line goes on onto a code fence or from a line of badges, nor a badge's line onto another; a link or an
    // address in angle brackets wrapped onto a line of its own is words of the sentence.
    [InlineData("en", "It builds. To configure and compile your copy, simply follow the build instructions in the following manner:\n```\n$ meson setup target_directory\n```\nThen install it.", "It builds. | To configure and compile your copy, simply follow the build instructions in the following manner: | Then install it.")]
    [InlineData("en", "It builds.\n[![pypi](https://img.shields.io/pypi/v/harbour.svg)](https://pypi.org/project/harbour)\n[![downloads](https://pepy.tech/badge/harbour/month)](https://pepy.tech/project/harbour)\nIt is fast.", "It builds. | [![pypi](https://img.shields.io/pypi/v/harbour.svg)](https://pypi.org/project/harbour) | [![downloads](https://pepy.tech/badge/harbour/month)](https://pepy.tech/project/harbour) | It is fast.")]
    [InlineData("en", "It builds. Please see our\n[contributing documentation](https://harbour.example/docs/contributing.html)\nfor some tips on getting started.", "It builds. | Please see our [contributing documentation](https://harbour.example/docs/contributing.html) for some tips on getting started.")]
    [InlineData("fr", "Le programme est libre. Veuillez signaler toute erreur de traduction à\n<harbour-l10n@lists.harbour.example>.", "Le programme est libre. | Veuillez signaler toute erreur de traduction à <harbour-l10n@lists.harbour.example>.")]
    // reStructuredText: a literal block under a paragraph that "::" ends, and a directive whose content is code, with
    // the blank lines inside it and whatever it holds, are no prose; nor are a hyperlink target and a substitution's
    // definition. A note's text is prose, and so is a paragraph after "::" that is not indented deeper.
    [InlineData("en", "The call prints the log:\n\nOutput::\n\n    The ferry left the harbour at nine and came back at ten.\n    Passengers: 120\n\nThe log is paged.", "The call prints the log: | Output:: | The log is paged.")]
    [InlineData("en", "Run it like this.\n\n::\n\n  harbour --sync\n\n  harbour --report\n\nIt prints a report.", "Run it like this. | It prints a report.")]
    [InlineData("en", "Define the table.\n\n.. code-block:: python\n   :caption: Setup\n\n  from harbour import Table\n\n  table = Table(\"ferries\")\n\nThe table is empty.", "Define the table. | The table is empty.")]
    [InlineData("en", "Read the list.\n\n.. note::\n\n  A list is a group of strings.  It may be empty.\n\n.. _setup: https://harbour.example/setup\n.. |logo| image:: logo.png\n   :alt: The logo\n\nSee the setup guide.", "Read the list. | A list is a group of strings. | It may be empty. | See the setup guide.")]
    [InlineData("en", "It ends with a path like std::\n\nThe next paragraph is prose.", "It ends with a path like std:: | The next paragraph is prose.")]
    [InlineData("en", "Wait for it.\n\n.. and then the ferry came in.", "Wait for it. | .. and then the ferry came in.")]
    // An example indented under a lead-in that a colon ends, inside a paragraph, is code too; indented prose under a
    // colon stays, and a line indented less than four columns deeper goes on the sentence.
    [InlineData("en", "--exec\n     Run the rest of the line as a server.  Here is how you would\n     run it:\n           harbour-agent --exec harbourd --server\n     Options on the command line are then ignored.", "--exec | Run the rest of the line as a server. | Here is how you would run it: | Options on the command line are then ignored.")]
    [InlineData("en", "The ferry left at dawn.  The captain wrote:\n         The boats come home at evening and the gulls go out to sea.\nThen he sat down.", "The ferry left at dawn. | The captain wrote: | The boats come home at evening and the gulls go out to sea. | Then he sat down.")]
    [InlineData("en", "The ferry left at dawn.  Run it like this:\n  harbour-agent --exec harbourd --server", "The ferry left at dawn. | Run it like this: harbour-agent --exec harbourd --server")]
    // A Texinfo definition's header, wrapped or not, is a heading over its text.
    [InlineData("en", "Functions.\n\n -- Function: void harbour_init (struct harbour_ctx *CTX, unsigned\n          NSOURCES, struct harbour_source *SOURCES)\n -- Function: void harbour_clear (struct harbour_ctx *CTX)\n     Initializes the context, and its NSOURCES sources.", "Functions. | -- Function: void harbour_init (struct harbour_ctx *CTX, unsigned NSOURCES, struct harbour_source *SOURCES) | -- Function: void harbour_clear (struct harbour_ctx *CTX) | Initializes the context, and its NSOURCES sources.")]
    // A term's line over its description indented deeper is a line of its own, as manuals and module documentation
    // lay out a definition list; a tag with its text on its line, the text's next lines aligned under it, is one paragraph.
    [InlineData("en", "Methods\n\n    $harbour->load_config()\n        Update the ferries from the user configuration.\n    $harbour->set($ferry, $value, $source, $maint)\n        Update the ferry with a value.", "Methods | $harbour->load_config() | Update the ferries from the user configuration. | $harbour->set($ferry, $value, $source, $maint) | Update the ferry with a value.")]
    [InlineData("de", "Variablen\n\n           %a  Ein logischer Wert (0 oder 1), der darstellt, ob die folgende\n               Aktion ausgeführt wird oder nicht.", "Variablen | %a Ein logischer Wert (0 oder 1), der darstellt, ob die folgende Aktion ausgeführt wird oder nicht.")]
    // Code whose lines carry comments in prose is code: the comment is the line's.
    [InlineData("en", "Use it like this.\n\n      $x->bneg();      # negation (the sign flips).\n      $x->babs();      # absolute value, as you would expect.\n\nThat is all.", "Use it like this. | That is all.")]
    // A header wrapped over lines deeper than the text under it is a block of its own, as Texinfo writes a function's
    // definition; a list item's lines that come back to its first line's margin go on.
    [InlineData("en", "Intro.\n\n -- Function: int harbour_verify (const struct harbour_key *KEY,\n          size_t LENGTH, const uint8_t *DIGEST)\n     Verifies a signature with the public key.  It returns 1 if the\n     signature is valid.", "Intro. | -- Function: int harbour_verify (const struct harbour_key *KEY, size_t LENGTH, const uint8_t *DIGEST) | Verifies a signature with the public key. | It returns 1 if the signature is valid.")]
    [InlineData("en", "Intro.\n\n- The ferry was retired in March, and the council\n  voted to turn it into a floating library for the\nwhole town.", "Intro. | - The ferry was retired in March, and the council voted to turn it into a floating library for the whole town.")]
    // A prose line that trails off in an ellipsis keeps its block.
    [InlineData("en", "Intro.\n\n    The ferry [-ish] went out again and then...\n    run --fast\n\nEnd.", "Intro. | The ferry [-ish] went out again and then... | run --fast | End.")]
    // An indented paragraph, verse or quotation is prose: a line of it that reads as prose keeps the block, and so do
    // lines without a mark of code.
    [InlineData("en", "He read the poem.\n\n    The boats come home at evening,\n    The gulls go out to sea;\n\nThen he sat down.", "He read the poem. | The boats come home at evening, | The gulls go out to sea; | Then he sat down.")]
    [InlineData("en", "Intro.\n\n    The crew went out anyway (as always).\n    They came back with all eleven sailors - alive.\n\nEnd.", "Intro. | The crew went out anyway (as always). | They came back with all eleven sailors - alive. | End.")]
    [InlineData("en", "Intro.\n\n    x == y is true when the two are equal. It is a test.\n\nEnd.", "Intro. | x == y is true when the two are equal. | It is a test. | End.")]
    // Indented by fewer than four columns, or inside a paragraph, a line is the paragraph's.
    [InlineData("en", "Intro.\n\n  var x = new C();\n\nEnd.", "Intro. | var x = new C(); | End.")]
    public void Split_MarkdownCodeAndTables(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Fact]
    public void Split_ProseWrappedUnderATerm_IsKeptBesideItsExample()
    {
        // Help text wrapped under a function's name, its sentences ending inside its lines, then an example indented
        // deeper: the block holds prose, so none of it is dropped as code.
        const string text = "Functions\n\ninterrupt()\t\t\t\t\t\t*interrupt()*\n\t\tInterrupt script execution.  It works more or less like the\n"
            + "\t\tuser typing CTRL-C, most commands won't execute and control\n\t\treturns to the user.  This is useful to abort execution\n"
            + "\t\tfrom lower down, e.g. in an autocommand.  Example: >\n\t\t:function s:check_typoname(file)\n"
            + "\t\t:   if fnamemodify(a:file, ':t') == '['\n\t\t:       echomsg 'Maybe typo'\n\t\t:       call interrupt()\n\t\t:   endif\n\t\t:endfunction\n"
            + "\t\t:au BufWritePre * call s:check_typoname(expand('<amatch>'))\n";

        string[] segments = [.. SentenceSplitter.Default.Split(text).Select(span => string.Join(' ', text[span.Start..span.End].Split((char[])[' ', '\t', '\n'], System.StringSplitOptions.RemoveEmptyEntries)))];

        Assert.Contains("Interrupt script execution.", segments);
        Assert.Contains("This is useful to abort execution from lower down, e.g. in an autocommand.", segments);
    }

    [Theory]
    // A Markdown heading is one heading whatever its punctuation.
    [InlineData("## 1. Install it.\n\nReference the package.", "Heading Sentence")]
    [InlineData("# Why Summarizer?\nIt is fast. It is small.", "Heading Sentence Sentence")]
    [InlineData("### What does it cost? Nothing!\n\nIt is free.", "Heading Sentence")]
    // A line of its own underlined, as Markdown and reStructuredText write headings, numbered or not.
    [InlineData("Harbour Library\n===============\n\nWhy a floating library?\n-----------------------\n\nThe ferry was retired.", "Heading Heading Sentence")]
    [InlineData("Intro.\n\n1. What changes for readers.\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\nHours grow.", "Sentence Heading Sentence")]
    // An entry of a table of contents, its dot leader before its page, is a heading; dots that end a line are an ellipsis.
    [InlineData("Contents\n\n2.1 Harbour syntax.......................... 2\n2.2 Naming . . . . . . . . . . . . . 13\nPreface ............ iii\n\nIt still works.", "Heading Heading Heading Heading Sentence")]
    [InlineData("We waited for the ferry....\nIt came at 9.", "Sentence Sentence")]
    // So is a menu's or a price list's line, its leader before its price, the currency before or after the amount.
    [InlineData("Starters\n\nLeek soup, brown bread ........ £6.50\nSoupe à l'oignon, croûtons ........ 8,90 €\nTee aus Ceylon ........ EUR 3,20\nRisotto (vegetarian) ........ $17.50\n\nAll dishes are made in house.", "Heading Heading Heading Heading Heading Sentence")]
    [InlineData("We paid for the tickets........ and waited. It cost 5 USD.", "Sentence Sentence")]
    // So is any row whose leader, after a space, parts a label from a short value (a specification sheet's, a results
    // table's, spaced or not), and a numbered entry stays one list item.
    [InlineData("Specifications\n\nWorking pressure ........ 2–8 bar\nFlow rate . . . . . . . . 4 l/min at 2 bar\nCapacity ........ 2,000 l or 4 months\n\nIt fits any tap.", "Heading Heading Heading Heading Sentence")]
    [InlineData("Jane Roe (D) ....... 12,402 ....... 51.3%\nJohn Doe (R) ....... 11,780 ....... 48.7%\n\nTurnout was low.", "Heading Heading Sentence")]
    [InlineData("Contents\n\n1. Scope ........ 3\n2. Methods ........ 7\n\nIt still works.", "Heading ListItem ListItem Sentence")]
    // Such rows go on from no line above them, a lead-in that a colon ends; a leader of three dots or of ellipsis
    // characters before a number, perhaps after a currency's symbol, is one too.
    [InlineData("Harbour fees rose.\n\nSelected port data (in millions):\nBerth fees ........................ $1,240.5\nPilotage ..................... 380.2\n\nThey rise again in May.", "Sentence Sentence Heading Heading Sentence")]
    [InlineData("Harbour fees rose.\n\nBerth ... 1,240\nPilotage \u2026\u2026 380\n\nThey rise again in May.", "Sentence Heading Heading Sentence")]
    // Texinfo underlines a heading with dots, as long as it is; a shorter run of dots is an ellipsis under a line.
    [InlineData("Intro.\n\n7.2.1 Old, deprecated interface\n...............................\n\nIt still works.", "Sentence Heading Sentence")]
    [InlineData("Intro.\n\nThe ferry left.\n....\n\nIt still works.", "Sentence Sentence Sentence")]
    // A rule under a longer sentence, or under a paragraph's second line, separates; it underlines nothing.
    [InlineData("The end of the story came in March when the council voted.\n----\nMore news.", "Sentence Sentence")]
    [InlineData("Intro.\nThe vote is final.\n------------------\nMore news.", "Sentence Sentence Sentence")]
    // An HTML element that titles what follows, alone on its line: a heading, a disclosure's summary.
    [InlineData("Intro.\n\n<h2>1. Install it.</h2>\n\nRun the installer.", "Sentence Heading Sentence")]
    [InlineData("<summary>Why another server?</summary>\nBecause it is small.", "Heading Sentence")]
    // An element that does not close on its line, or prose after it, is no heading.
    [InlineData("<h3>Open</h3> and then prose follows here.", "Sentence")]
    [InlineData("<p>Why another server?</p>\nBecause it is small.", "Sentence Sentence")]
    // Not a heading: a '#' that stands for "number", a hashtag, a heading's marks inside a line.
    [InlineData("# of users rose 5% this year. Most came in March.", "Sentence Sentence")]
    // A paper's full title is longer than a heading of plain text, and no sentence ends it; a long line that one ends is prose.
    [InlineData("# Effect of lowering the speed limit from 90 to 80 km/h on road deaths in France: a difference-in-differences analysis of twenty years of accident records\n\nThe limit fell in 2018.", "Heading Sentence")]
    [InlineData("## 1. A page break inside a sentence: the footer is glued into the sentence, or the sentence is cut into two fragments\n\nIt happens often.", "Heading Sentence")]
    [InlineData("# of the users who signed up in the first week after the launch of the new app and its price cut, most came back in March.", "Sentence")]
    // A Markdown image written by reference is a line of links, as one written with its address is; an exclamation
    // before a citation still ends its sentence.
    [InlineData("Intro here.\n\n![Basic example][example-img] ![Other][other-img]\n\nThe tool prints a code.", "Sentence Heading Sentence")]
    [InlineData("It won![1] Then it lost.", "Sentence Sentence")]
    // A package's name opens its README's heading in lower case.
    [InlineData("# xUnit.net v3 [Runner: In-Process Console]\n\nThe runner for the framework.", "Heading Sentence")]
    [InlineData("# libharbour\n\nA library for harbour data.", "Heading Sentence")]
    [InlineData("The tag is #harbour. It trends.", "Sentence Sentence")]
    [InlineData("Functions.\n\n -- Function: void harbour_init (struct harbour_ctx *CTX, unsigned\n          NSOURCES, struct harbour_source *SOURCES)\n     Initializes the context.", "Sentence Heading Sentence")]
    public void Split_MarkdownHeadings_AreHeadings(string text, string kinds) =>
        AssertKinds("en", text, kinds);

    [Theory]
    // A review's rating over its title opens a heading line of its own, in any language, drawn or written.
    [InlineData("en", "5.0 out of 5 stars Finally a kettle that doesn't leak\nReviewed in the United States on March 3, 2024\nIt boils fast.", "Heading Heading Sentence")]
    [InlineData("de", "4,0 von 5 Sternen Endlich ein Wasserkocher, der nicht tropft\nRezension aus Deutschland vom 3. März 2024\nEr kocht schnell.", "Heading Heading Sentence")]
    [InlineData("en", "Tom H.\n★★☆☆☆ 2 months ago\nFood was fine but we waited forty minutes for a table even with a reservation.", "Sentence Heading Sentence")]
    [InlineData("en", "4/5 stars Great value for the money overall and easy to use\nThe lid is flimsy.", "Heading Sentence")]
    // A shop's title of two short sentences on the rating's line is the header's too, and so is the line of where and
    // when the review was written under it, in Japanese as well.
    [InlineData("en", "4.0 out of 5 stars Loud at first. Then quiet\nReviewed in the United Kingdom on 2 May 2025\nThe fan runs all night.", "Heading Heading Sentence")]
    [InlineData("fr", "3,0 sur 5 étoiles Joli. Mais fragile\nCommenté en France le 2 mai 2025\nLe couvercle casse vite.", "Heading Heading Sentence")]
    [InlineData("ja", "5つ星のうち3.0 音は静か。でも重い\n2025年5月2日に日本でレビュー済み\nサイズ: 中 | 色: 黒 Amazonで購入\n毎晩使っています。", "Heading Heading Heading Sentence")]
    // A one-line review under its rating, its writer after a dash, is a review, not a header.
    [InlineData("zh", "★★★★★ 降噪效果真的惊艳，戴上之后地铁里几乎安静了。——用户 阿青***\n★★★★☆ 音质不错，就是盒子容易沾指纹。——用户 m***2", "Sentence Sentence Sentence Sentence")]
    // A title that an ellipsis cuts short after the rating is no sentence either.
    [InlineData("en", "3.0 out of 5 stars Nice kettle but...\nThe lid is flimsy.", "Heading Sentence")]
    [InlineData("de", "3,0 von 5 Sternen Schön, aber…\nDer Deckel ist wackelig.", "Heading Sentence")]
    // A pagination line's ellipsis stands for pages left out and ends nothing.
    [InlineData("en", "The lid is flimsy.\n\nPrevious 1 2 3 ... 57 Next\n\nAbout us", "Sentence Heading Heading")]
    [InlineData("en", "The lid is flimsy.\n\n1 2 3 4 ...\n\nAbout us", "Sentence Heading Heading")]
    [InlineData("de", "Der Deckel ist wackelig.\n\n« Zurück 1 2 … 9 Weiter »", "Sentence Heading")]
    [InlineData("en", "Count 1 2 3 ... and then jump. It was fun.", "Sentence Sentence")]
    // Not a rating: a bullet star, or stars in a sentence.
    [InlineData("en", "★ Free shipping on all orders over $50 for members this month only\nand more.", "ListItem")]
    [InlineData("en", "3 of the 5 stars of the film came to the premiere in Cannes on Friday night\nwith them was the director.", "Sentence")]
    public void Split_ReviewRatingLines_AreHeadings(string language, string text, string kinds) =>
        AssertKinds(language, text, kinds);

    [Theory]
    // A headline alone over the story whose last word is an abbreviation: its period is the abbreviation's.
    [InlineData("en", "Council opens new library on Elm St.\n\nThe library opened on Monday. It holds 40,000 books.", "Heading Sentence Sentence")]
    [InlineData("en", "Floods close schools in Leeds, U.K.\n\nSchools closed on Monday. Rain fell all night.", "Heading Sentence Sentence")]
    // A lead of two sentences stays prose.
    [InlineData("en", "The council met on Elm St. It voted to open a library.\n\nIt holds 40,000 books.", "Sentence Sentence Sentence")]
    public void Split_HeadlineEndingWithAnAbbreviation_IsAHeading(string language, string text, string kinds) =>
        AssertKinds(language, text, kinds);

    [Theory]
    // Abbreviations inside a sentence, before a number or a name.
    [InlineData("lv", "Būvdarbu izmaksas ir apm. 48 milj. eiro. Darbi sāksies rudenī.", "Būvdarbu izmaksas ir apm. 48 milj. eiro. | Darbi sāksies rudenī.")]
    [InlineData("lv", "Pa tiltu pārvietojas vid. 35 tūkst. automašīnu dienā.", "Pa tiltu pārvietojas vid. 35 tūkst. automašīnu dienā.")]
    [InlineData("uk", "Станом на поч. 2024 р. в Україні працюють 40 центрів.", "Станом на поч. 2024 р. в Україні працюють 40 центрів.")]
    [InlineData("uk", "Інформацію можна отримати за тел. 0 800 300 545 у робочі дні.", "Інформацію можна отримати за тел. 0 800 300 545 у робочі дні.")]
    [InlineData("fi", "Lisätietoja antaa Pekka Rantanen, puh. 040 123 4567, arkisin.", "Lisätietoja antaa Pekka Rantanen, puh. 040 123 4567, arkisin.")]
    [InlineData("fi", "Asukkaita kuultiin vv. 2018–2020. Tampereen raitiotie avattiin.", "Asukkaita kuultiin vv. 2018–2020. | Tampereen raitiotie avattiin.")]
    [InlineData("fi", "Lisätietoja antaa käyttöpäällikkö Ins. Pekka Rantanen arkisin.", "Lisätietoja antaa käyttöpäällikkö Ins. Pekka Rantanen arkisin.")]
    [InlineData("ro", "Pistele vor fi amenajate pe bd. 21 Decembrie 1989 până în 2026.", "Pistele vor fi amenajate pe bd. 21 Decembrie 1989 până în 2026.")]
    [InlineData("bg", "Директорът инж. Петър Димитров уточни това. Работата започва.", "Директорът инж. Петър Димитров уточни това. | Работата започва.")]
    [InlineData("it", "Aggiungete il sale q.b. Mescolate bene e servite.", "Aggiungete il sale q.b. | Mescolate bene e servite.")]
    // A starter with an ending after an apostrophe opens a sentence as the starter does, and so does a number word.
    [InlineData("en", "The path is on Elm St. There's no parking on site.", "The path is on Elm St. | There's no parking on site.")]
    [InlineData("en", "Since 2019 there were crashes on Oak Ave. Two of them were fatal.", "Since 2019 there were crashes on Oak Ave. | Two of them were fatal.")]
    [InlineData("en", "The office of Dr. O'Brien is closed.", "The office of Dr. O'Brien is closed.")]
    // The number of an instruction's step opens the step's sentence.
    [InlineData("en", "Installation\n\nStep 1. Remove the four transport bolts.\nStep 2. Insert the caps.", "Installation | Step 1. Remove the four transport bolts. | Step 2. Insert the caps.")]
    // A long French quotation in spaced guillemets closes at its "»" before a comma: the sentences after it end.
    [InlineData("fr", "« Nous avons alerté la direction dès le mois de novembre, sans réponse sérieuse », a-t-il dit. Il est parti. Elle est restée. « Oui. »", "« Nous avons alerté la direction dès le mois de novembre, sans réponse sérieuse », a-t-il dit. | Il est parti. | Elle est restée. | « Oui. »")]
    [InlineData("de", "Er schüttelte den Kopf. »Nein«, sagte er. Dann ging er.", "Er schüttelte den Kopf. | »Nein«, sagte er. | Dann ging er.")]
    // Dutch "so-called" before the name it qualifies.
    [InlineData("nl", "Het Rijk heeft de zgn. Landelijke regeling in het leven geroepen. Dat was in 2023.", "Het Rijk heeft de zgn. Landelijke regeling in het leven geroepen. | Dat was in 2023.")]
    // A headline in two parts on the text's first line, over a blank line, is one segment.
    [InlineData("it", "Campi Flegrei, nuova scossa di magnitudo 4.4. Paura a Pozzuoli, ma nessun ferito\n\ndi Giovanna Esposito\n\nUna scossa è stata avvertita ieri sera. Nessun danno.", "Campi Flegrei, nuova scossa di magnitudo 4.4. Paura a Pozzuoli, ma nessun ferito | di Giovanna Esposito | Una scossa è stata avvertita ieri sera. | Nessun danno.")]
    [InlineData("pl", "RPP obniżyła stopy procentowe. Pierwsza obniżka od półtora roku\n\nRada obniżyła w środę stopy o 50 pkt bazowych.", "RPP obniżyła stopy procentowe. Pierwsza obniżka od półtora roku | Rada obniżyła w środę stopy o 50 pkt bazowych.")]
    [InlineData("it", "Una scossa è stata avvertita ieri sera. Nessun danno\n\nCampi Flegrei, nuova scossa di magnitudo 4.4. Paura a Pozzuoli, ma nessun ferito\n\nFine.", "Una scossa è stata avvertita ieri sera. Nessun danno | Campi Flegrei, nuova scossa di magnitudo 4.4. | Paura a Pozzuoli, ma nessun ferito | Fine.")]
    // A German street's abbreviated name before its number, in a text of any language; people counted in Russian.
    [InlineData("en", "The office is at Hafenstr. 12, 20457 Hamburg. Call us.", "The office is at Hafenstr. 12, 20457 Hamburg. | Call us.")]
    [InlineData("ru", "В городе живут 38 412 чел. (2021). Это много.", "В городе живут 38 412 чел. (2021). | Это много.")]
    [InlineData("en", "Specific aims\n\nAim 1. Determine whether the protein binds DNA. Aim 2. Measure its effect on growth.", "Specific aims | Aim 1. Determine whether the protein binds DNA. | Aim 2. Measure its effect on growth.")]
    [InlineData("es", "Paso 1. Conecte el router al módem con el cable.", "Paso 1. Conecte el router al módem con el cable.")]
    [InlineData("ru", "Шаг 4. Установите направляющие и двери шкафа.", "Шаг 4. Установите направляющие и двери шкафа.")]
    [InlineData("en", "He lived in Room 4. Then he moved.", "He lived in Room 4. | Then he moved.")]
    // Recipes: an ingredient's other measure in brackets, ingredients a line each, timed entries a line each.
    [InlineData("en", "Ingredients\n\n250 g (about 9 oz.) Italian sausage, casings removed\n700 ml tomato passata", "Ingredients | 250 g (about 9 oz.) Italian sausage, casings removed | 700 ml tomato passata")]
    [InlineData("en", "1 egg\n60 g grated Parmesan, plus extra for the top\n2 tbsp. chopped fresh parsley", "1 egg | 60 g grated Parmesan, plus extra for the top | 2 tbsp. chopped fresh parsley")]
    [InlineData("en", "Timestamps\n\n00:00 – Intro and listener mail\n02:45 – How Lena got into plant science\n52:20 – Does talking to plants help?\n58:00 – Three easy plants", "Timestamps | 00:00 – Intro and listener mail | 02:45 – How Lena got into plant science | 52:20 – Does talking to plants help? | 58:00 – Three easy plants")]
    // Chapters without a dash, their times bare or in brackets: a period inside one ("vs.") joins no lines.
    [InlineData("en", "Timestamps\n\n(00:00) Intro and housekeeping\n(07:15) Room vs. microphone: the experiment\n(16:30) What foam actually does", "Timestamps | (00:00) Intro and housekeeping | (07:15) Room vs. microphone: the experiment | (16:30) What foam actually does")]
    [InlineData("en", "Chapters\n\n00:00 Intro\n09:12 The stuck seat post (vs. the old one)\n21:05 Wheels: truing and new spokes", "Chapters | 00:00 Intro | 09:12 The stuck seat post (vs. the old one) | 21:05 Wheels: truing and new spokes")]
    [InlineData("en", "Program\n\n2:00 p.m. – Welcome and garden tours (every 30 min.)\n3:00 p.m. – Scarecrow contest", "Program | 2:00 p.m. – Welcome and garden tours (every 30 min.) | 3:00 p.m. – Scarecrow contest")]
    [InlineData("en", "Program\n\n9:00 – Doors open. Coffee is served in the lobby.\n10:00 – Keynote", "Program | 9:00 – Doors open. | Coffee is served in the lobby. | 10:00 – Keynote")]
    public void Split_InstructionsRecipesAndSchedules_EndWhereSentencesDo(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    // A chapter's title with a colon after a bare time is no chat's speaker: it names no one who speaks again, and stays
    // a heading, as do the chapters after it; a chat's speakers speak again.
    [InlineData("pt", "Capítulos\n\n07:30 As que deram certo\n10:02 Receita do substrato: terra vegetal, húmus e fibra de coco\n13:18 Drenagem: argila expandida x brita\n15:40 Sistema de irrigação com garrafa PET", "Heading Heading Heading Heading Heading")]
    [InlineData("en", "19:41 Customer: I need to talk to a person about a refund\n19:42 Mia (Agent): I can help you with that today\n19:43 Customer: the blender arrived broken last week", "Sentence Sentence Sentence")]
    public void Kinds_ChaptersWithAColon_AreNoChat(string language, string text, string kinds) =>
        RuleBasedSentenceSplitterTests.AssertKinds(SentenceSplitter.ForLanguage(language), text, kinds);

    [Theory]
    // In a language that writes ordinals with a period: a number's period wrapped before the word it numbers, and an
    // ordinal that opens a line after an article.
    [InlineData("hu", "A munkálatok 2025.\náprilis 1-jén kezdődnek a belvárosban.", "A munkálatok 2025. április 1-jén kezdődnek a belvárosban.")]
    [InlineData("cs", "Nejlepší šanci měl ve 38.\nminutě Haraslín, střelu však vyrazil Kolář.", "Nejlepší šanci měl ve 38. minutě Haraslín, střelu však vyrazil Kolář.")]
    [InlineData("hu", "Kodály a magyar zenei élet egyik alakja volt, a\n20. századi zene meghatározó szereplője.", "Kodály a magyar zenei élet egyik alakja volt, a 20. századi zene meghatározó szereplője.")]
    [InlineData("en", "The order shipped on March 25.\nthe box was empty.", "The order shipped on March 25. | the box was empty.")]
    // An ordinal day before its month on a title block's dateline makes no line of the block prose.
    [InlineData("de", "Nordbahn 2030\nJahreshauptversammlungseinladung\nVerein Nordbahn Ostholstein, Amt für Finanzen – 12. März 2026\n\nDer Vorstand legt den Bericht vor.", "Nordbahn 2030 | Jahreshauptversammlungseinladung | Verein Nordbahn Ostholstein, Amt für Finanzen – 12. März 2026 | Der Vorstand legt den Bericht vor.")]
    // One or two digits before an acronym rank a club or a faculty.
    [InlineData("cs", "Pracuje na Neurologické klinice 1. LF UK a VFN v Praze. Studuje také.", "Pracuje na Neurologické klinice 1. LF UK a VFN v Praze. | Studuje také.")]
    [InlineData("de", "Der 1. FC Köln gewann das Spiel. Danach feierten die Fans.", "Der 1. FC Köln gewann das Spiel. | Danach feierten die Fans.")]
    [InlineData("de", "Der Umsatz stieg im Jahr 2024. EU-Kommission prüft den Fall.", "Der Umsatz stieg im Jahr 2024. | EU-Kommission prüft den Fall.")]
    // Arabic-Indic and Persian numbers open a list's items.
    [InlineData("ar", "وتهيب البلدية بالسائقين استخدام الطرق التالية:\n١. شارع الهاشمي باتجاه وسط المدينة.\n٢. شارع فلسطين للقادمين من الجنوب.", "وتهيب البلدية بالسائقين استخدام الطرق التالية: | ١. شارع الهاشمي باتجاه وسط المدينة. | ٢. شارع فلسطين للقادمين من الجنوب.")]
    public void Split_OrdinalsAndArabicListNumbers_EndWhereSentencesDo(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    // A score over its scale that opens a paragraph numbers no list: it is the review's verdict, and ends there; a
    // list's number and a date go on.
    [Theory]
    [InlineData("en", "Solid kettle.\n\n9/10. Boils fast and looks good. The lid sticks.", "Solid kettle. | 9/10. | Boils fast and looks good. | The lid sticks.")]
    [InlineData("pl", "4,5/5. Bardzo wygodne buty. Polecam.", "4,5/5. | Bardzo wygodne buty. | Polecam.")]
    [InlineData("en", "Steps:\n\n2. Remove the lid and rinse it.", "Steps: | 2. Remove the lid and rinse it.")]
    [InlineData("en", "12/3. Meeting moved to noon. Bring slides.", "12/3. Meeting moved to noon. | Bring slides.")]
    public void Split_ScoreOpeningAParagraph_EndsItsSentence(string language, string text, string expected) =>
        RuleBasedSentenceSplitterTests.AssertSplit(language, text, expected);

    [Theory]
    [InlineData("en", "Weeknight Lasagna\n\nPrep time: 30 min.\nCook time: 1 hr. 10 min.\nServes: 8\n\nI have made this lasagna for twenty years.", "Heading Heading Heading Heading Sentence")]
    [InlineData("it", "Tempo di preparazione: 20 min.\nTempo di cottura: circa 3 ore\n\nIl ragù è uno di quei piatti che ogni famiglia fa a modo suo.", "Heading Heading Sentence")]
    [InlineData("en", "Note: Bake it for 30 min.\n\nThen let it rest.", "Sentence Sentence")]
    [InlineData("en", "Timestamps\n\n00:00 – Intro\n52:20 – Does talking to plants help?\n\nWe talk about plants.", "Heading Heading Heading Sentence")]
    // A diary's dated entries, each a line of its own, its date's abbreviations ending nothing before the dash.
    [InlineData("en", "Dates for your diary\nMon. 24 Mar. – Year 4 trip to the Roman Museum (packed lunch needed)\nWed. 26 Mar. – Parents' Evening, 3.30–6.30pm\nThu. 3 Apr. – Easter service, 2pm. All welcome.\nFri. 4 Apr. – Last day of term\n\nYear 6 will sit their tests in May.",
        "Heading Heading Heading Sentence Sentence Heading Sentence")]
    [InlineData("en", "Step 1. Connect the router to the modem\n\nTurn off the modem.", "Heading Sentence")]
    // A step's heading stands over its instruction however short that is, and whatever the language's colon.
    [InlineData("en", "Step 2: Drain the tank\nPour it out.", "Heading Sentence")]
    [InlineData("fr", "Étape 3 : Nettoyez le filtre\nRincez-le bien.", "Heading Sentence")]
    [InlineData("de", "Schritt 4: Deckel schließen\nFertig ist es.", "Heading Sentence")]
    // A line of cells whose last period is an abbreviation's holds values, not a clause; a cell's own period ends nothing.
    [InlineData("es", "Cortan la N-6 por obras\n\nAstorga | 03/02/2026 - 19:40 h.\n\nLa carretera estará cerrada dos días.", "Heading Heading Sentence")]
    [InlineData("en", "Posted Jan 9, 2026 at 7:10 a.m. | Edited Jan 9, 2026 at 8:05 p.m.\nThe bridge reopens on Monday.", "Heading Sentence")]
    [InlineData("en", "Width: narrow (9-10 in.) | wide (11-12 in.)\nThe shoe runs small.", "Heading Sentence")]
    [InlineData("en", "Jane Doe\nEducation\tUniversity of Otago (B.Sc.)\n\nShe studied rocks.", "Heading Heading Sentence")]
    [InlineData("en", "Free returns | Ships in two days.\nThe shoe runs small.", "Sentence Sentence")]
    public void Split_FieldsAndTimedEntries_AreHeadings(string language, string text, string kinds) =>
        AssertKinds(language, text, kinds);

    /// <summary>Asserts the kinds of the segments the language's splitter gives <paramref name="text"/>, space-separated.</summary>
    private static void AssertKinds(string language, string text, string kinds) =>
        RuleBasedSentenceSplitterTests.AssertKinds(SentenceSplitter.ForLanguage(language), text, kinds);
}
