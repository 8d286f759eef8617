#include "ui/lecture_bar.h"

#include <algorithm>

#include "imgui.h"
#include "lab/lessons/lessons.h"
#include "ui/colours.h"
#include "ui/line_flow.h"

namespace ui {

LectureActions lecture_bar(const LectureBarView& view) {
    LectureActions actions;
    const std::vector<lab::Lesson>& all = lab::lessons();
    const lab::Lesson* current = view.lesson >= 1 && view.lesson <= static_cast<int>(all.size())
                                     ? &all[static_cast<size_t>(view.lesson - 1)] : nullptr;
    const std::string preview = current ? std::to_string(current->number) + "  " + current->title : "Lessons";
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##lesson", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (const lab::Lesson& lesson : all) {
            const std::string item = std::to_string(lesson.number) + "  " + lesson.title;
            const bool selected = current && current->number == lesson.number;
            if (ImGui::Selectable(item.c_str(), selected)) actions.open_lesson = lesson.number;
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("PageUp / PageDown, 1–9, two digits quickly for 10–17 (or Alt+0…7)");

    if (ImGui::Button("Copy link")) actions.copy_link = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("a link that reopens exactly this state (L)");
    const char* presentation = view.presentation ? "Presentation: on" : "Presentation";
    same_line_if_room(button_width(presentation));
    if (ImGui::Button(presentation)) actions.toggle_presentation = true;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("for a projector: large formulas, node values and plot labels, the controls away (C brings "
                          "them back), light theme (F2)");
    const char* theme = view.light ? "Dark" : "Light";
    same_line_if_room(button_width(theme));
    if (ImGui::Button(theme)) actions.set_light = view.light ? 0 : 1;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("switch to the %s theme (T)", view.light ? "dark" : "light");
    if (view.presentation) {
        float scale = view.content_zoom;
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        if (right - ImGui::GetItemRectMax().x > 8.0f * ImGui::GetFontSize()) ImGui::SameLine();
        ImGui::SetNextItemWidth(-1.0f);
        // Applied on release: each new scale rebuilds the font atlas.
        ImGui::SliderFloat("##content zoom", &scale, kMinContentZoom, kMaxContentZoom, "content × %.1f");
        if (ImGui::IsItemDeactivatedAfterEdit()) actions.content_zoom = scale;
    }
    if (!view.link_message.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(dim_text_colour(), "%s", view.link_message.c_str());
        ImGui::PopTextWrapPos();
    }
    return actions;
}

LectureActions presentation_tab_button(bool controls_shown) {
    LectureActions actions;
    const char* label = controls_shown ? "Hide controls (C)" : "Controls (C)";
    if (ImGui::TabItemButton(label, ImGuiTabItemFlags_Trailing | ImGuiTabItemFlags_NoTooltip))
        actions.toggle_controls = true;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(controls_shown ? "the content alone again (C)" : "the lesson, data and training settings, and the loss (C); F2 leaves presentation mode");
    return actions;
}

bool notice_bar(const std::string& title, const std::vector<std::string>& notices, float screen_width) {
    if (notices.empty()) return false;
    bool dismiss = false;
    const float width = std::min(screen_width - 16.0f, 760.0f);
    ImGui::SetNextWindowPos(ImVec2(0.5f * screen_width, 8.0f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.99f, 0.93f, 0.70f, 0.97f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.15f, 0.10f, 0.0f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0.75f, 0.55f, 0.10f, 1.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin("##link notices", nullptr, flags)) {
        ImGui::PushTextWrapPos(0.0f);
        // Without a title the first notice is the headline ("Link not opened: …", "Replay stopped …").
        const size_t first = title.empty() ? 1 : 0;
        ImGui::TextUnformatted(title.empty() ? notices[0].c_str() : title.c_str());
        // ImGui's BulletText does not wrap: a bullet, then the text wrapped beside it
        for (size_t k = first; k < notices.size() && k < first + 8; ++k) {
            ImGui::Bullet();
            ImGui::SameLine();
            ImGui::TextUnformatted(notices[k].c_str());
        }
        if (notices.size() > first + 8) {
            ImGui::Bullet();
            ImGui::SameLine();
            ImGui::Text("… and %d more", static_cast<int>(notices.size() - first - 8));
        }
        ImGui::PopTextWrapPos();
        if (ImGui::Button("Dismiss")) dismiss = true;
    }
    ImGui::End();
    ImGui::PopStyleColor(3);
    return dismiss;
}

}  // namespace ui
