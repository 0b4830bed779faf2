#include "explorer/view_link.h"

#include "core/events/event_types.h"

#include <cmath>
#include <set>

#include "core/articles/time_span.h"
#include "core/text/utf8.h"

namespace ds {

std::string percent_encode(std::string_view text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.' || u == '~' || u == ',') {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

bool percent_decode(std::string_view text, std::string& out) {
    out.clear();
    const auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%') {
            if (i + 2 >= text.size()) return false;
            const int hi = hex(text[i + 1]), lo = hex(text[i + 2]);
            if (hi < 0 || lo < 0) return false;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return !find_invalid_utf8(out).has_value();
}

namespace {

std::string join(const std::set<std::string>& set) {
    std::string s;
    for (const auto& x : set) {
        if (!s.empty()) s += ',';
        s += percent_encode(x);  // appended, not "," + …: GCC 12 warns falsely (-Wrestrict) on that
    }
    return s;
}

std::vector<std::string> split(const std::string& s, char by) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        const std::size_t end = std::min(s.find(by, start), s.size());
        if (end > start) out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

template <class Names>
bool known(const std::string& value, const Names& list) {
    for (const char* v : list) {
        if (value == v) return true;
    }
    return false;
}

// A warning quotes at most 40 characters of what it rejects, as printable ASCII without markup
// characters, so that no host that shows warnings can be tricked into rendering them.
std::string shown(const std::string& s) {
    std::string out;
    for (const char c : s.substr(0, 40)) {
        const bool plain = c >= 0x20 && c < 0x7F && c != '<' && c != '>' && c != '"' && c != '\'' && c != '&' && c != '`';
        out += plain ? c : '?';
    }
    return s.size() > 40 ? out + "…" : out;
}

}  // namespace

namespace {

bool own_event_selected(const AppState& state) { return state.selection.event && state.data.events.events[*state.selection.event].by_user; }

bool own_entity_selected(const AppState& state) {
    const Entity* e = state.selection.entity.empty() ? nullptr : state.data.gazetteer.find(state.selection.entity);
    return e && e->by_user;
}

std::string link_of(const AppState& state, bool shared) {
    const ViewState& v = state.view;
    std::string out = std::string("#view=") + view_name(v.current);
    if (state.selection.event && !(shared && own_event_selected(state))) out += "&event=" + percent_encode(state.data.events.events[*state.selection.event].id);
    if (!state.selection.entity.empty() && !(shared && own_entity_selected(state))) out += "&entity=" + percent_encode(state.selection.entity);
    if (state.selection.flow) out += "&flow=" + percent_encode(flow_key_text(*state.selection.flow));
    if (!state.selection.about.empty()) {
        std::string ids;
        for (const std::string& id : state.selection.about) ids += (ids.empty() ? "" : ",") + percent_encode(id);
        out += "&about=" + ids;
    }
    const bool own_article = state.selection.article && *state.selection.article >= state.user.first_article;
    if (state.selection.article && v.current == View::articles && !(shared && own_article)) {
        out += "&article=" + percent_encode(state.data.corpus.articles[*state.selection.article].id);
    }
    if (!v.filters.types.empty()) out += "&types=" + join(v.filters.types);
    if (!v.filters.statuses.empty()) out += "&statuses=" + join(v.filters.statuses);
    const Entity* only = v.filters.entity.empty() ? nullptr : state.data.gazetteer.find(v.filters.entity);
    if (!v.filters.entity.empty() && !(shared && only && only->by_user)) out += "&only=" + percent_encode(v.filters.entity);
    if (v.filters.from_day) out += "&from=" + iso_day(*v.filters.from_day);
    if (v.filters.to_day) out += "&to=" + iso_day(*v.filters.to_day);
    if (v.time_fitted) out += "&t=" + iso_day(std::lround(v.time.start)) + ".." + iso_day(std::lround(v.time.end));
    if (v.network_as_of) out += "&asof=" + iso_day(*v.network_as_of);
    if (v.language != Language::en) out += std::string("&lang=") + language_code(v.language);
    // (Only a look other than the system's: a link shared from a dark screen opens in the reader's own look.)
    if (v.dark != state.host.prefers_dark) out += v.dark ? "&theme=dark" : "&theme=light";
    return out;
}

}  // namespace

std::string state_to_link(const AppState& state) { return link_of(state, false); }

std::string state_to_shared_link(const AppState& state) { return link_of(state, true); }

bool selection_is_private(const AppState& state) {
    return own_event_selected(state) || own_entity_selected(state) ||
           (state.selection.article && *state.selection.article >= state.user.first_article && state.view.current == View::articles);
}

void apply_link(AppState& state, std::string_view link, std::vector<std::string>& warnings) {
    if (!link.empty() && (link.front() == '#' || link.front() == '?')) link.remove_prefix(1);
    if (link.size() > 4096) {
        warnings.push_back("link: longer than 4096 characters, ignored");
        return;
    }
    // A link is a whole state: what it leaves out takes its default (no filters, nothing selected,
    // all dates, English, the system's look), so that Back returns exactly to the state before.
    Actions a;
    a.set_language = Language::en;
    a.set_dark = state.host.prefers_dark;
    a.set_network_as_of = std::optional<long>();
    Filters filters;
    std::optional<std::string> select_event, select_article;
    std::vector<std::string> about;
    for (const std::string& pair : split(std::string(link), '&')) {
        const std::size_t eq = pair.find('=');
        std::string key, value;
        if (eq == std::string::npos || !percent_decode(pair.substr(0, eq), key) || !percent_decode(pair.substr(eq + 1), value)) {
            warnings.push_back("link: malformed part '" + shown(pair) + "', ignored");
            continue;
        }
        const auto bad = [&](const char* what) { warnings.push_back("link: " + key + ": " + what + " '" + shown(value) + "', ignored"); };
        const auto day = [&](const std::string& text, bool end) -> std::optional<long> {
            const auto span = timex_span(text);
            if (!span) return std::nullopt;
            return end ? span->end - 1 : span->start;
        };
        if (key == "embed") {
            state.host.embed = value == "1";
            continue;
        }
        if (key == "title" || key == "dek") {  // an embed's words, shown as text only (never markup)
            (key == "title" ? state.host.graphic_title : state.host.graphic_dek) = std::string(truncate_utf8(value, 200));
            continue;
        }
        if (key == "story") state.host.story = !value.empty();  // the steps are the page's (web/embed_mode.js)
        if (key == "story" || key == "step" || key == "id") continue;  // the page's own (web/embed_mode.js)
        if (key == "pack") continue;  // the page's too: which pack it read (web/dealscope_api.js)
        if (key == "view") {
            if (const auto view = view_from_name(value)) a.show_view = view;
            else bad("unknown view");
        } else if (key == "event") {
            select_event = value;
        } else if (key == "flow") {
            if (const auto flow = flow_key_from_text(value)) a.select_flow = flow;
            else bad("not a flow such as microsoft>openai:money:");
        } else if (key == "article") {
            select_article = value;
        } else if (key == "entity") {
            if (state.data.gazetteer.find(value)) a.select_entity = value;
            else bad("unknown entity");
        } else if (key == "types" || key == "statuses") {
            for (const std::string& item : split(value, ',')) {
                if (key == "types" ? known(item, event_type_ids()) : known(item, kStatuses)) (key == "types" ? filters.types : filters.statuses).insert(item);
                else bad("unknown value in");
            }
        } else if (key == "about") {
            for (const std::string& id : split(value, ',')) {
                if (state.data.gazetteer.find(id) && about.size() < 20) about.push_back(id);
                else bad("unknown entity in");
            }
        } else if (key == "only") {
            if (state.data.gazetteer.find(value)) filters.entity = value;
            else bad("unknown entity");
        } else if (key == "from" || key == "to") {
            if (const auto d = day(value, key == "to")) (key == "from" ? filters.from_day : filters.to_day) = d;
            else bad("not a date");
        } else if (key == "t") {
            const std::size_t dots = value.find("..");
            const auto start = dots == std::string::npos ? std::nullopt : day(value.substr(0, dots), false);
            const auto end = dots == std::string::npos ? std::nullopt : day(value.substr(dots + 2), false);
            if (start && end && *end > *start) {
                TimeScale t{static_cast<double>(*start), static_cast<double>(*end)};
                a.set_time = zoom_about(t, (t.start + t.end) / 2, 1.0);  // clamps to the zoom limits
            } else {
                bad("not a range such as 2019-01-01..2025-12-31:");
            }
        } else if (key == "asof") {
            if (const auto d = day(value, false)) a.set_network_as_of = std::optional<long>(d);
            else bad("not a date");
        } else if (key == "lang") {
            if (const auto l = language_from_code(value)) a.set_language = l;
            else bad("unknown language");
        } else if (key == "theme") {
            if (value == "dark" || value == "light") a.set_dark = value == "dark";
            else bad("unknown theme");
        } else {
            warnings.push_back("link: unknown key '" + shown(key) + "', ignored");
        }
    }
    a.set_filters = filters;
    if (a.set_time) state.view.time_fitted = true;
    if (!a.select_entity) a.select_entity = std::string();
    state.selection.event.reset();
    state.selection.cited.reset();
    state.selection.flow.reset();
    apply_actions(state, a);
    if (select_article && !select_by_id(state, *select_article)) warnings.push_back("link: article: unknown '" + shown(*select_article) + "', ignored");
    if (select_event) {
        bool found = false;
        for (std::size_t i = 0; i < state.data.events.events.size() && !found; ++i) found = state.data.events.events[i].id == *select_event;
        if (found) select_by_id(state, *select_event);
        else warnings.push_back("link: event: unknown '" + shown(*select_event) + "', ignored");
    }
    if (a.show_view) state.view.current = *a.show_view;  // selecting an article must not override the linked view
    state.selection.about = std::move(about);  // after the selections above, which clear it
}

}  // namespace ds
