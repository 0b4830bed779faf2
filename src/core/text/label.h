#pragma once
// A word from a fixed table held by pointer: a currency code, a precision, an entity kind. Eight
// bytes where a std::string takes 32; a sentence of 80 000 amounts holds one per field per mention,
// and the smaller record keeps those mentions inside memory the allocator reuses.
//
// Only text that lives as long as the program may become a Label: string literals and entries of
// constant tables. Building one from a std::string does not compile.
#include <string>
#include <string_view>

namespace ds {

class Label {
public:
    constexpr Label() = default;
    constexpr Label(const char* literal) : text_(literal ? literal : "") {}
    Label(const std::string&) = delete;
    Label(std::string&&) = delete;

    constexpr std::string_view view() const { return text_; }
    constexpr operator std::string_view() const { return text_; }
    constexpr const char* c_str() const { return text_; }
    constexpr bool empty() const { return *text_ == '\0'; }
    std::string str() const { return text_; }

    friend constexpr bool operator==(Label a, Label b) { return a.view() == b.view(); }
    friend constexpr bool operator==(Label a, std::string_view b) { return a.view() == b; }
    friend constexpr bool operator==(Label a, const char* b) { return a.view() == std::string_view(b); }
    friend bool operator==(Label a, const std::string& b) { return a.view() == b; }

    friend std::string operator+(std::string a, Label b) { return a.append(b.view()); }
    friend std::string operator+(const char* a, Label b) { return std::string(a).append(b.view()); }
    friend std::string operator+(Label a, const std::string& b) { return a.str().append(b); }
    friend std::string operator+(Label a, const char* b) { return a.str().append(b); }

private:
    const char* text_ = "";
};

}  // namespace ds
