// The stepped event in words, for a screen reader's live region and the native narration panel: the event's place
// ("Forward pass, layer 2, unit 3") and its numbers read out ("z equals 0 plus −0.146 times −0.818 … equals −2.84").
//
// The words are made from the event's own `numbers` text, so every number is the same digits the equation panel
// shows and bplab.state() reports (notation.h's num()); only the symbols and operators between them become words.
#pragma once
#include <string>

#include "lab/teach/trace.h"

namespace lab {

enum class Verbosity { Formula, Result };  // the formula with its numbers / the result only

// The verbosities, with the names the page, the JS API and the panel use.
struct VerbosityEntry {
    Verbosity verbosity;
    const char* name;
};
inline constexpr VerbosityEntry kVerbosities[] = {{Verbosity::Formula, "formula"}, {Verbosity::Result, "result"}};

// "Forward pass, layer 2, unit 3" (lecture numbering); in a batch of several "Forward pass, example 2 of 4, layer 2,
// unit 3".
std::string event_place(const TraceEvent& event, int batch_size);

// The sentence a screen reader says for `event`.
std::string narrate(const TraceEvent& event, int batch_size, Verbosity verbosity);

// `text` in the lecture's notation as words: "a₃⁽²⁾ = tanh(−2.84)" → "a equals tanh of −2.84". Numbers stay as
// they are written.
std::string spoken(const std::string& text);

}  // namespace lab
