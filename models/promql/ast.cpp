#include "ast.h"

#include "functions.h"
#include "numberformat.h"

#include "models/core/duration.h"

namespace Wk::Promql {

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::None:
        return QStringLiteral("none");
    case ValueType::Scalar:
        return QStringLiteral("scalar");
    case ValueType::Vector:
        return QStringLiteral("instant vector");
    case ValueType::Matrix:
        return QStringLiteral("range vector");
    case ValueType::String:
        return QStringLiteral("string");
    }
    return {};
}

bool isComparison(BinaryOp op)
{
    switch (op) {
    case BinaryOp::Eq:
    case BinaryOp::Ne:
    case BinaryOp::Gt:
    case BinaryOp::Lt:
    case BinaryOp::Ge:
    case BinaryOp::Le:
        return true;
    default:
        return false;
    }
}

bool isSetOperator(BinaryOp op)
{
    return op == BinaryOp::And || op == BinaryOp::Or || op == BinaryOp::Unless;
}

bool changesMetricSchema(BinaryOp op)
{
    switch (op) {
    case BinaryOp::Add:
    case BinaryOp::Sub:
    case BinaryOp::Mul:
    case BinaryOp::Div:
    case BinaryOp::Mod:
    case BinaryOp::Pow:
    case BinaryOp::Atan2:
        return true;
    default:
        return false;
    }
}

QString binaryOpName(BinaryOp op)
{
    switch (op) {
    case BinaryOp::Add:
        return QStringLiteral("+");
    case BinaryOp::Sub:
        return QStringLiteral("-");
    case BinaryOp::Mul:
        return QStringLiteral("*");
    case BinaryOp::Div:
        return QStringLiteral("/");
    case BinaryOp::Mod:
        return QStringLiteral("%");
    case BinaryOp::Pow:
        return QStringLiteral("^");
    case BinaryOp::Atan2:
        return QStringLiteral("atan2");
    case BinaryOp::Eq:
        return QStringLiteral("==");
    case BinaryOp::Ne:
        return QStringLiteral("!=");
    case BinaryOp::Gt:
        return QStringLiteral(">");
    case BinaryOp::Lt:
        return QStringLiteral("<");
    case BinaryOp::Ge:
        return QStringLiteral(">=");
    case BinaryOp::Le:
        return QStringLiteral("<=");
    case BinaryOp::And:
        return QStringLiteral("and");
    case BinaryOp::Or:
        return QStringLiteral("or");
    case BinaryOp::Unless:
        return QStringLiteral("unless");
    }
    return {};
}

QString aggregateOpName(AggregateOp op)
{
    switch (op) {
    case AggregateOp::Sum:
        return QStringLiteral("sum");
    case AggregateOp::Avg:
        return QStringLiteral("avg");
    case AggregateOp::Count:
        return QStringLiteral("count");
    case AggregateOp::Min:
        return QStringLiteral("min");
    case AggregateOp::Max:
        return QStringLiteral("max");
    case AggregateOp::Group:
        return QStringLiteral("group");
    case AggregateOp::Stddev:
        return QStringLiteral("stddev");
    case AggregateOp::Stdvar:
        return QStringLiteral("stdvar");
    case AggregateOp::Topk:
        return QStringLiteral("topk");
    case AggregateOp::Bottomk:
        return QStringLiteral("bottomk");
    case AggregateOp::CountValues:
        return QStringLiteral("count_values");
    case AggregateOp::Quantile:
        return QStringLiteral("quantile");
    case AggregateOp::Limitk:
        return QStringLiteral("limitk");
    case AggregateOp::LimitRatio:
        return QStringLiteral("limit_ratio");
    }
    return {};
}

bool aggregateHasParam(AggregateOp op)
{
    switch (op) {
    case AggregateOp::Topk:
    case AggregateOp::Bottomk:
    case AggregateOp::CountValues:
    case AggregateOp::Quantile:
    case AggregateOp::Limitk:
    case AggregateOp::LimitRatio:
        return true;
    default:
        return false;
    }
}

ValueType Expr::type() const
{
    switch (kind) {
    case Kind::Number:
        return ValueType::Scalar;
    case Kind::String:
        return ValueType::String;
    case Kind::VectorSelector:
    case Kind::Aggregate:
        return ValueType::Vector;
    case Kind::MatrixSelector:
    case Kind::Subquery:
        return ValueType::Matrix;
    case Kind::Binary:
        return (child(0)->type() == ValueType::Scalar && child(1)->type() == ValueType::Scalar)
                   ? ValueType::Scalar
                   : ValueType::Vector;
    case Kind::Unary:
    case Kind::Paren:
        return child(0)->type();
    case Kind::Call:
        return function ? function->returnType : ValueType::None;
    }
    return ValueType::None;
}

const Expr *Expr::unwrapped() const
{
    const Expr *e = this;
    while (e->kind == Kind::Paren)
        e = e->child(0);
    return e;
}

std::unique_ptr<Expr> Expr::clone() const
{
    auto c = std::make_unique<Expr>(kind);
    c->pos = pos;
    c->number = number;
    c->text = text;
    c->literal = literal;
    c->validUtf8 = validUtf8;
    c->metricName = metricName;
    c->matchers = matchers;
    c->offsetMs = offsetMs;
    c->at = at;
    c->atMs = atMs;
    c->rangeMs = rangeMs;
    c->stepMs = stepMs;
    c->aggregateOp = aggregateOp;
    c->grouping = grouping;
    c->without = without;
    if (param)
        c->param = param->clone();
    c->binaryOp = binaryOp;
    c->returnBool = returnBool;
    c->matching = matching;
    c->negate = negate;
    c->function = function;
    c->children.reserve(children.size());
    for (const auto &ch : children)
        c->children.push_back(ch->clone());
    return c;
}

namespace {

QString quoteString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            out += c;
        }
    }
    out += u'"';
    return out;
}

QString modifiers(const Expr &e)
{
    QString out;
    if (e.offsetMs > 0)
        out += QStringLiteral(" offset ") + formatDuration(e.offsetMs);
    else if (e.offsetMs < 0)
        out += QStringLiteral(" offset -") + formatDuration(-e.offsetMs);
    switch (e.at) {
    case AtAnchor::None:
        break;
    case AtAnchor::Timestamp:
        out += QStringLiteral(" @ ") + QString::number(double(e.atMs) / 1000.0, 'f', 3);
        break;
    case AtAnchor::Start:
        out += QStringLiteral(" @ start()");
        break;
    case AtAnchor::End:
        out += QStringLiteral(" @ end()");
        break;
    }
    return out;
}

QString selectorBody(const Expr &vs)
{
    QStringList parts;
    for (const LabelMatcher &m : vs.matchers) {
        if (!vs.metricName.isEmpty() && m.name() == u"__name__" &&
            m.op() == LabelMatcher::Op::Equal && m.value() == vs.metricName)
            continue;
        parts << m.name() + LabelMatcher::opString(m.op()) + quoteString(m.value());
    }
    QString out = vs.metricName;
    if (!parts.isEmpty() || out.isEmpty())
        out += u'{' + parts.join(QStringLiteral(", ")) + u'}';
    return out;
}

QString groupingText(const QStringList &labels)
{
    return u'(' + labels.join(QStringLiteral(", ")) + u')';
}

} // namespace

QString Expr::toString() const
{
    switch (kind) {
    case Kind::Number:
        return NumberFormat::shortest(number);
    case Kind::String:
        return quoteString(text);
    case Kind::VectorSelector:
        return selectorBody(*this) + modifiers(*this);
    case Kind::MatrixSelector: {
        const Expr &vs = *child(0);
        return selectorBody(vs) + u'[' + formatDuration(rangeMs) + u']' + modifiers(vs);
    }
    case Kind::Subquery:
        return child(0)->toString() + u'[' + formatDuration(rangeMs) + u':' +
               (stepMs > 0 ? formatDuration(stepMs) : QString()) + u']' + modifiers(*this);
    case Kind::Aggregate: {
        QString out = aggregateOpName(aggregateOp);
        if (without)
            out += QStringLiteral(" without ") + groupingText(grouping) + u' ';
        else if (!grouping.isEmpty())
            out += QStringLiteral(" by ") + groupingText(grouping) + u' ';
        out += u'(';
        if (param)
            out += param->toString() + QStringLiteral(", ");
        out += child(0)->toString() + u')';
        return out;
    }
    case Kind::Binary: {
        QString op = binaryOpName(binaryOp);
        if (returnBool)
            op += QStringLiteral(" bool");
        const bool vectors =
            child(0)->type() == ValueType::Vector && child(1)->type() == ValueType::Vector;
        if (vectors) {
            if (matching.on || !matching.matchingLabels.isEmpty()) {
                op += (matching.on ? QStringLiteral(" on") : QStringLiteral(" ignoring")) +
                      groupingText(matching.matchingLabels);
            }
            if (matching.card == Cardinality::ManyToOne)
                op += QStringLiteral(" group_left") + groupingText(matching.include);
            else if (matching.card == Cardinality::OneToMany)
                op += QStringLiteral(" group_right") + groupingText(matching.include);
        }
        return child(0)->toString() + u' ' + op + u' ' + child(1)->toString();
    }
    case Kind::Unary:
        return (negate ? QStringLiteral("-") : QStringLiteral("+")) + child(0)->toString();
    case Kind::Call: {
        QStringList args;
        for (const auto &a : children)
            args << a->toString();
        return (function ? function->name : QString()) + u'(' + args.join(QStringLiteral(", ")) +
               u')';
    }
    case Kind::Paren:
        return u'(' + child(0)->toString() + u')';
    }
    return {};
}

} // namespace Wk::Promql
