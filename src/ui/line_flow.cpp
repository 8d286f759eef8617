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

std::vector<std::string> wrap_at_spaces(const std::string& text, float width) {
    std::vector<std::string> lines;
    std::string line;
    size_t at = 0;
    while (at <= text.size()) {
        size_t space = text.find(' ', at);
        if (space == std::string::npos) space = text.size();
        const std::string word = text.substr(at, space - at);
        at = space + 1;
        if (word.empty()) {  // a run of spaces: after a comma it ends the line
            if (!line.empty() && line.back() == ',') {
                lines.push_back(line);
                line.clear();
            }
            continue;
        }
        const std::string longer = line.empty() ? word : line + " " + word;
        if (!line.empty() && ImGui::CalcTextSize(longer.c_str()).x > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

void text_wrapped_at_spaces(const std::string& text) {
    const std::vector<std::string> lines = wrap_at_spaces(text, ImGui::GetContentRegionAvail().x);
    if (lines.empty()) ImGui::NewLine();  // an empty or blank paragraph still takes its line
    for (const std::string& line : lines) ImGui::TextUnformatted(line.c_str());
}

void coloured_paragraph(const std::string& text, unsigned int colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    text_wrapped_at_spaces(text);
    ImGui::PopStyleColor();
}

void dim_paragraph(const std::string& text) { coloured_paragraph(text, ImGui::GetColorU32(ImGuiCol_TextDisabled)); }

bool narrow_panel() { return ImGui::GetContentRegionAvail().x < kNarrowPanel; }

}  // namespace ui
