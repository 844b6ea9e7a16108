#include "assets/package.h"

#include "assets/asset_zip.h"

namespace migc::assets {
namespace {

std::string assetPath(const std::string& name) { return "assets/" + name + ".zip"; }

}  // namespace

Assets packageAssets(const ir::Program& program, DiagnosticSink& diags) {
  Assets out;
  for (const ir::Object& o : program.objects) {
    // Sema records the resolved path of a local_path field in the facts.
    const ir::Value* source = o.facts.get("code");
    if (!source) continue;
    PackagedAsset packaged;
    std::string error;
    if (!packageAsset(source->text, packaged, error)) {
      const ir::Value* written = o.field("code");
      diags.report(DiagKind::AssetNotFound, o.rangeOf("code"), written ? written->text : source->text, error);
      continue;
    }
    out[o.name] = {assetPath(o.name), std::move(packaged.zip), std::move(packaged.sha256_base64)};
  }
  return out;
}

Assets assetPaths(const ir::Program& program) {
  Assets out;
  for (const ir::Object& o : program.objects)
    if (o.facts.get("code")) out[o.name] = {assetPath(o.name), {}, {}};
  return out;
}

}  // namespace migc::assets
