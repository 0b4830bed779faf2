#pragma once
// A strict reader for the XML dealscope writes (SVG pictures): elements, attributes, text and the
// five entities; anything malformed — an unclosed or crossed tag, a stray '<' or '&' — throws.
// Enough to check a picture the way a browser or an editor would read it, without a library.
#include <cctype>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ds::test {

struct XmlElement {
    std::string name;
    std::map<std::string, std::string> attributes;
    std::string text;  // the element's own text, entities replaced
    std::vector<std::unique_ptr<XmlElement>> children;

    // Every element named `tag` in this one's subtree, in document order.
    void collect(std::string_view tag, std::vector<const XmlElement*>& out) const {
        if (name == tag) out.push_back(this);
        for (const auto& c : children) c->collect(tag, out);
    }
};

class XmlReader {
public:
    explicit XmlReader(std::string_view text) : s_(text) {}

    std::unique_ptr<XmlElement> read_document() {
        skip_space();
        if (s_.substr(i_, 5) == "<?xml") i_ = find("?>") + 2;
        skip_space();
        auto root = element();
        skip_space();
        if (i_ != s_.size()) fail("text after the root element");
        return root;
    }

private:
    [[noreturn]] void fail(const std::string& why) const { throw std::runtime_error("XML at byte " + std::to_string(i_) + ": " + why); }
    std::size_t find(std::string_view what) const {
        const auto at = s_.find(what, i_);
        if (at == std::string_view::npos) fail("no '" + std::string(what) + "'");
        return at;
    }
    void skip_space() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
    }
    std::string name() {
        const std::size_t start = i_;
        while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-' || s_[i_] == ':' || s_[i_] == '_')) ++i_;
        if (i_ == start) fail("a name expected");
        return std::string(s_.substr(start, i_ - start));
    }
    std::string decoded(std::string_view raw) const {
        std::string out;
        for (std::size_t k = 0; k < raw.size(); ++k) {
            if (raw[k] == '<') fail("'<' in text");
            if (raw[k] != '&') {
                out += raw[k];
                continue;
            }
            static const std::pair<std::string_view, char> kEntities[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
            bool known = false;
            for (const auto& e : kEntities) {
                if (raw.substr(k, e.first.size()) == e.first) {
                    out += e.second;
                    k += e.first.size() - 1;
                    known = true;
                    break;
                }
            }
            if (!known && raw.substr(k, 2) == "&#") {
                // A character reference: &#39; or &#x27;.
                const std::size_t semi = raw.find(';', k);
                if (semi == std::string_view::npos) fail("an unclosed character reference");
                const bool hex = raw.substr(k + 2, 1) == "x";
                const std::string digits(raw.substr(k + (hex ? 3 : 2), semi - k - (hex ? 3 : 2)));
                if (digits.empty() || digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") != std::string::npos) fail("a bad character reference");
                const unsigned long code = std::stoul(digits, nullptr, hex ? 16 : 10);
                if (code == 0 || code > 0x10FFFF) fail("a character reference out of range");
                if (code < 0x80) out += static_cast<char>(code);
                else if (code < 0x800) out += {static_cast<char>(0xC0 | (code >> 6)), static_cast<char>(0x80 | (code & 0x3F))};
                else if (code < 0x10000) out += {static_cast<char>(0xE0 | (code >> 12)), static_cast<char>(0x80 | ((code >> 6) & 0x3F)), static_cast<char>(0x80 | (code & 0x3F))};
                else out += {static_cast<char>(0xF0 | (code >> 18)), static_cast<char>(0x80 | ((code >> 12) & 0x3F)), static_cast<char>(0x80 | ((code >> 6) & 0x3F)), static_cast<char>(0x80 | (code & 0x3F))};
                k = semi;
                known = true;
            }
            if (!known) fail("a bare '&'");
        }
        return out;
    }
    std::unique_ptr<XmlElement> element() {
        if (i_ >= s_.size() || s_[i_] != '<') fail("'<' expected");
        ++i_;
        auto e = std::make_unique<XmlElement>();
        e->name = name();
        for (;;) {
            skip_space();
            if (s_.substr(i_, 2) == "/>") {
                i_ += 2;
                return e;
            }
            if (i_ < s_.size() && s_[i_] == '>') {
                ++i_;
                break;
            }
            const std::string key = name();
            if (s_.substr(i_, 2) != "=\"") fail("=\" expected after " + key);
            i_ += 2;
            const std::size_t end = find("\"");
            if (!e->attributes.emplace(key, decoded(s_.substr(i_, end - i_))).second) fail("attribute " + key + " twice");
            i_ = end + 1;
        }
        for (;;) {
            const std::size_t lt = find("<");
            e->text += decoded(s_.substr(i_, lt - i_));
            i_ = lt;
            if (s_.substr(i_, 2) == "</") {
                i_ += 2;
                if (name() != e->name) fail("</" + e->name + "> expected");
                if (i_ >= s_.size() || s_[i_] != '>') fail("'>' expected");
                ++i_;
                return e;
            }
            e->children.push_back(element());
        }
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

}  // namespace ds::test
