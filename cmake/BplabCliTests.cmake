# The headless CLI, end to end: the commands a handout or a CI script would run.
include(BplabCommandTests)
bplab_command_test(NAME cli_help COMMAND $<TARGET_FILE:bplab> help MATCH "usage: bplab")
bplab_command_test(NAME cli_lessons COMMAND $<TARGET_FILE:bplab> lessons MATCH "16 ")
bplab_command_test(NAME cli_run_prints_json COMMAND $<TARGET_FILE:bplab> run --steps 20 JSON)
bplab_command_test(NAME cli_run_xor_lesson COMMAND $<TARGET_FILE:bplab> run --lesson xor --epochs 3 JSON)
bplab_command_test(NAME cli_gradcheck_prints_json COMMAND $<TARGET_FILE:bplab> gradcheck JSON)
bplab_command_test(NAME cli_rejects_unknown_option COMMAND $<TARGET_FILE:bplab> run --no-such-option
                   EXIT 2 MATCH "usage: bplab")
bplab_command_test(NAME cli_rejects_unknown_lesson COMMAND $<TARGET_FILE:bplab> run --lesson no-such-lesson EXIT 2)
# --config reads at most the 16 MB limit from anything: /dev/zero never ends
bplab_command_test(NAME cli_config_from_endless_device COMMAND $<TARGET_FILE:bplab> run --config /dev/zero
                   EXIT 2 MATCH "/dev/zero: larger than the 16 MB limit")

# The thorough suite (tests/cli/cli.test.mjs, node's test runner): usage errors, config errors, JSON shapes, lessons.
find_program(NODE_EXECUTABLE node)
if(NODE_EXECUTABLE AND EXISTS "${PROJECT_SOURCE_DIR}/tests/cli/cli.test.mjs")
    add_test(NAME cli_node_suite
             COMMAND "${NODE_EXECUTABLE}" --test "${PROJECT_SOURCE_DIR}/tests/cli/cli.test.mjs")
    set_tests_properties(cli_node_suite PROPERTIES ENVIRONMENT "BPLAB=$<TARGET_FILE:bplab>")
endif()
