// Where the cursor is, for completion, read from the text before it rather
// than from the AST: while a line is being typed the file rarely parses, and
// an unclosed '{' or string must not hide which block the cursor is in. A
// small tolerant scanner (comments, strings with interpolation, brackets)
// finds the chain of enclosing blocks and what the current item says so far.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace migc::lsp {

struct CompletionContext {
  enum class Where {
    Nothing,        // a comment, or a string with nothing to offer
    TopLevel,       // the start of a file-level item
    BlockBody,      // the start of an item in a block: fields, nested blocks
    Value,          // an expression; `field` is the field being assigned, if known
    Member,         // after `name.`: `object` is the name
    Unit,           // after a number: a unit suffix
    EngineVersion,  // in the string argument of an engine function (`function`)
    Annotation,     // after '@'
  };
  Where where = Where::Nothing;
  // Enclosing block heads, outermost first: the kind word of each block
  // (`cluster`, then `backup`). Maps, ifs and loops are not in it.
  std::vector<std::string> blocks;
  bool in_component = false;         // inside a component's body
  std::string field;                 // Value: the field assigned (of the innermost block)
  std::vector<std::string> written;  // fields already written in the innermost block
  std::string object;                // Member
  std::string function;              // EngineVersion
  std::string prefix;                // the partial word before the cursor
  uint32_t prefix_begin = 0;         // where it starts (the completion replaces it)
};

CompletionContext completionContext(std::string_view text, uint32_t offset);

}  // namespace migc::lsp
