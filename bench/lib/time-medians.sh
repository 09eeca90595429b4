# Sourced by the bench scripts that time whole processes with /usr/bin/time -f '%e %U %S %M' (one line per run).

# The median of the numbers on standard input, one per line.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The medians of such a log: wall seconds, CPU seconds (user + sys) and peak resident KiB, on one line.
time_medians() {
  echo "$(awk '{ print $1 }' "$1" | median) $(awk '{ print $2 + $3 }' "$1" | median) $(awk '{ print $4 }' "$1" | median)"
}

# The line that opens a table: when, the machine's load, how many runs each command had.
table_stamp() {
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d ' ' -f 1-3 /proc/loadavg), $1 runs each, medians"
}

# Runs the commands of the array cmds for RUNS rounds, taking turns so that a change in the machine's load falls on
# all of them alike; command i appends /usr/bin/time's line to WORK/m$i. PREPARE, a function name, runs before each.
time_in_turns() {
  local runs="$1" work="$2" prepare="${3:-}" r i
  for ((r = 1; r <= runs; r++)); do
    for i in "${!cmds[@]}"; do
      [ -z "$prepare" ] || "$prepare"
      /usr/bin/time -a -o "$work/m$i" -f '%e %U %S %M' sh -c "${cmds[$i]} > /dev/null 2>&1"
    done
  done
}
