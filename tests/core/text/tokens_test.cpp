// Words as the annotators see them: a name with a web domain's ending is one word.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/text/tokens.h"

using namespace ds;

namespace {
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(text, ByteRange{0, text.size()})) out.emplace_back(text.substr(t.range.begin, t.range.size()));
    return out;
}
}  // namespace

TEST_CASE("tokens: 'Xnor.ai' and 'Scale.io' are one word each, a sentence's end, '.aim' and a lower-case word with '.com' are not joined") {
    CHECK(words_of("Apple bought Xnor.ai, a start-up.") == std::vector<std::string>{"Apple", "bought", "Xnor.ai", "a", "start", "up"});
    CHECK(words_of("Kestrova kaufte Lumora.io für 200 Mio.") == std::vector<std::string>{"Kestrova", "kaufte", "Lumora.io", "für", "200", "Mio"});
    CHECK(words_of("It sold Vantiro.com") == std::vector<std::string>{"It", "sold", "Vantiro.com"});
    CHECK(words_of("It bought Lumora.aim high") == std::vector<std::string>{"It", "bought", "Lumora", "aim", "high"});
    CHECK(words_of("see shop.com now") == std::vector<std::string>{"see", "shop", "com", "now"});
    CHECK(words_of("Kestrova kaufte Lumora. Ai Weiwei kam.") == std::vector<std::string>{"Kestrova", "kaufte", "Lumora", "Ai", "Weiwei", "kam"});
}
