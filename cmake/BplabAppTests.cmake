# The native app, end to end: it starts, trains, draws and writes a screenshot under a virtual X server.
# Skipped (77) where there is neither a display nor xvfb-run.
include(BplabCommandTests)
bplab_command_test(NAME app_rejects_bad_arguments COMMAND $<TARGET_FILE:backprop_lab> --frames zero
                   EXIT 2 MATCH "usage: backprop_lab")
set(shot "${CMAKE_BINARY_DIR}/app_smoke.png")
add_test(NAME app_screenshot
         COMMAND "${PROJECT_SOURCE_DIR}/tests/app_screenshot.sh" $<TARGET_FILE:backprop_lab> "${shot}")
set_tests_properties(app_screenshot PROPERTIES SKIP_RETURN_CODE 77)

# Lessons and links natively (issue 5): --lesson and --state open what the page's URL opens (with a cursor the
# trace of the next step is open: steps = 3 replayed + 1); bad values stop with
# a message naming the field and exit 2.
add_test(NAME app_lesson_flag
         COMMAND "${PROJECT_SOURCE_DIR}/tests/app_lecture.sh" $<TARGET_FILE:backprop_lab>
                 "${CMAKE_BINARY_DIR}/app_lesson_flag.json" "\"lesson\":3,|No single line separates" --lesson 3)
add_test(NAME app_state_flag
         COMMAND "${PROJECT_SOURCE_DIR}/tests/app_lecture.sh" $<TARGET_FILE:backprop_lab>
                 "${CMAKE_BINARY_DIR}/app_state_flag.json" "\"lesson\":16,|\"alpha\":0.1,|\"steps\":4,|\"index\":2,"
                 --state "lesson=16&alpha=0.1&steps=3&cursor=2")
set_tests_properties(app_lesson_flag app_state_flag PROPERTIES SKIP_RETURN_CODE 77)
# Presentation mode at a 1024×768 projector (issue 13): lessons 9, 13 and 15, screenshots left in the build dir.
add_test(NAME app_presentation COMMAND "${PROJECT_SOURCE_DIR}/tests/app_presentation.sh" $<TARGET_FILE:backprop_lab>
                                       "${CMAKE_BINARY_DIR}/presentation")
set_tests_properties(app_presentation PROPERTIES SKIP_RETURN_CODE 77)
# Autosave natively (issue 18): written on quit into a temporary XDG_CONFIG_HOME, offered at the next start.
add_test(NAME app_autosave COMMAND "${PROJECT_SOURCE_DIR}/tests/app_autosave.sh" $<TARGET_FILE:backprop_lab>
                                   "${CMAKE_BINARY_DIR}/app_autosave")
set_tests_properties(app_autosave PROPERTIES SKIP_RETURN_CODE 77)
bplab_command_test(NAME app_rejects_bad_state COMMAND $<TARGET_FILE:backprop_lab> --state "lesson=16&alpha=abc"
                   EXIT 2 MATCH "'alpha' must be a number")
bplab_command_test(NAME app_rejects_unknown_lesson COMMAND $<TARGET_FILE:backprop_lab> --lesson 99
                   EXIT 2 MATCH "no lesson '99'")
add_test(NAME app_surface COMMAND "${PROJECT_SOURCE_DIR}/tests/app_surface.sh" $<TARGET_FILE:backprop_lab>
                                  "${CMAKE_BINARY_DIR}")
set_tests_properties(app_surface PROPERTIES SKIP_RETURN_CODE 77)
add_test(NAME app_boundary COMMAND "${PROJECT_SOURCE_DIR}/tests/app_gpu_check.sh" $<TARGET_FILE:backprop_lab>
                                   --check-boundary 96)
set_tests_properties(app_boundary PROPERTIES SKIP_RETURN_CODE 77)
add_test(NAME app_activations COMMAND "${PROJECT_SOURCE_DIR}/tests/app_gpu_check.sh" $<TARGET_FILE:backprop_lab>
                                      --check-activations)
set_tests_properties(app_activations PROPERTIES SKIP_RETURN_CODE 77)

if(BPLAB_SANITIZE)
    # Under the asan preset these tests load Mesa's GL driver, which LeakSanitizer reports as small leaks from
    # "<unknown module>" after the driver is unloaded at exit: no suppression can name them. The app's own code
    # is leak-checked by the unit tests and the CLI tests; here ASan and UBSan still check every access.
    set_property(TEST app_screenshot app_lesson_flag app_state_flag app_presentation app_autosave app_surface app_boundary app_activations
                 PROPERTY ENVIRONMENT_MODIFICATION "ASAN_OPTIONS=string_append::detect_leaks=0")
endif()
