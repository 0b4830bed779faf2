// memcmp for the WebAssembly builds, eight bytes at a time. musl's compares a byte per step, and
// clang for wasm calls memcmp where native compilers inline it: every std::string comparison
// (entity ids in maps and sorts, words against literals) lands here. Built with -fno-builtin, so
// the loops are not turned back into a call to memcmp, and without link-time optimisation, which
// would not see a bitcode memcmp as the library function.
#include <stddef.h>
#include <stdint.h>

static inline uint64_t load64(const unsigned char* p) {
    uint64_t v;
    __builtin_memcpy(&v, p, 8);
    return v;
}

int memcmp(const void* left, const void* right, size_t n) {
    const unsigned char* a = (const unsigned char*)left;
    const unsigned char* b = (const unsigned char*)right;
    while (n >= 8 && load64(a) == load64(b)) a += 8, b += 8, n -= 8;
    for (; n > 0; ++a, ++b, --n) {
        if (*a != *b) return *a - *b;
    }
    return 0;
}
