// One level of result-file metadata (file, benchmark or run): a small map from key to value,
// stored as a vector sorted by key.
//
// Why not std::map: a result file holds about 20 runs × 1,000 benchmarks, each run with about
// six keys of its own. A node per key made the metadata the loader's largest cost (one
// allocation per key to build, one to free, pointer chasing to look up). The sorted vector
// keeps the part of std::map's interface the code uses, its iteration order (ascending key)
// and its semantics (insert_or_assign overwrites, emplace keeps the existing entry), with one
// allocation per level. Keys arrive sorted from pyperf files, so insertion appends. Unlike
// std::map, inserting may move the entries: do not keep references across an insertion.
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace gilbench::compare {

// A metadata value: JSON integer (booleans load as 0/1, like Python), float, string, or a
// list of strings (only the `tags` key).
using MetadataValue = std::variant<std::int64_t, double, std::string, std::vector<std::string>>;

class Metadata {
 public:
  using key_type = std::string;
  using mapped_type = MetadataValue;
  using value_type = std::pair<std::string, MetadataValue>;
  using iterator = std::vector<value_type>::iterator;
  using const_iterator = std::vector<value_type>::const_iterator;

  Metadata() = default;
  // Like std::map's: the first of duplicate keys wins.
  Metadata(std::initializer_list<value_type> entries) {
    for (const value_type& entry : entries) emplace(entry.first, entry.second);
  }

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  void clear() { entries_.clear(); }
  void reserve(std::size_t count) { entries_.reserve(count); }

  iterator find(std::string_view key) {
    return begin() + (std::as_const(*this).find(key) - begin());
  }
  const_iterator find(std::string_view key) const {
    // A run level has ~6 keys and most lookups miss: a linear scan rejects most entries on
    // their length alone, where a binary search compares the characters at every step.
    if (entries_.size() <= kLinearSearchSize) {
      return std::find_if(begin(), end(), [key](const value_type& entry) {
        return std::string_view(entry.first) == key;
      });
    }
    const_iterator it = lower_bound(key);
    return it != end() && it->first == key ? it : end();
  }
  std::size_t count(std::string_view key) const { return find(key) == end() ? 0 : 1; }
  bool contains(std::string_view key) const { return find(key) != end(); }

  const MetadataValue& at(std::string_view key) const {
    const_iterator it = find(key);
    if (it == end()) throw std::out_of_range("metadata key not found");
    return it->second;
  }
  MetadataValue& at(std::string_view key) {
    return const_cast<MetadataValue&>(std::as_const(*this).at(key));
  }
  // The value of `key`, inserted as MetadataValue{} (integer 0) when absent, as std::map does.
  MetadataValue& operator[](std::string_view key) {
    return emplace(key, MetadataValue{}).first->second;
  }

  // Inserts or overwrites; returns where, and whether the key was new.
  template <class Value>
  std::pair<iterator, bool> insert_or_assign(std::string_view key, Value&& value) {
    auto [it, inserted] = emplace(key, std::forward<Value>(value));
    if (!inserted) it->second = std::forward<Value>(value);
    return {it, inserted};
  }
  // Inserts when `key` is absent; an existing entry is kept (std::map::emplace).
  template <class Value>
  std::pair<iterator, bool> emplace(std::string_view key, Value&& value) {
    // Appending is the common case: keys are read in sorted order.
    if (entries_.empty() || std::string_view(entries_.back().first) < key) {
      entries_.emplace_back(std::string(key), std::forward<Value>(value));
      return {entries_.end() - 1, true};
    }
    iterator it = begin() + (lower_bound(key) - entries_.cbegin());
    if (it != end() && it->first == key) return {it, false};
    return {entries_.emplace(it, std::string(key), std::forward<Value>(value)), true};
  }
  std::pair<iterator, bool> insert(const value_type& entry) {
    return emplace(entry.first, entry.second);
  }

  iterator erase(const_iterator position) { return entries_.erase(position); }
  std::size_t erase(std::string_view key) {
    const_iterator it = find(key);
    if (it == end()) return 0;
    entries_.erase(it);
    return 1;
  }

  friend bool operator==(const Metadata&, const Metadata&) = default;

 private:
  static constexpr std::size_t kLinearSearchSize = 8;

  const_iterator lower_bound(std::string_view key) const {
    return std::lower_bound(entries_.begin(), entries_.end(), key,
                            [](const value_type& entry, std::string_view k) {
                              return std::string_view(entry.first) < k;
                            });
  }

  std::vector<value_type> entries_;
};

}  // namespace gilbench::compare
