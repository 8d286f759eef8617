// The colours the panels share with shaders/boundary.frag and shaders/points.frag (TF Playground's).
#pragma once
#include "imgui.h"

namespace ui {

inline const ImU32 kClass0Colour = IM_COL32(245, 147, 34, 255);   // orange #f59322
inline const ImU32 kClass1Colour = IM_COL32(8, 119, 189, 255);    // blue #0877bd
inline const ImU32 kTrainLossColour = IM_COL32(230, 230, 230, 255);
inline const ImU32 kTestLossColour = IM_COL32(245, 147, 34, 255);

}  // namespace ui
