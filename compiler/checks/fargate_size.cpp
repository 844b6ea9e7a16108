// CHK-C1: a Fargate task's cpu and memory form one of the pairs Fargate
// offers (256 CPU units take 512MiB, 1GiB or 2GiB; larger sizes take a
// range in fixed steps). Any other pair is rejected when the task
// definition is registered, long after the plan looked fine.
#include <fmt/format.h>

#include <array>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

struct FargateSize {
  double cpu;
  double min_mib, max_mib, step_mib;
};

// AWS ECS developer guide, "Task size": CPU units and the memory each allows.
constexpr std::array<FargateSize, 7> kSizes = {{{256, 512, 2048, 512},
                                                 {512, 1024, 4096, 1024},
                                                 {1024, 2048, 8192, 1024},
                                                 {2048, 4096, 16384, 1024},
                                                 {4096, 8192, 30720, 1024},
                                                 {8192, 16384, 61440, 4096},
                                                 {16384, 32768, 122880, 8192}}};

std::string mib(double m) { return ir::formatQuantity(m * 1048576.0, ir::Dimension::Size); }

std::string allowedMemory(const FargateSize& s) {
  if (s.cpu == 256) return "512MiB, 1GiB or 2GiB";
  return fmt::format("{} to {} in steps of {}", mib(s.min_mib), mib(s.max_mib), mib(s.step_mib));
}

class FargateSizeCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-C1"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* service : ctx.objectsOf("service")) {
      auto cpu = constNumber(service->field("cpu"));
      auto bytes = constQuantity(service->field("memory"), ir::Dimension::Size);
      if (!cpu || !bytes) continue;
      const FargateSize* size = nullptr;
      for (const FargateSize& s : kSizes)
        if (s.cpu == *cpu) size = &s;
      if (!size) {
        ctx.report(DiagKind::InvalidFargateSize, ctx.where(*service, "cpu"),
                   fmt::format("cpu {} is not a Fargate size", formatNumber(*cpu)))
            .help("Fargate takes 256, 512, 1024, 2048, 4096, 8192 or 16384 CPU units (1024 = 1 vCPU)");
        continue;
      }
      double m = *bytes / 1048576.0;
      bool stepped = m >= size->min_mib && m <= size->max_mib &&
                     static_cast<int64_t>(m - size->min_mib) % static_cast<int64_t>(size->step_mib) == 0 &&
                     m == static_cast<double>(static_cast<int64_t>(m));
      if (stepped) continue;
      ctx.report(DiagKind::InvalidFargateSize, ctx.where(*service, "memory"),
                 fmt::format("cpu {} does not take {} of memory", formatNumber(*cpu), ir::formatQuantity(*bytes, ir::Dimension::Size)))
          .note(isWritten(*service, "cpu") ? std::string("cpu is set here") : fmt::format("cpu defaults to {}", formatNumber(*cpu)),
                ctx.where(*service, "cpu"))
          .help(fmt::format("with cpu {} the memory is {}", formatNumber(*cpu), allowedMemory(*size)));
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeFargateSizeCheck() { return std::make_unique<FargateSizeCheck>(); }

}  // namespace migc::checks
