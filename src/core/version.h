#pragma once
namespace ds {
inline constexpr const char* kVersion = "0.1.0";
}
