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
    // A heading after up to three qualifiers, two joined by "and", and a US merger's and an analyst report's legends.
    [InlineData("en", "IMPORTANT DISCLOSURES", true)]
    [InlineData("en", "Cautionary Statement Regarding Forward-Looking Statements", true)]
    [InlineData("en", "Special Note on Sources:", true)]
    [InlineData("en", "Analyst Certification and Important Disclosures", true)]
    [InlineData("en", "Additional Information and Where to Find It", true)]
    [InlineData("en", "No Offer or Solicitation", true)]
    [InlineData("en", "Participants in the Solicitation", true)]
    // A qualifier before other words, or more words after the heading, name content.
    [InlineData("en", "Other Sources of Revenue", false)]
    [InlineData("en", "Important Dates", false)]
    [InlineData("en", "Trade and Sources", false)]
    [InlineData("de", "Einzelnachweise", true)]
    [InlineData("de", "Über uns", true)]
    [InlineData("fr", "Voir aussi", true)]
    [InlineData("es", "Enlaces externos", true)]
    // English headings count in every language's text, as a release may write its boilerplate's heading in English.
    [InlineData("de", "See also", true)]
    [InlineData("ko", "■ About Hanbit Energy", true)]
    [InlineData("nl", "About Van Oordijk Groep", true)]
    [InlineData("de", "About 200 Haushalte", false)]
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
    // Every language with a data file has its list, "About" and a name among it where the language writes it so.
    [InlineData("nl", "Over Van Oordijk Groep", true)]
    [InlineData("nl", "Noot voor de redactie", true)]
    [InlineData("nl", "Over 200 woningen", false)]
    [InlineData("sv", "Om Nordvind AB", true)]
    [InlineData("sv", "För ytterligare information:", true)]
    [InlineData("sv", "Om 200 hushåll", false)]
    [InlineData("da", "Om os", true)]
    [InlineData("no", "Om Nordvind ASA", true)]
    [InlineData("pl", "O firmie", true)]
    [InlineData("pl", "O spółce", true)]
    [InlineData("pl", "Kontakt dla mediów:", true)]
    [InlineData("ru", "О компании", true)]
    [InlineData("ru", "Примечания", true)]
    [InlineData("cs", "O společnosti", true)]
    [InlineData("fi", "Lisätietoja:", true)]
    [InlineData("fi", "Tietoa Nordvindistä", true)]
    // Turkish writes "about" after the name.
    [InlineData("tr", "Nordvind Enerji Hakkında", true)]
    [InlineData("tr", "Hakkında", false)]
    [InlineData("tr", "200 kişi hakkında", false)]
    // The languages without a data file, in the common data; a mark or brackets around the heading, as their releases set it.
    [InlineData("ko", "■ 회사 소개", true)]
    [InlineData("ja", "【会社概要】", true)]
    [InlineData("zh", "关于我们", true)]
    [InlineData("ko", "■ 사업 개요", false)]
    // A wiki's edit links after the heading, as a copied page keeps them; other brackets make no heading of back matter.
    [InlineData("en", "Further reading[edit]", true)]
    [InlineData("en", "External links [edit source]", true)]
    [InlineData("de", "Weblinks[Bearbeiten | Quelltext bearbeiten]", true)]
    [InlineData("fr", "Bibliographie[modifier | modifier le code]", true)]
    [InlineData("it", "Voci correlate[modifica | modifica wikitesto]", true)]
    [InlineData("en", "Further reading[draft]", false)]
    [InlineData("en", "Climate[edit]", false)]
    // A page's newsletter box, under its title emphasized whole as Markdown sets it, in any language's text.
    [InlineData("en", "**Newsletter**", true)]
    [InlineData("de", "*Newsletter*", true)]
    [InlineData("en", "Sign up for our newsletter", true)]
    [InlineData("en", "**Newsletter sign-ups doubled in May**", false)]
    public void IsBackMatterHeading_TheLanguagesHeadingsAndOpeners(string language, string line, bool expected)
    {
        Assert.Equal(expected, SplittingRules.For(language).IsBackMatterHeading(line));
    }

    [Theory]
    [InlineData("en", "I hope this email finds you well.", true)]
    [InlineData("en", "I hope this email finds you well and that you had a relaxing weekend with the family.", true)]
    [InlineData("en", "The family had a relaxing weekend at the lake before the storm.", false)]
    [InlineData("en", "Good morning, everyone, and thank you for coming.", true)]
    [InlineData("en", "Thank you for your time and consideration.", true)]
    [InlineData("en", "It is a great pleasure to be here on such a beautiful morning.", true)]
    [InlineData("en", "It is an honor to be here with all of you today.", true)]
    [InlineData("en", "It is an honor to serve on the board of the new library.", false)]
    // A support agent's offers of help, with or without the speaker's label; a request for help with something is none.
    [InlineData("en", "How can I help you today?", true)]
    [InlineData("en", "Agent: Is there anything else I can help you with?", true)]
    [InlineData("en", "Can you help me find the tax documents from 2019?", false)]
    [InlineData("en", "Please don’t hesitate to contact me if you have any questions.", true)]
    [InlineData("en", "Hi there, my name is Mia and I'll be helping you today.", true)]
    [InlineData("en", "Thank you, God bless you, and God bless Harbor Valley!", true)]
    [InlineData("en", "The parish helping families in Harbor Valley was blessed with a new roof.", false)]
    // A courtesy needs a word that greets, thanks or offers help, and nothing else.
    [InlineData("en", "I will be back.", false)]
    [InlineData("en", "All in all I am coming back!", false)]
    [InlineData("en", "Thank you for the detailed report on the bridge.", false)]
    [InlineData("en", "Thanks!", false)]
    // Two words may name the occasion when the sentence greets or thanks twice; more, or one core word, is content.
    [InlineData("en", "Welcome, everyone, and thanks for joining the quarterly review.", true)]
    [InlineData("en", "Good morning and welcome to the annual meeting.", true)]
    [InlineData("en", "Thank you, Mr. President.", false)]
    [InlineData("en", "Thanks to strong demand, we hope sales will grow.", false)]
    [InlineData("en", "We welcome the decision, and thanks to it jobs are saved.", false)]
    [InlineData("de", "Ich hoffe, es geht Ihnen gut.", true)]
    [InlineData("de", "Vielen Dank für Ihre Geduld.", true)]
    [InlineData("de", "Vielen Dank für den Bericht zur Brücke.", false)]
    [InlineData("fr", "Merci beaucoup pour votre aide.", true)]
    [InlineData("es", "Muchas gracias por su tiempo.", true)]
    [InlineData("it", "Grazie mille per il vostro tempo.", false)]
    // An interview's closing thanks, after the interviewee's name.
    [InlineData("en", "Ms Hale, thank you for talking to us.", true)]
    [InlineData("en", "Talking to reporters, the mayor said the bridge would reopen in May.", false)]
    [InlineData("de", "Herr Dr. Lang, vielen Dank für das Gespräch.", true)]
    [InlineData("fr", "Madame Roy, merci pour cet entretien.", true)]
    [InlineData("es", "Señor Gil, muchas gracias por la entrevista.", true)]
    [InlineData("pl", "Dziękuję za rozmowę.", true)]
    public void IsCourtesy_GreetingsAndThanksOnly(string language, string sentence, bool expected)
    {
        Assert.Equal(expected, SplittingRules.For(language).IsCourtesy(sentence));
    }

    [Theory]
    [InlineData("en", "Follow us on Twitter and Facebook for the latest updates on the storm.", true)]
    [InlineData("en", "Click here to sign up for our daily newsletter.", true)]
    [InlineData("en", "scroll down for video", true)]
    [InlineData("de", "Lesen Sie auch: Sturm legt Bahnverkehr lahm", true)]
    [InlineData("fr", "Abonnez-vous à notre lettre d'information.", true)]
    [InlineData("es", "Suscríbete a nuestro boletín.", true)]
    [InlineData("en", "Host: Follow us on Instagram for the recipes from today's show.", true)]
    [InlineData("en", "How to cite: Moriarty S, Tanaka K. Exercise for falls in older adults. Age Ageing Rev. 2024;13(2):e00214.", true)]
    [InlineData("es", "Dadle a like y suscribíos para más vídeos.", true)]
    // A news page's inline promo of another story, in the languages whose [back-matter] heads a box of them.
    [InlineData("it", "Leggi anche: Treni, sciopero di 24 ore venerdì", true)]
    [InlineData("pt", "Leia também: Greve fecha escolas em Lisboa", true)]
    [InlineData("nl", "Lees ook: Storm legt treinverkeer plat", true)]
    [InlineData("sv", "Läs också: Stormen stoppar tågen i Skåne", true)]
    [InlineData("pl", "Zobacz też: Burza sparaliżowała kolej", true)]
    [InlineData("pt", "Leia mais devagar quando o texto for difícil.", false)]
    // Markdown's emphasis before the phrase; a list's bullet is none.
    [InlineData("en", "*Sign up for our morning newsletter.*", true)]
    [InlineData("en", "**Read more:** Ferry fares to rise in spring", true)]
    [InlineData("en", "_Follow us on Instagram for more photos._", true)]
    // A reader service's or a police appeal's line.
    [InlineData("en", "In lieu of flowers, the family asks for gifts to the harbour lifeboat fund.", true)]
    [InlineData("en", "Anyone with information is asked to call the county sheriff's office.", true)]
    [InlineData("en", "Outages can be reported to the co-op at 800-555-0142.", true)]
    [InlineData("de", "Hinweise nimmt die Polizei in Lübeck unter der Nummer 0451 1310 entgegen.", true)]
    [InlineData("fr", "Tout témoin est invité à contacter la gendarmerie de Brest.", true)]
    [InlineData("es", "Cualquier persona con información puede llamar a la Guardia Civil.", true)]
    // A phrase that only starts like one, or one inside a sentence, is none.
    // An encyclopedia's hatnote over an article.
    [InlineData("en", "This article is about the river in Wales.", true)]
    [InlineData("en", "For other uses, see Avon (disambiguation).", true)]
    [InlineData("de", "Dieser Artikel behandelt den Fluss in Hessen.", true)]
    [InlineData("fr", "Cet article concerne la rivière du Jura.", true)]
    [InlineData("es", "Este artículo trata sobre el río de Galicia.", true)]
    [InlineData("en", "This article is a summary of the report.", false)]
    // A review site's offer to the business reviewed.
    [InlineData("en", "Claim your profile to get free tools for replying to reviews.", true)]
    [InlineData("en", "Claim your business page and answer customers.", true)]
    [InlineData("en", "Followers of the club lined the streets.", false)]
    [InlineData("en", "Residents were told to follow us on the radio, the mayor said.", false)]
    [InlineData("en", "For the latest quarter, revenue rose by a fifth.", false)]
    // A live page's or a newsletter's housekeeping, in other languages too.
    [InlineData("en", "This live page is no longer being updated, but you can read our full story below.", true)]
    [InlineData("de", "Wir halten Sie hier auf dem Laufenden über die Lage am Hafen.", true)]
    [InlineData("fr", "Merci de nous avoir lus, à demain pour une nouvelle lettre.", true)]
    [InlineData("es", "Sigue aquí la última hora sobre el temporal en Galicia.", true)]
    [InlineData("it", "Segui la diretta sul voto in consiglio comunale.", true)]
    [InlineData("pt", "Acompanhe aqui ao minuto a votação no parlamento.", true)]
    [InlineData("sv", "Tack för att du läser vårt nyhetsbrev i dag.", true)]
    [InlineData("ru", "Мы продолжаем следить за ситуацией в порту.", true)]
    [InlineData("ru", "Мы продолжаем строить новый мост через реку.", false)]
    public void IsCallToAction_PhrasesThatOpenTheSentence(string language, string sentence, bool expected)
    {
        Assert.Equal(expected, SplittingRules.For(language).IsCallToAction(sentence));
    }

    [Theory]
    [InlineData("en", "The case is State v. Halvorsen, No. 23-1187, Court of Appeals of Oregon.", true)]
    [InlineData("en", "The case is Harbour Ferries Inc vs. Port Alder, in the county's circuit court.", true)]
    [InlineData("en", "The case is No. 2:25-cv-00981 in the U.S. District Court for the Western District of Washington.", true)]
    // A sentence about the case, or a caption not opened by the phrase, is the story's.
    [InlineData("en", "The case is expected to go to trial in May, prosecutors said.", false)]
    [InlineData("en", "The case is one of No. 3 priority for the office.", false)]
    [InlineData("en", "In Smith v. Jones, the court held that the ferry owed a duty of care.", false)]
    public void IsCaseCaption_TheCaseIsThenACaption(string language, string sentence, bool expected) =>
        Assert.Equal(expected, SplittingRules.For(language).IsCaseCaption(sentence));

    [Theory]
    [InlineData("en", "Acme Logistics is an equal opportunity employer.", true)]
    [InlineData("en", "Finlytics is an equal-opportunity employer and welcomes applications from all backgrounds.", true)]
    [InlineData("en", "©2015 Billboard. All Rights Reserved.", true)]
    [InlineData("en", "If you have received this e-mail in error, please notify the sender and delete it.", true)]
    [InlineData("de", "Wenn Sie diese Nachricht irrtümlich erhalten haben, informieren Sie bitte den Absender.", true)]
    [InlineData("fr", "© 2024 Agrivia. Tous droits réservés.", true)]
    [InlineData("es", "Todos los derechos reservados.", true)]
    [InlineData("en", "IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.", true)]
    [InlineData("en", "Please consider the environment before printing this e-mail.", true)]
    [InlineData("en", "Editor’s note: This story was updated on March 5 with comments from the city.", true)]
    [InlineData("en", "Correction: An earlier version of this article misstated the date of the vote.", true)]
    // A web page's cookie notice; an article about cookies is content.
    [InlineData("en", "We use cookies to improve your experience on our site.", true)]
    [InlineData("en", "By continuing to browse, you agree to our use of cookies.", true)]
    [InlineData("de", "Diese Website verwendet Cookies, um die Nutzung zu analysieren.", true)]
    [InlineData("fr", "Nous utilisons des cookies pour mesurer l'audience.", true)]
    [InlineData("es", "Utilizamos cookies propias y de terceros.", true)]
    [InlineData("it", "Utilizziamo i cookie per personalizzare contenuti e annunci.", true)]
    [InlineData("nl", "Wij gebruiken cookies om het gebruik van de site te meten.", true)]
    [InlineData("pt", "Este site utiliza cookies para analisar o tráfego.", true)]
    [InlineData("sv", "Vi använder kakor för att mäta trafiken på sajten.", true)]
    [InlineData("pl", "Ta strona używa plików cookie w celach statystycznych.", true)]
    [InlineData("it", "Il Garante ha multato il sito perché utilizza cookie senza consenso.", false)]
    [InlineData("en", "Regulators said the sites use cookies to track readers across the web.", false)]
    // A news report's credit line.
    [InlineData("en", "CNN's Alex Kim contributed to this report.", true)]
    [InlineData("en", "Dana Ruiz contributed reporting from London.", true)]
    [InlineData("en", "Three agencies contributed to the report on the flood.", false)]
    // A licence's notice, as documentation and source files carry it, wrapped onto lines or not.
    [InlineData("en", "Permission is granted to\ncopy, distribute and/or modify this document\nunder the terms of the GNU Free Documentation License, Version 1.3.", true)]
    [InlineData("en", "This program is distributed in the hope that it will be useful,\n   but WITHOUT ANY WARRANTY; without even the implied warranty of\n   MERCHANTABILITY.", true)]
    [InlineData("en", "You should have received a copy of the GNU General Public License along with this program.", true)]
    [InlineData("en", "Permission is hereby granted, free of charge, to any person obtaining a copy of this software.", true)]
    [InlineData("en", "All\u00A0rights\treserved.", true)]
    [InlineData("en", "The court granted permission to appeal, and the program is free for students.", false)]
    // And its disclaimer, in capitals as licences write it.
    [InlineData("en", "THE KETTLE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.", true)]
    [InlineData("en", "IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM.", true)]
    [InlineData("en", "The makers are not liable, even if advised of the possibility of such damage.", true)]
    [InlineData("en", "The insurer warned of the possibility of such damage to homes on the coast this winter.", false)]
    [InlineData("en", "The kettle comes with a warranty of two years, and the makers are liable for any defect.", false)]
    // Only whole words, and only the language's phrases.
    [InlineData("en", "The mall reserved all rights reservedly.", false)]
    [InlineData("en", "The mall reserved all\nrights reservedly.", false)]
    [InlineData("en", "Residents said they had all rights reservedly waived.", false)]
    [InlineData("en", "The union argued that the company was no equal opportunity employer at all.", true)]
    [InlineData("de", "All rights reserved, sagte er auf Englisch.", false)]
    [InlineData("en", "The council reserved the right to appeal the ruling.", false)]
    // A fund's risk warning, a medicine leaflet's standing notices, a market disclosure's, in several languages.
    [InlineData("en", "The value of your shares may fall as well as rise, and you may get back less than you invested.", true)]
    [InlineData("en", "This factsheet does not constitute investment advice.", true)]
    [InlineData("en", "Read all of this leaflet carefully before you start taking this medicine.", true)]
    [InlineData("de", "Lesen Sie die gesamte Packungsbeilage sorgfältig durch, bevor Sie mit der Einnahme beginnen.", true)]
    [InlineData("fr", "Veuillez lire attentivement cette notice avant de prendre ce médicament.", true)]
    [InlineData("it", "Legga attentamente questo foglio prima di prendere questo medicinale.", true)]
    [InlineData("nl", "Lees goed de hele bijsluiter voordat u dit geneesmiddel gaat gebruiken.", true)]
    [InlineData("pl", "Należy uważnie zapoznać się z treścią ulotki przed zastosowaniem leku.", true)]
    [InlineData("es", "Lea todo el prospecto detenidamente antes de empezar a tomar este medicamento.", true)]
    [InlineData("pt", "Leia com atenção todo este folheto antes de começar a tomar este medicamento.", true)]
    [InlineData("sv", "Informationen lämnades för offentliggörande den 3 mars 2025 kl. 08.00 CET.", true)]
    [InlineData("en", "Shares in the miner fell as well as the pound after the warning.", false)]
    [InlineData("en", "The nurse asked him to read the leaflet carefully and keep it in his wallet.", false)]
    [InlineData("pl", "Pacjenci skarżyli się, że treść ulotki jest zbyt długa.", false)]
    // A licence's acceptance notice, in capitals as licences write it; an appeal against a decision is no notice.
    [InlineData("en", "BY CLICKING \"I ACCEPT\" OR BY INSTALLING THE SOFTWARE, YOU AGREE TO BE BOUND BY THE TERMS OF THIS AGREEMENT.", true)]
    [InlineData("en", "IF YOU DO NOT AGREE, DO NOT INSTALL OR USE THE SOFTWARE.", true)]
    [InlineData("en", "If you do not agree with the decision, you can appeal within 28 days.", false)]
    [InlineData("en", "This email and any attachments are confidential and intended solely for the addressee.", true)]
    [InlineData("en", "The court heard that the contract and any attachments were sent to the addressee.", false)]
    // A licence line, affiliate notices, a sponsor's code, a call for patrons, a newsletter's browser link, an annual
    // report's cautionary statement; a story about a licence or a code is none.
    [InlineData("en", "This work is distributed under the Creative Commons Attribution 4.0 License.", true)]
    [InlineData("en", "As an Amazon Associate I earn from qualifying purchases.", true)]
    [InlineData("en", "Compost Heap readers get 15% off with code HEAP15 until Sunday.", true)]
    [InlineData("en", "If you enjoy the show, support us on Patreon.", true)]
    [InlineData("en", "Having trouble? View this email in your browser.", true)]
    [InlineData("en", "This Annual Report contains certain forward-looking statements with respect to the financial condition of the group.", true)]
    [InlineData("en", "The court ruled that the code of conduct applied to every officer.", false)]
    [InlineData("es", "Este artículo contiene enlaces de afiliado.", true)]
    [InlineData("de", "Dieser Beitrag enthält Affiliate-Links.", true)]
    [InlineData("fr", "Cet article contient des liens affiliés.", true)]
    [InlineData("it", "Questo articolo contiene link di affiliazione.", true)]
    [InlineData("pt", "Este post contém links de afiliado.", true)]
    [InlineData("nl", "Dit artikel bevat affiliate links.", true)]
    [InlineData("pl", "Wpis zawiera linki afiliacyjne.", true)]
    [InlineData("sv", "Inlägget innehåller affiliatelänkar.", true)]
    // A leaflet's, an insurance summary's, a manual's and a shop's standing notes; a story that quotes the words is none.
    [InlineData("en", "Always take this medicine exactly as described in this leaflet or as your doctor has told you.", true)]
    [InlineData("en", "- This medicine has been prescribed for you only. Do not pass it on to others.", true)]
    [InlineData("en", "If you get any side effects, talk to your doctor or nurse.", true)]
    [InlineData("en", "This includes any possible side effects not listed in this leaflet.", true)]
    [InlineData("de", "Dieses Arzneimittel wurde Ihnen persönlich verschrieben.", true)]
    [InlineData("es", "Si experimenta efectos adversos, consulte a su médico o enfermero.", true)]
    [InlineData("fr", "Ce médicament vous a été personnellement prescrit.", true)]
    [InlineData("it", "Questo medicinale è stato prescritto soltanto per lei.", true)]
    [InlineData("nl", "Geef dit geneesmiddel niet door aan anderen, want het kan schadelijk zijn.", true)]
    [InlineData("pt", "Este medicamento foi receitado apenas para si.", true)]
    [InlineData("en", "The medicine was prescribed to thousands of patients before the side effects were found.", false)]
    [InlineData("en", "This document provides a summary of the main cover and exclusions of your policy.", true)]
    [InlineData("en", "Please read these instructions carefully before using the appliance for the first time.", true)]
    [InlineData("en", "Usually dispatched within 1–2 working days.", true)]
    [InlineData("en", "Customers who viewed this item also viewed:", true)]
    [InlineData("nl", "Lees deze gebruiksaanwijzing zorgvuldig door voordat u het apparaat gebruikt.", true)]
    [InlineData("pl", "Dziękujemy za zakup naszego produktu.", true)]
    [InlineData("en", "The pharmacist said patients do not always take their medicine as prescribed.", false)]
    // A newsletter's unsubscribe line in each language, and a securities offering's legends; a story about leaving a
    // newsletter is none.
    [InlineData("en", "If you no longer wish to receive these emails, unsubscribe here.", true)]
    [InlineData("en", "This press release does not constitute an offer to sell or a solicitation of an offer to buy the Notes.", true)]
    [InlineData("de", "Wenn Sie diesen Newsletter nicht mehr erhalten möchten, können Sie ihn hier abbestellen.", true)]
    [InlineData("fr", "Pour ne plus recevoir nos e-mails, cliquez ici pour vous désinscrire.", true)]
    [InlineData("es", "Si no desea recibir más correos, puede darse de baja aquí.", true)]
    [InlineData("pt", "Se não pretender receber mais comunicações, clique aqui.", true)]
    [InlineData("it", "Se non desideri più ricevere questa newsletter, clicca qui per disiscriverti.", true)]
    [InlineData("nl", "Wilt u deze nieuwsbrief niet langer ontvangen? Meld u dan hier af.", true)]
    [InlineData("pl", "Aby wypisać się z newslettera, kliknij tutaj.", true)]
    [InlineData("sv", "Vill du inte längre få nyhetsbrevet kan du avsluta prenumerationen här.", true)]
    // Whatever is received: "this email", "this newsletter" or "this" alone; Brazil's Portuguese too.
    [InlineData("en", "You're receiving this because you signed up for the weekly digest.", true)]
    [InlineData("en", "You are receiving this newsletter as a member of the club.", true)]
    [InlineData("pt", "Você está recebendo este boletim porque se cadastrou no nosso site.", true)]
    [InlineData("pt", "Para cancelar sua inscrição, clique aqui.", true)]
    [InlineData("en", "Readers cancelled their subscriptions in large numbers after the price rise.", false)]
    // An equal-opportunity statement in any language, by its list of protected traits; one trait is no such list.
    [InlineData("en", "We welcome applicants regardless of age, race, religion or disability.", true)]
    [InlineData("nl", "Wij verwelkomen sollicitaties van iedereen, ongeacht leeftijd, geslacht, afkomst of geloof.", true)]
    [InlineData("de", "Wir freuen uns über Bewerbungen unabhängig von Alter, Geschlecht, Herkunft und Behinderung.", true)]
    [InlineData("sv", "Vi välkomnar alla sökande oavsett kön, ålder, etnicitet eller funktionsnedsättning.", true)]
    [InlineData("en", "The pass is free for all residents, regardless of age or income.", false)]
    // A review site's disclaimer under each review, in each language; an opinion called subjective in a story is none.
    [InlineData("en", "This review is the subjective opinion of a Tripadvisor member and not of Tripadvisor LLC.", true)]
    [InlineData("it", "Questa recensione è l'opinione soggettiva di un membro e non di TripAdvisor LLC.", true)]
    [InlineData("de", "Diese Bewertung ist die subjektive Meinung eines Mitglieds und nicht die von Tripadvisor LLC.", true)]
    [InlineData("fr", "Cet avis est l'opinion subjective d'un membre et non de Tripadvisor LLC.", true)]
    [InlineData("es", "Esta opinión es la opinión subjetiva de un miembro y no de Tripadvisor LLC.", true)]
    [InlineData("pt", "Esta avaliação é a opinião subjetiva de um membro e não do Tripadvisor LLC.", true)]
    [InlineData("nl", "Deze beoordeling is de subjectieve mening van een lid en niet van Tripadvisor LLC.", true)]
    [InlineData("en", "The judges said the score was a subjective opinion, not a measurement.", false)]
    public void IsBoilerplate_PhrasesAnywhereInTheSentence(string language, string sentence, bool expected)
    {
        Assert.Equal(expected, SplittingRules.For(language).IsBoilerplate(sentence));
    }

    [Theory]
    [InlineData("en", "Keywords: fracture repair; microbiome; aging", true)]
    [InlineData("en", "**Keywords:** fracture repair; microbiome; aging", true)]
    [InlineData("en", "__Date__: Tuesday, 8 October 2024, 7:00 p.m.", true)]
    [InlineData("en", "Next meeting: Tuesday, 12 November 2024, 7:00 p.m.", true)]
    [InlineData("en", "Proposal title: Low-cost sensing and shared logistics for fresh produce", true)]
    [InlineData("de", "Zuhörer: ca. 35 Personen, Presse: Rheinpfalz", true)]
    [InlineData("fr", "Mots-clés : sécurité routière ; vitesse", true)]
    [InlineData("fr", "Pouvoirs : Mme Roux à M. Petit ; M. Blanc à Mme Faure.", true)]
    [InlineData("es", "Palabras clave: agua; saneamiento", true)]
    // A notice's header lines, in lower case as a warning service writes them, or capitalized.
    [InlineData("de", "gültig bis: Samstag, 4.1.2025, 08:00 Uhr", true)]
    [InlineData("de", "ausgegeben am: Freitag, 3.1.2025, 17:12 Uhr", true)]
    [InlineData("en", "valid from: Sat 4 Jan 2025 06:00", true)]
    [InlineData("en", "Issued at: 17:12 on Friday 3 January", true)]
    [InlineData("fr", "valable jusqu'au : samedi 4 janvier 2025, 8 h", true)]
    [InlineData("es", "válido hasta: sábado, 4.1.2025, 08:00", true)]
    // A blog's tag line under a post, in any language, its label's colon spaced in French.
    [InlineData("en", "Tags: gardening, tomatoes, raised beds", true)]
    [InlineData("en", "Filed under: Travel, Portugal, Food", true)]
    [InlineData("fr", "Étiquettes : jardin, tomates", true)]
    [InlineData("es", "Etiquetas: huerto, tomates", true)]
    [InlineData("pl", "Tagi: ogród, pomidory", true)]
    [InlineData("fi", "Tagit: puutarha, tomaatit", true)]
    [InlineData("id", "Kategori: Resep, Masakan Padang", true)]
    [InlineData("en", "The tags: nobody reads them.", false)]
    // A label of content, a label alone, a colon inside a sentence, another language's label.
    [InlineData("en", "Decision: The board approved the HVAC contract.", false)]
    [InlineData("en", "Keywords:", false)]
    [InlineData("en", "The date: nobody could agree on it, so the vote was put off.", false)]
    [InlineData("de", "Keywords: Wasser; Dürre", false)]
    public void IsFieldLine_ALabelOfRecordAndAColon(string language, string line, bool expected) =>
        Assert.Equal(expected, SplittingRules.For(language).IsFieldLine(line));

    [Theory]
    // A review page's vote line in each language, with a final period or not, and the question over its buttons.
    [InlineData("fr", "8 membres ont trouvé cette critique utile.", true)]
    [InlineData("pt", "3 pessoas acharam esta avaliação útil", true)]
    [InlineData("pt", "Você achou isso útil?", true)]
    [InlineData("en", "Did you find this helpful?", true)]
    [InlineData("nl", "5 mensen vonden dit nuttig.", true)]
    [InlineData("pl", "4 osoby uznały tę opinię za przydatną", true)]
    [InlineData("sv", "6 personer tyckte att detta var användbart.", true)]
    [InlineData("en", "Nobody found the manual helpful, so I watched a video.", false)]
    public void IsVote_AReviewPagesVoteLine(string language, string sentence, bool expected) =>
        Assert.Equal(expected, SplittingRules.For(language).IsVote(sentence));

    [Theory]
    // A shop review's line of where and when it was written; a sentence that opens so is none.
    [InlineData("en", "Reviewed in the United Kingdom on 2 May 2025", true)]
    [InlineData("es", "Revisado en México el 2 de mayo de 2025", true)]
    [InlineData("ja", "2025年5月2日に日本でレビュー済み", true)]
    [InlineData("en", "Reviewed in 2019 by three labs, the drug was later approved in 2021.", false)]
    public void IsReviewStamp_WhereAndWhenAReviewWasWritten(string language, string line, bool expected) =>
        Assert.Equal(expected, SplittingRules.For(language).IsReviewStamp(line));

    [Theory]
    // A comment thread's header or footer: a user, a platform's action and a date, whatever ends it and in any language;
    // prose with the same verbs and a date is none.
    [InlineData("en", "**mara_k** (Owner) commented 5 days ago", true)]
    [InlineData("en", "**mara_k** commented yesterday", true)]
    [InlineData("en", "replied Mar 3, 2025 at 08:15 by jo.lee", true)]
    [InlineData("en", "**bot** · closed this topic 14 days after the last reply.", true)]
    [InlineData("en", "**mara_k** linked a pull request 1 day ago that will close this issue: Fix the cache", true)]
    [InlineData("es", "editada 4 feb. 2025 a las 09:10 por Pablo M.", true)]
    [InlineData("es", "answered Mar 3, 2025 at 08:15 by jo.lee", true)]
    [InlineData("en", "Apple updated its app in 2024.", false)]
    [InlineData("en", "She answered the call in 2019 and left.", false)]
    [InlineData("en", "Mara commented on the plan.", false)]
    public void IsPostStamp_AThreadsPostHeaderOrFooter(string language, string line, bool expected) =>
        Assert.Equal(expected, SplittingRules.For(language).IsPostStamp(line));

    [Theory]
    // A mail reply's attribution in the language's words, or in English in any language; a dateless line is none.
    [InlineData("pl", "W dniu 3.02.2026 o 09:15, Anna Wiśniewska pisze:", true)]
    [InlineData("pl", "W dniu 3.02.2026 o 09:15 Anna Wiśniewska napisał(a):", true)]
    [InlineData("ru", "3 февраля 2026 г., в 09:15, Анна Смирнова пишет:", true)]
    [InlineData("sv", "Den 3 feb. 2026 kl. 09:15 skrev Anna Lind <anna@example.se>:", true)]
    [InlineData("cs", "Dne 3. 2. 2026 v 9:15 Anna Nováková napsala:", true)]
    [InlineData("fi", "Ti 3.2.2026 klo 9.15 Anna Laine kirjoitti:", true)]
    [InlineData("ru", "On Tue, Feb 3, 2026 at 9:15 AM, Anna Lind wrote:", true)]
    [InlineData("pl", "Anna pisze:", false)]
    public void IsReplyAttribution_AMailReplysAttribution(string language, string line, bool expected) =>
        Assert.Equal(expected, SplittingRules.For(language).IsReplyAttribution(line));

    [Theory]
    [InlineData("en", "All rights reserved.")]
    [InlineData("en", "All\u00A0rights\treserved.")]
    [InlineData("en", "The mall reserved all rights reservedly.")]
    [InlineData("en", "Please note this event is being recorded.")]
    [InlineData("en", "I would now like to turn the conference over to Jane Park.")]
    [InlineData("en", "The minutes of the Fed's last meeting showed officials split on rates.")]
    [InlineData("en", "12 people found this helpful")]
    [InlineData("en", "The value of your shares may fall as well as rise.")]
    [InlineData("en", "Revenue grew 18% year over year to $2.4 billion.")]
    [InlineData("es", "A 7 personas les ha parecido útil")]
    [InlineData("de", "Lesen Sie die gesamte Packungsbeilage sorgfältig durch, bevor Sie beginnen.")]
    [InlineData("de", "All rights reserved, sagte er auf Englisch.")]
    [InlineData("sv", "Informationen lämnades för offentliggörande den 3 mars 2025 kl. 08.00 CET.")]
    [InlineData("pl", "Pacjenci skarżyli się, że treść ulotki jest zbyt długa.")]
    [InlineData("zh", "版权所有")]
    public void HoldsBoilerplateProcedureOrVote_IsAnyOfTheThree(string language, string sentence)
    {
        // One reading of the three sections together stands for the three readings (SentenceSelector reads it first).
        SplittingRules rules = SplittingRules.For(language);
        Assert.Equal(rules.IsBoilerplate(sentence) || rules.IsProcedure(sentence) || rules.IsVote(sentence), rules.HoldsBoilerplateProcedureOrVote(sentence));
    }

    [Theory]
    // An earnings call's operator and speakers running the call.
    [InlineData("en", "Operator: Good day, and welcome to the Acme third quarter 2024 earnings conference call.", true)]
    [InlineData("en", "Please note this event is being recorded.", true)]
    [InlineData("en", "I would now like to turn the conference over to Jane Park, Head of Investor Relations.", true)]
    [InlineData("en", "With me today are our CEO, Tom Reyes, and our CFO, Lena Ortiz.", true)]
    [InlineData("en", "With that, operator, let's open the line for questions.", true)]
    [InlineData("en", "[Operator Instructions] Our first question comes from Mark Lee with Northgate Securities.", true)]
    [InlineData("en", "That concludes our prepared remarks.", true)]
    [InlineData("en", "Should you need assistance, please signal a conference specialist by pressing the star key followed by zero.", true)]
    [InlineData("en", "After today's presentation, there will be an opportunity to ask questions.", true)]
    // A video meeting's host.
    [InlineData("en", "Dana Ruiz: Okay, I think everyone's here, so let's get started.", true)]
    [InlineData("en", "Perfect. Next slide, please.", true)]
    [InlineData("en", "Sorry, you're on mute, Priya.", true)]
    // Minutes' procedure.
    [InlineData("en", "The meeting closed at 8.25 p.m.", true)]
    [InlineData("en", "The minutes of the previous meeting were approved as a correct record.", true)]
    [InlineData("en", "1. The minutes of the meeting of 8 February were approved without amendment.", true)]
    [InlineData("en", "Cllr. Dunmore declared a non-pecuniary interest in item 7 as a trustee of the youth trust.", true)]
    [InlineData("en", "There were no declarations of interest.", true)]
    [InlineData("en", "Cllr Fenwick returned to the meeting.", true)]
    [InlineData("en", "The chief executive left the meeting without comment after the vote.", false)]
    [InlineData("en", "COUNCIL PRESIDENT ALVAREZ: We'll move to item nine, ordinance 24-117, short-term rental licensing.", true)]
    [InlineData("en", "The mayor said the company would move its headquarters to the old port.", false)]
    // News that comes near the same words.
    [InlineData("en", "The minutes of the Fed's last meeting showed officials split on rates.", false)]
    [InlineData("en", "A meeting held on Tuesday in Brussels agreed on new sanctions.", false)]
    [InlineData("en", "In prepared remarks, the Fed chair said inflation had eased.", false)]
    [InlineData("en", "He refused to hand it over to police.", false)]
    [InlineData("en", "The band's new album is being recorded in London.", false)]
    [InlineData("en", "They extended a warm welcome to the delegates from Kenya.", false)]
    [InlineData("en", "Revenue grew 18% year over year to $2.4 billion.", false)]
    [InlineData("en", "After the presentation, the minister took questions from the press.", false)]
    [InlineData("en", "The film's star kept her speech short.", false)]
    // A review's first person.
    [InlineData("en", "My sister was with me today and loved the hot stone massage.", false)]
    [InlineData("en", "The owners made us feel at home and welcome to stay as long as we liked.", false)]
    // A court's record of counsel and of who wrote the opinion; a judgment for a party with its article is content.
    [InlineData("en", "Brendan J. Moy, CITY OF RIVERBEND LAW DEPARTMENT, Riverbend, Ohio, for Appellees.", true)]
    [InlineData("en", "KERNAGHAN, J., delivered the opinion of the court in which HOLLOWAY, J., joined.", true)]
    [InlineData("en", "The court entered judgment for the appellant on both counts.", false)]
    // A German Protokoll's procedure; a decision of the meeting is its subject.
    [InlineData("de", "Frau Dr. Albers begrüßt die Anwesenden und stellt die Beschlussfähigkeit fest.", true)]
    [InlineData("de", "Das Protokoll der letzten Sitzung wird genehmigt.", true)]
    [InlineData("de", "Der Vorsitzende schließt die Sitzung um 21.10 Uhr.", true)]
    [InlineData("de", "Der Antrag wird mit 38 Ja-Stimmen angenommen.", false)]
    // A French council's minutes and an Italian judgment: the formulas that convene, open and close, the parties' counsel
    // and the recitals; what the council decides or the court finds is the subject.
    [InlineData("fr", "L'an deux mille vingt-cinq, le neuf avril, le Conseil municipal, dûment convoqué, s'est réuni en mairie.", true)]
    [InlineData("fr", "Le quorum étant atteint, Mme la Maire ouvre la séance à 19 h.", true)]
    [InlineData("fr", "Le conseil s'est réuni mardi pour voter la fermeture de l'école.", false)]
    [InlineData("it", "Il Comune di Lucca, in persona del Sindaco pro tempore, rappresentato e difeso dall'avv. Neri.", true)]
    [InlineData("it", "Visti gli atti di causa e le memorie delle parti;", true)]
    [InlineData("it", "Ritenuto che il ricorso sia fondato, il Collegio lo accoglie.", false)]
    public void IsProcedure_ACallsProcedureNotItsSubject(string language, string sentence, bool expected) =>
        Assert.Equal(expected, SplittingRules.For(language).IsProcedure(sentence));

    [Theory]
    [InlineData("en", "Thanks,", true)]
    [InlineData("en", "Best regards", true)]
    [InlineData("en", "  Kind regards ,", true)]
    [InlineData("en", "Sincerely,", true)]
    [InlineData("en", "Cheers,", true)]
    // An opening salutation, a sentence of thanks and a line that goes on after the closing's words are none.
    [InlineData("en", "Hi Sam,", false)]
    [InlineData("en", "Dear Dr. Ruiz,", false)]
    [InlineData("en", "Thanks for the quick reply,", false)]
    [InlineData("en", "Thanks, that helps.", false)]
    [InlineData("en", "Thanks, the team at Acme Robotics and partners", false)]
    // The mark of a short closing, and the writer's name on the closing's line.
    [InlineData("en", "Thanks!", true)]
    [InlineData("en", "Thanks, Maria", true)]
    [InlineData("en", "Best, Dana Ruiz", true)]
    [InlineData("fr", "Merci !", true)]
    [InlineData("de", "Mit freundlichen Grüßen", true)]
    [InlineData("de", "Viele Grüße,", true)]
    [InlineData("de", "Sehr geehrte Frau Weber,", false)]
    [InlineData("de", "Liebe Anna,", false)]
    [InlineData("fr", "Cordialement,", true)]
    [InlineData("fr", "Bonjour Marie,", false)]
    [InlineData("es", "Saludos,", true)]
    [InlineData("es", "Estimado Sr. Martínez:", false)]
    [InlineData("it", "Cordiali saluti,", true)]
    [InlineData("it", "Gentile dottoressa,", false)]
    [InlineData("pt", "Atenciosamente,", true)]
    [InlineData("pt", "Prezado senhor,", false)]
    // A mail app's tag line, in any language's text; not a sentence that starts as one.
    [InlineData("en", "Sent from my Galaxy Tab", true)]
    [InlineData("en", "Get Outlook for Android", true)]
    [InlineData("en", "Envoyé de mon iPad", true)]
    [InlineData("nl", "Von meinem Huawei P30 gesendet", true)]
    [InlineData("es", "Enviado desde mi móvil Xiaomi", true)]
    [InlineData("en", "Sent from my office, the report reached them by noon.", false)]
    [InlineData("en", "Sent from my", false)]
    public void IsClosing_TheLanguagesClosingsOnly(string language, string line, bool expected)
    {
        Assert.Equal(expected, SplittingRules.For(language).IsClosing(line));
    }

    [Theory]
    [InlineData("en", "CONFIDENTIALITY NOTICE: This e-mail message is for the sole use of the intended recipient.", true)]
    [InlineData("en", "Disclaimer: The author holds shares in Acme.", true)]
    [InlineData("en", "Privacy notice: We keep your address for a year.", true)]
    [InlineData("en", "Copyright © 2024 Acme Corp.", true)]
    [InlineData("en", "© 2024 Acme Corp.", true)]
    [InlineData("en", "**Disclaimer:** The author holds shares in Acme.", true)]
    [InlineData("en", "*Related: The ferry's last crossing, in pictures*", true)]
    [InlineData("en", "__Related__: The ferry's last crossing, in pictures", true)]
    // A label with nothing after it is a heading, and a label that names no back matter opens no notice.
    [InlineData("en", "Disclaimer:", false)]
    [InlineData("en", "Note: the office is closed on Friday.", false)]
    [InlineData("en", "The results: prices rose by a third.", false)]
    [InlineData("de", "Vertraulichkeitshinweis: Diese E-Mail ist vertraulich.", true)]
    [InlineData("fr", "Avis de confidentialité : ce message est confidentiel.", true)]
    [InlineData("es", "Aviso de confidencialidad: este mensaje es confidencial.", true)]
    [InlineData("it", "Avviso di riservatezza: questo messaggio è riservato.", true)]
    [InlineData("pt", "Aviso de confidencialidade: esta mensagem é confidencial.", true)]
    // A Markdown footnote's definition, in any language; a bracket that is no footnote label is none.
    [InlineData("en", "[^1]: WebGPU is available in Chrome 113 and later.", true)]
    [InlineData("de", "[^quelle]: Statistisches Bundesamt, 2024.", true)]
    [InlineData("en", "[^1 and 2]: the two notes.", false)]
    [InlineData("en", "[1]: https://example.com/docs", false)]
    public void StartsWithBackMatterLabel_LabelThenText(string language, string sentence, bool expected)
    {
        Assert.Equal(expected, SplittingRules.For(language).StartsWithBackMatterLabel(sentence));
    }
}
