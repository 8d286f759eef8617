#include "lab/io/export.h"

#include "lab/io/json.h"

namespace lab {
namespace {

// RFC 4180: quote every text field, doubling the quotes inside.
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

std::string trace_csv(const StepTrace& trace) {
    std::string out = "index,phase,example,layer,unit,formula,numbers,result\n";
    for (size_t k = 0; k < trace.events.size(); ++k) {
        const TraceEvent& e = trace.events[k];
        out += std::to_string(k) + "," + quoted(phase_name(e.phase)) + "," + std::to_string(e.example) + "," +
               std::to_string(e.layer + 1) + "," + std::to_string(e.unit + 1) + "," + quoted(e.formula) + "," +
               quoted(e.numbers) + "," + format_double(e.result) + "\n";
    }
    return out;
}

}  // namespace lab
