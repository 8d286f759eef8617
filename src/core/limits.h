// The size limits every input path enforces (URL, JSON import, CSV import, the UI, the CLI, the JS API), in one
// place so that they agree. A value beyond them is refused with a message naming the field and the limit.
//
//   layers        at most 8 in total, s_1 … s_L with the input and output layers counted: so at most 6 hidden
//   units         at most 32 in each hidden layer and in the output layer (32 classes); the input layer follows
//                 the data, at most 64 features (the digits' 8 × 8 pixels)
//   data points   at most 10,000 (generated sets and CSV rows); a CSV file at most 8 MB and 256 columns, of which
//                 the features are at most the 64 inputs; at most 200 points travel in a link
//   loss surface  at most 256 × 256 grid cells (lab/surface/surface.h clamps the requested resolution lower still)
//   link          at most 1 MiB of text (a URL hash, --state): longer ones are not opened, and the page refuses them
//                 before they reach the wasm module
//   text          measured in bytes before it is copied or parsed: a state or config file at most 16 MB, an
//                 expression 1,000 characters, a name (lesson id, tab, step kind, view words) 256 bytes
#pragma once
#include <cstddef>

namespace core {

constexpr int kMaxLayers = 8;                   // L, input and output layers included
constexpr int kMaxHiddenLayers = kMaxLayers - 2;
constexpr int kMaxUnits = 32;                   // per hidden layer; output units (classes)
constexpr int kMaxInputs = 64;                  // s_1, the features of a data set
constexpr int kMaxPoints = 10000;               // examples in a data set
constexpr size_t kMaxCsvBytes = 8u << 20;       // a CSV file: 10,000 rows of a few dozen numbers fit easily
constexpr int kMaxCsvColumns = 256;             // columns of a CSV file (the features chosen are at most kMaxInputs)
constexpr int kMaxLinkPoints = 200;             // a student's own points written into a link; more go in State JSON
constexpr int kMaxSurfaceGrid = 256;            // cells per side of a loss-surface grid
constexpr int kMaxLinkLength = 1 << 20;         // bytes of a link's state (UTF-8), '#' not counted

constexpr size_t kMaxStateFileBytes = 16u << 20;  // a state or config JSON; the largest network's is well under 1 MB
constexpr int kMaxExpressionLength = 1000;        // characters (UTF-8 code points) of an expression or variable list
constexpr size_t kMaxExpressionBytes = 4 * kMaxExpressionLength;  // UTF-8 takes at most 4 bytes a character
constexpr size_t kMaxNameBytes = 256;             // a lesson id, a tab's name, a step kind, the surface's view words

}  // namespace core
