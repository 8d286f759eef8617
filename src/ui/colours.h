// The colours the panels share with shaders/boundary.frag and shaders/points.frag (TF Playground's).
#pragma once
#include "imgui.h"
#include "ui/palette.h"

namespace ui {

// Classes 0 and 1 of every palette (ui/palette.h checks that they agree): orange #f59322, blue #0877bd.
constexpr ImU32 shared_class_colour(int k) {
    return IM_COL32(kPalettes[0].classes[k].r, kPalettes[0].classes[k].g, kPalettes[0].classes[k].b, 255);
}
inline const ImU32 kClass0Colour = shared_class_colour(0);
inline const ImU32 kClass1Colour = shared_class_colour(1);
inline const ImU32 kTrainLossColour = IM_COL32(230, 230, 230, 255);
inline const ImU32 kTestLossColour = IM_COL32(245, 147, 34, 255);

inline const ImU32 kHighlightColour = IM_COL32(255, 214, 10, 255);  // the node / point / event being stepped
inline const ImU32 kPendingColour = IM_COL32(70, 70, 78, 255);      // not computed yet at the cursor
inline const ImU32 kDimTextColour = IM_COL32(150, 150, 160, 255);
inline const ImVec4 kFormulaColour = ImVec4(0.95f, 0.95f, 0.97f, 1.0f);
inline const ImVec4 kNumbersColour = ImVec4(1.0f, 0.84f, 0.45f, 1.0f);

// The same roles for the current theme (theme.h): on the light theme text colours turn dark and the pale ones
// gain contrast against white. Panels that draw text or lines on the window background use these.
ImVec4 formula_colour();      // the big formula
ImVec4 numbers_colour();      // the formula with numbers substituted, the lecture's worked numbers
ImVec4 dim_text_colour();     // captions, axis labels
ImVec4 good_colour();         // a passed check
ImVec4 bad_colour();          // a failed check, a warning
ImU32 train_loss_colour();
ImU32 plot_background_colour();

// A value in [−1, 1] as TF Playground shows it: orange for negative, blue for positive, pale near zero.
ImU32 signed_value_colour(double value);

}  // namespace ui
