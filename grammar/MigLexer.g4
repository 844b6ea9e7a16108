// Lexer for .mig. Token names avoid C/C++ macro names (NULL, TRUE, EOF, IN, ...)
// because ANTLR 4.7.2 emits them unescaped into a C++ enum.
lexer grammar MigLexer;

// Keywords. Domain kinds (cluster, pipeline, ...) are plain identifiers: their
// schemas live in the compiler, so a typo gets "did you mean" instead of a
// parse error.
KW_IMPORT    : 'import';
KW_AS        : 'as';
KW_PARAM     : 'param';
KW_LET       : 'let';
KW_OUTPUT    : 'output';
KW_COMPONENT : 'component';
KW_IF        : 'if';
KW_ELSE      : 'else';
KW_FOR       : 'for';
KW_IN        : 'in';
KW_WHEN      : 'when';
KW_TRUE      : 'true';
KW_FALSE     : 'false';
KW_NULL      : 'null';

// Numbers. A number glued to letters or '%' is a unit literal (7d, 300s,
// 8GiB, 80%); the AST builder checks the unit so "5mins" gets a precise
// diagnostic rather than a syntax error.
PERCENT_LIT : DIGITS ('.' DIGITS)? '%';
UNIT_LIT    : DIGITS ('.' DIGITS)? [a-zA-Z]+;
NUMBER_LIT  : DIGITS ('.' DIGITS)?;
fragment DIGITS : [0-9] ('_'? [0-9])*;

IDENT : [a-zA-Z_] [a-zA-Z0-9_]*;

// Punctuation and operators.
LBRACE   : '{' -> pushMode(DEFAULT_MODE);
RBRACE   : '}' { if (!modeStack.empty()) popMode(); };
LPAREN   : '(';
RPAREN   : ')';
LBRACKET : '[';
RBRACKET : ']';
AT       : '@';
DOT      : '.';
COMMA    : ',';
SEMI     : ';';
COLON    : ':';
QUESTION : '?';
EQEQ     : '==';
NOTEQ    : '!=';
LE       : '<=';
GE       : '>=';
LT       : '<';
GT       : '>';
ANDAND   : '&&';
OROR     : '||';
PIPE     : '|';
ASSIGN   : '=';
BANG     : '!';
PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';

DQUOTE : '"' -> pushMode(STRING_MODE);

// Comments stay in the token stream (hidden channel) so the formatter can
// keep them in place.
LINE_COMMENT  : ('//' | '#') ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' COMMENT_BODY '*'+ '/' -> channel(HIDDEN);
// A '/*' never closed runs to the end of the file as one token, reported by
// the compiler, instead of being lexed as '/' '*' and many parse errors.
UNTERMINATED_COMMENT : '/*' COMMENT_BODY '*'* EOF;
fragment COMMENT_BODY : (~'*' | '*'+ ~[*/])*;
NEWLINE       : '\r'? '\n' -> channel(HIDDEN);
WS            : [ \t\f]+ -> channel(HIDDEN);

// Anything else becomes one token the parser cannot use, so the error names
// the character instead of the lexer stopping.
BAD_CHAR : .;

mode STRING_MODE;
// A lone '$' is text; '${' is longer, so it wins where it applies. (No
// semantic predicate: the 4.9 runtime leaks on that path, and other ANTLR
// targets can use the grammar unchanged.)
STR_TEXT        : ~["\\$\r\n]+ | '$';
// A backslash never escapes a line break: the string ends there instead.
STR_ESCAPE      : '\\' ~[\r\n]?;
STR_INTERP_OPEN : '${' -> pushMode(DEFAULT_MODE);
STR_CLOSE       : '"' -> popMode;
// A newline inside a string ends it with an error instead of swallowing the
// rest of the file.
STR_NEWLINE     : '\r'? '\n' -> popMode;
