# scripts/bench.sh --versus, on its rounds (lines "old|new NAME: RATE examples/s (G GFLOP/s)"): each figure's rounds for each side: the median and the spread (lowest–highest), the ratio of the medians and of
# the best rounds, and the GFLOP/s (from the native line's own count).
function sort_list(list, n,    i, j, t) {
    for (i = 2; i <= n; ++i)
        for (j = i; j > 1 && list[j - 1] > list[j]; --j) { t = list[j]; list[j] = list[j - 1]; list[j - 1] = t }
}
function median(side, name,    n, i, list) {
    n = count[side, name]
    for (i = 1; i <= n; ++i) list[i] = rate[side, name, i]
    sort_list(list, n)
    low[side, name] = list[1]; high[side, name] = list[n]
    return n % 2 ? list[(n + 1) / 2] : (list[n / 2] + list[n / 2 + 1]) / 2
}
{ name = $2; sub(/:$/, "", name) }
$4 == "examples/s" { rate[$1, name, ++count[$1, name]] = $3 + 0; names[name] = 1 }
$5 ~ /^\(/ { flops[name] = substr($5, 2) / $3 * 1e9 }
END {
    for (name in names) {
        base = name; sub(/_(native|node|chromium)$/, "", base)
        per = flops[base "_native"]
        o = median("old", name); n = median("new", name)
        printf "vs_4e51a4b_%s: %.2f ratio of medians over %d rounds (best rounds %.2f; 4e51a4b %.0f [%.0f–%.0f], now %.0f [%.0f–%.0f] examples/s; %.3f and %.3f GFLOP/s)\n",
               name, (o > 0 ? n / o : 0), count["new", name], (high["old", name] > 0 ? high["new", name] / high["old", name] : 0),
               o, low["old", name], high["old", name], n, low["new", name], high["new", name], o * per * 1e-9, n * per * 1e-9
    }
}
