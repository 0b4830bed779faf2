// dealscope-cli: the core without a UI. Each command prints JSON on stdout and problems on stderr.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <type_traits>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotate/annotate.h"
#include "core/articles/article_json.h"
#include "core/articles/article_parser.h"
#include "core/articles/corpus.h"
#include "core/articles/date_text.h"
#include "core/json/json_write.h"
#include "core/events/event_extractor.h"
#include "core/events/event_json.h"
#include "core/events/event_loader.h"
#include "core/events/event_table.h"
#include "explorer/derived.h"
#include "explorer/picture/view_picture.h"
#include "explorer/view_link.h"
#include "explorer/view_state.h"
#include "core/annotate/gazetteer.h"
#include "core/annotate/mention_json.h"
#include "core/tables/table_export.h"
#include "core/tables/table_format.h"
#include "core/tables/table_import.h"
#include "core/text/text_file.h"
#include "cli/article_input.h"
#include "cli/corpus_commands.h"
#include "cli/pack_command.h"
#include "cli/synthetic_corpus.h"
#include "core/version.h"

namespace {

using ds::cli::ArticleArgs;
using ds::cli::load_article;
using ds::cli::load_entities;
using ds::cli::print_problems;

const char* const kUsage =
    "usage: dealscope-cli [--help] [--version] <command> [args]\n"
    "\n"
    "Reads news articles about AI investment and compute deals and prints what it finds as JSON.\n"
    "\n"
    "commands:\n"
    "  parse FILE [--meta META.json]   the article's metadata, blocks and sentences with byte ranges\n"
    "                                  (FILE.meta.json next to FILE is used when --meta is not given)\n"
    "  annotate FILE [--meta META.json] [--date YYYY-MM[-DD]] [--entities ENTITIES.json]\n"
    "                                  parse, plus money, quantity, date, duration and entity mentions;\n"
    "                                  --date resolves relative dates (\"im März\") against that date\n"
    "  extract FILE [--meta META.json] [--date YYYY-MM[-DD]] [--entities ENTITIES.json]\n"
    "                                  candidate events found by rules, in the shape of events.json entries\n"
    "                                  plus a confidence (at most 12 per sentence)\n"
    "                                  parse, annotate and extract refuse a FILE over 5 MB (5242880 bytes);\n"
    "                                  --max-bytes N raises the limit to N bytes\n"
    "  extract FILE|DIR... --jsonl|--merge [--entities ENTITIES.json]\n"
    "                                  many articles (folders searched for .txt and .md): one JSON line per\n"
    "                                  article with its candidates, or --merge: one event per deal with\n"
    "                                  every source, claims where sources disagree, why each merge was made\n"
    "  merge FILE...                   merges the JSON Lines of extract --jsonl (the same bytes whatever\n"
    "                                  the order of files or lines); a bad line is named and left out\n"
    "  extract ... --jsonl --split N DIR  the lines in DIR/part-K.jsonl by merge part (the map's shuffle)\n"
    "  merge FILE... --part K/N        only the deals of part K of N, for a reduce spread over machines\n"
    "  merge --combine PART...         the parts put together: the same bytes as one merge of all\n"
    "  validate [DATA_DIR]             check DATA_DIR/events.json (default: the assets folder) against its\n"
    "                                  articles and entities.json; prints every problem, exit 2 if any error\n"
    "  pack DATA_DIR OUT               a prepared corpus: DATA_DIR's articles parsed, annotated, with its\n"
    "                                  entities and events, in one versioned, checksummed file the page\n"
    "                                  reads instead (?pack=URL; docs/data-format.md). Checked as the app\n"
    "                                  checks the folder: every problem printed, none written on an error\n"
    "  pack --check PACK               reads a pack as the page does: what it holds as JSON, or why it is\n"
    "                                  refused (exit 2)\n"
    "  events-table [DATA_DIR]         every valid event as an HTML <table> (date, participants, amount,\n"
    "                                  status, source and quote), for the page's <noscript> fallback\n"
    "  import FILE [--format auto|dealscope|timelinejs|kumu|flourish] [--data DATA_DIR]\n"
    "                                  a spreadsheet (.csv, or .tsv as a copied range) of deals as a\n"
    "                                  dealscope user-data document the app imports: its events, and the\n"
    "                                  names entities.json does not know as new entities. The layout is\n"
    "                                  found from the header (docs/data-format.md); each bad row is named\n"
    "                                  on stderr (line, column, why) and left out; exit 2 if any was\n"
    "  export [DATA_DIR] --format dealscope|timelinejs|kumu-connections|kumu-elements|flourish-links|\n"
    "         flourish-points|flourish-timeline [--tsv]\n"
    "                                  every valid event of DATA_DIR (default: the assets folder) as a\n"
    "                                  table in that layout (CSV; --tsv: tab-separated)\n"
    "  picture [DATA_DIR] --view timeline|network|flows [--size WxH] [--link LINK]\n"
    "                                  the view as an SVG picture with title, key and source line, as the\n"
    "                                  page's Image button saves it (--link: filters, language, selection\n"
    "                                  as a page link gives them: \"#lang=de&types=compute_deal\")\n"
    "  synth --articles N --events M [--entities K] [--seed S] OUT_DIR\n"
    "                                  a deterministic synthetic data set in the shape of assets/: German\n"
    "                                  articles from varied sentence patterns, entities.json with K names\n"
    "                                  (default 200), events.json whose events quote their sentences;\n"
    "                                  load it with the app's --assets OUT_DIR or the web build's\n"
    "                                  -DDEALSCOPE_WEB_DATA=OUT_DIR\n"
    "\n"
    "exit status: 0 ok, 1 usage error, 2 input error (message on stderr naming file and byte offset)\n";

int usage_error(const std::string& message) {
    std::fprintf(stderr, "dealscope-cli: %s\n\n%s", message.c_str(), kUsage);
    return 1;
}

// Reads FILE [--meta M] [--date D] [--entities E]; `allow_annotate_options` admits the last two.
std::optional<ArticleArgs> parse_article_args(const std::string& command, const std::vector<std::string>& args, bool allow_annotate_options,
                                              int& exit_code) {
    ArticleArgs out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool has_value = i + 1 < args.size();
        if (args[i] == "--meta" && has_value) {
            out.meta_file = args[++i];
        } else if (args[i] == "--max-bytes" && has_value) {
            const std::string& n = args[++i];
            char* end = nullptr;
            errno = 0;
            const unsigned long long value = std::strtoull(n.c_str(), &end, 10);
            if (n.empty() || !std::isdigit(static_cast<unsigned char>(n[0])) || *end != '\0' || errno == ERANGE || value == 0) {
                exit_code = usage_error(command + ": --max-bytes takes a positive whole number of bytes, not '" + n + "'");
                return std::nullopt;
            }
            out.max_bytes = static_cast<std::size_t>(value);
        } else if (allow_annotate_options && args[i] == "--date" && has_value) {
            out.date = args[++i];
        } else if (allow_annotate_options && args[i] == "--entities" && has_value) {
            out.entities = args[++i];
        } else if (!args[i].starts_with("--") && out.file.empty()) {
            out.file = args[i];
        } else {
            exit_code = usage_error(command + ": unexpected argument '" + args[i] + "'");
            return std::nullopt;
        }
    }
    if (out.file.empty()) {
        exit_code = usage_error(command + ": which FILE?");
        return std::nullopt;
    }
    if (!out.date.empty() && !ds::parse_calendar_date(out.date)) {
        exit_code = usage_error(command + ": --date takes YYYY, YYYY-MM or YYYY-MM-DD, not '" + out.date + "'");
        return std::nullopt;
    }
    return out;
}

// An article's blocks and sentences, written one at a time.
std::vector<ds::StreamedArray> article_arrays(const ds::Article& article) {
    return {{"blocks", article.blocks.size(), [&](std::size_t i) { return ds::block_json(article, i); }},
            {"sentences", article.sentences.size(), [&](std::size_t i) { return ds::sentence_json(article, i); }}};
}

int run_parse(const std::vector<std::string>& args) {
    int exit_code = 0;
    const auto a = parse_article_args("parse", args, false, exit_code);
    if (!a) return exit_code;
    auto loaded = load_article(*a);
    if (auto* code = std::get_if<int>(&loaded)) return *code;
    const auto& article = std::get<ds::Article>(loaded);
    print_problems(article.problems);
    std::fflush(stdout);
    ds::write_json_streamed(std::cout, ds::article_head_json(article), article_arrays(article));
    return 0;
}

// What annotate and extract both start from: the parsed article, its gazetteer and mentions.
struct AnnotatedInput {
    ArticleArgs args;
    ds::Article article;
    ds::Gazetteer gazetteer;
    std::vector<ds::Mention> mentions;
};

std::variant<AnnotatedInput, int> load_annotated(const std::string& command, const std::vector<std::string>& argv) {
    int exit_code = 0;
    const auto a = parse_article_args(command, argv, true, exit_code);
    if (!a) return exit_code;
    auto loaded = load_article(*a);
    if (auto* code = std::get_if<int>(&loaded)) return *code;
    print_problems(std::get<ds::Article>(loaded).problems);
    auto entities = load_entities(*a);
    if (auto* code = std::get_if<int>(&entities)) return *code;
    AnnotatedInput in{*a, std::move(std::get<ds::Article>(loaded)), std::move(std::get<ds::Gazetteer>(entities)), {}};
    ds::AnnotateOptions options;
    if (!a->date.empty()) {
        options.date = a->date;
        // --date is the article's date for everything: relative dates and the candidates' dates.
        if (const auto date = ds::parse_calendar_date(a->date)) {
            in.article.date = {date->iso(), date->precision, ds::DateSource::metadata, "--date " + a->date};
        }
    }
    in.mentions = ds::annotate_article(in.article, in.gazetteer, options);
    return in;
}

int run_annotate(const std::vector<std::string>& args) {
    auto loaded = load_annotated("annotate", args);
    if (auto* code = std::get_if<int>(&loaded)) return *code;
    const auto& in = std::get<AnnotatedInput>(loaded);
    for (const auto& m : in.mentions) {
        if (!m.unsupported_currency.empty()) {
            print_problems({{ds::Severity::warning, in.args.file + ":byte " + std::to_string(m.range.begin), ds::MessageCode::unsupported_currency,
                             {m.unsupported_currency.str()}}});
        }
    }
    auto arrays = article_arrays(in.article);
    arrays.push_back({"mentions", in.mentions.size(), [&](std::size_t i) { return ds::mention_to_json(in.article, in.mentions[i]); }});
    std::fflush(stdout);
    ds::write_json_streamed(std::cout, ds::article_head_json(in.article), arrays);
    return 0;
}

int run_extract(const std::vector<std::string>& args) {
    // A folder or the corpus flags: many articles at once (cli/corpus_commands.h).
    const bool corpus = std::any_of(args.begin(), args.end(), [](const std::string& a) {
        std::error_code error;
        return a == "--merge" || a == "--jsonl" || (!a.starts_with("--") && std::filesystem::is_directory(a, error));
    });
    if (corpus) return ds::cli::run_extract_corpus(args);
    auto loaded = load_annotated("extract", args);
    if (auto* code = std::get_if<int>(&loaded)) return *code;
    const auto& in = std::get<AnnotatedInput>(loaded);
    nlohmann::json candidates = nlohmann::json::array();
    std::vector<ds::Problem> notes;
    for (const auto& c : ds::extract_candidates(in.article, in.mentions, in.gazetteer, &notes)) {
        auto j = ds::event_to_json(c.event);
        j["confidence"] = c.confidence;
        candidates.push_back(std::move(j));
    }
    print_problems(notes);
    std::printf("%s\n", nlohmann::json{{"article", in.article.id}, {"candidates", std::move(candidates)}}.dump(2).c_str());
    return 0;
}

// A data folder (articles/, entities.json, events.json) loaded and validated; the problems are
// printed. None when events.json cannot be read at all.
struct DataDir {
    ds::Corpus corpus;
    ds::Gazetteer gazetteer;
    ds::EventStore store;
    std::vector<ds::Problem> problems;
};

std::optional<DataDir> load_data_dir(const std::string& dir) {
    DataDir d;
    d.corpus = ds::load_corpus(dir + "/articles");
    d.problems = d.corpus.problems;
    d.gazetteer = ds::load_gazetteer(dir, d.problems);
    const std::string file = dir + "/events.json";
    auto text = ds::read_text_file(file, std::size_t{512} << 20);
    if (auto* problem = std::get_if<ds::Problem>(&text)) {
        d.problems.push_back(*problem);
        print_problems(d.problems);
        return std::nullopt;
    }
    d.store = ds::parse_events(std::get<std::string>(text), file, d.corpus.articles, d.gazetteer, d.problems);
    print_problems(d.problems);
    return d;
}

int run_events_table(const std::vector<std::string>& args) {
    if (args.size() > 1 || (args.size() == 1 && args[0].starts_with("--"))) return usage_error("events-table: takes at most one DATA_DIR");
    const auto d = load_data_dir(args.empty() ? DEALSCOPE_DEFAULT_ASSETS_DIR : args[0]);
    if (!d) return 2;
    const auto ordered = ds::in_time_order(d->store, ds::filtered_events(d->store, {}));
    const auto rows = ds::event_rows(d->store, ordered, d->gazetteer, d->corpus.articles, ds::Language::en);
    std::fputs(ds::event_rows_html(rows, "Deals and events in the articles, with sources").c_str(), stdout);
    return 0;
}

int run_validate(const std::vector<std::string>& args) {
    if (args.size() > 1 || (args.size() == 1 && args[0].starts_with("--"))) return usage_error("validate: takes at most one DATA_DIR");
    const auto d = load_data_dir(args.empty() ? DEALSCOPE_DEFAULT_ASSETS_DIR : args[0]);
    if (!d) return 2;
    const auto errors = std::count_if(d->problems.begin(), d->problems.end(), [](const ds::Problem& p) { return p.severity == ds::Severity::error; });
    std::printf("%s\n", nlohmann::json{{"articles", d->corpus.articles.size()}, {"entities", d->gazetteer.entities.size()},
                                        {"events", d->store.events.size()}, {"claims", d->store.claims.size()}, {"errors", errors},
                                        {"warnings", static_cast<long>(d->problems.size()) - errors}}.dump().c_str());
    return errors ? 2 : 0;
}

int run_import(const std::vector<std::string>& args) {
    std::string file, format_name = "auto", data_dir = DEALSCOPE_DEFAULT_ASSETS_DIR;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size()) format_name = args[++i];
        else if (args[i] == "--data" && i + 1 < args.size()) data_dir = args[++i];
        else if (args[i].starts_with("--") || !file.empty()) return usage_error("import: unexpected argument '" + args[i] + "'");
        else file = args[i];
    }
    if (file.empty()) return usage_error("import: which FILE?");
    ds::TableImportOptions options;
    if (!ds::table_format_from_name(format_name, options.format, options.family))
        return usage_error(ds::word_message(ds::MessageCode::table_unknown_format_name, {format_name}, ds::Language::en));
    auto text = ds::read_text_file(file, std::size_t{64} << 20);
    if (auto* problem = std::get_if<ds::Problem>(&text)) {
        print_problems({*problem});
        return 2;
    }
    const auto d = load_data_dir(data_dir);
    if (!d) return 2;
    options.articles = &d->corpus.articles;
    const ds::TableImport table = ds::import_table(std::get<std::string>(text), file, d->gazetteer, options);
    print_problems(table.problems);
    nlohmann::json entities = nlohmann::json::array(), events = nlohmann::json::array();
    for (const auto& e : table.new_entities) entities.push_back(nlohmann::json::parse(ds::entity_json_text(e)));
    for (const auto& e : table.events) events.push_back(ds::event_to_json(e));
    std::fprintf(stderr, "%s (%s): %zu rows, %zu events, %zu new names, %zu rows left out\n", file.c_str(), ds::table_format_row(table.format).label,
                 table.rows, table.events.size(), table.new_entities.size(), table.rows_skipped);
    std::printf("%s\n", nlohmann::json{{"format", "dealscope-user-data"}, {"version", 1}, {"articles", nlohmann::json::array()},
                                        {"entities", std::move(entities)}, {"events", std::move(events)}}.dump(1).c_str());
    const bool errors = std::any_of(table.problems.begin(), table.problems.end(), [](const ds::Problem& p) { return p.severity == ds::Severity::error; });
    return errors ? 2 : 0;
}

int run_export(const std::vector<std::string>& args) {
    std::string data_dir = DEALSCOPE_DEFAULT_ASSETS_DIR, format_name;
    char delimiter = ',';
    bool dir_given = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size()) format_name = args[++i];
        else if (args[i] == "--tsv") delimiter = '\t';
        else if (args[i].starts_with("--") || dir_given) return usage_error("export: unexpected argument '" + args[i] + "'");
        else {
            data_dir = args[i];
            dir_given = true;
        }
    }
    std::optional<ds::TableFormat> format;
    std::string family;
    if (format_name.empty()) return usage_error("export: which --format?");
    if (!ds::table_format_from_name(format_name, format, family) || family.empty())
        return usage_error(ds::word_message(ds::MessageCode::table_unknown_format_name, {format_name}, ds::Language::en));
    // A family's name alone: its sheet of links ("kumu" → Kumu's connections).
    if (!format) format = family == "kumu" ? ds::TableFormat::kumu_connections : family == "flourish" ? ds::TableFormat::flourish_links : ds::TableFormat::dealscope;
    const auto d = load_data_dir(data_dir);
    if (!d) return 2;
    const auto ordered = ds::in_time_order(d->store, ds::filtered_events(d->store, {}));
    std::fputs(ds::export_table(d->store, ordered, d->gazetteer, d->corpus.articles, *format, delimiter).c_str(), stdout);
    if (*format == ds::TableFormat::kumu_connections || *format == ds::TableFormat::flourish_links) {
        if (const std::size_t left_out = ds::events_without_link(d->store, ordered, d->gazetteer))
            std::fprintf(stderr, "note: %zu event(s) name only one party and have no row in a sheet of links\n", left_out);
    }
    return 0;
}

int run_picture(const std::vector<std::string>& args) {
    std::string data_dir = DEALSCOPE_DEFAULT_ASSETS_DIR, view_name, link;
    ds::PictureSize size;
    bool dir_given = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool has_value = i + 1 < args.size();
        if (args[i] == "--view" && has_value) view_name = args[++i];
        else if (args[i] == "--link" && has_value) link = args[++i];
        else if (args[i] == "--size" && has_value) {
            int w = 0, h = 0;
            if (std::sscanf(args[++i].c_str(), "%dx%d", &w, &h) != 2 || w < 320 || h < 320 || w > 20000 || h > 20000)
                return usage_error("picture: --size takes WxH from 320x320 to 20000x20000, not '" + args[i] + "'");
            size = {static_cast<float>(w), static_cast<float>(h)};
        } else if (args[i].starts_with("--") || dir_given) return usage_error("picture: unexpected argument '" + args[i] + "'");
        else {
            data_dir = args[i];
            dir_given = true;
        }
    }
    const auto view = ds::view_from_name(view_name);
    if (!view || !ds::view_has_picture(*view)) return usage_error("picture: --view takes timeline, network or flows");
    ds::AppState state = ds::load_app_state(data_dir);
    print_problems(ds::all_problems(state));
    std::vector<std::string> warnings;
    if (!link.empty()) ds::apply_link(state, link, warnings);
    for (const auto& w : warnings) std::fprintf(stderr, "warning: --link: %s\n", w.c_str());
    state.view.current = *view;
    ds::refresh_derived(state);
    std::fputs(ds::view_svg(state, *view, size)->c_str(), stdout);
    return 0;
}

int run_synth(const std::vector<std::string>& args) {
    ds::SynthOptions options;
    std::string out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        // A whole number within [least, most]; a count past the limits would run for hours or wrap.
        auto number = [&](auto& field, unsigned long long least, unsigned long long most) {
            const std::string& v = args[++i];
            char* end = nullptr;
            errno = 0;
            const unsigned long long n = std::strtoull(v.c_str(), &end, 10);
            if (v.empty() || !std::isdigit(static_cast<unsigned char>(v[0])) || *end != '\0' || errno == ERANGE || n < least || n > most) return false;
            field = static_cast<std::remove_reference_t<decltype(field)>>(n);
            return true;
        };
        if (a == "--articles" && has_value) {
            if (!number(options.articles, 1, 1'000'000)) return usage_error("synth: --articles takes a number from 1 to 1000000");
        } else if (a == "--events" && has_value) {
            if (!number(options.events, 0, 10'000'000)) return usage_error("synth: --events takes a number from 0 to 10000000");
        } else if (a == "--entities" && has_value) {
            if (!number(options.entities, 2, 1'000'000)) return usage_error("synth: --entities takes a number from 2 to 1000000");
        } else if (a == "--seed" && has_value) {
            if (!number(options.seed, 0, UINT32_MAX)) return usage_error("synth: --seed takes a number from 0 to 4294967295");
        } else if (!a.starts_with("--") && out.empty()) {
            out = a;
        } else {
            return usage_error("synth: unexpected argument '" + a + "'");
        }
    }
    if (out.empty()) return usage_error("synth: OUT_DIR is missing");
    std::size_t bytes = 0, count = 0;
    for (const ds::SynthFile& f : ds::synthesize_corpus(options)) {
        // Plain writes: a benchmark data set is made again rather than kept safe (fsync per file took seconds).
        const auto path = std::filesystem::path(out) / f.name;
        std::error_code ec;
        std::filesystem::create_directories(path.parent_path(), ec);
        std::ofstream file(path, std::ios::binary);
        if (ec || !file.write(f.content.data(), static_cast<std::streamsize>(f.content.size()))) {
            print_problems({{ds::Severity::error, path.generic_string(), ds::MessageCode::cannot_write}});
            return 2;
        }
        bytes += f.content.size();
        ++count;
    }
    std::printf("%s\n", nlohmann::json{{"dir", out}, {"files", count}, {"bytes", bytes}, {"articles", options.articles},
                                        {"events", options.events}, {"entities", options.entities}, {"seed", options.seed}}.dump().c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage_error("no command given");
    const std::string command = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (command == "--version") {
        std::printf("dealscope-cli %s\n", ds::kVersion);
        return 0;
    }
    if (command == "parse") return run_parse(args);
    if (command == "annotate") return run_annotate(args);
    if (command == "validate") return run_validate(args);
    if (command == "extract") return run_extract(args);
    if (command == "merge") return ds::cli::run_merge(args);
    if (command == "events-table") return run_events_table(args);
    if (command == "pack") return ds::cli::run_pack(args);
    if (command == "synth") return run_synth(args);
    if (command == "import") return run_import(args);
    if (command == "export") return run_export(args);
    if (command == "picture") return run_picture(args);
    return usage_error("unknown command '" + command + "'");
}
