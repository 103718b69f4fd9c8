#include "parser.h"

#include "functions.h"
#include "numberformat.h"

#include "models/core/duration.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace Wk::Promql {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wk::Promql::Parser", text);
}

// Thrown inside the parser only; parse() turns it into an Error value.
struct ParseFailure
{
    Error error;
};

struct OpInfo
{
    BinaryOp op;
    int precedence;
};

std::optional<AggregateOp> aggregateOpFor(QStringView word)
{
    const QString w = word.toString().toLower();
    static const QHash<QString, AggregateOp> ops = {
        {QStringLiteral("sum"), AggregateOp::Sum},
        {QStringLiteral("avg"), AggregateOp::Avg},
        {QStringLiteral("count"), AggregateOp::Count},
        {QStringLiteral("min"), AggregateOp::Min},
        {QStringLiteral("max"), AggregateOp::Max},
        {QStringLiteral("group"), AggregateOp::Group},
        {QStringLiteral("stddev"), AggregateOp::Stddev},
        {QStringLiteral("stdvar"), AggregateOp::Stdvar},
        {QStringLiteral("topk"), AggregateOp::Topk},
        {QStringLiteral("bottomk"), AggregateOp::Bottomk},
        {QStringLiteral("count_values"), AggregateOp::CountValues},
        {QStringLiteral("quantile"), AggregateOp::Quantile},
        {QStringLiteral("limitk"), AggregateOp::Limitk},
        {QStringLiteral("limit_ratio"), AggregateOp::LimitRatio},
    };
    auto it = ops.constFind(w);
    if (it == ops.constEnd())
        return std::nullopt;
    return *it;
}

bool isReservedKeyword(QStringView word)
{
    static const QStringList words = {
        QStringLiteral("and"),         QStringLiteral("or"),       QStringLiteral("unless"),
        QStringLiteral("atan2"),       QStringLiteral("by"),       QStringLiteral("without"),
        QStringLiteral("on"),          QStringLiteral("ignoring"), QStringLiteral("group_left"),
        QStringLiteral("group_right"), QStringLiteral("bool"),     QStringLiteral("offset")};
    return words.contains(word.toString().toLower());
}

bool isNameToken(const Token &t)
{
    return t.kind == TokenKind::Identifier || t.kind == TokenKind::MetricIdentifier;
}

ExprPtr unwrapParens(ExprPtr e)
{
    while (e->kind == Expr::Kind::Paren) {
        ExprPtr inner = std::move(e->children[0]);
        e = std::move(inner);
    }
    return e;
}

bool matchesEmpty(const LabelMatcher &m)
{
    return m.matches(QString());
}

} // namespace

Parser::Parser(QString query, QList<Token> tokens)
    : m_query(std::move(query))
    , m_tokens(std::move(tokens))
{}

Result<ExprPtr> Parser::parse(const QString &query)
{
    Lexer lexer(query);
    Result<QList<Token>> tokens = lexer.tokenize();
    if (!tokens)
        return tokens.error();
    Parser p(query, std::move(tokens).value());
    try {
        if (p.peek().kind == TokenKind::End)
            p.fail(p.peek(), tr("no expression found in input"));
        ExprPtr e = p.parseExpr(0);
        if (p.peek().kind != TokenKind::End)
            p.fail(p.peek(), tr("unexpected %1").arg(Lexer::describe(p.peek())));
        return e;
    } catch (const ParseFailure &f) {
        return f.error;
    }
}

const Token &Parser::peek(int ahead) const
{
    const int i = std::min(m_index + ahead, int(m_tokens.size()) - 1);
    return m_tokens[i];
}

const Token &Parser::advance()
{
    const Token &t = m_tokens[std::min(m_index, int(m_tokens.size()) - 1)];
    if (m_index < m_tokens.size() - 1)
        ++m_index;
    return t;
}

bool Parser::isKeyword(const Token &t, QStringView keyword) const
{
    return t.kind == TokenKind::Identifier && t.text.compare(keyword, Qt::CaseInsensitive) == 0;
}

void Parser::failAt(int offset, const QString &message)
{
    throw ParseFailure{Error(message, {}, Lexer::position(m_query, offset))};
}

void Parser::fail(const Token &at, const QString &message)
{
    failAt(at.pos, message);
}

bool Parser::expect(TokenKind kind, const QString &context)
{
    if (peek().kind != kind) {
        fail(peek(), context.isEmpty()
                         ? tr("unexpected %1").arg(Lexer::describe(peek()))
                         : tr("unexpected %1 in %2").arg(Lexer::describe(peek()), context));
    }
    advance();
    return true;
}

namespace {

std::optional<OpInfo> binaryOperator(const Token &t)
{
    switch (t.kind) {
    case TokenKind::Add:
        return OpInfo{BinaryOp::Add, 4};
    case TokenKind::Sub:
        return OpInfo{BinaryOp::Sub, 4};
    case TokenKind::Mul:
        return OpInfo{BinaryOp::Mul, 5};
    case TokenKind::Div:
        return OpInfo{BinaryOp::Div, 5};
    case TokenKind::Mod:
        return OpInfo{BinaryOp::Mod, 5};
    case TokenKind::Pow:
        return OpInfo{BinaryOp::Pow, 6};
    case TokenKind::Eql:
        return OpInfo{BinaryOp::Eq, 3};
    case TokenKind::Neq:
        return OpInfo{BinaryOp::Ne, 3};
    case TokenKind::Gtr:
        return OpInfo{BinaryOp::Gt, 3};
    case TokenKind::Lss:
        return OpInfo{BinaryOp::Lt, 3};
    case TokenKind::Gte:
        return OpInfo{BinaryOp::Ge, 3};
    case TokenKind::Lte:
        return OpInfo{BinaryOp::Le, 3};
    case TokenKind::Identifier: {
        const QString w = t.text.toLower();
        if (w == u"and")
            return OpInfo{BinaryOp::And, 2};
        if (w == u"unless")
            return OpInfo{BinaryOp::Unless, 2};
        if (w == u"or")
            return OpInfo{BinaryOp::Or, 1};
        if (w == u"atan2")
            return OpInfo{BinaryOp::Atan2, 5};
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

} // namespace

ExprPtr Parser::parseExpr(int minPrecedence)
{
    ExprPtr lhs = parseUnary();
    for (;;) {
        const Token &opToken = peek();
        const std::optional<OpInfo> info = binaryOperator(opToken);
        if (!info || info->precedence < minPrecedence)
            return lhs;
        const Token opTok = advance();
        auto e = std::make_unique<Expr>(Expr::Kind::Binary);
        e->binaryOp = info->op;
        e->pos.start = lhs->pos.start;

        // Modifiers: bool, on/ignoring (...), group_left/group_right (...).
        bool hasMatching = false;
        if (isKeyword(peek(), u"bool")) {
            if (!isComparison(info->op))
                fail(peek(), tr("bool modifier can only be used on comparison operators"));
            advance();
            e->returnBool = true;
        }
        if (isKeyword(peek(), u"on") || isKeyword(peek(), u"ignoring")) {
            e->matching.on = isKeyword(advance(), u"on");
            e->matching.matchingLabels = parseLabelList(tr("grouping opts"));
            hasMatching = true;
        }
        bool grouped = false;
        if (isKeyword(peek(), u"group_left") || isKeyword(peek(), u"group_right")) {
            const Token &g = advance();
            if (!hasMatching)
                fail(g, tr("unexpected %1; group modifiers need on(...) or ignoring(...)")
                            .arg(Lexer::describe(g)));
            if (isSetOperator(info->op))
                fail(g, tr("no grouping allowed for \"%1\" operation").arg(binaryOpName(info->op)));
            e->matching.card =
                isKeyword(g, u"group_left") ? Cardinality::ManyToOne : Cardinality::OneToMany;
            if (peek().kind == TokenKind::LeftParen)
                e->matching.include = parseLabelList(tr("grouping opts"));
            grouped = true;
        }
        if (isSetOperator(info->op))
            e->matching.card = Cardinality::ManyToMany;
        if (grouped) {
            for (const QString &l : std::as_const(e->matching.include)) {
                if (e->matching.on && e->matching.matchingLabels.contains(l))
                    fail(opTok,
                         tr("label \"%1\" must not occur in ON and GROUP clause at once").arg(l));
            }
        }
        // '^' is right-associative; every other operator is left-associative.
        const int nextMin = info->op == BinaryOp::Pow ? info->precedence : info->precedence + 1;
        ExprPtr rhs = parseExpr(nextMin);
        e->pos.end = rhs->pos.end;
        e->children.push_back(std::move(lhs));
        e->children.push_back(std::move(rhs));
        if (hasMatching && !(e->child(0)->type() == ValueType::Vector &&
                             e->child(1)->type() == ValueType::Vector)) {
            fail(opTok, tr("vector matching only allowed between instant vectors"));
        }
        typeCheckBinary(*e, opTok);
        lhs = std::move(e);
    }
}

void Parser::typeCheckBinary(Expr &e, const Token &opToken)
{
    const ValueType lt = e.child(0)->type();
    const ValueType rt = e.child(1)->type();
    auto okType = [](ValueType t) { return t == ValueType::Scalar || t == ValueType::Vector; };
    if (!okType(lt) || !okType(rt))
        fail(opToken, tr("binary expression must contain only scalar and instant vector types"));
    if (lt == ValueType::Scalar && rt == ValueType::Scalar) {
        if (isComparison(e.binaryOp) && !e.returnBool)
            fail(opToken, tr("comparisons between scalars must use BOOL modifier"));
    }
    if (isSetOperator(e.binaryOp) && (lt == ValueType::Scalar || rt == ValueType::Scalar)) {
        fail(opToken, tr("set operator \"%1\" not allowed in binary scalar expression")
                          .arg(binaryOpName(e.binaryOp)));
    }
}

ExprPtr Parser::parseUnary()
{
    const Token &t = peek();
    if (t.kind == TokenKind::Add || t.kind == TokenKind::Sub) {
        const Token op = advance();
        // Unary operators bind tighter than '*' but looser than '^': -2^2 is -(2^2).
        ExprPtr operand = parseExpr(6);
        const ValueType type = operand->type();
        if (type != ValueType::Scalar && type != ValueType::Vector) {
            fail(op, tr("unary expression only allowed on expressions of type scalar or "
                        "instant vector, got %1")
                         .arg(valueTypeName(type)));
        }
        if (op.kind == TokenKind::Add && operand->kind != Expr::Kind::Number)
            return operand;
        if (operand->kind == Expr::Kind::Number) {
            if (op.kind == TokenKind::Sub)
                operand->number = -operand->number;
            operand->pos.start = op.pos;
            return operand;
        }
        auto e = std::make_unique<Expr>(Expr::Kind::Unary);
        e->negate = op.kind == TokenKind::Sub;
        e->pos = {op.pos, operand->pos.end};
        e->children.push_back(std::move(operand));
        return e;
    }
    return parsePostfix(parsePrimary());
}

qint64 Parser::parseDurationToken(const QString &context, bool allowNegative)
{
    bool negative = false;
    if (allowNegative && (peek().kind == TokenKind::Sub || peek().kind == TokenKind::Add)) {
        negative = advance().kind == TokenKind::Sub;
    }
    const Token &t = peek();
    qint64 ms = 0;
    if (t.kind == TokenKind::Duration) {
        const Result<qint64> d = parseDuration(t.text);
        if (!d)
            fail(t, tr("bad duration \"%1\"").arg(t.text));
        ms = d.value();
    } else if (t.kind == TokenKind::Number) {
        const std::optional<double> v = NumberFormat::parseNumber(t.text);
        if (!v || !std::isfinite(*v) || std::abs(*v) * 1000.0 > 9.2e18)
            fail(t, tr("bad number or duration \"%1\" in %2").arg(t.text, context));
        ms = qint64(std::llround(*v * 1000.0));
    } else {
        fail(t, tr("unexpected %1 in %2, expected duration").arg(Lexer::describe(t), context));
    }
    advance();
    return negative ? -ms : ms;
}

ExprPtr Parser::parsePostfix(ExprPtr e)
{
    bool offsetSet = false;
    bool atSet = false;
    for (;;) {
        const Token &t = peek();
        if (t.kind == TokenKind::LeftBracket) {
            const Token open = advance();
            const qint64 range = parseDurationToken(tr("range"), false);
            if (peek().kind == TokenKind::Colon) {
                advance();
                qint64 step = 0;
                if (peek().kind != TokenKind::RightBracket)
                    step = parseDurationToken(tr("subquery step"), false);
                const Token &close = peek();
                expect(TokenKind::RightBracket, tr("subquery selector"));
                if (e->type() != ValueType::Vector) {
                    fail(open, tr("subquery is only allowed on instant vector, got %1")
                                   .arg(valueTypeName(e->type())));
                }
                if (range <= 0)
                    fail(open, tr("subquery range must be greater than 0"));
                if (step < 0)
                    fail(open, tr("subquery step must be greater than 0"));
                auto sq = std::make_unique<Expr>(Expr::Kind::Subquery);
                sq->pos = {e->pos.start, close.pos + 1};
                sq->rangeMs = range;
                sq->stepMs = step;
                sq->children.push_back(std::move(e));
                e = std::move(sq);
                offsetSet = false;
                atSet = false;
                continue;
            }
            const Token &close = peek();
            expect(TokenKind::RightBracket, tr("matrix selector"));
            if (e->kind != Expr::Kind::VectorSelector)
                fail(open, tr("ranges only allowed for vector selectors"));
            if (offsetSet || e->offsetMs != 0)
                fail(open, tr("no offset modifiers allowed before range"));
            if (atSet || e->at != AtAnchor::None)
                fail(open, tr("no @ modifiers allowed before range"));
            if (range <= 0)
                fail(open, tr("range must be greater than 0"));
            auto ms = std::make_unique<Expr>(Expr::Kind::MatrixSelector);
            ms->pos = {e->pos.start, close.pos + 1};
            ms->rangeMs = range;
            ms->children.push_back(std::move(e));
            e = std::move(ms);
            continue;
        }
        // The node that carries offset and @.
        Expr *target = nullptr;
        if (e->kind == Expr::Kind::VectorSelector || e->kind == Expr::Kind::Subquery)
            target = e.get();
        else if (e->kind == Expr::Kind::MatrixSelector)
            target = e->children[0].get();
        if (isKeyword(t, u"offset")) {
            const Token kw = advance();
            if (!target) {
                fail(kw, tr("offset modifier must be preceded by an instant vector selector or "
                            "range vector selector or a subquery"));
            }
            if (offsetSet)
                fail(kw, tr("offset may not be set multiple times"));
            target->offsetMs = parseDurationToken(tr("offset"), true);
            offsetSet = true;
            e->pos.end = m_tokens[m_index - 1].pos + m_tokens[m_index - 1].length;
            continue;
        }
        if (t.kind == TokenKind::At) {
            const Token at = advance();
            if (!target) {
                fail(at, tr("@ modifier must be preceded by an instant vector selector or range "
                            "vector selector or a subquery"));
            }
            if (atSet)
                fail(at, tr("@ <timestamp> may not be set multiple times"));
            const Token &v = peek();
            if ((isKeyword(v, u"start") || isKeyword(v, u"end")) &&
                peek(1).kind == TokenKind::LeftParen && peek(2).kind == TokenKind::RightParen) {
                target->at = isKeyword(v, u"start") ? AtAnchor::Start : AtAnchor::End;
                advance();
                advance();
                advance();
            } else {
                bool negative = false;
                if (peek().kind == TokenKind::Sub || peek().kind == TokenKind::Add)
                    negative = advance().kind == TokenKind::Sub;
                const Token &num = peek();
                std::optional<double> seconds;
                if (num.kind == TokenKind::Number)
                    seconds = NumberFormat::parseNumber(num.text);
                else if (num.kind == TokenKind::Duration)
                    seconds = double(parseDuration(num.text).value()) / 1000.0;
                else
                    fail(num,
                         tr("unexpected %1 in @, expected timestamp").arg(Lexer::describe(num)));
                double s = seconds.value_or(std::numeric_limits<double>::quiet_NaN());
                if (negative)
                    s = -s;
                const double ms = std::round(s * 1000.0);
                if (!std::isfinite(ms) || std::abs(ms) > 9.2e18)
                    fail(num, tr("timestamp out of bounds for @ modifier: %1").arg(s));
                target->at = AtAnchor::Timestamp;
                target->atMs = qint64(ms);
                advance();
            }
            atSet = true;
            e->pos.end = m_tokens[m_index - 1].pos + m_tokens[m_index - 1].length;
            continue;
        }
        return e;
    }
}

ExprPtr Parser::parsePrimary()
{
    const Token &t = peek();
    switch (t.kind) {
    case TokenKind::Number: {
        const Token tok = advance();
        const std::optional<double> v = NumberFormat::parseNumber(tok.text);
        if (!v)
            fail(tok, tr("error parsing number \"%1\"").arg(tok.text));
        auto e = std::make_unique<Expr>(Expr::Kind::Number);
        e->number = *v;
        e->pos = {tok.pos, tok.pos + tok.length};
        return e;
    }
    case TokenKind::Duration: {
        const Token tok = advance();
        auto e = std::make_unique<Expr>(Expr::Kind::Number);
        e->number = double(parseDuration(tok.text).value()) / 1000.0;
        e->pos = {tok.pos, tok.pos + tok.length};
        return e;
    }
    case TokenKind::String: {
        const Token tok = advance();
        auto e = std::make_unique<Expr>(Expr::Kind::String);
        e->text = tok.value;
        e->literal = tok.text;
        e->validUtf8 = tok.validUtf8;
        e->pos = {tok.pos, tok.pos + tok.length};
        return e;
    }
    case TokenKind::LeftParen: {
        const Token open = advance();
        ExprPtr inner = parseExpr(0);
        const Token &close = peek();
        expect(TokenKind::RightParen, tr("paren expression"));
        auto e = std::make_unique<Expr>(Expr::Kind::Paren);
        e->pos = {open.pos, close.pos + 1};
        e->children.push_back(std::move(inner));
        return e;
    }
    case TokenKind::LeftBrace:
        return parseVectorSelector(nullptr);
    case TokenKind::Identifier:
    case TokenKind::MetricIdentifier: {
        if (t.kind == TokenKind::Identifier) {
            if (const std::optional<AggregateOp> agg = aggregateOpFor(t.text)) {
                const Token &n = peek(1);
                if (n.kind == TokenKind::LeftParen || isKeyword(n, u"by") ||
                    isKeyword(n, u"without")) {
                    const Token opTok = advance();
                    return parseAggregate(opTok, *agg);
                }
            }
            if (peek(1).kind == TokenKind::LeftParen) {
                const Token name = advance();
                return parseCall(name);
            }
            if (isReservedKeyword(t.text))
                fail(t, tr("unexpected %1").arg(Lexer::describe(t)));
        }
        const Token name = advance();
        return parseVectorSelector(&name);
    }
    case TokenKind::End:
        fail(t, tr("unexpected end of input"));
        break;
    default:
        fail(t, tr("unexpected %1").arg(Lexer::describe(t)));
    }
    return nullptr;
}

ExprPtr Parser::parseVectorSelector(const Token *name)
{
    auto e = std::make_unique<Expr>(Expr::Kind::VectorSelector);
    e->pos.start = name ? name->pos : peek().pos;
    e->pos.end = name ? name->pos + name->length : peek().pos;
    if (name)
        e->metricName = name->text;
    LabelMatchers matchers;
    if (peek().kind == TokenKind::LeftBrace) {
        advance();
        while (peek().kind != TokenKind::RightBrace) {
            const Token labelTok = peek();
            QString label;
            if (isNameToken(labelTok) || labelTok.kind == TokenKind::Number) {
                label = labelTok.text;
            } else if (labelTok.kind == TokenKind::String) {
                label = labelTok.value;
            } else {
                fail(labelTok, tr("unexpected %1 in label matching, expected label matching "
                                  "operator")
                                   .arg(Lexer::describe(labelTok)));
            }
            advance();
            if (labelTok.kind == TokenKind::String &&
                (peek().kind == TokenKind::Comma || peek().kind == TokenKind::RightBrace)) {
                // {"metric.name"} names the metric with a quoted UTF-8 name.
                if (!e->metricName.isEmpty())
                    fail(labelTok, tr("metric name must not be set twice: \"%1\" or \"%2\"")
                                       .arg(e->metricName, label));
                e->metricName = label;
            } else {
                LabelMatcher::Op op = LabelMatcher::Op::Equal;
                switch (peek().kind) {
                case TokenKind::Assign:
                    op = LabelMatcher::Op::Equal;
                    break;
                case TokenKind::Neq:
                    op = LabelMatcher::Op::NotEqual;
                    break;
                case TokenKind::EqlRegex:
                    op = LabelMatcher::Op::RegexMatch;
                    break;
                case TokenKind::NeqRegex:
                    op = LabelMatcher::Op::RegexNoMatch;
                    break;
                default:
                    fail(peek(), tr("unexpected %1 in label matching, expected label matching "
                                    "operator")
                                     .arg(Lexer::describe(peek())));
                }
                advance();
                const Token valueTok = peek();
                if (valueTok.kind != TokenKind::String) {
                    fail(valueTok, tr("unexpected %1 in label matching, expected string")
                                       .arg(Lexer::describe(valueTok)));
                }
                advance();
                LabelMatcher m(label, op, valueTok.value);
                if (!m.isValid())
                    fail(valueTok, m.error());
                matchers.append(m);
            }
            if (peek().kind == TokenKind::Comma) {
                advance();
                continue;
            }
            if (peek().kind != TokenKind::RightBrace) {
                fail(peek(), tr("unexpected %1 in label matching, expected \",\" or \"}\"")
                                 .arg(Lexer::describe(peek())));
            }
        }
        const Token close = advance();
        e->pos.end = close.pos + 1;
    }
    if (!e->metricName.isEmpty()) {
        for (const LabelMatcher &m : std::as_const(matchers)) {
            if (m.name() == u"__name__") {
                fail(name ? *name : m_tokens[m_index - 1],
                     tr("metric name must not be set twice: \"%1\" or \"%2\"")
                         .arg(e->metricName, m.value()));
            }
        }
        matchers.prepend(
            LabelMatcher(QStringLiteral("__name__"), LabelMatcher::Op::Equal, e->metricName));
    }
    bool nonEmpty = false;
    for (const LabelMatcher &m : std::as_const(matchers))
        nonEmpty = nonEmpty || !matchesEmpty(m);
    if (!nonEmpty) {
        failAt(e->pos.start, tr("vector selector must contain at least one non-empty matcher"));
    }
    e->matchers = matchers;
    return e;
}

QStringList Parser::parseLabelList(const QString &context)
{
    QStringList labels;
    expect(TokenKind::LeftParen, context);
    while (peek().kind != TokenKind::RightParen) {
        const Token &t = peek();
        if (t.kind == TokenKind::Identifier) {
            labels << t.text;
        } else if (t.kind == TokenKind::String) {
            labels << t.value;
        } else {
            fail(t, tr("unexpected %1 in %2, expected label").arg(Lexer::describe(t), context));
        }
        advance();
        if (peek().kind == TokenKind::Comma) {
            advance();
            continue;
        }
        if (peek().kind != TokenKind::RightParen) {
            fail(peek(), tr("unexpected %1 in %2, expected \",\" or \")\"")
                             .arg(Lexer::describe(peek()), context));
        }
    }
    advance();
    return labels;
}

ExprPtr Parser::parseAggregate(const Token &opToken, AggregateOp op)
{
    auto e = std::make_unique<Expr>(Expr::Kind::Aggregate);
    e->aggregateOp = op;
    e->pos.start = opToken.pos;
    bool grouped = false;
    auto parseGrouping = [&] {
        const Token kw = advance();
        if (grouped)
            fail(kw, tr("duplicate grouping clause in aggregation"));
        e->without = isKeyword(kw, u"without");
        e->grouping = parseLabelList(tr("grouping opts"));
        grouped = true;
    };
    if (isKeyword(peek(), u"by") || isKeyword(peek(), u"without"))
        parseGrouping();
    const Token open = peek();
    expect(TokenKind::LeftParen, tr("aggregation"));
    std::vector<ExprPtr> args;
    while (peek().kind != TokenKind::RightParen) {
        args.push_back(unwrapParens(parseExpr(0)));
        if (peek().kind == TokenKind::Comma) {
            advance();
            continue;
        }
        if (peek().kind != TokenKind::RightParen) {
            fail(peek(), tr("unexpected %1 in aggregation").arg(Lexer::describe(peek())));
        }
    }
    const Token close = advance();
    e->pos.end = close.pos + 1;
    if (isKeyword(peek(), u"by") || isKeyword(peek(), u"without"))
        parseGrouping();

    const int expected = aggregateHasParam(op) ? 2 : 1;
    if (args.empty())
        fail(close, tr("no arguments for aggregate expression provided"));
    if (int(args.size()) != expected) {
        fail(open, tr("wrong number of arguments for aggregate expression provided, expected "
                      "%1, got %2")
                       .arg(expected)
                       .arg(args.size()));
    }
    if (expected == 2) {
        e->param = std::move(args[0]);
        const ValueType want =
            op == AggregateOp::CountValues ? ValueType::String : ValueType::Scalar;
        if (e->param->type() != want) {
            failAt(e->param->pos.start,
                   tr("expected type %1 in aggregation parameter, got %2")
                       .arg(valueTypeName(want), valueTypeName(e->param->type())));
        }
    }
    ExprPtr body = std::move(args.back());
    if (body->type() != ValueType::Vector) {
        failAt(body->pos.start, tr("expected type instant vector in aggregation expression, got %1")
                                    .arg(valueTypeName(body->type())));
    }
    e->children.push_back(std::move(body));
    return e;
}

ExprPtr Parser::parseCall(const Token &name)
{
    const Function *f = findFunction(name.text);
    if (!f)
        fail(name, tr("unknown function with name \"%1\"").arg(name.text));
    auto e = std::make_unique<Expr>(Expr::Kind::Call);
    e->function = f;
    e->pos.start = name.pos;
    expect(TokenKind::LeftParen, tr("function call"));
    while (peek().kind != TokenKind::RightParen) {
        e->children.push_back(unwrapParens(parseExpr(0)));
        if (peek().kind == TokenKind::Comma) {
            advance();
            continue;
        }
        if (peek().kind != TokenKind::RightParen) {
            fail(peek(), tr("unexpected %1 in function call, expected \",\" or \")\"")
                             .arg(Lexer::describe(peek())));
        }
    }
    const Token close = advance();
    e->pos.end = close.pos + 1;

    const int nargs = int(f->argTypes.size());
    const int given = int(e->children.size());
    if (f->variadic == 0) {
        if (given != nargs) {
            fail(name, tr("expected %1 argument(s) in call to \"%2\", got %3")
                           .arg(nargs)
                           .arg(f->name)
                           .arg(given));
        }
    } else {
        const int minArgs = nargs - 1;
        if (given < minArgs) {
            fail(name, tr("expected at least %1 argument(s) in call to \"%2\", got %3")
                           .arg(minArgs)
                           .arg(f->name)
                           .arg(given));
        }
        if (f->variadic > 0 && given > minArgs + f->variadic) {
            fail(name, tr("expected at most %1 argument(s) in call to \"%2\", got %3")
                           .arg(minArgs + f->variadic)
                           .arg(f->name)
                           .arg(given));
        }
    }
    for (int i = 0; i < given; ++i) {
        const ValueType want = f->argTypes.at(std::min(i, nargs - 1));
        const Expr &arg = *e->child(i);
        if (arg.type() != want) {
            failAt(arg.pos.start,
                   tr("expected type %1 in call to function \"%2\", got %3")
                       .arg(valueTypeName(want), f->name, valueTypeName(arg.type())));
        }
    }
    return e;
}

} // namespace Wk::Promql
