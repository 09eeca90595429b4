# Sourced by the bench scripts that time whole processes with /usr/bin/time -f '%e %U %S %M' (one line per run).

# The median of the numbers on standard input, one per line.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The medians of such a log: wall seconds, CPU seconds (user + sys) and peak resident KiB, on one line.
time_medians() {
  echo "$(awk '{ print $1 }' "$1" | median) $(awk '{ print $2 + $3 }' "$1" | median) $(awk '{ print $4 }' "$1" | median)"
}
