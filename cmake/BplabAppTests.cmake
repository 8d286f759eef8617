# The native app, end to end: it starts, trains, draws and writes a screenshot under a virtual X server.
# Skipped (77) where there is neither a display nor xvfb-run.
include(BplabCommandTests)
bplab_command_test(NAME app_rejects_bad_arguments COMMAND $<TARGET_FILE:backprop_lab> --frames zero
                   EXIT 2 MATCH "usage: backprop_lab")
set(shot "${CMAKE_BINARY_DIR}/app_smoke.png")
add_test(NAME app_screenshot
         COMMAND "${PROJECT_SOURCE_DIR}/tests/app_screenshot.sh" $<TARGET_FILE:backprop_lab> "${shot}")
set_tests_properties(app_screenshot PROPERTIES SKIP_RETURN_CODE 77)
