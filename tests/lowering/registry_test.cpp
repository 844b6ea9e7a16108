// The lowering registry (backends/lower/registry.h) against the kinds: every
// kind of compiler/sema/kinds/kinds.def has a lowering or says why it creates
// nothing, a kind with attributes can be read, and every object a program
// declares of a lowered kind becomes at least one resource. A kind whose
// lowering is removed fails to link the registry; one whose lowering is
// emptied fails here.
#include <gtest/gtest.h>

#include <map>

#include "lower/registry.h"
#include "programs.h"
#include "sema/schema.h"

namespace migc {
namespace {

TEST(LoweringRegistry, EveryKindHasALoweringOrSaysWhyNot) {
  ASSERT_EQ(lower::allLowerings().size(), sema::allKinds().size());
  for (const sema::KindSchema* kind : sema::allKinds()) {
    const lower::KindLowering& l = lower::loweringOf(kind->name);
    EXPECT_TRUE(static_cast<bool>(l.lower) != !l.not_lowered.empty())
        << kind->name << ": a lowering, or a reason it creates nothing (KindLowering::none), and not both";
    if (l.lower && !kind->attributes.empty()) {
      EXPECT_TRUE(static_cast<bool>(l.attribute)) << kind->name << " has attributes but no attribute lowering";
    }
  }
}

TEST(LoweringRegistry, EveryLoweredObjectBecomesResources) {
  std::set<std::string> seen;
  for (const test::CheckedProgram& p : test::checkedPrograms()) {
    DiagnosticSink diags;
    model::Stack stack = lower::lowerProgram(p.ws->program, diags);
    std::map<std::string, int> made;
    for (const model::Resource& r : stack.resources) ++made[r.owner];
    for (const ir::Object& o : p.ws->program.objects) {
      if (!lower::loweringOf(o.kind).lower) continue;
      seen.insert(o.kind);
      // A declaration that only completes another's resources adds none of its own.
      EXPECT_GT(made[o.name], 0) << p.name << ": " << o.kind << " " << o.name << " became no resource";
    }
  }
  for (const lower::RegisteredLowering& r : lower::allLowerings()) {
    if (r.lowering.lower) {
      EXPECT_TRUE(seen.count(std::string(r.kind))) << "no program lowers a " << r.kind;
    }
  }
}

}  // namespace
}  // namespace migc
