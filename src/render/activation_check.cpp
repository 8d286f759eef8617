#include "render/activation_check.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "core/activation.h"
#include "embedded_shaders.h"
#include "render/activation_source.h"
#include "render/gl.h"
#include "render/shader_program.h"
#include "render/texture.h"

namespace render {
namespace {

constexpr double kZ[] = {-3.0, -0.5, 0.0, 0.5, 3.0};  // both tails, both sides of 0, and 0 itself
constexpr int kPoints = static_cast<int>(sizeof kZ / sizeof kZ[0]);

std::string points_source() {
    std::string list;
    for (double z : kZ) {
        char text[32];
        std::snprintf(text, sizeof text, "%s%#.9g", list.empty() ? "" : ", ", z);
        list += text;
    }
    const std::string n = std::to_string(kPoints);
    return "const int kPoints = " + n + ";\nconst float kZ[" + n + "] = float[" + n + "](" + list + ");\n";
}

// g(kZ[k]) for every k from one draw into a kPoints × 1 RGBA8 target, or false (and `error`).
bool evaluate_on_gpu(core::Activation g, GLuint framebuffer, GLuint vertex_array, float (&out)[kPoints],
                     std::string& error) {
    ShaderProgram program;
    const std::string fragment = points_source() + layer_activations(g, g) + "#line 1\n" + std::string(shaders::activation_check_frag);
    if (!program.build("activation_check", shaders::activation_check_vert, fragment, error)) return false;
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glViewport(0, 0, kPoints, 1);
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_DITHER);
    glUseProgram(program.id());
    glBindVertexArray(vertex_array);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    unsigned char bytes[kPoints * 4];
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, kPoints, 1, GL_RGBA, GL_UNSIGNED_BYTE, bytes);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    for (int k = 0; k < kPoints; ++k) {
        const unsigned char* p = bytes + 4 * k;
        const std::uint32_t bits = p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
        std::memcpy(&out[k], &bits, sizeof bits);
    }
    return true;
}

}  // namespace

ActivationCheck check_activations() {
    ActivationCheck result;
    GLuint texture = make_clamped_texture(GL_NEAREST), framebuffer = 0, vertex_array = 0;
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kPoints, 1, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glGenFramebuffers(1, &framebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glGenVertexArrays(1, &vertex_array);
    if (!complete) result.problem = "the RGBA8 framebuffer is incomplete";

    for (const core::ActivationInfo& info : core::kActivationTable) {
        if (!complete) break;
        if (info.whole_layer) continue;
        float gpu[kPoints];
        std::string error;
        if (!evaluate_on_gpu(info.kind, framebuffer, vertex_array, gpu, error)) {
            result.problem = std::string(info.id) + ": " + error;
            break;
        }
        ++result.activations;
        for (int k = 0; k < kPoints; ++k) {
            const double expected = info.g(kZ[k]);
            const double deviation = std::fabs(gpu[k] - expected) / (1.0 + std::fabs(expected));
            ++result.values;
            result.worst = std::isnan(deviation) ? INFINITY : std::fmax(result.worst, deviation);
            if (deviation <= kActivationTolerance) continue;  // NaN fails too
            if (++result.disagreeing == 1) {
                char text[160];
                std::snprintf(text, sizeof text, "%s: g(%g) is %.9g on the GPU, %.9g in core", info.id, kZ[k],
                              static_cast<double>(gpu[k]), expected);
                result.problem = text;
            }
        }
    }
    glDeleteVertexArrays(1, &vertex_array);
    glDeleteFramebuffers(1, &framebuffer);
    glDeleteTextures(1, &texture);
    return result;
}

}  // namespace render
