# Build-time script (cmake -P): embeds one binary file (a font) into C++ as a byte array in a header:
#   inline constexpr unsigned char <NAME>[] = {0x00, …};   in namespace NAMESPACE
#
#   cmake -DOUTPUT=<header> -DNAMESPACE=<ns> -DNAME=<identifier> -DINPUT=<file> -P embed_binary.cmake
foreach(required OUTPUT NAMESPACE NAME INPUT)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "embed_binary.cmake: -D${required}=... is required")
    endif()
endforeach()
if(NOT EXISTS "${INPUT}")
    message(FATAL_ERROR "embed_binary.cmake: no file ${INPUT}")
endif()

file(READ "${INPUT}" hex HEX)
file(SIZE "${INPUT}" size)
# 0x.., then a line break every 32 bytes (64 hex digits) to keep the lines short
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x..,){32})" "\\1\n    " bytes "${bytes}")
get_filename_component(file_name "${INPUT}" NAME)

set(out "// Generated at build time by cmake/embed_binary.cmake from ${file_name} (${size} bytes). Do not edit.\n")
string(APPEND out "#pragma once\n\nnamespace ${NAMESPACE} {\n\n")
string(APPEND out "inline constexpr unsigned char ${NAME}[] = {\n    ${bytes}\n};\n\n}  // namespace ${NAMESPACE}\n")

file(WRITE "${OUTPUT}.tmp" "${out}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
