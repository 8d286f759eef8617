#include "lab/io/export.h"

#include <cmath>

#include "lab/io/config_io.h"
#include "lab/io/json.h"

namespace lab {
namespace {

// RFC 4180: quote every text field, doubling the quotes inside.
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

constexpr size_t kMaxImportBytes = core::kMaxStateFileBytes;

bool read_theta(const Json& theta, std::vector<double>& flat, std::vector<std::string>& problems) {
    if (theta.type != Json::Type::Array) {
        problems.push_back("'network.theta' must be a list of matrices");
        return false;
    }
    for (size_t l = 0; l < theta.items.size(); ++l) {
        const Json& matrix = theta.items[l];
        if (matrix.type != Json::Type::Array) {
            problems.push_back("'network.theta[" + std::to_string(l) + "]' must be a list of rows");
            return false;
        }
        for (size_t i = 0; i < matrix.items.size(); ++i) {
            const Json& row = matrix.items[i];
            const std::string where = "'network.theta[" + std::to_string(l) + "][" + std::to_string(i) + "]";
            if (row.type != Json::Type::Array) {
                problems.push_back(where + "' must be a list of numbers");
                return false;
            }
            for (size_t j = 0; j < row.items.size(); ++j) {
                const Json& w = row.items[j];
                if (!w.is_number() || !std::isfinite(w.number) || std::fabs(w.number) > 1e6) {
                    problems.push_back(where + "[" + std::to_string(j) + "]' must be a finite number within ±1e6");
                    return false;
                }
                flat.push_back(w.number);
            }
        }
    }
    return true;
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

bool import_state(const std::string& text, ImportedState& out, std::vector<std::string>& problems) {
    problems.clear();
    if (text.size() > kMaxImportBytes) {
        problems.push_back("the file is larger than 16 MB");
        return false;
    }
    Json root;
    std::string error;
    if (!parse_json(text, root, error)) {
        problems.push_back("not valid JSON: " + error);
        return false;
    }
    const Json* config = root.type == Json::Type::Object ? root.find("config") : nullptr;
    if (!config) {
        problems.push_back("no 'config' object in the file");
        return false;
    }
    ImportedState result;
    result.config = out.config;
    for (const std::string& p : apply_config_json(*config, result.config)) problems.push_back("config: " + p);
    if (const Json* lesson = root.find("lesson"); lesson && lesson->is_number()) result.lesson = static_cast<int>(lesson->number);
    if (const Json* network = root.find("network")) {
        const Json* theta = network->find("theta");
        if (!theta) problems.push_back("'network' has no 'theta'");
        else read_theta(*theta, result.theta, problems);
    }
    if (!problems.empty()) return false;
    out = std::move(result);
    return true;
}

}  // namespace lab
