#include "lab/teach/narration.h"

#include <utility>

namespace lab {
namespace {

// The notation's symbols and operators as words, replaced in this order (longer forms before their parts). The
// indices go separately (without_indices): the sentence's place already names the layer and the unit.
const std::pair<const char*, const char*> kWords[] = {
    {"∂J/∂", "dJ by d "}, {" := ", " becomes "}, {" = ", " equals "}, {" + ", " plus "},  {" − ", " minus "},
    {" · ", " times "},   {"·", " times "},      {",   ", "; "},       {"…", "and more"}, {"ΔΘ", "delta Theta "},
    {"Θ", "Theta"},       {"δ", "delta"},        {"α", "alpha"},       {"½", "one half of"}, {"Σ", "the sum of "},
    {"²", " squared"},
};

// The indices' characters: subscript digits and letters, the low comma between wide indices.
const char* const kIndexMarks[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉", "ⱼ", "ₖ", "‚"};

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// "a₃⁽²⁾" → "a": subscripts and the parenthesized superscript of the layer go; a lone ² (a square) stays.
std::string without_indices(std::string text) {
    for (size_t open = text.find("⁽"); open != std::string::npos; open = text.find("⁽", open)) {
        const size_t close = text.find("⁾", open);
        if (close == std::string::npos) break;
        text.erase(open, close + std::string("⁾").size() - open);
    }
    for (const char* mark : kIndexMarks) replace_all(text, mark, "");
    return text;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "tanh(−2.84)" → "tanh of −2.84"; the other parentheses and brackets (a negative factor, a vector, a sum) go.
std::string without_parentheses(const std::string& text) {
    std::string out;
    for (size_t k = 0; k < text.size(); ++k) {
        if (text[k] == '(') {
            if (k > 0 && is_letter(text[k - 1])) out += " of ";
        } else if (text[k] != ')' && text[k] != '[' && text[k] != ']') {
            out += text[k];
        }
    }
    return out;
}

std::string single_spaced(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' || (!out.empty() && out.back() != ' ')) out += c;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

const PhaseEntry& entry_of(Phase phase) {
    for (const PhaseEntry& entry : kPhases)
        if (entry.phase == phase) return entry;
    return kPhases[0];
}

// The last part of the numbers' text, the result: "z = … = −2.84,   a = tanh(−2.84) = −0.993" → "a = −0.993".
std::string result_part(const std::string& numbers) {
    const size_t clause = numbers.rfind(",   ");
    const std::string last = clause == std::string::npos ? numbers : numbers.substr(clause + 4);
    const size_t becomes = last.find(" := "), equals = last.find(" = ");
    const size_t lhs_end = becomes != std::string::npos && becomes < equals ? becomes : equals;
    const size_t value = last.rfind(" = ");
    if (lhs_end == std::string::npos || value == std::string::npos) return last;
    return last.substr(0, lhs_end) + (lhs_end == becomes ? " := " : " = ") + last.substr(value + 3);
}

}  // namespace

std::string spoken(const std::string& text) {
    std::string out = without_parentheses(without_indices(text));
    for (const auto& [from, to] : kWords) replace_all(out, from, to);
    return single_spaced(out);
}

std::string event_place(const TraceEvent& event, int batch_size) {
    std::string out = entry_of(event.phase).spoken;
    if (batch_size > 1 && event.example >= 0)
        out += ", example " + std::to_string(event.example + 1) + " of " + std::to_string(batch_size);
    if (event.phase == Phase::Loss) return out;
    if (event.phase == Phase::Gradient || event.phase == Phase::Update)
        return out + ", Theta " + std::to_string(event.layer + 1) + ", row " + std::to_string(event.unit + 1);
    return out + ", layer " + std::to_string(event.layer + 1) + ", unit " + std::to_string(event.unit + 1);
}

std::string narrate(const TraceEvent& event, int batch_size, Verbosity verbosity) {
    const std::string said = spoken(verbosity == Verbosity::Formula ? event.numbers : result_part(event.numbers));
    return event_place(event, batch_size) + ": " + said;
}

}  // namespace lab
