// Texture set-up shared by the renderers. Float textures carry arrays of numbers to shaders that read them with
// texelFetch (Θ, the surface's directions, the examples, loss values): nearest, since WebGL2 cannot filter float
// textures without an extension and they are not pictures anyway. Every texture is clamped at its edges.
#pragma once
#include <vector>

#include "render/gl.h"

namespace render {

// A new 2-D texture with this min/mag filter (GL_NEAREST or GL_LINEAR), clamped to its edges; left bound.
GLuint make_clamped_texture(GLint filter);

GLuint make_float_texture();  // make_clamped_texture(GL_NEAREST), for RGBA32F data

// `values` holds width·height·4 floats, row after row.
void upload_float_texture(GLuint texture, int width, int height, const std::vector<float>& values);

}  // namespace render
