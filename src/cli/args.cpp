#include "args.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "lab/teach/differences.h"

namespace cli {
namespace {

bool parse_integer(const std::string& text, long long lo, long long hi, long long& out) {
    if (text.empty()) return false;
    errno = 0;
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || *end != '\0' || value < lo || value > hi) return false;
    out = value;
    return true;
}

bool parse_number(const std::string& text, double lo, double hi, double& out) {
    if (text.empty()) return false;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (*end != '\0' || !std::isfinite(value) || value < lo || value > hi) return false;
    out = value;
    return true;
}

}  // namespace

const char* usage() {
    return "usage: bplab COMMAND [OPTIONS]\n"
           "\n"
           "commands:\n"
           "  run        train, then print JSON: config, losses per epoch, weights, and for one example\n"
           "             the per-layer z, a, delta and dJ/dTheta\n"
           "  gradcheck  print analytic vs numeric dJ/dTheta for every weight, with relative errors\n"
           "  lessons    list the lessons\n"
           "  soak       reliability: train --steps updates (default 1000000) and make --switches lesson\n"
           "             switches and resets (default 10000); prints resident memory at start and end\n"
           "  help       this text\n"
           "\n"
           "options:\n"
           "  --lesson N|ID      start from a lesson (default: 16, backprop)\n"
           "  --config FILE      a JSON config applied on top of the lesson (fields as 'run' prints them)\n"
           "  --data FILE.csv    your own data: the first two number columns are x, the last column y\n"
           "  --features LIST    the input layer's features, e.g. x1,x2,x1x2 (x1 x2 x1sq x2sq x1x2 sinx1 sinx2)\n"
           "  --steps N          mini-batch updates to make first (0..100000000, default 0)\n"
           "  --epochs N         or: train until N epochs are complete (0..1000000)\n"
           "  --example I        training example to report (default 0)\n"
           "  --h H              gradcheck step (1e-10..1, default 1e-4)\n"
           "  --difference KIND  gradcheck: central (default) or forward\n"
           "  --examples K       gradcheck: the first K training examples form J (default 1)\n"
           "  --switches N       soak: lesson switches and resets (0..1000000, default 10000)\n";
}

bool parse_args(int argc, char** argv, Args& args, std::string& error) {
    if (argc < 2) {
        error = "no command given";
        return false;
    }
    args.command = argv[1];
    if (args.command == "--help" || args.command == "-h") args.command = "help";
    if (args.command != "run" && args.command != "gradcheck" && args.command != "lessons" && args.command != "help" &&
        args.command != "soak") {
        error = "unknown command '" + args.command + "' (expected run, gradcheck, lessons, soak or help)";
        return false;
    }
    for (int k = 2; k < argc; ++k) {
        const std::string flag = argv[k];
        if (k + 1 >= argc) {
            error = flag.rfind("--", 0) == 0 ? "option " + flag + " needs a value" : "unexpected argument '" + flag + "'";
            return false;
        }
        const std::string value = argv[++k];
        long long integer = 0;
        bool ok = true;
        std::string allowed;  // what the flag takes, for the error message
        if (flag == "--lesson") {
            args.lesson = value;
        } else if (flag == "--config") {
            args.config_path = value;
        } else if (flag == "--features") {
            args.features = value;  // checked by the config-field table, as the file's "features" is
        } else if (flag == "--data") {
            args.data_path = value;
        } else if (flag == "--steps") {
            ok = parse_integer(value, 0, 100000000, args.steps);
            args.steps_given = true;
            allowed = "a whole number from 0 to 100000000";
        } else if (flag == "--epochs") {
            ok = parse_integer(value, 0, 1000000, args.epochs);
            allowed = "a whole number from 0 to 1000000";
        } else if (flag == "--example") {
            ok = parse_integer(value, 0, 1000000, integer);
            args.example = static_cast<int>(integer);
            allowed = "a whole number from 0 to 1000000";
        } else if (flag == "--h") {
            ok = parse_number(value, 1e-10, 1.0, args.h);
            allowed = "a number from 1e-10 to 1";
        } else if (flag == "--difference") {
            ok = false;
            for (const lab::DifferenceInfo& d : lab::kDifferences) {
                if (value == d.name) ok = true, args.difference = d.kind;
            }
            allowed = "central or forward";
        } else if (flag == "--examples") {
            ok = parse_integer(value, 1, 10000, integer);
            args.examples = static_cast<int>(integer);
            allowed = "a whole number from 1 to 10000";
        } else if (flag == "--switches") {
            ok = parse_integer(value, 0, 1000000, args.switches);
            allowed = "a whole number from 0 to 1000000";
        } else {
            error = "unknown option '" + flag + "'";
            return false;
        }
        if (!ok) {
            error = "bad value '" + value + "' for " + flag + (allowed.empty() ? "" : ": expected " + allowed);
            return false;
        }
    }
    return true;
}

}  // namespace cli
