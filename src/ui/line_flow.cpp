#include "ui/line_flow.h"

#include "imgui.h"

namespace ui {

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

float check_width(const char* label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    return ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

void same_line_if_room(float width, float spacing) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float gap = spacing < 0.0f ? ImGui::GetStyle().ItemSpacing.x : spacing;
    if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0.0f, gap);
}

void texts_in_flow(const std::vector<std::string>& texts) {
    for (size_t k = 0; k < texts.size(); ++k) {
        if (k) same_line_if_room(ImGui::CalcTextSize(texts[k].c_str()).x, ImGui::GetFontSize());
        ImGui::TextUnformatted(texts[k].c_str());
    }
}

void text_wrapped_at_spaces(const std::string& text) {
    size_t at = 0;
    bool first = true;
    while (at < text.size()) {
        const size_t word_start = text.find_first_not_of(' ', at);
        if (word_start == std::string::npos) break;
        size_t word_end = text.find(' ', word_start);
        if (word_end == std::string::npos) word_end = text.size();
        const char* word = text.c_str() + word_start;
        const char* word_stop = text.c_str() + word_end;
        if (!first) {  // the run of spaces before the word, kept as wide as it was written
            const float gap = ImGui::CalcTextSize(text.c_str() + at, word).x;
            same_line_if_room(ImGui::CalcTextSize(word, word_stop).x, gap);
        }
        ImGui::TextUnformatted(word, word_stop);
        first = false;
        at = word_end;
    }
    if (first) ImGui::NewLine();  // an empty or blank paragraph still takes its line
}

void dim_paragraph(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    text_wrapped_at_spaces(text);
    ImGui::PopStyleColor();
}

}  // namespace ui
