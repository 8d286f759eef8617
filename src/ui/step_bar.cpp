#include "ui/step_bar.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"  // the window's content extent (DC.CursorMaxPos)
#include "lab/teach/notation.h"
#include "ui/theme.h"

namespace ui {
namespace {

struct KindName {
    StepKind kind;
    const char* name;
};
constexpr KindName kKindNames[] = {{StepKind::Event, "event"},     {StepKind::Back, "back"},
                                   {StepKind::Layer, "layer"},     {StepKind::LayerBack, "layer_back"},
                                   {StepKind::Phase, "phase"},     {StepKind::PhaseBack, "phase_back"},
                                   {StepKind::Example, "example"}, {StepKind::FinishExample, "finish_example"},
                                   {StepKind::Batch, "batch"},     {StepKind::Epoch, "epoch"}};

// The narrowest a button may be: a fingertip on a touch screen (its height is already one), else its label's.
float min_button_width() { return touch_style() ? kTapTarget * ui_scale() : 0.0f; }

// Where the last item went, as a tap target named `label`.
void note_target(const char* label, StepActions& actions) {
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    const char* hidden_id = std::strstr(label, "##");  // "→##next" is the button "→"
    const std::string name = hidden_id ? std::string(label, hidden_id) : std::string(label);
    actions.buttons.push_back({name, min.x, min.y, size.x, size.y});
}

// A button with a tooltip naming its key, noted as a tap target; returns true when clicked. `size`: 0 for the
// label's (at least a fingertip wide on a touch screen).
bool key_button(const char* label, const char* tip, StepActions& actions, ImVec2 size = ImVec2(0, 0)) {
    if (size.x <= 0) {
        const float label_w = ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
        size.x = std::max(label_w, min_button_width());
    }
    const bool clicked = ImGui::Button(label, size);
    // the keys it names are a keyboard's, and a finger would leave the tip standing over the bar after its tap
    if (ImGui::IsItemHovered() && tip && !touch_style()) ImGui::SetTooltip("%s", tip);
    note_target(label, actions);
    return clicked;
}

// Puts the next item on this line if `label` fits there (as a button), else on the next: narrow screens wrap.
void flow(const char* label, float spacing = -1.0f) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = spacing < 0 ? style.ItemSpacing.x : spacing;
    const float width = std::max(ImGui::CalcTextSize(label, nullptr, true).x + 2 * style.FramePadding.x,
                                 min_button_width());
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0, gap);
}

// Layer of an event in the lecture's numbering: the node's layer, or l of Θ⁽ˡ⁾ for gradients and updates.
int lecture_layer(const lab::TraceEvent& e) { return e.layer + 1; }

// What only the network has: layers, phases, examples, mini-batches, epochs, play with its mode and speed; then the
// speed slider takes what Reset and ? leave on the line (at any text scale, so ? never leaves the window).
void network_buttons(const StepBarView& view, bool arrows_only, StepActions& actions) {
    auto step = [&](StepKind kind) { actions.step = kind; };
    // Cramped (projector text on a small screen): the layer and finish moves keep their keys (Shift+←/→, F) and give
    // their room to the phase moves, so that the bar keeps its rows.
    if (!arrows_only) {
        flow("⇐ Layer", 16);
        if (key_button("⇐ Layer", "back to the previous layer (Shift+←)", actions)) step(StepKind::LayerBack);
        flow("Layer ⇒");
        if (key_button("Layer ⇒", "to the next layer (Shift+→)", actions)) step(StepKind::Layer);
    }
    const char* phase_back = arrows_only ? "«##phase back" : "« Phase";
    flow(phase_back, 16);
    if (key_button(phase_back, "back to the start of this phase, or of the one before (Ctrl+← or [)", actions))
        step(StepKind::PhaseBack);
    const char* phase = arrows_only ? "»##phase" : "Phase »";
    flow(phase);
    if (key_button(phase, "to the next phase: forward → loss → output δ → hidden δ → gradient → update (Ctrl+→ or ])",
                   actions))
        step(StepKind::Phase);
    flow("Example", 16);
    if (key_button("Example", "to the next example of the mini-batch (N)", actions)) step(StepKind::Example);
    if (!arrows_only) {
        flow("Finish example");
        if (key_button("Finish example", "to the last δ of this example (F)", actions)) step(StepKind::FinishExample);
    }
    const char* batch = arrows_only ? "Batch##mini-batch" : "Mini-batch";
    flow(batch);
    if (key_button(batch, "to the end of this step, or a whole new step (Enter)", actions)) step(StepKind::Batch);
    flow("Epoch");
    if (key_button("Epoch", "train until the epoch completes (E)", actions)) step(StepKind::Epoch);

    flow("❚❚ Pause", 24);
    if (key_button(view.playing ? "❚❚ Pause" : "▶ Play", "play / pause (P)", actions)) actions.toggle_play = true;
    flow("events ▼");
    int mode = view.mode == PlayMode::Train ? 0 : 1;
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("events").x + ImGui::GetFrameHeight() * 1.6f);
    if (ImGui::Combo("##mode", &mode, "train\0events\0")) {
        actions.set_mode = true;
        actions.mode = mode == 0 ? PlayMode::Train : PlayMode::Step;
    }
    note_target("play mode", actions);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("play: train freely (fast, no trace) or walk through the events");
    // The speed slider, Reset and ? together: on this line when the slider keeps room for its text, else on the
    // next.
    const ImGuiStyle& style = ImGui::GetStyle();
    auto button_width = [&style](const char* label) {
        return std::max(ImGui::CalcTextSize(label).x + 2 * style.FramePadding.x, min_button_width());
    };
    const float tail = 2 * style.ItemSpacing.x + button_width("Reset") + button_width("?");
    const float slider_min = button_width(arrows_only ? "200 / frame" : "200 steps / frame");
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + slider_min + tail <= right) ImGui::SameLine();
    // a phone on its side: the slider short, for the status and the timeline to share its row (step_bar())
    const bool side = view.phone && !view.portrait;
    ImGui::SetNextItemWidth(side ? slider_min : std::max(2 * ImGui::GetFrameHeight(), ImGui::GetContentRegionAvail().x - tail));
    if (view.mode == PlayMode::Train) {
        int speed = view.steps_per_frame;
        if (ImGui::SliderInt("##speed", &speed, 1, 200, arrows_only ? "%d / frame" : "%d steps / frame",
                             ImGuiSliderFlags_Logarithmic))
            actions.steps_per_frame = std::max(1, speed);
    } else {
        float speed = view.events_per_second;
        if (ImGui::SliderFloat("##speed", &speed, 0.5f, 60.0f, arrows_only ? "%.1f / s" : "%.1f events / s",
                               ImGuiSliderFlags_Logarithmic))
            actions.events_per_second = std::max(0.5f, speed);
    }
}

}  // namespace

const char* step_kind_name(StepKind kind) {
    for (const KindName& k : kKindNames)
        if (k.kind == kind) return k.name;
    return "none";
}

std::vector<std::string> step_kind_names() {
    std::vector<std::string> names;
    for (const KindName& k : kKindNames) names.emplace_back(k.name);
    return names;
}

bool parse_step_kind(const std::string& name, StepKind& out) {
    for (const KindName& k : kKindNames)
        if (name == k.name) {
            out = k.kind;
            return true;
        }
    return false;
}

std::string event_label(const lab::Stepper& stepper) {
    const lab::TraceEvent* e = stepper.current_event();
    const lab::StepTrace* trace = stepper.trace();
    if (!e || !trace) return "no step traced: Space steps one event, Enter a mini-batch";
    char text[200];
    const int n = static_cast<int>(trace->events.size());
    const bool per_node = e->phase == lab::Phase::Forward || e->phase == lab::Phase::OutputDelta ||
                          e->phase == lab::Phase::HiddenDelta;
    int used = std::snprintf(text, sizeof text, "event %d / %d · %s", stepper.cursor() + 1, n, lab::phase_name(e->phase));
    if (per_node)
        used += std::snprintf(text + used, sizeof text - static_cast<size_t>(used), " · layer %d, unit %d",
                              lecture_layer(*e), e->unit + 1);
    else if (e->phase != lab::Phase::Loss)
        used += std::snprintf(text + used, sizeof text - static_cast<size_t>(used), " · Θ%s row %d",
                              lab::layer_index(lecture_layer(*e)).c_str(), e->unit + 1);
    if (e->example >= 0 && used < static_cast<int>(sizeof text))
        std::snprintf(text + used, sizeof text - static_cast<size_t>(used), " · example %d of %zu (#%d)",
                      e->example + 1, trace->record.batch.size(),
                      trace->record.batch[static_cast<size_t>(e->example)]);
    return text;
}

std::string graph_label(const lab::GraphLesson& graph, const lab::Prediction* prediction) {
    const lab::GraphStep* step = graph.current();
    const int n = static_cast<int>(graph.steps().size());
    char text[240];
    if (!step) {
        std::snprintf(text, sizeof text, "graph: nothing computed yet · Space or Next → steps one node (%d steps: "
                      "forward, then backward)", n);
        return text;
    }
    const std::vector<core::ExpressionNode>& nodes = graph.parsed().nodes;
    const std::string node = step->node >= 0 && step->node < static_cast<int>(nodes.size())
                                 ? nodes[static_cast<size_t>(step->node)].name
                                 : std::string("?");
    std::snprintf(text, sizeof text, "graph step %d / %d · %s · node %s: %s", graph.cursor() + 1, n,
                  step->backward ? "backward" : "forward", node.c_str(),
                  prediction && prediction->hides_graph(step->node, step->backward) ? prediction->hidden_question(true)->masked.c_str()
                                                                                   : step->numbers.c_str());
    return text;
}

StepActions step_bar(const StepBarView& view) {
    StepActions actions;
    auto step = [&](StepKind kind) { actions.step = kind; };
    const bool graph = view.graph != nullptr;

    // Row 1: stepping (back on the left, forward on the right of it), then playing, then help.
    // Projector text on a narrow window: the arrows alone (their tooltips name them) and shorter words, so that the
    // bar keeps to four rows.
    // A phone: the same short forms, and Back and Next large — the buttons a student taps most (half the row each in
    // portrait, two fingertips wide in landscape, where the bar must keep to two rows).
    const bool arrows_only =
        view.phone || (ui_scale() > 1.0f && ImGui::GetWindowContentRegionMax().x / ui_scale() < 720.0f);
    const char* unit = graph ? "one node" : "one event";
    ImVec2 large(0, 0);
    if (view.phone && view.portrait)
        large = ImVec2(0.5f * (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x),
                       1.25f * ImGui::GetFrameHeight());
    else if (view.phone)
        large = ImVec2(2.5f * kTapTarget * ui_scale(), ImGui::GetFrameHeight());
    const char* back = view.phone ? "← Back" : (arrows_only ? "←##back" : "← Back");
    const char* next = view.phone ? "Next →" : (arrows_only ? "→##next" : "Next →");
    char tip[80];
    std::snprintf(tip, sizeof tip, "%s back (← or Backspace)", unit);
    if (key_button(back, tip, actions, large)) step(StepKind::Back);
    if (view.phone) ImGui::SameLine();
    else flow(next);
    std::snprintf(tip, sizeof tip, "%s forward (Space or →)", unit);
    if (key_button(next, tip, actions, large)) step(StepKind::Event);
    actions.next_x = ImGui::GetItemRectMin().x;
    actions.next_y = ImGui::GetItemRectMin().y;
    actions.next_w = ImGui::GetItemRectSize().x;
    actions.next_h = ImGui::GetItemRectSize().y;
    if (!graph) network_buttons(view, arrows_only, actions);
    if (graph) flow("Reset", 24);
    else ImGui::SameLine();
    if (key_button("Reset", graph ? "back to nothing computed (R)" : "fresh weights from the seed (R)", actions))
        actions.reset = true;
    ImGui::SameLine();
    if (key_button("?", "every key (?)", actions)) actions.toggle_help = true;

    // Row 2: where the cursor is, then the timeline.
    const ImGuiStyle& style = ImGui::GetStyle();
    actions.status = graph ? graph_label(*view.graph, view.prediction) : event_label(view.stepper);
    // A phone on its side keeps the bar to two rows (the places above need the height): the status and the
    // timeline go on the speed's row, the status wrapping short of the timeline.
    const bool side = view.phone && !view.portrait && !graph;
    if (side) ImGui::SameLine(0, 16);
    ImGui::AlignTextToFramePadding();
    if (side) ImGui::PushTextWrapPos(0.72f * ImGui::GetWindowContentRegionMax().x);
    ImGui::TextWrapped("%s", actions.status.c_str());  // narrow windows and large text: on two lines rather than cut off
    if (side) ImGui::PopTextWrapPos();
    // the timeline on the same line when there is room for both, else below
    const float label_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
    const float timeline_min = (side ? 120.0f : 300.0f) * ui_scale();
    const bool timeline_beside = label_end + timeline_min < ImGui::GetWindowContentRegionMax().x;
    if (timeline_beside) {
        ImGui::SameLine(std::max(label_end + 16, ImGui::GetWindowContentRegionMax().x * 0.5f));
    } else {
        // A narrow bar keeps room for two lines of it, so that the next event's longer text does not make the bar
        // taller and move its buttons under a finger that taps on.
        const float missing = 2.0f * ImGui::GetTextLineHeight() - ImGui::GetItemRectSize().y - style.ItemSpacing.y;
        if (missing > 0.0f) ImGui::Dummy(ImVec2(1.0f, missing));
    }
    const long long now = view.stepper.session().steps();
    if (graph) {
        // the graph has no timeline: its Back walks over every step
    } else if (view.timeline_last > view.timeline_first) {
        int position = static_cast<int>(now);
        ImGui::SetNextItemWidth(-1);
        char format[64];
        std::snprintf(format, sizeof format, "step %%d of %lld", view.timeline_last);
        if (ImGui::SliderInt("##timeline", &position, static_cast<int>(view.timeline_first),
                             static_cast<int>(view.timeline_last), format, ImGuiSliderFlags_AlwaysClamp))
            actions.go_to_step = position;
        actions.timeline_x = ImGui::GetItemRectMin().x;
        actions.timeline_y = ImGui::GetItemRectMin().y;
        actions.timeline_w = ImGui::GetItemRectSize().x;
        actions.timeline_h = ImGui::GetItemRectSize().y;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("timeline: drag back over the last %d steps (and forward again); Ctrl+click to type",
                              lab::Stepper::kTimelineSteps);
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, style.Colors[ImGuiCol_TextDisabled]);
        ImGui::AlignTextToFramePadding();  // as tall as the slider that replaces it: the bar keeps its height
        ImGui::TextWrapped("timeline: step %lld (train or step to fill it)", now);
        ImGui::PopStyleColor();
    }
    // how much room all of it took, from the window's top left, with the window's padding below and to the right
    const ImVec2 end = ImGui::GetCurrentWindowRead()->DC.CursorMaxPos;
    actions.content_right = end.x;
    actions.content_height = end.y - ImGui::GetWindowPos().y + style.WindowPadding.y;
    return actions;
}

}  // namespace ui
