// The lecture's display, apart from the lab's state: which lesson's tabs come to the front, which places a link
// hid, presentation mode and theme, the notices of the last link, what "Copy link" said, and the first digit of a
// two-digit lesson number being typed. The App opens lessons and links into it (app_lecture.cpp); the panels read
// it. No ImGui here: what it decides is plain data.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "app/panel_table.h"
#include "ui/palette.h"

namespace app {

constexpr const char* kLinkOpenedTitle = "The link was opened, except:";
constexpr const char* kImportRefusedTitle = "The file was not imported; the lab is as it was:";

struct Lecture {
    std::vector<PanelId> hidden;          // a link's hide= list: places only
    bool presentation = false;            // made for a projector: content large, controls and loss away (F2, proj=1)
    float content_zoom = 1.5f;            // presentation mode: the content's text over the chrome's, 1.5–2.5
    bool controls_shown = false;          // presentation mode: the controls and loss places brought back (C)
    bool light = false;
    ui::Palette palette = ui::Palette::Standard;  // the class colours (a viewer's choice: a link without it keeps it)
    std::vector<std::string> notices;     // what the last link could not apply (the notice bar)
    std::string notices_title = kLinkOpenedTitle;  // the notice bar's first line; "" when the notices say it all
    std::string link_message;             // after Copy link
    std::vector<PanelId> select_tabs;     // the tabs a just-opened lesson selects, for one frame
    int typed_digit = -1;                 // the first digit of a two-digit lesson number
    uint32_t typed_at = 0;                // when it was typed (SDL ticks)

    // A lesson's panel names (Lesson::panels) select their tabs in the next frame; unknown names are skipped.
    void select_lesson_tabs(const std::vector<std::string>& lesson_panels);
    // Per tab bar, the first tab the lesson selects wins; a bar none of them names shows its first tab (the
    // network, the equation). False for every tab once the frame after the lesson has passed.
    bool selects(PanelId tab) const;
    // A link's hide= names: places are hidden, the rest become notices (returned).
    std::vector<std::string> hide(const std::vector<std::string>& names);
    // A link's theme ("", "light" or "dark"; presentation mode defaults to light); a notice for anything else ("" if
    // none).
    std::string set_theme(const std::string& theme);
    // Presentation mode: the content's text `zoom` times the chrome's (kept when ≤ 0), the controls and loss places
    // hidden until C, and the light theme for contrast.
    void set_presentation(bool on, float zoom = 0.0f);
    // The places not drawn: a link's hide= list, and in presentation mode the controls and loss unless brought back.
    std::vector<PanelId> hidden_places() const;
    // The chrome's size (tabs, buttons, the step bar): 1 normally; in presentation mode a little larger on a tall
    // screen (1 at 768 px, 1.35 at 1080 px, at most 1.4), never as large as the content.
    float chrome_scale(float screen_height) const;
    // Formulas, node values, plot labels: the chrome's scale times content_zoom in presentation mode, else 1.
    float content_scale(float screen_height) const;
};

}  // namespace app
