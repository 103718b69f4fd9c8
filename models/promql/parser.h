#pragma once

#include "ast.h"
#include "lexer.h"

#include "models/core/result.h"

namespace Wk::Promql {

// Parses a PromQL expression into a type-checked AST, with Prometheus's grammar and operator
// precedence. Errors carry the 1-based line and column they refer to, e.g. at 1:17
// "unexpected ')' in aggregation". Parentheses around function and aggregation arguments are
// removed, as Prometheus does before evaluation.
class Parser
{
public:
    static Result<ExprPtr> parse(const QString &query);

private:
    explicit Parser(QString query, QList<Token> tokens);

    ExprPtr parseExpr(int minPrecedence);
    ExprPtr parseUnary();
    ExprPtr parsePostfix(ExprPtr e);
    ExprPtr parsePrimary();
    ExprPtr parseVectorSelector(const Token *name);
    ExprPtr parseAggregate(const Token &opToken, AggregateOp op);
    ExprPtr parseCall(const Token &name);
    QStringList parseLabelList(const QString &context);
    qint64 parseDurationToken(const QString &context, bool allowNegative);

    void typeCheckBinary(Expr &e, const Token &opToken);

    const Token &peek(int ahead = 0) const;
    const Token &advance();
    bool isKeyword(const Token &t, QStringView keyword) const;
    bool expect(TokenKind kind, const QString &context);
    void fail(const Token &at, const QString &message);
    void failAt(int offset, const QString &message);

    QString m_query;
    QList<Token> m_tokens;
    int m_index = 0;
    std::optional<Error> m_error;
};

} // namespace Wk::Promql
