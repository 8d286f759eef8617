// The one place that picks the OpenGL header: WebGL2 and native GLES 3 use the ES 3.0 API, the default native
// build OpenGL 3.3 core (whose functions Linux's libGL exports directly, so no loader is needed).
#pragma once

#if defined(__EMSCRIPTEN__) || defined(BPLAB_GLES3)
#include <GLES3/gl3.h>
#define BPLAB_GLSL_VERSION "#version 300 es\n"
#else
#define GL_GLEXT_PROTOTYPES 1
#include <GL/glcorearb.h>
#define BPLAB_GLSL_VERSION "#version 330 core\n"
#endif
