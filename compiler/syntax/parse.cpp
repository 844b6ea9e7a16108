#include "syntax/parse.h"

#include "MigLexer.h"
#include "MigParser.h"
#include "syntax/ast_builder.h"
#include "syntax/parse_context.h"
#include "syntax/parser.h"
#include "syntax/syntax_errors.h"
#include "syntax/token_scan.h"

namespace migc {
namespace {

// The lexer cannot fail on ordinary input (BAD_CHAR catches every
// character), but a lone '\' at the very end of the file has no rule.
class LexerErrors : public antlr4::BaseErrorListener {
 public:
  explicit LexerErrors(ParseContext& ctx) : ctx_(ctx) {}
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token*, size_t, size_t,
                   const std::string&, std::exception_ptr) override {
    auto* lexer = dynamic_cast<antlr4::Lexer*>(recognizer);
    size_t cp = lexer ? std::min(lexer->tokenStartCharIndex, ctx_.stream.size()) : 0;
    uint32_t at = ctx_.stream.byteOffset(cp);
    uint32_t end = std::min<uint32_t>(at + 1, static_cast<uint32_t>(ctx_.text.size()));
    ctx_.diags.report(DiagKind::InvalidCharacter, SourceRange{ctx_.file, at, end},
                      at < ctx_.text.size() ? "'" + std::string(1, ctx_.text[at]) + "'"
                                            : std::string("at end of file"));
  }

 private:
  ParseContext& ctx_;
};

NodeId emptyFile(Ast& ast) {
  Node n;
  n.kind = NodeKind::File;
  return ast.add(n);
}

bool tooLarge(ParseResult& result, FileId file, std::string_view text) {
  if (text.size() <= kMaxFileBytes) return false;
  result.diags.report(DiagKind::FileTooLarge, SourceRange{file, 0, 0}, text.size(), kMaxFileBytes);
  result.ast.setRoot(emptyFile(result.ast));
  return true;
}

}  // namespace

ParseResult parseFile(FileId file, std::string_view text) {
  ParseResult result{Ast(file), DiagnosticSink(), false, false};
  if (tooLarge(result, file, text)) return result;
  if (fast::parseFast(text, result.ast)) {
    result.ast.finishBuilding();
    return result;
  }
  return parseFileWithAntlr(file, text);
}

ParseResult parseFileWithAntlr(FileId file, std::string_view text) {
  ParseResult result{Ast(file), DiagnosticSink(), true, false};
  Ast& ast = result.ast;
  if (tooLarge(result, file, text)) return result;

  Utf8Stream stream(text, file, result.diags);
  ParseContext ctx{file, text, stream, result.diags, ast};
  mig::MigLexer lexer(&stream);
  lexer.removeErrorListeners();
  LexerErrors lexer_errors(ctx);
  lexer.addErrorListener(&lexer_errors);
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();

  TokenScanResult scan = scanTokens(ctx, tokens);
  if (scan.too_deep) {
    ast.setRoot(emptyFile(ast));
    return result;
  }

  mig::MigParser parser(&tokens);
  parser.removeErrorListeners();
  mig::MigParser::FileContext* tree = nullptr;
  // Stage 1: SLL prediction, bail out at the first error. It succeeds on
  // valid input and is the fast path.
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    tree = parser.file();
  } catch (const antlr4::ParseCancellationException&) {
    // Stage 2: full LL with error recovery and our messages.
    result.used_ll_fallback = true;
    tokens.seek(0);
    parser.reset();
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::LL);
    parser.setErrorHandler(std::make_shared<SyntaxErrorStrategy>(ctx, scan.reported_tokens,
                                                                 scan.delimiter_errors));
    tree = parser.file();
  }
  ast.setRoot(tree ? buildAst(ctx, tree) : emptyFile(ast));
  ast.finishBuilding();
  return result;
}

bool leavesFileReadable(DiagKind kind) {
  switch (kind) {
    case DiagKind::UnknownUnit:
    case DiagKind::InvalidEscape:
    case DiagKind::NumberOutOfRange:
    case DiagKind::UnknownAnnotation:
      return true;
    default:
      return false;
  }
}

}  // namespace migc
