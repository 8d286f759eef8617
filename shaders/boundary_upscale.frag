// The decision-boundary image (shaders/boundary.frag, drawn at BoundaryRenderer::kImageSize² into a texture)
// stretched over the plot with bilinear filtering: the colour field is smooth, so a few hundred thousand fewer
// network evaluations per frame cost nothing visible (TF Playground draws a 100 × 100 grid the same way).
uniform sampler2D u_image;

in vec2 v_unit;
out vec4 frag_colour;

void main() { frag_colour = texture(u_image, v_unit); }
