#include "ir/typed_fields.h"

namespace migc::ir::typed {
namespace {
const Value kAbsent;
const std::string kEmpty;
}  // namespace

const Value& FieldValue::value() const { return v_ ? *v_ : kAbsent; }

std::optional<std::string> Text::literal() const {
  if (!present() || v_->kind != Value::Kind::String) return std::nullopt;
  return v_->text;
}

const std::string& Word::word() const {
  return present() && (v_->kind == Value::Kind::Enum || v_->kind == Value::Kind::String) ? v_->text : kEmpty;
}

int64_t Int::constant() const { return present() && v_->kind == Value::Kind::Int ? v_->integer : 0; }

double Number::constant() const {
  return present() && (v_->kind == Value::Kind::Number || v_->kind == Value::Kind::Int) ? v_->number : 0;
}

bool Flag::constant() const { return present() && v_->kind == Value::Kind::Bool && v_->boolean; }

double Duration::seconds() const { return present() && v_->kind == Value::Kind::Quantity ? v_->number : 0; }
double Size::bytes() const { return present() && v_->kind == Value::Kind::Quantity ? v_->number : 0; }
double Percent::percent() const { return present() && v_->kind == Value::Kind::Quantity ? v_->number : 0; }
double Money::usd() const { return present() && v_->kind == Value::Kind::Quantity ? v_->number : 0; }

const Object* Ref::object(const Program& program) const {
  if (!present() || v_->kind != Value::Kind::Attr || !v_->text.empty() || v_->object >= program.objects.size())
    return nullptr;
  return &program.objects[v_->object];
}

const Object* Metric::object(const Program& program) const {
  if (!present() || v_->kind != Value::Kind::Attr || v_->object >= program.objects.size()) return nullptr;
  return &program.objects[v_->object];
}

const std::string& Metric::attribute() const { return present() ? v_->text : kEmpty; }

const std::string& Engine::name() const {
  const Value* e = present() ? v_->get("engine") : nullptr;
  return e ? e->text : kEmpty;
}

const std::string& Engine::version() const {
  const Value* e = present() ? v_->get("version") : nullptr;
  return e ? e->text : kEmpty;
}

}  // namespace migc::ir::typed
