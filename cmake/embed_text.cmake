# Build-time script (cmake -P): embeds text files into C++ as adjacent string literals, one per source line.
# Literals parse far faster than a char-array initializer of numbers (gcc and emcc handle data/digits.csv, 260 KB,
# in a fraction of a second).
#
#   cmake -DOUTPUT=<file> -DMODE=source|header -DNAMESPACE=<ns> -DENTRIES=<name>=<path>|<name>=<path>...
#         [-DINCLUDE=<header the source mode implements>] -P embed_text.cmake
#
# MODE=source writes `std::string_view <name>()` definitions (declared in INCLUDE);
# MODE=header writes `inline constexpr std::string_view <name>` constants.
# ENTRIES uses '|' between entries because ';' would be split by add_custom_command.

function(text_to_literals text out_var)
    string(REPLACE "\\" "\\\\" text "${text}")
    string(REPLACE "\"" "\\\"" text "${text}")
    string(REPLACE "\r" "\\r" text "${text}")
    string(REPLACE "\t" "\\t" text "${text}")
    string(REPLACE "\n" "\\n\"\n    \"" text "${text}")
    set(${out_var} "    \"${text}\"" PARENT_SCOPE)
endfunction()

foreach(required OUTPUT MODE NAMESPACE ENTRIES)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "embed_text.cmake: -D${required}=... is required")
    endif()
endforeach()

string(REPLACE "|" ";" entries "${ENTRIES}")
set(body "")
set(sources "")
foreach(entry IN LISTS entries)
    string(REGEX MATCH "^([A-Za-z_][A-Za-z0-9_]*)=(.+)$" matched "${entry}")
    if(NOT matched)
        message(FATAL_ERROR "embed_text.cmake: bad entry '${entry}' (want name=path)")
    endif()
    set(name "${CMAKE_MATCH_1}")
    set(path "${CMAKE_MATCH_2}")
    file(READ "${path}" text)
    text_to_literals("${text}" literals)
    get_filename_component(file_name "${path}" NAME)
    string(APPEND sources " ${file_name}")
    if(MODE STREQUAL "source")
        string(APPEND body "namespace {\nconst char k_${name}[] =\n${literals};\n}  // namespace\n"
                            "std::string_view ${name}() { return {k_${name}, sizeof(k_${name}) - 1}; }\n\n")
    else()
        string(APPEND body "inline constexpr std::string_view ${name} =\n${literals};\n\n")
    endif()
endforeach()

set(out "// Generated at build time by cmake/embed_text.cmake from${sources}. Do not edit.\n")
if(MODE STREQUAL "source")
    string(APPEND out "#include \"${INCLUDE}\"\n\n")
else()
    string(APPEND out "#pragma once\n#include <string_view>\n\n")
endif()
string(APPEND out "namespace ${NAMESPACE} {\n\n${body}}  // namespace ${NAMESPACE}\n")

# Write through a temporary so that an unchanged result keeps its timestamp (no needless recompiles).
file(WRITE "${OUTPUT}.tmp" "${out}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
