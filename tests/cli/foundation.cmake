# The CLI skeleton: help, version, usage errors.
regsim_cli_test(NAME has_help EXIT 0 ARGS --help MATCH "Usage: regsim")
regsim_cli_test(NAME help_lists_exit_codes EXIT 0 ARGS --help MATCH "Exit codes: 0 success, 1")
regsim_cli_test(NAME has_version EXIT 0 ARGS --version MATCH "^regsim [0-9]+\\.[0-9]+\\.[0-9]+")
regsim_cli_test(NAME unknown_option_exits_2 EXIT 2 ARGS --no-such-option
                MATCH "regsim: error: .*no-such-option.*\nRun 'regsim --help'")
regsim_cli_test(NAME no_command_exits_2 EXIT 2 ARGS MATCH "a command is required")
regsim_cli_test(NAME unknown_command_exits_2 EXIT 2 ARGS frobnicate MATCH "frobnicate")
