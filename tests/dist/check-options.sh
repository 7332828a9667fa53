#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# check-options.sh PROGRAM MANPAGE COMPLETION
# Fails when the options PROGRAM --help prints and those its man page documents (the tags of
# the OPTIONS section) or its bash completion offers (after "-") are not the same set, naming
# what is missing where. The man page and the completion are written by hand, so a new option
# must be added to both.
set -euo pipefail

if (($# != 3)); then
    echo "usage: $0 PROGRAM MANPAGE COMPLETION" >&2
    exit 2
fi
program=$1 manpage=$2 completion=$3
name=$(basename "$program")

# --help: the option column of each option line ("  -h, --help   Displays…",
# "  --key <KEY>  Shared…"); continuation lines are indented further and never start with "-".
help_output=$(QT_QPA_PLATFORM=offscreen "$program" --help)
from_help=$(printf '%s\n' "$help_output" | sed -n 's/^  \{1,4\}\(-[^ ].*\)/\1/p' \
    | sed 's/  .*//' | grep -oE -- '(^|[ ,])--?[[:alnum:]][[:alnum:]-]*' | tr -d ' ,' | sort -u)
[[ -n $from_help ]] || {
    echo "no options found in $name --help:" >&2
    printf '%s\n' "$help_output" >&2
    exit 1
}

# The man page: the tag line after each .TP in the OPTIONS section ("\-\-key" is "--key").
from_man=$(awk '/^\.SH /{ section = $2 } section == "OPTIONS" && tag { print; tag = 0 }
        section == "OPTIONS" && /^\.TP/ { tag = 1 }' "$manpage" \
    | sed 's/\\-/-/g' | grep -oE -- '(^|[ "])--?[[:alnum:]][[:alnum:]-]*' | tr -d ' "' | sort -u)

# The completion: what it offers for "-" on an otherwise empty command line, run as bash would.
from_completion=$(bash -c '
    set -euo pipefail
    source "$1"
    function=$(complete -p "$2" | sed -n "s/.* -F \([^ ]*\) .*/\1/p")
    COMP_WORDS=("$2" -) COMP_CWORD=1 COMPREPLY=()
    "$function"
    printf "%s\n" "${COMPREPLY[@]}"' check "$completion" "$name" | sort -u)

# A list on one line.
words() { printf '%s\n' "$1" | paste -sd " " -; }

status=0
compare() { # compare WHAT LIST
    local missing extra
    missing=$(comm -23 <(printf '%s\n' "$from_help") <(printf '%s\n' "$2"))
    extra=$(comm -13 <(printf '%s\n' "$from_help") <(printf '%s\n' "$2"))
    if [[ -n $missing ]]; then
        echo "FAIL: $1 lacks what $name --help prints: $(words "$missing")"
        status=1
    fi
    if [[ -n $extra ]]; then
        echo "FAIL: $1 has what $name --help does not print: $(words "$extra")"
        status=1
    fi
}
compare "the man page $(basename "$manpage")" "$from_man"
compare "the bash completion $(basename "$completion")" "$from_completion"
if ((status == 0)); then
    echo "PASS: $name: --help, man page and completion agree on: $(words "$from_help")"
fi
exit $status
