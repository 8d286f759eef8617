// The lecture's worked numbers, computed by the core and printed the way LESSONS.md prints them, so a lesson can show
// them on screen next to the live network. Nothing here is a stored result: every number comes from the core.
#pragma once
#include <string>
#include <vector>

namespace lab {

// The lines of worked numbers for a lesson, by its id (lessons.h: "softmax", "hinge", ...); empty for lessons
// without any.
std::vector<std::string> worked_example(const std::string& lesson_id);

struct Lesson;
// The lesson's worked lines for a panel it opens (by panel name: "gradcheck"); empty for a panel it does not open.
std::vector<std::string> worked_example_on(const Lesson* lesson, const std::string& panel);

}  // namespace lab
