/**
 * Tree-sitter grammar for .mig (migc). It follows grammar/MigParser.g4 and
 * grammar/MigLexer.g4, which stay the definition of the language: this one
 * exists for editors (highlighting, folding, indentation, text objects).
 * Like the ANTLR grammar, newlines are not significant, `;` and `,` are
 * optional separators, and domain kinds (`cluster`, `pipeline`) are plain
 * identifiers, not keywords.
 */

const PREC = {
  conditional: 1,
  or: 2,
  and: 3,
  equality: 4,
  comparison: 5,
  additive: 6,
  multiplicative: 7,
  unary: 8,
  postfix: 9,
};

const DIGITS = /[0-9](_?[0-9])*/;

function commaSep(rule) {
  return optional(seq(rule, repeat(seq(',', rule)), optional(',')));
}

module.exports = grammar({
  name: 'mig',

  extras: $ => [/\s/, $.comment],

  word: $ => $.identifier,

  conflicts: $ => [],

  rules: {
    source_file: $ => repeat($._item),

    _item: $ => seq(repeat($.annotation), $._declaration, optional(choice(';', ','))),

    _declaration: $ => choice(
      $.import_declaration,
      $.param_declaration,
      $.let_declaration,
      $.output_declaration,
      $.component_declaration,
      $.if_statement,
      $.for_statement,
      $.block,
      $.attribute,
    ),

    import_declaration: $ => seq(
      'import', field('path', $.string),
      optional(seq('as', field('alias', $.identifier))),
    ),

    param_declaration: $ => seq(
      'param', field('name', $.identifier), ':', field('type', $._type),
      optional(seq('=', field('default', $._expression))),
    ),

    let_declaration: $ => seq(
      'let', field('name', $.identifier),
      optional(seq(':', field('type', $._type))),
      '=', field('value', $._expression),
    ),

    output_declaration: $ => seq(
      'output', field('name', $.identifier),
      optional(seq(':', field('type', $._type))),
      '=', field('value', $._expression),
    ),

    component_declaration: $ => seq(
      'component', field('name', $.identifier),
      '(', commaSep($.component_parameter), ')',
      field('body', $.body),
    ),

    component_parameter: $ => seq(
      field('name', $.identifier), ':', field('type', $._type),
      optional(seq('=', field('default', $._expression))),
    ),

    // `cluster aurora { ... }`, `migration "name" { ... }`, `backup { ... }`,
    // a component use `alerts primary { ... }`, `net.vpc main { ... }`.
    block: $ => seq(
      field('kind', $.kind),
      optional(field('label', choice($.identifier, $.string))),
      optional(seq('when', field('condition', $._expression))),
      field('body', $.body),
    ),

    kind: $ => seq($.identifier, repeat(seq('.', $.identifier))),

    body: $ => seq('{', repeat($._item), '}'),

    attribute: $ => seq(field('key', $._key), '=', field('value', $._expression)),

    _key: $ => choice(alias($.identifier, $.property), $.string, alias($._keyword_key, $.property)),

    // Keywords may be keys (`for = 5m`, `in = ...`).
    _keyword_key: $ => choice('import', 'as', 'param', 'let', 'output', 'component', 'if', 'else', 'for', 'in', 'when'),

    if_statement: $ => seq(
      'if', field('condition', $._expression), field('consequence', $.body),
      optional(seq('else', field('alternative', choice($.if_statement, $.body)))),
    ),

    for_statement: $ => seq(
      'for', field('variable', $.identifier),
      optional(seq(',', field('value', $.identifier))),
      'in', field('iterable', $._expression),
      field('body', $.body),
    ),

    annotation: $ => seq(
      '@', field('name', $.identifier),
      optional(seq(':', field('target', $.identifier))),
      optional(field('arguments', $.arguments)),
    ),

    _type: $ => choice($.named_type, $.enum_type),

    named_type: $ => seq($.identifier, optional(seq('<', $._type, repeat(seq(',', $._type)), '>'))),

    enum_type: $ => seq($.string, repeat1(seq('|', $.string))),

    _expression: $ => choice(
      $.number,
      $.unit_number,
      $.percentage,
      $.boolean,
      $.null,
      $.string,
      $.identifier,
      $.parenthesized_expression,
      $.list,
      $.list_comprehension,
      $.map,
      $.member_expression,
      $.index_expression,
      $.call_expression,
      $.unary_expression,
      $.binary_expression,
      $.conditional_expression,
    ),

    member_expression: $ => prec(PREC.postfix, seq(
      field('object', $._expression), '.', field('member', alias($.identifier, $.property)),
    )),

    index_expression: $ => prec(PREC.postfix, seq(
      field('object', $._expression), '[', field('index', $._expression), ']',
    )),

    call_expression: $ => prec(PREC.postfix, seq(
      field('function', $._expression), field('arguments', $.arguments),
    )),

    arguments: $ => seq('(', commaSep($.argument), ')'),

    argument: $ => seq(optional(seq(field('name', $.identifier), '=')), field('value', $._expression)),

    unary_expression: $ => prec(PREC.unary, seq(field('operator', choice('!', '-')), field('operand', $._expression))),

    binary_expression: $ => {
      const table = [
        [PREC.multiplicative, choice('*', '/')],
        [PREC.additive, choice('+', '-')],
        [PREC.comparison, choice('<', '<=', '>', '>=')],
        [PREC.equality, choice('==', '!=')],
        [PREC.and, '&&'],
        [PREC.or, '||'],
      ];
      return choice(...table.map(([p, op]) => prec.left(p, seq(
        field('left', $._expression), field('operator', op), field('right', $._expression),
      ))));
    },

    conditional_expression: $ => prec.right(PREC.conditional, seq(
      field('condition', $._expression), '?', field('consequence', $._expression),
      ':', field('alternative', $._expression),
    )),

    parenthesized_expression: $ => seq('(', $._expression, ')'),

    list: $ => seq('[', commaSep($._expression), ']'),

    list_comprehension: $ => seq(
      '[', 'for', field('variable', $.identifier),
      optional(seq(',', field('value', $.identifier))),
      'in', field('iterable', $._expression), ':', field('element', $._expression),
      optional(seq('if', field('filter', $._expression))),
      ']',
    ),

    map: $ => seq('{', optional(seq($.map_entry, repeat(seq(optional(','), $.map_entry)), optional(','))), '}'),

    map_entry: $ => seq(field('key', $._key), '=', field('value', $._expression)),

    string: $ => seq(
      '"',
      repeat(choice($.string_content, $.escape_sequence, $.interpolation)),
      '"',
    ),

    string_content: _ => token.immediate(prec(1, choice(/[^"\\$\r\n]+/, '$'))),

    escape_sequence: _ => token.immediate(seq('\\', /[^\r\n]/)),

    interpolation: $ => seq(token.immediate('${'), $._expression, '}'),

    number: _ => token(seq(DIGITS, optional(seq('.', DIGITS)))),

    // A number glued to a unit: 7d, 500GiB, 1.5h. The unit's spelling is
    // checked by migc (MIG0004), not here.
    unit_number: _ => token(seq(DIGITS, optional(seq('.', DIGITS)), /[a-zA-Z]+/)),

    percentage: _ => token(seq(DIGITS, optional(seq('.', DIGITS)), '%')),

    boolean: _ => choice('true', 'false'),

    null: _ => 'null',

    identifier: _ => /[a-zA-Z_][a-zA-Z0-9_]*/,

    comment: _ => token(choice(
      seq('//', /[^\r\n]*/),
      seq('#', /[^\r\n]*/),
      seq('/*', /[^*]*\*+([^/*][^*]*\*+)*/, '/'),
    )),
  },
});
