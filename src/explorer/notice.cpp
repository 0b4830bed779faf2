#include "explorer/notice.h"

#include <string_view>

#include "core/tables/table_format.h"

namespace ds {

namespace {
std::string counted(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// A table's name as the reader's language says it: a paste has no file name of its own.
std::string shown_file(const std::string& file, Language language) {
    const std::string_view pasted = kPastedTableName;
    if (language != Language::de || !file.starts_with(pasted)) return file;
    return "eingefügte Tabelle" + file.substr(pasted.size());
}

// A layout's label ("dealscope columns") in the reader's language.
std::string shown_format(const std::string& label, Language language) {
    for (const TableFormatRow& row : table_formats())
        if (label == row.label) return table_format_label(row, language);
    return label;
}

// The problem of a table import, its place named as the notice names the table.
std::string described(Problem p, Language language) {
    p.place = shown_file(p.place, language);
    return describe(p, language);
}
}  // namespace

bool Notice::is_error() const {
    switch (code) {
        case NoticeCode::event_refused:
        case NoticeCode::entity_refused:
        case NoticeCode::file_refused: return true;
        case NoticeCode::articles_added: return articles == 0;
        case NoticeCode::data_imported: return articles == 0 && events == 0 && (problem || skipped == 0);
        case NoticeCode::table_imported: return events == 0 && entities == 0 && problem.has_value();
        default: return false;
    }
}

std::string notice_text(const Notice& n, Language language) {
    const bool de = language == Language::de;
    switch (n.code) {
        case NoticeCode::none: return "";
        case NoticeCode::event_added: return de ? "Zu Ihren Ereignissen hinzugefügt." : "Added to your events.";
        case NoticeCode::event_refused:
        case NoticeCode::file_refused: return n.problem ? described(*n.problem, language) : "";
        case NoticeCode::file_reading:
            return (de ? "Lese " : "Reading ") + n.file + " (" + std::to_string(n.megabytes) + " MB)…";
        case NoticeCode::data_deleted:
            return de ? "Ihre Artikel und Ereignisse wurden aus diesem Browser gelöscht." : "Your articles and events were deleted from this browser.";
        case NoticeCode::data_imported: {
            std::string out = n.file + ": " + (de ? counted(n.articles, "Artikel", "Artikel") + " und " + counted(n.events, "Ereignis", "Ereignisse") + " importiert"
                                                  : counted(n.articles, "article", "articles") + " and " + counted(n.events, "event", "events") + " imported");
            if (n.skipped > 0) out += ", " + std::to_string(n.skipped) + (de ? " schon vorhanden" : " already there");
            if (n.problem) out += "; " + described(*n.problem, language) + (n.more_problems > 0 ? (de ? " (und weitere)" : " (and more)") : "");
            return out;
        }
        case NoticeCode::table_imported: {
            std::string out = shown_file(n.file, language) + (n.format.empty() ? "" : " (" + shown_format(n.format, language) + ")") + ": " +
                              (de ? counted(n.events, "Ereignis", "Ereignisse") : counted(n.events, "event", "events"));
            if (n.entities > 0) out += de ? " und " + counted(n.entities, "neuer Name", "neue Namen") : " and " + counted(n.entities, "new name", "new names");
            out += de ? " übernommen" : " imported";
            if (n.skipped > 0) out += ", " + (de ? counted(n.skipped, "Zeile", "Zeilen") + " ausgelassen" : counted(n.skipped, "row", "rows") + " left out");
            if (n.problem) out += "; " + described(*n.problem, language) + (n.more_problems > 0 ? (de ? " (und weitere)" : " (and more)") : "");
            if (n.entities > 0) out += de ? ". Neue Namen prüfen Sie unter Akteure → Ihre Namen." : ". Check new names under Entities → Your names.";
            return out;
        }
        case NoticeCode::entity_changed: return n.file + (de ? ": gespeichert." : ": saved.");
        case NoticeCode::entity_created:
            return de ? n.file + " ist als Akteur gespeichert; Ihre Artikel wurden neu gelesen."
                      : n.file + " is saved as an entity; your articles were read again.";
        case NoticeCode::entity_merged:
            return de ? n.file + " ist jetzt " + n.format + " (" + counted(n.events, "Ereignis", "Ereignisse") + ")."
                      : n.file + " is now " + n.format + " (" + counted(n.events, "event", "events") + ").";
        case NoticeCode::entity_refused: return n.problem ? describe(*n.problem, language) : "";
        case NoticeCode::articles_added: {
            if (n.articles == 0) return de ? "Der Ordner enthält keine .txt- oder .md-Dateien." : "The folder holds no .txt or .md files.";
            std::string out = de ? counted(n.articles, "Artikel", "Artikel") + " hinzugefügt" : counted(n.articles, "article", "articles") + " added";
            if (n.skipped > 0)
                out += de ? "; " + counted(n.skipped, "Datei", "Dateien") + " ohne .txt oder .md ausgelassen"
                          : "; " + counted(n.skipped, "file", "files") + " not .txt or .md left out";
            return out + ".";
        }
    }
    return "";
}

}  // namespace ds
