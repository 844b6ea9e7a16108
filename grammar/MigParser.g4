// Parser for .mig. Separators (';' and ',') are optional between members:
// the grammar has no juxtaposition, so newlines need not be significant.
parser grammar MigParser;

options { tokenVocab = MigLexer; }

file : item* EOF;

item
  : annotation* declaration (SEMI | COMMA)?
  ;

declaration
  : importDecl
  | paramDecl
  | letDecl
  | outputDecl
  | componentDecl
  | ifStmt
  | forStmt
  | block
  | attribute
  ;

importDecl    : KW_IMPORT str (KW_AS IDENT)?;
paramDecl     : KW_PARAM IDENT COLON type (ASSIGN expr)?;
letDecl       : KW_LET IDENT (COLON type)? ASSIGN expr;
outputDecl    : KW_OUTPUT IDENT (COLON type)? ASSIGN expr;
componentDecl : KW_COMPONENT IDENT LPAREN (componentParam (COMMA componentParam)* COMMA?)? RPAREN body;
componentParam: IDENT COLON type (ASSIGN expr)?;

// `kind name when cond { ... }`, e.g. `cluster aurora { ... }`,
// `migration "aurora-audit" { ... }`, `backup { ... }`; a component from an
// imported module is `alias.component name { ... }`.
block     : kind=qualifiedName label? (KW_WHEN expr)? body;
qualifiedName : IDENT (DOT IDENT)*;
label     : IDENT | str;
body      : LBRACE item* RBRACE;
attribute : key ASSIGN expr;
// Keywords are valid keys: `for = 5m` in an alarm reads naturally, and
// `for x in` is told apart by the token after `for`.
key       : IDENT | str | keyword;
keyword
  : KW_IMPORT | KW_AS | KW_PARAM | KW_LET | KW_OUTPUT | KW_COMPONENT | KW_IF
  | KW_ELSE | KW_FOR | KW_IN | KW_WHEN
  ;

ifStmt  : KW_IF expr body (KW_ELSE (ifStmt | body))?;
forStmt : KW_FOR IDENT (COMMA IDENT)? KW_IN expr body;

annotation : AT IDENT (COLON IDENT)? (LPAREN (arg (COMMA arg)* COMMA?)? RPAREN)?;

type
  : IDENT (LT type (COMMA type)* GT)?           # namedType
  | str (PIPE str)+                             # enumType
  ;

expr
  : primary                                             # primaryExpr
  | expr DOT IDENT                                      # memberExpr
  | expr LBRACKET expr RBRACKET                         # indexExpr
  | expr LPAREN (arg (COMMA arg)* COMMA?)? RPAREN        # callExpr
  | op=(BANG | MINUS) expr                              # unaryExpr
  | expr op=(STAR | SLASH) expr                         # binaryExpr
  | expr op=(PLUS | MINUS) expr                         # binaryExpr
  | expr op=(LT | LE | GT | GE) expr                    # binaryExpr
  | expr op=(EQEQ | NOTEQ) expr                         # binaryExpr
  | expr op=ANDAND expr                                 # binaryExpr
  | expr op=OROR expr                                   # binaryExpr
  | <assoc=right> expr QUESTION expr COLON expr         # conditionalExpr
  ;

arg : (IDENT ASSIGN)? expr;

primary
  : NUMBER_LIT                                                  # numberLit
  | UNIT_LIT                                                    # unitLit
  | PERCENT_LIT                                                 # percentLit
  | (KW_TRUE | KW_FALSE)                                        # boolLit
  | KW_NULL                                                     # nullLit
  | str                                                         # stringLit
  | IDENT                                                       # nameRef
  | LPAREN expr RPAREN                                          # parenExpr
  | LBRACKET (expr (COMMA expr)* COMMA?)? RBRACKET              # listLit
  | LBRACKET KW_FOR IDENT (COMMA IDENT)? KW_IN expr COLON expr (KW_IF expr)? RBRACKET  # listComprehension
  | LBRACE (mapEntry (COMMA? mapEntry)* COMMA?)? RBRACE          # mapLit
  ;

mapEntry : key ASSIGN expr;

str : DQUOTE strPart* (STR_CLOSE | STR_NEWLINE);
strPart
  : STR_TEXT                       # strText
  | STR_ESCAPE                     # strEscape
  | STR_INTERP_OPEN expr RBRACE    # strInterp
  ;
