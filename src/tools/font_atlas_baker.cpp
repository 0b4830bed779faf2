// dealscope-font-atlas FONT OUT_DIR RATIO…: the UI font's atlas for each pixel ratio, rasterised
// now so that the page does not at start-up (src/ui/font_atlas_file.h). Run by scripts/web-extras.sh.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <imgui.h>

#include "core/text/text_file.h"
#include "ui/font_atlas_file.h"
#include "ui/fonts.h"

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: dealscope-font-atlas FONT OUT_DIR RATIO...   e.g. ui-font.otf build/web-release 1 1.5 2 3\n");
        return 2;
    }
    const std::string font = argv[1];
    const std::filesystem::path out_dir = argv[2];
    for (int i = 3; i < argc; ++i) {
        char* end = nullptr;
        const float ratio = std::strtof(argv[i], &end);
        if (end == argv[i] || *end != '\0' || !(ratio >= 0.5f && ratio <= 4.0f)) {
            std::fprintf(stderr, "dealscope-font-atlas: pixel ratio '%s' is not a number from 0.5 to 4\n", argv[i]);
            return 2;
        }
        ImFontAtlas atlas;
        if (!ds::ui::add_ui_fonts(atlas, font, ratio) || !atlas.Build()) {
            std::fprintf(stderr, "dealscope-font-atlas: %s: not a font ImGui can read\n", font.c_str());
            return 1;
        }
        const std::filesystem::path out = out_dir / ds::ui::font_atlas_file_name(ratio);
        if (auto problem = ds::write_file_atomically(out, ds::ui::save_font_atlas(atlas, ratio))) {
            std::fprintf(stderr, "dealscope-font-atlas: %s: %s\n", problem->place.c_str(), problem->reason.c_str());
            return 1;
        }
        std::printf("%s: %d × %d pixels\n", out.string().c_str(), atlas.TexWidth, atlas.TexHeight);
    }
    return 0;
}
