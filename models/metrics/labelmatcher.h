#pragma once

#include "labels.h"

#include <QRegularExpression>

namespace Wk {

// One label matcher as PromQL selectors and Alertmanager silences use them.
// Regular expressions are fully anchored, as in Prometheus.
class LabelMatcher
{
public:
    enum class Op { Equal, NotEqual, RegexMatch, RegexNoMatch };

    LabelMatcher() = default;
    LabelMatcher(QString name, Op op, QString value);

    // Parses `name="value"`, `name!=value`, `name=~"re"`, `name!~re` (quotes optional).
    // Returns an invalid matcher with error() set when the text is not a matcher.
    static LabelMatcher parse(const QString &text);

    bool isValid() const { return m_error.isEmpty() && !m_name.isEmpty(); }
    QString error() const { return m_error; }
    const QString &name() const { return m_name; }
    Op op() const { return m_op; }
    const QString &value() const { return m_value; }
    bool isRegex() const { return m_op == Op::RegexMatch || m_op == Op::RegexNoMatch; }
    bool isNegative() const { return m_op == Op::NotEqual || m_op == Op::RegexNoMatch; }

    // A missing label matches as the empty string, as in Prometheus.
    bool matches(const QString &labelValue) const;
    bool matches(const Labels &labels) const { return matches(labels.value(m_name)); }

    static QString opString(Op op);
    QString toString() const; // name="value" with the operator

    friend bool operator==(const LabelMatcher &a, const LabelMatcher &b)
    {
        return a.m_name == b.m_name && a.m_op == b.m_op && a.m_value == b.m_value;
    }

private:
    QString m_name;
    Op m_op = Op::Equal;
    QString m_value;
    QRegularExpression m_regex;
    QString m_error;
};

using LabelMatchers = QList<LabelMatcher>;

bool matchesAll(const LabelMatchers &matchers, const Labels &labels);

} // namespace Wk
