using System.Collections.Generic;

namespace Summarizer.Tests.Ranking;

internal static class ShortNewsTexts
{
    /// <summary>
    /// Nineteen short news reports in ten languages (6 English, 2 German, 2 French, 3 Spanish, 1 Italian, 1
    /// Portuguese, 1 Dutch, 1 Polish, 1 Russian, 1 Turkish), each with its lead sentence first. Some carry a headline line, a byline line or a dateline, as wire
    /// copy does; two have a dateline that ends with a period, a segment of its own ("Sevilla, 9 de febrero de 2026.").
    /// Each item is <c>{ string id, string languageCode, string text, string leadStart }</c>, where
    /// <c>leadStart</c> is the first 25 characters of the lead sentence exactly as it appears in the text (a
    /// dateline before a dash belongs to the lead sentence; a headline or byline line, or a dateline that ends with a
    /// period, does not).
    /// </summary>
    public static IEnumerable<object[]> All => s_all;

    private static readonly object[][] s_all =
    [
        new object[]
        {
            "en-recall",
            "en",
            """
            Harbor Foods Inc. Shares Slide After Recall of Frozen Meals

            By Tom Reyes, Staff Writer

            Shares of Harbor Foods Inc. fell 14% on Monday after the company recalled 2 million frozen meals that may contain pieces of plastic.

            The recall covers 11 products sold under the Harbor Kitchen brand in the U.S. and Canada since June. No injuries have been reported, the company said in a statement.

            Harbor Foods traced the problem to a conveyor belt at its plant in Dayton, Ohio, which it has shut for inspection. Customers can return the meals to any store for a full refund.

            Analysts said the cost of the recall could reach $40 million. "The bigger risk is to the brand," said Lena Ortiz, an analyst at Northgate Securities. The stock had gained 20% this year before Monday's fall.

            The company expects to reopen the plant within two weeks.
            """,
            "Shares of Harbor Foods In",
        },
        new object[]
        {
            "en-council",
            "en",
            """
            Night parking to end on Mill Lane after months of complaints

            Eastbury's town council voted 7 to 2 on Tuesday evening to prohibit cars from staying overnight on a narrow residential street near the old brewery, starting on the first of next month.

            Drivers who leave a vehicle there between midnight and 6 a.m. will face a fine of £60. Households on the street can apply for a free permit for two spaces in the nearby Station Road car park.

            The measure follows a petition signed by more than 300 residents, who said delivery vans and fire engines could no longer pass safely at night. "We have had two near misses with an ambulance this year alone," said Margaret Holloway, who organised the petition.

            Councillor Dev Patel, one of the two members who opposed the plan, said it would simply push the problem into neighbouring roads. He asked officers to report back on the effect within six months.

            Mill Lane was laid out in the 1890s for horse-drawn carts and is barely four metres wide in places. Council staff will put up new signs next week, and enforcement is due to begin after a two-week grace period.
            """,
            "Eastbury's town council v",
        },
        new object[]
        {
            "en-sports",
            "en",
            """
            HALIFAX, England, March 9 – Northfield Rovers came from two goals down to beat Calder Vale 3-2 on Saturday, a win that lifts the club out of the relegation places for the first time since October.

            The visitors had looked comfortable after striker Tom Aske scored twice before the half-hour mark. The home crowd of just under 6,000 was subdued by the interval.

            Substitute Jamal Okafor changed the game within minutes of coming on, heading in a corner in the 58th minute and setting up the equaliser for captain Lewis Grant soon after. The winner came in stoppage time, when defender Sean Doyle turned in a loose ball from close range.

            "At half-time I told them nobody would remember the first 45 minutes if we won," Rovers manager Karen Whitby said. "They believed it, and that is all I can ask."

            Calder Vale's coach, Paul Renner, blamed tired legs after a midweek cup replay. His side drop to ninth in the table.

            Rovers travel to Stockport next weekend.
            """,
            "HALIFAX, England, March 9",
        },
        new object[]
        {
            "en-earnings",
            "en",
            """
            By Helen Marsh

            Halvorsen Foods, the Norwegian-owned maker of frozen meals, reported a 14% rise in quarterly profit on Thursday, helped by higher prices and strong demand for its plant-based range.

            Net income for the three months to September reached $212 million, up from $186 million a year earlier. Revenue grew 6% to $2.9 billion, slightly ahead of analysts' forecasts.

            Chief executive Ingrid Solberg said customers had accepted price increases better than the company expected. "People are cooking at home more, and they are trading up within the freezer aisle," she told analysts on a conference call.

            The group raised its outlook for the year and now expects earnings per share of between $3.10 and $3.25. Its shares rose nearly 5% in early trading in New York.

            Not all the news was positive. Sales in the U.K. fell for a third straight quarter, and the company said it would close a packaging plant near Leicester next year, affecting about 240 jobs.

            Halvorsen will publish its annual results in February.
            """,
            "Halvorsen Foods, the Norw",
        },
        new object[]
        {
            "en-court",
            "en",
            """
            The state Supreme Court ruled on Wednesday that the city of Marlow acted unlawfully when it introduced a charge for collecting garden waste without first holding a public hearing.

            In a 5-2 decision, the justices found that the fee, introduced in 2022, amounted to a new tax rather than a service charge. Under the state constitution, new local taxes must be debated in public before they are adopted.

            The case was brought by a group of homeowners led by retired teacher Robert Mills, who paid the $85 annual bill under protest. "We never objected to paying for a service," Mills said outside the courthouse. "We objected to being told about it after the fact."

            Writing for the majority, Justice Elena Ruiz said officials had "treated a tax as if it were a parking ticket." The two dissenting justices argued that the payment was voluntary, since residents could compost at home.

            City officials said they were studying the judgment. About 40,000 households paid last year, and the decision could oblige the council to refund more than $3 million.

            The matter now returns to a lower court, which will decide how refunds are to be made.
            """,
            "The state Supreme Court r",
        },
        new object[]
        {
            "en-science",
            "en",
            """
            Blackbirds living in city parks can tell individual people apart by the way they walk, scientists at a Scottish university reported on Tuesday.

            The team spent two years observing about 120 birds in three parks in Glasgow. Volunteers who had regularly scattered food were approached more closely than strangers, even when they wore different clothes.

            To test the idea, researchers asked volunteers to swap coats and hats. The birds still picked out the familiar person in most trials, but lost track when that person was asked to move with an unusual, shuffling step.

            "We were surprised by how little the face seemed to matter," said Dr. Fiona McLeod, who led the work. "Gait is a strong signal, and these animals are clearly paying attention to it."

            Other researchers urged caution. Prof. Alan Burke, an ornithologist who was not involved in the study, said the sample came from only one city and that further tests were needed.

            The findings add to evidence that urban wildlife adapts quickly to humans. The group now plans similar work with crows and magpies.
            """,
            "Blackbirds living in city",
        },
        new object[]
        {
            "de-weather",
            "de",
            """
            HAMBURG (dpa) – Ein schweres Unwetter mit Starkregen und Hagel hat am Sonntagabend weite Teile Norddeutschlands getroffen und zahlreiche Keller, Straßen und Bahnstrecken überflutet.

            Allein in Hamburg rückte die Feuerwehr nach eigenen Angaben zu mehr als 900 Einsätzen aus. In einigen Stadtteilen fielen innerhalb einer Stunde rund 60 Liter pro Quadratmeter, wie der Deutsche Wetterdienst mitteilte.

            Die Bahn stellte den Fernverkehr zwischen Hamburg und Bremen vorübergehend ein. Mehrere Bäume stürzten auf die Gleise, Reisende mussten teils stundenlang in Zügen warten.

            „So etwas habe ich in 30 Jahren Dienst nicht erlebt“, sagte ein Sprecher der Feuerwehr. Verletzt wurde nach bisherigen Erkenntnissen niemand schwer.

            Die Versicherer rechnen mit Schäden von rund 84 Mio. Euro. Für Montag erwarten die Meteorologen ruhigeres Wetter, warnen aber vor neuen Gewittern in der Nacht zum 3. Oktober.

            Die Aufräumarbeiten dürften nach Angaben der Stadt bis Mitte der Woche dauern.
            """,
            "HAMBURG (dpa) – Ein schwe",
        },
        new object[]
        {
            "de-strike",
            "de",
            """
            Von Katrin Vogel

            Mit einem ganztägigen Warnstreik hat die Gewerkschaft Verdi am Donnerstag Busse, U-Bahnen und Trambahnen in München weitgehend stillgelegt.

            Nach Angaben der Münchner Verkehrsgesellschaft fuhr bis zum Mittag nur etwa jeder zehnte Zug. Viele Pendler stiegen aufs Fahrrad oder ins Auto um, auf dem Mittleren Ring bildeten sich lange Staus.

            Die Arbeitnehmervertreter fordern für die rund 4.000 Beschäftigten u. a. eine Lohnerhöhung von 8 % sowie zusätzliche Ruhetage für Fahrerinnen und Fahrer im Schichtdienst. Die Arbeitgeber haben bislang 3,5 % über zwei Jahre angeboten.

            „Die Kolleginnen und Kollegen sind am Limit“, sagte Verhandlungsführer Dr. Thomas Berger am Morgen vor einem Betriebshof in Moosach. Die Gegenseite nannte den Ausstand dagegen „unverhältnismäßig“, da die nächste Verhandlungsrunde bereits für den 14. März angesetzt sei.

            Auch die S-Bahn war indirekt betroffen, weil an vielen Bahnhöfen der Anschluss fehlte. Schulen meldeten zahlreiche verspätete Schülerinnen und Schüler.

            Ob es vor der nächsten Runde weitere Arbeitsniederlegungen gibt, ließ Verdi offen.
            """,
            "Mit einem ganztägigen War",
        },
        new object[]
        {
            "fr-culture",
            "fr",
            """
            LYON, 3 mars – Une exposition consacrée aux automates du XVIIIe siècle a ouvert ses portes lundi au musée des Arts mécaniques, avec plus de 150 pièces prêtées par des collections de toute l'Europe.

            Parmi les œuvres les plus attendues figure un joueur de flûte restauré pendant trois ans par un atelier suisse. La figure, haute d'un mètre, peut encore interpréter douze airs différents.

            « Nous voulions montrer que ces machines étaient à la fois des jouets de cour et de véritables laboratoires », explique M. Dupont, commissaire du parcours. Selon lui, plusieurs inventeurs de l'époque ont ensuite travaillé pour l'industrie textile lyonnaise.

            La visite se termine par une salle consacrée aux robots contemporains. Des démonstrations ont lieu chaque après-midi à 15 h, sur réservation.

            La ville espère attirer au moins 80 000 visiteurs d'ici à la fermeture, prévue le 31 août. Le billet plein tarif coûte 12 euros, et l'entrée est gratuite pour les moins de 18 ans.
            """,
            "LYON, 3 mars – Une exposi",
        },
        new object[]
        {
            "fr-election",
            "fr",
            """
            La liste écologiste menée par Claire Martin a remporté dimanche le second tour des élections municipales à Saint-Aubin-sur-Loire, mettant fin à dix-huit ans de gestion de la droite dans cette ville de 42 000 habitants.

            Selon les résultats définitifs publiés dans la nuit, Mme Martin a obtenu 51,8 % des suffrages, contre 48,2 % pour le maire sortant, M. Bernard Lefèvre. L'écart ne dépasse pas 600 voix.

            La participation s'est établie à 46 %, en hausse de quatre points par rapport au premier tour. Les bureaux de vote des quartiers nord, où la nouvelle maire avait concentré sa campagne, ont enregistré la plus forte progression.

            « Ce soir, ce sont les habitants qui ont choisi de changer de cap », a déclaré la gagnante devant l'hôtel de ville, sous les applaudissements de plusieurs centaines de partisans. Elle a promis de geler les tarifs de la cantine scolaire et de lancer dès l'automne un plan de rénovation des écoles.

            M. Lefèvre a reconnu sa défaite et félicité son adversaire. Il siégera dans l'opposition.

            Le nouveau conseil se réunira samedi pour élire formellement le maire et ses adjoints.
            """,
            "La liste écologiste menée",
        },
        new object[]
        {
            "es-recall",
            "es",
            """
            Alerta por un defecto en miles de aparatos de cocina

            El Ministerio de Consumo ordenó el martes la retirada de unas 35.000 ollas eléctricas de la marca Cocinova vendidas en España desde 2023, tras detectar un fallo en la válvula de presión que puede provocar quemaduras.

            Según el comunicado oficial, la tapa puede abrirse de forma repentina cuando el recipiente todavía conserva vapor en su interior. Hasta ahora se han registrado 14 incidentes, tres de ellos con heridas leves.

            El fabricante, con sede en Valencia, pidió a los clientes que dejen de usar el producto de inmediato y lo devuelvan en cualquier punto de venta. Los compradores recibirán el reembolso íntegro, incluso sin el tique de compra.

            «Lamentamos profundamente las molestias y estamos contactando con cada cliente registrado», afirmó el director general de la empresa, el Sr. Pérez. Añadió que los modelos fabricados a partir de enero ya incorporan una pieza nueva.

            Las asociaciones de consumidores criticaron que el aviso llegara meses después de las primeras quejas. Solo está afectada la versión de seis litros, identificable por el número de lote que figura en la base.

            Las autoridades recomiendan consultar la lista completa de lotes en la web del ministerio.
            """,
            "El Ministerio de Consumo ",
        },
        new object[]
        {
            "es-health",
            "es",
            """
            Las autoridades sanitarias de la provincia de Málaga pidieron el jueves a los vecinos de cuatro municipios de la Axarquía que hiervan el agua del grifo antes de beberla, tras detectar bacterias en un depósito municipal.

            La medida afecta a unas 60.000 personas y se mantendrá al menos hasta el lunes. Los análisis rutinarios hallaron niveles elevados de coliformes después de las fuertes lluvias del fin de semana.

            “No hay motivo para la alarma, pero sí para la prudencia”, declaró la Dra. Lucía Morales, jefa del servicio de salud pública. Recomendó mantener la ebullición durante al menos un minuto, también para lavar verduras o preparar biberones.

            Los ayuntamientos han instalado puntos de reparto de botellas en las plazas principales. Los colegios y centros de salud recibirán suministro con camiones cisterna.

            Hasta el momento no se han registrado casos de gastroenteritis vinculados al suministro, según la Junta. El Sr. Ramírez, alcalde de una de las localidades afectadas, pidió paciencia y aseguró que el tanque ya se está limpiando.

            Los nuevos resultados se publicarán el domingo por la tarde.
            """,
            "Las autoridades sanitaria",
        },
        new object[]
        {
            "it-infrastructure",
            "it",
            """
            Sono cominciati lunedì a Monteverde i lavori per sostituire il vecchio ponte sul torrente Lera, chiuso ai mezzi pesanti da oltre due anni per gravi problemi strutturali.

            L'opera costerà circa 38 milioni di euro, finanziati in gran parte con fondi europei. La fine del cantiere è prevista per la primavera del 2028.

            La nuova struttura avrà una campata unica in acciaio, due corsie per senso di marcia e una pista ciclabile separata. Durante i lavori il traffico sarà deviato su un attraversamento provvisorio a valle.

            “Per anni abbiamo vissuto con il timore che qualcosa potesse crollare”, ha detto il sindaco, il sig. Marco Rinaldi, durante la cerimonia di apertura. “Oggi restituiamo sicurezza a migliaia di pendolari.”

            Non mancano le critiche. Alcuni commercianti della zona temono un calo degli affari e chiedono al Comune sgravi fiscali per tutta la durata dell'intervento.

            Ogni giorno sul vecchio ponte passavano circa 18.000 veicoli. Le imprese coinvolte hanno promesso di lavorare anche di notte per ridurre i disagi.
            """,
            "Sono cominciati lunedì a ",
        },
        new object[]
        {
            "es-housing",
            "es",
            """
            Sevilla, 9 de febrero de 2026. El Ayuntamiento de Sevilla aprobó este lunes la construcción de 1.200 viviendas de alquiler asequible en los terrenos de una antigua fábrica textil del barrio de San Jerónimo.

            Las obras comenzarán en otoño y las primeras llaves se entregarán en 2028. El alquiler no podrá superar el 30 % de los ingresos de cada hogar.

            La concejala de Urbanismo, Marta Giménez, defendió que el proyecto responde a la subida de los precios, que han crecido un 40 % en cinco años. «Los jóvenes se están yendo de la ciudad porque no pueden pagar un piso», afirmó.

            La oposición votó en contra. Su portavoz sostuvo que el plan llega tarde y que la parcela carece de transporte público suficiente.

            Los vecinos de San Jerónimo, por su parte, reclaman que una parte de los pisos se reserve para familias del barrio. La asociación vecinal ha reunido más de 3.000 firmas.

            El proyecto se financiará con fondos municipales y un préstamo del Banco Europeo de Inversiones.
            """,
            "El Ayuntamiento de Sevill",
        },
        new object[]
        {
            "pt-transport",
            "pt",
            """
            Lisboa, 12 de março de 2026. O Governo português anunciou esta quinta-feira a compra de 117 novos comboios para a rede suburbana de Lisboa e do Porto, num investimento de 800 milhões de euros.

            Os primeiros comboios deverão entrar ao serviço em 2029. A encomenda foi atribuída a um consórcio europeu após um concurso internacional.

            O ministro das Infraestruturas disse que a frota atual tem, em média, mais de 35 anos. Nos últimos meses, as avarias obrigaram a suprimir centenas de ligações.

            As associações de utentes saudaram a decisão, mas lembraram que os atrasos diários continuam a afetar milhares de pessoas. Pedem também mais frequência nas linhas de Sintra e da Azambuja.

            A oposição acusou o executivo de ter adiado o investimento durante anos. O contrato ainda tem de ser aprovado pelo Tribunal de Contas.

            A empresa ferroviária prevê contratar 400 maquinistas e técnicos até ao final da década.
            """,
            "O Governo português anunc",
        },
        new object[]
        {
            "nl-fire",
            "nl",
            """
            Brand verwoest historische molen in Zaandam

            ZAANDAM - Een felle brand heeft in de nacht van zondag op maandag een achttiende-eeuwse houtzaagmolen aan de Zaan grotendeels verwoest.

            Buurtbewoners zagen rond half drie vlammen uit het dak slaan en belden de hulpdiensten. De brandweer rukte met zes wagens uit, maar kon niet voorkomen dat de kap en de wieken instortten. Niemand raakte gewond.

            De molen, De Gekroonde Poelenburg, werd in 1869 naar Zaandam verplaatst en was tot vorig jaar nog in bedrijf. Vrijwilligers zaagden er op zaterdagen boomstammen tot planken voor restauratieprojecten.

            De oorzaak van de brand is nog onbekend. De politie sluit brandstichting niet uit en vraagt getuigen zich te melden. "Dit is een enorme klap voor de hele streek," zei wethouder Anja de Vries.

            De Vereniging De Zaansche Molen wil de molen herbouwen. Volgens een woordvoerder kan dat zeker drie jaar duren.
            """,
            "ZAANDAM - Een felle brand",
        },
        new object[]
        {
            "pl-rail",
            "pl",
            """
            Pociąg towarowy wykoleił się pod Kutnem, utrudnienia potrwają do środy

            Kilkanaście wagonów pociągu towarowego przewożącego węgiel wykoleiło się w poniedziałek rano na linii kolejowej między Kutnem a Łowiczem.

            Do wypadku doszło około godziny 6.40 w pobliżu wsi Strzegocin. Nikt nie został ranny. Maszynista zdążył zahamować, zanim skład przewrócił się na nasyp.

            Linia jest jedną z najważniejszych tras w kraju, łączy Warszawę z Poznaniem i Berlinem. Pociągi pasażerskie jeżdżą objazdem przez Skierniewice, co wydłuża podróż nawet o półtorej godziny.

            Przyczyny wykolejenia bada komisja kolejowa. Według wstępnych ustaleń mogła pęknąć szyna. Zarządca infrastruktury szacuje, że naprawa torów potrwa do środy.

            Rzecznik przewoźnika przeprosił pasażerów za opóźnienia i zapowiedział zwrot pieniędzy za bilety.
            """,
            "Kilkanaście wagonów pocią",
        },
        new object[]
        {
            "ru-bridge",
            "ru",
            """
            В Новосибирске открылся первый в Сибири мост с вантовой конструкцией для пешеходов

            Новый пешеходный мост через реку Каменку в центре Новосибирска открыли в субботу после двух лет строительства.

            Длина моста составляет 180 метров, а высота пилона — 42 метра. По нему можно будет пройти от набережной до нового парка за пять минут. Вечером мост подсвечивается разными цветами.

            Строительство обошлось городу в 1,2 млрд рублей. Часть средств выделил федеральный бюджет. Мэр города заявил, что мост станет новой достопримечательностью.

            Жители давно просили соединить два берега реки. Раньше им приходилось делать крюк почти в два километра.

            В следующем году рядом с мостом планируют построить велодорожку.
            """,
            "Новый пешеходный мост чер",
        },
        new object[]
        {
            "tr-flood",
            "tr",
            """
            İzmir'de sel: Yüzlerce ev ve iş yeri su altında kaldı

            İzmir'de pazartesi gecesi etkili olan sağanak yağış, kentin birçok ilçesinde sele neden oldu ve yüzlerce ev ile iş yerini su bastı.

            Meteoroloji verilerine göre bazı bölgelerde metrekareye 120 kilogram yağış düştü. Bayraklı ve Karşıyaka'da sokaklar nehre döndü, araçlar sürüklendi.

            İtfaiye ekipleri sabaha kadar bodrum katlardan su tahliye etti. Can kaybı yaşanmadı, ancak iki kişi hafif yaralandı. Okullarda eğitime bir gün ara verildi.

            Belediye başkanı, altyapının bu kadar yoğun yağışa göre tasarlanmadığını söyledi. Esnaf ise zararın karşılanmasını istedi.

            Meteoroloji, yağışların çarşamba gününe kadar süreceği uyarısında bulundu.
            """,
            "İzmir'de pazartesi gecesi",
        },
    ];
}
