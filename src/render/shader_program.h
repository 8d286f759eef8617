// A linked GLSL program built from the shader files in shaders/ (embedded at build time). The same bodies serve
// WebGL2, GLES 3 and GL 3.3 core: the matching #version line and precision defaults are prepended here.
#pragma once
#include <string>
#include <string_view>

#include "render/gl.h"

namespace render {

class ShaderProgram {
public:
    ShaderProgram() = default;
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;
    ~ShaderProgram();

    // Compiles and links; on failure returns false and `error` holds the driver's log, prefixed with `name`.
    // `constants` (GLSL declarations) goes before both bodies, e.g. the network shape for shaders/boundary.frag.
    bool build(const char* name, std::string_view vertex_body, std::string_view fragment_body, std::string& error,
               const std::string& constants = {});
    bool valid() const { return program_ != 0; }
    // The GL context that held the program is gone (a lost WebGL context): drop the name without deleting it.
    void forget() { program_ = 0; }
    GLuint id() const { return program_; }
    GLint uniform(const char* name) const { return glGetUniformLocation(program_, name); }

private:
    GLuint program_ = 0;
};

}  // namespace render
