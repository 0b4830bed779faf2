#include "core/articles/boilerplate_cues.h"

#include <algorithm>
#include <iterator>

#include "core/text/byte_find.h"
#include "core/text/text_scan.h"

namespace ds::cues {

namespace {

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower_ascii(x) == lower_ascii(y); });
}

bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool contains(std::string_view s, std::string_view part) { return find_text(s, part) != std::string_view::npos; }

// The line without a final colon or period and surrounding spaces, for whole-line matches.
std::string_view core(std::string_view line) {
    std::size_t b = 0, e = line.size();
    scan::trim(line, b, e);
    line = line.substr(b, e - b);
    while (!line.empty() && (line.back() == ':' || line.back() == '.')) line.remove_suffix(1);
    return line;
}

// Whole-line cues are short; longer lines (every paragraph) are rejected before any comparison.
constexpr std::size_t kLongestWholeLineCue = 48;
// Page furniture such as calls to action is a line or two, not a paragraph that mentions a newsletter.
constexpr std::size_t kLongestFurnitureLine = 300;

template <std::size_t N>
bool matches_any(std::string_view line, const std::string_view (&list)[N]) {
    if (line.size() > kLongestWholeLineCue + 8) return false;
    const std::string_view c = core(line);
    return std::any_of(std::begin(list), std::end(list), [&](std::string_view cue) { return iequals(c, cue); });
}

template <std::size_t N>
bool starts_with_any(std::string_view line, const std::string_view (&list)[N]) {
    return std::any_of(std::begin(list), std::end(list), [&](std::string_view cue) { return istarts_with(line, cue); });
}

constexpr std::string_view kNavigation[] = {
    "Kategorien", "Kategorie", "Rubrik", "Rubriken", "Schlagworte", "Tags", "No items found", "Keine Einträge gefunden",
    "Artikel jetzt als Podcast anhören", "Artikel anhören", "Artikel vorlesen lassen", "Jetzt anhören", "Teilen",
    "Artikel teilen", "Drucken", "Startseite", "Zurück", "Zurück zur Übersicht", "Anzeige", "Werbung", "Share",
    "Tweet", "Weiterlesen", "Mehr lesen", "Zum Artikel", "Inhaltsverzeichnis", "Kommentare", "Home", "Listen to this article",
    "Advertisement", "Skip to content", "Zum Inhalt springen", "Lesezeit", "Print", "Menu", "Menü",
};
constexpr std::string_view kJobAdsStart[] = {"Neue Stellenangebote", "Stellenangebote", "Aktuelle Stellenangebote", "Aktuelle Jobs", "Jobs", "Stellenanzeigen", "Jobbörse"};
constexpr std::string_view kJobAdsEnd[] = {"Alle Stellenanzeigen", "Alle Stellenangebote", "Alle Jobs", "Mehr Jobs", "Zur Jobbörse"};
constexpr std::string_view kAuthorBio[] = {"Über den Autor", "Über die Autorin", "Über die Autoren", "Zum Autor", "Zur Autorin", "About the author", "About the authors"};
constexpr std::string_view kRelated[] = {"Auch interessant", "Mehr zum Thema", "Lesen Sie auch", "Das könnte Sie auch interessieren",
                                         "Weitere Artikel", "Verwandte Artikel", "Related", "Related articles", "Read more", "Read also", "Mehr dazu"};
constexpr std::string_view kSources[] = {"Quellen", "Quelle", "Sources", "Source", "Einzelnachweise", "References", "Weiterführende Links", "Links"};
constexpr std::string_view kCallToAction[] = {
    "Wie können wir Ihnen", "freut sich darauf, Ihnen zu helfen", "Jetzt abonnieren", "Abonnieren Sie", "Newsletter abonnieren",
    "zum Newsletter", "Melden Sie sich", "Jetzt anmelden", "Kontaktieren Sie uns", "Folgen Sie uns", "Subscribe to", "Sign up",
    "Jetzt kostenlos testen", "Jetzt registrieren", "jetzt anmelden", "jetzt abonnieren", "in Ihr Postfach", "ins Postfach", "Newsletter:",
    "Newsletter-Anmeldung", "newsletter:", "Newsletter |",
    // A consent banner: "Diese Website verwendet Cookies. Mit „Akzeptieren“ stimmen Sie … zu."
    "verwendet Cookies", "nutzt Cookies", "Cookie-Einstellungen", "Cookies akzeptieren", "uses cookies", "use cookies", "Accept cookies",
    "Cookie settings", "Cookie Settings",
};
constexpr std::string_view kImageCreditStart[] = {"Foto:", "Fotos:", "Bild:", "Bilder:", "Bildquelle:", "Titelbild:", "Image:", "Photo:", "Picture:", "©", "(c) ", "Credit:"};
constexpr std::string_view kImageAgencies[] = {"Pixabay", "Unsplash", "Getty Images", "iStock", "Shutterstock", "imago", "picture alliance", "Adobe Stock", "Pexels"};
constexpr std::string_view kBylines[] = {"geschrieben von ", "Geschrieben von ", "Von ", "von ", "Autor: ", "Autorin: ", "By ", "Text: "};
constexpr std::string_view kDateLabels[] = {"Freigegeben:", "Veröffentlicht am", "Veröffentlicht:", "Veröffentlicht", "Published on", "Published:",
                                            "Stand:", "Datum:", "Aktualisiert am", "Aktualisiert:", "Updated:", "Updated", "Erschienen am", "Zuletzt aktualisiert:",
                                            "Last updated:", "Posted on", "Posted:"};
constexpr std::string_view kCompanyWords[] = {"Company", "GmbH", "AG", "Verlag", "Media", "Medien", "News", "Online", "Magazin", "Magazine",
                                              "Zeitung", "Inc", "Ltd", "Blog", "Digital", "Group", "Gruppe", "Post", "Times", "Journal", "Wire", "Daily",
                                              "Weekly", "Herald", "Tribune", "Review", "Insider", "Ledger", "Gazette", "Observer", "Monitor", "Briefing",
                                              "Chronicle", "Dispatch", "Bulletin", "Telegraph", "Courier", "Presse", "Kompass", "Newsletter"};

}  // namespace

bool is_navigation(std::string_view line) { return matches_any(line, kNavigation); }
bool is_breadcrumb(std::string_view line) {
    if (line.size() > kLongestFurnitureLine) return false;
    for (const std::string_view separator : {" > ", " \xE2\x80\xBA ", " \xC2\xBB "}) {
        if (find_text(line, separator) != std::string_view::npos) return true;
    }
    // A menu bar: "Home | Märkte | Aktien | Tech & KI" (a headline has one "|" at most, before the site's name).
    std::size_t bars = 0;
    for (std::size_t at = find_text(line, " | "); at != std::string_view::npos; at = find_text(line, " | ", at + 3)) ++bars;
    return bars >= 2;
}
bool starts_job_ads(std::string_view line) { return matches_any(line, kJobAdsStart); }
bool ends_job_ads(std::string_view line) { return matches_any(line, kJobAdsEnd); }
bool starts_author_bio(std::string_view line) { return matches_any(line, kAuthorBio); }
bool starts_related_links(std::string_view line) {
    if (matches_any(line, kRelated)) return true;
    // "Read more: Inside the record round | Who pays for the data centres?": the cue and its links on one line.
    if (line.size() > kLongestFurnitureLine) return false;
    return std::any_of(std::begin(kRelated), std::end(kRelated), [&](std::string_view cue) {
        return istarts_with(line, cue) && line.size() > cue.size() + 1 && line[cue.size()] == ':';
    });
}
bool starts_source_list(std::string_view line) { return matches_any(line, kSources); }

bool carries_url(std::string_view line) {
    if (find_text(line, "://") == std::string_view::npos && find_text(line, "www.") == std::string_view::npos) return false;
    const std::size_t at = std::min({line.find("http://"), line.find("https://"), line.find("www.")});
    if (at == std::string_view::npos) return false;
    // Mostly a link: a list entry or a short label before the URL.
    return at < 80 || is_list_item(line);
}

bool is_call_to_action(std::string_view line) {
    if (line.size() > kLongestFurnitureLine) return false;
    return std::any_of(std::begin(kCallToAction), std::end(kCallToAction), [&](std::string_view cue) { return contains(line, cue); });
}

bool addresses_reader(std::string_view line) {
    return contains(line, "Ihnen") || contains(line, " Sie ") || contains(line, "Ihre ") || contains(line, "Ihr ");
}

bool is_image_credit(std::string_view line) {
    if (line.size() > kLongestFurnitureLine || scan::count_words(line, 8) > 8) return false;
    if (starts_with_any(line, kImageCreditStart)) return true;
    if (std::any_of(std::begin(kImageAgencies), std::end(kImageAgencies), [&](std::string_view a) { return contains(line, a); })) return true;
    // "Pixabay.com / ClearCutLtd": a domain, a slash, a name.
    const auto slash = find_text(line, " / ");
    return slash != std::string_view::npos && line.substr(0, slash).find('.') != std::string_view::npos &&
           scan::count_words(line.substr(0, slash)) == 1;
}

std::optional<std::string_view> byline_author(std::string_view line) {
    // "By Jane Doe | March 4, 2025", "Von Max Berger, 12.06.2025 14:30": the name ends where a date or time begins.
    for (const std::string_view separator : {"|", "\xC2\xB7", "\xE2\x80\xA2", ",", " \xE2\x80\x93 ", " - "}) {
        const std::size_t at = line.find(separator);
        if (at == std::string_view::npos || at == 0) continue;
        const std::string_view rest = line.substr(at + separator.size());
        const std::size_t first_digit = rest.find_first_of("0123456789");
        if (first_digit == std::string_view::npos || first_digit > 12 || rest.size() > 40) continue;
        line = line.substr(0, at);
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        break;
    }
    if (line.size() > kLongestFurnitureLine || scan::count_words(line, 7) > 7 || line.find_first_of(".!?") != std::string_view::npos) {
        return std::nullopt;
    }
    for (std::string_view cue : kBylines) {
        if (!line.starts_with(cue)) continue;
        std::string_view name = line.substr(cue.size());
        std::size_t b = 0, e = name.size();
        scan::trim(name, b, e);
        name = name.substr(b, e - b);
        // A name is one to four capitalised words: "von Microsoft" in a sentence fragment is not a byline.
        const std::size_t words = scan::count_words(name);
        if (words >= 1 && words <= 4 && scan::is_upper_at(name, 0)) return name;
    }
    return std::nullopt;
}

std::size_t date_label_length(std::string_view line) {
    for (std::string_view label : kDateLabels) {
        if (line.starts_with(label)) return label.size();
    }
    return 0;
}

bool is_tag_line(std::string_view line) {
    if (line.size() > kLongestFurnitureLine) return false;
    const std::size_t commas = static_cast<std::size_t>(std::count(line.begin(), line.end(), ','));
    if (commas < 2 || line.find_first_of(".!?:;") != std::string_view::npos) return false;
    // Every item is one to three words.
    std::size_t start = 0;
    while (start <= line.size()) {
        const std::size_t comma = std::min(line.find(',', start), line.size());
        const std::size_t words = scan::count_words(line.substr(start, comma - start));
        if (words == 0 || words > 3) return false;
        start = comma + 1;
    }
    return true;
}

std::optional<std::size_t> trailing_markup(std::string_view line) {
    // Look for '<' followed by an optional '/', a tag name and '>' or '<' running to the end.
    for (std::size_t at = find_byte(line, '<'); at != std::string_view::npos; at = find_byte(line, '<', at + 1)) {
        std::size_t i = at + 1;
        if (i < line.size() && line[i] == '/') ++i;
        const std::size_t name_start = i;
        while (i < line.size() && (scan::is_ascii_alpha(line[i]) || scan::is_digit(line[i]))) ++i;
        if (i == name_start || i - name_start > 10) continue;
        while (i < line.size() && (line[i] == '>' || line[i] == '<' || line[i] == ' ')) ++i;
        if (i == line.size()) return at;
    }
    return std::nullopt;
}

bool is_list_item(std::string_view line) {
    if (line.starts_with("- ") || line.starts_with("* ") || line.starts_with("\xE2\x80\xA2 ") || line.starts_with("\xE2\x80\x93 ")) return true;
    std::size_t i = 0;
    while (i < line.size() && i < 3 && scan::is_digit(line[i])) ++i;
    return i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ';
}

bool looks_like_site_name(std::string_view line) {
    if (scan::count_words(line, 5) > 5 || line.find_first_of(".!?:,") != std::string_view::npos) return false;
    std::size_t start = 0;
    while (start < line.size()) {
        std::size_t end = line.find(' ', start);
        if (end == std::string_view::npos) end = line.size();
        const std::string_view word = line.substr(start, end - start);
        if (std::find(std::begin(kCompanyWords), std::end(kCompanyWords), word) != std::end(kCompanyWords)) return true;
        // A compound that names a medium: "Nachrichtenportal", "Marktreport", "Wirtschaftszeitung".
        for (const std::string_view medium : {"portal", "zeitung", "nachrichten", "magazin", "kurier", "anzeiger", "rundschau", "report", "blatt"}) {
            if (word.size() > medium.size() && word.ends_with(medium)) return true;
        }
        start = end + 1;
    }
    return false;
}

}  // namespace ds::cues
