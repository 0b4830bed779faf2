#pragma once
// The UI's words in English and German; event summaries come in both languages from the data.
#include <string>
#include <string_view>

#include "core/events/event_types.h"
#include "core/text/language.h"

namespace ds::ui {

struct UiWord {
    const char* en;
    const char* de;
};

// tr("Timeline", Language::de) → "Zeitleiste"; words without a translation come back as given.
inline const char* tr(const char* en, Language language) {
    static const UiWord words[] = {
        {"company", "Unternehmen"}, {"investor", "Investor"}, {"person", "Person"}, {"product", "Produkt"}, {"project", "Projekt"},
        {"government", "Staat"}, {"media", "Medien"}, {"organisation", "Organisation"},
        {"Timeline", "Zeitleiste"}, {"Network", "Netzwerk"}, {"Articles", "Artikel"}, {"Events", "Ereignisse"}, {"Back to the deal", "Zurück zum Deal"},
        {"Conflicts", "Widersprüche"}, {"Flows", "Flüsse"}, {"Invested in", "Investiert in"}, {"Received from", "Erhalten von"},
        {"Sells compute to", "Verkauft Rechenleistung an"}, {"Buys compute from", "Kauft Rechenleistung von"},
        {"All events of this flow", "Alle Ereignisse dieses Flusses"}, {"All events of this cluster", "Alle Ereignisse dieser Gruppe"},
        {"Zoom the timeline to them", "Zeitleiste auf sie zoomen"}, {"What happened", "Was geschah"}, {"events close together on the timeline", "dicht beieinander auf der Zeitleiste"}, {"Click for its events", "Klicken für seine Ereignisse"}, {"Fit", "Einpassen"}, {"No money goes round among the deals shown.", "Unter den gezeigten Deals geht kein Geld im Kreis."},
        {"pays for compute", "zahlt für Rechenleistung"}, {"invests", "investiert"},
        {"Imported by you from a table", "Von Ihnen aus einer Tabelle übernommen"}, {"from a table, no quote", "aus einer Tabelle, ohne Zitat"},
        {"Image…", "Bild…"}, {"a table", "Tabelle"}, {"from a table", "aus einer Tabelle"}, {"Download this view as a picture, with its title, key and sources", "Diese Ansicht als Bild herunterladen, mit Titel, Legende und Quellen"},
        {"PNG, twice the size", "PNG, doppelte Größe"}, {"SVG, for print and slides", "SVG, für Druck und Folien"}, {"Copy link", "Link kopieren"},
        {"Reset layout", "Anordnung zurücksetzen"}, {"deals without a date are not shown at a date", "Deals ohne Datum werden bei einem Stichtag nicht gezeigt"},
        {"more label: zoom in, or point at or tap a node or line", "weitere Beschriftung: hineinzoomen oder auf Knoten oder Linie zeigen bzw. tippen"}, {"more labels: zoom in, or point at or tap a node or line", "weitere Beschriftungen: hineinzoomen oder auf Knoten oder Linie zeigen bzw. tippen"}, {"From", "Von"}, {"To", "An"}, {"What", "Was"}, {"Total", "Summe"},
        {"Who put money into whom, and who sells compute to whom (from provider to customer). "
         "A total keeps \"up to\" apart; cancelled deals and partnerships are not counted.",
         "Wer wem Geld gegeben hat und wer wem Rechenleistung verkauft (vom Anbieter zum Kunden). "
         "Eine Summe hält „bis zu“ getrennt; abgesagte Deals und Partnerschaften zählen nicht."},
        {"No money or compute flows among the events shown.", "Unter den gezeigten Ereignissen fließen weder Geld noch Rechenleistung."}, {"Entities", "Akteure"}, {"Overview", "Überblick"}, {"Only:", "Nur:"}, {"Tap a question, or a view above: every deal opens with its sources.", "Eine Frage antippen oder oben eine Ansicht wählen: Jedes Geschäft öffnet sich mit seinen Quellen."}, {"Search", "Suche"}, {"Types", "Typen"}, {"Status", "Status"},
        {"Language", "Sprache"}, {"Dark", "Dunkel"}, {"Copy link", "Link kopieren"}, {"Link copied", "Link kopiert"},
        {"What you selected is yours, kept in this browser only: the link opens the view without it",
         "Ihre Auswahl gehört zu Ihren eigenen Daten und bleibt in diesem Browser: Der Link öffnet die Ansicht ohne sie"},
        {"Clear filters", "Filter löschen"}, {"Fit all", "Alles zeigen"}, {"Lanes", "Bahnen"}, {"by entity", "nach Akteur"},
        {"by type", "nach Typ"}, {"Play", "Abspielen"}, {"Pause", "Anhalten"}, {"All dates", "Gesamter Zeitraum"}, {"all dates", "gesamter Zeitraum"}, {"Clear the search", "Suche leeren"}, {"as of", "Stand"},
        {"Open in article", "Im Artikel öffnen"}, {"Sources", "Quellen"}, {"Sources disagree", "Quellen widersprechen sich"}, {"sources disagree", "Quellen uneins"},
        {"total so far, not a deal", "Summe bisher, kein neuer Deal"}, {"total so far", "Summe bisher"},
        {"pale: the same deal, in the giver's row", "blass: derselbe Deal, in der Zeile des Gebers"}, {"pale: as giver", "blass: als Geber"}, {"Ctrl + wheel to zoom", "Strg + Mausrad zum Zoomen"},
        {"Nothing selected", "Nichts ausgewählt"}, {"events", "Ereignisse"}, {"invested", "investiert"}, {"received", "erhalten"},
        {"compute bought", "Rechenleistung gekauft"}, {"compute sold", "Rechenleistung verkauft"}, {"Export table", "Tabelle exportieren"}, {"Export as", "Exportieren als"}, {"The exported table's columns: dealscope's own, or those TimelineJS, Flourish or Kumu read", "Die Spalten der exportierten Tabelle: die von dealscope oder die, die TimelineJS, Flourish oder Kumu lesen"},
        {"Export JSON", "JSON exportieren"}, {"Filter entities", "Akteure filtern"}, {"Your names", "Ihre Namen"},
        {"Names from your tables and articles: click one to correct it or say which known entity it is.", "Namen aus Ihren Tabellen und Artikeln: anklicken, um ihn zu korrigieren oder einem bekannten Akteur zuzuordnen."},
        {"A new name from your table", "Ein neuer Name aus Ihrer Tabelle"},
        {"dealscope did not know it. Correct the name, choose its kind, or say which known entity it is.", "dealscope kannte ihn nicht. Korrigieren Sie den Namen, wählen Sie die Art oder ordnen Sie ihn einem bekannten Akteur zu."},
        {"Name", "Name"}, {"Rename", "Umbenennen"}, {"Kind", "Art"}, {"Same as", "Dasselbe wie"}, {"Type a known name", "Bekannten Namen tippen"},
        {"No entity of that name", "Kein Akteur dieses Namens"}, {"Same entity?", "Derselbe Akteur?"}, {"Move events", "Ereignisse übertragen"}, {"with one party left out", "mit nur einer Partei ausgelassen"},
        {"A link joins two parties; an event with one has no row in this sheet", "Eine Verbindung braucht zwei Parteien; Ereignisse mit nur einer fehlen in dieser Tabelle"},
        {"Includes amounts in other currencies at rough dollar rates (1 euro as 1.10 dollars)", "Enthält Beträge in anderen Währungen, grob in Dollar umgerechnet (1 Euro als 1,10 Dollar)"},
        {"#\u00a0events · $\u00a0invested\u00a0and\u00a0received · C\u00a0company · P\u00a0person · I\u00a0investor · G\u00a0government · R\u00a0product · J\u00a0project · M\u00a0media",
         "#\u00a0Ereignisse · $\u00a0investiert\u00a0und\u00a0erhalten · C\u00a0Unternehmen · P\u00a0Person · I\u00a0Investor · G\u00a0Staat · R\u00a0Produkt · J\u00a0Projekt · M\u00a0Medien"}, {"date unknown", "Datum unbekannt"},
        {"Back", "Zurück"}, {"Close (Esc): back to the overview", "Schließen (Esc): zurück zur Übersicht"}, {"Details", "Details"}, {"from", "von"}, {"to", "bis"}, {"Cycles", "Kreisläufe"},
        {"Show only this entity", "Nur diesen Akteur zeigen"},
        {"No deals of this entity in the data shown.", "Keine Deals dieses Akteurs in den gezeigten Daten."},
        {"What the marks on sums mean", "Was die Zeichen an Summen bedeuten"}, {"Sizes", "Größen"}, {"Sizes & shapes", "Größen & Formen"}, {"no amount", "ohne Betrag"},
        {"Select an article to read it.", "Einen Artikel zum Lesen auswählen."}, {"Selected", "Ausgewählt"},
        {"money", "Geld"}, {"Money", "Geld"}, {"a share", "ein Anteil"}, {"Counts \"up to\" amounts: at most this much", "Zählt „bis zu“-Beträge mit: höchstens so viel"}, {"Also in deals shared with others, whose part no source gives", "Auch an Geschäften mit anderen beteiligt, deren Anteil keine Quelle nennt"}, {"Count", "Anzahl"}, {"Menu", "Menü"}, {"Close", "Schließen"}, {"Largest money flows", "Größte Geldflüsse"}, {"Questions to start with", "Fragen für den Einstieg"},
        {"Select an event, a flow or a name to see its sources here.", "Ein Ereignis, einen Fluss oder einen Namen auswählen, um hier die Quellen zu sehen."}, {"Swipe up to enlarge, down to close", "Nach oben wischen zum Vergrößern, nach unten zum Schließen"}, {"Filters", "Filter"}, {"Sort by name", "Nach Namen sortieren"},
        {"Events in view, of every kind", "Ereignisse in der Ansicht, jeder Art"}, {"Money it invested, in US dollars", "Investiertes Geld, in US-Dollar"}, {"Money it received, in US dollars", "Erhaltenes Geld, in US-Dollar"}, {"Invested", "Investiert"}, {"valuation", "Bewertung"}, {"Show all", "Alle zeigen"}, {"undisclosed", "k. A."}, {"In deals whose amount no source gives", "In Geschäften, deren Betrag keine Quelle nennt"}, {"valuation, no money paid", "Bewertung, kein Geldfluss"}, {"bar: dated only to a month, quarter or year", "Balken: nur auf Monat, Quartal oder Jahr datiert"}, {"bar: no exact day", "Balken: kein genauer Tag"}, {"Received", "Erhalten"},
        {"investor or state", "Investor oder Staat"}, {"product or project", "Produkt oder Projekt"}, {"compute", "Rechenleistung"}, {"compute (provider to customer)", "Rechenleistung (Anbieter an Kunde)"}, {"compute sold", "Rechenleistung verkauft"}, {"partnership", "Partnerschaft"}, {"Legend", "Legende"},
        {"Date", "Datum"}, {"Type", "Typ"}, {"Participants", "Beteiligte"}, {"Amount", "Betrag"}, {"Dates", "Zeitraum"}, {"Apply", "Anwenden"}, {"Dates look like 2019, 2024-06 or 2024-06-30", "Daten wie 2019, 2024-06 oder 2024-06-30"},
        {"claims where sources disagree", "Aussagen, bei denen sich Quellen widersprechen"},
        {"Copy quote", "Zitat kopieren"}, {"Copy table", "Tabelle kopieren"}, {"Remove", "Entfernen"},
        {"The quote with publisher, title and date (Ctrl+C)", "Das Zitat mit Medium, Titel und Datum (Strg+C)"},
        {"The events shown, as CSV for a spreadsheet; it imports back", "Die gezeigten Ereignisse als CSV für eine Tabellenkalkulation; lässt sich wieder importieren"},
        {"The events shown, to paste into a spreadsheet (Ctrl+C: dealscope's columns)", "Die gezeigten Ereignisse zum Einfügen in eine Tabellenkalkulation (Strg+C: dealscopes Spalten)"},
        {"Added by you from an article", "Von Ihnen aus einem Artikel übernommen"},
        {"Candidate events", "Vorgeschlagene Ereignisse"}, {"in your events", "in Ihren Ereignissen"},
        {"Review and add…", "Prüfen und übernehmen…"}, {"How much of the pattern was found", "Wie viel vom Muster gefunden wurde"},
        {"read clearly", "eindeutig gelesen"}, {"likely", "wahrscheinlich"}, {"unsure: check it", "unsicher: bitte prüfen"},
        {"Found by rules; check each against the text before you add it.", "Per Regeln gefunden; vor dem Übernehmen am Text prüfen."},
        {"No amount with a deal word and a party was found in this article.", "Kein Betrag mit Deal-Wort und Beteiligten in diesem Artikel gefunden."},
        {"+ participant", "+ Beteiligte"}, {"billion", "Milliarden"}, {"million", "Millionen"}, {"units", "Stück"}, {"Added to your events", "Zu Ihren Ereignissen hinzugefügt"}, {"Show on the timeline", "Auf der Zeitleiste zeigen"}, {"Show in the list of events", "In der Ereignisliste zeigen"}, {"e.g. 2025-09-22 or 2025-09", "z. B. 2025-09-22 oder 2025-09"}, {"+ amount", "+ Betrag"}, {"Summary", "Zusammenfassung"},
        {"not a known entity", "kein bekannter Akteur"},
        {"Add to my events", "Zu meinen Ereignissen"}, {"Cancel", "Abbrechen"},
        // The review of the deals in all the user's articles
        {"Deals in your articles", "Deals in Ihren Artikeln"}, {"Put together because:", "Zusammengeführt, weil:"},
        {"Reports of the same deal in several articles are shown as one. Check each against its sources before you add it.",
         "Berichte mehrerer Artikel über denselben Deal stehen als einer da. Vor dem Übernehmen an den Quellen prüfen."},
        {"No amount with a deal word and a party was found in your articles.", "Kein Betrag mit Deal-Wort und Beteiligten in Ihren Artikeln gefunden."},
        {"Found in your articles (not checked by an editor):", "In Ihren Artikeln gefunden (nicht redaktionell geprüft):"},
        {"Pick an entity…", "Akteur wählen…"}, {"New entity", "Neuer Akteur"}, {"New entity…", "Neuer Akteur…"},
        {"Other spellings", "Andere Schreibweisen"}, {"comma-separated, optional", "durch Kommas getrennt, optional"},
        {"Create", "Anlegen"}, {"Saved with your data; your articles are read again so that it is found in them.",
                                "Wird mit Ihren Daten gespeichert; Ihre Artikel werden neu gelesen, damit er darin gefunden wird."},
        {"Click to make it an entity", "Klicken, um einen Akteur daraus zu machen"},
        {"Add an event by hand for this sentence…", "Ereignis zu diesem Satz von Hand anlegen…"}, {"An event by hand", "Ein Ereignis von Hand"},
        {"The rules already found a deal in this sentence (under “Found in your articles”); add this one only if it is another deal.",
         "Die Regeln haben in diesem Satz schon ein Geschäft gefunden (unter „In Ihren Artikeln gefunden“); legen Sie dieses nur an, wenn es ein anderes ist."},
        {"Type a name…", "Namen tippen…"}, {"No entity has this name: make one with “New entity…”.", "Kein Akteur heißt so: Legen Sie ihn mit „Neuer Akteur…“ an."},
        {"Give the date, a year at least.", "Geben Sie das Datum an, mindestens das Jahr."},
        {"Give the amount, or remove it (×).", "Geben Sie den Betrag an oder entfernen Sie ihn (×)."},
        {"Pick an entity for every participant, or remove it (×).", "Wählen Sie für jeden Beteiligten einen Akteur oder entfernen Sie ihn (×)."}, {"Pick a known entity for", "Wählen Sie einen bekannten Akteur für"},
        {"or remove it (×).", "oder entfernen Sie ihn (×)."}, {"Already in the data:", "Schon in den Daten:"}, {"Open it", "Öffnen"},
        {"Reject", "Verwerfen"}, {"Rejected", "Verworfen"}, {"Restore", "Wiederherstellen"}, {"Keep apart", "Trennen"}, {"Merge again", "Wieder zusammenführen"},
        {"These reports are not one deal: list each on its own", "Diese Berichte sind nicht ein Deal: jeden einzeln aufführen"},
        {"Add folder…", "Ordner hinzufügen…"}, {"All .txt and .md files in a folder, merged into one list of deals", "Alle .txt- und .md-Dateien eines Ordners, zu einer Liste von Deals zusammengeführt"},
        // Your own articles and data (Articles view)
        {"Add article…", "Artikel hinzufügen…"}, {"Add article", "Artikel hinzufügen"}, {"Paste text…", "Text einfügen…"},
        {"Paste an article or a table", "Artikel oder Tabelle einfügen"}, {"Import table", "Tabelle importieren"},
        {"A range copied from a spreadsheet becomes events when its header row names the columns (date, type, from, to, amount …).",
         "Ein aus einer Tabellenkalkulation kopierter Bereich wird zu Ereignissen, wenn seine Kopfzeile die Spalten nennt (date, type, from, to, amount …)."}, {"Name (optional), e.g. reuters-2025-09-22", "Name (optional), z. B. reuters-2025-09-22"},
        {"A .txt or .md file (up to 5 MB); you can also drop files on the page", "Eine .txt- oder .md-Datei (bis 5 MB); Dateien lassen sich auch auf die Seite ziehen"},
        {"Your data", "Ihre Daten"}, {"Kept in this browser", "In diesem Browser gespeichert"}, {"Saving…", "Wird gespeichert…"},
        {"Export (JSON)", "Exportieren (JSON)"}, {"Export unreadable records", "Unlesbare Einträge exportieren"}, {"Import…", "Importieren…"},
        {"Delete your data…", "Ihre Daten löschen…"}, {"Delete your data", "Ihre Daten löschen"}, {"Delete", "Löschen"},
        {"Export them first if you want to keep a copy.", "Exportieren Sie sie vorher, wenn Sie eine Kopie behalten möchten."},
        // The reader
        {"quantity", "Menge"}, {"date", "Datum"}, {"entity", "Akteur"}, {"unknown entity", "unbekannter Akteur"},
        {"Click to select", "Zum Auswählen klicken"}, {"Click for its event", "Klicken für das Ereignis"},
        {"Navigation", "Navigation"}, {"Image credit", "Bildnachweis"}, {"Job ads", "Stellenanzeigen"}, {"Related links", "Weiterführende Links"},
        {"About the author", "Über den Autor"}, {"Source list", "Quellen"}, {"Call to action", "Aufruf an Leser"},
        {"Markup debris", "Markup-Reste"}, {"Page furniture", "Seitenelemente"},
        {"Page furniture, not part of the article. Click to show it.", "Seitenelemente, nicht Teil des Artikels. Zum Anzeigen klicken."},
    };
    if (language != Language::de) return en;
    for (const UiWord& w : words) {
        if (std::string_view(w.en) == en) return w.de;
    }
    return en;
}

// Event types, statuses and roles in words: "compute_deal" → "compute deal" / "Rechenleistungs-Deal".
inline std::string type_label(const std::string& type_or_status, Language language) {
    if (find_event_type(type_or_status)) return event_type_label(type_or_status, language);
    static const UiWord de[] = {
        {"rumored", "Gerücht"}, {"reported", "berichtet"}, {"in_talks", "in Gesprächen"}, {"announced", "angekündigt"},
        {"binding", "verbindlich"}, {"completed", "abgeschlossen"}, {"cancelled", "abgesagt"},
        // Roles of an event's participants (kRoles).
        {"investor", "Investor"}, {"investee", "Empfänger"}, {"lender", "Kreditgeber"}, {"borrower", "Kreditnehmer"},
        {"provider", "Anbieter"}, {"customer", "Kunde"}, {"partner", "Partner"}, {"person", "Person"}, {"subject", "Betroffener"},
        {"seller", "Verkäufer"}, {"buyer", "Käufer"}, {"advisor", "Berater"}, {"approver", "Genehmigende Stelle"}, {"member", "Mitglied"},
        {"founder", "Gründer"}, {"government", "Staat"}, {"lead_investor", "Lead-Investor"}, {"target", "Übernommene Firma"},
    };
    if (language == Language::de) {
        for (const UiWord& w : de) {
            if (type_or_status == w.en) return w.de;
        }
    }
    std::string out = type_or_status;
    for (char& c : out) c = c == '_' ? ' ' : c;
    return out;
}

}  // namespace ds::ui
