// The browser compiles a WebAssembly function the first time it is called, on the main thread. The
// code that reads a user's article in slices (the sliced parse, candidates, the stored record) is
// not called while the page starts, so the first file a user added paid for compiling it inside
// its reading frames: 35–70 ms in one frame, over the 50 ms a task may take. While the page is
// idle after starting, each step is run once on a short text, one step per task, so that the
// first add only reads. What the steps make is thrown away.
#include "platform/reading_warm_up.h"

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include <emscripten/eventloop.h>

#include "core/annotate/annotate.h"
#include "core/articles/article_parser.h"
#include "core/events/event_extractor.h"
#include "core/search/search.h"
#include "core/search/word_index.h"
#include "explorer/user_store.h"
#include "platform/web_app.h"

namespace ds::web {
namespace {

constexpr const char* kText =
    "Microsoft investiert in OpenAI\n\n"
    "Microsoft investiert zehn Milliarden Dollar in OpenAI, wie der Konzern am Montag mitteilte. "
    "Nvidia liefert Chips im Wert von 2 Mrd. Euro an Oracle.\n\n"
    "Amazon invests $4 billion in Anthropic, the company said on Sept. 25, 2023.\n";

struct WarmUp {
    Article article;
    std::vector<Mention> mentions;
    int step = 0;
};

std::unique_ptr<WarmUp> g_warm_up;  // while it runs

// One step per task; false when all are done.
bool run_step(WarmUp& w) {
    switch (w.step++) {
        case 0: {
            ArticleParse parse("warm-up.txt", kText);
            while (!parse.step(16)) {
            }
            if (auto parsed = parse.take(); std::holds_alternative<Article>(parsed)) w.article = std::get<Article>(std::move(parsed));
            return !w.article.sentences.empty();
        }
        case 1: {
            annotate_sentences(w.article, session().state.data.gazetteer, {}, 0, w.article.sentences.size(), w.mentions);
            FoldedText folded;
            fold_more(folded, w.article.text, 0, w.article.text.size());
            WordSet words;
            words.gather(folded.folded, 0, true);
            return true;
        }
        case 2: {
            CandidateExtraction extraction;
            while (!extract_some(w.article, w.mentions, session().state.data.gazetteer, extraction, 16)) {
            }
            return true;
        }
        case 3: {
            std::string record;
            std::size_t done = 0;
            while (!append_article_record(record, w.article, done, 16)) {
            }
            return false;
        }
        default: return false;
    }
}

void next_step(void*) {
    if (run_step(*g_warm_up)) emscripten_set_timeout(next_step, 50, nullptr);
    else g_warm_up.reset();
}

}  // namespace

void warm_up_reading() {
    if (g_warm_up) return;
    g_warm_up = std::make_unique<WarmUp>();
    emscripten_set_timeout(next_step, 500, nullptr);  // after the first frames
}

}  // namespace ds::web
