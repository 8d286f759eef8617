// bplab — the headless Backprop Lab: trains a lesson or a JSON config and prints what happened as JSON.
// Teachers use it for handouts; the tests use it to compare the page with the core.
#include <cinttypes>
#include <cstdio>

#include "args.h"
#include "soak.h"
#include <memory>

#include "core/csv_table.h"
#include "core/limits.h"
#include "lab/io/custom_data.h"
#include "lab/io/config_io.h"
#include "lab/io/percent_encoding.h"
#include "lab/io/text_file.h"
#include "lab/teach/divergence.h"
#include "lab/lessons/lessons.h"
#include "lab/io/report.h"

namespace {

constexpr int kUsageError = 2;

int fail(const std::string& message) {
    std::fprintf(stderr, "bplab: %s\n", message.c_str());
    return kUsageError;
}

// A CSV file as the data set "custom": the preview's default columns, an output layer that suits them.
bool load_data(const std::string& path, lab::LabConfig& config, std::string& error) {
    std::string text;
    if (!lab::read_text_file(path, core::kMaxCsvBytes, text, error)) return false;
    core::CsvTable table;
    core::Dataset data;
    std::vector<std::string> problems;
    if (core::read_csv_table(text, table, problems) &&
        core::dataset_from_table(table, core::default_choice(table), data, problems)) {
        lab::suit_task(data.task, config);
        config.dataset = core::DatasetKind::Custom;
        config.custom = std::make_shared<const core::Dataset>(std::move(data));
        return true;
    }
    error = path + ": " + problems.front();
    for (size_t k = 1; k < problems.size(); ++k) error += "; " + problems[k];
    return false;
}

bool apply_config_file(const std::string& path, lab::LabConfig& config, std::string& error);
bool apply_features(const std::string& list, lab::LabConfig& config, std::string& error);

// The lesson's config, with the CSV data, the JSON file's fields and --features on top. False with `error` set on
// any problem.
bool load_config(const cli::Args& args, const lab::Lesson*& lesson, lab::LabConfig& config, std::string& error) {
    lesson = args.lesson.empty() ? &lab::default_lesson() : lab::find_lesson(args.lesson);
    if (!lesson) {
        error = "no lesson '" + args.lesson + "' (run 'bplab lessons' for the list)";
        return false;
    }
    config = lesson->config;
    if (!args.data_path.empty() && !load_data(args.data_path, config, error)) return false;
    if (!args.config_path.empty() && !apply_config_file(args.config_path, config, error)) return false;
    return args.features.empty() || apply_features(args.features, config, error);
}

// --features x1,x2,x1x2: the words as the config field "features" reads them (lab/io/config_fields.h).
bool apply_features(const std::string& list, lab::LabConfig& config, std::string& error) {
    lab::Json words;
    words.type = lab::Json::Type::Array;
    for (const std::string& word : lab::split(list, ',')) {
        lab::Json item;
        item.type = lab::Json::Type::String;
        item.text = word;
        words.items.push_back(item);
    }
    const lab::ConfigField& field = *lab::find_config_field("features");
    const std::string problem = lab::read_field(field, words, config);
    if (!problem.empty()) error = "--features '" + list + "' " + problem;
    return problem.empty();
}

bool apply_config_file(const std::string& path, lab::LabConfig& config, std::string& error) {
    std::string text;
    if (!lab::read_text_file(path, core::kMaxStateFileBytes, text, error)) return false;
    lab::Json json;
    std::string parse_error;
    if (!lab::parse_json(text, json, parse_error)) {
        error = path + ": " + parse_error;
        return false;
    }
    const std::vector<std::string> problems = lab::apply_config_json(json, config);
    if (!problems.empty()) {
        error = path + ": " + problems.front();
        for (size_t k = 1; k < problems.size(); ++k) error += "; " + problems[k];
        return false;
    }
    return true;
}

void train(const cli::Args& args, lab::Session& session) {
    session.train_steps(static_cast<int>(args.steps));
    if (args.epochs >= 0)
        while (session.epoch() < args.epochs && session.can_step()) session.train_steps(1);
}

void write_lesson(const lab::Lesson& lesson, bool presets_used, lab::JsonWriter& out) {
    out.begin_object();
    out.key("number").value(lesson.number);
    out.key("id").value(lesson.id);
    out.key("title").value(lesson.title);
    out.key("preset_weights").value(presets_used);
    out.end_object();
}

int list_lessons() {
    for (const lab::Lesson& lesson : lab::lessons())
        std::printf("%2d  %-20s %s\n", lesson.number, lesson.id.c_str(), lesson.title.c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    cli::Args args;
    std::string error;
    if (!cli::parse_args(argc, argv, args, error)) {
        std::fprintf(stderr, "bplab: %s\n\n%s", error.c_str(), cli::usage());
        return kUsageError;
    }
    if (args.command == "help") {
        std::printf("%s", cli::usage());
        return 0;
    }
    if (args.command == "lessons") return list_lessons();
    if (args.command == "soak") return cli::soak(args.steps_given ? args.steps : 1000000, args.switches, args.lesson);

    const lab::Lesson* lesson = nullptr;
    lab::LabConfig config;
    if (!load_config(args, lesson, config, error)) return fail(error);
    lab::Session session(config);
    // A lesson's preset weights apply when its network shape is kept.
    const bool presets_used = !lesson->preset_theta.empty() && session.set_theta(lesson->preset_theta);
    if (args.example >= session.train_set().count())
        return fail("--example " + std::to_string(args.example) + " is out of range: the training set has " +
                    std::to_string(session.train_set().count()) + " examples");
    train(args, session);

    lab::JsonWriter out;
    out.begin_object();
    out.key("lesson");
    write_lesson(*lesson, presets_used, out);
    out.key("config");
    lab::write_config_json(session.config(), out);
    out.key("steps").value(session.steps());
    out.key("epoch").value(session.epoch());
    // null, or why training stopped early (divergence.h): the step, what happened and the likely cause
    out.key("divergence");
    if (session.divergence().happened()) out.value(lab::divergence_message(session.divergence()));
    else out.value_null();
    if (args.command == "run") {
        out.key("losses");
        lab::write_history_json(session.history(), out);
        out.key("network");
        lab::write_network_json(session.network(), out);
        out.key("example");
        lab::write_example_json(session, args.example, out);
        char hash[20];
        std::snprintf(hash, sizeof hash, "%016" PRIx64, core::weights_hash(session.network()));
        out.key("weights_hash").value(hash);
    } else {
        const int count = std::min(args.examples, session.train_set().count());
        std::vector<int> examples;
        for (int i = 0; i < count; ++i) examples.push_back(i);
        const auto entries = core::gradient_check(session.network(), config.train, session.train_set(), examples, args.h,
                                                  args.difference);
        out.key("gradcheck");
        lab::write_gradcheck_json(entries, args.h, args.difference, out);
    }
    out.end_object();
    std::printf("%s\n", out.str().c_str());
    return 0;
}
