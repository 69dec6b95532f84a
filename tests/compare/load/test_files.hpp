// Test helpers for compare/load: temporary files and a small valid pyperf document.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace gilbench::compare::testing {

// A file in a fresh temporary directory, removed with the object.
class TempFile {
 public:
  explicit TempFile(const std::string& content, const std::string& name = "result.json") {
    char pattern[] = "/tmp/gilbench-load-XXXXXX";
    dir_ = ::mkdtemp(pattern);
    path_ = dir_ + "/" + name;
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove_all(dir_); }
  const std::string& path() const { return path_; }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
  std::string path_;
};

// A valid pyperf 1.0 file: two benchmarks, a calibration run, metadata at three levels.
inline const char* kGoodPyperf = R"json({"benchmarks":[
 {"metadata":{"loops":8,"name":"alpha"},"runs":[
   {"metadata":{"calibrate_loops":8,"date":"d0"},"warmups":[[1,0.5],[2,0.25]]},
   {"metadata":{"date":"d1","tags":["t1","t2"]},"values":[0.1,0.2,0.3],"warmups":[[8,0.1]]},
   {"metadata":{"date":"d2","tags":["t1","t2"]},"values":[0.4,0.5,0.6]}]},
 {"metadata":{"name":"beta","unit":"integer"},"runs":[
   {"metadata":{"loops":2},"values":[100,103]},
   {"metadata":{"loops":2},"values":[97,100]}]}],
 "metadata":{"hostname":"box","loops":1,"python_version":"3.11.7 (64-bit)"},
 "version":"1.0"}
)json";

}  // namespace gilbench::compare::testing
