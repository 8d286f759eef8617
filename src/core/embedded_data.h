// The shared data files (data/iris.csv, data/digits.csv), compiled into the program so that the browser build
// needs no file system. The definitions are generated at build time from data/ (see CMakeLists.txt).
#pragma once
#include <string_view>

namespace core {

std::string_view iris_csv();
std::string_view digits_csv();

}  // namespace core
