// Test helper: small pathways written in code, each entry on its own "line" of p.yaml.
#pragma once

#include <string>

#include "regsim/model/pathway.hpp"

namespace regsim::test {

/// Builds a pathway; every task and dependency gets the next line number of "p.yaml",
/// starting at 1, so tests can name the line an entry was "written" on.
class PathwayBuilder {
 public:
  PathwayBuilder() { pathway_.file = "p.yaml"; }

  PathwayBuilder& task(std::string id, double amount = 0,
                       calendar::DurationUnit unit = calendar::DurationUnit::calendar_days) {
    model::Task t;
    t.id = std::move(id);
    t.duration = model::DurationSpec{unit, model::Fixed{amount}};
    t.where = next();
    pathway_.tasks.push_back(std::move(t));
    return *this;
  }

  PathwayBuilder& dep(std::string from, std::string to,
                      model::DependencyType type = model::DependencyType::finish_to_start,
                      int lag = 0,
                      calendar::DurationUnit unit = calendar::DurationUnit::calendar_days) {
    model::Dependency d;
    d.from = std::move(from);
    d.to = std::move(to);
    d.type = type;
    d.lag = calendar::Duration{lag, unit};
    d.where = next();
    pathway_.dependencies.push_back(std::move(d));
    return *this;
  }

  /// The line the next entry will be given.
  int line() const { return line_ + 1; }
  model::Pathway& get() { return pathway_; }
  model::Pathway build() const { return pathway_; }

 private:
  SourceLocation next() { return SourceLocation{"p.yaml", ++line_, 5}; }

  model::Pathway pathway_;
  int line_ = 0;
};

}  // namespace regsim::test
