#include "lab/io/url_state.h"

#include <cmath>
#include <cstdlib>
#include <memory>
#include <utility>

#include "lab/io/config_fields.h"
#include "lab/io/config_io.h"
#include "lab/io/custom_data.h"
#include "core/expression.h"
#include "lab/io/json.h"
#include "lab/io/percent_encoding.h"
#include "lab/surface/surface_view.h"

namespace lab {
namespace {

// The config fields' keys are in the config-field table (config_fields.h); these are the link's own.
const char* const kOtherKeys[] = {"lesson", "steps", "cursor", "w",   "hide", "proj",
                                  "theme",  "expr",  "vars",   "tab", "surf", kCustomDataUrlKey,
                                  "palette", "predict"};
// focus=1: the page gives the lab the keys when it loads (web/shell.html); the lab's state does not change.
constexpr const char* kPageKey = "focus";
constexpr int kMaxPanels = 32;
constexpr size_t kMaxWordLength = 32;
constexpr size_t kMaxSurfaceWords = 400;  // a full view is about 100 characters
constexpr int kMaxCursor = 100000000;

std::string quote(const std::string& key) { return "'" + key + "'"; }

// The key for a URL field name — a config field's URL key also when the link gives its JSON key — or "" when it is
// not one of ours.
std::string canonical(const std::string& name) {
    if (const ConfigField* field = find_config_field(name)) return field->url;
    for (const char* other : kOtherKeys)
        if (name == other) return other;
    return "";
}

// A user's value inside a notice: printable ASCII only, and short.
std::string shown(const std::string& value) {
    std::string out;
    for (size_t i = 0; i < value.size() && i < 32; ++i)
        out += value[i] >= 0x20 && value[i] < 0x7F ? value[i] : '?';
    return "'" + out + (value.size() > 32 ? "…'" : "'");
}

bool parse_whole(const std::string& text, double lo, double hi, long long& out) {
    double value = 0.0;
    if (!parse_link_number(text, value) || value != std::floor(value) || value < lo || value > hi) return false;
    out = static_cast<long long>(value);
    return true;
}
bool is_word(const std::string& text) {  // panel and theme ids: a-z 0-9 _ -
    if (text.size() > kMaxWordLength) return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
    return true;
}
size_t characters(const std::string& text) {  // UTF-8 code points
    size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

// How a config field reads in the URL: numbers in shortest round-trip form, layer sizes as "4,2" (or "none"),
// features as "x1,x2,x1x2".
std::string url_text(const ConfigField& field, const LabConfig& config) {
    switch (field.kind) {
        case FieldKind::Number:
        case FieldKind::Integer: return format_double(field.number(config));
        case FieldKind::Choice: return field.name(config);
        case FieldKind::Sizes: break;
        case FieldKind::Set: {
            std::string words;
            for (const std::string& word : field.words(config)) words += (words.empty() ? "" : ",") + word;
            return words;
        }
    }
    std::string out;
    for (int units : field.sizes(config)) out += (out.empty() ? "" : ",") + std::to_string(units);
    return out.empty() ? "none" : out;
}
// The reverse, as the JSON value the field reads. Text that is not a number stays a string, so that the field's
// rule reports it with its usual message.
Json json_item(const std::string& text, bool numeric) {
    Json item;
    item.type = Json::Type::String;
    item.text = text;
    if (numeric && parse_link_number(text, item.number)) item.type = Json::Type::Number;
    return item;
}
Json json_value(const ConfigField& field, const std::string& text) {
    if (field.kind != FieldKind::Sizes && field.kind != FieldKind::Set)
        return json_item(text, field.kind != FieldKind::Choice);
    Json list;
    list.type = Json::Type::Array;
    if (!text.empty() && text != "none")
        for (const std::string& item : split(text, ','))
            list.items.push_back(json_item(item, field.kind == FieldKind::Sizes));
    return list;
}

struct Field {
    std::string key;      // canonical key: a config field's URL key, or one of kOtherKeys
    std::string spelled;  // as the link wrote it, for notices
    std::string value;
    const ConfigField* config = nullptr;  // the config field, if it is one
};

// "'w': 2 of 5 ignored (first: 'abc'); <rule>" — one notice per field however many items are bad.
void report_bad(const std::string& field, int bad, size_t total, const std::string& first, const std::string& rule,
                std::vector<std::string>& notices) {
    if (bad > 0)
        notices.push_back(quote(field) + ": " + std::to_string(bad) + " of " + std::to_string(total) +
                          " ignored (first: " + first + "); " + rule);
}

// True when at least one edit applies.
bool decode_edits(const Field& f, UrlState& out, std::vector<std::string>& notices) {
    std::vector<std::string> items = f.value.empty() ? std::vector<std::string>{} : split(f.value, ',');
    if (items.size() > static_cast<size_t>(kMaxWeightEdits)) {
        notices.push_back(quote(f.spelled) + " holds " + std::to_string(items.size()) + " edits; only the first " +
                          std::to_string(kMaxWeightEdits) + " are used");
        items.resize(kMaxWeightEdits);
    }
    int bad = 0;
    std::string first_bad;
    for (const std::string& item : items) {
        const std::vector<std::string> parts = split(item, ':');
        long long index[3] = {0, 0, 0};
        WeightEdit edit;
        bool ok = parts.size() == 4 && parse_link_number(parts[3], edit.value) && std::fabs(edit.value) <= kMaxEditedWeight;
        for (size_t k = 0; ok && k < 3; ++k) ok = parse_whole(parts[k], 0, 9999, index[k]);
        if (!ok && bad++ == 0) first_bad = shown(item);
        if (!ok) continue;
        edit.layer = static_cast<int>(index[0]);
        edit.row = static_cast<int>(index[1]);
        edit.col = static_cast<int>(index[2]);
        out.edits.push_back(edit);
    }
    report_bad(f.spelled, bad, items.size(), first_bad,
               "each edit is layer:row:col:value with |value| ≤ " + format_double(kMaxEditedWeight), notices);
    return bad < static_cast<int>(items.size());
}

// True when at least one panel id applies (an empty list too: it shows every panel).
bool decode_panels(const Field& f, UrlState& out, std::vector<std::string>& notices) {
    const std::vector<std::string> panels = f.value.empty() ? std::vector<std::string>{} : split(f.value, ',');
    int bad = 0;
    std::string first_bad;
    for (const std::string& panel : panels) {
        bool seen = false;
        for (const std::string& p : out.hidden_panels) seen = seen || p == panel;
        const bool ok = !panel.empty() && is_word(panel) && out.hidden_panels.size() < static_cast<size_t>(kMaxPanels);
        if (!ok && bad++ == 0) first_bad = shown(panel);
        if (ok && !seen) out.hidden_panels.push_back(panel);
    }
    report_bad(f.spelled, bad, panels.size(), first_bad,
               "panels are ids of a-z, 0-9, '_' and '-' such as data or loss, at most " + std::to_string(kMaxPanels),
               notices);
    return panels.empty() || bad < static_cast<int>(panels.size());
}

// Everything but the lesson and the config; true when the field applied.
bool decode_other(const Field& f, UrlState& out, std::vector<std::string>& notices) {
    const std::string& v = f.value;
    const std::string name = quote(f.spelled);
    long long whole = 0;
    if (f.key == "steps") {
        if (parse_whole(v, 0, kMaxUrlSteps, whole)) {
            out.steps = whole;
            return true;
        }
        notices.push_back(name + " must be a whole number from 0 to " + std::to_string(kMaxUrlSteps) + "; ignored");
    } else if (f.key == "cursor") {
        if (parse_whole(v, -1, kMaxCursor, whole)) {
            out.cursor = static_cast<int>(whole);
            return true;
        }
        notices.push_back(name + " must be a whole number from -1 (none) to " + std::to_string(kMaxCursor) +
                          "; ignored");
    } else if (f.key == "w") {
        return decode_edits(f, out, notices);
    } else if (f.key == "hide") {
        return decode_panels(f, out, notices);
    } else if (f.key == kCustomDataUrlKey) {  // the student's own points: the data set becomes "custom"
        core::Dataset data;
        std::string problem;
        if (read_custom_data_link(v, data, problem)) {
            out.config.dataset = core::DatasetKind::Custom;
            out.config.custom = std::make_shared<const core::Dataset>(std::move(data));
            return true;
        }
        notices.push_back(problem + "; ignored");
    } else if (f.key == "proj" || f.key == "predict") {
        if (v == "1" || v == "true" || v == "0" || v == "false") {
            (f.key == "proj" ? out.presentation : out.predict) = v == "1" || v == "true";
            return true;
        }
        notices.push_back(name + " must be 1 or 0; ignored");
    } else if (f.key == "theme" || f.key == "tab" || f.key == "palette") {
        if (is_word(v) && (f.key == "theme" || !v.empty())) {
            (f.key == "theme" ? out.theme : f.key == "tab" ? out.tab : out.palette) = v;
            return true;
        }
        notices.push_back(name + " must be a short id of a-z, 0-9, '_' and '-'; ignored");
    } else if (f.key == "surf") {
        SurfaceView view;
        std::string error;
        if (v.size() <= kMaxSurfaceWords && parse_surface_view(v, view, error)) {
            out.surface = v;
            return true;
        }
        notices.push_back(name + ": " + (error.empty() ? "longer than " + std::to_string(kMaxSurfaceWords) +
                                                             " characters" : error) + "; ignored");
    } else {  // expr, vars: kept as typed; the graph panel reports their syntax errors where they are edited
        const int limit = core::kMaxExpressionLength;
        if (characters(v) <= static_cast<size_t>(limit)) {
            (f.key == "expr" ? out.expression : out.variables) = v;
            return true;
        }
        notices.push_back(name + " is longer than " + std::to_string(limit) + " characters; ignored");
    }
    return false;
}

DecodedLink decode_fields(const std::string& hash) {
    DecodedLink link;
    UrlState& out = link.state;
    std::vector<std::string>& notices = link.notices;
    out = lesson_state(default_lesson().number);
    const std::string text = !hash.empty() && hash[0] == '#' ? hash.substr(1) : hash;
    if (text.size() > static_cast<size_t>(core::kMaxLinkLength)) {
        notices.push_back(link_too_long_notice(static_cast<double>(text.size())));
        return link;
    }
    // Gather the fields: names decoded and made canonical; a repeated one keeps the last value.
    std::vector<Field> fields;
    link.empty = true;
    for (const std::string& piece : split(text, '&')) {
        if (piece.empty()) continue;
        const size_t eq = piece.find('=');
        if (piece.substr(0, eq) == kPageKey) {  // the page's, not the lab's: it neither opens nor refuses a link
            if (piece != "focus=1" && piece != "focus=0") notices.push_back("'focus' must be 1 or 0; ignored");
            continue;
        }
        link.empty = false;
        Field f;
        if (!percent_decode(piece.substr(0, eq), f.spelled) || f.spelled.empty()) {
            notices.push_back("field name " + shown(piece.substr(0, eq)) + " is not valid percent-encoding; ignored");
            continue;
        }
        f.key = canonical(f.spelled);
        f.config = find_config_field(f.spelled);
        if (f.key.empty()) {
            notices.push_back("unknown field " + shown(f.spelled) + " ignored");
        } else if (eq == std::string::npos) {
            notices.push_back(quote(f.spelled) + " has no value; ignored");
        } else if (!percent_decode(piece.substr(eq + 1), f.value)) {
            notices.push_back(quote(f.spelled) + " is not valid percent-encoding (a '%' needs two hex digits); ignored");
        } else {
            bool repeated = false;
            for (Field& earlier : fields)
                if (earlier.key == f.key) repeated = true, earlier = f;
            if (repeated) notices.push_back(quote(f.spelled) + " is given more than once; the last one is used");
            else fields.push_back(f);
        }
    }
    // The lesson first: it sets the defaults the other fields change. Whether an unknown lesson falls back to the
    // default one depends on whether anything else applies, so its notice is written at the end.
    const Field* bad_lesson = nullptr;
    const size_t lesson_notice_at = notices.size();
    for (const Field& f : fields) {
        if (f.key != "lesson") continue;
        long long number = 0;
        const Lesson* lesson = find_lesson(f.value);
        if (!lesson && parse_whole(f.value, 1, 1e6, number)) lesson = find_lesson(std::to_string(number));  // "07"
        if (lesson) out = lesson_state(lesson->number), link.applied.push_back(f.key);
        else bad_lesson = &f;
    }
    // The config: one JSON object checked as config JSON is; its notices name each field as the link spelled it.
    Json object;
    object.type = Json::Type::Object;
    for (const Field& f : fields)
        if (f.config) object.members.emplace_back(f.config->json, json_value(*f.config, f.value));
    const std::vector<ConfigProblem> problems = read_config_json(object, out.config);
    for (const ConfigProblem& problem : problems) {
        std::string name = problem.field ? quote(problem.field->url) : "";
        for (const Field& f : fields)
            if (problem.field && f.config == problem.field) name = quote(f.spelled);
        const std::string notice = name.empty() ? problem.text : name + " " + problem.text;
        notices.push_back(notice + (notice.find("; ") == std::string::npos ? "; ignored" : ""));
    }
    for (const Field& f : fields) {
        bool refused = false;
        for (const ConfigProblem& problem : problems) refused = refused || problem.field == f.config;
        if (f.config && !refused) link.applied.push_back(f.key);
    }
    for (const Field& f : fields)
        if (f.key != "lesson" && !f.config && decode_other(f, out, notices)) link.applied.push_back(f.key);
    if (bad_lesson) {
        const std::string fallback = link.applied.empty()
                                         ? "ignored"
                                         : "lesson " + std::to_string(default_lesson().number) + " used";
        notices.insert(notices.begin() + static_cast<long>(lesson_notice_at),
                       quote(bad_lesson->spelled) + " must be a lesson number from 1 to " +
                           std::to_string(lessons().size()) + " or its id (such as xor); " + fallback);
    }
    return link;
}

}  // namespace

UrlState lesson_state(int lesson) {
    const Lesson* found = find_lesson(std::to_string(lesson));
    if (!found) found = &default_lesson();
    UrlState state;
    if (found) {
        state.lesson = found->number;
        state.config = found->config;
    }
    return state;
}

std::string encode(const UrlState& state) {
    try {
        const UrlState base = lesson_state(state.lesson);
        std::string out = "lesson=" + std::to_string(base.lesson);
        auto add = [&out](const char* key, const std::string& value) {
            out += std::string("&") + key + "=" + percent_encode(value);
        };
        for (const ConfigField& field : config_fields()) {
            const std::string value = url_text(field, state.config);
            if (value != url_text(field, base.config)) add(field.url, value);
        }
        if (state.steps != 0) add("steps", std::to_string(state.steps));
        if (state.cursor != -1) add("cursor", std::to_string(state.cursor));
        std::string list;
        for (const WeightEdit& e : state.edits)
            list += (list.empty() ? "" : ",") + std::to_string(e.layer) + ":" + std::to_string(e.row) + ":" +
                    std::to_string(e.col) + ":" + format_double(e.value);
        if (!list.empty()) add("w", list);
        list.clear();
        for (const std::string& panel : state.hidden_panels) list += (list.empty() ? "" : ",") + panel;
        if (!list.empty()) add("hide", list);
        if (state.presentation) add("proj", "1");
        if (!state.theme.empty()) add("theme", state.theme);
        if (!state.expression.empty()) add("expr", state.expression);
        if (!state.variables.empty()) add("vars", state.variables);
        if (!state.tab.empty()) add("tab", state.tab);
        if (!state.surface.empty()) add("surf", state.surface);
        if (state.config.dataset == core::DatasetKind::Custom && state.config.custom) {  // beyond 200 points: none
            const std::string points = custom_data_link(*state.config.custom);
            if (!points.empty()) add(kCustomDataUrlKey, points);
        }
        if (!state.palette.empty()) add("palette", state.palette);
        if (state.predict) add("predict", "1");
        return out;
    } catch (...) {  // only std::bad_alloc; the API promises not to throw
        return std::string();
    }
}

DecodedLink decode_link(const std::string& hash) {
    try {
        return decode_fields(hash);
    } catch (...) {
        DecodedLink refused;
        refused.notices = {"out of memory"};
        return refused;
    }
}

std::vector<std::string> decode(const std::string& hash, UrlState& out) {
    DecodedLink link = decode_link(hash);
    out = std::move(link.state);
    return std::move(link.notices);
}

std::string link_too_long_notice(double length) {
    return "the link is " + digits_grouped(static_cast<long long>(length)) +
           " bytes long (UTF-8); a link may have at most " + digits_grouped(core::kMaxLinkLength);
}

std::string digits_grouped(long long count) {
    std::string digits = std::to_string(count < 0 ? -count : count), out;
    for (size_t k = 0; k < digits.size(); ++k) {
        if (k > 0 && (digits.size() - k) % 3 == 0) out += ',';
        out += digits[k];
    }
    return (count < 0 ? "-" : "") + out;
}

std::vector<std::string> apply_weight_edits(const std::vector<WeightEdit>& edits, core::Network& net) {
    std::vector<std::string> notices;
    for (size_t k = 0; k < edits.size(); ++k) {
        const WeightEdit& e = edits[k];
        const bool layer_fits = e.layer >= 0 && e.layer < static_cast<int>(net.theta.size());
        core::Matrix* theta = layer_fits ? &net.theta[static_cast<size_t>(e.layer)] : nullptr;
        if (theta && e.row >= 0 && e.col >= 0 && e.row < theta->rows && e.col < theta->cols && std::isfinite(e.value)) {
            (*theta)(e.row, e.col) = e.value;
            continue;
        }
        const std::string shape = theta ? "theta[" + std::to_string(e.layer) + "] is " + std::to_string(theta->rows) +
                                              " x " + std::to_string(theta->cols)
                                        : "the network has " + std::to_string(net.theta.size()) + " weight matrices";
        notices.push_back("'w' edit " + std::to_string(k + 1) + " (" + std::to_string(e.layer) + ":" +
                          std::to_string(e.row) + ":" + std::to_string(e.col) + ") ignored: " + shape);
    }
    return notices;
}

}  // namespace lab
