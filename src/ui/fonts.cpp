#include "ui/fonts.h"

#include <algorithm>

#include "embedded_fonts.h"
#include "ui/theme.h"

namespace ui {
namespace {

constexpr float kMaxContentGlyph = 110.0f;  // device pixels: the equation font's largest raster size

// The Unicode blocks the lecture's notation and our labels use (pairs of first, last; zero-terminated).
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 (± · × ² ³ ¹)
    0x02B0, 0x02FF,  // spacing modifier letters (ˡ)
    0x0300, 0x036F,  // combining marks (m̂, v̂)
    0x0370, 0x03FF,  // Greek (Θ δ α λ Σ …)
    0x1D00, 0x1DBF,  // phonetic extensions (+ supplement): modifier letters and subscripts (ᴸ ᵀ ᵢ, ᶻ in e⁻ᶻ)
    0x2000, 0x206F,  // general punctuation (– — ‚ … ′)
    0x2070, 0x209F,  // superscripts and subscripts (⁽ ⁾ ⁰ … ₀ … ₖ)
    0x2100, 0x214F,  // letterlike symbols
    0x2190, 0x21FF,  // arrows (← → ⇐ ⇒)
    0x2200, 0x22FF,  // mathematical operators (∂ Σ √ ⊙ − ≈ ≤)
    0x25A0, 0x25FF,  // geometric shapes (▶ ◀ ■ ●)
    0x2759, 0x275A,  // dingbats: heavy vertical bars (❚❚ pause)
    0x2C60, 0x2C7F,  // Latin Extended-C (ⱼ)
    0,
};

ImFont* add_font(float size, float pixel_ratio, int oversample_h) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the program image
    config.OversampleH = oversample_h;
    config.OversampleV = 1;
    config.SizePixels = size * pixel_ratio;
    // ImGui only reads the font data; its API takes a non-const pointer for fonts it may own and free.
    void* data = const_cast<unsigned char*>(fonts::dejavu_sans_ttf);
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, static_cast<int>(sizeof fonts::dejavu_sans_ttf),
                                                      size * pixel_ratio, &config, kGlyphRanges);
}

}  // namespace

void load_fonts(float pixel_ratio, float scale, float content_scale) {
    ImGuiIO& io = ImGui::GetIO();
    const float size_scale = std::clamp(scale, 0.5f, 3.0f);
    const float content = std::clamp(content_scale, size_scale, 4.0f);
    // Device pixels per logical pixel of text, capped so that the atlas stays within what every GPU takes (a 2.5×
    // projector font on a 2× screen would otherwise need 4096² texels); above the cap glyphs are magnified a little.
    const float ratio = std::clamp(pixel_ratio * size_scale, 1.0f, 4.0f);
    io.Fonts->Clear();
    add_font(kUiFontSize, ratio, ratio < 1.5f ? 2 : 1);
    // The equation font is `content / size_scale` times the UI's, rasterized at most kMaxContentGlyph texels tall
    // (the atlas again) and drawn larger than that by its own Scale.
    const float wanted = kEquationFontSize * content / size_scale * ratio;
    const float raster = std::min(wanted, kMaxContentGlyph);
    ImFont* equation = add_font(raster / ratio, ratio, 1);
    equation->Scale = wanted / raster;
    // Glyphs are rasterized at device pixels and drawn scaled back to logical pixels: one texel per pixel.
    io.FontGlobalScale = size_scale / ratio;
}

ImFont* equation_font() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
}

}  // namespace ui

namespace ui {

void push_label_font() {
    const float ui = ImGui::GetFontSize();
    const float zoom = std::min(kMaxLabelZoom, content_scale() / std::max(ui_scale(), 1.0f));
    ImGui::PushFont(zoom > 1.0f ? equation_font() : ImGui::GetFont());
    if (zoom > 1.0f) ImGui::SetWindowFontScale(ui * zoom / ImGui::GetFontSize());
}

void pop_label_font() {
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
}

float content_scale() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.Fonts->Fonts.Size < 2) return 1.0f;
    const ImFont* equation = io.Fonts->Fonts[1];
    return equation->FontSize * equation->Scale * io.FontGlobalScale / kEquationFontSize;
}

}  // namespace ui
