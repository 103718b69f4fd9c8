#pragma once

#include "models/core/result.h"

#include <QList>
#include <QString>

namespace Wk::Promql {

enum class TokenKind {
    End,
    Identifier,       // letters, digits, underscores; keywords are identifiers too
    MetricIdentifier, // an identifier containing ':'
    Number,
    Duration,
    String,
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    Comma,
    Colon,
    At,
    Assign,   // =
    Eql,      // ==
    Neq,      // !=
    Gtr,      // >
    Lss,      // <
    Gte,      // >=
    Lte,      // <=
    EqlRegex, // =~
    NeqRegex, // !~
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow
};

struct Token
{
    TokenKind kind = TokenKind::End;
    int pos = 0; // offset of the first character in the input
    int length = 0;
    QString text;          // the characters as written
    QString value;         // String: the decoded value
    bool validUtf8 = true; // String: false when escapes produced invalid UTF-8
};

// Splits a PromQL expression into tokens. Comments (# to the end of the line) and white space
// are skipped. Errors carry the 1-based line and column of the offending character.
class Lexer
{
public:
    explicit Lexer(QString input);

    Result<QList<Token>> tokenize();

    // The 1-based line and column of a character offset in text.
    static TextPosition position(QStringView text, int offset);
    // A readable name of a token for error messages: "')'", "number \"1\"", "end of input".
    static QString describe(const Token &token);

private:
    Error error(int offset, const QString &message) const;
    bool lexNumberOrDuration(Token &t, Error &err);
    bool lexString(Token &t, Error &err);

    QString m_input;
    int m_pos = 0;
};

} // namespace Wk::Promql
