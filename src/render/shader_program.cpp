#include "render/shader_program.h"

#include <vector>

namespace render {
namespace {

// highp everywhere: the boundary shader evaluates the network in float and must not drop to mediump on
// mobile GPUs. Desktop GLSL 3.30 accepts (and ignores) precision qualifiers.
constexpr const char* kPrelude = BPLAB_GLSL_VERSION
    "precision highp float;\n"
    "precision highp int;\n"
    "precision highp sampler2D;\n";

std::string info_log(GLuint object, bool is_program) {
    GLint length = 0;
    is_program ? glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length) : glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<size_t>(length > 1 ? length : 1), '\0');
    is_program ? glGetProgramInfoLog(object, length, nullptr, log.data())
               : glGetShaderInfoLog(object, length, nullptr, log.data());
    return log.data();
}

GLuint compile(GLenum stage, std::string_view body, const std::string& constants, std::string& error) {
    const std::string source = std::string(kPrelude) + constants + "#line 1\n" + std::string(body);
    const char* text = source.c_str();
    GLuint shader = glCreateShader(stage);
    glShaderSource(shader, 1, &text, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok) return shader;
    error = (stage == GL_VERTEX_SHADER ? "vertex shader: " : "fragment shader: ") + info_log(shader, false);
    glDeleteShader(shader);
    return 0;
}

}  // namespace

ShaderProgram::~ShaderProgram() {
    if (program_) glDeleteProgram(program_);
}

bool ShaderProgram::build(const char* name, std::string_view vertex_body, std::string_view fragment_body,
                          std::string& error, const std::string& constants) {
    if (program_) glDeleteProgram(program_);
    program_ = 0;
    GLuint vertex = compile(GL_VERTEX_SHADER, vertex_body, constants, error);
    GLuint fragment = vertex ? compile(GL_FRAGMENT_SHADER, fragment_body, constants, error) : 0;
    if (!vertex || !fragment) {
        if (vertex) glDeleteShader(vertex);
        error = std::string(name) + ": " + error;
        return false;
    }
    program_ = glCreateProgram();
    glAttachShader(program_, vertex);
    glAttachShader(program_, fragment);
    glLinkProgram(program_);
    glDeleteShader(vertex);  // the program keeps what it needs
    glDeleteShader(fragment);
    GLint ok = GL_FALSE;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (ok) return true;
    error = std::string(name) + ": link: " + info_log(program_, true);
    glDeleteProgram(program_);
    program_ = 0;
    return false;
}

}  // namespace render
