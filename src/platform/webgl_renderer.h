#pragma once
// Draws ImGui's draw data with WebGL 2. Unlike ImGui's OpenGL 3 backend it never reads GL state
// back: the page owns its context, and in Chromium every glGet* waits for the GPU process to finish
// the work queued so far (20–40 ms a frame with software GL, where the backend asked 16 times).
#include <GLES3/gl3.h>

struct ImDrawData;

namespace ds::web {

class WebGlRenderer {
public:
    // Shaders and buffers; false (and a message on stderr) if a shader fails. The font texture
    // comes with upload_fonts(), once the atlas holds the UI font.
    bool create();
    // Forgets the GL objects (after a lost context they are gone already) and frees the live ones.
    void destroy();
    // The font atlas as a one-channel texture: at the first frame, and after the atlas was rebuilt (a
    // new pixel ratio). The shader reads every texture as coverage: the atlas is the only one drawn.
    void upload_fonts();
    void render(const ImDrawData& data);

private:
    GLuint program_ = 0, vertex_array_ = 0, vertices_ = 0, indices_ = 0, font_texture_ = 0;
    GLint projection_ = -1, texture_ = -1;
};

}  // namespace ds::web
