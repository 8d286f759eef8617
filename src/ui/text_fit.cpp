#include "ui/text_fit.h"

#include <vector>

namespace ui {

std::string truncate_to_width(const std::string& text, float width,
                              const std::function<float(const std::string&)>& measure) {
    if (measure(text) <= width) return text;
    const std::string ellipsis = "…";
    // code-point starts: every byte that is not a UTF-8 continuation byte (10xxxxxx)
    std::vector<size_t> cuts;
    for (size_t i = 1; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) cuts.push_back(i);
    // the fitting prefixes are a run from the shortest: binary search for the longest one
    size_t lo = 0, hi = cuts.size();  // cuts[0 .. lo) fit; answer in [lo, hi]
    while (lo < hi) {
        const size_t mid = (lo + hi + 1) / 2;
        if (measure(text.substr(0, cuts[mid - 1]) + ellipsis) <= width) lo = mid;
        else hi = mid - 1;
    }
    std::string prefix = lo == 0 ? std::string() : text.substr(0, cuts[lo - 1]);
    while (!prefix.empty() && prefix.back() == ' ') prefix.pop_back();
    return prefix + ellipsis;
}

}  // namespace ui
