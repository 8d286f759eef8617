// Command-line arguments of the headless tool, parsed strictly: anything unknown or malformed is an error message.
#pragma once
#include <string>

#include "core/gradcheck.h"

namespace cli {

struct Args {
    std::string command;        // "run", "gradcheck", "lessons", "soak", "help"
    std::string lesson;         // number or id; empty = the default lesson
    std::string config_path;    // a JSON config file applied on top of the lesson
    std::string features;       // "x1,x2,x1x2": the input features (core/features.h), after the config file
    std::string data_path;      // a CSV file: the data set "custom" (core::default_choice's columns)
    long long steps = 0;        // mini-batch updates before the report
    bool steps_given = false;   // --steps was on the command line (soak has its own default)
    long long switches = 10000; // soak: lesson switches and resets
    long long epochs = -1;      // alternatively: train until this many epochs are complete
    int example = 0;            // training example whose z, a, δ and ∂J/∂Θ are printed
    double h = 1e-4;            // gradcheck: finite-difference step
    core::Difference difference = core::Difference::Central;  // gradcheck: its quotient (lab/teach/differences.h)
    int examples = 1;           // gradcheck: how many training examples form J
};

// Returns false with `error` set on bad arguments.
bool parse_args(int argc, char** argv, Args& args, std::string& error);
const char* usage();

}  // namespace cli
