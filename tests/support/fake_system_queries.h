// SystemQueries answered from maps a test fills in, with a log of the
// questions asked ("sysctl MIB", "sysctl -q MIB", "kenv NAME", "kldstat
// MODULE", "id"), so a test can assert which reads a native made.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rcsubr/system_queries.h"

namespace rcsh::testing {

class FakeSystemQueries : public rcsubr::SystemQueries {
 public:
  void SetSysctl(const std::string& mib, std::string value) { sysctls_[mib] = std::move(value); }
  void RemoveSysctl(const std::string& mib) { sysctls_.erase(mib); }
  void SetKenv(const std::string& name, std::string value) { kenv_[name] = std::move(value); }
  void AddModule(const std::string& module) { modules_.insert(module); }
  void SetUserName(std::string name) { user_ = std::move(name); }
  /// The next SysctlValue(mib) calls answer `values` in turn (a
  /// value that changes while a native polls it), then the set value.
  void QueueSysctl(const std::string& mib, std::vector<std::string> values) {
    queued_[mib] = std::move(values);
  }
  const std::vector<std::string>& asked() const { return asked_; }

  std::string SysctlValue(Shell&, const std::string& mib) override {
    asked_.push_back("sysctl " + mib);
    auto queued = queued_.find(mib);
    if (queued != queued_.end() && !queued->second.empty()) {
      std::string value = queued->second.front();
      queued->second.erase(queued->second.begin());
      return value;
    }
    auto it = sysctls_.find(mib);
    return it == sysctls_.end() ? "" : it->second;
  }
  bool SysctlExists(Shell&, const std::string& mib) override {
    asked_.push_back("sysctl -q " + mib);
    return sysctls_.count(mib) != 0;
  }
  std::optional<std::string> Kenv(Shell&, const std::string& name) override {
    asked_.push_back("kenv " + name);
    auto it = kenv_.find(name);
    if (it == kenv_.end()) return std::nullopt;
    return it->second;
  }
  bool KldModuleLoaded(Shell&, const std::string& module) override {
    asked_.push_back("kldstat " + module);
    return modules_.count(module) != 0;
  }
  std::string CurrentUserName(Shell&) override {
    asked_.push_back("id");
    return user_;
  }

 private:
  std::map<std::string, std::string> sysctls_;
  std::map<std::string, std::vector<std::string>> queued_;
  std::map<std::string, std::string> kenv_;
  std::set<std::string> modules_;
  std::string user_ = "root";
  std::vector<std::string> asked_;
};

}  // namespace rcsh::testing
