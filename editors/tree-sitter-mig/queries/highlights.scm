; Highlights for .mig. Every pattern names a distinct node, so the order of
; patterns does not matter (Neovim lets later patterns win, Helix and Zed
; earlier ones); there is deliberately no catch-all (identifier) capture.

(comment) @comment

(string) @string
(escape_sequence) @string.escape
(interpolation
  "${" @punctuation.special
  "}" @punctuation.special)

[(number) (unit_number) (percentage)] @number
(boolean) @boolean
(null) @constant.builtin

["import" "as" "param" "let" "output" "component" "when"] @keyword
["if" "else"] @keyword.conditional
["for" "in"] @keyword.repeat

(block
  kind: (kind (identifier) @type))
(block
  label: (identifier) @label)
(block
  label: (string) @label)

(property) @property

(annotation
  "@" @attribute
  name: (identifier) @attribute)
(annotation
  target: (identifier) @attribute)

(argument
  name: (identifier) @variable.parameter)

(call_expression
  function: (identifier) @function.call)

(param_declaration
  name: (identifier) @variable.parameter)
(let_declaration
  name: (identifier) @constant)
(output_declaration
  name: (identifier) @variable)
(component_declaration
  name: (identifier) @type.definition)
(component_parameter
  name: (identifier) @variable.parameter)
(for_statement
  variable: (identifier) @variable)
(for_statement
  value: (identifier) @variable)
(list_comprehension
  variable: (identifier) @variable)
(named_type
  (identifier) @type.builtin)
(import_declaration
  alias: (identifier) @module)

["=" "==" "!=" "<" "<=" ">" ">=" "&&" "||" "!" "+" "-" "*" "/" "?" "|"] @operator
["{" "}" "(" ")" "[" "]"] @punctuation.bracket
["." "," ";" ":"] @punctuation.delimiter
