#include "core/text/message.h"

#include <algorithm>
#include <iterator>

#include "core/text/enum_names.h"

namespace ds {

namespace {

struct MessageWording {
    MessageCode value;
    const char* name;  // what JSON writes
    const char* en;
    const char* de;
};

// One row per code, in the order of MessageCode. The English wording is part of the CLI's and the
// API's output: change it only with the tests and docs that quote it.
constexpr MessageWording kMessages[] = {
    {MessageCode::text, "text", "{1}", "{1}"},

    {MessageCode::file_missing, "file_missing", "file is missing (or a broken link)", "Datei fehlt (oder ein defekter Link)"},
    {MessageCode::not_a_regular_file, "not_a_regular_file", "not a regular file", "keine normale Datei"},
    {MessageCode::size_unknown, "size_unknown", "cannot determine size: {1}", "Größe nicht feststellbar: {1}"},
    {MessageCode::file_too_large, "file_too_large", "file is {1} bytes; the limit is {2}", "Datei hat {1} Bytes; die Grenze liegt bei {2}"},
    {MessageCode::cannot_open, "cannot_open", "cannot open: {1}", "lässt sich nicht öffnen: {1}"},
    {MessageCode::read_failed, "read_failed", "read failed after {1} bytes", "Lesen nach {1} Bytes abgebrochen"},
    {MessageCode::cannot_create_folder, "cannot_create_folder", "cannot create its folder: {1}", "Ordner lässt sich nicht anlegen: {1}"},
    {MessageCode::cannot_write_because, "cannot_write_because", "cannot write: {1}", "lässt sich nicht schreiben: {1}"},
    {MessageCode::write_failed_kept, "write_failed_kept", "cannot write ({1}); the previous version is kept",
     "lässt sich nicht schreiben ({1}); die vorige Fassung bleibt erhalten"},
    {MessageCode::save_failed_kept, "save_failed_kept", "cannot save ({1}); the previous version is kept",
     "lässt sich nicht speichern ({1}); die vorige Fassung bleibt erhalten"},
    {MessageCode::cannot_write, "cannot_write", "cannot write", "lässt sich nicht schreiben"},
    {MessageCode::folder_missing, "folder_missing", "article folder is missing", "Artikelordner fehlt"},
    {MessageCode::cannot_list, "cannot_list", "cannot list: {1}", "Inhalt lässt sich nicht auflisten: {1}"},

    {MessageCode::invalid_utf8, "invalid_utf8", "invalid UTF-8 ({*})", "ungültiges UTF-8 ({*})"},
    {MessageCode::utf8_overlong, "utf8_overlong", "overlong encoding", "überlange Kodierung"},
    {MessageCode::utf8_unexpected_continuation, "utf8_unexpected_continuation", "unexpected continuation byte", "unerwartetes Folgebyte"},
    {MessageCode::utf8_impossible_byte, "utf8_impossible_byte", "byte that never occurs in UTF-8", "Byte, das in UTF-8 nie vorkommt"},
    {MessageCode::utf8_truncated_at_end, "utf8_truncated_at_end", "truncated sequence at end of input", "abgebrochene Folge am Ende der Eingabe"},
    {MessageCode::utf8_truncated, "utf8_truncated", "truncated sequence", "abgebrochene Folge"},
    {MessageCode::utf8_surrogate, "utf8_surrogate", "encoded UTF-16 surrogate", "kodiertes UTF-16-Surrogat"},
    {MessageCode::utf8_above_max, "utf8_above_max", "code point above U+10FFFF", "Codepunkt über U+10FFFF"},

    {MessageCode::json_nul_byte, "json_nul_byte", "NUL byte (is this a binary file?)", "NUL-Byte (ist das eine Binärdatei?)"},
    {MessageCode::json_utf16, "json_utf16", "UTF-16 text; JSON files are read as UTF-8: convert it, e.g. iconv -f utf-16 -t utf-8",
     "UTF-16-Text; JSON-Dateien werden als UTF-8 gelesen: umwandeln, etwa mit iconv -f utf-16 -t utf-8"},
    {MessageCode::json_syntax, "json_syntax", "{1}", "kein gültiges JSON: {1}"},
    {MessageCode::json_unparsed, "json_unparsed", "could not be parsed", "ließ sich nicht einlesen"},
    {MessageCode::json_readers_disagree, "json_readers_disagree", "could not be read (the JSON readers disagree; please report this file)",
     "ließ sich nicht einlesen (die JSON-Leser sind sich uneinig; bitte diese Datei melden)"},
    {MessageCode::expected_object_found, "expected_object_found", "expected an object, found {1}", "Objekt erwartet, gefunden: {1}"},
    {MessageCode::expected_events_object_found, "expected_events_object_found", "expected an object with \"events\" (and optionally \"claims\"), found {1}",
     "Objekt mit \"events\" (und wahlweise \"claims\") erwartet, gefunden: {1}"},
    {MessageCode::expected_object, "expected_object", "expected an object", "Objekt erwartet"},
    {MessageCode::expected_array, "expected_array", "expected an array", "Array erwartet"},
    {MessageCode::expected_string, "expected_string", "expected a string", "Zeichenkette erwartet"},
    {MessageCode::expected_json_object, "expected_json_object", "expected a JSON object", "JSON-Objekt erwartet"},
    {MessageCode::expected_string_found, "expected_string_found", "expected a string, found {1}", "Zeichenkette erwartet, gefunden: {1}"},
    {MessageCode::expected_array_found, "expected_array_found", "expected an array, found {1}", "Array erwartet, gefunden: {1}"},
    {MessageCode::expected_number_or_null_found, "expected_number_or_null_found", "expected a number or null, found {1}",
     "Zahl oder null erwartet, gefunden: {1}"},
    {MessageCode::missing, "missing", "missing", "fehlt"},

    {MessageCode::empty_file, "empty_file", "empty file", "leere Datei"},
    {MessageCode::binary_file, "binary_file", "binary file (NUL byte); dealscope reads plain UTF-8 text",
     "Binärdatei (NUL-Byte); dealscope liest reinen UTF-8-Text"},
    {MessageCode::utf16_file, "utf16_file", "UTF-16 text; dealscope reads UTF-8: convert it, e.g. iconv -f utf-16 -t utf-8",
     "UTF-16-Text; dealscope liest UTF-8: umwandeln, etwa mit iconv -f utf-16 -t utf-8"},
    {MessageCode::article_invalid_utf8, "article_invalid_utf8",
     "invalid UTF-8 ({*}); if the file is Latin-1 or Windows-1252, convert it: iconv -f cp1252 -t utf-8",
     "ungültiges UTF-8 ({*}); eine Datei in Latin-1 oder Windows-1252 lässt sich so umwandeln: iconv -f cp1252 -t utf-8"},
    {MessageCode::only_white_space, "only_white_space", "file contains only white space", "Datei enthält nur Leerzeichen"},
    {MessageCode::no_body_text, "no_body_text", "no body text found: every block is a heading or page furniture",
     "kein Fließtext gefunden: jeder Block ist eine Überschrift oder Seitenbeiwerk"},
    {MessageCode::sidecar_ignored, "sidecar_ignored", "{*}; sidecar ignored", "{*}; Begleitdatei ignoriert"},
    {MessageCode::expected_boolean_ignored, "expected_boolean_ignored", "expected true or false, ignored", "true oder false erwartet; ignoriert"},
    {MessageCode::unknown_field_ignored, "unknown_field_ignored", "unknown field, ignored", "unbekanntes Feld; ignoriert"},
    {MessageCode::expected_string_ignored, "expected_string_ignored", "expected a string, ignored", "Zeichenkette erwartet; ignoriert"},
    {MessageCode::not_a_date_ignored, "not_a_date_ignored", "'{1}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD), ignored",
     "'{1}' ist kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT); ignoriert"},
    {MessageCode::expected_language_ignored, "expected_language_ignored", "expected \"de\" or \"en\", ignored", "\"de\" oder \"en\" erwartet; ignoriert"},

    {MessageCode::expected_entity_array, "expected_entity_array", "expected an array of entities", "Array von Akteuren erwartet"},
    {MessageCode::entity_needs_id_and_name, "entity_needs_id_and_name", "an entity needs a non-empty string \"id\" and \"name\"",
     "ein Akteur braucht \"id\" und \"name\" als nicht leere Zeichenketten"},
    {MessageCode::duplicate_id, "duplicate_id", "duplicate id '{1}'", "doppelte ID '{1}'"},
    {MessageCode::unknown_kind, "unknown_kind", "unknown kind '{1}'", "unbekannte Art '{1}'"},
    {MessageCode::alias_unusable, "alias_unusable", "alias is not a usable name, ignored", "Alias ist kein brauchbarer Name; ignoriert"},
    {MessageCode::relation_needs_type_and_target, "relation_needs_type_and_target", "a relation needs \"type\" and \"target\"",
     "eine Beziehung braucht \"type\" und \"target\""},
    {MessageCode::unknown_offering, "unknown_offering", "'{1}' is not one of cloud, chips, servers, data_centres, power; ignored",
     "'{1}' ist keins von cloud, chips, servers, data_centres, power; ignoriert"},
    {MessageCode::alias_taken, "alias_taken", "alias '{1}' also names '{2}'; the first keeps it",
     "Alias '{1}' bezeichnet auch '{2}'; der erste Akteur behält ihn"},
    {MessageCode::unknown_entity, "unknown_entity", "unknown entity '{1}'", "unbekannter Akteur '{1}'"},
    {MessageCode::party_not_in_gazetteer, "party_not_in_gazetteer", "'{1}' is not a known entity: choose one for it or remove it",
     "'{1}' ist kein bekannter Akteur: einen auswählen oder die Beteiligung entfernen"},
    {MessageCode::relation_cycle, "relation_cycle", "relations of '{1}' form a cycle", "die Beziehungen von '{1}' bilden einen Kreis"},
    {MessageCode::entities_unrecognised, "entities_unrecognised", "{*}; entities will not be recognised by name",
     "{*}; Akteure werden nicht am Namen erkannt"},

    {MessageCode::unknown_event_type, "unknown_event_type", "unknown event type '{1}'", "unbekannter Ereignistyp '{1}'"},
    {MessageCode::unknown_status, "unknown_status", "unknown status '{1}'", "unbekannter Status '{1}'"},
    {MessageCode::invalid_date, "invalid_date", "invalid date '{1}'", "ungültiges Datum '{1}'"},
    {MessageCode::expected_date_mod, "expected_date_mod", "expected START, MID or END", "START, MID oder END erwartet"},
    {MessageCode::unknown_role, "unknown_role", "unknown role '{1}'", "unbekannte Rolle '{1}'"},
    {MessageCode::unknown_measure, "unknown_measure", "unknown measure '{1}'", "unbekannte Messgröße '{1}'"},
    {MessageCode::amount_without_unit, "amount_without_unit", "amount without currency (or unit for capacities and counts)",
     "Betrag ohne Währung (oder ohne Einheit bei Kapazitäten und Anzahlen)"},
    {MessageCode::quote_not_found, "quote_not_found", "not found verbatim in article '{1}' (was the article edited?)",
     "nicht wörtlich im Artikel '{1}' gefunden (wurde der Artikel geändert?)"},
    {MessageCode::needs_participant, "needs_participant", "an event needs at least one participant", "ein Ereignis braucht mindestens einen Beteiligten"},
    {MessageCode::needs_source, "needs_source", "an event needs at least one source", "ein Ereignis braucht mindestens eine Quelle"},
    {MessageCode::unknown_article, "unknown_article", "unknown article '{1}'", "unbekannter Artikel '{1}'"},
    {MessageCode::expected_citation_object, "expected_citation_object", "expected an object with \"article\" and \"quote\"",
     "Objekt mit \"article\" und \"quote\" erwartet"},
    {MessageCode::duplicate_claim_id, "duplicate_claim_id", "duplicate claim id '{1}'", "doppelte Aussagen-ID '{1}'"},
    {MessageCode::duplicate_member, "duplicate_member", "\"{1}\" appears twice in this object; say it once",
     "\"{1}\" steht zweimal in diesem Objekt; bitte nur einmal angeben"},
    {MessageCode::amount_not_positive, "amount_not_positive", "expected an amount above zero, found {1}",
     "Betrag über null erwartet, gefunden: {1}"},
    {MessageCode::claim_needs_two_sources, "claim_needs_two_sources", "a claim compares at least two sources",
     "eine Aussage vergleicht mindestens zwei Quellen"},
    {MessageCode::expected_date_object, "expected_date_object", "expected an object with \"value\"", "Objekt mit \"value\" erwartet"},
    {MessageCode::expected_participant_object, "expected_participant_object", "expected an object with \"entity\" and \"role\"",
     "Objekt mit \"entity\" und \"role\" erwartet"},
    {MessageCode::unknown_qualifier, "unknown_qualifier", "unknown qualifier '{1}'", "unbekannte Genauigkeitsangabe '{1}'"},
    {MessageCode::expected_string_object, "expected_string_object", "expected an object of strings", "Objekt aus Zeichenketten erwartet"},
    {MessageCode::expected_summary_object, "expected_summary_object", "expected an object with \"de\" and \"en\"", "Objekt mit \"de\" und \"en\" erwartet"},
    {MessageCode::unknown_claim, "unknown_claim", "unknown claim '{1}'", "unbekannte Aussage '{1}'"},
    {MessageCode::no_events_to_show, "no_events_to_show", "{*}; no events to show", "{*}; keine Ereignisse zum Anzeigen"},
    {MessageCode::candidates_capped, "candidates_capped", "a sentence with {1} amounts: candidates were looked for in the first {2} only",
     "ein Satz mit {1} Beträgen: nur in den ersten {2} wurde nach Vorschlägen gesucht"},

    {MessageCode::user_file_too_large, "user_file_too_large", "larger than 5 MB ({1} MB); dealscope reads news articles",
     "größer als 5 MB ({1} MB); dealscope liest Nachrichtenartikel"},
    {MessageCode::no_text_found, "no_text_found", "no text found", "kein Text gefunden"},
    {MessageCode::not_user_data, "not_user_data", "not a dealscope data file (expected \"format\": \"{1}\")",
     "keine dealscope-Datendatei (erwartet: \"format\": \"{1}\")"},
    {MessageCode::unsupported_version, "unsupported_version", "unsupported version (this dealscope reads version 1)",
     "nicht unterstützte Version (dieses dealscope liest Version 1)"},
    {MessageCode::expected_user_article, "expected_user_article", "expected an object with \"name\" and \"text\" strings",
     "Objekt mit den Zeichenketten \"name\" und \"text\" erwartet"},
    {MessageCode::no_user_article, "no_user_article", "no article of yours with this id", "kein eigener Artikel mit dieser ID"},
    {MessageCode::no_candidate, "no_candidate", "no candidate {1}", "kein Vorschlag {1}"},
    {MessageCode::could_not_be_added, "could_not_be_added", "could not be added", "ließ sich nicht hinzufügen"},
    {MessageCode::expected_user_record, "expected_user_record", "expected {\"version\": 1} with an \"article\" or an \"event\" as its key says",
     "{\"version\": 1} mit einem \"article\" oder \"event\" erwartet, wie der Schlüssel sagt"},
    {MessageCode::record_kept_aside, "record_kept_aside", "saved record '{1}' could not be read ({*}); it is kept as it is — Your data → Export unreadable records",
     "gespeicherter Eintrag '{1}' ist nicht lesbar ({*}); er bleibt unverändert erhalten — Ihre Daten → Unlesbare Einträge exportieren"},
    {MessageCode::store_newer_layout, "store_newer_layout",
     "saved by a newer dealscope (layout {1}); left as it is, and what you add here is not saved — export it",
     "von einem neueren dealscope gespeichert (Layout {1}); bleibt unverändert, und was Sie hier hinzufügen, wird nicht gespeichert — exportieren Sie es"},
    {MessageCode::store_file_kept_aside, "store_file_kept_aside", "could not be read ({*}); kept as {1}, your data starts empty",
     "nicht lesbar ({*}); als {1} aufbewahrt, Ihre Daten beginnen leer"},

    {MessageCode::font_unparsable, "font_unparsable", "font file could not be parsed; trying the next one",
     "Schriftdatei nicht lesbar; die nächste wird versucht"},
    {MessageCode::ui_font_missing, "ui_font_missing", "UI font not found; using ImGui's built-in font, which lacks „ “ – €",
     "Schrift der Oberfläche nicht gefunden; die eingebaute Schrift von ImGui wird verwendet, ihr fehlen „ “ – €"},
    {MessageCode::unsupported_currency, "unsupported_currency", "currency '{1}' is not supported; the amount is kept without a currency",
     "Währung '{1}' wird nicht unterstützt; der Betrag bleibt ohne Währung"},
    {MessageCode::article_over_limit, "article_over_limit", "{1} bytes, more than the {2} an article may have; --max-bytes N raises the limit",
     "{1} Bytes, mehr als die {2}, die ein Artikel haben darf; --max-bytes N hebt die Grenze an"},

    {MessageCode::table_quote_not_closed, "table_quote_not_closed", "a field opened with a quote here is never closed; the rows from here on were not read",
     "ein hier mit Anführungszeichen begonnenes Feld wird nie geschlossen; die Zeilen ab hier wurden nicht gelesen"},
    {MessageCode::table_format_unknown, "table_format_unknown",
     "columns not recognised ({1}): expected the header row of TimelineJS, Kumu, Flourish or dealscope (see docs/data-format.md)",
     "Spalten nicht erkannt ({1}): erwartet wird die Kopfzeile von TimelineJS, Kumu, Flourish oder dealscope (siehe docs/data-format.md)"},
    {MessageCode::table_missing_column, "table_missing_column", "no column '{1}'", "keine Spalte '{1}'"},
    {MessageCode::table_bad_date, "table_bad_date", "'{1}' is not a date (2024, 2024-06, June 2024, Q3 2025, H2 2026, 30.06.2024)",
     "'{1}' ist kein Datum (2024, 2024-06, Juni 2024, Q3 2025, H2 2026, 30.06.2024)"},
    {MessageCode::table_bad_amount, "table_bad_amount", "'{1}' is not an amount ($1.5bn, 1,5 Mrd. €, 1500000000, up to $100 billion)",
     "'{1}' ist kein Betrag (1,5 Mrd. €, $1.5bn, 1500000000, bis zu 100 Mrd. Dollar)"},
    {MessageCode::table_unknown_type, "table_unknown_type", "'{1}' is not an event type (investment, funding round, compute deal, …)",
     "'{1}' ist kein Ereignistyp (Investition, Finanzierungsrunde, Rechenleistungs-Deal, …)"},
    {MessageCode::table_no_parties, "table_no_parties", "no party named: a deal needs who gives or who receives",
     "keine Partei genannt: ein Deal braucht, wer gibt oder wer erhält"},
    {MessageCode::table_unknown_format_name, "table_unknown_format_name", "unknown table format '{1}' (auto, dealscope, timelinejs, kumu, flourish)",
     "unbekanntes Tabellenformat '{1}' (auto, dealscope, timelinejs, kumu, flourish)"},
    {MessageCode::entity_not_users, "entity_not_users", "'{1}' is not one of your names: only names you brought can be changed",
     "'{1}' ist keiner Ihrer Namen: nur Namen, die Sie mitgebracht haben, lassen sich ändern"},
    {MessageCode::entity_name_empty, "entity_name_empty", "a name cannot be empty", "ein Name darf nicht leer sein"},
    {MessageCode::entity_name_taken, "entity_name_taken", "'{1}' is a name of {2} already: choose it under 'Same as'",
     "'{1}' ist schon ein Name von {2}: unter 'Dasselbe wie' wählen"},
    {MessageCode::entity_same_as_self, "entity_same_as_self", "'{1}' cannot be the same as itself", "'{1}' kann nicht dasselbe sein wie er selbst"},

    {MessageCode::pack_not_a_pack, "pack_not_a_pack", "not a dealscope pack (it does not start with a pack's signature)",
     "kein dealscope-Paket (es beginnt nicht mit der Kennung eines Pakets)"},
    {MessageCode::pack_other_format, "pack_other_format", "pack format {1}, but this dealscope reads format {2}: make it again with dealscope-cli pack",
     "Paketformat {1}, dieses dealscope liest aber Format {2}: mit dealscope-cli pack neu erstellen"},
    {MessageCode::pack_other_rules, "pack_other_rules",
     "made with other reading rules ({1}; this dealscope has {2}): make it again with dealscope-cli pack",
     "mit anderen Leseregeln erstellt ({1}; dieses dealscope hat {2}): mit dealscope-cli pack neu erstellen"},
    {MessageCode::pack_truncated, "pack_truncated", "pack is cut short: {1} bytes of {2}", "Paket ist abgeschnitten: {1} von {2} Bytes"},
    {MessageCode::pack_checksum, "pack_checksum", "pack is damaged: its checksum does not match its contents",
     "Paket ist beschädigt: seine Prüfsumme passt nicht zum Inhalt"},
    {MessageCode::pack_damaged, "pack_damaged", "pack is damaged: {1}", "Paket ist beschädigt: {1}"},
    {MessageCode::pack_refused, "pack_refused", "{*}; the articles were read instead", "{*}; stattdessen wurden die Artikel gelesen"},
    {MessageCode::pack_not_fetched, "pack_not_fetched", "could not be fetched: {1}", "ließ sich nicht laden: {1}"},
    {MessageCode::pack_other_site, "pack_other_site", "not on this site; only packs of the site that serves the page are read",
     "nicht auf dieser Website; gelesen werden nur Pakete der Website, die die Seite ausliefert"},
    {MessageCode::font_atlas_refused, "font_atlas_refused", "prepared font atlas not used ({1}); the font is rasterised instead",
     "vorbereiteter Schriftatlas nicht verwendet ({1}); die Schrift wird stattdessen gerastert"},
};

constexpr bool rows_in_code_order() {
    for (std::size_t i = 0; i < std::size(kMessages); ++i) {
        if (kMessages[i].value != static_cast<MessageCode>(i)) return false;
    }
    return true;
}
static_assert(std::size(kMessages) == static_cast<std::size_t>(MessageCode::count), "every MessageCode needs a row in kMessages");
static_assert(rows_in_code_order(), "kMessages rows are in the order of MessageCode");

const MessageWording* row_of(MessageCode code) {
    const auto i = static_cast<std::size_t>(code);
    return i < std::size(kMessages) ? &kMessages[i] : nullptr;
}

// How many numbered placeholders the template has (the highest number), and whether it nests {*}.
struct Placeholders {
    std::size_t numbered = 0;
    bool nested = false;
};
Placeholders placeholders_of(std::string_view t) {
    Placeholders p;
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (t[i] != '{' || t[i + 2] != '}') continue;
        if (t[i + 1] >= '1' && t[i + 1] <= '9') p.numbered = std::max(p.numbered, static_cast<std::size_t>(t[i + 1] - '0'));
        if (t[i + 1] == '*') p.nested = true;
    }
    return p;
}

// The nested message made of args[from…]: its code's name, then its arguments.
std::string word_nested(const std::vector<std::string>& args, std::size_t from, Language language) {
    if (from >= args.size()) return "";
    const std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(from) + 1, args.end());
    if (const auto code = message_from_name(args[from])) return word_message(*code, rest, language);
    return args[from];  // not a code's name: shown as it is
}

}  // namespace

const char* message_template(MessageCode code, Language language) {
    const MessageWording* row = row_of(code);
    if (!row) return "";
    return language == Language::de ? row->de : row->en;
}

const char* message_name(MessageCode code) { return enum_name(kMessages, code); }

std::optional<MessageCode> message_from_name(std::string_view name) { return enum_from_name(kMessages, name); }

std::vector<std::string> nested(MessageCode code, std::vector<std::string> args) {
    args.insert(args.begin(), message_name(code));
    return args;
}

std::string word_message(MessageCode code, const std::vector<std::string>& args, Language language) {
    const std::string_view t = message_template(code, language);
    const std::size_t numbered = placeholders_of(message_template(code, Language::en)).numbered;
    std::string out;
    out.reserve(t.size() + 32);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '{' && i + 2 < t.size() && t[i + 2] == '}') {
            const char c = t[i + 1];
            if (c >= '1' && c <= '9') {
                const auto k = static_cast<std::size_t>(c - '1');
                if (k < args.size()) out += args[k];
                i += 2;
                continue;
            }
            if (c == '*') {
                out += word_nested(args, numbered, language);
                i += 2;
                continue;
            }
        }
        out += t[i];
    }
    return out;
}

bool message_args_fit(MessageCode code, const std::vector<std::string>& args) {
    if (!row_of(code)) return false;
    const Placeholders p = placeholders_of(message_template(code, Language::en));
    if (!p.nested) return args.size() == p.numbered;
    if (args.size() <= p.numbered) return false;
    const auto inner = message_from_name(args[p.numbered]);
    return inner && message_args_fit(*inner, std::vector<std::string>(args.begin() + static_cast<std::ptrdiff_t>(p.numbered) + 1, args.end()));
}

}  // namespace ds
