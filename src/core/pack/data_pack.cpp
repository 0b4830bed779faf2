#include "core/pack/data_pack.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/pack/pack_bytes.h"
#include "core/pack/reading_rules_stamp.h"
#include "core/text/text_file.h"
#include "core/text/utf8.h"

namespace ds {

namespace {

// [SECTION] writing

void put(PackWriter& w, ByteRange r) {
    w.size(r.begin);
    w.size(r.end);
}

void put(PackWriter& w, const Problem& p) {
    w.u8(static_cast<std::uint8_t>(p.severity));
    w.text(p.place);
    w.text(message_name(p.code));  // by name: codes may be renumbered between builds
    w.size(p.args.size());
    for (const auto& a : p.args) w.text(a);
}

void put(PackWriter& w, const std::vector<Problem>& problems) {
    w.size(problems.size());
    for (const Problem& p : problems) put(w, p);
}

void put(PackWriter& w, const std::vector<std::string>& list) {
    w.size(list.size());
    for (const auto& s : list) w.text(s);
}

void put(PackWriter& w, const std::vector<std::pair<std::string, std::string>>& pairs) {
    w.size(pairs.size());
    for (const auto& [key, value] : pairs) {
        w.text(key);
        w.text(value);
    }
}

void put(PackWriter& w, const Article& a) {
    for (const std::string* s : {&a.id, &a.file, &a.text, &a.title, &a.kicker, &a.subtitle, &a.publisher, &a.author, &a.language, &a.url}) w.text(*s);
    w.text(a.date.value);
    w.u8(static_cast<std::uint8_t>(a.date.precision));
    w.u8(static_cast<std::uint8_t>(a.date.source));
    w.text(a.date.basis);
    w.boolean(a.date.inferred);
    w.size(a.blocks.size());
    for (const Block& b : a.blocks) {
        w.u8(static_cast<std::uint8_t>(b.kind));
        w.u8(static_cast<std::uint8_t>(b.boilerplate));
        put(w, b.range);
        w.size(b.first_sentence);
        w.size(b.sentence_count);
    }
    w.size(a.sentences.size());
    for (const Sentence& s : a.sentences) {
        put(w, s.range);
        w.size(s.block);
    }
    put(w, a.problems);
}

void put(PackWriter& w, const Entity& e) {
    for (const std::string* s : {&e.id, &e.name, &e.kind, &e.description}) w.text(*s);
    put(w, e.aliases);
    w.size(e.relations.size());
    for (const EntityRelation& r : e.relations) {
        w.text(r.type);
        w.text(r.target);
        w.text(r.since);
    }
    put(w, e.sells);
    w.text(e.country);
    w.text(e.city);
}

void put(PackWriter& w, const Mention& m) {
    w.u8(static_cast<std::uint8_t>(m.kind));
    w.u8(static_cast<std::uint8_t>(m.qualifier));
    w.u8(static_cast<std::uint8_t>(m.in_boilerplate | m.vague << 1 | m.anchored << 2 | m.known << 3 | m.value.has_value() << 4));
    put(w, m.range);
    w.size(m.sentence);
    if (m.value) w.f64(*m.value);
    w.text(m.unit);
    w.text(m.counted);
    w.text(m.unsupported_currency);
    w.text(m.timex);
    w.text(m.precision);
    w.text(m.mod);
    w.text(m.entity_id);
    w.text(m.name);
    w.text(m.entity_kind);
}

void put(PackWriter& w, const Citation& c) {
    w.text(c.article);
    w.text(c.quote);
    put(w, c.range);
    w.size(c.sentences.size());
    for (std::size_t s : c.sentences) w.size(s);
}

void put(PackWriter& w, const Event& e) {
    for (const std::string* s : {&e.id, &e.type, &e.status, &e.date.value, &e.date.mod, &e.date.text}) w.text(*s);
    w.size(e.participants.size());
    for (const Participant& p : e.participants) {
        w.text(p.entity);
        w.text(p.role);
        w.text(p.name);
    }
    w.size(e.amounts.size());
    for (const Amount& a : e.amounts) {
        w.boolean(a.value.has_value());
        if (a.value) w.f64(*a.value);
        w.text(a.currency);
        w.text(a.unit);
        w.u8(static_cast<std::uint8_t>(a.qualifier));
        w.text(a.measures);
    }
    put(w, e.terms);
    put(w, e.terms_de);
    w.text(e.summary_de);
    w.text(e.summary_en);
    w.size(e.sources.size());
    for (const Citation& c : e.sources) put(w, c);
    w.text(e.claim);
    w.boolean(e.table.has_value());
    if (e.table) {
        w.text(e.table->file);
        w.size(e.table->row);
        w.text(e.table->url);
    }
}

void put(PackWriter& w, const Claim& c) {
    w.text(c.id);
    w.text(c.fact);
    w.text(c.fact_de);
    w.size(c.assertions.size());
    for (const ClaimAssertion& a : c.assertions) {
        put(w, a.source);
        w.text(a.says);
        w.text(a.says_de);
    }
    w.boolean(c.conflicting);
}

// [SECTION] reading

// Labels point at text that lives as long as the program: words read from a pack are kept once each.
Label kept_label(std::string_view text) {
    if (text.empty()) return {};
    static std::mutex mutex;
    static std::set<std::string, std::less<>> words;
    const std::lock_guard lock(mutex);
    auto it = words.find(text);
    if (it == words.end()) it = words.emplace(text).first;
    return Label(it->c_str());
}

template <typename E>
E get_enum(PackReader& r, E last) {
    const std::uint8_t v = r.u8();
    if (v > static_cast<std::uint8_t>(last)) r.fail("an unknown kind");
    return static_cast<E>(v);
}

ByteRange get_range(PackReader& r) {
    ByteRange range;
    range.begin = r.size();
    range.end = r.size();
    return range;
}

Problem get_problem(PackReader& r) {
    const auto severity = get_enum(r, Severity::error);
    std::string place = r.text();
    const std::string_view name = r.text_view();
    const auto code = message_from_name(name);
    std::vector<std::string> args(r.count(4));
    for (auto& a : args) a = r.text();
    if (!code || !message_args_fit(*code, args)) {
        r.fail("a problem of an unknown kind");
        return {};
    }
    return Problem(severity, std::move(place), *code, std::move(args));
}

std::vector<Problem> get_problems(PackReader& r) {
    std::vector<Problem> out(r.count(14));
    for (auto& p : out) p = get_problem(r);
    return out;
}

std::vector<std::string> get_strings(PackReader& r) {
    std::vector<std::string> out(r.count(4));
    for (auto& s : out) s = r.text();
    return out;
}

std::vector<std::pair<std::string, std::string>> get_pairs(PackReader& r) {
    std::vector<std::pair<std::string, std::string>> out(r.count(8));
    for (auto& [key, value] : out) {
        key = r.text();
        value = r.text();
    }
    return out;
}

Article get_article(PackReader& r) {
    Article a;
    for (std::string* s : {&a.id, &a.file, &a.text, &a.title, &a.kicker, &a.subtitle, &a.publisher, &a.author, &a.language, &a.url}) *s = r.text();
    a.date.value = r.text();
    a.date.precision = get_enum(r, DatePrecision::day);
    a.date.source = get_enum(r, DateSource::metadata);
    a.date.basis = r.text();
    a.date.inferred = r.boolean();
    a.blocks.resize(r.count(34));
    for (Block& b : a.blocks) {
        b.kind = get_enum(r, BlockKind::boilerplate);
        b.boilerplate = get_enum(r, BoilerplateKind::markup_debris);
        b.range = get_range(r);
        b.first_sentence = r.size();
        b.sentence_count = r.size();
    }
    a.sentences.resize(r.count(24));
    for (Sentence& s : a.sentences) {
        s.range = get_range(r);
        s.block = r.size();
    }
    a.problems = get_problems(r);
    return a;
}

Entity get_entity(PackReader& r) {
    Entity e;
    for (std::string* s : {&e.id, &e.name, &e.kind, &e.description}) *s = r.text();
    e.aliases = get_strings(r);
    e.relations.resize(r.count(12));
    for (EntityRelation& rel : e.relations) {
        rel.type = r.text();
        rel.target = r.text();
        rel.since = r.text();
    }
    e.sells = get_strings(r);
    e.country = r.text();
    e.city = r.text();
    return e;
}

Mention get_mention(PackReader& r) {
    Mention m;
    m.kind = get_enum(r, MentionKind::entity);
    m.qualifier = get_enum(r, Qualifier::total);
    const std::uint8_t flags = r.u8();
    if (flags >> 5) r.fail("unknown flags");
    m.in_boilerplate = flags & 1;
    m.vague = flags & 2;
    m.anchored = flags & 4;
    m.known = flags & 8;
    m.range = get_range(r);
    m.sentence = r.size();
    if (flags & 16) m.value = r.f64();
    m.unit = kept_label(r.text_view());
    m.counted = r.text();
    m.unsupported_currency = kept_label(r.text_view());
    m.timex = r.text();
    m.precision = kept_label(r.text_view());
    m.mod = kept_label(r.text_view());
    m.entity_id = r.text();
    m.name = r.text();
    m.entity_kind = kept_label(r.text_view());
    return m;
}

Citation get_citation(PackReader& r) {
    Citation c;
    c.article = r.text();
    c.quote = r.text();
    c.range = get_range(r);
    c.sentences.resize(r.count(8));
    for (std::size_t& s : c.sentences) s = r.size();
    return c;
}

Event get_event(PackReader& r) {
    Event e;
    for (std::string* s : {&e.id, &e.type, &e.status, &e.date.value, &e.date.mod, &e.date.text}) *s = r.text();
    e.participants.resize(r.count(12));
    for (Participant& p : e.participants) {
        p.entity = r.text();
        p.role = r.text();
        p.name = r.text();
    }
    e.amounts.resize(r.count(14));
    for (Amount& a : e.amounts) {
        if (r.boolean()) a.value = r.f64();
        a.currency = r.text();
        a.unit = r.text();
        a.qualifier = get_enum(r, Qualifier::total);
        a.measures = r.text();
    }
    e.terms = get_pairs(r);
    e.terms_de = get_pairs(r);
    e.summary_de = r.text();
    e.summary_en = r.text();
    e.sources.resize(r.count(32));
    for (Citation& c : e.sources) c = get_citation(r);
    e.claim = r.text();
    if (r.boolean()) {
        TableOrigin t;
        t.file = r.text();
        t.row = r.size();
        t.url = r.text();
        e.table = std::move(t);
    }
    return e;
}

Claim get_claim(PackReader& r) {
    Claim c;
    c.id = r.text();
    c.fact = r.text();
    c.fact_de = r.text();
    c.assertions.resize(r.count(40));
    for (ClaimAssertion& a : c.assertions) {
        a.source = get_citation(r);
        a.says = r.text();
        a.says_de = r.text();
    }
    c.conflicting = r.boolean();
    return c;
}

// [SECTION] checking what was read: every index and range points inside what it names, so the views
// can trust a pack as they trust what the loader made.

bool inside(ByteRange r, std::size_t size) { return r.begin <= r.end && r.end <= size; }

const char* check_article(const Article& a) {
    for (const Block& b : a.blocks) {
        if (!inside(b.range, a.text.size())) return "a block lies outside its article";
        if (b.first_sentence > a.sentences.size() || b.sentence_count > a.sentences.size() - b.first_sentence) return "a block names sentences it does not have";
    }
    for (const Sentence& s : a.sentences) {
        if (!inside(s.range, a.text.size()) || s.block >= a.blocks.size()) return "a sentence lies outside its article";
    }
    return nullptr;
}

// Articles by id: a quote names its article, and 100 000 events over 10 000 articles looked up one
// by one took seconds.
using ArticlesById = std::unordered_map<std::string_view, const Article*>;

const char* check_citation(const Citation& c, const ArticlesById& articles) {
    const auto it = articles.find(c.article);
    if (it == articles.end()) return "a quote names an article the pack does not hold";
    const Article& a = *it->second;
    if (!inside(c.range, a.text.size())) return "a quote lies outside its article";
    for (std::size_t s : c.sentences) {
        if (s >= a.sentences.size()) return "a quote names a sentence its article does not have";
    }
    return nullptr;
}

const char* check_contents(const PackedData& d) {
    std::unordered_set<std::string_view> ids;
    ids.reserve(d.entities.size());
    for (const Entity& e : d.entities) {
        if (e.id.empty() || !ids.insert(e.id).second) return "two entities have one id";
    }
    ArticlesById articles;
    articles.reserve(d.corpus.articles.size());
    for (const Article& a : d.corpus.articles) {
        if (const char* why = check_article(a)) return why;
        articles.emplace(a.id, &a);
    }
    if (d.mentions.size() != d.corpus.articles.size()) return "the mentions are not one list per article";
    for (std::size_t i = 0; i < d.mentions.size(); ++i) {
        const Article& a = d.corpus.articles[i];
        for (const Mention& m : d.mentions[i]) {
            if (!inside(m.range, a.text.size()) || m.sentence >= a.sentences.size()) return "a mention lies outside its article";
            if (!m.entity_id.empty() && !ids.count(m.entity_id)) return "a mention names an entity the pack does not hold";
        }
    }
    for (const Event& e : d.events.events) {
        for (const Participant& p : e.participants) {
            if (!p.entity.empty() && !ids.count(p.entity)) return "an event names an entity the pack does not hold";
        }
        for (const Citation& c : e.sources) {
            if (const char* why = check_citation(c, articles)) return why;
        }
    }
    for (const Claim& c : d.events.claims) {
        for (const ClaimAssertion& a : c.assertions) {
            if (const char* why = check_citation(a.source, articles)) return why;
        }
    }
    return nullptr;
}

constexpr std::size_t kHeaderFixed = sizeof kPackSignature + 4;  // signature, format; then the stamp, length, checksum

}  // namespace

const char* reading_rules_stamp() { return DEALSCOPE_READING_RULES_STAMP; }

std::string write_pack(const PackedData& d) {
    PackWriter body;
    put(body, d.corpus.problems);
    body.size(d.corpus.articles.size());
    for (const Article& a : d.corpus.articles) put(body, a);
    body.size(d.entities.size());
    for (const Entity& e : d.entities) put(body, e);
    body.size(d.mentions.size());
    for (std::size_t i = 0; i < d.mentions.size(); ++i) {
        body.boolean(i < d.annotated.size() && d.annotated[i]);
        body.size(d.mentions[i].size());
        for (const Mention& m : d.mentions[i]) put(body, m);
    }
    body.size(d.events.events.size());
    for (const Event& e : d.events.events) put(body, e);
    body.size(d.events.claims.size());
    for (const Claim& c : d.events.claims) put(body, c);
    body.size(d.explorer_section.size());
    body.bytes() += d.explorer_section;

    return framed_pack(body.bytes());
}

std::string framed_pack(std::string_view body) {
    PackWriter out;
    out.bytes().reserve(body.size() + 64);
    out.bytes().append(kPackSignature, sizeof kPackSignature);
    out.u32(kPackFormat);
    out.text(reading_rules_stamp());
    out.u64(body.size());
    out.u64(pack_checksum(body));
    out.bytes() += body;
    return std::move(out.bytes());
}

namespace {
struct PackHeader {
    std::size_t body_at = 0;
    std::uint64_t length = 0;
    std::uint64_t checksum = 0;
};

// The header, from `start` (the first bytes of a pack `total` bytes long), checked against the file's
// length; a problem when it is not a pack of this format and reading rules, or is cut short.
std::variant<PackHeader, Problem> read_header(std::string_view start, std::uint64_t total, const std::string& place) {
    if (start.size() < sizeof kPackSignature || std::memcmp(start.data(), kPackSignature, sizeof kPackSignature) != 0) {
        return Problem(Severity::error, place, MessageCode::pack_not_a_pack);
    }
    PackReader header(start.substr(sizeof kPackSignature), sizeof kPackSignature);
    const std::uint32_t format = header.u32();
    if (header.failed()) return Problem(Severity::error, place, MessageCode::pack_truncated, {std::to_string(total), std::to_string(kHeaderFixed)});
    if (format != kPackFormat) {
        return Problem(Severity::error, place, MessageCode::pack_other_format, {std::to_string(format), std::to_string(kPackFormat)});
    }
    const std::string stamp(header.bytes(header.u32()));  // any bytes: shown cleaned if it is not ours
    PackHeader h;
    h.length = header.u64();
    h.checksum = header.u64();
    if (header.failed()) {
        const std::size_t header_size = kHeaderFixed + 4 + std::strlen(reading_rules_stamp()) + 16;
        return Problem(Severity::error, place, MessageCode::pack_truncated, {std::to_string(total), std::to_string(header_size)});
    }
    if (stamp != reading_rules_stamp()) {
        return Problem(Severity::error, place, MessageCode::pack_other_rules, {sanitize_utf8(truncate_utf8(stamp, 40)), reading_rules_stamp()});
    }
    h.body_at = header.offset();
    const std::uint64_t body_size = total - h.body_at;
    if (h.length > body_size) {
        return Problem(Severity::error, place, MessageCode::pack_truncated, {std::to_string(total), std::to_string(h.body_at + h.length)});
    }
    if (h.length < body_size) return Problem(Severity::error, place, MessageCode::pack_damaged, {"bytes follow its end"});
    return h;
}

std::variant<PackedData, Problem> read_body(PackReader& r, const std::string& place) {
    PackedData d;
    d.corpus.problems = get_problems(r);
    d.corpus.articles.resize(r.count(75));
    for (Article& a : d.corpus.articles) a = get_article(r);
    d.entities.resize(r.count(40));
    for (Entity& e : d.entities) e = get_entity(r);
    d.mentions.resize(r.count(9));
    d.annotated.resize(d.mentions.size());
    for (std::size_t i = 0; i < d.mentions.size(); ++i) {
        d.annotated[i] = r.boolean();
        d.mentions[i].resize(r.count(60));
        for (Mention& m : d.mentions[i]) m = get_mention(r);
        if (!d.annotated[i] && !d.mentions[i].empty()) r.fail("an article not annotated has mentions");
    }
    d.events.events.resize(r.count(77));
    for (Event& e : d.events.events) e = get_event(r);
    d.events.claims.resize(r.count(21));
    for (Claim& c : d.events.claims) c = get_claim(r);
    const std::size_t section = r.count(1);
    d.explorer_section = std::string(r.bytes(section));
    if (!r.failed() && !r.at_end()) r.fail("bytes follow the last record");
    if (r.failed()) return Problem(Severity::error, place + ":byte " + std::to_string(r.failed_at()), MessageCode::pack_damaged, {r.failure()});
    if (const char* why = check_contents(d)) return Problem(Severity::error, place, MessageCode::pack_damaged, {why});
    return d;
}
}  // namespace

std::variant<PackedData, Problem> read_pack(std::string_view bytes, const std::string& place) {
    auto header = read_header(bytes, bytes.size(), place);
    if (auto* problem = std::get_if<Problem>(&header)) return std::move(*problem);
    const PackHeader& h = std::get<PackHeader>(header);
    const std::string_view body = bytes.substr(h.body_at);
    if (pack_checksum(body) != h.checksum) return Problem(Severity::error, place, MessageCode::pack_checksum);
    PackReader r(body, h.body_at);
    return read_body(r, place);
}

std::variant<PackedData, Problem> read_pack_file(const std::filesystem::path& path, const std::string& place, std::size_t max_bytes,
                                                 std::size_t window) {
    auto size = checked_file_size(path, max_bytes);
    if (auto* problem = std::get_if<Problem>(&size)) {
        problem->place = place;
        return std::move(*problem);
    }
    const std::uint64_t total = std::get<std::uint64_t>(size);
    std::ifstream in(path, std::ios::binary);
    if (!in) return Problem(Severity::error, place, MessageCode::cannot_open, {std::strerror(errno)});
    // The header: signature, format and the stamp's length first, then as much as that says (a
    // foreign stamp can be of any length), so that it is read as read_pack reads it.
    std::string start;
    const auto read_start = [&](std::uint64_t n) {
        start.resize(static_cast<std::size_t>(std::min(total, n)));
        in.seekg(0);
        in.read(start.data(), static_cast<std::streamsize>(start.size()));
        return in.gcount() == static_cast<std::streamsize>(start.size());
    };
    constexpr std::size_t kStampAt = kHeaderFixed + 4;
    bool complete = read_start(kStampAt);
    if (complete && start.size() == kStampAt) {
        std::uint32_t stamp_size = 0;
        for (int i = 0; i < 4; ++i) stamp_size |= std::uint32_t{static_cast<std::uint8_t>(start[kHeaderFixed + i])} << (8 * i);
        complete = read_start(std::uint64_t{kStampAt} + stamp_size + 16);
    }
    if (!complete) return Problem(Severity::error, place, MessageCode::read_failed, {std::to_string(in.gcount())});
    auto header = read_header(start, total, place);
    if (auto* problem = std::get_if<Problem>(&header)) return std::move(*problem);
    const PackHeader& h = std::get<PackHeader>(header);
    in.seekg(static_cast<std::streamoff>(h.body_at));
    PackChecksum sum(h.length);
    const auto fill = [&in](char* to, std::size_t n) {
        in.read(to, static_cast<std::streamsize>(n));
        return static_cast<std::size_t>(in.gcount());
    };
    PackReader r(fill, static_cast<std::size_t>(h.length), h.body_at, &sum, window);
    auto read = read_body(r, place);
    r.drain();
    if (sum.value() != h.checksum) return Problem(Severity::error, place, MessageCode::pack_checksum);
    return read;
}

}  // namespace ds
