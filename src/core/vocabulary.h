// A vocabulary is one table of descriptors, e.g. kOptimizers in optimizer.h. Every entry has
//   kind  — the enum value,   id — the word in JSON, URLs and the CLI,   label — what the UI shows.
// These helpers are the only name ↔ enum code: every name/parse function and every list of names loops here.
#pragma once
#include <cstddef>
#include <string>

namespace core {

// The entry for `kind`, or nullptr when the table does not hold it.
template <typename Entry, size_t N, typename Kind>
constexpr const Entry* entry_of(const Entry (&table)[N], Kind kind) {
    for (const Entry& entry : table)
        if (entry.kind == kind) return &entry;
    return nullptr;
}

template <typename Entry, size_t N, typename Kind>
constexpr const char* id_of(const Entry (&table)[N], Kind kind) {
    const Entry* entry = entry_of(table, kind);
    return entry ? entry->id : "?";
}

// False (and `out` untouched) when `id` is not in the table.
template <typename Entry, size_t N, typename Kind>
bool parse_id(const Entry (&table)[N], const std::string& id, Kind& out) {
    for (const Entry& entry : table)
        if (id == entry.id) {
            out = entry.kind;
            return true;
        }
    return false;
}

// "sgd, momentum, adam, rmsprop": the allowed words, for messages.
template <typename Entry, size_t N>
std::string id_list(const Entry (&table)[N]) {
    std::string list;
    for (const Entry& entry : table) list += (list.empty() ? "" : ", ") + std::string(entry.id);
    return list;
}

}  // namespace core
