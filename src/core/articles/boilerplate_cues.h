#pragma once
// What page furniture looks like in scraped German and English news text, one line at a time.
// The parser decides from these and from where a line sits (before the title, after the body).
#include <cstddef>
#include <optional>
#include <string_view>

#include "core/articles/article.h"

namespace ds::cues {

// The line is exactly a piece of site navigation ("Kategorien:", "Artikel jetzt als Podcast anhören").
bool is_navigation(std::string_view line);
// A breadcrumb trail or a menu bar: "Home > Wirtschaft > Unternehmen", "News › Tech", "Home | Märkte | Aktien".
bool is_breadcrumb(std::string_view line);
// "Neue Stellenangebote" … "Alle Stellenanzeigen".
bool starts_job_ads(std::string_view line);
bool ends_job_ads(std::string_view line);
// "Über den Autor", "About the author".
bool starts_author_bio(std::string_view line);
// "Auch interessant:", "Mehr zum Thema", "Read more".
bool starts_related_links(std::string_view line);
// "Quellen", "Sources", "Einzelnachweise".
bool starts_source_list(std::string_view line);
// A line that is (mostly) a URL or a list entry carrying one.
bool carries_url(std::string_view line);
// "Wie können wir Ihnen heute helfen?", newsletter and subscription prompts.
bool is_call_to_action(std::string_view line);
// Formal address to the reader ("Ihnen", "Sie") — in the tail of an article, a site talking.
bool addresses_reader(std::string_view line);
// "Pixabay.com / ClearCutLtd", "Foto: dpa", "© Getty Images".
bool is_image_credit(std::string_view line);
// "geschrieben von Maria Gramsch", "Von Anna Berger", "By Jane Doe": the author's name, if any.
std::optional<std::string_view> byline_author(std::string_view line);
// "Freigegeben:", "Veröffentlicht am 3. Mai 2024": the label's length (the date may follow).
std::size_t date_label_length(std::string_view line);
// "Microsoft, OpenAI, ChatGPT": a comma-separated list of short names (a tag line).
bool is_tag_line(std::string_view line);
// A stray HTML fragment at the end of a line ("…im Blick</h2<"): its start offset in `line`.
std::optional<std::size_t> trailing_markup(std::string_view line);
// A list entry: "- ", "• ", "* ", "– ", "1. ", "1) ".
bool is_list_item(std::string_view line);
// A publisher name standing alone before the title ("Alien Road Company", "Muster Verlag GmbH",
// "Nachrichtenportal Rhein-Ruhr", "Marktreport Online").
bool looks_like_site_name(std::string_view line);

}  // namespace ds::cues
