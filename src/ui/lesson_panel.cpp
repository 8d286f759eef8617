#include "ui/lesson_panel.h"

#include <string>

#include "core/activation.h"
#include "imgui.h"
#include "ui/colours.h"

namespace ui {

void lesson_panel(const lab::Lesson* lesson, const lab::Session& session) {
    if (lesson) {
        ImGui::TextWrapped("Lesson %d · %s", lesson->number, lesson->title.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, dim_text_colour());
        ImGui::TextWrapped("%s", lesson->caption.c_str());
        ImGui::PopStyleColor();
    }
    const core::Network& net = session.network();
    std::string sizes;
    for (int s : net.sizes) sizes += (sizes.empty() ? "" : "-") + std::to_string(s);
    if (net.sizes.size() > 2)
        ImGui::TextWrapped("Network %s · g: %s, output %s", sizes.c_str(), core::activation_name(net.hidden),
                           core::activation_name(net.output));
    else  // no hidden layer: the hidden g applies nowhere
        ImGui::TextWrapped("Network %s · output %s", sizes.c_str(), core::activation_name(net.output));
    ImGui::Separator();
}

}  // namespace ui
