# bplab_embed_text(OUTPUT <file> MODE source|header NAMESPACE <ns> [INCLUDE <header>] ENTRIES <name>=<path>...)
# Adds a build-time rule that regenerates OUTPUT (see embed_text.cmake) whenever one of the files changes.
function(bplab_embed_text)
    cmake_parse_arguments(arg "" "OUTPUT;MODE;NAMESPACE;INCLUDE" "ENTRIES" ${ARGN})
    set(depends "")
    foreach(entry IN LISTS arg_ENTRIES)
        string(REGEX REPLACE "^[^=]*=" "" path "${entry}")
        list(APPEND depends "${path}")
    endforeach()
    string(REPLACE ";" "|" joined "${arg_ENTRIES}")
    add_custom_command(
        OUTPUT "${arg_OUTPUT}"
        COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${arg_OUTPUT}" "-DMODE=${arg_MODE}" "-DNAMESPACE=${arg_NAMESPACE}"
                "-DINCLUDE=${arg_INCLUDE}" "-DENTRIES=${joined}" -P "${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake"
        DEPENDS ${depends} "${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake"
        COMMENT "Embedding ${depends}"
        VERBATIM)
endfunction()

# bplab_embed_binary(OUTPUT <header> NAMESPACE <ns> NAME <identifier> INPUT <file>)
# Adds a build-time rule that regenerates the header (see embed_binary.cmake) whenever the file changes.
function(bplab_embed_binary)
    cmake_parse_arguments(arg "" "OUTPUT;NAMESPACE;NAME;INPUT" "" ${ARGN})
    add_custom_command(
        OUTPUT "${arg_OUTPUT}"
        COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${arg_OUTPUT}" "-DNAMESPACE=${arg_NAMESPACE}" "-DNAME=${arg_NAME}"
                "-DINPUT=${arg_INPUT}" -P "${PROJECT_SOURCE_DIR}/cmake/embed_binary.cmake"
        DEPENDS "${arg_INPUT}" "${PROJECT_SOURCE_DIR}/cmake/embed_binary.cmake"
        COMMENT "Embedding ${arg_INPUT}"
        VERBATIM)
endfunction()
