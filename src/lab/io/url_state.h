// The whole app state in the URL hash, short and readable (TF Playground's idea), e.g.
//   lesson=16&ds=spiral&noise=0.1&hidden=8,8&alpha=0.01&steps=120&cursor=37&w=0:1:0:2.5&hide=data,loss&proj=1
//   lesson=13&tab=surface&surf=regression,race,start=1:-3,n=64,span=4.5,3d,yaw=0.5,pitch=0.8,dist=4
// Only what differs from the lesson's defaults is written, so a lesson's own link is just "lesson=16".
//
// Reopening a link: build the session from `config` (plus the lesson's preset Θ, if any), apply `edits` to the
// initial weights, train `steps` updates, then put the step-trace cursor at event `cursor` of the next step.
//
// A link is a full description of a state: a lesson plus what differs from it. So a link opens as a whole or not at
// all: when at least one field applies (wholly or in part), the link replaces the lab's state and every field that
// did not apply is named in a notice; when none applies — every field unknown or refused — it is not opened and
// the lab stays exactly as it was. A link with no field at all ("", "#", "&&&") is not a link: nothing happens.
//
// Keys: each config field's URL key from the config-field table (config_fields.cpp: ds, points, noise, split, ...;
// its JSON key is accepted too), and lesson, steps, cursor, w, hide, proj, theme, expr, vars, tab (the network
// area's tab in front), palette (the class colours, ui/palette.h), predict (1: predict, then reveal), surf (the loss-surface view as
// lab/surface/surface_view.h's words) and data (the student's own points, up to 200, as lab/io/custom_data.h writes
// them; it makes the data set "custom"). focus=1 is the page's (it gives the lab the keys when it loads, for a slide's iframe): read past here, never written. Values are
// percent-encoded UTF-8 ('+' is a plus sign, not a space). Config values are checked by the table's rules, so the
// URL, JSON, CLI and UI share one set of rules.
#pragma once
#include <string>
#include <vector>

#include "core/limits.h"
#include "core/network.h"
#include "lab/io/config.h"
#include "lab/lessons/lessons.h"
#include "lab/io/percent_encoding.h"

namespace lab {

constexpr int kMaxWeightEdits = 4096;
constexpr double kMaxEditedWeight = 1e6;            // |Θᵢⱼ| of an edit
constexpr long long kMaxUrlSteps = 1000000;         // training steps replayed when a link opens

// Θ⁽ˡ⁺¹⁾ᵢⱼ := value, with code indices: theta[layer](row, col), col 0 = the bias column (network.h).
struct WeightEdit {
    int layer = 0;
    int row = 0;
    int col = 0;
    double value = 0.0;
};

struct UrlState {
    int lesson = default_lesson().number;  // 1..17
    LabConfig config;                    // the lesson's config with the link's changes
    long long steps = 0;                 // training steps done before the cursor
    int cursor = -1;                     // step-trace event index; −1 = no trace open
    std::vector<WeightEdit> edits;       // applied in order to the initial weights
    std::vector<std::string> hidden_panels;  // panel ids the user closed: "data", "loss", ...
    bool presentation = false;           // presentation mode (written proj=1, its word since projector mode)
    bool predict = false;                // predict, then reveal (lab/teach/prediction.h): predict=1
    std::string theme;                   // "" = the app's default; otherwise a short id such as "light"
    std::string palette;                 // "" = as it is; otherwise the class colours' id (ui/palette.h), e.g. "cb"
    std::string expression;              // typed expression of the graph lesson; "" = the lesson's (x + y) z
    std::string variables;               // its variable list "x = -2, y = 5"; "" = the lesson's
    std::string tab;                     // the network area's tab in front ("surface", "graph"); "" = the lesson's
    std::string surface;                 // the loss-surface view's words (checked here); "" = the lesson's
};

// The state a lesson opens with (an unknown number gives the default lesson's).
UrlState lesson_state(int lesson);

// "lesson=N" followed by every field that differs from lesson_state(N), in a fixed order; no leading '#'.
std::string encode(const UrlState& state);

// A link read: the state it describes, one notice per problem, and which fields applied.
struct DecodedLink {
    UrlState state;
    std::vector<std::string> notices;
    std::vector<std::string> applied;  // canonical keys of the fields that applied, wholly or in part
    bool empty = false;                // no field at all ("", "#", "&&&"): nothing to open
};

// Starts from the lesson's defaults (lesson=… may be anywhere; none or an unknown one means default_lesson()) and
// applies every field it can. One notice per problem, each naming the field: unknown fields and bad values are
// ignored ("'alpha' must be a number in [0, 10]"), the other fields still apply. A repeated field: the last one
// wins. A leading '#' is skipped. A link longer than core::kMaxLinkLength is read no further: nothing applies.
// Never throws.
DecodedLink decode_link(const std::string& hash);
// The same, returning only the notices.
std::vector<std::string> decode(const std::string& hash, UrlState& out);

// The notice for a link longer than core::kMaxLinkLength (the page checks the length before the text reaches us).
std::string link_too_long_notice(double length);

// A count as a student reads it in a notice: 1000000 → "1,000,000".
std::string digits_grouped(long long count);

// Applies the edits that fit the network's shape; one notice per edit that does not ("'w' edit 3: Θ⁽²⁾ has 2 rows").
std::vector<std::string> apply_weight_edits(const std::vector<WeightEdit>& edits, core::Network& net);

}  // namespace lab
